"""Speaker rules for attribution shapes that any English-language press uses, read off
quotations sampled across the bench corpora (bench/EXTRACTION.md, stop 41), each on a
short passage written for the test."""

from __future__ import annotations

from index.extract.quotes import Quote, extract_quotes
from index.records import GROUP


def quote(text: str, words: str) -> Quote:
    return next(q for q in extract_quotes(text) if q.text.startswith(words))


def speaker_of(text: str, words: str) -> str | None:
    return quote(text, words).speaker


# -- a long run of title words before the name after the quotation ------------------


def test_many_title_words_before_the_name_after_the_quotation() -> None:
    text = (
        '"We cannot accept that," House Ways and Means Committee Chairman Daniel Okafor '
        "said in a statement."
    )
    assert speaker_of(text, "We cannot") == "Daniel Okafor"


def test_party_tag_after_the_name_is_no_part_of_the_subject() -> None:
    text = (
        '"It is not just naming," Senate Foreign Relations Committee ranking member Ben '
        "Carver (D-Md.) told reporters."
    )
    assert speaker_of(text, "It is not") == "Ben Carver"


def test_name_after_for_is_not_the_speaker_of_a_long_subject() -> None:
    text = (
        '"It is wrong for the president to have done this," the spokesman for British '
        "Prime Minister Theresa Mayfield said."
    )
    assert speaker_of(text, "It is wrong") is None


def test_name_in_a_relative_clause_is_not_the_speaker() -> None:
    text = (
        'He incited supporters with a "LIBERATE THE STATE NOW!" tweet that former Assistant '
        "Attorney General Mary Holloway called illegal."
    )
    assert speaker_of(text, "LIBERATE") != "Mary Holloway"


# -- verbs ------------------------------------------------------------------------


def test_agreed_before_its_subject() -> None:
    text = (
        '"The thing that strikes me is how easily it spreads," said Megan Ford, a '
        "virologist.\n\n"
        '"There are very few viruses more contagious than this one," agreed Mark Schulz, '
        "an investigator at the institute."
    )
    assert speaker_of(text, "There are very few") == "Mark Schulz"


def test_present_tense_of_a_speech_verb() -> None:
    text = '"Oh my goodness, you lost nearly four inches," Anna Keller exclaims.'
    assert speaker_of(text, "Oh my goodness") == "Anna Keller"


def test_inverted_verb_before_a_preposition_names_nobody() -> None:
    text = (
        "The official said no meeting was planned "
        '"because of the members\' firm resolve to defend the price" agreed in December.'
    )
    found = quote(text, "because of")
    assert found.attribution is not None and found.attribution.text == "The official"


def test_quoted_as_telling() -> None:
    text = (
        '"Without a single piece of proof, we are being accused of meddling," the agency '
        "quoted Foreign Minister Sergei Larionov as telling a briefing."
    )
    assert speaker_of(text, "Without a single") == "Sergei Larionov"


def test_month_abbreviation_inside_an_apposition() -> None:
    text = (
        '"Seeing a film does not make you a judge," Senator John Keller, who questioned '
        "the nominee at his Dec. 13 hearing, told reporters."
    )
    assert speaker_of(text, "Seeing a film") == "John Keller"


def test_according_to_at_a_sentence_start_names_the_attribution_subject() -> None:
    text = (
        "According to Peter Kline at the magazine, the reading will cost $1.1 million.\n\n"
        '"The amount I get is nearly $1.1 million, to be exact, give or take a little."'
    )
    assert speaker_of(text, "The amount") == "Peter Kline"


def test_as_aside_names_who_observes() -> None:
    text = (
        "Leo, as historian John Rao observes, was the first of the popes who "
        '"took charge of the movement of restoration".'
    )
    assert speaker_of(text, "took charge") == "John Rao"


# -- colons -----------------------------------------------------------------------


def test_name_and_colon_on_a_transcript_line() -> None:
    text = (
        "The emails, as recorded: Assistant to the Secretary Paul Odell: "
        '"We do not have to turn the other cheek." Secretary of the Air Force Martin Greer: '
        '"No, save it and blow him away."'
    )
    assert speaker_of(text, "We do not") == "Paul Odell"
    assert speaker_of(text, "No, save it") == "Martin Greer"


def test_name_and_colon_after_a_clause_is_not_the_speaker() -> None:
    text = (
        "Donald Trump called in to the show on Monday. "
        'His view of the moderator Lester Holt: "Lester is a professional, but we will see."'
    )
    assert speaker_of(text, "Lester is") != "Lester Holt"


def test_subject_opening_a_clause_after_the_and_a_possessive() -> None:
    text = (
        "Pension funds had hoped for more time. But on Tuesday, the Bank's governor Andrew "
        'Bailey dashed those hopes, telling pension funds: "You have got three days left."'
    )
    assert speaker_of(text, "You have got") == "Andrew Bailey"


def test_verb_and_colon_after_a_quotation_introduce_the_next_one() -> None:
    text = (
        "Ann Lee wrote about the flood on her blog. "
        '"Have you ever seen a fishing boat on the road?" Her neighbour Tom Ames replied: '
        '"Never in my life."'
    )
    assert speaker_of(text, "Have you ever") != "Tom Ames"
    assert speaker_of(text, "Never in") == "Tom Ames"


# -- the sentence before ------------------------------------------------------------


def test_pronoun_reporting_speech_in_the_sentence_before() -> None:
    text = (
        "In a 2023 interview, Selena Marsh spoke about the film. She admitted that she "
        "was glad that fans now see her differently. "
        '"That was happening more, and I started to feel good about it."'
    )
    assert speaker_of(text, "That was happening") == "Selena Marsh"


def test_reported_speech_before_comes_ahead_of_the_previous_speaker() -> None:
    text = (
        'Jane Holt was quoted first. "We have done our best," she said.\n\n'
        'Mark Oyelowo said the team was tired. "We will be back next season, stronger."'
    )
    assert speaker_of(text, "We will be back") == "Mark Oyelowo"


# -- names ------------------------------------------------------------------------


def test_name_modifying_a_group_noun_is_not_the_speaker() -> None:
    text = 'Joe Biden spoke on Monday. The Biden campaign said: "The president has been clear."'
    found = quote(text, "The president")
    assert found.speaker is None
    assert found.attribution is not None and found.attribution.kind == GROUP


def test_family_is_a_group() -> None:
    text = 'Amara Diallo spoke on Monday. The Diallo family wrote: "We thank everyone."'
    found = quote(text, "We thank")
    assert found.attribution is not None and found.attribution.kind == GROUP


def test_surname_of_a_full_name_the_recogniser_missed() -> None:
    text = (
        "The crew returns in August, according to NASA Administrator Jim Bridenstine.\n\n"
        'Bridenstine remarked of the flight, "I am breathing a sigh of relief today."'
    )
    found = [q for q in extract_quotes(text, []) if q.text.startswith("I am breathing")]
    assert found[0].speaker == "Jim Bridenstine"


def test_title_is_no_given_name_before_a_surname() -> None:
    text = (
        'UN Secretary General Ban Ki-moon called the attack "sickening." '
        '"Just when we think it cannot get any worse, it does," Ban told world leaders.'
    )
    found = [q for q in extract_quotes(text, []) if q.text.startswith("Just when")]
    assert found[0].speaker != "General Ban"


def test_description_of_the_story_subject_in_sport() -> None:
    text = (
        "Richard Dunne is ready to commit his future to the club.\n\n"
        "He was once threatened with the sack but has since played well. "
        '"Hopefully something will be sorted out soon," the defender said.'
    )
    assert speaker_of(text, "Hopefully") == "Richard Dunne"


def test_name_after_a_subordinating_word_is_not_the_speaker() -> None:
    text = (
        'His call to "ramp up production of vials, needles and syringes" came one day '
        "after ousted vaccine chief Rick Barton told lawmakers of shortages."
    )
    assert speaker_of(text, "ramp up") != "Rick Barton"


def test_person_after_another_and_role_words_opens_the_sentence() -> None:
    text = (
        "Former George W. Bush communications director Nicolle Walsh reported Tuesday "
        "multiple senior Republican officials have told her that the inquiry is wide.\n\n"
        '"Three Republicans with close ties to the White House tell me it is clear."'
    )
    assert speaker_of(text, "Three Republicans") == "Nicolle Walsh"


def test_surname_printed_after_two_given_names() -> None:
    text = (
        "President Barack Hussein Obama spoke at the United Nations.\n\n"
        '"We have to put our money where our mouths are," Obama said.'
    )
    found = [q for q in extract_quotes(text, []) if q.text.startswith("We have to")]
    assert found[0].speaker == "Barack Hussein Obama"


def test_person_after_another_and_a_verb_is_not_the_subject() -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan chalked up Donald Trump's plan to "
        'posturing and said that such a plan would not be "remotely possible."'
    )
    assert speaker_of(text, "remotely possible") == "Recep Tayyip Erdogan"


def test_common_word_after_a_given_name_is_no_surname() -> None:
    text = (
        "Officers of the Alice Police Department were called. The police said little.\n\n"
        '"We are investigating the incident tonight," Police said.'
    )
    found = [q for q in extract_quotes(text, []) if q.text.startswith("We are")]
    assert found[0].speaker is None


# -- honorifics before names ---------------------------------------------------------


def test_honorific_abbreviation_inside_the_subject_after_the_quotation() -> None:
    text = (
        '"The road will be finished by March," Hon. Kwabena Mensah-Bonsu, the MP for the '
        "area, said.\n\n"
        '"We will keep praying for peace," the Rev. Jesse Jordan said on Sunday.'
    )
    assert speaker_of(text, "The road") == "Kwabena Mensah-Bonsu"
    assert speaker_of(text, "We will keep") == "Jesse Jordan"


def test_honorific_is_no_part_of_the_speakers_name() -> None:
    text = (
        '"We will not accept this outcome," Alhaji Musa Danjuma, the party chairman, said.'
        '\n\n"The mosque will stay open," Maulana Abdul Rahim Qasmi told the gathering.'
        '\n\n"We will keep praying," Pastor Mark Oduya told the congregation.'
    )
    assert speaker_of(text, "We will not") == "Musa Danjuma"
    assert speaker_of(text, "The mosque") == "Abdul Rahim Qasmi"
    assert speaker_of(text, "We will keep") == "Mark Oduya"


def test_verb_and_with_after_a_quotation_is_no_attribution() -> None:
    text = (
        'At the rally a man yelled at her. To which Hillary Lane replied, "Let us make it '
        'happen!" The entire nation finally agrees with Hillary Lane on something.'
    )
    assert speaker_of(text, "Let us make") == "Hillary Lane"


def test_role_word_between_an_inverted_verb_and_the_name() -> None:
    text = (
        "Rein Dijkstra, director of research, admits to being cautious.\n\n"
        "About the same time, says analyst Khaled Majeed, the firm issued a buy "
        'recommendation. He says a new plant brightens the outlook. "The company trades '
        'at seven or eight times earnings, half the multiple of its rivals."'
    )
    assert speaker_of(text, "The company trades") == "Khaled Majeed"


def test_said_with_a_smile_is_an_attribution() -> None:
    text = (
        '"I have a feeling I am going to be blamed for everything," Clara Dunn said with a smile.'
    )
    assert speaker_of(text, "I have a feeling") == "Clara Dunn"


# -- a possessive office or team opening the sentence is not its owner ----------------


def test_a_possessive_office_reporting_a_quotation_is_not_its_owner() -> None:
    text = (
        "Deputy Minister Avraham Dayan faced questions on Monday.\n\n"
        "Dayan’s office added that contrary to claims, the donor "
        "“was never a member of the party and never met the minister.”"
    )
    assert speaker_of(text, "was never a member") is None


def test_the_owner_reporting_a_quotation_himself_is_still_the_speaker() -> None:
    text = (
        "Deputy Minister Avraham Dayan faced questions on Monday.\n\n"
        "Dayan added that contrary to claims, the donor "
        "“was never a member of the party and never met the minister.”"
    )
    assert speaker_of(text, "was never a member") == "Avraham Dayan"


# -- a title with a bracketed part, then a comma and the name -------------------------


def test_a_bracketed_part_of_a_title_before_the_comma_and_the_name() -> None:
    text = (
        '"Two men were hurt near the bridge," said Deputy Commissioner of Police (North), '
        "Farhan Qadri, to reporters."
    )
    assert speaker_of(text, "Two men") == "Farhan Qadri"


def test_a_bracketed_part_of_a_title_with_no_name_after_it_stays_a_description() -> None:
    text = '"Two men were hurt near the bridge," said Deputy Commissioner of Police (North).'
    found = quote(text, "Two men")
    assert found.speaker is None and found.attribution is not None
