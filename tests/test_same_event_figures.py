"""Figures in index.particulars.same_event, round 8 of the reprint work (issue
16): an edited reprint rounds a figure, drops a point or writes a time the
wire's way, and still folds; a mixed number is not found in the parts of other
mixed numbers, and a day of a month is one figure, so the same table of
another week or day does not fold; a rewrite of the same day adding figures of
its own folds when the two lead alike and no figure takes another's place
(rule 6); on texts written for these tests."""

from __future__ import annotations

from datetime import date, timedelta

from index.fingerprints import shingle_set
from index.lenient import digits, found
from index.particulars import same_event
from index.text_particulars import particulars
from search.reprints import is_reprint

# ---------------------------------------------------------------- lookups


def test_a_figure_with_a_point_is_found_rounded_from_a_long_whole_number() -> None:
    exact = particulars("Sales were 1,289,635,000 dlrs in the month.")
    assert found("1.29", exact) and found("1.3", exact)
    assert not found("1.28", exact) and not found("1.2", exact)
    rounded = particulars("Sales were 1.29 billion dlrs in the month.")
    assert found("1289635000", rounded)


def test_a_dropped_point_is_found_but_not_a_round_number_in_another_unit() -> None:
    assert found("229", particulars("The notes are priced at 2.29 pct over the rate."))
    assert found("2.29", particulars("The notes are priced at 229 pct over the rate."))
    # A round number restated in another unit, and two digits, are not looked for.
    assert not found("1.05", particulars("It offered 1,050,000 units."))
    assert not found("2.5", particulars("It rose 25 pct."))
    assert digits("25") == frozenset() and digits("0.5") == frozenset()


def test_a_mixed_number_is_not_found_in_the_parts_of_another() -> None:
    other = particulars("The two-month issue rose to 6-3/16 pct and six-month fell 1/16 point.")
    assert not found("6-1/16", other)
    assert found("3-1/2", particulars("It rose three and one-half points."))


NOTICE = (
    "The Harbour Board bought 1.5 billion dlrs of bills from the market, a Board spokesman "
    "said.\n\nDealers said overnight funds were trading at {rate} pct when the Board began "
    "its purchase."
)


def test_a_whole_number_is_not_the_mixed_number_it_begins() -> None:
    """A notice of another day with the rate moved from "six" to "6-1/16" states
    another rate; the whole written with the fraction ("6 and 1/16") is that
    rate written in parts."""
    plain, mixed = NOTICE.format(rate="six"), NOTICE.format(rate="6-1/16")
    assert not same_event(plain, mixed) and not same_event(mixed, plain)
    assert same_event(mixed, NOTICE.format(rate="six and 1/16"))
    assert same_event(plain, NOTICE.format(rate="6"))


# ---------------------------------------------------------------- same event

MONTHLY = (
    "Harbourside Stores Inc said its March sales rose 12 pct to 1,459,193,000 dlrs from "
    "1,302,880,000 dlrs a year before.\n\n"
    "The Kestrel Valley retailer said sales at stores open a year rose 6.35 pct in the month."
)
# The same story minutes later, the figures rounded and a point dropped by a typo.
EDITED = (
    "Harbourside Stores Inc said its March sales rose 12 pct to 1.46 billion dlrs from "
    "1.30 billion dlrs a year before.\n\n"
    "The Kestrel Valley retailer said sales at stores open a year rose 635 pct in the month."
)


def test_a_reprint_with_its_figures_rounded_or_a_point_dropped_folds() -> None:
    assert same_event(MONTHLY, EDITED) and same_event(EDITED, MONTHLY)


def test_other_rounded_figures_in_the_same_places_do_not_fold() -> None:
    other = EDITED.replace("1.46 billion", "1.52 billion")
    assert not same_event(MONTHLY, other) and not same_event(other, MONTHLY)


WEEK_ONE = (
    "Yields on certificates of deposit offered by the Osprey central bank were mostly lower "
    "than last Monday's offering, the bank said.\n\n"
    "The one-month issue remained at 6-1/8 pct but the two, three and six-month yields "
    "fell 1/16 point to 6-1/16 pct from 6-1/8 pct."
)
# The next week's offering: other fractions, in other places.
WEEK_TWO = (
    "Yields on certificates of deposit offered by the Osprey central bank were higher "
    "than last Monday's offering, the bank said.\n\n"
    "One-month maturity rose 1/16 point to 6-3/16 pct, two-month 1/8 point to the same "
    "level, and three- and six-month issues 3/16 point to 6-1/4 pct each."
)


def test_the_same_table_of_another_week_with_its_fractions_moved_does_not_fold() -> None:
    assert not same_event(WEEK_ONE, WEEK_TWO) and not same_event(WEEK_TWO, WEEK_ONE)


# ---------------------------------------------------------------- days and times

RESERVE_MONDAY = (
    "The Harrow Grain Board reported the reserve's five-day average price through April 6 "
    "as follows -\n\n"
    "Wheat 2.64 2.40 IV 4.65\n\n"
    "Corn 1.40 1.92 IV 3.15\n\n"
    "Level IV reflects grain entered after Oct 6, 1981, and level V after July 23, 1982."
)
# The next day's table, its figures unchanged but for its date: the day's
# number 6 is still found in it (Oct 6), but not April 6.
RESERVE_TUESDAY = RESERVE_MONDAY.replace("April 6", "April 7")


def test_the_same_table_through_another_day_of_the_month_does_not_fold() -> None:
    assert not same_event(RESERVE_MONDAY, RESERVE_TUESDAY)
    assert not same_event(RESERVE_TUESDAY, RESERVE_MONDAY)
    # Sent again, its date and figures kept, it folds.
    again = RESERVE_MONDAY.replace("after Oct 6, 1981,", "after Oct 6, 1981")
    assert same_event(RESERVE_MONDAY, again)


def test_a_day_written_either_way_round_or_in_words_is_one_day() -> None:
    first = "The last confirmed attack on the Kestrel terminal took place on March eight."
    second = "The last confirmed attack on the Kestrel terminal took place on 8 March."
    assert same_event(first, second) and same_event(second, first)


SUMMIT = (
    "Delegates from the river towns will meet the Harlow water board on {days} to agree "
    "how the new reservoir's water is to be shared.\n\n"
    "The board's chair, Maren Osk, said the talks had taken two years to arrange."
)


def test_two_days_of_a_month_written_either_way_round_are_those_days() -> None:
    # Read a day at a time, "14 and 15 May" states 15 May and "May 14 and 15"
    # 14 May: the same meeting's dates in a reprint of another house style
    # disagreed. Each day of the two is read with the month.
    british, american = (SUMMIT.format(days=d) for d in ("14 and 15 May", "May 14 and 15"))
    assert same_event(british, american) and same_event(american, british)
    # Other days are still another meeting.
    later = SUMMIT.format(days="May 15 and 16")
    assert not same_event(british, later) and not same_event(later, british)


QUAKE = (
    "An earthquake measuring 5.2 on the Richter scale shook the Osprey Valley region at "
    "9:40 a.m. local time, the Harlow observatory said.\n\n"
    "There were no immediate reports of damage or injuries in Kestrel City."
)


def test_a_time_written_the_wire_s_way_folds() -> None:
    edited = QUAKE.replace("9:40 a.m. local time", "0940 local time")
    assert same_event(QUAKE, edited) and same_event(edited, QUAKE)
    later = QUAKE.replace("9:40 a.m.", "11:15 a.m.").replace("5.2", "4.8")
    assert not same_event(QUAKE, later)


# ---------------------------------------------------------------- same-day rewrites

LOAN = (
    "Kestrel Engineering said the Harlow Development Bank approved a 40 mln dlr loan "
    "for its Osprey Valley steel plant in Marbury.\n\n"
    "The loan, repayable over 12 years, will pay for a new furnace, Kestrel said."
)
# Rewritten the same day: the same lead, the term dropped, two other loans added.
LOAN_REWRITTEN = (
    "Kestrel Engineering said the Harlow Development Bank approved a 40 mln dlr loan "
    "for its Osprey Valley steel plant in Marbury.\n\n"
    "The bank also approved loans of 25 mln and 18 mln dlrs for two other projects in "
    "the region, Harlow officials said."
)


def test_a_same_day_rewrite_adding_figures_of_its_own_folds() -> None:
    assert same_event(LOAN, LOAN_REWRITTEN, same_day=True)
    assert same_event(LOAN_REWRITTEN, LOAN, same_day=True)
    # Not known to be of the same day, each adding figures: kept apart as before.
    assert not same_event(LOAN, LOAN_REWRITTEN)


def test_a_same_day_story_leading_with_other_news_does_not_fold() -> None:
    # A later story the same day: the loan is background, the lead is its own.
    later = (
        "Kestrel Engineering, which won a 40 mln dlr loan from the Harlow Development "
        "Bank for its Osprey Valley steel plant in Marbury, said it will cut 300 jobs "
        "there by the end of 1988.\n\n" + LOAN_REWRITTEN.split("\n\n", 1)[0]
    )
    assert not same_event(LOAN, later, same_day=True)


STOCKS = (
    "The Harrow Grain Board reported the following deliverable soybean stocks in Marbury "
    "as of Friday, April 3, in 000's bushels -\n\n"
    "Del grades 254 236 10629\n"
    "Non-del grades 77 78 581\n"
    "Total stocks 10353 10336 13583\n\n"
    "The Harrow Grain Board compiles the stocks from reports of licensed warehouses in "
    "Kestrel County, Osprey County and Lakeside County under rules adopted on March 12, 1985."
)
# The same table the same day for another delivery point: every figure replaced.
OTHER_STOCKS = STOCKS.replace("in Marbury", "in Kestrel Falls, Marbury").replace(
    "254 236 10629\nNon-del grades 77 78 581\nTotal stocks 10353 10336 13583",
    "1625 1747 5338\nNon-del grades 294 238 242\nTotal stocks 3004 3070 5909",
)


def test_the_same_table_filled_with_other_figures_the_same_day_does_not_fold() -> None:
    assert not same_event(STOCKS, OTHER_STOCKS, same_day=True)
    assert not same_event(OTHER_STOCKS, STOCKS, same_day=True)


def test_the_search_tells_the_rule_whether_two_copies_are_of_the_same_day() -> None:
    part = shingle_set(LOAN.split("\n\n", 1)[0])
    day = date(1987, 6, 19)
    assert is_reprint(LOAN, part, day, LOAN_REWRITTEN, day)
    assert not is_reprint(LOAN, part, day, LOAN_REWRITTEN, day + timedelta(days=1))
    assert not is_reprint(LOAN, part, None, LOAN_REWRITTEN, None)
