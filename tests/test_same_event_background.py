"""The round of the reprint work after the test18 part (issue 16), on texts
written for these tests: two stories that each have figures of their own and
share several paragraphs of background are not one event when either leads
with news the other lacks altogether (a figure or a name in its opening
paragraph found nowhere in the other), even when neither's lead is carried
further down in the other; and two texts that do not both have figures of their
own are not one event when each opens with news of its own (a lead the other
does not hold, stating a name or a figure the other lacks)."""

from __future__ import annotations

from index.layout import lead_carried
from index.leads import both_lead_anew, leads_apart
from index.particulars import MIN_LONG, same_event
from index.passages import PARAGRAPH_SEPARATOR
from index.text_particulars import read

# Background both stories carry word for word: a trade accord's terms.
BACKGROUND = (
    "Under the accord signed in Valdora on Tuesday, Merrow and Ostland agreed to cut tariffs "
    "on 1,742 farm and industrial goods over six years, starting with a 12.75 pct reduction "
    "on grain, timber and machine parts from the first of March.",
    "The accord, negotiated over 31 rounds since 2019, also sets up a joint arbitration "
    "panel seated in Castelmar with three judges from each side and a chair named by the "
    "Halvern Institute for Trade Law.",
    "Ostland's trade minister Ilse Varkonen said it would lift two-way trade from 8,347 "
    "mln crowns last year to about 14,615 mln crowns by 2031, while Merrow's commerce "
    "secretary Tobiah Renwick called it the largest pact either country had signed.",
    "Farm groups in northern Merrow, led by the Grainmen's Union of Pellston, have said "
    "they will challenge the grain quota in court, and the opposition Civic Front in "
    "Ostland has called for a referendum before the Assembly ratifies it.",
)
# A market story leading with its own figures and the exchange's name.
MARKET = PARAGRAPH_SEPARATOR.join(
    (
        "Shares on the Brevik Stock Exchange closed at a record 52,318.4 points on "
        "Wednesday, up 1,906.2 points or 3.78 pct, as exporters led gains after the trade "
        "accord with Ostland.",
        "Turnover rose to 962 mln shares worth 41,275 mln crowns from 655 mln shares on "
        "Tuesday, dealers said.",
        *BACKGROUND,
    )
)
# A reaction story, its subject named in the market story too (not another subject),
# leading with a neighbour's news and figures of its own.
REACTION = PARAGRAPH_SEPARATOR.join(
    (
        "Ostland's neighbour Tessaly said on Wednesday it was studying the trade accord "
        "with Merrow and would seek talks on its 27 pct share of the grain trade through "
        "the port of Kallos.",
        "A ministry spokeswoman, Dana Morrell, said Tessaly had not been consulted and "
        "would raise the matter at the regional council on April 9.",
        *BACKGROUND,
    )
)
# The market story rewritten: its lead reworded, stating nothing the first lacks; each
# has a figure of its own further down.
MARKET_REWRITTEN = PARAGRAPH_SEPARATOR.join(
    (
        "Exporters led the Brevik Stock Exchange to a record close of 52,318.4 points on "
        "Wednesday after the trade accord with Ostland, a gain of 1,906.2 points or "
        "3.78 pct.",
        "Some 962 mln shares worth 41,275 mln crowns changed hands, dealers said, and "
        "Brevik's grain exporters rose 6.4 pct.",
        *BACKGROUND,
    )
)


def test_the_stories_share_several_paragraphs_and_neither_carries_the_other_lead() -> None:
    market, reaction = read(MARKET), read(REACTION)
    assert len(market.shingles & reaction.shingles) >= MIN_LONG
    assert not lead_carried(market, reaction)
    assert leads_apart(market, reaction)


def test_two_stories_leading_with_their_own_news_on_one_background_are_not_one_event() -> None:
    assert not same_event(MARKET, REACTION)
    assert not same_event(REACTION, MARKET)
    assert not same_event(MARKET, REACTION, same_day=True)


def test_a_story_rewritten_with_its_lead_reworded_still_folds() -> None:
    assert not leads_apart(read(MARKET), read(MARKET_REWRITTEN))
    assert same_event(MARKET, MARKET_REWRITTEN)
    assert same_event(MARKET_REWRITTEN, MARKET, same_day=True)


# The names rule (not both texts have figures of their own): a story of a minister's
# remarks, and a page leading with another statement that carries the story below it.
REMARKS_BODY = (
    "Penn, who led the treasury of Veltria under the previous government, was stopped at "
    "the Granmoor crossing by officers of the Veltrian Border Agency while travelling "
    "from Lisk to Harrowgate.",
    "The Office of the Special Prosecutor has charged Penn with misusing public funds in "
    "the Orvale refinery contract, and the High Court in Caldmere issued a warrant for "
    "his arrest in the spring.",
    "Penn's lawyer, Maren Toft, said her client had committed no crime and would answer "
    "every charge before the High Court, and accused the Justice Ministry of pursuing "
    "him for the opposition's sake.",
)
REMARKS = PARAGRAPH_SEPARATOR.join(
    (
        "Veltria's justice minister Corvin Hale said the former finance chief Arlo Penn had "
        "lost his residence permit in Marland and would be brought home to stand trial.",
        *REMARKS_BODY,
        "Hale spoke after a cabinet meeting chaired by Premier Odo Brask.",
    )
)
PAGE = PARAGRAPH_SEPARATOR.join(
    (
        "Veltria's embassy in Marland said the detention of Arlo Penn followed a routine "
        "check by the Granmoor police, and that its consul Ines Varga had offered him "
        "the embassy's help.",
        *REMARKS_BODY,
    )
)
REMARKS_REWRITTEN = PARAGRAPH_SEPARATOR.join(
    (
        "Arlo Penn, Veltria's former finance chief, has lost his residence permit in "
        "Marland and will be brought home to stand trial, justice minister Corvin Hale said.",
        *REMARKS_BODY,
        "The opposition leader Petra Lund called the case a settling of scores.",
    )
)


def test_two_texts_each_opening_with_news_of_their_own_are_not_one_event() -> None:
    remarks, page = read(REMARKS), read(PAGE)
    assert both_lead_anew(remarks, page)
    assert not same_event(REMARKS, PAGE)
    assert not same_event(PAGE, REMARKS, same_day=True)


def test_a_rewrite_whose_lead_states_nothing_new_still_folds() -> None:
    assert not both_lead_anew(read(REMARKS), read(REMARKS_REWRITTEN))
    assert same_event(REMARKS, REMARKS_REWRITTEN)
    assert same_event(REMARKS_REWRITTEN, REMARKS, same_day=True)
