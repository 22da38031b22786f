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
    "Fenwick Bancorp said its Fenwick Bank raised its prime rate to 8-1/4 pct from 8 pct, "
    "effective immediately."
)
# A round-up the same day: it leads with other banks (their names common words
# but for one), and carries the first bank's item further down.
ROUND_UP = (
    "First National Bank, the main unit of Harlow Corp, and Security Trust said they were "
    "raising the prime lending rate to 8-1/4 pct from 8 pct, effective immediately.\n\n"
    "In Denver, Fenwick Bancorp said its Fenwick Bank was also raising its prime rate to "
    "8-1/4 pct from 8 pct, effective immediately.\n\n"
    "The changes follow similar rises yesterday by two New York banks."
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
    "Kestrel Corp said it will repurchase up to 10 pct of its 3.2 mln common shares "
    "outstanding.\n\n"
    "The company said it believes its common stock is undervalued at current prices."
)
# A later statement the same day, referring back to the first and leading with
# a figure of its own.
FUNDS = (
    "Kestrel Corp, which earlier said it will repurchase up to 10 pct of its 3.2 mln "
    "outstanding shares in the open market, said it has about 650,000 dlrs currently "
    "available for buybacks.\n\n"
    "It said its loan agreement limits stock purchases to 50 pct of net earnings each year."
)


def test_a_follow_up_leading_with_news_of_its_own_is_another_event() -> None:
    assert is_copy(shingle_set(BUYBACK.split("\n\n")[0]), shingle_set(FUNDS))
    assert not same_event(BUYBACK, FUNDS) and not same_event(FUNDS, BUYBACK)


def test_a_text_referring_back_without_news_in_its_lead_is_not_a_follow_up() -> None:
    # The same wording with nothing new in the lead: the rule needs both.
    echo = FUNDS.replace(
        "said it has about 650,000 dlrs currently available for buybacks",
        "said its stock is undervalued at current prices",
    ).split("\n\n")[0]
    assert same_event(BUYBACK, echo) and same_event(echo, BUYBACK)


def test_an_earlier_reported_event_named_in_the_lead_is_no_follow_up() -> None:
    # "the earlier reported filing" names an event; it does not refer back to
    # the subject's own report, so a copy that drops a figure of the lead folds.
    text = (
        "Tarn Holdings Ltd said the earlier reported bankruptcy filing of Colwick Stores Inc, "
        "in which Tarn holds 408,000 shares, would not affect its capital position.\n\n"
        "Tarn said its brokerage unit had regulatory capital of 24.5 mln dlrs at the end of "
        "the year."
    )
    copy = text.replace("408,000", "many")
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


def test_a_rate_table_cut_short_still_folds() -> None:
    cut = "\n\n".join(FIRST_TABLE.split("\n\n")[:4])
    assert same_event(FIRST_TABLE, cut) and same_event(cut, FIRST_TABLE)


# --------------------------------------------------------------------------- corrections

OUTLOOK = (
    "Meridian Instruments Inc said it expects first quarter sales to exceed its sales for "
    "the whole of last year, and earnings to grow faster than sales.\n\n"
    "Meridian posted revenues of 4,180,552 dlrs last year, and net income of 261,300 dlrs, "
    "or 14 cts per share.\n\n"
    "Carla Meridian, president of the company, said orders from large customers and its "
    "dealer network were growing."
)


def test_a_correction_of_a_figure_folds_with_the_story_it_corrects() -> None:
    corrected = OUTLOOK.replace("14 cts", "1.4 cts") + " (corrects cts per share)"
    assert same_event(OUTLOOK, corrected) and same_event(corrected, OUTLOOK)
    # Without saying it corrects the story, the other figure is a disagreement.
    changed = OUTLOOK.replace("14 cts", "1.4 cts")
    assert not same_event(OUTLOOK, changed) and not same_event(changed, OUTLOOK)


CLOSINGS = (
    "Harrow Motors Corp will idle four of its assembly plants next month, laying off "
    "12,400 workers, the company said.\n\n"
    "The plants will be closed for a week starting August 6 for inventory adjustment.\n\n"
    "Output of the Sedan and Coupe lines in Michigan and Ohio will stop, spokesman Dale "
    "Prentice said.\n\n"
    "The plants are at Linden (3,100 workers), Fairfax (2,900 workers), Doraville (3,300 "
    "workers) and Wixom (3,100 workers)."
)


def test_a_correction_cut_short_folds_but_not_another_company_s_corrected_item() -> None:
    corrected = (
        "\n\n".join(CLOSINGS.split("\n\n")[:3]).replace("August 6", "April 6")
        + " - corrects the date of the plant closings."
    )
    assert same_event(CLOSINGS, corrected) and same_event(corrected, CLOSINGS)
    # Another company's item, corrected: more particulars of its own than in common.
    dividend = "Qtly div 17-1/2 cts vs 17-1/2 cts prior\n\nPay April 20\n\nRecord April 2."
    other = (
        "Qtly div 17-1/2 cts vs 17-1/4 cts\n\nPay April 15\n\nRecord March 31\n\n"
        "NOTE: Full name Tolland Paper Board Co.\n\n"
        "(Corrects dividend figure in item appearing March 17 to show it was raised.)"
    )
    assert not same_event(dividend, other) and not same_event(other, dividend)
