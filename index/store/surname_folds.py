"""A surname shown alone, folded into the one full name of the archive that bears it.

Within an article, "Mr Trump" joins the "Donald Trump" named earlier (linking). An
article that never names him in full leaves a person "Trump" of its own, and the
person facet shows both. Over the whole archive the two are joined when nothing
says otherwise: the archive writes one full name with that surname far more than
any other ("Donald Trump", not "Ivanka Trump"), and that person is also written
by the surname alone where an article names him in full. Two bearers of like
weight ("Bill Clinton", "Hillary Clinton") fold nothing: the surname alone stays
a value of its own; so does a word the archive reads as a place or an organisation in
more articles than as a person ("Phillips", the oil company, beside a "Susan
Phillips"). The alias file's names kept apart never fold.

The folds are worked out afresh from the entity table at every commit (so an
index updated article by article folds as one built afresh) and stored in the
lookup file; the query side counts a folded surname's articles with its full
name's and finds them with it (``search.surname_folds``).
"""

from __future__ import annotations

from collections.abc import Iterable

from index.names import fold_name, name_key
from index.records import PERSON, Entity

#: The share of the articles of all full names bearing the surname that the chosen
#: full name must have: four in five.
FOLD_SHARE = 0.8
#: The fewest articles the chosen full name must have: one article is no evidence of
#: whom an archive means by the surname alone.
MIN_ARTICLES = 2
#: The most words a full name may have; longer ones are names run together ("John
#: Bolton Richard Grenell Dina Powell"), no one person.
LONGEST_NAME = 4


def surname_folds(entities: Iterable[Entity]) -> dict[str, str]:
    """Person ids of surnames alone -> the id of the full name each folds into."""
    listed = list(entities)
    people = [e for e in listed if e.type == PERSON and "~" not in e.id]
    things: dict[str, int] = {}  # the articles of the places and bodies of each name key
    for entity in listed:
        if entity.type != PERSON:
            key = name_key(entity.name)
            things[key] = max(things.get(key, 0), entity.articles)
    bearers: dict[str, list[Entity]] = {}
    for entity in people:
        words = _words(entity.name)
        if 1 < len(words) <= LONGEST_NAME:
            bearers.setdefault(name_key(words[-1]), []).append(entity)
    folds: dict[str, str] = {}
    for entity in people:
        words = _words(entity.name)
        key = name_key(entity.name)
        if len(words) != 1 or len(key) < 2 or things.get(key, 0) > entity.articles:
            continue  # the archive reads the word as a body or place more often
        head = _head(entity, bearers.get(key, []))
        if head is not None:
            folds[entity.id] = head.id
    return folds


def _words(name: str) -> list[str]:
    return name.replace("-", " ").split()


def _head(alone: Entity, bearers: list[Entity]) -> Entity | None:
    """The full name the surname alone stands for, if one person dominates and the
    archive writes that person by the surname too. Full names with the same first name
    count as one person ("Donald Trump", "Donald J. Trump")."""
    people: dict[str, list[Entity]] = {}
    for entity in bearers:
        people.setdefault(name_key(_words(entity.name)[0]), []).append(entity)
    if not people:
        return None
    weight = {first: sum(e.articles for e in named) for first, named in people.items()}
    first = min(people, key=lambda f: (-weight[f], f))
    head = min(people[first], key=lambda e: (-e.articles, -e.mentions, e.id))
    if weight[first] < MIN_ARTICLES or weight[first] < FOLD_SHARE * sum(weight.values()):
        return None
    surname = fold_name(alone.name)
    if not any(fold_name(spelling) == surname for spelling in head.variants):
        return None  # never written so: the surname alone may be anyone's
    return head
