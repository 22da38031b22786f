"""A probe, not a labelled measure: is a story two sites carry still folded when
each keeps its own site's lines around it?

The labelled set's copies are clean (planted copies, wire copy) or pages of one
site; a corpus of many sites also holds one agency story on two sites, each
page with the lines its site prints around every article (a sign-up or a
"Follow ... on Twitter" line at the end, an "Advertisement" or a "Please
note ..." line at the top, a link between paragraphs). Those lines are
particulars of each page's own (the site's name, a reporter's handle) and can
stand as a page's lead, so the same-event test may read the two pages as two
stories.

The lines are harvested at run time from the news corpora in ../bench-data
(BuzzFeed-Webis and ReCOVery, ``bench.reprints_news``): paragraphs of at most
MAX_LINE_WORDS words that one outlet prints word for word on MIN_PAGES pages or
more whose bodies otherwise differ, each with where the outlet prints it
(leading, closing or between paragraphs). Stories are Reuters-21578 articles
(../shared) of four paragraphs or more that no labelled pair uses, and ReCOVery
articles of five or more. For each, a copy is planted (``bench.reprints_planted``:
a reprint or a rewrite, dated 0 or 1 day later), one outlet's lines are put
around the story and another outlet's around the copy, and the pair is
confirmed as ``bench.reprints_score`` confirms a labelled pair (containment of
some passage either way, then the same-event test with the dates). Printed:
the copies folded clean and with the lines (leading only, closing only,
between only, all), by story corpus; and with all the lines once the
archive's furniture is set aside (``index.site_furniture``, marked over the
two news corpora's pages as the indexer would mark it: the search's rule since
the round after `test17`). No text is printed or stored.

    python -m bench.reprints_sites [--stories 200] [--seed 5]
"""

from __future__ import annotations

import argparse
import random
from collections import Counter, defaultdict
from datetime import timedelta

from bench.reprints_news import NEWS_CORPORA, news_articles
from bench.reprints_planted import planted
from bench.reprints_score import CORPUS, Side, containment, load_pairs
from index.passages import PARAGRAPH_SEPARATOR, passage_spans
from index.read.article import Problem
from index.read.records import read_jsonl
from index.site_furniture import NO_MARKS, Furniture, Marks, furniture_of, set_aside_both, source_of
from search.reprints import reports_same_event

# A site's line: at most this many words, printed on this many pages or more.
MAX_LINE_WORDS = 60
MIN_PAGES = 3
# Pages sharing this share of their paragraphs are copies of one story (a
# scrape storing one body under many pages), not a site's furniture.
MAX_PAGES_SHARED = 0.3
# The lines of each place taken per outlet (its most printed ones).
LINES_PER_PLACE = 2
PLACES = ("leading", "closing", "between")


def site_lines() -> dict[str, dict[str, list[str]]]:
    """outlet -> place -> its lines, from the news corpora's pages."""
    found: dict[str, dict[str, list[str]]] = {}
    for kind in ("webis", "recovery"):
        if not NEWS_CORPORA[kind].exists():
            continue
        articles, _, outlets = news_articles(NEWS_CORPORA[kind])
        pages: dict[str, dict[str, list[str]]] = defaultdict(dict)
        for ident, (_, body) in articles.items():
            pages[outlets[ident]].setdefault(body, body.split(PARAGRAPH_SEPARATOR))
        for outlet, bodies in pages.items():
            lines = _lines(list(bodies.values()))
            if any(lines.values()):
                found[f"{kind}:{outlet}"] = lines
    return found


def _lines(pages: list[list[str]]) -> dict[str, list[str]]:
    """The lines printed on MIN_PAGES pages or more that do not otherwise share
    their paragraphs, by the place they are printed most."""
    on: dict[str, list[int]] = defaultdict(list)
    places: dict[str, Counter[str]] = defaultdict(Counter)
    for number, paragraphs in enumerate(pages):
        for position, line in enumerate(paragraphs):
            if len(line.split()) <= MAX_LINE_WORDS and number not in on[line][-1:]:
                on[line].append(number)
                places[line][_place(position, len(paragraphs))] += 1
    chosen: dict[str, list[str]] = {place: [] for place in PLACES}
    for line, numbers in sorted(on.items(), key=lambda item: (-len(item[1]), item[0])):
        if len(numbers) >= MIN_PAGES and _apart([pages[n] for n in numbers[:MIN_PAGES]]):
            place = places[line].most_common(1)[0][0]
            if len(chosen[place]) < LINES_PER_PLACE:
                chosen[place].append(line)
    return chosen


def _place(position: int, count: int) -> str:
    return "leading" if position < 2 else "closing" if position >= count - 2 else "between"


def _apart(pages: list[list[str]]) -> bool:
    """Whether no two of the pages share MAX_PAGES_SHARED of their paragraphs."""
    for k, one in enumerate(pages):
        for other in pages[k + 1 :]:
            shared = len(set(one) & set(other))
            if shared > MAX_PAGES_SHARED * min(len(one), len(other)):
                return False
    return True


def stories(count: int, rng: random.Random) -> list[tuple[str, str, Side]]:
    """(corpus, id, the story as a Side): Reuters articles no labelled pair uses,
    and ReCOVery articles, count of each at most."""
    used = {side.split(":", 1)[1] for p in load_pairs() for side in (p.a, p.b)}
    problems: list[Problem] = []
    reuters = [("reuters", a.id, Side(a.body, a.published))
               for a in read_jsonl(CORPUS, CORPUS.name, problems.append)
               if a.id not in used and a.published is not None and _long(a.body, 4)]  # fmt: skip
    news: list[tuple[str, str, Side]] = []
    if NEWS_CORPORA["recovery"].exists():
        articles, days, _ = news_articles(NEWS_CORPORA["recovery"])
        news = [("recovery", i, Side(body, days[i])) for i, (_, body) in sorted(articles.items())
                if days.get(i) and _long(body, 5)]  # fmt: skip
    drawn = rng.sample(reuters, min(count, len(reuters)))
    return drawn + rng.sample(news, min(count // 2, len(news)))


def _long(body: str, paragraphs: int) -> bool:
    """Whether a body has this many paragraphs or more, and 120 words."""
    return body.count(PARAGRAPH_SEPARATOR) >= paragraphs - 1 and len(body.split()) >= 120


def dressed(text: str, lines: dict[str, list[str]], places: str, rng: random.Random) -> str:
    """text with an outlet's lines where it prints them (only the places named)."""
    paragraphs = text.split(PARAGRAPH_SEPARATOR)
    cut = rng.randrange(1, len(paragraphs))
    leading = lines["leading"] if "leading" in places else []
    between = lines["between"][:1] if "between" in places else []
    closing = lines["closing"] if "closing" in places else []
    body = [*leading, *paragraphs[:cut], *between, *paragraphs[cut:], *closing]
    return PARAGRAPH_SEPARATOR.join(body)


def _marks(furniture: Furniture, outlet: str) -> Marks:
    """An outlet's furniture (``kind:outlet``, as site_lines names it)."""
    return furniture.get(source_of(outlet.split(":", 1)[1], ""), NO_MARKS)


def archive_furniture() -> Furniture:
    """The furniture the indexer would mark over the news corpora's pages."""
    pages = []
    for kind in ("webis", "recovery"):
        if NEWS_CORPORA[kind].exists():
            articles, _, outlets = news_articles(NEWS_CORPORA[kind])
            pages += [(outlets[i], "", body) for i, (_, body) in articles.items()]
    return furniture_of(pages)


def folded(first: Side, second: Side, marks: tuple[Marks, Marks] = (NO_MARKS, NO_MARKS)) -> bool:
    """As bench.reprints_score decides a pair: some passage either way held by
    the other and confirmed by the same-event test with the dates (both texts
    without their outlets' furniture, as the search compares them)."""
    one, other = set_aside_both(first.text, second.text, *marks)
    first, second = Side(one, first.published), Side(other, second.published)
    return any(
        reports_same_event(one.text, one.published, other.text, other.published)
        for one, other in ((first, second), (second, first))
        if any(containment(one, span, other) for span in passage_spans(one.text))
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=200)
    parser.add_argument("--seed", type=int, default=5)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    lines, furniture = site_lines(), archive_furniture()
    outlets = sorted(lines)
    print(f"site lines from {len(outlets)} outlets: " + ", ".join(
        f"{place} {sum(len(lines[o][place]) for o in outlets)}" for place in PLACES))  # fmt: skip
    tally: Counter[tuple[str, str]] = Counter()
    totals: Counter[str] = Counter()
    for corpus, ident, story in stories(options.stories, rng):
        kind = rng.choice(["reprint", "rewrite"])
        later = story.published + timedelta(days=rng.randint(0, 1)) if story.published else None
        copy = Side(planted(kind, story.text, str(ident)), later)
        mine, theirs = rng.sample(outlets, 2)
        totals[corpus] += 1
        tally[corpus, "clean"] += folded(story, copy)
        for places in ("leading", "closing", "between", "leading closing between"):
            seed = rng.random()
            text = dressed(story.text, lines[mine], places, random.Random(seed))
            first = Side(text, story.published)
            second = Side(dressed(copy.text, lines[theirs], places, random.Random(seed)), later)
            tally[corpus, places] += folded(first, second)
        marks = _marks(furniture, mine), _marks(furniture, theirs)
        tally[corpus, "set aside"] += folded(first, second, marks)
    for corpus in sorted(totals):
        cells = [f"{places} {tally[corpus, places]}/{totals[corpus]}" for places in
                 ("clean", "leading", "closing", "between", "leading closing between",
                  "set aside")]  # fmt: skip
        print(f"{corpus}: copies folded: " + "; ".join(cells))


if __name__ == "__main__":
    main()
