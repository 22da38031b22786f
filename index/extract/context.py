"""Article-level rules applied to the drafts before linking, whatever read them.

* A name of ``index/data/non_entities.tsv`` (a religion or religious group, a language, a
  time zone, a disease, an event, "I'm") is no entity, nor its last word read alone
  within it ("Union" of "State of the Union"), nor is a document named after a
  place ("United States Constitution", "Treaty of Rome"), nor a name ending in a word of
  ``index/data/name_heads.tsv`` (an event, programme, study, award, index or
  publication: "Google Science Fair", "Space Shuttle Program", "Summer Paralympics")
  unless the shipped organisation list has it, nor a lawmaker's party-and-state label
  ("D-Calif.", and the state's half of "D-W.Va."), nor a website's address
  ("Canada.com").
* A place run into the person named after it ("Senator from Vermont Bernie Sanders") is
  two names: the place, then the person.
* A country that shares its name with a state or province of another country ("Georgia")
  is that state when the article names other places of that country and none of the
  namesake country's.
* A body with a generic name ("Supreme Court", "House of Representatives", "Labour
  Party") is the one of the article's country: its name says which ("Supreme Court
  (United States)"), so that bodies of different countries never share a facet value
  (:mod:`index.extract.generic_bodies`).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from index.extract.gazetteer import CITY, COUNTRY, REGION, Gazetteer, Place, load_gazetteer
from index.extract.generic_bodies import qualify_bodies
from index.extract.linking import ACRONYM_AFTER
from index.extract.people import ORG_WORDS, known_org
from index.extract.peoples import no_group
from index.extract.words_before import ends_with_word, reach_back
from index.names import fold_text, name_key

if TYPE_CHECKING:
    from index.extract.linking import Draft

PERSON, ORG, PLACE = "PERSON", "ORG", "PLACE"

_BODY_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?$")
_OF = ("of", "for", "the")  # the words _BODY_BEFORE may end with

#: Last words of the names of documents: a place before them names no place.
_DOCUMENT_WORDS = frozenset(
    "constitution treaty accord accords charter amendment declaration protocol act".split()
)


@lru_cache(maxsize=1)
def _non_entity_names() -> tuple[str, ...]:
    """The names of ``index/data/non_entities.tsv`` as written there."""
    text = resources.files("index").joinpath("data/non_entities.tsv").read_text("utf-8")
    return tuple(line.split("\t")[0] for line in text.splitlines() if line and line[0] != "#")


@lru_cache(maxsize=1)
def non_entities() -> tuple[frozenset[str], frozenset[str]]:
    """Names in capitals or plurals of capitals (matched as spelled) and other names
    (matched lower-cased) of ``index/data/non_entities.tsv``."""
    names = _non_entity_names()
    return (
        frozenset(n for n in names if _capitals(n)),
        frozenset(n.lower() for n in names if not _capitals(n)),
    )


@lru_cache(maxsize=1)
def _non_entity_ends() -> dict[str, tuple[str, ...]]:
    """The last word of each name of several words of ``non_entities.tsv`` -> those
    names, as written there and in capitals."""
    ends: dict[str, list[str]] = {}
    for name in _non_entity_names():
        if " " in name:
            for form in (name, name.upper()):
                ends.setdefault(form.rsplit(" ", 1)[1], []).append(form)
    return {word: tuple(names) for word, names in ends.items()}


def _end_of_non_entity(draft: Draft, text: str) -> bool:
    """A draft that ends a name of ``non_entities.tsv`` written out with it, as the list
    writes it or in capitals ("Union" of "State of the Union", where only its last word
    was read as a name; not "US" of "about US$10")."""
    names = _non_entity_ends().get(draft.text)
    if not names:
        return False
    before = text[reach_back(draft.end, 40) : draft.end]
    return any(before.endswith(name) for name in names)


def _capitals(name: str) -> bool:
    """``name`` is written in capitals, or is a plural of capitals ("PCs", not "PCS")."""
    return name.isupper() or (name.endswith("s") and name[:-1].isupper())


@lru_cache(maxsize=1 << 14)
def no_entity(surface: str) -> bool:
    """``surface`` names no place, person or organisation (a religion, a language, a time
    zone, a disease, an event, "I'm"), or a document ("Treaty of Rome"). Memoised: it
    is asked of every name of every article, and names recur."""
    exact, lowered = non_entities()
    if surface in exact or surface.lower() in lowered or _party_label(surface):
        return True
    words = surface.split()
    return len(words) > 1 and (
        words[-1].lower() in _DOCUMENT_WORDS or words[0].lower() in ("treaty", "charter")
    )


#: A lawmaker's party and state ("D-Calif.", "R-Texas", "D-N" of "D-N.Y."): no name.
_PARTY_LABEL = re.compile(r"[DRI]-([A-Z](?:[a-z]+)?)\.?")


def _party_label(surface: str) -> bool:
    """``surface`` is a party's initial and a state's abbreviation or name."""
    match = _PARTY_LABEL.fullmatch(surface) if surface[1:2] == "-" else None  # "D-", "R-"
    if match is None:
        return False
    state = match.group(1)
    gaz = load_gazetteer()
    return (
        len(state) == 1
        or state.lower() in gaz.region_abbreviations
        or any(c.place.kind == REGION for c in gaz.candidates(fold_text(state)))
    )


@lru_cache(maxsize=1)
def name_heads() -> dict[str, int]:
    """Last word -> fewest words of a name it makes no entity, from
    ``index/data/name_heads.tsv``."""
    text = resources.files("index").joinpath("data/name_heads.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and line[0] != "#"]
    return {row[0]: int(row[2]) for row in rows}


def thing_named(surface: str, gaz: Gazetteer) -> bool:
    """``surface`` ends in a word that makes it an event, programme, study, award, index or
    publication ("Google Science Fair"), and is no organisation the shipped list names."""
    words = surface.split()
    least = name_heads().get(words[-1]) if len(words) > 1 else None
    if least is None or len(words) < least:
        return False
    if words[-1].startswith("Program") and (
        words[0] in ("UN", "World") or surface.startswith("United Nations")
    ):
        return False  # the programmes of the United Nations are bodies
    return known_org(surface, gaz) is None


@lru_cache(maxsize=1 << 14)
def _names_nothing(surface: str) -> bool:
    """:func:`no_entity` or :func:`thing_named`: what ``surface`` alone says of every
    draft of every article, asked in one memoised call (names recur)."""
    return no_entity(surface) or thing_named(surface, load_gazetteer())


def apply(drafts: list[Draft], text: str) -> None:
    """The rules of this module, in place."""
    gaz = load_gazetteer()
    things = [
        d
        for d in drafts
        if d.type
        and (
            _party_label_half(d, text)
            if _abbreviated_region(d)
            else _names_nothing(d.text)
            or no_group(d.text, text, drafts)
            or _title_fragment(d, text)
            or _end_of_non_entity(d, text)
            or (text.startswith(".", d.end) and bool(_WEB_ADDRESS_AFTER.match(text, d.end)))
        )
    ]
    if things:
        gone = {id(d) for d in things} | _their_abbreviations(things, drafts, text)
        drafts[:] = [d for d in drafts if id(d) not in gone]
    _whole_bodies(drafts, text)
    _split_place_person(drafts, gaz)
    _states_not_countries(drafts, gaz)
    qualify_bodies(drafts, text)


#: Last words of a body's name that, before a title's head, make it a title's first words.
_SIDES = frozenset("majority minority democratic republican".split())
_TITLE_AFTER = re.compile(r"\s+(?:[Ll]eader|[Ww]hip)\b")


def _title_fragment(draft: Draft, text: str) -> bool:
    """A title, or its first words, read as a body: "Senate Majority" of "Senate Majority
    Leader Harry Reid", "House Minority Whip"."""
    if draft.type != ORG or len(draft.tokens) < 2:
        return False
    words = [t.lower() for t in draft.tokens]
    if words[-1] in ("leader", "whip"):  # the title whole ("House Minority Whip")
        return words[-2] in _SIDES
    return words[-1] in _SIDES and bool(_TITLE_AFTER.match(text, draft.end))


def _abbreviated_region(draft: Draft) -> bool:
    """A state's or province's abbreviation read as that region ("OK" after "Tulsa,")."""
    return draft.type == PLACE and draft.kind == REGION and draft.name != draft.text


#: A name that is a website's address ("Canada.com", "Politico.eu"): no entity.
_WEB_ADDRESS_AFTER = re.compile(r"\.(?:com|org|net|gov|edu|info|co\.uk|eu)\b")

#: The party's half of a label whose state is abbreviated in two parts ("D-W." of
#: "D-W.Va.", "R-W. Va."), just before the state's second part.
_PARTY_HALF_BEFORE = re.compile(r"\b[DRI]-[A-Z]\.\s?$")


def _party_label_half(draft: Draft, text: str) -> bool:
    """An abbreviated state that is the end of a party-and-state label ("Va." of
    "D-W.Va.": West Virginia's, not Virginia)."""
    return bool(_PARTY_HALF_BEFORE.search(text, reach_back(draft.start, 6), draft.start))


def _their_abbreviations(things: list[Draft], drafts: list[Draft], text: str) -> set[int]:
    """Drafts (by ``id``) of the abbreviations the article gives these things in brackets
    ("Consumer Electronics Show (CES)"): no entity either."""
    short = set()
    for thing in things:
        match = ACRONYM_AFTER.match(text, thing.end)
        if match is not None:
            short.add(match.group(1))
    return {id(d) for d in drafts if d.text in short} if short else set()


def _whole_bodies(drafts: list[Draft], text: str) -> None:
    """An organisation read without the body word and "of"/"for" before it ("Disease
    Control and Prevention" of "Centers for Disease Control and Prevention") is whole."""
    covered: list[tuple[int, int]] = []
    for k, draft in enumerate(drafts):
        if draft.type != ORG or not ends_with_word(text, draft.start, _OF, 40):
            continue
        match = _BODY_BEFORE.search(text, reach_back(draft.start, 40), draft.start)
        if match is None or match.group(1).lower().removesuffix("s") not in ORG_WORDS:
            continue
        start = match.start(1)
        name = text[start : draft.end]
        drafts[k] = dataclasses.replace(
            draft,
            start=start,
            text=name,
            tokens=tuple(name.split()),
            entity_id=name_key(name),
            name=name,
        )
        covered.append((start, draft.start))
    if covered:  # drafts inside the words taken ("Centers" read alone) go
        covered.sort()
        lows = [lo for lo, _ in covered]

        def taken(d: Draft) -> bool:
            at = bisect.bisect_right(lows, d.start) - 1
            return at >= 0 and d.end <= covered[at][1]

        drafts[:] = [d for d in drafts if not taken(d)]


def _split_place_person(drafts: list[Draft], gaz: Gazetteer) -> None:
    """A place run into a person ("Vermont Bernie Sanders"): the place, then the person."""
    out: list[Draft] = []
    for draft in drafts:
        split = _place_person(draft, gaz) if draft.type in (PERSON, ORG) else None
        out.extend(split or (draft,))
    drafts[:] = out


def _place_person(draft: Draft, gaz: Gazetteer) -> tuple[Draft, Draft] | None:
    tokens = draft.tokens
    for cut in (1, 2):
        rest = tokens[cut:]
        if len(rest) < 2 or rest[0] not in gaz.given_names or tokens[cut - 1] in gaz.given_names:
            continue
        head = " ".join(tokens[:cut])
        place = _country_or_region(head, gaz)
        if place is None:
            continue
        end = draft.start + len(head)
        start = draft.start + draft.text.index(rest[0], len(head))
        name = draft.text[start - draft.start :]
        where = dataclasses.replace(
            draft,
            end=end,
            type=PLACE,
            text=head,
            tokens=tokens[:cut],
            entity_id=place.entity_id,
            name=place.name,
            country=place.cc or None,
            kind=place.kind,
        )
        who = dataclasses.replace(
            draft,
            start=start,
            type=PERSON,
            text=name,
            tokens=rest,
            entity_id=name_key(name),
            name=name,
        )
        return where, who
    return None


def _country_or_region(surface: str, gaz: Gazetteer) -> Place | None:
    for candidate in gaz.candidates(fold_text(surface)):
        if candidate.place.kind in (COUNTRY, REGION) and candidate.exact in (None, surface):
            return candidate.place
    return None


def _states_not_countries(drafts: list[Draft], gaz: Gazetteer) -> None:
    """A country named like a state of another country the article names places of: the
    state ("David Perdue of Georgia" beside Florida and Utah)."""
    if not any(map(_state_too, drafts)):
        return  # no country of the article is named like another country's state
    named: dict[str, set[str]] = {}  # country -> the names of its places in the article
    inside: dict[str, set[str]] = {}  # the same for its states and towns
    for d in drafts:
        if d.type == PLACE and d.country:
            folded = fold_text(d.text)
            named.setdefault(d.country, set()).add(folded)
            if d.kind in (REGION, CITY) and not d.small_place:
                inside.setdefault(d.country, set()).add(folded)
    chosen: dict[str, Place | None] = {}
    for k, draft in enumerate(drafts):
        if draft.type != PLACE or draft.kind != COUNTRY or draft.country is None:
            continue
        own = fold_text(draft.text)
        if own not in chosen:
            chosen[own] = _state_named(own, draft.country, named, inside, gaz)
        place = chosen[own]
        if place is not None:
            drafts[k] = dataclasses.replace(
                draft,
                entity_id=place.entity_id,
                name=place.name,
                country=place.cc,
                kind=place.kind,
            )


def _state_too(draft: Draft) -> bool:
    """``draft`` is a country whose name a state of another country has too."""
    return (
        draft.type == PLACE
        and draft.kind == COUNTRY
        and draft.country is not None
        and _named_like_a_state(draft.text, draft.country)
    )


@lru_cache(maxsize=1024)
def _named_like_a_state(name: str, country: str) -> bool:
    """A state of a country other than ``country`` is named ``name`` too ("Georgia")."""
    candidates = load_gazetteer().candidates(fold_text(name))
    return any(c.place.kind == REGION and c.place.cc != country for c in candidates)


def _state_named(
    own: str,
    country: str,
    named: dict[str, set[str]],
    inside: dict[str, set[str]],
    gaz: Gazetteer,
) -> Place | None:
    """The state named ``own`` of a country whose places the article names, when it
    names none of ``country``'s but under ``own`` itself."""
    if named.get(country, set()) - {own}:
        return None  # the country's own places are named: the country
    for candidate in gaz.candidates(own):
        place = candidate.place
        if place.kind == REGION and place.cc != country and inside.get(place.cc, set()) - {own}:
            return place
    return None
