"""General readings of English attribution the speaker search gained in stop 45, each
on a short passage written for the test."""

from __future__ import annotations

from index.extract.quotes import extract_quotes


def quote_of(text: str, words: str):  # type: ignore[no-untyped-def]
    return next(q for q in extract_quotes(text) if q.text.startswith(words))


def speaker_of(text: str, words: str) -> str | None:
    return quote_of(text, words).speaker


# -- a pronoun names the nearest person who may be it ---------------------------------


def test_she_skips_a_man_named_after_her() -> None:
    text = (
        "The striking nurses' spokeswoman, Dana Whitlock, told the radio station that "
        "the strike could last for weeks.\n\n"
        "She urged Mr Hale to meet the union before the weekend.\n\n"
        '"We are ready to talk at any hour," she said.'
    )
    assert speaker_of(text, "We are ready") == "Dana Whitlock"


def test_she_with_only_a_man_named_is_nobody() -> None:
    text = (
        "The strike could last for weeks, the union said.\n\n"
        "It urged Mr Hale to meet its leaders before the weekend.\n\n"
        '"We are ready to talk at any hour," she said.'
    )
    assert speaker_of(text, "We are ready") is None


# -- a name set off by commas after its title ------------------------------------------


def test_reported_speech_by_a_titled_apposition_names_the_next_quotation() -> None:
    text = (
        '"This is a big step for the region," said Health Minister Tom Baxter.\n\n'
        "Chief Executive of the Northern Care Trust, Dr Maria Okafor, said she was "
        "delighted that the local hospital was involved in the pilot.\n\n"
        '"The hospital and our committed team will be involved in this new pilot."'
    )
    assert speaker_of(text, "The hospital and") == "Maria Okafor"


# -- 'according to' an outlet after a quotation its speaker introduced ----------------


def test_according_to_after_a_framed_quotation_is_the_reporter_not_the_speaker() -> None:
    text = (
        "Mark Owen spoke to the paper on Wednesday. Pointing to the ruling, Owen said: "
        '"There is not a word about me in there," according to the Herald. '
        '"It has nothing to do with us."'
    )
    assert speaker_of(text, "There is not a word") == "Mark Owen"
    assert speaker_of(text, "It has nothing") == "Mark Owen"


def test_according_to_alone_still_names_its_source() -> None:
    text = 'The plant will close "within a year," according to the Herald.'
    quote = quote_of(text, "within a year")
    assert quote.speaker is None and quote.attribution is not None


# -- words between a subject and its verb -----------------------------------------------


def test_a_reflexive_after_the_subject_is_no_part_of_it() -> None:
    text = (
        "Mayor Lori Hanfield closed the parks on Friday.\n\nThe mayor herself warned "
        'that the city would use "every tool we have" to enforce the order.'
    )
    assert speaker_of(text, "every tool") == "Lori Hanfield"


def test_would_only_say_has_the_role_before_it_as_subject() -> None:
    text = (
        "Mayor Lori Hanfield closed the parks on Friday. Pressed on enforcement, the "
        'mayor would only say there are "a number of tools that we have."'
    )
    assert speaker_of(text, "a number of tools") == "Lori Hanfield"


# -- a person the frame of speech names where the recogniser found no one ----------------


def test_she_names_a_person_the_speech_frame_named() -> None:
    text = (
        "Lawmakers had raised concerns about the purchase of the plant.\n\n"
        "Security analyst Dominique Lazanski said that stemmed from who could control "
        "the company.\n\n"
        '"Most of these firms answer to the state in some way," she said.'
    )
    quote = quote_of(text, "Most of these firms")
    assert quote.speaker == "Dominique Lazanski" and quote.speaker_id is None


def test_a_capitalised_run_before_a_verb_is_no_person_without_a_given_name() -> None:
    text = (
        "Lawmakers had raised concerns about the purchase of the plant.\n\n"
        "Northwind Holdings said that stemmed from a review of the company.\n\n"
        '"Most of these firms answer to the state in some way," she said.'
    )
    assert speaker_of(text, "Most of these firms") is None


def test_a_framed_name_keeps_the_title_it_needs_to_be_a_persons() -> None:
    text = (
        "The court heard the appeal on Monday.\n\n"
        "Justice Hale said the rule was unclear.\n\n"
        '"If it has no standard, where is the common question?" he said.'
    )
    quote = quote_of(text, "If it has no standard")
    assert (quote.speaker, quote.speaker_id) == ("Justice Hale", None)


# -- reported speech, a line of page furniture, then the quotation -----------------------


def test_reported_speech_names_a_quotation_past_a_headline_line() -> None:
    text = (
        '"The plan is sound," said minister Ruth Okafor on Monday.\n\n'
        "Banker Kingsley Amadi, who advised the lenders, said that the plan would fail "
        "within a year.\n\n"
        "Ten things to know about the new bridge\n\n"
        '"Nobody has asked the lenders what they think."'
    )
    assert speaker_of(text, "Nobody has asked") == "Kingsley Amadi"
