"""One-word person names an article shows to be companies or products (lone_names)."""

from __future__ import annotations

from index.extract.lone_names import vet
from index.records import Mention


def _person(text: str, word: str, name: str | None = None) -> Mention:
    start = text.index(word)
    return Mention(start, start + len(word), "PERSON", word, word.lower(), name or word)


def test_a_word_after_the_or_before_a_model_number_is_no_person() -> None:
    text = "Quellor said the Quellor 550 would fly in May. Quellor expects more orders."
    mentions = [_person(text, "Quellor")]
    assert vet(mentions, text) == []


def test_a_word_before_a_company_word_is_no_person() -> None:
    text = "Varnio shares fell after Varnio cut its forecast."
    assert vet([_person(text, "Varnio")], text) == []


def test_a_small_first_letter_with_an_inner_capital_is_a_product() -> None:
    text = "Sales of the new zPhone rose, and zPhone owners queued."
    assert vet([_person(text, "zPhone")], text) == []


def test_a_surname_of_a_person_named_in_full_stays() -> None:
    text = "Anna Quellor spoke. The Quellor proposal passed, Quellor said."
    full = Mention(0, 11, "PERSON", "Anna Quellor", "anaquelur", "Anna Quellor")
    lone = _person(text[12:], "Quellor")
    lone = Mention(lone.start + 12, lone.end + 12, "PERSON", "Quellor", "quelur", "Quellor")
    assert vet([full, lone], text) == [full, lone]


def test_a_one_word_name_used_only_as_a_person_stays() -> None:
    text = "Brannigan scored twice before Brannigan was sent off."
    mentions = [_person(text, "Brannigan")]
    assert vet(mentions, text) == mentions


def test_a_title_before_the_word_keeps_that_mention() -> None:
    text = "The Varnio plant closed. Mr Varnio, its founder, wept."
    start = text.index("Varnio,")
    titled = Mention(start, start + 6, "PERSON", "Varnio", "varnio", "Varnio")
    assert vet([titled], text) == [titled]


def test_a_word_after_a_company_noun_is_no_person() -> None:
    text = "The low-cost airline, Skarvo, ordered jets. Skarvo expects growth."
    assert vet([_person(text, "Skarvo")], text) == []


def test_a_one_word_person_the_article_also_names_as_an_organisation_is_that_org() -> None:
    text = "Trelgan won the order. Trelgan said so."
    org = Mention(0, 7, "ORG", "Trelgan", "trelgan-org", "Trelgan")
    start = text.rindex("Trelgan")
    person = Mention(start, start + 7, "PERSON", "Trelgan", "trelgan", "Trelgan")
    found = vet([org, person], text)
    assert [(m.type, m.entity_id) for m in found] == [("ORG", "trelgan-org")] * 2


def test_a_word_in_capitals_on_a_headline_is_no_person_unless_the_body_names_one() -> None:
    text = "TOKYO, March 6\n\nTARNEX PRESIDENT RESIGNS\n\nTarnex Corp said its head left."
    assert vet([_person(text, "RESIGNS")], text) == []
    # the headline's surname of a person the body names in full stays
    text = "TOKYO, March 6\n\nQUELLOR SAYS YEN TOO HIGH\n\nAnna Quellor said the yen rose."
    full_start = text.index("Anna Quellor")
    full = Mention(
        full_start, full_start + 12, "PERSON", "Anna Quellor", "anaquelur", "Anna Quellor"
    )
    lone = _person(text, "QUELLOR", "Anna Quellor")
    assert vet([lone, full], text) == [lone, full]
    # a word in capitals in a sentence of small letters is not a headline's
    text = "The union leader, known as BRANNIGAN to members, spoke. BRANNIGAN left."
    mentions = [_person(text, "BRANNIGAN")]
    assert vet(mentions, text) == mentions


def test_a_word_streamed_on_or_before_a_show_noun_is_a_platform() -> None:
    for text in (
        "For updates, follow the station on Tarnbook. Tarnbook grew fast.",
        "The film is streaming on Varflix. Varflix declined to comment.",
        "The new Varflix series opens in May. Varflix said so.",
    ):
        word = "Tarnbook" if "Tarnbook" in text else "Varflix"
        assert vet([_person(text, word)], text) == [], text


def test_a_person_on_a_show_or_before_on_stays() -> None:
    text = "Varno said the show would go on. Pressure on Varno grew."
    mentions = [_person(text, "Varno")]
    assert vet(mentions, text) == mentions


def _org(text: str, word: str, at: int = 0) -> Mention:
    start = text.index(word, at)
    return Mention(start, start + len(word), "ORG", word, word.lower(), word)


def test_a_name_written_once_after_a_personal_title_is_the_person_throughout() -> None:
    """ "President Varno" makes "the Varno administration" and a headline's organisation
    reading of the name that person, not a thing."""
    text = "Varno, Balder meet\n\nPresident Varno met Mr. Balder. The Varno administration said."
    mentions = [_org(text, "Varno"), _person_at(text, "Varno", text.index("President") + 10)]
    mentions.append(_person_at(text, "Varno", text.index("The Varno") + 4))
    kept = vet(mentions, text)
    assert [m.type for m in kept] == ["PERSON", "PERSON", "PERSON"]


def test_a_plural_s_possessive_after_a_title_is_no_person() -> None:
    text = "The General Workers' Union struck. Workers' Commissions joined."
    mentions = [_person_at(text, "Workers", text.index("Workers")), _org(text, "Workers", 30)]
    assert "PERSON" not in {m.type for m in vet(mentions, text) if m.start > 30}


def _person_at(text: str, word: str, start: int) -> Mention:
    assert text[start : start + len(word)] == word
    return Mention(start, start + len(word), "PERSON", word, word.lower(), word)


def test_a_titled_person_is_no_namesake_town_in_the_same_article() -> None:
    """The town of Obama (Japan) in a headline yields to "President Obama" in the body;
    a town with a place's cue stays ("in Jackson, Miss.")."""
    from index.extract.entities import extract_entities

    text = "Obama and Boehner Talk Deficits\n\nWASHINGTON - President Obama met Mr. Boehner."
    obama = [m for m in extract_entities(text) if m.text == "Obama"]
    assert obama and {m.type for m in obama} == {"PERSON"}
    text = "Mr. Jackson said the plant in Jackson, Miss., would close."
    assert "PLACE" in {m.type for m in extract_entities(text) if m.text == "Jackson"}


def test_a_word_whose_takeover_or_shareholders_the_text_names_is_no_person() -> None:
    text = "The release was delayed by Varnio's takeover of the studio. Varnio declined."
    assert vet([_person(text, "Varnio")], text) == []
    text = "The deal needs the approval of Varnio's shareholders, Varnio said."
    assert vet([_person(text, "Varnio")], text) == []


def test_a_word_listed_after_companies_such_as_is_no_person() -> None:
    text = "Electronics companies such as Nokia, Varnio and Thomson are gearing up."
    assert vet([_person(text, "Varnio")], text) == []
    text = "The format is backed by firms including Varnio, its makers said."
    assert vet([_person(text, "Varnio")], text) == []


def test_a_person_whose_takeover_the_text_names_stays_when_named_in_full() -> None:
    text = "Malcolm Quellor bid again. Quellor's takeover of the club was approved."
    full = Mention(0, 14, "PERSON", "Malcolm Quellor", "malcolmquellor", "Malcolm Quellor")
    lone = _person(text, "Quellor's")
    lone = Mention(lone.start, lone.start + 7, "PERSON", "Quellor", "quellor", "Quellor")
    assert len(vet([full, lone], text)) == 2
