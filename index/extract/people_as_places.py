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
"""

from __future__ import annotations

from index.extract.gazetteer import CITY, load_gazetteer
from index.names import fold_text, name_key
from index.records import PERSON, PLACE, Mention

_COMPASS_SURNAMES = (" West", " North", " South", " East")
_COMPASS = frozenset(("West", "North", "South", "East"))
#: A town this small is a first name's namesake (the bound of a town awaiting its
#: country elsewhere: :func:`index.extract.place_context.resolve_name`).
_SMALL_TOWN = 50_000


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
    return _without_first_names(mentions, towns) if towns else mentions


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
