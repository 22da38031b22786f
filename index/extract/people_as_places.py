"""People's names read as places: a surname that is a compass point, and a first name
that is a small town's name.

* West, North, South and East are English surnames ("Kanye West", "Adam West", "Oliver
  North"). The tagger reads such a name as a place, and the gazetteer, which knows no
  place so called, gives it no country. A name of two words, the second a compass point,
  that the gazetteer does not know and whose first word is no common word ("Wild West",
  "Deep South") is that person's name.
* A first name alone, where the article names a person in full with it ("Angelina Jolie
  ... Brad and Angelina split"), matches a small town abroad (Angelina in Brazil, Kanye
  in Botswana). A one-word small town whose name is the first word of a person the
  article names, in a country no other place of the article is in, is that person's
  first name: no place (a first name alone is no entity's whole name).
* A place right after a courtesy title ("Mr Morris", "Mrs. America" on the screen, "Miss
  Georgia" of a pageant) is a surname or a word of a title, no place: the person the
  article names in full with that surname, or no mention.
* A place whose name is also a given name, followed by one capitalised word and a
  person's apposition ("London Breed, the mayor of ...", "Sydney Hale, a nurse at ...",
  "Georgia Marsh, 34, who ..."), is a person's given name and surname: that person.
"""

from __future__ import annotations

import re

from index.extract.gazetteer import CITY, load_gazetteer
from index.extract.speaker_words import PERSON_ROLES, SUBJECT_NOUNS
from index.names import fold_text, name_key
from index.records import PERSON, PLACE, Mention

_COMPASS_SURNAMES = (" West", " North", " South", " East")
_COMPASS = frozenset(("West", "North", "South", "East"))
#: A town this small is a first name's namesake (the bound of a town awaiting its
#: country elsewhere: :func:`index.extract.place_context.resolve_name`).
_SMALL_TOWN = 50_000
#: A surname and a comma after a place's name, before a person's apposition.
_SURNAME_COMMA = re.compile(r" ([A-Z][a-z][\w'’-]*), ")
#: Words that end an apposition's head: "the mayor of ...", "a nurse at ...".
_HEAD_ENDS = frozenset("of for at in to and with from on".split())
#: Kin nouns that describe a person in apposition: "Chelsea Hale, the daughter of ...".
_KIN = frozenset("daughter son wife husband mother father sister brother widow".split())


def without_people_as_places(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with compass-point surnames as people and first names that the
    article uses for a person it names in full no longer small towns abroad."""
    if any(_compass_place(m) for m in mentions):
        mentions = [_compass_surname(m) for m in mentions]
    if _courtesy_in(text) and any(
        m.type == PLACE and _after_courtesy_title(m, text) for m in mentions
    ):
        mentions = _courtesy_surnames(mentions, text)
    towns = {m.text for m in mentions if m.type == PLACE and " " not in m.text}
    if towns:
        mentions = _without_first_names(mentions, towns)
    return _people_in_apposition(mentions, text) if ", " in text else mentions


def _people_in_apposition(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with a place named like a given name, a surname and a person's
    apposition after it, as that person (the surname's own mention, if any, folded in)."""
    given = load_gazetteer().given_names
    people: dict[int, Mention] = {}  # the place's start -> the person
    for m in mentions:
        if m.type != PLACE or " " in m.text or m.text not in given:
            continue  # a string test first: most places are named no one
        found = _SURNAME_COMMA.match(text, m.end)
        if found is None or not _person_apposition(text[found.end() : found.end() + 50]):
            continue
        name = text[m.start : found.end(1)]
        people[m.start] = Mention(m.start, found.end(1), PERSON, name, name_key(name), name)
    if not people:
        return mentions
    ends = {p.end: start for start, p in people.items()}
    out = [people.get(m.start, m) for m in mentions if ends.get(m.end, m.start) == m.start]
    return out


def _person_apposition(after: str) -> bool:
    """``after`` opens a person's apposition: an age, "who", or a role or kin noun among
    its first words, before "of", "at" or the like ("the mayor of", "a senior nurse")."""
    words = after.split()[:5]
    if not words or words[0] == "who" or words[0].rstrip(",").isdigit():
        return bool(words)
    for word in words[1:] if words[0] in ("the", "a", "an") else words:
        word = word.rstrip(",.;:")
        if word in PERSON_ROLES or word in SUBJECT_NOUNS or word in _KIN:
            return True
        if word in _HEAD_ENDS or not word.islower():
            return False
    return False


def _without_first_names(mentions: list[Mention], towns: set[str]) -> list[Mention]:
    """``mentions`` less the one-word small towns (among ``towns``) that are the first
    name of a person the article names in full."""
    firsts = {
        first
        for m in mentions
        if m.type == PERSON and (first := m.text.partition(" ")[0]) != m.text and first in towns
    }
    if not firsts:
        return mentions
    named = {m.country for m in mentions if m.type == PLACE and m.text not in firsts}
    return [m for m in mentions if not _first_name(m, firsts, named)]


#: Courtesy titles, with and without a full stop, and a space after them.
_COURTESY = tuple(
    f"{t}{dot} " for t in ("Mr", "Mrs", "Ms", "Miss", "Mx", "Mme") for dot in ("", ".")
)


def _courtesy_in(text: str) -> bool:
    """A string test first: most texts hold no courtesy title."""
    return "Mr" in text or "Ms" in text or "Miss " in text or "Mx" in text or "Mme" in text


def _after_courtesy_title(m: Mention, text: str) -> bool:
    before = text[max(0, m.start - 6) : m.start]
    if not before.endswith(_COURTESY):
        return False
    title = next(t for t in _COURTESY if before.endswith(t))
    return len(before) == len(title) or not before[-len(title) - 1].isalnum()


def _courtesy_surnames(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with each place after a courtesy title the person of that surname
    the article names in full, or gone."""
    out = []
    for m in mentions:
        if m.type == PLACE and _after_courtesy_title(m, text):
            tail = " " + m.text
            person = next((p for p in mentions if p.type == PERSON and p.text.endswith(tail)), None)
            if person is None:
                continue
            m = Mention(m.start, m.end, PERSON, m.text, person.entity_id, person.name)
        out.append(m)
    return out


def _compass_place(m: Mention) -> bool:
    """A place of no country whose last word is a compass point: maybe a surname."""
    return m.type == PLACE and m.country is None and m.text.endswith(_COMPASS_SURNAMES)


def _compass_surname(m: Mention) -> Mention:
    if not _compass_place(m):
        return m
    first, _, rest = m.text.partition(" ")
    if " " in rest or first in _COMPASS or not first.istitle():
        return m
    gaz = load_gazetteer()  # not "Wild West", "Deep South", "Middle East"
    if first.lower() in gaz.common_words or gaz.candidates(fold_text(m.text)):
        return m
    return Mention(m.start, m.end, PERSON, m.text, name_key(m.text), m.text)


def _first_name(m: Mention, firsts: set[str], named: set[str | None]) -> bool:
    if m.type != PLACE or m.text not in firsts or m.country in named:
        return False
    return any(
        c.place.entity_id == m.entity_id and c.place.kind == CITY
        for c in load_gazetteer().candidates(fold_text(m.text))
        if c.place.population < _SMALL_TOWN
    )
