"""Names whose reading the rest of the article, or their own words, show to be wrong.

Run on the mentions of :func:`index.extract.recognise.recognise`, before the one-word
people of :mod:`index.extract.lone_names` are judged:

* a person's name with a word in small letters that no name particle is ("Quantcast ranks
  wikiHow"; not "Piero della Francesca", "Mohammed bin Salman") names nobody, nor does an
  organisation's with one that no linking word is ("Bank of America" stays), nor one with
  a common noun such as "T-shirt" or "X-ray" after its first word: it goes,
  and its short forms are judged alone;
* an organisation run into a person after a personal title ("Citation Index Professor
  Chomsky", "Acme Corp President Jane Roe") is the organisation, then the person (the
  person of the article so named, when there is one); the organisation's part is judged
  again by :func:`index.extract.context.thing_named` ("Citation Index" is no body);
* a vessel's name ("USS Cole", "Space Shuttle Atlantis") and its short forms go;
* people's names run together ("Dianne Feinstein Maxine Waters Adam Schiff", a strip of
  photos' names) are each person;
* a person's name opening a sentence with a word that opens sentences and is no given
  name ("Like Wikipedia, ...", "Eventually Tarn ...": a sentence adverb in "-ly") is the
  words after it;
* two organisations read as one across "and", the first ending in an organisation word
  ("Tarn Foundation and Open Ledger"), are two; an organisation named after a role read
  without its office ("Tarn County Sheriff" of "Tarn County Sheriff's office") is whole;
* a person that is a title alone ("Ohio's Congresswoman") goes unless a person named in
  full has it as surname ("Major" of "John Major");
* a surname read alone takes the given name's initial of a team sheet before it ("M
  Blair"), and is named with a woman's title before it ("Mrs. Trump"):
  :mod:`index.extract.marked_surnames`;
* a given name, a middle initial with no full stop and a surname ("Jo K Hale") are one
  person: :mod:`index.extract.bare_initials`;
* a one-word place that is the surname of a person the article names in full, and that
  the article writes at least once as a person doing or saying something ("Montalvo was
  charged", "Paris also claims"), is that person wherever no place word ("in", "at",
  "from") stands before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from index.extract.bare_initials import bare_initials
from index.extract.chunks import TITLE_HEADS
from index.extract.context import thing_named
from index.extract.gazetteer import Gazetteer, load_gazetteer
from index.extract.honorifics import LONE_TITLES
from index.extract.marked_surnames import initialled_surnames, titled_women
from index.extract.people import ORG_WORDS
from index.names import name_key
from index.records import Mention

PERSON, ORG, PLACE = "PERSON", "ORG", "PLACE"

#: Words in small letters that names of people hold ("van", "bin", "della", "al-").
_PARTICLES = frozenset(
    "de da di do dos das del della delle dei degli du des van von der den ter te la le lo "
    "bin ibn bint ben abu al el ul ud y e zu af av mac st. of".split()
)
#: Words in small letters that names of organisations hold ("Bank of America").
_ORG_SMALL_WORDS = _PARTICLES | frozenset(
    "and for the on in at to a an by with without upon over under sans und et für".split()
)
#: Words that open sentences and no name: prepositions, conjunctions, sentence adverbs.
_OPENERS = frozenset(
    "like unlike with without as for if when while after before despite although though "
    "because since until unless per via including besides following during from into about "
    "against among between beyond but and or so yet then also even just only current "
    "dear thanks meanwhile however perhaps yes no okay ok well sure hello hi".split()
)
#: Prefixes of the names of ships and spacecraft: such a name, and its short forms, name
#: a vessel, no place, person or organisation ("USS Cole", "Space Shuttle Atlantis").
_VESSELS = ("USS ", "HMS ", "HMAS ", "HMCS ", "HMNZS ", "RMS ", "MV ", "Space Shuttle ", "Shuttle ")
#: A common noun of one capital, a hyphen and small letters ("T-shirt", "X-ray").
_COMMON_NOUN = re.compile(r"^[A-Z]-[a-z]+[.,;:]?$")
#: Titles that stand between an organisation's name and a person's in running text.
_TITLES = frozenset(
    "professor prof. dr dr. mr mr. mrs mrs. ms ms. president senator governor minister "
    "judge chairman chairwoman director spokesman spokeswoman ceo".split()
)
_SUBJECT_CUE = re.compile(
    r"(?:[ \t]+(?:also|then|later|still|never|now|once|too))?[ \t]+(?:is|was|has|had|"
    r"said|says|claims|claimed|told|tells|left|added|explained|wrote|argued|believes|"
    r"believed|thinks|thought|wants|wanted|will|would|could|did|does|denied|denies)\b"
)
#: A sentence adverb ("Eventually", "Separately"): a word of six letters or more in "-ly".
_ADVERB = re.compile(r"[A-Z][a-z]{3,}ly$")
_PLACE_WORD_BEFORE = re.compile(
    r"\b(?:in|at|from|to|near|into|across|outside|around|via|of|toward|towards|between)"
    r"\s+$",
    re.IGNORECASE,
)


def repair(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with the rules of the module docstring applied."""
    gaz = load_gazetteer()
    mentions = [m for m in mentions if not m.name.startswith(_VESSELS)]
    mentions = _without_openers(mentions, text, gaz)
    mentions = _without_broken_people(mentions)
    mentions = _split_name_runs(mentions, gaz)
    mentions = _split_titled_orgs(mentions, text)
    mentions = _split_joined_orgs(mentions)
    mentions = _whole_possessive_bodies(mentions, text)
    mentions = _without_lone_titles(mentions)
    mentions = bare_initials(mentions, text, gaz)
    mentions = titled_women(initialled_surnames(mentions, text), text)
    return _surnames_not_places(mentions, text)


#: The fewest words of a run of names: three names of two words (two names run
#: together are too often one long name, or a title's words: "Jim Mattis Will Retire").
_LEAST_RUN = 6
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:['’-][A-Za-z][a-z]+)*")
_RUN_STOPS = frozenset("the of in on at to for and or but will get an is was has".split())


def _split_name_runs(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Names of people run together with nothing between them (a list of names set as a
    strip of photos or a poll's answers: "Dianne Feinstein Maxine Waters Adam Schiff"),
    read as one person or body, are each person: three names or more, each a given name
    and a surname, words only (no initial, suffix or title)."""
    if not any(m.type in (PERSON, ORG) and m.text.count(" ") >= 3 for m in mentions):
        return mentions
    out: list[Mention] = []
    for m in mentions:
        pairs = _name_pairs(m, gaz) if m.type in (PERSON, ORG) else None
        if not pairs:
            out.append(m)
            continue
        for start, end in pairs:
            name = m.text[start - m.start : end - m.start]
            out.append(Mention(start, end, PERSON, name, name_key(name), name, None))
    return out


def _name_pairs(m: Mention, gaz: Gazetteer) -> list[tuple[int, int]] | None:
    """The spans of the two-word names ``m`` runs together, or None when it is no such
    run (see :func:`_split_name_runs`)."""
    words = m.text.split(" ")
    if len(words) < _LEAST_RUN or len(words) % 2 or m.text != m.name:
        return None
    if not all(_NAME_WORD.fullmatch(w) and w.lower() not in _RUN_STOPS for w in words):
        return None  # initials, suffixes, titles in capitals ("Jr.", "QC", "MP"), "In"
    given, other = words[0::2], words[1::2]
    if not all(w in gaz.given_names for w in given):
        return None
    # Surnames may be given names too ("Kamala Harris"), but not most of them.
    if sum(w in gaz.given_names for w in other) > (len(other) - 1) // 2:
        return None
    if any(w.lower() in ORG_WORDS for w in other):
        return None
    spans, at = [], m.start
    for first, last in zip(given, other, strict=True):
        spans.append((at, at + len(first) + 1 + len(last)))
        at = spans[-1][1] + 1
    return spans


#: Titles that are no person alone; the Malay ones that are never names too ("Dato").
_LONE_TITLES = TITLE_HEADS | LONE_TITLES


def _without_lone_titles(mentions: list[Mention]) -> list[Mention]:
    """A person that is a title alone ("Ohio's Congresswoman", "Datuk") goes, unless a
    person the article names in full has that word as surname ("Major" of "John Major")."""
    titles = {
        m.text
        for m in mentions
        if m.type == PERSON and m.text == m.name and m.text.lower() in _LONE_TITLES
    }
    if not titles:
        return mentions
    surnames = _people_by_word(mentions)
    return [m for m in mentions if not (m.text in titles and m.text not in surnames)]


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:\n"


def _without_openers(mentions: list[Mention], text: str, gaz: Gazetteer) -> list[Mention]:
    """A person's name opening a sentence with a word that opens sentences and is no given
    name ("Like Wikipedia, ...", "Current PowerPC chips", "Eventually Tarn"): the name is
    the words after it."""
    renamed: dict[str, Mention] = {}
    for m in mentions:
        first, _, rest = m.text.partition(" ")
        if (
            m.type == PERSON
            and rest
            and rest[0].isupper()
            and (first.lower() in _OPENERS or _ADVERB.match(first))
            and first not in gaz.given_names
            and _opens_sentence(text, m.start)
        ):
            start = m.end - len(rest)
            renamed[m.name] = Mention(start, m.end, PERSON, rest, name_key(rest), rest)
    if not renamed:
        return mentions
    out = []
    for m in mentions:
        new = renamed.get(m.name)
        if new is None:
            out.append(m)
        else:  # the name, cut as the first, or a short form of it: renamed
            start = m.end - len(new.text) if m.text == m.name else m.start
            out.append(Mention(start, m.end, m.type, text[start : m.end], new.entity_id, new.name))
    return out


def _particle(word: str) -> bool:
    low = word.lower()
    return low in _PARTICLES or low.split("-")[0] in _PARTICLES or low.startswith("d'")


@lru_cache(maxsize=1 << 14)
def broken_name(name: str, kind: str) -> bool:
    """``name`` (of a PERSON or an ORG) has several words and one in small letters that
    names of its kind do not hold ("ranks"). Memoised: asked of every mention of every
    article, and names recur."""
    words = name.split()
    if len(words) < 2 or kind not in (PERSON, ORG):
        return False
    if any(map(_COMMON_NOUN.match, words[1:])):
        return True  # "T-shirt", "X-ray"
    if kind == PERSON:
        return any(w[0].islower() and not _particle(w) for w in words[1:])
    return any(
        w[0].islower() and not _particle(w) and w.lower() not in _ORG_SMALL_WORDS for w in words[1:]
    )


def _without_broken_people(mentions: list[Mention]) -> list[Mention]:
    # (a place's name is never broken: its type asked first, before the memo's call)
    broken = {m.name for m in mentions if m.type != PLACE and broken_name(m.name, m.type)}
    if not broken:
        return mentions
    return [
        _alone(m) if m.name in broken else m
        for m in mentions
        if not (m.name in broken and broken_name(m.text, m.type))
    ]


def _alone(mention: Mention) -> Mention:
    """A short form of a name that went: its own name and id."""
    return replace(mention, entity_id=name_key(mention.text), name=mention.text)


def _split_titled_orgs(mentions: list[Mention], text: str) -> list[Mention]:
    if not any(m.type == ORG and _title_at(m.text) for m in mentions):
        return mentions
    people = _people_by_word(mentions)
    gaz = load_gazetteer()
    out: list[Mention] = []
    for m in mentions:
        at = _title_at(m.text) if m.type == ORG else 0
        if not at:
            out.append(m)
            continue
        words = m.text.split()
        body = " ".join(words[:at])
        if not thing_named(body, gaz):
            out.append(Mention(m.start, m.start + len(body), ORG, body, name_key(body), body))
        who = " ".join(words[at + 1 :])
        start = m.end - len(who)
        if text[start : m.end] == who:
            pid, pname = people.get(who, (name_key(who), who))
            out.append(Mention(start, m.end, PERSON, who, pid, pname))
    return out


def _split_joined_orgs(mentions: list[Mention]) -> list[Mention]:
    """Two organisations read as one across "and" ("Tarn Foundation and Open Ledger"):
    the part before "and" ends in an organisation word ("Foundation", "Bank")."""
    parts: dict[str, tuple[str, str]] = {}
    for m in mentions:
        left, sep, right = m.name.partition(" and ")
        words = left.split()
        if (
            m.type == ORG
            and sep
            and len(words) > 1
            and words[-1].lower() in ORG_WORDS
            and right[:1].isupper()
            and " and " not in right
        ):
            parts[m.name] = (left, right)
    if not parts:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if m.name not in parts:
            out.append(m)
            continue
        left, right = parts[m.name]
        if m.text == m.name:
            start = m.end - len(right)
            out.append(Mention(m.start, m.start + len(left), ORG, left, name_key(left), left))
            out.append(Mention(start, m.end, ORG, right, name_key(right), right))
        else:  # a short form: the part it names, else itself alone
            part = next((p for p in (left, right) if m.text in (p, *p.split())), m.text)
            out.append(Mention(m.start, m.end, ORG, m.text, name_key(part), part))
    return out


#: A role whose holder's office is a body ("the District Attorney's office").
_ROLES = frozenset(
    "sheriff attorney prosecutor coroner marshal governor mayor president commissioner "
    "chancellor ombudsman auditor".split()
)
_POSSESSIVE_BODY = re.compile(r"['’]s\s+([A-Za-z]+)\b")


def _whole_possessive_bodies(mentions: list[Mention], text: str) -> list[Mention]:
    """An organisation named after a role read without its office ("Tarn County Sheriff"
    of "Tarn County Sheriff's Department", "the Tarn Attorney's office") is whole; its
    short forms name the whole."""
    renamed: dict[str, str] = {}
    out: list[Mention] = []
    for m in mentions:
        match = _POSSESSIVE_BODY.match(text, m.end) if m.type == ORG else None
        if (
            match is None
            or m.text != m.name
            or m.text.split()[-1].lower() not in _ROLES
            or match.group(1).lower() not in ("office", "department", "bureau")
        ):
            out.append(m)
            continue
        name = text[m.start : match.end()]
        renamed[m.name] = name
        out.append(Mention(m.start, match.end(), ORG, name, name_key(name), name))
    if not renamed:
        return out
    return [  # the name's other mentions and short forms ("the Sheriff's detective")
        Mention(m.start, m.end, ORG, m.text, name_key(renamed[m.name]), renamed[m.name])
        if m.type == ORG and m.name in renamed
        else m
        for m in out
    ]


@lru_cache(maxsize=1 << 12)
def _title_at(surface: str) -> int:
    """The index of a title word inside an organisation's name, with one to three
    capitalised words after it; 0 if none. Memoised: asked of every organisation of
    every article."""
    words = surface.split()
    for k in range(1, len(words) - 1):
        rest = words[k + 1 :]
        if words[k].lower() in _TITLES and len(rest) <= 3 and all(w[0].isupper() for w in rest):
            return k
    return 0


def _people_by_word(mentions: Iterable[Mention]) -> dict[str, tuple[str, str]]:
    """Surname (or full name) -> the id and name of the one person named in full with it;
    a surname two people share maps to nobody."""
    found: dict[str, set[tuple[str, str]]] = {}
    for m in mentions:
        if m.type == PERSON and " " in m.name:
            for key in (m.name, m.name.split()[-1]):
                found.setdefault(key, set()).add((m.entity_id, m.name))
    return {key: next(iter(v)) for key, v in found.items() if len(v) == 1}


def _surnames_not_places(mentions: list[Mention], text: str) -> list[Mention]:
    places = {m.text for m in mentions if m.type == PLACE and " " not in m.text}
    if not places:
        return mentions
    people = _people_by_word(mentions)
    named = {
        m.text
        for m in mentions
        if m.type == PLACE and m.text in people and _SUBJECT_CUE.match(text, m.end)
    }
    if not named:
        return mentions
    return [
        Mention(m.start, m.end, PERSON, m.text, *people[m.text])
        if m.type == PLACE
        and m.text in named
        and not _PLACE_WORD_BEFORE.search(text, max(0, m.start - 12), m.start)
        else m
        for m in mentions
    ]
