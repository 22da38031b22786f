"""The entity table (index/store/entity_table.py) keeps the display names it made
until an entity's tally changes: a table read, changed and read again gives what a
table built from the same rows in one go gives."""

from __future__ import annotations

from index.records import ORG, PLACE, ContributionRow
from index.store.entity_table import EntityTable

PARIS: list[ContributionRow] = [(PLACE, "paris@FR", "Paris", "Paris", "FR", 2)]
PARIS_CAPS: list[ContributionRow] = [(PLACE, "paris@FR", "PARIS", "Paris", "FR", 1)]
OPEC: list[ContributionRow] = [(ORG, "opk", "OPEC", "OPEC", "", 1)]
OPEC_NAMED: list[ContributionRow] = [
    (ORG, "opk", "Organization of the Petroleum Exporting Countries", "Opec", "", 3)
]


def built(*articles: list[ContributionRow]) -> EntityTable:
    table = EntityTable()
    for rows in articles:
        table.add(rows)
    return table


def snapshot(table: EntityTable) -> tuple[object, ...]:
    return (table.entities(), table.lookups(), table.spellings(), table.to_json())


def test_display_names_follow_changes_after_being_read() -> None:
    table = built(PARIS_CAPS, OPEC)
    assert {e.id: e.name for e in table.entities()} == {"paris@FR": "Paris", "opk": "OPEC"}
    table.add(PARIS)
    table.add(OPEC_NAMED)
    assert {e.id: e.name for e in table.entities()} == {"paris@FR": "Paris", "opk": "Opec"}
    assert snapshot(table) == snapshot(built(PARIS_CAPS, OPEC, PARIS, OPEC_NAMED))
    table.subtract(OPEC_NAMED)
    assert snapshot(table) == snapshot(built(PARIS_CAPS, OPEC, PARIS))
    table.subtract(OPEC)
    assert [e.id for e in table.entities()] == ["paris@FR"]
    assert snapshot(table) == snapshot(built(PARIS_CAPS, PARIS))


def test_a_surname_alone_finds_the_person_in_each_spelling_the_archive_gives() -> None:
    from index.names import name_key
    from index.records import PERSON

    rows: list[ContributionRow] = [
        (PERSON, "omarabdkarim", "Omar Abdel Karim", "Omar Abdel Karim", "", 1),
        (PERSON, "omarabdkarim", "Omar Abdulkarim", "Omar Abdulkarim", "", 2),
    ]
    _names, surnames = built(rows).lookups()
    for word in ("Karim", "Abdulkarim"):
        assert surnames[PERSON][name_key(word)] == ["omarabdkarim"], word
    assert name_key("Omar") not in surnames[PERSON]


def test_a_place_the_archive_writes_only_in_capitals_shows_the_gazetteers_name() -> None:
    rows: list[ContributionRow] = [(PLACE, "oakbrook@US", "OAK BROOK", "Oak Brook", "US", 3)]
    table = built(rows)
    assert [e.name for e in table.entities()] == ["Oak Brook"]
    table.add([(PLACE, "oakbrook@US", "Oak brook", "Oak Brook", "US", 1)])
    assert [e.name for e in table.entities()] == ["Oak brook"]  # a written spelling wins
