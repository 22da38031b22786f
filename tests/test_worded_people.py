"""The person facet leaves out a name of everyday words whose last word the archive never
uses alone for a person (``search.worded_people``). Made-up names and an archive of them."""

from __future__ import annotations

import fnmatch

from index.names import fold_name
from index.records import Entity
from search.facets import listing
from search.worded_people import of_everyday_words


class FakeLookups:
    """An archive's entities by type, answering as ``index.store.lookups.Lookups``."""

    def __init__(self, entities: list[Entity]) -> None:
        self.all = entities

    def ids_for_spelling(self, kind: str, folded: str) -> list[str]:
        return [e.id for e in self.all if e.type == kind and fold_name(e.name) == folded]

    def entities(self, kind: str, ids: list[str]) -> dict[str, Entity]:
        return {e.id: e for e in self.all if e.type == kind and e.id in ids}

    def names_spelt_from(self, kind: str, letter: str, pattern: str = "*") -> list[str]:
        found = [e.name for e in self.all if e.type == kind]
        spelt = [n for n in found if fold_name(n).startswith(letter)]
        return [n for n in spelt if fnmatch.fnmatchcase(n, pattern)]


def _person(name: str, variants: dict[str, int] | None = None) -> Entity:
    return Entity(f"p:{name}", "PERSON", name, articles=3, variants=variants or {}, mentions=5)


ARCHIVE = [
    _person("Marsh"),
    _person("Marguerite Walden"),
    _person("Osric Tallow"),
    _person("Rose Fairbairn"),
]


def test_a_name_of_everyday_words_never_used_alone_is_no_person() -> None:
    names = FakeLookups(ARCHIVE)
    assert of_everyday_words(_person("Farming Reporter"), names)  # a desk's byline
    assert of_everyday_words(_person("Silver Bay Stadium"), names)  # a ground
    assert of_everyday_words(_person("Quick Guide"), names)  # a page's label


def test_a_person_named_by_everyday_words_keeps_the_value() -> None:
    names = FakeLookups(ARCHIVE)
    # named by the surname alone in another mention of the archive ("Brown said")
    assert not of_everyday_words(_person("Carol Grant", {"Carol Grant": 3, "Grant": 2}), names)
    # a person of the archive spelled by the last word alone
    assert not of_everyday_words(_person("Grant Marsh"), names)
    # a given name another person of the archive has
    assert not of_everyday_words(_person("Rose Stone"), names)
    assert of_everyday_words(_person("Farming Stone"), names)
    # a word that is no everyday word, one word only, or a word not capitalised
    assert not of_everyday_words(_person("Osric Reporter"), names)
    assert not of_everyday_words(_person("Reporter"), names)
    assert not of_everyday_words(_person("Farming bay Stadium"), names)


def test_the_person_facet_listing_applies_the_rule() -> None:
    names = FakeLookups(ARCHIVE)
    listed = listing(names)["PERSON"]
    assert not listed(_person("Farming Reporter"))
    assert listed(_person("Carol Grant", {"Grant": 2}))
    assert listed(_person("Osric Tallow"))
