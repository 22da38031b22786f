"""Who a role or a pronoun names when the article names several people: the rules of
the quote speaker round on the South Asian and West African press (stop 42), each on
a short passage written for the test."""

from __future__ import annotations

from index.extract.quotes import Quote, extract_quotes


def quote(text: str, words: str) -> Quote:
    return next(q for q in extract_quotes(text) if q.text.startswith(words))


def speaker_of(text: str, words: str) -> str | None:
    return quote(text, words).speaker


# -- a role whose modifier tells two carriers of its head apart ----------------------


def test_the_prime_minister_is_not_the_foreign_minister() -> None:
    text = (
        "Prime Minister David Walker will attend the summit in Cairo on Monday.\n\n"
        "Foreign Minister Peter Hall will travel with him, the office said.\n\n"
        'In a post on X, the prime minister said "we are ready for lasting peace".'
    )
    assert speaker_of(text, "we are ready") == "David Walker"


def test_the_foreign_minister_is_not_the_prime_minister() -> None:
    text = (
        "Foreign Minister Peter Hall will travel to Cairo on Monday.\n\n"
        "Prime Minister David Walker will join him there, the office said.\n\n"
        '"Talks will resume soon," the foreign minister said.'
    )
    assert speaker_of(text, "Talks will") == "Peter Hall"


def test_a_role_two_people_carry_with_no_modifier_stays_a_description() -> None:
    text = (
        "Minister David Walker met Minister Peter Hall on Monday.\n\n"
        '"Talks will resume soon," the minister said.'
    )
    found = quote(text, "Talks will")
    assert found.speaker is None
    assert found.attribution is not None and found.attribution.text == "the minister"


# -- a headline set between paragraphs names no referent ---------------------------


def test_a_headline_between_paragraphs_is_not_who_he_is() -> None:
    text = (
        "Speaking on radio on Monday, Daniel Osei said the talks with the lenders "
        "would resume next week.\n\n"
        "Peter Mensah drops hint on cabinet reshuffle amid budget row\n\n"
        '"We have been on this from the very start," he said.'
    )
    assert speaker_of(text, "We have been") == "Daniel Osei"


def test_a_sentence_between_paragraphs_still_names_who_he_is() -> None:
    text = (
        "Speaking on radio on Monday, Daniel Osei said the talks with the lenders "
        "would resume next week.\n\n"
        "Peter Mensah drops a hint on the cabinet reshuffle amid the budget row.\n\n"
        '"We have been on this from the very start," he said.'
    )
    assert speaker_of(text, "We have been") == "Peter Mensah"


def test_a_headline_still_gives_a_role_its_carrier() -> None:
    text = (
        "Bank chief executive Daniel Osei\n\n"
        "The bank closed two branches on Monday.\n\n"
        '"We had no choice," the chief executive said.'
    )
    assert speaker_of(text, "We had no") == "Daniel Osei"


# -- a person named in the paragraph, in no clause-opening place -------------------


def test_he_is_the_person_named_since_the_last_quotation() -> None:
    text = (
        '"Sales fell in the spring," said Tom Baker, an analyst at Alpha Securities.\n\n'
        "But for Mark Jones, a director at Beta Capital, the outlook is bright. "
        '"We expect strong growth next year," he said.'
    )
    assert speaker_of(text, "We expect") == "Mark Jones"


# -- 'according to him' before a quotation ------------------------------------------


def test_according_to_him_names_the_man_of_the_paragraph_before() -> None:
    text = (
        "Daniel Osei, the finance minister, opened the meeting in Accra.\n\n"
        "The party chairman, Peter Mensah, spoke after him.\n\n"
        'According to him, the members should be patient, warning, "The talks will '
        'resume next week."'
    )
    assert speaker_of(text, "The talks will") == "Peter Mensah"


def test_according_to_her_is_of_her_sex() -> None:
    text = (
        "Mary Mensah, the party chairwoman, spoke after the minister, Peter Osei.\n\n"
        'According to her, "the members should be patient for a while longer".'
    )
    assert speaker_of(text, "the members") == "Mary Mensah"


# -- a closing mark typed as an opening one ------------------------------------------


def test_an_opening_mark_after_the_last_stop_closes_the_quotation() -> None:
    text = (
        "The board met on Monday, with Senior Minister Mary Mensah stating that the "
        "machines were in use.\n\n"
        "“Through this machine, tiny droplets of water are sprayed into the air,“ she "
        "explained. “The water mist helps clean the dust.”"
    )
    found = [q.text for q in extract_quotes(text)]
    assert found == [
        "Through this machine, tiny droplets of water are sprayed into the air,",
        "The water mist helps clean the dust.",
    ]
    assert speaker_of(text, "Through this") == "Mary Mensah"


def test_an_opening_mark_after_a_comma_and_a_space_before_a_small_word_closes() -> None:
    text = "Daniel Osei posted on Monday.\n\n“But, lesson: all is vanity, “his post read."
    assert [q.text for q in extract_quotes(text)] == ["But, lesson: all is vanity,"]


def test_an_opening_mark_before_a_capital_still_opens() -> None:
    text = '"We will see," he said, “The talks go on.”'
    assert [q.text for q in extract_quotes(text)] == ["We will see,", "The talks go on."]


# -- a named person's noun of speech before a colon ------------------------------------


def test_a_named_persons_remark_before_a_colon_is_theirs() -> None:
    text = (
        "The minister spoke at length about the budget.\n\n"
        "Let us remember George Bernard Shaw’s insightful remark: “We cannot help it "
        "because we are so constituted that we always believe what we wish.”"
    )
    assert speaker_of(text, "We cannot help") == "George Bernard Shaw"


# -- the paragraph before reports the speech of 'he' only ------------------------------


def test_he_is_the_subject_of_a_paragraph_whose_speech_is_his_own() -> None:
    text = (
        "Senator Mark Jones of Ohio, the top Democrat on the panel, stopped short of "
        "calling for the meeting to be cancelled, but he said the president should demand "
        "that Mr. Peter Hall hand over the files.\n\n"
        '"I would not trust him alone in that room," he said.'
    )
    assert speaker_of(text, "I would not") == "Mark Jones"


def test_speech_of_another_in_the_paragraph_before_leaves_the_older_rules() -> None:
    text = (
        "Senator Mark Jones of Ohio spoke first, and Peter Hall said the files were "
        "complete.\n\n"
        '"I would not trust him alone in that room," he said.'
    )
    assert speaker_of(text, "I would not") == "Peter Hall"
