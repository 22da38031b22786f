"""Reprint folding needs the same event: index.particulars.same_event on texts
written for the tests (templates filled twice, reprints, rewrites, digests,
shared background), the seeds' two stories of one event, and the labelled set
(tests/data/reprints_labelled.jsonl) scored as bench/reprints_score.py does."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from helpers import SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st

from index.fingerprints import is_copy, shingle_set
from index.lenient import common_words
from index.particulars import MIN_PROSE, MIN_SHARED, SMALL_NUMBER, same_event
from index.passages import PARAGRAPH_SEPARATOR, split_paragraphs
from index.text_particulars import particulars

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.reprints_news import NEWS_CORPORA  # noqa: E402
from bench.reprints_score import (  # noqa: E402
    CORPUS,
    TUNED,
    evaluate,
    load_pairs,
    load_sides,
    score,
)
from bench.reprints_score import search_rule as folded  # noqa: E402

POSTING = (
    "{co} said it raised the contract price it will pay for all grades of crude oil by "
    "50 cts a barrel, effective {day}.\n\n"
    "The increase brings {short}'s posted price for West Texas Intermediate to {wti} dlrs a "
    "barrel, and West Texas Sour to {sour} dlrs.\n\n"
    "{short} last changed its crude postings on {last}."
)
HARBOR = POSTING.format(co="Harbor Petroleum Corp", short="Harbor", day="March 12",
                        wti="17.50", sour="17.50", last="March 4")  # fmt: skip
HARBOR_LATER = POSTING.format(co="Harbor Petroleum Corp", short="Harbor", day="October 20",
                              wti="19.00", sour="18.10", last="September 28")  # fmt: skip
LAKESIDE = POSTING.format(co="Lakeside Refining Co", short="Lakeside", day="March 12",
                          wti="17.50", sour="17.50", last="March 4")  # fmt: skip
# An outlet's copy: words changed, the company misspelt, the last paragraph cut.
HARBOR_REPRINT = (
    HARBOR.replace("raised the contract price", "increased the contract price")
    .replace("Harbor Petroleum", "Harbour Petroleum")
    .split("\n\nHarbor last")[0]
)

RESULTS = (
    "{co} said its first quarter profit rose on higher sales.\n\n"
    "Shr {shr} cts vs {shr0} cts Net {net} vs {net0} Revs {revs} mln vs {revs0} mln"
)
PINEWOOD = RESULTS.format(co="Pinewood Instruments Inc", shr=30, shr0=21, net="3,358,000",
                          net0="2,276,000", revs="43.3", revs0="33.5")  # fmt: skip
ORCHARD = RESULTS.format(co="Orchard Systems Inc", shr=12, shr0=34, net="787,000",
                         net0="2,250,000", revs="23.6", revs0="23.6")  # fmt: skip

DIVIDEND = "Qtly div 12-1/2 cts vs 12-1/2 cts prior Pay April One Record March {record}"

STORY = (
    "Copper futures on the Metals Exchange opened 3 to 4 cents higher and then eased as "
    "buying from Tokyo dealers slowed.\n\n"
    "May was up 3.5 cents at 1.125 dlrs from a high of 1.14 dlrs, and July was up 3.1 cents "
    "at 1.131 dlrs.\n\n"
    "Traders said Halvorsen Metals and Brightwater Trading were buyers on the open, but "
    "profit-taking set in before midday.\n\n"
    "Some analysts said the market looked overbought after the strike at the Rio Seco mine."
)
DIGEST = PARAGRAPH_SEPARATOR.join(
    [
        "NEW YORK - Copper futures on the Metals Exchange opened 3 to 4 cents higher and then "
        "eased as buying from Tokyo dealers slowed. May was up 3.5 cents at 1.125 dlrs.",
        "LONDON - Cocoa prices fell 12 stg to 1,340 stg a tonne after the Ivory Coast "
        "marketing board said arrivals reached 410,000 tonnes by Sunday.",
        "CHICAGO - Soybean futures closed 4 to 6 cents lower as Argentine farmers sold 2.1 mln "
        "tonnes ahead of the Rosario harvest, traders at Keller Grain said.",
        "SYDNEY - Wool prices at the Fremantle sale rose 3 pct, with Japanese and Italian "
        "buyers taking 18,500 bales, the Wool Corporation said.",
        "KUALA LUMPUR - Palm oil output in Sabah and Sarawak dropped 7.5 pct to 96,000 tonnes "
        "in April, the Palm Oil Registration Board said.",
    ]
)

BACKGROUND = (
    "The region of some three million people was supposed to be protected by a buffer zone "
    "deal signed last September by Moscow and Ankara."
)
CLASHES = (
    "Heavy fighting broke out near Saraqeb on Friday as government troops pushed north, the "
    "monitoring group said.\n\n" + BACKGROUND + "\n\nAt least 14 fighters were killed."
)
TALKS = (
    "Envoys from Geneva met Turkish officials in Ankara on Monday to discuss the return of "
    "displaced families.\n\n" + BACKGROUND + "\n\nThe talks will resume in Vienna on May 3."
)

GENERIC = (
    "The Federal Reserve is expected to enter the government securities market to add "
    "temporary reserves, economists said.\n\nThey expect it to supply the reserves indirectly by "
    "arranging a fairly large round of customer repurchase agreements, as funds are under "
    "upward pressure from the settlement of recently sold notes and a tax call on banks."
)
GENERIC_OTHER_DAY = (
    "The Federal Reserve is expected to enter the government securities market to add "
    "temporary reserves, economists said.\n\nSome said the Fed may arrange more aggressive "
    "system repurchases instead, and would not rule out an outright bill pass early this "
    "afternoon, an action that had been widely anticipated yesterday but failed to come."
)


def lead(text: str) -> set[int]:
    return shingle_set(text.split(PARAGRAPH_SEPARATOR)[0])


def test_a_template_filled_for_another_company_or_day_is_another_event() -> None:
    assert is_copy(lead(HARBOR), shingle_set(LAKESIDE))  # containment alone would fold it
    assert not same_event(HARBOR, LAKESIDE)
    assert is_copy(lead(HARBOR), shingle_set(HARBOR_LATER))
    assert not same_event(HARBOR, HARBOR_LATER)
    assert not same_event(PINEWOOD, ORCHARD)
    assert not same_event(DIVIDEND.format(record=13), DIVIDEND.format(record=20))


def test_a_reprint_cut_short_reworded_or_misspelt_is_the_same_event() -> None:
    assert is_copy(lead(HARBOR), shingle_set(HARBOR_REPRINT))
    assert same_event(HARBOR, HARBOR_REPRINT)
    assert same_event(HARBOR_REPRINT, HARBOR)
    assert same_event(STORY, STORY.rsplit(PARAGRAPH_SEPARATOR, 2)[0])  # the first half
    update = STORY + "\n\nLater in the session July copper was quoted at 1.128 dlrs."
    assert same_event(STORY, update)


def test_a_digest_carrying_a_story_is_not_the_story() -> None:
    assert is_copy(lead(DIGEST), shingle_set(STORY))
    assert not same_event(STORY, DIGEST)
    assert not same_event(DIGEST, STORY)


def test_stories_sharing_a_background_paragraph_stay_apart() -> None:
    assert is_copy(shingle_set(BACKGROUND), shingle_set(TALKS))
    assert not same_event(CLASHES, TALKS)


def test_generic_copy_needs_shared_particulars_unless_copied_whole() -> None:
    assert is_copy(lead(GENERIC), shingle_set(GENERIC_OTHER_DAY))
    found = particulars(GENERIC)
    assert found.names == {"federal", "reserve"} and not found.figures  # common words only
    assert not same_event(GENERIC, GENERIC_OTHER_DAY)
    assert same_event(GENERIC, GENERIC + " Federal funds opened steady.")


def test_the_seeds_two_stories_of_one_event_fold() -> None:
    texts = {
        path.name[:3]: PARAGRAPH_SEPARATOR.join(split_paragraphs(path.read_text("utf-8")))
        for path in sorted(SEEDS.glob("*.txt"))
    }
    assert same_event(texts["002"], texts["004"]) and same_event(texts["004"], texts["002"])
    others = [(a, b) for a in texts for b in texts if a < b and (a, b) != ("002", "004")]
    assert not [(a, b) for a, b in others if same_event(texts[a], texts[b])]


NORTHGATE = (
    "Northgate Mining Corp said its board met on Monday and declared an initial quarterly "
    "dividend of 12 cts a share, payable December 15 to holders of record November 30.\n\n"
    "The company said the payout reflects higher gold output at its Kestrel mine."
)
# Another wording of one announcement: the weekday dropped, the exchange named.
NORTHGATE_REWORDED = (
    "Northgate Mining Corp, whose shares trade on Nasdaq, declared an initial quarterly "
    "dividend of 12 cts a share, payable December 15 to holders of record November 30.\n\n"
    "The company said the payout reflects higher gold output at its Kestrel mine."
)


def test_a_date_one_wording_adds_and_a_name_the_other_adds_do_not_disagree() -> None:
    assert is_copy(
        shingle_set(NORTHGATE.split(PARAGRAPH_SEPARATOR)[1]), shingle_set(NORTHGATE_REWORDED)
    )
    assert "monday" in particulars(NORTHGATE).figures  # a calendar word is a date
    assert same_event(NORTHGATE, NORTHGATE_REWORDED)
    later = NORTHGATE.replace("Monday", "Thursday").replace("December 15", "March 15")
    assert not same_event(NORTHGATE, later)  # dates still tell two payouts apart


def test_particulars_are_figures_and_names() -> None:
    found = particulars(
        "Further details were not given. Meridian Bancorp said on Sept. 4 it sold "
        "1,800,000 shares at 17.50 dlrs, up from seven dlrs, and the U.S. unit will close."
    )
    assert "further" not in found.names  # a common word opening a sentence
    assert {"meridian", "bancorp"} <= found.names
    assert {"4", "september", "1800000", "17.5", "7"} <= found.figures
    assert "unit" not in found.names and "shares" not in found.names


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            "Harbor Lakeside said the price rose to 17.50 19.00 dlrs on March October 4 12 "
            "Further details . Kowalski told Reuters in Warsaw".split()
        ),
        min_size=1,
        max_size=40,
    ),
    st.lists(st.sampled_from("Harbor Lakeside 17.50 19.00 March Warsaw the rose .".split())),
)
def test_same_event_is_symmetric_and_a_text_with_enough_to_tell_is_its_own_event(
    words: list[str], other: list[str]
) -> None:
    text, candidate = " ".join(words), " ".join(words + other)
    # A text is its own event when it holds enough to tell one event by: two
    # strong particulars (names not common words, figures not whole numbers
    # below ten) or MIN_PROSE shingles; a one-line template does not.
    found = particulars(text)
    strong = [n for n in found.names if n not in common_words()] + [
        f for f in found.figures if not (f.isdigit() and int(f) < SMALL_NUMBER)
    ]
    enough = len(strong) >= MIN_SHARED or len(shingle_set(text)) >= MIN_PROSE
    assert same_event(text, text) == enough
    assert same_event(text, candidate) == same_event(candidate, text)


# --------------------------------------------------------------------------- labelled set


def test_written_pairs_are_all_decided_right() -> None:
    """The weather and sports pairs written for the set need nothing from ../shared.
    A held-out part's written pairs are not decided here: it is scored once, by name.
    test14's written templates are development material since it was scored, and
    6 of them are still folded (bench/README.md): a second company's crude posting
    whose name is a common word, a second bank's rise whose lead names the first
    bank's, a bond's launch and its increase (an update by the rule's reading).
    Every other written pair is decided right."""
    pairs = [p for p in load_pairs() if p.a.startswith("written:") and p.split in TUNED]
    decisions = evaluate(pairs, load_sides(pairs, None), folded)
    assert len(decisions) == len(pairs) >= 20
    wrong = [d.pair for d in decisions if d.folded != (d.pair.label == "same")]
    assert all(p.split == "test14" and p.kind == "written template" for p in wrong)
    assert len(wrong) <= 6
    assert any(d.copied for d in decisions if d.pair.label == "different")


@pytest.mark.skipif(not CORPUS.exists(), reason="needs ../shared/corpora/reuters21578.jsonl")
def test_labelled_set_dev_part_meets_the_targets() -> None:
    pairs = [p for p in load_pairs() if p.split == "dev"]
    result = score(evaluate(pairs, load_sides(pairs, CORPUS), folded))
    assert result.same >= 150 and result.different >= 150
    assert result.recall >= 0.95
    assert result.wrong_share <= 0.01


@pytest.mark.skipif(not CORPUS.exists(), reason="needs ../shared/corpora/reuters21578.jsonl")
def test_labelled_set_later_development_parts_meet_the_precision_target() -> None:
    """test, test2, test3, test4, test5, test6, test7 and test10 were held out
    once and are development material now. test8, test9, test11, test12, test13
    test14, test15, test16, test17 and test18 are too, but missed the precision target
    when scored (2 of 103, 2 of 93, 6 of 97, 1 of 75, 3 of 76, 23 of 151, 4 of 67, 1 of
    59, 38 of 119 and 3 of 68 folded pairs different events; 33 of test17's are pages
    whose scraped text is one site's furniture alone)
    and still do (bench/README.md):
    each is held to no more false folds than it has now (test11's 3: a whole
    number is not the mixed number it begins, and a rate table's row with a
    figure moved to another cell, removed three; test8's and test11's one
    fewer since a story of a later day leading with news of its own is a
    follow-up, test9's since a weekly notice of the seventh day is outside the
    window; test14's 6, 17 fewer since pages of one site sharing only their
    column of headlines are compared beyond it; test17's 11, 27 fewer since the
    index's furniture table sets aside the paragraphs a site prints on many of
    its pages; test17's 10 and test18's 2, one fewer each since two texts that each open
    with news of their own, or whose leads state amounts the other lacks, are not one
    event; test12's one since two texts sharing a small part of the shorter, neither
    opening found in the other, are two stories). test19 met it when scored (0 of 100),
    test20 too (1 of 116). test21 missed it when scored (6 of 78: two of one site's
    weather templates of other days, four of its stories and their follow-ups the same
    day reusing their paragraphs) and is held to its 6; test22 too (2 of 114: two of
    one outlet's stories of the same day sharing paragraphs) and is held to its 2;
    test23 too (10 of 95: one site's front page under five addresses, carrying its
    lead's headline and first paragraph, folded with two outlets' stories of that
    event) and is held to its 10. test24 met it when scored (0 of 63). test25 missed it
    when scored (3 of 64: a minister's message to a counterpart and the counterpart's
    message back, twice, and a delegation's tours and its return home the next day) and
    is held to 1 since the two messages are kept apart (a verb turned into its converse).
    test26 missed it when scored (4 of 107, all one kind: a text of a newspaper page under
    one story's headline running on into the page's other stories, folded with one of
    those stories or with the first story alone) and is held to its 4. test27 missed it
    when scored (5 of 103: two pages of one story running on into another, against that
    other alone; two follow-ups sharing background; one court case's two hearings) and is
    held to its 5.
    test15 meets it now (its 4
    false folds removed: a text stored as one block is read by its sentences,
    and a story whose lead another carries further down is not folded under
    it for the paragraphs they share). A part whose pairs
    are mostly of a news corpus outside git (test15's ISOT pairs, test16's ReCOVery
    pairs, test17's Ghanaian pairs, test18's Pakistani pairs, test19's Sri Lankan pairs,
    test20's Zimbabwean pairs, test21's Sri Lankan news sites' pairs, test22's British
    national news pairs, test23's Bangladeshi news sites' pairs, test24's Middle East
    press pairs, test25's KCNA pairs, test26's Indian newspaper pairs, test27's Pacific
    stories) is scored only when
    that corpus is in ../bench-data."""
    later = (
        "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9",
        "test10", "test11", "test12", "test13", "test14", "test15",
        "test16", "test17", "test18", "test19", "test20", "test21", "test22", "test23",
        "test24", "test25", "test26", "test27",
    )  # fmt: skip
    held = {"test8": 1, "test9": 1, "test11": 2, "test13": 3, "test14": 6, "test16": 1}
    held |= {"test17": 10, "test18": 2, "test21": 6, "test22": 2, "test23": 10, "test25": 1}
    held |= {"test26": 4, "test27": 5}
    needs_news = {"test15": NEWS_CORPORA["isot"], "test16": NEWS_CORPORA["recovery"]}
    needs_news |= {"test17": NEWS_CORPORA["ghananews"], "test18": NEWS_CORPORA["pknews"]}
    needs_news |= {"test19": NEWS_CORPORA["newslk"], "test20": NEWS_CORPORA["zimnews"]}
    needs_news |= {"test21": NEWS_CORPORA["lknews"], "test22": NEWS_CORPORA["uknews"]}
    needs_news |= {"test23": NEWS_CORPORA["bdpress"], "test24": NEWS_CORPORA["mepress"]}
    needs_news |= {"test25": NEWS_CORPORA["kcna"], "test26": NEWS_CORPORA["innews"]}
    needs_news |= {"test27": NEWS_CORPORA["pacnews"]}
    pairs = [p for p in load_pairs() if p.split in later]
    decisions = evaluate(pairs, load_sides(pairs, CORPUS), folded)
    for part in later:
        if part in needs_news and not needs_news[part].exists():
            continue
        result = score(d for d in decisions if d.pair.split == part)
        assert result.same >= 50 and result.different >= 50  # a part's size
        if part in held:
            assert result.different_folded <= held[part], part
        else:
            assert result.wrong_share <= 0.01, part
