"""extract_quotes: one test per attribution pattern and per mark rule, on short articles
written for the tests, and the labelled set held to its targets."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from index.extract.entities import extract_entities
from index.extract.quote_marks import find_spans
from index.extract.quotes import Quote, extract_quotes
from index.extract.speakers import Cast
from index.records import DESCRIPTION, GROUP, NAME, Attribution

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.quotes_eval import evaluate_labelled  # noqa: E402


def only(text: str) -> Quote:
    quotes = extract_quotes(text)
    assert len(quotes) == 1, quotes
    return quotes[0]


def said(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(text)]


def credited(text: str) -> list[tuple[str | None, Attribution | None]]:
    return [(q.speaker, q.attribution) for q in extract_quotes(text)]


# -- attribution patterns -------------------------------------------------------------


def test_said_then_name() -> None:
    q = only('"The bridge is safe," said engineer Olga Petrova.')
    assert (q.text, q.speaker, q.verb, q.partial) == (
        "The bridge is safe,",
        "Olga Petrova",
        "said",
        False,
    )


def test_name_then_said() -> None:
    q = only('"The bridge is safe," Olga Petrova said on Monday.')
    assert (q.speaker, q.verb) == ("Olga Petrova", "said")


def test_name_said_colon_before_quote() -> None:
    q = only('Mayor Tomas Berg said: "We will reopen the market next week."')
    assert (q.speaker, q.verb, q.partial) == ("Tomas Berg", "said", False)


def test_name_said_that_before_quote() -> None:
    q = only('Judge Patricia Holm said that "the evidence was never in doubt."')
    assert (q.speaker, q.partial) == ("Patricia Holm", False)


def test_according_to() -> None:
    q = only('"Stocks are too high," according to Paul Hendricks, an analyst at Meridian.')
    assert (q.speaker, q.verb) == ("Paul Hendricks", "according to")


def test_told_agency_before_and_after() -> None:
    before = only('Trade Minister Kenji Watanabe told Reuters: "Exports will recover soon."')
    after = only('"Exports will recover soon," Kenji Watanabe told AFP.')
    assert (before.speaker, before.verb) == ("Kenji Watanabe", "told")
    assert (after.speaker, after.verb) == ("Kenji Watanabe", "told")


def test_apposition_after_name_before_and_after_quote() -> None:
    before = only('Omar Haddad, a 28-year-old from Homs, said "the shelling never stopped."')
    after = only('"The shelling never stopped," said Omar Haddad, a 28-year-old from Homs.')
    assert before.speaker == after.speaker == "Omar Haddad"


def test_speaker_id_is_the_person_facet_id() -> None:
    text = 'Rami Abdel Rahman spoke. "It is over," Abdel Rahman said.'
    person = next(m for m in extract_entities(text) if m.type == "PERSON")
    q = only(text)
    assert (q.speaker, q.speaker_id) == ("Rami Abdel Rahman", person.entity_id)


def test_other_verbs() -> None:
    text = (
        '"Stay home," warned Anna Berg. Leader Tomas Lind tweeted: "We won tonight." '
        '"Why now?" asked Claire Dubois.'
    )
    assert [q.verb for q in extract_quotes(text)] == ["warned", "tweeted", "asked"]


def test_mid_sentence_attribution_splits_one_statement_in_two() -> None:
    text = '"We will rebuild," said headmaster Samuel Osei, "but it will take two years."'
    assert said(text) == [
        ("We will rebuild,", "Samuel Osei"),
        ("but it will take two years.", "Samuel Osei"),
    ]


def test_unattributed_quote_continues_the_previous_speaker() -> None:
    text = '"Prices have turned," said trader Luis Moreno.\n\n"Buyers have disappeared."'
    assert said(text)[1] == ("Buyers have disappeared.", "Luis Moreno")


# -- pronouns, roles and descriptions -------------------------------------------------


def test_pronoun_resolves_across_sentences_to_the_attribution_subject() -> None:
    text = (
        "Finance Minister Rafael Ortiz said the talks went well after meeting Li Wen.\n\n"
        '"We found common ground," he said.'
    )
    q = only(text)
    assert (q.speaker, q.verb) == ("Rafael Ortiz", "said")


def test_pronoun_prefers_a_person_named_in_its_own_sentence() -> None:
    text = (
        "Prime Minister Margaret Thatcher said an election could wait. "
        'Although Nigel Lawson disagreed, he added: "An election this year is likely."'
    )
    assert only(text).speaker == "Nigel Lawson"


def test_role_resolves_to_the_person_printed_with_it() -> None:
    text = (
        "Company spokesman Daniel Okafor confirmed the recall. "
        '"Nobody was hurt," the spokesman said.'
    )
    assert only(text).speaker == "Daniel Okafor"


def test_unnamed_descriptions_are_kept_as_attributions() -> None:
    text = (
        '"We pulled out twelve people," said the civil defence force worker, who did not '
        'identify himself. A rescue worker at the scene said "the roof just folded."'
    )
    assert credited(text) == [
        (None, Attribution("the civil defence force worker", DESCRIPTION)),
        (None, Attribution("A rescue worker", DESCRIPTION)),
    ]
    assert all(q.speaker_id is None for q in extract_quotes(text))


def test_pronoun_prefers_the_subject_of_its_paragraph_over_an_older_attribution() -> None:
    text = (
        "Michael Jopling told journalists the scheme was costly.\n\n"
        "Opening the debate, Frans Andriessen accused officials of ignoring realities. "
        '"They live on another planet," he said.'
    )
    assert only(text).speaker == "Frans Andriessen"


def test_it_resolves_to_the_organisation_opening_a_clause() -> None:
    text = 'Exxon Corp reported a loss. "We expect a recovery soon," it said.'
    assert credited(text) == [(None, Attribution("Exxon Corp", GROUP))]


def test_quoted_as_saying() -> None:
    text = '"Adjustments are needed," the company quoted chairman John Folkerth as saying.'
    q = only(text)
    assert (q.speaker, q.verb) == ("John Folkerth", "quoted")


def test_unattributed_quote_after_reported_speech_takes_its_subject() -> None:
    text = (
        "Association chairman Ulrich Wagner told a news conference the tax was a threat."
        '\n\n"We have just avoided a trade conflict with the United States."'
    )
    assert only(text).speaker == "Ulrich Wagner"


def test_plural_pronoun_gives_no_speaker() -> None:
    q = only('Families waited at the gate. "We want news of our sons," they said.')
    assert (q.speaker, q.verb) == (None, "said")


def test_unknown_word_without_mentions_is_kept_as_a_name() -> None:
    # one word the article never names in full: a person's surname or a company's name
    q = extract_quotes('"Prices are too high," Smith told AFP.', mentions=[])[0]
    assert (q.speaker, q.speaker_id, q.attribution) == (None, None, Attribution("Smith", NAME))


def test_missed_full_name_is_a_person() -> None:
    q = extract_quotes('"Prices are too high," Tony Oates told AFP.', mentions=[])[0]
    assert (q.speaker, q.speaker_id, q.attribution) == ("Tony Oates", None, None)


# -- marks ------------------------------------------------------------------------------


def test_quotation_over_two_paragraphs_is_one_quote() -> None:
    text = (
        'Union leader Ana Ribeiro spoke to the strikers.\n\n"We waited three years.\n\n'
        '"Today that ends," Ribeiro said.'
    )
    q = only(text)
    assert q.text == 'We waited three years.\n\n"Today that ends,'
    assert q.speaker == "Ana Ribeiro"


def test_unclosed_quotation_ends_with_its_paragraph() -> None:
    text = 'Olga Petrova said: "The bridge is safe\n\nTraffic resumed on Monday.'
    assert only(text).text == "The bridge is safe"


def test_curly_quotes_and_nested_single_quotes() -> None:
    text = "“I heard him shout ‘get out now’ and the wall fell,” said neighbour Yusuf Demir."
    q = only(text)
    assert q.text == "I heard him shout ‘get out now’ and the wall fell,"
    assert q.speaker == "Yusuf Demir"


def test_nested_straight_single_quotes_stay_in_the_outer_quote() -> None:
    text = "Senator Laura Kim said: \"He called it 'a minor setback', and nobody believed him.\""
    assert said(text) == [("He called it 'a minor setback', and nobody believed him.", "Laura Kim")]


def test_apostrophes_are_not_quote_marks() -> None:
    text = (
        "The mayor's office didn't comment on Syria’s offer. Rock 'n' roll fans "
        "queued since the '90s, and the workers' union wasn't consulted."
    )
    assert extract_quotes(text) == []


def test_double_quote_typed_for_an_apostrophe_is_skipped() -> None:
    text = 'China"s delegate said the plan "was never serious" and left.'
    assert [q.text for q in extract_quotes(text)] == ["was never serious"]


def test_titles_and_so_called_phrases_are_not_quotes() -> None:
    text = (
        'The film "Return of the River" won in Venice. The so-called "reform package" '
        'failed. She appeared on "Good Morning Britain" on Friday.'
    )
    assert extract_quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'Exporters said: "Prices \'will\' fall," and "rise" later.',
        '"Hello," she said. "Goodbye."\n\n"Again',
        '“Curly” and "straight" and ‘single’ marks, it\'s said.',
    ],
)
def test_offsets_are_exact(text: str) -> None:
    quotes = extract_quotes(text)
    assert quotes
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert q.text and not q.text[0].isspace() and not q.text[-1].isspace()


def test_spans_are_in_text_order() -> None:
    text = "He called it 'the beast'. \"Nothing works,\" she said. 'Enough' was the reply."
    openings = [s.opening for s in find_spans(text)]
    assert openings == sorted(openings) and len(openings) == 3


# -- partial quotations ------------------------------------------------------------------


def test_embedded_term_is_partial_without_speaker() -> None:
    q = only('State television referred to them with its term for "rioters".')
    assert (q.text, q.partial, q.speaker) == ("rioters", True, None)


def test_vowed_to_is_partial_spoken_by_the_subject() -> None:
    text = (
        'Foreign Minister Mevlut Cavusoglu has vowed to "do whatever is necessary" '
        "to protect Turkey's troops."
    )
    q = only(text)
    assert (q.text, q.speaker, q.verb, q.partial) == (
        "do whatever is necessary",
        "Mevlut Cavusoglu",
        "vowed",
        True,
    )


def test_short_attributed_answer_is_not_partial() -> None:
    assert only('"Enough," said Peter Novak.').partial is False


def test_single_quoted_phrase_is_partial() -> None:
    q = only("Protesters chanted 'no more lies' outside parliament.")
    assert (q.text, q.partial, q.speaker) == ("no more lies", True, None)
    assert q.attribution == Attribution("Protesters", GROUP)


def test_single_quoted_scare_phrase_is_no_quotation_beside_double_quotes() -> None:
    text = (
        "The jury gave the 'lesser' prizes to two debut novels. "
        '"It was a strong year," said Lena Ortiz.'
    )
    assert [q.text for q in extract_quotes(text)] == ["It was a strong year,"]


def test_single_quoted_phrase_with_a_verb_stays_beside_double_quotes() -> None:
    text = (
        "Another 'daring' choice, Lena Ortiz said, was the jury's last. "
        '"It was a strong year," she added.'
    )
    first, _ = extract_quotes(text)
    assert (first.text, first.speaker, first.partial) == ("daring", "Lena Ortiz", True)


def test_straight_mark_after_a_word_and_a_space_opens_a_quotation() -> None:
    text = (
        'But Lena Ortiz said the plan "had the feel of a draft, and urged the '
        'council to promise that "every resident will be consulted" before it acts.'
    )
    texts = [q.text for q in extract_quotes(text)]
    assert texts[-1] == "every resident will be consulted"


def test_closing_mark_typed_after_a_comma_and_a_space_still_closes() -> None:
    text = '"We will win in the end, "the coach said on Sunday.'
    assert [q.text for q in extract_quotes(text)] == ["We will win in the end,"]


# -- the API and the labelled set --------------------------------------------------------


def test_mentions_default_to_extract_entities() -> None:
    text = '"Exports will recover," Kenji Watanabe said.'
    assert extract_quotes(text) == extract_quotes(text, extract_entities(text))


def test_cast_without_quotes_knows_no_speakers() -> None:
    cast = Cast("Olga Petrova said so.", extract_entities("Olga Petrova said so."), [])
    assert cast.pronoun(len(cast.text)).name == "Olga Petrova"


def test_labelled_set_meets_targets() -> None:
    scores = evaluate_labelled()
    assert scores.expected >= 40
    assert scores.f1 >= 0.95, scores.errors
    assert scores.attribution >= 0.85, scores.errors


def test_said_then_an_age_then_the_name() -> None:
    text = '"We fled at night," said 39-year-old Omar Haddad from the valley.'
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.verb) == ("Omar Haddad", "said")


def test_quotation_after_page_furniture_continues_the_one_before() -> None:
    text = (
        '"We are offering an alternative," Lena Ortiz said on Sunday.\n\n'
        "Story Continued Below\n\n"
        '"Voters want a real choice this time."'
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Lena Ortiz", "Lena Ortiz"]


def test_quotation_after_a_paragraph_of_text_does_not_continue() -> None:
    text = (
        '"We are offering an alternative," Lena Ortiz said on Sunday.\n\n'
        "Ortiz left early\n\n"
        "Her rivals stayed to the end of the night, talking to voters.\n\n"
        '"Voters want a real choice this time."'
    )
    assert extract_quotes(text)[-1].speaker is None
