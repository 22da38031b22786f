"""The names a quotation's speaker is given: the rules of the quote speaker round on
names (stop 43), each on a short passage written for the test. A speaker is the
person, named as the press names them without titles; a shorter form of a full name
is the person named in full; a pronoun agrees with the title printed before a name."""

from __future__ import annotations

from index.extract.attributions import plain_name
from index.extract.quotes import Quote, extract_quotes


def quote(text: str, words: str) -> Quote:
    return next(q for q in extract_quotes(text) if q.text.startswith(words))


def speaker_of(text: str, words: str) -> str | None:
    return quote(text, words).speaker


# -- titles kept out of the speaker's name -------------------------------------------


def test_esquire_after_a_name_is_no_part_of_it() -> None:
    text = (
        "Mr Daniel Owusu Esq., chairman of the rowing federation, opened the meeting.\n\n"
        '"We will build new boathouses in every region this year," he said.'
    )
    assert speaker_of(text, "We will build") == "Daniel Owusu"


def test_professor_before_a_name_is_no_part_of_it() -> None:
    text = (
        "Health Minister Professor Abena Mensah-Bonsu opened the clinic in Winneba.\n\n"
        '"The clinic will serve thousands of families," Professor Mensah-Bonsu said.'
    )
    assert speaker_of(text, "The clinic will") == "Abena Mensah-Bonsu"


def test_plain_name_drops_titles_but_keeps_a_name_of_one_title_word() -> None:
    assert plain_name("Richard Mensah, Esq.") == "Richard Mensah"
    assert plain_name("Prof. Ama Boateng") == "Ama Boateng"
    assert plain_name("then-Governor Fallon") == "Fallon"
    assert plain_name("Justice Harwood") == "Harwood"  # 'Mr Justice Harwood', a judge
    assert plain_name("Justice Kofi Mensah") == "Justice Kofi Mensah"  # a given name
    assert plain_name("Dr") == "Dr"
    assert plain_name("Engr. Bilal Ahmed Khan") == "Bilal Ahmed Khan"
    assert plain_name("Alhaji Musa Danladi") == "Musa Danladi"


def test_a_judges_title_before_a_surname_is_dropped() -> None:
    text = (
        "The hearing was adjourned on Tuesday.\n\n"
        'Mr Justice Harwood said the objections were the "last remaining hurdle" to the sale.'
    )
    assert speaker_of(text, "last remaining") == "Harwood"


# -- a shorter form of a name the recogniser linked apart ---------------------------


def test_the_head_of_a_long_name_is_the_person_named_in_full() -> None:
    text = (
        "Former minister Tariq Hasan Rafiq Chowdhury joined the party on Sunday, its "
        "leaders announced.\n\n"
        'Tariq Hasan said, "We will campaign in every district before the vote."'
    )
    assert speaker_of(text, "We will campaign") == "Tariq Hasan Rafiq Chowdhury"


def test_a_short_form_two_people_share_stays_as_printed() -> None:
    text = (
        "Tariq Hasan Rafiq Chowdhury and Tariq Hasan Mollah both joined the party on "
        "Sunday, its leaders announced.\n\n"
        'Tariq Hasan said, "We will campaign in every district before the vote."'
    )
    assert speaker_of(text, "We will campaign") not in (
        "Tariq Hasan Rafiq Chowdhury",
        "Tariq Hasan Mollah",
    )


# -- a pronoun agrees with the title printed before a name --------------------------


def test_she_is_not_a_man_printed_as_mr() -> None:
    text = (
        "Campaigners met Prime Minister Ravi Desai in London on Monday.\n\n"
        "She urged Mr Desai to secure her brother's release.\n\n"
        '"We only have a few days left to act," she said.'
    )
    assert speaker_of(text, "We only have") != "Ravi Desai"


def test_he_is_the_man_printed_as_mr_whatever_his_given_name() -> None:
    text = (
        "Mr Hilary Walsh, the head of the dockers' union, spoke at the rally on Friday.\n\n"
        '"We will not give up this fight," he said.'
    )
    assert speaker_of(text, "We will not") == "Hilary Walsh"


# -- 'who' after an apposition is the person the apposition describes --------------


def test_who_after_an_apposition_is_the_person_before_it() -> None:
    text = (
        "Staff were told on Friday in a letter from Maria Lopez, the hospital's head of "
        'payroll, who wrote that the managers "had found errors in the first payments."'
    )
    assert speaker_of(text, "had found errors") == "Maria Lopez"


def test_who_after_a_possessive_apposition_is_the_person_before_it() -> None:
    text = (
        "The complaint was answered by Tom Reed, Acme's director of sales, who said the "
        'firm "will refund every customer by June."'
    )
    assert speaker_of(text, "will refund") == "Tom Reed"


def test_who_after_an_apposition_naming_others_is_still_the_first_person() -> None:
    text = (
        "Her case was taken up by Paul Grant, a lawyer and former adviser to Ann Cole "
        'and Mark Finch, who wrote in a post that she "deserves a fair hearing."'
    )
    assert speaker_of(text, "deserves a fair") == "Paul Grant"


# -- a line naming the speaker before a colon, then the quoted paragraphs ----------


def test_a_line_of_a_name_and_a_colon_names_the_paragraphs_after_it() -> None:
    text = (
        "Riverside won 30-12 at home on Saturday.\n\n"
        "Riverside director of rugby Tom Baxter:\n\n"
        '"We knew it would be a battle up front, and the pack delivered.\n\n'
        '"The young lads in the back row were outstanding all afternoon."\n\n'
        "Visiting head coach Sam Ellis:\n\n"
        '"We made too many errors and you cannot do that here."'
    )
    assert speaker_of(text, "We knew it") == "Tom Baxter"
    assert speaker_of(text, "We made too") == "Sam Ellis"


def test_a_sentence_ending_in_a_colon_is_no_such_line() -> None:
    text = (
        "Tom Baxter was at the ground on Saturday.\n\n"
        "The visitors were beaten soundly, and Sam Ellis said this:\n\n"
        '"We made too many errors and you cannot do that here."'
    )
    assert speaker_of(text, "We made too") != "Tom Baxter"


# -- a title called by its initials -------------------------------------------------


def test_the_initials_of_a_title_name_the_person_who_carries_it() -> None:
    text = (
        "State Auditor General Linda Foster presented her report to the committee.\n\n"
        'The AG also said the accounts were "in a worse state than in any year before."'
    )
    assert speaker_of(text, "in a worse state") == "Linda Foster"


def test_a_bracketed_acronym_of_a_title_names_the_person_who_carries_it() -> None:
    text = (
        "Chief Medical Officer (CMO) Peter Okafor visited the district on Monday.\n\n"
        'Addressing the nurses, the CMO said, "We will send more staff next week."'
    )
    assert speaker_of(text, "We will send") == "Peter Okafor"


def test_initials_two_people_carry_name_neither() -> None:
    text = (
        "Deputy Governor Ann Hale met Deputy Governor Tom Price on Monday.\n\n"
        'The DG said, "We will send more staff next week."'
    )
    assert speaker_of(text, "We will send") is None


# -- a person a sentence opens with as its topic is the 'he' after it ---------------


def test_he_after_a_sentence_opening_with_for_someone_is_that_person() -> None:
    text = (
        "Broker Tom Ames expects a rebound. He believes buyers will return soon. "
        '"The worst is behind us," he said. But for Mark Marsh, a director at the '
        "analyst firm Corvid and a long-time watcher of the sector, the outlook is "
        'bleaker. "Prices will fall further before they rise," he said.'
    )
    assert speaker_of(text, "Prices will fall") == "Mark Marsh"


def test_an_unlinked_name_keeps_its_title_when_it_would_be_no_name_without() -> None:
    text = (
        "The sermon drew a large crowd on Sunday.\n\n"
        '"Heaven is open to every creature," Rev Martin said.'
    )
    assert speaker_of(text, "Heaven is open") == "Rev Martin"  # not a bare 'Martin'
