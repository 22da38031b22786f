"""Compare rules for a surname several of the article's people share, on the namesake
set's development half only (issue 14).

Usage (from the repository root)::

    python bench/namesakes_strategies.py [NAME ...]

Each rule replaces :func:`index.extract.linking.choose` (and the same choice for a
father and son named with and without "Jr.", :mod:`index.extract.name_suffixes`) while
``bench/namesakes_eval.py`` scores the dev half; a title of one sex before the surname
decides first in every rule, as :mod:`index.extract.titled_surnames` reads it. The
rules: ``first`` (the first named, fb6cde3's rule), ``nearest_before`` (the last named
in full before the surname), ``nearest`` (the nearest before or after), ``most`` (named
in full most often, the first among equals), ``headline`` (the only one named in the
dateline, title or first paragraph, else the first), ``unlink_distinct`` (none when two
of them bear distinct given names of the dictionary), ``antecedent`` (one named alone
in the same or previous sentence of the paragraph, else the first), ``title`` (the same
title as before one full name, else the first) and ``chosen`` (the rule of
:mod:`index.extract.shared_surnames`). The test half is never scored here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.namesakes_eval import DEFAULT_LABELS, read_labels, report, score  # noqa: E402
from index.extract import linking, name_suffixes, shared_surnames  # noqa: E402
from index.extract.shared_surnames import Namesake, same_title  # noqa: E402
from index.extract.titled_surnames import Person, given_name_sexes, of_sex, title_sex  # noqa: E402
from index.passages import PARAGRAPH_SEPARATOR, sentence_spans  # noqa: E402

Pick = Callable[[list[Namesake], str, int], Namesake | None]


def titled(pick: Pick) -> Callable[[list[Namesake], str, int], Person | None]:
    """``pick`` after the title-of-one-sex rule."""

    def choose(namesakes: list[Namesake], text: str, start: int) -> Person | None:
        sex = title_sex(text, start)
        if sex is not None:
            return of_sex([n.person for n in namesakes], sex)
        found = pick(namesakes, text, start) if len(namesakes) > 1 else namesakes[0]
        return found.person if found is not None else None

    return choose


def nearest_before(namesakes: list[Namesake], text: str, start: int) -> Namesake:
    named = [(s, n) for n in namesakes for s in n.starts if s < start]
    return max(named, key=lambda pair: pair[0])[1] if named else namesakes[0]


def nearest(namesakes: list[Namesake], text: str, start: int) -> Namesake:
    return min(namesakes, key=lambda n: min(abs(s - start) for s in n.starts))


def most(namesakes: list[Namesake], text: str, start: int) -> Namesake:
    return max(namesakes, key=lambda n: (len(n.starts), -namesakes.index(n)))


def headline(namesakes: list[Namesake], text: str, start: int) -> Namesake:
    cut = 0
    for _ in range(3):  # dateline or title, title or first paragraph, first paragraph
        found = text.find(PARAGRAPH_SEPARATOR, cut)
        cut = len(text) if found < 0 else found + len(PARAGRAPH_SEPARATOR)
    early = [n for n in namesakes if min(n.starts) < cut]
    return early[0] if len(early) == 1 else namesakes[0]


def unlink_distinct(namesakes: list[Namesake], text: str, start: int) -> Namesake | None:
    names = given_name_sexes()
    given = {n.name.split()[0] for n in namesakes} & names.keys()
    return namesakes[0] if len(given) <= 1 else None


def antecedent(namesakes: list[Namesake], text: str, start: int) -> Namesake:
    named = [(s, n) for n in namesakes for s in n.starts if s < start]
    if not named:
        return namesakes[0]
    at, last = max(named, key=lambda pair: pair[0])
    cut = text.rfind(PARAGRAPH_SEPARATOR, 0, start)
    paragraph = 0 if cut < 0 else cut + len(PARAGRAPH_SEPARATOR)
    opens = [s for s, _ in sentence_spans(text, paragraph, start + 1)] if at >= paragraph else []
    before = [s for s in opens if s <= at]
    if not before or len(opens) - opens.index(before[-1]) > 2:
        return namesakes[0]
    rivals = [n for s, n in named if s >= before[-1] and n is not last]
    return namesakes[0] if rivals else last


def title(namesakes: list[Namesake], text: str, start: int) -> Namesake:
    return same_title(namesakes, text, start) or namesakes[0]


RULES: dict[str, Callable[[list[Namesake], str, int], Person | None]] = {
    "first": titled(lambda n, t, s: n[0]),
    "nearest_before": titled(nearest_before),
    "nearest": titled(nearest),
    "most": titled(most),
    "headline": titled(headline),
    "unlink_distinct": titled(unlink_distinct),
    "antecedent": titled(antecedent),
    "title": titled(title),
    "chosen": shared_surnames.choose,
}


def main() -> None:
    names = sys.argv[1:] or list(RULES)
    labels = read_labels(DEFAULT_LABELS, "dev")
    for name in names:
        linking.choose = name_suffixes.choose = RULES[name]  # type: ignore[assignment]
        print(f"== {name}")
        print(report(score(labels)))


if __name__ == "__main__":
    main()
