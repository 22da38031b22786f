"""The tagger is not asked to read a run the rules are already sure of
(:func:`index.extract.recognise._settled`): the rule's reading stands in for it."""

from __future__ import annotations

import pytest

import index.extract.vetting as vetting
from index.extract.recognise import recognise
from index.extract.tagger import Span
from index.records import ORG, PLACE

TEXT = "On Tuesday, the Bank of Japan held its rates; analysts expect Keiko Tanaka to speak."


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every run the tagger is asked to read."""
    seen: list[str] = []
    read_run = vetting.run_names

    def recording(read: vetting.Read, run: vetting.Run) -> list[Span]:
        seen.append(" ".join(read.words[run.start : run.stop]))
        return read_run(read, run)

    monkeypatch.setattr(vetting, "run_names", recording)
    return seen


def test_a_settled_run_gets_the_rules_reading_and_no_tagger_call(asked: list[str]) -> None:
    start = TEXT.index("Bank")
    end = start + len("Bank of Japan")
    spans = vetting.tag_for_vetting(TEXT, {(start, end): "ORG"})
    assert Span(start, end, "ORG") in spans
    assert "Bank of Japan" not in asked
    assert "Keiko Tanaka" in asked  # a run the rules are not sure of is still read


def test_without_settled_runs_the_tagger_reads_every_run(asked: list[str]) -> None:
    vetting.tag_for_vetting(TEXT)
    assert "Bank of Japan" in asked


def test_recognise_spares_the_tagger_a_country(asked: list[str]) -> None:
    """A country is a name the rules are sure of."""
    found = recognise("On Tuesday, officials in Japan held rates; Keiko Tanaka spoke.")
    assert "Japan" not in asked
    assert any(m.text == "Japan" and m.type == PLACE for m in found)


def test_an_organisation_of_several_words_is_still_read(asked: list[str]) -> None:
    """The words of what the tagger reads as an organisation vouch for a lone common word
    as its short form ("the Bank"), so its reading still counts, however sure the rules
    are of the organisation."""
    found = recognise(TEXT)
    assert "Bank of Japan" in asked
    assert any(m.text == "Bank of Japan" and m.type == ORG for m in found)


def test_an_organisation_named_by_a_competition_word_is_still_read(asked: list[str]) -> None:
    """The tagger's reading of it as an event can unclaim it (``_unnamed_events``), so
    the tagger is still asked, however sure the rules are."""
    recognise("On Sunday, the Tarn Football League met; analysts expect Keiko Tanaka to speak.")
    assert "Tarn Football League" in asked
