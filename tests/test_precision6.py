"""Kinds of misread names fixed in round 6 of issue 14 item 5: a competition the tagger
reads as such though a rule word calls it an organisation, a club read as a lone
person, a common word capitalised only where sentences open, a given name with a bare
middle initial, and a device written with its version or noun. All text here is
written for these tests."""

from __future__ import annotations

from helpers import mention_at as _at

from index.extract.entities import extract_entities
from index.extract.gazetteer import load_gazetteer
from index.extract.linking import Draft
from index.extract.name_repairs import repair
from index.extract.products import products
from index.extract.recognise import _unnamed_events
from index.extract.senses import one_sense
from index.extract.tagger import Span
from index.records import ORG, Mention


def _read(text: str) -> list[tuple[str, str]]:
    return [(m.type, m.text) for m in extract_entities(text)]


def test_a_competition_the_tagger_reads_as_one_is_no_organisation() -> None:
    assert _read("Rovers hope to reach the Champions League final in May.") == []
    text = "Tarnbury hope to qualify for the Europa League next season."
    assert ("ORG", "Europa League") not in _read(text)
    # a body with the same word, which the tagger reads as a body, stays
    assert _read("The Lumber Workers League said on Monday it would strike.") == [
        ("ORG", "Lumber Workers League")
    ]


def test_a_town_read_as_a_lone_person_with_a_club_cue_is_the_club() -> None:
    assert _read("Injured Chelsea winger Arjen Robben will miss the game.") == [
        ("ORG", "Chelsea"),
        ("PERSON", "Arjen Robben"),
    ]
    text = "The region voted. Chelsea have won all their games since March."
    mentions = [_at(text, "Chelsea", "PERSON")]
    assert [(m.type, m.text) for m in one_sense(mentions, text)] == [("ORG", "Chelsea")]


def test_a_lone_person_with_no_club_cue_or_no_town_name_stays() -> None:
    text = "Chelsea said she would move to the coast next year, her agent added."
    mentions = [_at(text, "Chelsea", "PERSON")]
    assert one_sense(mentions, text) == mentions
    text = "The region voted. Marlowe have won all their games since March."  # no town
    mentions = [_at(text, "Marlowe", "PERSON")]
    assert one_sense(mentions, text) == mentions
    text = "Chelsea Vane, the Bristol winger, scored. Chelsea have been quiet since."
    full = _at(text, "Chelsea Vane", "PERSON")
    lone = _at(text, "Chelsea", "PERSON", nth=1, entity=full.entity_id)
    lone = Mention(lone.start, lone.end, "PERSON", "Chelsea", full.entity_id, "Chelsea Vane")
    assert one_sense([full, lone], text)[1].type == "PERSON"  # linked to a full name


def test_a_word_capitalised_only_where_a_sentence_opens_is_a_common_word() -> None:
    text = 'Fans call it "podcasting". Podcasting takes its name from radio.'
    mentions = [_at(text, "Podcasting", "PERSON")]
    assert one_sense(mentions, text) == []
    text = "Sales rose.\nPodcasting grew too, and podcasting firms hired."
    assert one_sense([_at(text, "Podcasting", "PERSON")], text) == []


def test_a_lone_name_capitalised_inside_a_sentence_stays_though_the_word_is_common() -> None:
    text = "Brook met officials on Monday, and Brook said brook trout were rare."
    mentions = [_at(text, "Brook", "PERSON"), _at(text, "Brook", "PERSON", nth=1)]
    assert one_sense(mentions, text) == mentions
    text = "Mr Brook met officials on Monday. Brook said brook trout were rare."  # titled
    mentions = [_at(text, "Brook", "PERSON"), _at(text, "Brook", "PERSON", nth=1)]
    assert one_sense(mentions, text) == mentions


def test_a_given_name_a_bare_initial_and_a_surname_are_one_person() -> None:
    assert _read("George W Bush will display a new approach.") == [("PERSON", "George W Bush")]
    text = "Voters backed Jo K Hale on Monday."
    mentions = repair([_at(text, "Jo", "PERSON")], text)
    assert [(m.type, m.text, m.name) for m in mentions] == [("PERSON", "Jo K Hale", "Jo K Hale")]
    mentions = repair([_at(text, "Jo K Hale", "ORG")], text)
    assert [(m.type, m.text) for m in mentions] == [("PERSON", "Jo K Hale")]


def test_no_bare_initial_where_a_name_or_a_non_given_word_goes_on() -> None:
    text = "Voters backed Jo K Hale Street on Monday."  # a longer name goes on
    assert repair([_at(text, "Jo", "PERSON")], text)[0].text == "Jo"
    text = "Shares of Tarnex A Holdings rose."  # no given name
    assert repair([_at(text, "Tarnex", "ORG")], text)[0].text == "Tarnex"


def test_a_word_written_before_a_device_version_or_noun_is_a_product() -> None:
    text = "Tarnco has led with its Tarnbox 2, and the Tarnbox 3 was rumoured. Tarnbox sold."
    mentions = [_at(text, "Tarnco", "ORG"), _at(text, "Tarnbox", "ORG", nth=2)]
    assert products(mentions, text) == set()  # no cue at the mentions read
    mentions.insert(1, _at(text, "Tarnbox", "ORG", nth=1))
    assert products(mentions, text) == {"Tarnbox"}
    text = "Details of the next Tarnbox games console are out."
    assert products([_at(text, "Tarnbox", "ORG")], text) == {"Tarnbox"}


def test_a_score_or_a_number_of_things_is_no_device_version() -> None:
    for text in (
        "Tarnbury 2 Elmford 1.",
        "Tarnbury 2-1 Elmford.",
        "Tarnbury 3 and Elmford 1.",
        "Tarnbury 2 goals down, they fought back.",
        "Result:\nTarnbury 2, Elmford 0.",
        "Rider Lee (Wales) Tarnbury 4 hours 2 seconds.",
        "Rider Lee of the Tarnbury 4 hours team.",
        "Aid was 28.1 pct in the EC and the Tarnbury 5.4 pct.",  # a figure
        "Aid rose in the EC, and the Tarnbury 5 pct.",
    ):
        assert products([_at(text, "Tarnbury", "ORG")], text) == set(), text


def test_only_a_last_word_naming_bodies_and_competitions_yields_to_the_tagger() -> None:
    # "The Tarnian Import Tribunal ruled, before the Tarnian Cup final."
    drafts = [
        Draft(4, 27, ORG, "Tarnian Import Tribunal", ("Tarnian", "Import", "Tribunal")),
        Draft(46, 57, ORG, "Tarnian Cup", ("Tarnian", "Cup")),
    ]
    misc = [Span(4, 27, "MISC"), Span(46, 57, "MISC")]
    _unnamed_events(drafts, misc, load_gazetteer())
    assert [d.type for d in drafts] == [ORG, None]
