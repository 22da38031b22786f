"""A person's name run into the office, body or rank before it
(index/extract/office_holders.py), on sentences written for these tests."""

from __future__ import annotations

from index.extract.office_holders import with_office_holders
from index.names import name_key
from index.records import ORG, PERSON, Mention


def _run(text: str, surface: str, kind: str = ORG) -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), kind, surface, name_key(surface), surface)


def _found(text: str, surface: str, alone: str = "") -> list[tuple[str, str]]:
    """The run's mentions after the mend; ``alone``: a one-word person after it."""
    mentions = [_run(text, surface)]
    if alone:
        start = text.rindex(alone)
        mentions.append(Mention(start, start + len(alone), PERSON, alone, alone, alone))
    found = with_office_holders(mentions, text)
    return [(m.type, m.text) for m in found if m.start < mentions[0].end]


def test_a_council_s_secretary_run_into_its_name_after_an_office_of() -> None:
    text = "Secretary of Norland's Supreme Harbour Council Ali Vesterberg said on Monday."
    assert _found(text, "Supreme Harbour Council Ali Vesterberg") == [
        (ORG, "Supreme Harbour Council"),
        (PERSON, "Ali Vesterberg"),
    ]


def test_a_name_after_the_body_s_last_word_though_no_given_name_is_known() -> None:
    text = "The head of High Council of Shipping Insurance Quorvendi Tallasko spoke. Tallasko said."
    run = "High Council of Shipping Insurance Quorvendi Tallasko"
    assert _found(text, run) == [(ORG, run)]  # not without the surname used alone
    assert _found(text, run, "Tallasko") == [
        (ORG, "High Council of Shipping Insurance"),
        (PERSON, "Quorvendi Tallasko"),
    ]


def test_a_name_with_particles_or_of_three_words_after_the_body_s_last_word() -> None:
    text = "President of the Northern Harbour Commission Anna von der Tallen said."
    assert _found(text, "Northern Harbour Commission Anna von der Tallen") == [
        (ORG, "Northern Harbour Commission"),
        (PERSON, "Anna von der Tallen"),
    ]
    text = "Head of the Harbour Health Organization Quorvendi Adhalo Tallasko spoke. Tallasko said."
    run = "Harbour Health Organization Quorvendi Adhalo Tallasko"
    assert _found(text, run, "Tallasko") == [
        (ORG, "Harbour Health Organization"),
        (PERSON, "Quorvendi Adhalo Tallasko"),
    ]


def test_a_portfolio_list_s_tail_is_no_body_of_its_own() -> None:
    text = "The Minister of Roads, Ports and Maritime Services John Vesterberg spoke."
    assert _found(text, "Maritime Services John Vesterberg") == [(PERSON, "John Vesterberg")]


def test_a_rank_inside_the_run_cuts_the_person_out_and_a_lone_word_is_no_body() -> None:
    text = "Police Senior Superintendent Maria Tallasko said the car was found."
    assert _found(text, "Police Senior Superintendent Maria Tallasko") == [
        (PERSON, "Maria Tallasko")
    ]


def test_a_title_of_several_words_and_a_run_opening_with_a_rank() -> None:
    text = "Leader of the Harbour Revolution Ayatollah Seyyed Ali Vesterberg spoke."
    assert _found(text, "Harbour Revolution Ayatollah Seyyed Ali Vesterberg") == [
        (PERSON, "Ali Vesterberg")
    ]
    text = "Lt Gen KM Tallasko said so."
    assert _found(text, "Lt Gen KM Tallasko") == [(PERSON, "KM Tallasko")]


def test_bodies_and_headlines_are_left_alone() -> None:
    # no office before the run and no title in it: a body named after a person
    text = "Shares of Northfield Holdings Anna Berg fell."
    assert _found(text, "Northfield Holdings Anna Berg") == [(ORG, "Northfield Holdings Anna Berg")]
    # common words after a given name: a headline, no name
    text = "Chairman of the Security Council Will Meet Today"
    assert _found(text, "Security Council Will Meet Today") == [
        (ORG, "Security Council Will Meet Today")
    ]
    # the first word of a two-word honorific is a name alone ("Tan" of "Tan Sri")
    text = "He met Tan Wei Ming in Kuching."
    assert _found(text, "Tan Wei Ming") == [(ORG, "Tan Wei Ming")]
    # common words after a title and a given name ("Justice Will Be Served")
    text = "They marched for Campaign Justice Will Be Served today."
    assert _found(text, "Campaign Justice Will Be Served") == [
        (ORG, "Campaign Justice Will Be Served")
    ]
    # a given name after a word that ends no body's name: "Kim In Chol" is one name
    text = "The vice-minister of Foreign Affairs, Kim In Chol, spoke."
    assert _found(text, "Kim In Chol") == [(ORG, "Kim In Chol")]
    # a place closing the body's name
    text = "The director of the Harbour Aid Foundation New Zealand spoke."
    assert _found(text, "Harbour Aid Foundation New Zealand") == [
        (ORG, "Harbour Aid Foundation New Zealand")
    ]
    # the body's own words after "of": no name's shape
    text = "The director of the Lowther Institute Pacific Islands programme spoke."
    assert _found(text, "Lowther Institute Pacific Islands") == [
        (ORG, "Lowther Institute Pacific Islands")
    ]


def test_the_run_s_other_mentions_go_with_the_body() -> None:
    text = "Secretary of the Harbour Safety Council Ali Vesterberg spoke. The HSC met."
    run = _run(text, "Harbour Safety Council Ali Vesterberg")
    start = text.index("HSC")
    acronym = Mention(start, start + 3, ORG, "HSC", run.entity_id, run.name)
    found = with_office_holders([run, acronym], text)
    assert [(m.type, m.text, m.name) for m in found] == [
        (ORG, "Harbour Safety Council", "Harbour Safety Council"),
        (PERSON, "Ali Vesterberg", "Ali Vesterberg"),
        (ORG, "HSC", "Harbour Safety Council"),
    ]
