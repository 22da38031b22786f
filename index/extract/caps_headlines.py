"""A name of several words in a headline written in capitals, checked against the text.

In a headline in capitals ("TREASURY'S BAKER CALLS FOR NEW BRAZIL PLAN", "BANK OF
JAPAN INTERVENES IN TOKYO") capitals no longer tell a name from the words around it,
and the tagger runs names into verbs and possessives. Such a name keeps only as many of
its words as the article writes elsewhere as a name in ordinary case ("Bank of Japan"
keeps "BANK OF JAPAN" of "BANK OF JAPAN INTERVENES"), never reaching past a possessive;
a single word kept must be an organisation the package ships, as for any single word of
such a headline; a name no name of the article vouches for is none ("STEPS DOWN").

Left as they are: places and names that are a place's (a team by its city), people's
names opening with a given name, and companies' or bodies' names by their last word or
the ticker after them ("PERINI CORP <PCR>").

The tagger's spans are cut before resolution (``index.extract.vetting``); a name of
several words the rules found in such a headline ("CHAIRMAN STEPS DOWN": a title before
it) is dropped after, unless the article writes it in ordinary case or the package
ships it. The article's names are read once, in one pass over its text, and only for an
article that has such a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from index.extract.gazetteer import load_gazetteer
from index.extract.lines import short_line
from index.extract.people import ORG_WORDS, known_org
from index.extract.tagger import Span
from index.names import fold_name
from index.records import PERSON, PLACE, Mention

#: A run of capitalised words, with the small words names hold between them.
_RUN = re.compile(
    r"[A-Z][\w&.'’-]*(?:[ \t]+(?:(?:of|and|for|de|the|du|la|von|van)[ \t]+)?[A-Z][\w&.'’-]*)*"
)
_POSSESSIVE = re.compile(r"['’][Ss]\Z")
_POSSESSIVE_IN = re.compile(r"['’][Ss]\b")
#: A ticker after a company's name: "<PCR>", "(NYSE: PCR)".
_TICKER = re.compile(r"[ \t]*[<(](?:[A-Z]+:[ \t]*)?[A-Z][A-Z0-9.]{0,9}[>)]")
#: The last words of bodies' names: the extraction's, and more that end companies'.
_BODY_WORDS = ORG_WORDS | frozenset(
    "international lp l.p stores foods products properties mills pharmaceuticals "
    "ab kk oy oyj asa a/s bhd berhad pte srl spa".split()
)
_WORD = re.compile(r"\S+")
#: The most words of a stretch of a run kept (a longer name is rare).
_LONGEST = 8


def in_capitals_headline(text: str, start: int, end: int) -> bool:
    """The line holding text[start:end] is a headline in capitals (three words or
    more)."""
    line = short_line(text, start, end)
    return line is not None and line.isupper() and len(line.split()) >= 3


def shouted(text: str, start: int, end: int, kind: str) -> bool:
    """text[start:end] is a name of several words in capitals to check in a headline:
    not a place nor named as one (a team by its city, "KANSAS CITY AT DETROIT"), not a
    person's name opening with a given name ("ARI SHAPIRO, HOST:"), not a company's or
    body's name by its last word or the ticker after it ("PERINI CORP", "WELLS FARGO
    AND CO", "RJ NABISCO'S <RJR>")."""
    surface = text[start:end]
    if kind == PLACE or " " not in surface or not surface.isupper():
        return False
    gaz = load_gazetteer()
    owner = _POSSESSIVE.sub("", surface)
    words = owner.split()
    return not (
        (words[-1].strip(".,").lower() in _BODY_WORDS and not _POSSESSIVE_IN.search(owner))
        or (kind == PERSON and words[0].title() in gaz.given_names)
        or _TICKER.match(text, end)
        or gaz.candidates(fold_name(owner))
    )


def without_unvouched_shouts(mentions: list[Mention], text: str) -> list[Mention]:
    """Less the names of several words in a capitals headline that the article never
    writes in ordinary case and the package does not ship ("STEPS DOWN")."""
    checked = [shouted(text, m.start, m.end, m.type) for m in mentions]
    if not any(checked):
        return mentions
    names = written_names(text)
    gaz = load_gazetteer()
    return [
        m
        for m, check in zip(mentions, checked, strict=True)
        if not check
        or m.text.lower() in names
        or known_org(m.text, gaz) is not None
        or not in_capitals_headline(text, m.start, m.end)
    ]


def written_names(text: str) -> frozenset[str]:
    """Every stretch of up to eight words (lower-cased) of every run of capitalised
    words the text writes in ordinary case; a run all in capitals of two words or more
    is a headline's or a shout's, not a name's writing."""
    starts: set[str] = set()
    for match in _RUN.finditer(text):
        run = match.group()
        words = run.split()
        if len(words) > 1 and run.isupper():
            continue
        for i in range(len(words)):
            for k in range(i + 1, min(len(words), i + _LONGEST) + 1):
                starts.add(" ".join(words[i:k]).lower())
    return frozenset(starts)


def vouched_span(
    text: str,
    span: Span,
    names: Callable[[], frozenset[str]],
    known_word: Callable[[str], bool],
) -> Span | None:
    """The part of a capitals headline's span of several words that the article's
    names vouch for (``names`` reads them when first asked), or None."""
    surface = text[span.start : span.end]
    written = names()
    if surface.lower() in written:
        return span
    words = surface.split()
    for i, word in enumerate(words):
        if _POSSESSIVE.search(word):
            words = [*words[:i], word[:-2]]
            break
    for k in range(len(words), 0, -1):
        head = " ".join(words[:k])
        if head.lower() in written and (k > 1 or known_word(head)):
            end = span.start + _offset_of_word_end(surface, k, words[k - 1])
            return Span(span.start, end, span.type)
    return None


def _offset_of_word_end(surface: str, k: int, last: str) -> int:
    """Where the k-th word of surface (spelled ``last``: a possessive cut) ends."""
    word = list(_WORD.finditer(surface))[k - 1]
    return word.start() + len(last)
