"""A given name alone stands for the person the article names in full with it.

"Steve Jobs gave the keynote ... Steve announced a new laptop": the lone "Steve" is
Steve Jobs. A one-word PERSON mention whose word starts exactly one full name of the
article, and ends none, takes that person's id and name. Where two people share the
given name ("Steve Jobs", "Steve Ballmer") it is the one the article names most often
(its surname alone counts); on a tie the mention is left as it is. Before that, a given
name alone that the article names in full another way takes that name: "Ann and Joe
Marsh" (Ann Marsh), "Prince Ado" (and the article's other lone "Ado"). Applied by
:func:`index.extract.lone_names.vet`.
"""

from __future__ import annotations

import re
from collections import Counter

from index.extract.chunks import TITLE_HEADS
from index.names import name_key
from index.records import Mention


def link_first_names(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with lone given names linked to the one full name that starts so."""
    full = {m.name: m for m in mentions if m.type == "PERSON" and " " in m.name}
    if not full:
        return mentions
    named = {m.text for m in mentions if m.type in ("PLACE", "ORG")}
    first: dict[str, int] = {}  # where each name is first named
    for m in mentions:
        first.setdefault(m.name, m.start)
    heads = _leading_forms(full, first, named)
    if heads:
        mentions = [_as(m, full[heads[m.name]]) if m.name in heads else m for m in mentions]
        full = {n: m for n, m in full.items() if n not in heads}
    starts: dict[str, set[str]] = {}
    ends: set[str] = set()
    for name in full:
        parts = name.split()
        starts.setdefault(parts[0], set()).add(name)
        ends.update(parts[1:])
    counts = Counter(m.name for m in mentions if m.name in full)
    out = []
    for m in mentions:
        whole = _named_in_full(m, starts, ends, counts)
        if whole:
            person = full[whole]
            m = Mention(m.start, m.end, m.type, m.text, person.entity_id, person.name)
        out.append(m)
    return out


#: Generational suffixes, and India's "Ji" of respect: "Jesse Jackson" is not a short form
#: of "Jesse Jackson Jr.", nor is "Hemant Soren" another name than "Hemant Soren Ji".
_SUFFIXES = frozenset("jr sr ii iii iv ji".split())


def _leading_forms(
    full: dict[str, Mention], first: dict[str, int], named: set[str]
) -> dict[str, str]:
    """Names of two words or more that are the leading words of exactly one longer full
    name of the article -> that name: the press shortens a name of many parts from the
    end too ("Ismail Sabri" for Ismail Sabri Yaakob: a Malay name's given names, "Lee
    Hsien" is rarer), when it is named in full first ("Stuart Young" before a misread
    "Stuart Young Young" is no short form of it). Not a name also written as a place or
    a body in the article."""
    longer: dict[str, set[str]] = {}
    for name in full:
        parts = name.split()
        for i in range(2, len(parts)):
            if _goes_on(parts[:i], parts[i:], named):
                longer.setdefault(" ".join(parts[:i]), set()).add(name)
    return {
        name: whole
        for name in full
        if len(longer.get(name, ())) == 1
        and first[whole := next(iter(longer[name]))] < first[name]
        and full[name].text == name
        and name not in named
    }


def _goes_on(head: list[str], rest: list[str], named: set[str]) -> bool:
    """A name's words ``rest`` may go on its leading words ``head``: not a generational
    suffix or the Hindi "Ji" of respect alone ("Jesse Jackson Jr."), not a place or
    body the article names ("Jamiat Ulema-e-Islam Bangladesh", a list run together),
    and not after title words alone ("Maj Gen" of "Maj Gen X Y")."""
    if all(w.lower().rstrip(".") in _SUFFIXES for w in rest):
        return False
    if any(w in named for w in rest) or all(_title(w) for w in head):
        return False
    return not any(_title(w) for w in rest)


def _title(word: str) -> bool:
    """A title's word, written with its full stop or without ("Gen", "Gen.")."""
    lowered = word.lower()
    return lowered in TITLE_HEADS or f"{lowered}." in TITLE_HEADS


def _as(mention: Mention, person: Mention) -> Mention:
    """``mention`` linked to ``person``."""
    return Mention(
        mention.start, mention.end, mention.type, mention.text, person.entity_id, person.name
    )


def _named_in_full(
    mention: Mention, starts: dict[str, set[str]], ends: set[str], counts: Counter[str]
) -> str | None:
    """The full name a lone given name stands for, or None."""
    if mention.type != "PERSON" or " " in mention.name or mention.text in ends:
        return None
    names = sorted(starts.get(mention.text, ()), key=lambda n: (-counts[n], n))
    if not names or (len(names) > 1 and counts[names[0]] == counts[names[1]]):
        return None
    return names[0]


#: Styles that name a sovereign or a royal by title and given name ("Prince Ado").
_ROYAL_BEFORE = re.compile(
    r"\b(?:Prince|Princess|King|Queen|Pope|Emperor|Empress|Sultan|Tsar|Czar)\s+\Z"
)


_NAME_BEFORE = re.compile(r"\b[A-Z][\w'.-]*\s+\Z")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def styled_names(mentions: list[Mention], text: str, given: frozenset[str]) -> list[Mention]:
    """Given names alone that the article names in full another way: before "and" and a
    full name sharing the surname ("Ann and Joe Marsh": Ann Marsh), or after a royal
    title ("Prince Ado", whose other lone "Ado" are the same person). ``given``: the
    known given names."""
    lone = [m for m in mentions if m.type == "PERSON" and m.name == m.text and m.text in given]
    if not lone:
        return mentions
    names = _paired(lone, mentions, text, given)
    royals = _royals(lone, text)
    if not names and not royals:
        return mentions
    return [
        _named(m, names.get(m.start) or royals.get(m.text, ""))
        if m.type == "PERSON" and m.name == m.text
        else m
        for m in mentions
    ]


def _paired(
    lone: list[Mention], mentions: list[Mention], text: str, given: frozenset[str]
) -> dict[int, str]:
    """Where a lone given name stands before "and" and a full name whose given name is
    known, the name with that surname; not for a word the article writes after a title
    or as a surname ("President Clinton ... Clinton and Bob Dole"), nor after a
    capitalised word (the end of a name: "John Kerr and Robert Feldman")."""
    people = [m for m in mentions if m.type == "PERSON" and " " in m.name]
    full = {m.start: m for m in people if m.text == m.name}
    surnames = {m.name.rpartition(" ")[2] for m in people}
    titled = {m.text for m in lone if _title_before(text, m.start) in TITLE_HEADS}
    names = {}
    for m in lone:
        pair = full.get(m.end + 5) if text[m.end : m.end + 5] == " and " else None
        if (
            pair is not None
            and pair.text.split(" ", 1)[0] in given
            and m.text not in titled | surnames
            and not _NAME_BEFORE.search(text, max(0, m.start - 30), m.start)
        ):
            names[m.start] = f"{m.text} {pair.text.split(' ', 1)[1]}"
    return names


def _royals(lone: list[Mention], text: str) -> dict[str, str]:
    """Lone given names after a royal title, not run into a place ("Prince Edward
    Island"), with the title."""
    royals: dict[str, str] = {}
    for m in lone:
        title = _ROYAL_BEFORE.search(text, max(0, m.start - 10), m.start)
        if title and not _CAPITAL_AFTER.match(text, m.end):
            royals.setdefault(m.text, f"{title.group().strip()} {m.text}")
    return royals


def _title_before(text: str, start: int) -> str:
    before = text[max(0, start - 16) : start].split()
    return before[-1].lower() if before else ""


def _named(mention: Mention, name: str) -> Mention:
    if not name:
        return mention
    return Mention(mention.start, mention.end, mention.type, mention.text, name_key(name), name)
