"""A speaker's name printed in a fuller form the recogniser did not read whole
(:mod:`index.extract.speaker_forms`), and the role printed before a courtesy title
(:mod:`index.extract.speaker_index`): each rule on short passages written for the test,
with a case each rule must leave alone."""

from __future__ import annotations

from index.extract.quotes import Quote, extract_quotes
from index.extract.speaker_forms import FullerForms
from index.extract.speaker_record import Speaker
from index.names import name_key
from index.records import ORG, Mention


def quote(text: str, words: str) -> Quote:
    return next(q for q in extract_quotes(text) if q.text.startswith(words))


def speaker_of(text: str, words: str) -> str | None:
    return quote(text, words).speaker


# -- an initial run into a name by a full stop ----------------------------------------


def test_a_name_with_an_initial_run_in_is_the_speaker_in_full() -> None:
    text = (
        "Ulaanbaatar. Minister of Culture B.Tsogtbaatar opened the new museum hall "
        "on Friday.\n\n"
        '"The hall will show the finds of ten years of digging," Tsogtbaatar said.'
    )
    assert speaker_of(text, "The hall will") == "B.Tsogtbaatar"


def test_a_lone_initial_is_read_with_the_name_run_into_it() -> None:
    text = (
        "Ulaanbaatar. The new bridge over the river was opened today.\n\n"
        '"This bridge joins the two halves of the province at last," said Governor '
        "T.Enkhjargal at the ceremony."
    )
    assert speaker_of(text, "This bridge joins") == "T.Enkhjargal"


def test_two_initials_before_one_name_leave_the_speaker_as_printed() -> None:
    text = (
        "Ulaanbaatar. Herders B.Tsogtbaatar and D.Tsogtbaatar met the minister.\n\n"
        '"The winter was hard on the herds," Tsogtbaatar said.'
    )
    assert speaker_of(text, "The winter was") == "Tsogtbaatar"


# -- a full name printed after a run of title words -----------------------------------


def test_a_full_name_after_long_titles_is_the_speaker_of_its_surname() -> None:
    text = (
        "Deputy Regional Director for Water Resources of the Northern Basin Authority "
        "Helen Quarrington visited the dam on Monday.\n\n"
        'Quarrington said the repairs were "urgent and overdue".'
    )
    assert speaker_of(text, "urgent and") == "Helen Quarrington"


def test_two_given_names_before_one_surname_leave_the_surname() -> None:
    text = (
        "Deputy Director of the Northern Basin Authority Helen Quarrington and Acting "
        "Chief Engineer of the Authority Mark Quarrington visited the dam.\n\n"
        'Quarrington said the repairs were "urgent and overdue".'
    )
    assert speaker_of(text, "urgent and") == "Quarrington"


# -- a role printed before a courtesy title -------------------------------------------


def test_the_chairman_is_the_one_printed_after_chairman_and_a_title() -> None:
    text = (
        "Commenting on the results, Coastbank chairman Sheikh Rashid bin Hamad al-Nuaimi "
        "noted that the bank was well capitalised.\n\n"
        'The chairman added, "We thank our customers for their loyalty this year."'
    )
    assert speaker_of(text, "We thank our") == "Rashid bin Hamad al-Nuaimi"


# -- a title used as a name, no article before it -------------------------------------


def test_a_bare_title_is_the_one_person_printed_after_it() -> None:
    text = (
        "LISBON — Crown Prince Rashid bin Khalid, deputy premier, left Portugal on "
        "Wednesday.\n\n"
        "The Crown Prince was seen off by Deputy Prime Minister Joao Almeida.\n\n"
        "“The visit allowed us to confirm the strength of our relations,” Crown prince "
        "said in his letter to the president."
    )
    assert speaker_of(text, "The visit allowed") == "Rashid bin Khalid"


def test_a_bare_title_no_one_is_printed_after_names_no_one() -> None:
    text = (
        "LISBON — Prime Minister Joao Almeida met a delegation of the Gulf states on "
        "Wednesday.\n\n"
        "“The visit allowed us to confirm the strength of our relations,” Foreign minister "
        "said in a statement."
    )
    assert speaker_of(text, "The visit allowed") is None


# -- a cleric's title before a name ---------------------------------------------------


def test_mullah_before_a_name_is_no_part_of_it() -> None:
    text = (
        "Mullah Nasrullah Zadran, the movement's deputy leader, addressed the gathering "
        "in Kandahar.\n\n"
        '"We will open the schools when the time is right," Zadran said.'
    )
    assert speaker_of(text, "We will open") == "Nasrullah Zadran"


def test_the_mullah_in_lower_case_stays_a_description() -> None:
    text = (
        "Villagers gathered at the mosque in Kandahar on Friday.\n\n"
        '"We pray for rain every week," the village mullah said.'
    )
    found = quote(text, "We pray for")
    assert found.speaker is None
    assert found.attribution is not None and found.attribution.text == "the village mullah"


# -- 'highlighted' reports speech as 'stressed' does ----------------------------------


def test_highlighted_before_its_subject_credits_the_quotation() -> None:
    text = (
        "The minister toured the new power plant in the western province on Tuesday.\n\n"
        '"The plant will end our need for imported power," highlighted Energy Minister '
        "Batbayar Dorj."
    )
    assert speaker_of(text, "The plant will") == "Batbayar Dorj"


def test_highlighted_as_an_adjective_credits_no_one() -> None:
    text = (
        "Traffic was closed in the centre of the city on Tuesday.\n\n"
        'The highlighted "red zones" on the map are closed to cars until Friday.'
    )
    assert speaker_of(text, "red zones") is None


# -- a full name inside a body's mention (the recogniser read the person as a body) ----


def _body(text: str, words: str) -> Mention:
    start = text.index(words)
    return Mention(start, start + len(words), ORG, words, name_key(words), words)


def test_a_body_of_three_name_words_ending_in_the_name_is_the_full_name() -> None:
    text = (
        "Trelk Paul Dorvan, the former police chief of the region, spoke.\n\n"
        "Dorvan said the roads were safe."
    )
    forms = FullerForms(text, [], [_body(text, "Trelk Paul Dorvan")])
    assert forms.of(Speaker("Dorvan", "durvan"), len(text)) == "Trelk Paul Dorvan"


def test_a_body_opening_with_a_common_word_gives_the_given_name_only() -> None:
    text = "What Pat Dorvan said about what comes next.\n\nDorvan said the team was strong."
    forms = FullerForms(text, [], [_body(text, "What Pat Dorvan")])
    assert forms.of(Speaker("Dorvan", "durvan"), len(text)) == "Pat Dorvan"


# -- a role two people carry: the one named last ---------------------------------------


def test_the_minister_is_the_carrier_named_last_before_it() -> None:
    text = (
        "Trade Minister Olek Varga met Interior Minister Dana Ostrova on Monday.\n\n"
        "Ostrova reviewed the border preparations and the new scanners at the ports.\n\n"
        'The minister said the scanners had cut smuggling to "very low levels".'
    )
    assert speaker_of(text, "very low") == "Dana Ostrova"


def test_the_minister_after_another_person_named_last_stays_unresolved() -> None:
    text = (
        "Trade Minister Olek Varga met Interior Minister Dana Ostrova on Monday.\n\n"
        "The talks were attended by the port director, Ivo Brandt.\n\n"
        'The minister said the scanners had cut smuggling to "very low levels".'
    )
    assert quote(text, "very low").speaker is None


def test_the_minister_after_a_possessive_carrier_stays_unresolved() -> None:
    text = (
        "Planning Minister Olek Varga said that during Prime Minister Dana Ostrova's visit "
        "the two sides had agreed on a new railway.\n\n"
        'The minister said the line would be "finished by 2029".'
    )
    assert quote(text, "finished by").speaker != "Dana Ostrova"


def test_a_given_name_before_a_name_that_goes_on_is_no_full_name() -> None:
    text = (
        "Deputy Leader of the Northern Assembly Ravi Dorvek Mehro called for a briefing.\n\n"
        "Mr Dorvek said the members were kept in the dark."
    )
    forms = FullerForms(text, [], [])
    assert forms.of(Speaker("Dorvek", "durvak"), len(text)) is None
