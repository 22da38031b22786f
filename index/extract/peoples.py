"""Names of a people, a community, a nationality or a language: no place, person or body.

An ethnonym, a demonym or a language's name ("Sinhala", "the Sinhalese", "Tamils",
"Sri Lankans", "Sri Lankan Tamils", "Kurds", "Pashtuns", "Malays") names a group of
people or a tongue, never one place, one person or one body, whatever the tagger reads
it as. Read here as such:

* a language of ``index/data/languages.tsv`` (the ISO 639-1 languages' English names,
  by ``scripts/build_languages.py``), a people of ``index/data/peoples.tsv``
  (hand-written) or a language or a religious group of ``index/data/non_entities.tsv``,
  alone or in the plural ("Tamils", "Kurds"), a plural that is a place's name aside
  ("Laos", Lao's);
* a demonym of the gazetteer's countries (``countries.tsv``) before such a word or
  another demonym ("Sri Lankan Tamils", "Indian Muslims", "British Pakistani");
* a demonym's plural alone ("Sri Lankans", "Afghans"), unless the article writes it
  after a place's name too, a team's name ("Cleveland Indians", "London Irish") whose
  short form it is.

A single word so read that is the surname of a person the article names in full ("Edith
Masai", "Qandeel Baloch") is that person's, and stays.

A demonym alone in the singular is left to :mod:`index.extract.vetting` and
:mod:`index.extract.not_bodies`, and a name of several words that only holds such a word
("Tamil Nadu", "Kurdistan Workers' Party", "Malay Mail") is not matched, names being
matched whole. Applied by :func:`index.extract.context.apply` to the drafts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from index.extract.gazetteer import CITY, load_gazetteer
from index.names import fold_name

#: The kinds of ``non_entities.tsv`` that name a group of people or a language.
_GROUP_KINDS = frozenset({"language", "religious group"})
if TYPE_CHECKING:
    from index.extract.linking import Draft

PERSON = "PERSON"
BIG_CITY = 100_000
_WORD_BEFORE = re.compile(r"([A-Z][\w.'’-]*)[ \t]+\Z")


def _rows(name: str) -> list[list[str]]:
    text = resources.files("index").joinpath(f"data/{name}").read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and line[0] != "#"]


@lru_cache(maxsize=1)
def group_words() -> frozenset[str]:
    """The folded names of languages, peoples and religious groups."""
    listed = [r[0] for r in _rows("non_entities.tsv") if len(r) > 1 and r[1] in _GROUP_KINDS]
    shipped = [r[0] for name in ("languages.tsv", "peoples.tsv") for r in _rows(name)]
    return frozenset(fold_name(n) for n in listed + shipped)


def _group_word(folded: str) -> bool:
    """A group's or a language's name, or its plural unless a place's ("Laos")."""
    words = group_words()
    if folded in words:
        return True
    return folded.endswith("s") and folded[:-1] in words and not gazetteer_place(folded)


def gazetteer_place(name: str) -> bool:
    """``name`` is the name of a country, a division or a city of 100,000 people or more
    of the gazetteer (not one of its alternate names)."""
    folded = fold_name(name)
    for place in load_gazetteer().places_for_key(name):
        if fold_name(place.name) == folded and (place.kind != CITY or place.population >= BIG_CITY):
            return True
    return False


def _demonym_plural(folded: str) -> bool:
    return folded.endswith("s") and folded[:-1] in load_gazetteer().demonyms


@lru_cache(maxsize=1)
def _last_words() -> frozenset[str]:
    """The last words of the names :func:`group_kind` reads, and their plurals."""
    names = group_words() | frozenset(load_gazetteer().demonyms)
    words = {n.replace("-", " ").rsplit(" ", 1)[-1] for n in names}
    return frozenset(words | {w + "s" for w in words})


GROUP, DEMONYMS = 1, 2  # what :func:`group_kind` says a name is


@lru_cache(maxsize=1 << 14)
def group_kind(surface: str) -> int:
    """GROUP: ``surface`` is a language's, a people's or a community's name, or a
    demonym's before one ("Sri Lankan Tamils"); DEMONYMS: a demonym's plural ("Sri
    Lankans"); else 0. Memoised: it is asked of every name, and names recur."""
    last = surface.rsplit(" ", 1)[-1].rsplit("-", 1)[-1].lower()
    if last not in _last_words() or not surface[:1].isupper():
        return 0  # most names: no group's word last, no folding
    folded = fold_name(surface)
    if _group_word(folded):
        return GROUP
    demonyms = load_gazetteer().demonyms
    if folded.endswith("s") and folded[:-1] in demonyms:
        return DEMONYMS
    head, _, last = folded.rpartition(" ")
    if head in demonyms and (_group_word(last) or last in demonyms or _demonym_plural(last)):
        return GROUP
    return 0


def group_name(surface: str) -> bool:
    """``surface`` names a people, a community or a language whatever the article."""
    return group_kind(surface) == GROUP


def team_name(surface: str, text: str) -> bool:
    """The article writes ``surface`` after a place's name ("Cleveland Indians")."""
    gaz = load_gazetteer()
    for match in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if before is None:
            continue
        folded = fold_name(before.group(1))
        if folded not in gaz.common_words and gaz.places_for_key(before.group(1)):
            return True
    return False


def no_group(surface: str, text: str, drafts: Sequence[Draft]) -> bool:
    """A draft's ``surface`` names a people, a community or a language in ``text``,
    not the surname of a person the ``drafts`` name in full ("Edith Masai", "Qandeel
    Baloch")."""
    kind = group_kind(surface)
    if kind == DEMONYMS:
        return not team_name(surface, text)
    return kind == GROUP and not (
        " " not in surface
        and any(d.type == PERSON and len(d.tokens) > 1 and d.tokens[-1] == surface for d in drafts)
    )
