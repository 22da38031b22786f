"""Speaker rules for the recall classes read off quotations with no speaker across the
news corpora (bench/EXTRACTION.md, stop 39), each on a short passage written for the test."""

from __future__ import annotations

from index.extract.quotes import extract_quotes


def speaker_of(text: str, words: str) -> str | None:
    return next(q.speaker for q in extract_quotes(text) if q.text.startswith(words))


def test_title_full_stop_does_not_end_the_phrase_after_the_verb() -> None:
    text = '"It was incredible," said lead study author Dr. Helen Marsh, of Tufts University.'
    assert speaker_of(text, "It was") == "Helen Marsh"


def test_apposition_may_hold_abbreviation_dots() -> None:
    text = '"We were like sitting ducks," Sen. Robert Delaney, R-Ky., said on Tuesday.'
    assert speaker_of(text, "We were") == "Robert Delaney"


def test_quotation_signed_after_a_dash() -> None:
    text = (
        "\u201cWe won\u2019t travel this summer.\u201d \u2014 Ruth Moran, owner\n\n"
        "\u201cThere are no plans at all.\u201d \u2014 Robert Schloss, chef, Saluda"
    )
    assert speaker_of(text, "We won") == "Ruth Moran"
    assert speaker_of(text, "There are") == "Robert Schloss"


def test_dash_before_a_sentence_going_on_is_no_signature() -> None:
    text = "'The new Maradona' - Carlos Tevez - is joining Corinthians for $20m."
    assert all(q.speaker is None for q in extract_quotes(text))


def test_speaker_after_a_bullet_and_a_role_word() -> None:
    text = '- Blackburn boss Mark Hughes: "Burnley are resolute and have talent."'
    assert speaker_of(text, "Burnley") == "Mark Hughes"


def test_subject_opening_a_new_clause_is_not_the_quotations() -> None:
    text = (
        'Some Republican senators called the idea "intriguing," but Sen. Claire Dunn, '
        "D-Mo., said it was a mistake."
    )
    assert speaker_of(text, "intriguing") is None


def test_quotation_after_a_sentence_about_its_speaker() -> None:
    text = (
        "Amelie Mauresmo spent five weeks at number one after the US Open. "
        '"Since then, I feel very confident on court."'
    )
    assert speaker_of(text, "Since then") == "Amelie Mauresmo"


def test_no_narrated_speaker_when_the_quotation_is_attributed_after() -> None:
    text = (
        "Tom Ames spent five weeks in the job last year.\n\n"
        '"The taxes will anger many people in the country." A diplomatic source said so.'
    )
    assert speaker_of(text, "The taxes") is None


def test_no_narrated_speaker_for_words_said_of_them() -> None:
    text = 'Tom Ames was arrested in 2010.\n\n"He was a menace to the whole town."'
    assert speaker_of(text, "He was") is None


def test_no_narrated_speaker_after_a_caption() -> None:
    text = 'Julie Lawrence and her husband Simon\n\n"I would have paid the whole bill myself."'
    assert speaker_of(text, "I would") is None


def test_lowercase_descriptors_before_the_name_after_an_inverted_verb() -> None:
    text = '"Now we see a new process," said study co-author Ted Scambos of the institute.'
    assert speaker_of(text, "Now we see") == "Ted Scambos"


def test_person_before_who_says_it() -> None:
    text = (
        "Critics include rights group director Ken Roth, who wrote on Twitter: "
        '"Why does anyone want to meet him again?"'
    )
    assert speaker_of(text, "Why does") == "Ken Roth"


def test_who_after_a_list_of_two_names_is_not_the_last() -> None:
    text = (
        "Peter Daou, an adviser to Hillary Clinton and John Kerry, who wrote in a tweet "
        'that the accuser will be "attacked and smeared."'
    )
    assert speaker_of(text, "attacked") != "John Kerry"


def test_saying_takes_the_subject_of_the_clause_before() -> None:
    text = (
        "Before he retired last year, former Democratic leader Harry Reid predicted the "
        'Senate would end the filibuster, saying "it is just a question of when."'
    )
    assert speaker_of(text, "it is just") == "Harry Reid"


def test_speaker_named_before_a_long_apposition() -> None:
    text = (
        '"It was reassuring," Dr. Andrew Kung, coauthor of the study and head of pediatrics '
        "at Memorial Sloan Kettering Cancer Center in New York, told Reuters."
    )
    assert speaker_of(text, "It was") == "Andrew Kung"


def test_adverb_between_pronoun_and_verb() -> None:
    text = 'Pete Buttigieg spoke in Iowa. "I was here in 2008," he often says.'
    assert speaker_of(text, "I was here") == "Pete Buttigieg"


def test_more_verbs_come_before_their_subject() -> None:
    text = '"Skype is well known," commented chief executive Magnus McEwen-King.'
    assert speaker_of(text, "Skype") == "Magnus McEwen-King"


def test_narrated_speaker_opens_a_clause_after_an_opening_phrase() -> None:
    text = (
        "On this subject, Tom Morris appears almost evangelical.\n\n"
        '"I was on a cruise in the Mediterranean with the party leader."'
    )
    assert speaker_of(text, "I was on") == "Tom Morris"


def test_no_narrated_speaker_from_a_pronoun() -> None:
    text = (
        "Brian Kemp reopened the state. Tom Ames looked around the gym.\n\n"
        "He saw what he must do.\n\n"
        '"I realized that this is something else entirely."'
    )
    assert speaker_of(text, "I realized") is None
