"""The rules of index.particulars.same_event added in round 7 of the reprint
work (issue 16): same-day stories of one company or one template that are not
one event (a round-up leading with others' news, a follow-up leading with news
of its own, a rate table changed again), and corrections, which are; on texts
written for these tests."""

from __future__ import annotations

from index.fingerprints import is_copy, shingle_set
from index.particulars import same_event

# --------------------------------------------------------------------------- round-ups

ONE_BANK = (
    "Fenwick Bancorp said its Fenwick Bank put its base lending rate up to 8-1/4 pct from "
    "8 pct as of today."
)
# A round-up the same day: it leads with other banks (their names common words
# but for one), and carries the first bank's item further down.
ROUND_UP = (
    "First National Bank, owned by Harlow Corp, and Security Trust said they would put "
    "their base lending rates up to 8-1/4 pct from 8 pct as of today.\n\n"
    "In Denver, Fenwick Bancorp said its Fenwick Bank also put its base lending rate up to "
    "8-1/4 pct from 8 pct as of today.\n\n"
    "Two New York banks moved first, on Tuesday."
)


def test_a_round_up_leading_with_other_banks_does_not_fold_one_bank_s_item() -> None:
    assert is_copy(shingle_set(ONE_BANK), shingle_set(ROUND_UP))
    assert not same_event(ONE_BANK, ROUND_UP) and not same_event(ROUND_UP, ONE_BANK)


def test_a_story_leading_with_the_item_and_adding_others_further_down_still_folds() -> None:
    # The bank's own story, longer: its lead is the item, what follows adds
    # background without other banks' rates.
    longer = (
        ONE_BANK + "\n\nThe bank, based in Denver, last changed its prime rate in March.\n\n"
        "Fenwick Bancorp has assets of about 2.1 billion dlrs."
    )
    assert same_event(ONE_BANK, longer) and same_event(longer, ONE_BANK)


# --------------------------------------------------------------------------- follow-ups

BUYBACK = (
    "Kestrel Corp said its board approved buying back as many as 320,000 of its own "
    "shares.\n\n"
    "That is about a tenth of those in issue, and the board thinks the market price does "
    "not reflect the company's worth, it said."
)
# A later statement the same day, referring back to the first and leading with
# a figure of its own.
FUNDS = (
    "Kestrel Corp, which earlier said its board approved buying back as many as 320,000 of "
    "its own shares, said 650,000 dlrs can be spent on the purchases for now.\n\n"
    "Its bank loan caps what it may spend on its own stock at half of each year's profit, "
    "it said."
)


def test_a_follow_up_leading_with_news_of_its_own_is_another_event() -> None:
    assert is_copy(shingle_set(BUYBACK.split("\n\n")[0]), shingle_set(FUNDS))
    assert not same_event(BUYBACK, FUNDS) and not same_event(FUNDS, BUYBACK)


def test_a_text_referring_back_without_news_in_its_lead_is_not_a_follow_up() -> None:
    # The same wording with nothing new in the lead: the rule needs both.
    echo = FUNDS.replace(
        "said 650,000 dlrs can be spent on the purchases for now",
        "said the market price does not reflect its worth",
    ).split("\n\n")[0]
    assert same_event(BUYBACK, echo) and same_event(echo, BUYBACK)


def test_an_earlier_reported_event_named_in_the_lead_is_no_follow_up() -> None:
    # "the earlier reported filing" names an event; it does not refer back to
    # the subject's own report, so a copy that drops a figure of the lead folds.
    text = (
        "Tarn Holdings Ltd said the earlier reported collapse of Colwick Stores Inc, a "
        "retailer it owns 212,500 shares of, leaves its own finances sound.\n\n"
        "Tarn said its dealing arm held capital of 31.5 mln dlrs when the year ended."
    )
    copy = text.replace("212,500", "some")
    assert same_event(text, copy) and same_event(copy, text)


# --------------------------------------------------------------------------- rate tables

LEAD = "The Harbor Loan Board adjusted the rates on its discount notes as follows:"
FIRST_TABLE = "\n\n".join(
    [
        LEAD,
        "MATURITY NEW RATE OLD RATE",
        "30-90 days 5.00 pct 5.00 pct",
        "91-180 days 5.92 pct 5.83 pct",
        "181-270 days 5.93 pct 5.82 pct",
        "271-360 days 5.90 pct 5.80 pct",
    ]
)
# The board's next change the same day: the first's new rates are its old
# ones, so every figure is the first table's, in other rows and columns.
SECOND_TABLE = "\n\n".join(
    [
        LEAD,
        "MATURITY NEW RATE OLD RATE",
        "30-90 days 5.00 pct 5.00 pct",
        "91-180 days 5.90 pct 5.92 pct",
        "181-270 days 5.93 pct 5.93 pct",
    ]
)


def test_a_rate_table_changed_again_is_another_event() -> None:
    assert is_copy(shingle_set(LEAD), shingle_set(SECOND_TABLE))
    assert not same_event(FIRST_TABLE, SECOND_TABLE)
    assert not same_event(SECOND_TABLE, FIRST_TABLE)


def test_a_rate_table_changed_again_with_no_figure_of_its_own_in_a_row() -> None:
    """The second change keeps a row's figures but moves one to another cell
    (its old rate the first's new): as many cells, another figure in one."""
    first = FIRST_TABLE.replace("181-270 days 5.93 pct 5.82 pct", "181-270 days 5.93 pct 5.92 pct")
    second = SECOND_TABLE.replace("91-180 days 5.90 pct 5.92 pct", "91-180 days 5.92 pct 5.92 pct")
    assert not same_event(first, second) and not same_event(second, first)
    # The same table reprinted, a row's unit and spacing edited, still folds.
    edited = first.replace("181-270 days 5.93 pct", "181-270 days  5.93 percent")
    assert same_event(first, edited) and same_event(edited, first)


def test_a_rate_table_cut_short_still_folds() -> None:
    cut = "\n\n".join(FIRST_TABLE.split("\n\n")[:4])
    assert same_event(FIRST_TABLE, cut) and same_event(cut, FIRST_TABLE)


# --------------------------------------------------------------------------- corrections

OUTLOOK = (
    "Meridian Instruments Inc forecast that its sales in the three months to March would "
    "top what it sold in all of last year, with profit rising faster still.\n\n"
    "Last year Meridian had revenues of 4,180,552 dlrs and earned 261,300 dlrs, or 14 cts "
    "a share.\n\n"
    "Carla Meridian, who runs the company, credited bigger orders from its main customers "
    "and a wider dealer network."
)


def test_a_correction_of_a_figure_folds_with_the_story_it_corrects() -> None:
    corrected = OUTLOOK.replace("14 cts", "1.4 cts") + " (corrects cts a share)"
    assert same_event(OUTLOOK, corrected) and same_event(corrected, OUTLOOK)
    # Without saying it corrects the story, the other figure is a disagreement.
    changed = OUTLOOK.replace("14 cts", "1.4 cts")
    assert not same_event(OUTLOOK, changed) and not same_event(changed, OUTLOOK)


CLOSINGS = (
    "Harrow Motors Corp is to shut four of its car factories for a week next month, "
    "sending 12,400 workers home, the company said.\n\n"
    "The stoppage, to trim stocks of unsold cars, starts on August 6.\n\n"
    "Output of the Sedan and Coupe lines in Michigan and Ohio will stop, spokesman Dale "
    "Prentice said.\n\n"
    "The factories are at Linden (3,100 workers), Fairfax (2,900 workers), Doraville (3,300 "
    "workers) and Wixom (3,100 workers)."
)


def test_a_correction_cut_short_folds_but_not_another_company_s_corrected_item() -> None:
    corrected = (
        "\n\n".join(CLOSINGS.split("\n\n")[:3]).replace("August 6", "April 6")
        + " - corrects the date the stoppage starts."
    )
    assert same_event(CLOSINGS, corrected) and same_event(corrected, CLOSINGS)
    # Another company's item, corrected: more particulars of its own than in common.
    dividend = "Qtly div 17-1/2 cts vs 17-1/2 cts prior\n\nPay April 20\n\nRecord April 2."
    other = (
        "Qtly div 17-1/2 cts vs 17-1/4 cts\n\nPay April 15\n\nRecord March 31\n\n"
        "NOTE: Full name Tolland Paper Board Co.\n\n"
        "(Corrects the dividend in the March 17 item: it was raised.)"
    )
    assert not same_event(dividend, other) and not same_event(other, dividend)
