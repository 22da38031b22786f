"""A site's furniture known from the whole archive (index.site_furniture): the
paragraphs one source prints on many of its pages are set aside when a reprint
is confirmed, so pages with nothing but furniture fold with nothing, while a
wire story run by many outlets still folds. Texts written for these tests."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from helpers import live_generation, run_index, search_json, write_jsonl

from index.engines import open_reader
from index.site_furniture import (
    MIN_PAGES,
    FurnitureCounts,
    furniture_of,
    paragraph_key,
    paragraph_keys,
    set_aside,
    set_aside_both,
    source_of,
)
from search.reprints import is_reprint

SIGN_UP = "Sign up to the Lakeside Ledger morning briefing and get every story in your inbox."
DESK = "The news desk of the Lakeside Ledger can be reached at desk@ledger.example any day."
TERMS = "By reading this page you agree to the Lakeside Ledger terms of use and privacy notice."
FURNITURE = [SIGN_UP, DESK, TERMS]

STORIES = [
    [
        "The county council voted on Tuesday to close the old ferry landing at Marsh Point "
        "after engineers found the pier unsafe for passengers and vehicles.",
        "Repairs would cost 4.2 million, the engineers said, more than the council can borrow "
        "this year, and a new landing is planned two miles north.",
    ],
    [
        "A late frost destroyed most of the apple blossom in the valley's orchards, growers "
        "said on Friday, and the harvest may be the smallest in twenty years.",
        "Cold air settled in the valley for three nights running, and the growers' smudge pots "
        "could not keep the blossom above freezing for long enough.",
    ],
    [
        "The city library will open on Sundays from next month after the trustees found money "
        "for two more librarians in this year's budget, its director said.",
        "Sunday opening was dropped six years ago when the library lost a third of its staff, "
        "and readers have asked for it back at every meeting since.",
    ],
    [
        "Firefighters contained a grass fire that burned forty acres near the airport road on "
        "Monday afternoon; no buildings were damaged and nobody was hurt.",
        "The fire started beside a rail line and spread quickly in a strong westerly wind, the "
        "fire chief said, before crews cut a break along the road.",
    ],
    [
        "The regional bus company will raise fares by ten cents in March, its first increase "
        "in four years, blaming the price of diesel and drivers' wages.",
        "A monthly pass will go up by two dollars, and fares for pupils and pensioners will "
        "stay as they are, the company said in a statement.",
    ],
]
WIRE = [
    "Rescuers pulled eleven miners alive from a flooded coal pit in the northern hills on "
    "Wednesday after two days underground, the mine's owner said.",
    "The miners had climbed to a dry gallery above the water and waited there while pumps "
    "lowered the flood, a spokesman for the rescue service said.",
]
OUTLETS = ["Harbour Post", "Valley Times", "Evening Star", "Morning Bell", "City Herald", "Globe"]


def page(story: list[str]) -> str:
    """A page of the site: its story between its standing lines."""
    return "\n\n".join([SIGN_UP, *story, DESK, TERMS])


def test_a_paragraph_on_many_pages_of_one_source_is_furniture() -> None:
    pages = [("Lakeside Ledger", "", page(story)) for story in STORIES]
    marked = furniture_of(pages)
    assert marked == {"lakeside ledger": {paragraph_key(line) for line in FURNITURE}}
    # One page fewer than MIN_PAGES marks nothing.
    assert not furniture_of(pages[: MIN_PAGES - 1])


def test_a_wire_story_in_many_outlets_is_not_furniture() -> None:
    """Counted per source: thirty outlets' copies are one page each."""
    copies = [(outlet, "", "\n\n".join(WIRE)) for outlet in OUTLETS]
    assert len(copies) >= MIN_PAGES
    assert not furniture_of(copies)


def test_one_body_stored_on_many_pages_counts_once() -> None:
    """The same text under other titles or addresses (a resend, a scrape that
    stored one story on several pages) is one text, not a site's standing line."""
    again = [("Lakeside Ledger", "", "\n\n".join(STORIES[0]))] * (MIN_PAGES + 2)
    assert not furniture_of(again)


# A daily column of three items, entered in an archive several times: cut to its
# first item or whole, with one item or another, once with a stray line.
ITEMS = [
    "The river commission told the state cabinet that the old canal at Redford could "
    "carry barges again within two years if the locks were rebuilt in stone, and it asked "
    "for a survey of the banks before the monsoon so that the work could start in winter.",
    "The teachers of the district called off their strike after the minister promised "
    "that arrears of pay would be cleared by the end of the month.",
    "A touring circus gave its last show of the season at the fair ground, and its "
    "elephants were walked to the railway station through the old market.",
]
COLUMN = [
    [ITEMS[0]],
    [ITEMS[0], ITEMS[1]],
    [ITEMS[0], ITEMS[2]],
    ITEMS,
    ["Entered again by the desk.", ITEMS[0]],
]


def test_one_column_entered_cut_or_whole_is_not_furniture() -> None:
    """A page's longest paragraph is its story's, never counted: one column
    entered on several different bodies does not make its first item furniture,
    and two entries of that item alone still fold."""
    pages = [("Daily Courier", "", "\n\n".join(entry)) for entry in COLUMN]
    assert len({body for _, _, body in pages}) >= MIN_PAGES
    assert not furniture_of(pages)
    marked = furniture_of([*pages, *(("Daily Courier", "", page(story)) for story in STORIES)])
    both = marked["daily courier"], marked["daily courier"]
    item = ITEMS[0]
    assert is_reprint(item, _shingles(item), None, item, None, both)
    # The site's standing lines, printed around longer stories, are still its furniture.
    assert marked["daily courier"] == {paragraph_key(line) for line in FURNITURE}


def test_short_lines_are_not_counted() -> None:
    """A line too short to be looked up alone (a table's heading) is left in."""
    pages = [("Wire", "", "Six months\n\n" + "\n\n".join(story)) for story in STORIES]
    assert not furniture_of(pages)


def test_the_source_is_the_address_host_when_none_is_given() -> None:
    assert source_of(" Ledger ", "https://x.example/a") == "ledger"
    assert source_of("", "https://www.ledger.example/news/1") == "ledger.example"
    assert source_of("", "") == ""


def test_pages_taken_out_are_counted_out_and_the_table_reads_back() -> None:
    table = FurnitureCounts()
    for story in STORIES:
        table.add("lakeside ledger", page(story))
    table.add("lakeside ledger", page(STORIES[0]))  # the same page again: counted once
    assert table.marked() == {"lakeside ledger": {paragraph_key(line) for line in FURNITURE}}
    again = FurnitureCounts.from_json(json.loads(json.dumps(table.to_json())))
    assert again.marked() == table.marked() and again.to_json() == table.to_json()
    table.add("lakeside ledger", page(STORIES[0]), -1)
    assert table.marked()  # its other copy is still there
    table.add("lakeside ledger", page(STORIES[0]), -1)
    assert not table.marked()
    for story in STORIES[1:]:
        table.add("lakeside ledger", page(story), -1)
    assert table.to_json() == {"paragraphs": {}, "bodies": {}}


def test_pages_of_nothing_but_furniture_fold_with_nothing() -> None:
    """Two pages of different stories whose scraped text is only the site's
    standing lines print the same words: folded on their own, apart once the
    archive's furniture is set aside."""
    marked = furniture_of([("Lakeside Ledger", "", page(story)) for story in STORIES])[
        "lakeside ledger"
    ]
    both = marked, marked
    empty = "\n\n".join(FURNITURE)
    assert is_reprint(empty, _shingles(empty), None, empty, None)
    assert not is_reprint(empty, _shingles(set_aside(empty, marked)), None, empty, None, both)
    assert set_aside(empty, marked) == ""
    # A true reprint of a page, standing lines and all, still folds.
    story = page(STORIES[1])
    shown = set_aside(story, marked)
    assert shown == "\n\n".join(STORIES[1])
    assert is_reprint(story, _shingles(shown), None, story, None, both)
    # Another outlet printing the site's line word for word (a copy carrying it)
    # keeps it in both: it is not that outlet's furniture.
    assert set_aside_both(story, story, marked, frozenset()) == (story, story)


def test_a_standing_line_the_other_text_carries_edited_is_kept() -> None:
    """A template's standing line filled with another figure on another page is
    the template (its figures are evidence), not a line to set aside; one the
    other prints word for word, or carries nothing of, is set aside."""
    line = "The harbour board released 1.5 million gallons from the north reservoir this morning."
    other = line.replace("1.5", "2.5")
    rest = "Dealers said the release came earlier than usual for the time of year."
    marked = frozenset({paragraph_key(line)})
    first, second = f"{line}\n\n{rest}", f"{other}\n\n{rest}"
    assert set_aside_both(first, second, marked, marked) == (first, second)
    assert set_aside_both(first, first, marked, marked) == (rest, rest)
    assert set_aside_both(first, "\n\n".join(STORIES[0]), marked, marked)[0] == rest


def _shingles(text: str) -> frozenset[int]:
    from index.fingerprints import shingle_set

    return shingle_set(text)


def _records() -> list[dict[str, Any]]:
    rows = [
        {"id": f"ledger-{k}", "date": f"2024-05-0{k + 1}", "source": "Lakeside Ledger",
         "title": story[0][:40], "body": page(story)}
        for k, story in enumerate(STORIES)
    ]  # fmt: skip
    # Two pages whose scrape kept only the standing lines, under their own headlines.
    rows += [
        {"id": f"bare-{k}", "date": "2024-05-03", "source": "Lakeside Ledger",
         "title": title, "body": "\n\n".join(FURNITURE[: 3 - k])}
        for k, title in enumerate(["Mayor opens the new bridge", "Swimming pool to close"])
    ]  # fmt: skip
    rows += [
        {"id": f"wire-{k}", "date": "2024-05-02", "source": outlet, "title": "Miners rescued",
         "body": "\n\n".join(WIRE)}
        for k, outlet in enumerate(OUTLETS)
    ]  # fmt: skip
    return rows


def _index(rows: list[dict[str, Any]], folder: Path, engine: str) -> Path:
    feed = write_jsonl(folder / "feed.jsonl", rows)
    target = folder / "index"
    result = run_index(str(feed), "--index", str(target), "--quiet", "--engine", engine)
    assert result.exit_code == 0, result.output
    return target


def test_the_search_sets_the_archives_furniture_aside(engine: str, tmp_path: Path) -> None:
    target = _index(_records(), tmp_path, engine)
    data = search_json(target, "Lakeside Ledger briefing", "--limit", "50")
    listed = {hit["id"]: [r["id"] for r in hit["reprints"]] for hit in data["hits"]}
    assert listed["bare-0"] == [] and listed["bare-1"] == []
    assert all(not copies for copies in listed.values())
    wire = search_json(target, "miners flooded pit")
    assert [len(hit["reprints"]) for hit in wire["hits"]] == [len(OUTLETS) - 1]


def _furniture_tables(target: Path) -> tuple[Any, list[int]]:
    generation = live_generation(target)
    reader = open_reader(generation)
    commit = reader.commit_id
    reader.close()
    raw = json.loads((generation / f"tables-{commit}.json").read_text(encoding="utf-8"))
    with sqlite3.connect(generation / f"lookups-{commit}.sqlite") as db:
        keys = db.execute("SELECT source, key FROM furniture ORDER BY source, key").fetchall()
    return raw["furniture"], keys


def test_an_update_counts_as_a_rebuild_does(engine: str, tmp_path: Path) -> None:
    rows = _records()
    live = _index(rows, tmp_path / "first", engine)
    _, before = _furniture_tables(live)
    assert sorted(before) == sorted(("lakeside ledger", paragraph_key(line)) for line in FURNITURE)
    # Two of the site's pages go, one is changed, a page of another source comes.
    changed = [r for r in rows if r["id"] not in ("ledger-0", "ledger-1")]
    changed[0] = dict(changed[0], body="\n\n".join(STORIES[2]))
    changed.append({"id": "other", "date": "2024-05-04", "source": "Globe",
                    "title": "Frost", "body": page(STORIES[1])})  # fmt: skip
    feed = write_jsonl(tmp_path / "first" / "feed.jsonl", changed)
    result = run_index(str(feed), "--index", str(live), "--quiet", "--engine", engine)
    assert result.exit_code == 0, result.output
    fresh = _index(changed, tmp_path / "fresh", engine)
    assert _furniture_tables(live) == _furniture_tables(fresh)
    assert _furniture_tables(live)[1] == []  # the site's lines now on too few pages


def test_paragraph_keys_of_ascii_bodies_are_those_of_each_paragraph() -> None:
    # An ASCII body is cut and hashed as bytes: the same keys as each long paragraph's
    # own (the general path), blank runs and words joined by underscores or dashes alike;
    # a body with one letter outside ASCII takes the general path, with the same keys.
    joined = f"{SIGN_UP}\nsnake_case and dash-joined"
    paragraphs = [*FURNITURE, "Short line.", "", joined, DESK]
    body = "\n\n".join(paragraphs)
    expected = {paragraph_key(p) for p in [*FURNITURE, joined, DESK]}
    assert body.isascii()
    assert paragraph_keys(body) == expected
    accented = f"{body} caf\u00e9"
    assert paragraph_keys(accented) == expected | {paragraph_key(f"{DESK} caf\u00e9")}
