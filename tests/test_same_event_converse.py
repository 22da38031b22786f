"""Two events of one occasion under one template, told apart by a verb turned
into its converse (index.converse, asked by search.reprints.is_reprint), on
texts written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from index.converse import turned_round
from index.fingerprints import shingle_set
from index.particulars import same_event
from search.reprints import is_reprint

# One opening, the message's direction the only change; each message's own body.
SENT = (
    "Marta Lindqvist, foreign minister of Eastmark, on Saturday sent a message of "
    "greeting to Tomas Arendt, foreign minister of Westvale, on the occasion of the "
    "40th anniversary of the establishment of diplomatic relations between the two "
    "countries."
)
HERS = (
    "The message said that the two countries had worked closely together in trade, "
    "shipping and culture for the past 40 years.\n\nLindqvist in the message wished "
    "the people of Westvale success in building the Harrow Bay bridge under the "
    "leadership of Prime Minister Ida Kroll."
)
HIS = (
    "The message said the ties between Westvale and Eastmark had grown in depth in "
    "every field for 40 years.\n\nIt said the friendship was steadily developing "
    "under the guidance of President Olav Brenn and Prime Minister Ida Kroll."
)
RECEIVED = SENT.replace("sent a message", "received a message").replace(" to Tomas", " from Tomas")
# The same message told from its other end: the roles swapped with the verb.
OTHER_END = (
    "Tomas Arendt, foreign minister of Westvale, on Saturday received a message of "
    "greeting from Marta Lindqvist, foreign minister of Eastmark, on the occasion of "
    "the 40th anniversary of the establishment of diplomatic relations between the "
    "two countries."
)
MINE = f"{SENT}\n\n{HERS}"
THEIRS = f"{RECEIVED}\n\n{HIS}"
# A visit's first and last day: the same delegation, the same welcome line.
VISIT = (
    "A delegation of the Northmoor Farmers' Union headed by its chairman Erik Saltvik "
    "{verb} Riverton by air on a five-day visit to study the Kessel irrigation scheme.\n\n"
    "The delegation was {met} at Riverton airport by Hanna Veld, vice-chairwoman of the "
    "Riverton Agricultural Committee, and officials concerned."
)
ARRIVED = VISIT.format(verb="arrived in", met="welcomed")
LEFT = VISIT.format(verb="left", met="seen off")
DAY = date(2025, 6, 8)
SOURCES = ("ledger.example", "courier.example")


def _folded(body: str, text: str, sources: tuple[str, str] = ("", "")) -> bool:
    return is_reprint(body, shingle_set(body), DAY, text, DAY, sources=sources)


def test_a_message_sent_and_the_message_received_are_two_events() -> None:
    # The rules of particulars alone fold them (the same names, the same anniversary).
    assert same_event(MINE, THEIRS, same_day=True)
    assert turned_round(MINE, THEIRS)
    assert not _folded(MINE, THEIRS)
    assert not _folded(THEIRS, MINE)
    assert not _folded(MINE, THEIRS, SOURCES)


def test_one_message_told_from_its_two_ends_folds() -> None:
    # The roles swapped with the verb: the same message, the subject changed.
    assert not turned_round(MINE, f"{OTHER_END}\n\n{HERS}")
    assert _folded(MINE, f"{OTHER_END}\n\n{HERS}")


def test_a_visits_arrival_and_departure_are_two_events() -> None:
    assert same_event(ARRIVED, LEFT)
    assert turned_round(ARRIVED, LEFT)
    assert not _folded(ARRIVED, LEFT)
    assert not _folded(LEFT, ARRIVED)
    # Two outlets' notices: the arrival is carried in the departure (the same
    # words but two) and no paragraph disagrees; the converse keeps them apart.
    assert not _folded(ARRIVED, LEFT, SOURCES)


def test_a_reprint_keeping_the_verb_folds() -> None:
    copy = MINE.replace("Saturday", "Saturday,").replace(
        "shipping and culture", "shipping, culture"
    )
    assert not turned_round(MINE, copy)
    assert _folded(MINE, copy)
    assert _folded(ARRIVED, ARRIVED.replace("by air", "by plane"))


def test_the_converse_with_the_subject_changed_is_one_event_from_its_other_end() -> None:
    # The verb and the roles turned together: one message, not an exchange.
    first = "Ida Kroll received a message of thanks from Olav Brenn on Monday."
    second = "Olav Brenn sent a message of thanks to Ida Kroll on Monday."
    assert not turned_round(first, second)
    assert turned_round(
        first,
        second.replace("Olav Brenn sent", "Ida Kroll sent").replace(
            "to Ida Kroll", "to Olav Brenn"
        ),
    )


def test_under_a_dateline_the_same_holds() -> None:
    dated = "Eastmark City, June 8 (EPA) -- "
    assert turned_round(dated + MINE, dated + THEIRS)
    assert not turned_round(dated + MINE, dated + OTHER_END + "\n\n" + HERS)


def test_a_converse_word_outside_the_changed_stretch_is_no_sign() -> None:
    # "arrived" and "left" both in each opening: no stretch holds one side alone.
    first = "The envoy arrived on Monday and left on Tuesday after talks with Ida Kroll."
    second = "The envoy arrived on Monday and left on Tuesday after meeting Ida Kroll."
    assert not turned_round(first, second)


def test_an_arrival_home_and_a_return_home_are_one_event() -> None:
    # Arriving home or back is returning: the two wordings tell one event, not its converse.
    home = (
        "A delegation of the Northmoor Farmers' Union headed by its chairman Erik Saltvik "
        "{verb} on Monday after a five-day visit to study the Kessel irrigation scheme."
    )
    arrived = home.format(verb="arrived back in Northmoor")
    returned = home.format(verb="returned to Northmoor")
    assert not turned_round(arrived, returned)
    assert not turned_round(home.format(verb="arrived home"), home.format(verb="returned home"))
    # Arriving here and returning home are still the visit's two ends.
    assert turned_round(home.format(verb="arrived here"), home.format(verb="returned home"))


def test_the_openings_memo_keeps_no_whole_article(monkeypatch: pytest.MonkeyPatch) -> None:
    # The memo of openings is keyed by what it is handed: no more than the part read.
    import index.converse as converse

    handed: list[int] = []
    opening_words = converse._opening_words
    monkeypatch.setattr(
        converse, "_opening_words", lambda text: handed.append(len(text)) or opening_words(text)
    )
    long_text = ARRIVED + "\n\n" + "The delegation toured the farms. " * 10_000
    turned_round(long_text, LEFT)
    assert handed and max(handed) <= converse.MAX_CHARS < len(long_text)
