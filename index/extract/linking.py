"""Within-article linking: short forms take the id of the full name met in the article.

* A person's surname or any trailing part of the name ("Harbi" for "Salem al-Harbi",
  "Abdel Karim" for "Yusuf Abdel Karim") gets the full name's id, whether it stands
  alone, after a title ("Mr Abdulkarim"), where a small place of that name matched or
  where it was read as a one-word organisation; where several of the article's people
  share it, the one :mod:`index.extract.shared_surnames` chooses (a "Mr" or "Mrs" before it,
  the same title as before one full name, else the first named whose name is no
  misread); none when the title is of the other sex than the one person's given name
  (:mod:`index.extract.titled_surnames`) or than the titles before the full name, or an
  office before a surname whose full name bears a consort's title ("President X" beside
  "First Lady Y X"). A surname that ends one full name and stands inside another (a
  first surname, "Chamorro" of "Cristiana Chamorro Barrios") is shared by both.
* An acronym defined in parentheses after a name ("Jaish al-Izza (JAI)") makes the name
  an organisation and gives every use of the acronym the name's id.
* A shorter organisation name whose words all belong to an earlier one ("the
  Federation" after "the Kurdish Red Crescent Federation") gets that one's id.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from index.extract.chunks import TITLE_HEADS
from index.extract.gazetteer import load_gazetteer
from index.extract.people import has_org_word, known_org
from index.extract.person_initials import person_acronym
from index.extract.places import NONE, cue_strength
from index.extract.run_in_names import inner_surnames
from index.extract.shared_surnames import Namesake, choose, misread
from index.extract.titled_surnames import word_before
from index.names import NAME_PARTICLES, name_key

PERSON, ORG, PLACE = "PERSON", "ORG", "PLACE"
_CONNECTORS = NAME_PARTICLES
_SUFFIXES = frozenset({"jr", "sr"})
#: An initial of a given name ("B.", "J.R.", "K").
_INITIAL = re.compile(r"(?:[A-Z]\.?){1,3}")
ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]?[A-Z]{1,6})\)")


@dataclass(slots=True)
class Draft:
    """A mention before linking; ``tokens`` are the words of its surface."""

    start: int
    end: int
    type: str | None  # None: a capitalised name no rule has claimed yet
    text: str
    tokens: tuple[str, ...]
    entity_id: str = ""
    name: str = ""
    country: str | None = None
    small_place: bool = False
    kind: str = ""  # gazetteer kind of a resolved place


def unclaim(draft: Draft) -> None:
    """``draft`` left as a capitalised name no rule has claimed."""
    draft.type, draft.entity_id, draft.name = None, "", ""
    draft.country, draft.small_place, draft.kind = None, False, ""


def link(drafts: list[Draft], text: str) -> None:
    """Resolve short forms in place (after the article-level rules of
    :mod:`index.extract.context`); unclaimed drafts stay with ``type`` None."""
    from index.extract import context  # it builds on Draft: imported late

    context.apply(drafts, text)
    _prefer_places(drafts, text)
    people = _person_names(drafts)
    acronyms = _acronyms(drafts, text, context.no_entity)
    orgs = _Organisations([d for d in drafts if d.type == ORG])
    for draft in drafts:
        if draft.text in acronyms:
            entity_id, name, kind = acronyms[draft.text]
            draft.type, draft.entity_id, draft.name = (kind if entity_id else None), entity_id, name
        elif (
            people
            and (
                draft.type in (None, PERSON)
                or draft.small_place
                or _lone_word_org(draft)
                or _unknown_place(draft)
            )
            and name_key(draft.text) in people
        ):
            person = choose(people[name_key(draft.text)], text, draft.start)
            if person is not None:
                draft.type, draft.country = PERSON, None
                draft.entity_id, draft.name = person
        elif draft.type == ORG:
            longer = orgs.containing(draft)
            if longer is not None and _short_form(draft, longer):
                draft.type, draft.entity_id, draft.name = ORG, longer.entity_id, longer.name


def _short_form(draft: Draft, longer: Draft) -> bool:
    """``draft`` may stand for ``longer``, a name holding its words: not when ``longer``
    is a name of the shipped list made of common words (its short forms are listed
    with it) and ``draft`` is one of them that does not open it: "the House" is no
    short form of the White House, while "Community" is the European Community's,
    "House" the House of Representatives' and a club's word its club's ("United")."""
    if len(draft.tokens) > 1 or has_org_word(draft.tokens):
        return True
    word, gaz = draft.tokens[0], load_gazetteer()
    if word.lower() not in gaz.common_words or longer.tokens[0].lower() == word.lower():
        return True
    others = [t for t in longer.tokens if t.lower() != word.lower()]
    return not all(t.lower() in gaz.common_words for t in others) or (
        known_org(longer.text, gaz) is None
    )


def _lone_word_org(draft: Draft) -> bool:
    """An organisation with no organisation word, not an acronym: a surname the tagger
    misread when a person of that name is named in full in the article ("Brennmoe
    promised...", "De La Fuente/Richardson")."""
    return draft.type == ORG and not draft.text.isupper() and not has_org_word(draft.tokens)


def _unknown_place(draft: Draft) -> bool:
    """A place the gazetteer does not know: a surname read as a place ("against Biden")
    when a person of that name is named in full in the article."""
    return draft.type == PLACE and "@" not in draft.entity_id


def _prefer_places(drafts: list[Draft], text: str) -> None:
    """A name the article also uses as a resolved place is that place ("from X" / "X said"),
    unless a title goes before it as a person somewhere ("President Obama", "Mr. Obama"):
    then it is that person, and so is each of its places that no place's cue vouches for
    ("Obama and Boehner Talk Deficits", a headline; not "in Jackson", "Jackson, Miss.")."""
    places = {name_key(d.text): d for d in drafts if d.type == PLACE and "@" in d.entity_id}
    people = [d for d in drafts if d.type == PERSON and name_key(d.text) in places]
    if not people:
        return  # titles are looked for only where a person's name is also a place's
    titled = {name_key(d.text): d for d in people if _titled(text, d)}
    for draft in drafts:
        key = name_key(draft.text)
        if key not in places:
            continue
        person = titled.get(key)
        if person is not None and draft.type == PLACE:
            if not _place_cued(text, draft):
                draft.type, draft.entity_id, draft.name = PERSON, person.entity_id, person.name
                draft.country, draft.kind, draft.small_place = None, "", False
            continue
        place = places.get(key) if draft.type == PERSON and person is None else None
        if place is not None:
            draft.type, draft.entity_id, draft.name = PLACE, place.entity_id, place.name
            draft.country, draft.kind = place.country, place.kind


def _titled(text: str, draft: Draft) -> bool:
    """A person's title right before the name: "President Obama", "Mr. Obama"."""
    if draft.text.isupper() or not draft.text[:1].isupper() or "." in draft.text:
        return False  # initials ("U.S.") or capitals carry no person's name
    return word_before(text, draft.start) in TITLE_HEADS


def _place_cued(text: str, draft: Draft) -> bool:
    """A place's cue around the name, or a region after it and its comma."""
    region_after = text.startswith(", ", draft.end) and text[draft.end + 2 : draft.end + 3]
    return cue_strength(text, draft.start, draft.end) != NONE or bool(
        region_after and region_after.isupper()
    )


def _person_names(drafts: list[Draft]) -> dict[str, list[Namesake]]:
    """Each trailing part of the article's full names -> the people it ends, in order
    of appearance, with where each is named in full. A generational suffix is no part
    of the surname: "Jackson" ends "Jesse Jackson Jr." as well as "Sandra Jackson"."""
    starts: dict[str, dict[tuple[str, str], list[int]]] = {}
    inner: dict[str, dict[tuple[str, str], list[int]]] = {}
    for draft in drafts:
        if draft.type != PERSON:
            continue
        words = [t for t in draft.tokens if t.lower() not in _CONNECTORS]
        if len(words) < 2:
            continue
        person = (draft.entity_id, draft.name)
        for key in _trailing_keys(draft.tokens):
            starts.setdefault(key, {}).setdefault(person, []).append(draft.start)
        for word in inner_surnames(" ".join(draft.tokens)) if _plain_name(draft) else ():
            if word == words[-2]:  # a first surname, the second one after it
                inner.setdefault(name_key(word), {}).setdefault(person, []).append(draft.start)
    return {key: _in_order(people, inner.get(key, {})) for key, people in starts.items()}


def _plain_name(draft: Draft) -> bool:
    """A full name of four words at most (two given names and two surnames, "Pedro
    Joaquin Chamorro Cardenal"), not a misread: a longer run is a headline's ("Donald
    Trump Rebukes Ruth Bader Ginsburg"), whose inner words are no first surname. Only
    the word before the last is a first surname ("Chamorro" of "Ana Chamorro Ruiz"; not
    "Heyman" of a headline's "Paul Heyman Acknowledges WWE")."""
    words = [t for t in draft.tokens if t.lower() not in _CONNECTORS]
    if len(words) > 4 or misread(draft.name or draft.text) or _verb_form(words[-1]):
        return False
    # after initials the next word is the given name they leave out ("B. Sirisena Cooray")
    return not _INITIAL.fullmatch(words[0])


def _verb_form(word: str) -> bool:
    """A word of a headline's verb in its -s form ("Commends", "Acknowledges"): the
    run before it is a name that a verb carries on, not a name with two surnames."""
    common = load_gazetteer().common_words
    lower = word.lower()
    return lower.endswith("s") and (lower[:-1] in common or lower[:-2] in common)


def _in_order(
    people: dict[tuple[str, str], list[int]], inner: dict[tuple[str, str], list[int]]
) -> list[Namesake]:
    """The namesakes a surname ends, and those it stands inside ("Chamorro" of "Ana
    Chamorro Ruiz", a first surname: :func:`inner_surnames`), in order of appearance:
    a surname that ends one full name and stands inside another (a mother's married
    name and her daughter's first surname) is either's, not only the first's."""
    for person, at in inner.items():
        people.setdefault(person, at)
    return sorted(
        (Namesake(i, name, tuple(at)) for (i, name), at in people.items()),
        key=lambda n: min(n.starts),
    )


def _trailing_keys(tokens: tuple[str, ...]) -> list[str]:
    """The name keys of the trailing parts of a full name, and of the name without its
    generational suffix when it has one ("Jackson Jr.", "Jr.", "Jackson")."""
    keys = [
        name_key(" ".join(tokens[i:])) for i in range(1, len(tokens)) if _surname_start(tokens, i)
    ]
    if len(tokens) > 2 and tokens[-1].lower().rstrip(".") in _SUFFIXES:
        keys += [k for k in _trailing_keys(tokens[:-1]) if k not in keys]
    for i in range(1, len(tokens) - 1):
        other = _SON_OF.get(tokens[i].lower())
        if other is not None:  # "Ibn Khaldun" short for "Abdul Rahman bin Khaldun"
            keys.append(name_key(" ".join((other, *tokens[i + 1 :]))))
    return keys


#: Arabic "son of" written two ways, "bin" and "ibn": one particle, so that a short form
#: with the one ("Ibn Rushd") stands for the full name printed with the other.
_SON_OF = {"bin": "ibn", "ibn": "bin"}


def _surname_start(tokens: tuple[str, ...], i: int) -> bool:
    """A trailing part of a name can start at ``tokens[i]``: a word that is no particle,
    or the first particle of a surname, in capitals or not ("De La Fuente" of "Rocky De
    La Fuente", "de Blasio" of "Bill de Blasio")."""
    if tokens[i].lower() not in _CONNECTORS:
        return True
    return tokens[i - 1].lower() not in _CONNECTORS


def _acronyms(
    drafts: list[Draft], text: str, no_entity: Callable[[str], bool]
) -> dict[str, tuple[str, str, str]]:
    """Abbreviations in brackets after a name ("Kestrel Holdings (KH)") and the
    organisation they stand for (a person's initials the person,
    :mod:`index.extract.person_initials`); a name that is no entity, or whose
    abbreviation is none ("Bitcoin (BTC)", "Value Added Tax (VAT)"), makes its
    abbreviation no entity either (an empty id: the drafts so written are left
    unclaimed), and the type is the entity's."""
    found: dict[str, tuple[str, str, str]] = {}
    brackets = "(" in text
    for draft in drafts:
        initials = person_acronym(draft, drafts, text) if draft.type == PERSON else None
        if initials is not None:
            found[initials] = (
                draft.entity_id or name_key(draft.text),
                draft.name or draft.text,
                PERSON,
            )
            continue
        if not brackets:
            continue
        match = ACRONYM_AFTER.match(text, draft.end)
        if match is None or draft.type == PLACE or draft.text == match.group(1):
            continue
        acronym = match.group(1)
        if no_entity(draft.text) or (no_entity(acronym) and _spelled_out(draft, acronym)):
            found[acronym] = ("", "", ORG)  # no entity either, nor is the name written out
            unclaim(draft)
            continue
        if draft.type != ORG and not _initials_fit(draft.tokens, acronym):
            continue
        if draft.type != ORG:
            draft.type, draft.entity_id, draft.name = ORG, name_key(draft.text), draft.text
        found[acronym] = (draft.entity_id, draft.name, ORG)
    return found


#: Last words of a body's name that the organisation words leave out.
_BODY_HEADS = frozenset("team teams panel group unit force".split())


def _spelled_out(draft: Draft, acronym: str) -> bool:
    """The name is the abbreviation's words written out ("Value Added Tax (VAT)"), not
    a company that a ticker follows ("VARITY (VAT)")."""
    return (
        len(draft.tokens) > 1
        and not has_org_word(draft.tokens)
        and draft.tokens[-1].lower() not in _BODY_HEADS  # "Definition Team (MDT)"
        and _initials_fit(draft.tokens, acronym)
    )


def _initials_fit(tokens: tuple[str, ...], acronym: str) -> bool:
    letters = "".join(c for c in acronym if c.isupper())
    bare = "".join(t.split("-")[-1][0] for t in tokens if t.lower() not in _CONNECTORS)
    full = "".join(part[0] for t in tokens for part in t.split("-"))
    return any(i.upper() in (letters, letters[: len(i)]) for i in (bare, full) if i)


class _Organisations:
    """The article's organisations (in text order), found by their words: the
    first one holding every word of a shorter name. Each name's words are
    looked up once, in the list of organisations holding its rarest word, so
    an article naming thousands of organisations is linked in time in
    proportion to them, not to their square."""

    def __init__(self, orgs: list[Draft]) -> None:
        self.orgs = orgs
        self.words = [frozenset(t.lower() for t in org.tokens) for org in orgs]
        self.holding: dict[str, list[int]] = {}
        for index, words in enumerate(self.words):
            for word in words:
                self.holding.setdefault(word, []).append(index)
        self.first: dict[tuple[frozenset[str], int], int] = {}

    def containing(self, draft: Draft) -> Draft | None:
        """The first organisation, not after draft, with more words than it
        and every one of its words; None when there is none."""
        words = frozenset(t.lower() for t in draft.tokens)
        key = (words, len(draft.tokens))
        if key not in self.first:
            self.first[key] = self._first_holding(words, len(draft.tokens))
        index = self.first[key]
        org = self.orgs[index] if index >= 0 else None
        return org if org is not None and org.start <= draft.start else None

    def _first_holding(self, words: frozenset[str], count: int) -> int:
        postings = [self.holding.get(word, []) for word in words]
        candidates = min(postings, key=len) if postings else range(len(self.orgs))
        for index in candidates:
            if len(self.orgs[index].tokens) > count and words <= self.words[index]:
                return index
        return -1
