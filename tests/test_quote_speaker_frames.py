"""The frames of English attribution the speaker search reads (stop 44), each on a
short passage written for the test: verbs of speech, an exchange's replies, a
pronoun after a sentence's subject."""

from __future__ import annotations

from index.extract.quotes import extract_quotes


def speaker_of(text: str, words: str) -> str | None:
    return next(q for q in extract_quotes(text) if q.text.startswith(words)).speaker


# -- verbs of speech --------------------------------------------------------------


def test_an_interjection_is_its_speakers() -> None:
    text = (
        "Ann Lee set out her housing plan at the debate.\n\n"
        'Mark Owen interjected, "You have no plan at all."\n\n'
        '"I have a plan, and it is costed," Lee said.\n\n'
        '"It is not costed," Owen interjected.'
    )
    assert speaker_of(text, "It is not costed") == "Mark Owen"


def test_a_reply_shot_back_is_its_speakers() -> None:
    text = (
        "Ann Lee set out her housing plan at the debate, and Mark Owen listened.\n\n"
        '"You have no plan," Owen shot back.\n\n'
        '"I do," she said.'
    )
    assert speaker_of(text, "You have no plan") == "Mark Owen"


def test_the_present_tense_stresses_frames_a_quotation() -> None:
    text = (
        "Provincial Health Minister Ann Lee opened the new ward on Monday, and "
        "Mark Owen, the hospital's director, showed her round.\n\n"
        "The minister stresses the need for more nurses, stating: "
        '"No ward runs without them."'
    )
    assert speaker_of(text, "No ward runs") == "Ann Lee"


def test_whispers_frames_a_quotation() -> None:
    text = (
        "The camera then turns to Mark Owen, who is laughing, and to a tearful "
        'Ann Lee, who whispers, "I never thought this day would come."'
    )
    assert speaker_of(text, "I never thought") == "Ann Lee"


# -- a pronoun after the sentence's subject -------------------------------------------


def test_he_after_a_datelined_subject_is_the_subject_not_the_object() -> None:
    text = (
        'OTTAWA - Prime Minister Mark Owen is "very close" to naming a successor to '
        "former agency director Paul Hart, he told reporters on Friday."
    )
    assert speaker_of(text, "very close") == "Mark Owen"


# -- a role resolved to the person named before it ----------------------------------


def test_a_described_speaker_is_the_person_he_or_she_would_be() -> None:
    text = (
        "Paul Hart, the festival's organiser, opened the evening in the park.\n\n"
        "Then Ann Lee took the stage and sang for an hour.\n\n"
        '"I have waited years for this night," the 30-year-old singer said.'
    )
    assert speaker_of(text, "I have waited") == "Ann Lee"


# -- a quotation going on past a web page's headline or caption -----------------------


def test_a_quotation_goes_on_past_a_caption() -> None:
    text = (
        "In 2001 Paul Hart, 14, and his friend Mark Owen, 13, bought a pie.\n\n"
        '"We are sure it is the oldest pie in the country," Mr Hart said.\n\n'
        "example.com Still fresh: the friends bought the pie 20 years ago\n\n"
        '"It started as a joke, and before we knew it a year had passed."'
    )
    assert speaker_of(text, "It started as a joke") == "Paul Hart"


def test_a_quotation_goes_on_past_a_headline_of_another_story() -> None:
    text = (
        'A neighbour, Ann Lee, said: "I heard steps in the snow. We saw huge prints.\n\n'
        "9 strange creatures that never existed\n\n"
        '"They were ten centimetres deep and could not come from a boot."'
    )
    assert speaker_of(text, "They were ten") == "Ann Lee"


# -- a quotation's speaker named at the end of its sentence ---------------------------


def test_the_attribution_closing_a_sentence_names_a_quotation_inside_it() -> None:
    text = (
        "The talks went on for a week.\n\n"
        'Farmers "will feel very good" once the deal is announced, Paul Hart told reporters.'
    )
    assert speaker_of(text, "will feel very good") == "Paul Hart"


def test_according_to_closing_a_sentence_names_a_quotation_inside_it() -> None:
    text = (
        "Ann Lee, the growers' leader, spoke first.\n\n"
        'The deal is "a good one for farmers" and will be signed soon, according to Paul Hart.'
    )
    assert speaker_of(text, "a good one") == "Paul Hart"


def test_the_last_quotation_of_a_sentence_is_named_by_its_end() -> None:
    text = (
        "The talks went on for a week.\n\n"
        'The deal is "a good one" for some, but "a poor one" for others, Paul Hart said.'
    )
    assert speaker_of(text, "a poor one") == "Paul Hart"
