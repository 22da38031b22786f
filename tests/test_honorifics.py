"""Honorific titles are cut from people's names (index/extract/honorifics.py), on short
texts written for these tests."""

from __future__ import annotations

from index.extract.attributions import plain_name
from index.extract.entities import extract_entities
from index.extract.quotes import extract_quotes


def _people(text: str) -> set[str]:
    return {m.name for m in extract_entities(text) if m.type == "PERSON"}


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text, extract_entities(text))]


def test_a_graded_malay_title_is_cut_from_a_person() -> None:
    text = "Trade Minister Datuk Seri Azman Rashid Hamzah opened the fair in Penang."
    assert _people(text) == {"Azman Rashid Hamzah"}


def test_a_title_of_two_words_is_cut_but_not_its_words_alone() -> None:
    text = (
        "Tan Sri Lim Boon Keat, the chairman, met Tan Wei Ming in Kuching. "
        "He later flew to Sri Lanka."
    )
    people = _people(text)
    assert "Lim Boon Keat" in people, people
    assert not any(p.startswith(("Tan Sri", "Sri", "Wei Ming")) for p in people), people


def test_a_title_after_an_apostrophe_and_its_grade_are_cut() -> None:
    text = "State executive councillor Dato' Sri Rahimah Yusof said the roads would reopen."
    people = _people(text)
    assert "Rahimah Yusof" in people and "Dato" not in people, people


def test_tun_is_a_title_only_before_another_title() -> None:
    assert "Mahathir Ismail" in _people("Tun Dr Mahathir Ismail spoke at the dinner.")
    text = "The villagers said Tun Tun Aung had led the march to Mandalay."
    assert not any(p.startswith("Tun Aung") for p in _people(text)), _people(text)


def test_haji_is_cut_only_at_the_head_of_a_name() -> None:
    assert plain_name("Haji Rosli Kamal") == "Rosli Kamal"
    assert plain_name("Rosli bin Haji Kamal") == "Rosli bin Haji Kamal"


def test_a_speaker_is_named_without_the_honorific() -> None:
    text = (
        "Federation president Datuk Farid Osman Karim said costs were rising.\n\n"
        '"We cannot absorb this," said Datuk Farid Osman Karim.'
    )
    assert _speakers(text) == ["Farid Osman Karim"]


def test_plain_name_cuts_honorifics_of_south_asia_and_malaysia() -> None:
    assert plain_name("Smt. Leela Devi Rao") == "Leela Devi Rao"
    assert plain_name("Puan Sri Aminah Salleh") == "Aminah Salleh"
    assert plain_name("Datuk") == "Datuk"  # a title alone is kept
    assert plain_name("Tan Cheng Hock") == "Tan Cheng Hock"


def test_undotted_ranks_and_a_thai_police_rank_are_cut() -> None:
    # Commonwealth and Asian press write ranks without a full stop; Thai police ranks
    # put "Pol" before the army rank.
    text = (
        "Pol Lt Gen Somsak Rattanawong met Brig Gen Imran Qureshi in Bangkok. "
        "Later Col Nadia Farooq spoke."
    )
    assert _people(text) == {"Somsak Rattanawong", "Imran Qureshi", "Nadia Farooq"}


def test_a_rank_word_before_a_single_letter_or_pol_alone_is_no_title() -> None:
    text = "Pol Vidal won the race in Girona on Sunday."
    assert "Pol Vidal" in _people(text)


def test_seyyed_is_cut_after_a_title_but_syed_is_kept() -> None:
    text = (
        "Intelligence Minister Seyyed Hamid Rezaei met Senator Syed Ahmed Shah in Tehran on Monday."
    )
    people = _people(text)
    assert "Hamid Rezaei" in people and "Syed Ahmed Shah" in people, people


def test_his_excellency_and_chief_executive_are_cut_before_a_name() -> None:
    text = "Gulf Air Group Chief Executive H E Khalid Al Mansoori opened the lounge in Doha."
    assert _people(text) == {"Khalid Al Mansoori"}
