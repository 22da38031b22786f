"""Names with "People's" or "Workers'" inside are read whole
(index/extract/possessive_names.py), on sentences written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities


def _named(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.name) for m in extract_entities(text)}


def test_a_party_with_peoples_inside_is_whole() -> None:
    text = "The National People's Power won the vote, and the Kenya People's Union lost."
    named = _named(text)
    assert named["National People's Power"][0] == "ORG"
    assert named["Kenya People's Union"][0] == "ORG"
    assert "National People" not in named and "Kenya People" not in named


def test_a_state_so_named_is_the_country_not_its_cut_name() -> None:
    named = _named("Officials of the People's Republic of China met in Geneva on Monday.")
    assert named["People's Republic of China"] == ("PLACE", "China")
    assert "Republic of China" not in named


def test_workers_with_of_and_curly_apostrophes() -> None:
    named = _named("The Workers’ Party of Korea met as the People’s Liberation Army drilled.")
    assert named["Workers’ Party of Korea"][0] == "ORG"
    assert named["People’s Liberation Army"][0] == "ORG"


def test_a_possessive_before_small_letters_is_left() -> None:
    named = _named("Ministers said People's lives came first, and Smith agreed.")
    assert not [t for t in named if "People" in t]


def test_a_title_after_the_name_opens_a_person_not_more_of_the_name() -> None:
    named = _named("He met the Korean People's Army General Pak Tong-il in Kaesong.")
    assert named["Korean People's Army"][0] == "ORG"
    assert not [t for t in named if "General" in t]


def test_and_between_capitalised_words_before_the_noun() -> None:
    named = _named("Members of the Transport and General Workers' Union walked out.")
    assert named["Transport and General Workers' Union"][0] == "ORG"


def test_of_before_the_name_is_no_word_of_it() -> None:
    named = _named("Elected were Gary Chan of DAB and Eunice Yung of New People's Party.")
    assert not [t for t in named if t.startswith("Gary") and "Party" in t]
