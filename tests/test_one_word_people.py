"""The person facet leaves out people named by one word only (search.one_word_people):
such values over the labelled news corpora were nearly all companies, places or a name
several people share. Made-up entities and counts, no index needed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from index.records import Entity
from index.store.schema import COUNTRY, ENTITY_FIELDS, MONTH, SOURCE, SPEAKER
from search.facets import facet_counts
from search.one_word_people import listed_in_person_facet

NAMES = {
    "odalys-brenner": "Odalys Brenner",
    "quillfeather": "Quillfeather",  # a software maker the tagger read as a person
    "tavish-orme": "Tavish Orme",
    "pemberly": "Pemberly",  # a surname alone two people share
    "ines-d-arcy": "Ines d'Arcy",
    "corvin-hale": "Corvin Hale",
}


def _entity(entity_id: str, kind: str) -> Entity:
    return Entity(entity_id, kind, NAMES[entity_id], articles=1, mentions=1)


def _fetch(kind: str, ids: list[str]) -> Mapping[str, Entity]:
    return {i: _entity(i, kind) for i in ids if i in NAMES}


def _facets(people: dict[str, int], size: int) -> tuple[list[str], list[str]]:
    counts: dict[str, Counter[str]] = {f: Counter() for f in ENTITY_FIELDS.values()}
    counts[ENTITY_FIELDS["PERSON"]] = Counter(people)
    counts[SPEAKER] = Counter(people)
    for field in (COUNTRY, SOURCE, MONTH):
        counts[field] = Counter()
    facets = facet_counts(counts, _fetch, {}, size)
    return [v.value for v in facets.person], [v.value for v in facets.speaker]


def test_a_name_of_two_words_is_listed_and_one_word_is_not() -> None:
    assert listed_in_person_facet(_entity("odalys-brenner", "PERSON"))
    assert listed_in_person_facet(_entity("ines-d-arcy", "PERSON"))
    assert not listed_in_person_facet(_entity("quillfeather", "PERSON"))
    assert not listed_in_person_facet(_entity("pemberly", "PERSON"))


def test_the_person_facet_fills_the_place_of_a_one_word_name_from_further_down() -> None:
    people = {"quillfeather": 9, "odalys-brenner": 7, "pemberly": 5, "tavish-orme": 4}
    people |= {"ines-d-arcy": 2, "corvin-hale": 1}
    shown, speakers = _facets(people, size=3)
    assert shown == ["Odalys Brenner", "Tavish Orme", "Ines d'Arcy"]
    # the speaker facet is left as it was
    assert speakers == ["Quillfeather", "Odalys Brenner", "Pemberly"]


def test_ties_at_the_border_are_broken_the_same_way_after_a_name_is_left_out() -> None:
    people = {"quillfeather": 3, "odalys-brenner": 3, "corvin-hale": 2, "tavish-orme": 2}
    shown, _ = _facets(people, size=2)
    # Corvin Hale and Tavish Orme tie on articles and mentions: the name decides
    assert shown == ["Odalys Brenner", "Corvin Hale"]
