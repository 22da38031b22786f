"""The round of the reprint work after the test13 part (issue 16), on texts
written for these tests: a story of a later day that leads with news of its
own is a follow-up, a weekly notice repeated on the seventh day is outside
the window, and two openings stating the same figures and names lead alike
however reworded."""

from __future__ import annotations

from datetime import date, timedelta

from index.fingerprints import is_copy, shingle_set
from index.layout import leads_anew, leads_match, openings_agree, openings_shared
from index.particulars import same_event
from index.text_particulars import read
from search.reprints import REPRINT_WINDOW, is_reprint

DAY = date(1987, 3, 18)

# --------------------------------------------------------------------------- another day

SALE = (
    "Harlow Coach Lines said it completed the sale of its Marbury depot to Kestrel "
    "Transit Inc for 42 mln dlrs in cash and notes.\n\n"
    "Harlow said Kestrel may keep the depot's name and its green livery for two years."
)
# The next day: the new owner's fare cuts, the sale carried as background.
FARES = (
    "Kestrel Transit said it will cut fares on 38 of the Marbury depot's routes by 25 pct "
    "from Monday, its first week as owner.\n\n"
    "On Tuesday, Harlow Coach Lines completed the sale of its Marbury depot to Kestrel "
    "Transit Inc for 42 mln dlrs in cash and notes.\n\n"
    "Most of the routes run between the county's market towns and its two colleges."
)
# The sale story run again the next day, a paragraph added after it.
RERUN = f"{SALE}\n\nThe depot employs drivers and mechanics, a Harlow spokesman said."
PASSAGE = shingle_set(SALE.split("\n\n")[0])


def test_a_story_of_a_later_day_leading_with_news_of_its_own_is_a_follow_up() -> None:
    assert is_copy(PASSAGE, shingle_set(FARES))
    assert leads_anew(read(FARES), read(SALE)) and not leads_anew(read(SALE), read(FARES))
    assert not same_event(SALE, FARES, later=True) and not same_event(FARES, SALE, later=False)
    # Not known to be of different days, the same texts are decided as before.
    assert same_event(SALE, FARES) and same_event(SALE, FARES, same_day=True)


def test_a_copy_of_a_later_day_opening_with_the_story_folds() -> None:
    assert not leads_anew(read(RERUN), read(SALE))
    assert same_event(SALE, RERUN, later=True) and same_event(RERUN, SALE, later=False)


def test_the_search_tells_the_rule_which_article_is_of_a_later_day() -> None:
    assert not is_reprint(SALE, PASSAGE, DAY, FARES, DAY + timedelta(days=1))
    assert not is_reprint(FARES, PASSAGE, DAY + timedelta(days=1), SALE, DAY)
    assert is_reprint(SALE, PASSAGE, DAY, FARES, DAY)
    assert is_reprint(SALE, PASSAGE, DAY, RERUN, DAY + timedelta(days=2))


NOTICE = (
    "The Marbury Central Bank invited offers from banks for a 14-day repurchase tender "
    "of up to 800 mln crowns at a fixed rate of 3.80 pct, to be settled on Wednesday.\n\n"
    "Offers must reach the bank's Kessel office by 0930 local time, and the allotment "
    "will be announced at 1100."
)


def test_a_weekly_notice_repeated_word_for_word_a_week_later_is_another_event() -> None:
    whole = shingle_set(NOTICE)
    assert REPRINT_WINDOW < timedelta(days=7)
    assert is_reprint(NOTICE, whole, DAY, NOTICE, DAY + REPRINT_WINDOW)
    assert not is_reprint(NOTICE, whole, DAY, NOTICE, DAY + timedelta(days=7))
    assert not is_reprint(NOTICE, whole, DAY + timedelta(days=7), NOTICE, DAY)


# --------------------------------------------------------------------------- openings

FORECAST = (
    "Osprey Tools Co said it expects second quarter profit to be above the year-ago "
    "2,315,600 dlrs or 88 cts a share on strong sales of garden tools.\n\n"
    "The company said sales of its Kestrel saws were slow in April but orders picked up "
    "in May, and it expects to earn 3.10 dlrs a share for the year."
)
# The same forecast written up again the same day: the lead reworded, the
# figures and names of the lead the same, other figures added further down.
REWORDED = (
    "Osprey Tools Co expects its profit for the second quarter to top the 2,315,600 dlrs, "
    "or 88 cts a share, it earned in the same quarter a year ago, the company said.\n\n"
    "The maker of Kestrel saws and garden tools said a record June followed 12 pct "
    "higher shipments in April and May."
)
BACKGROUND = (
    "\n\nOsprey, based in Lisle, makes hand and power tools sold under the Kestrel and "
    "Harrow names in 14 countries."
)


def test_openings_stating_the_same_figures_and_names_lead_alike() -> None:
    first, second = read(FORECAST), read(REWORDED)
    assert openings_agree(first, second) and openings_agree(second, first)
    assert leads_match(first, second) and openings_shared(first, second)
    other = read(REWORDED.replace("2,315,600 dlrs, or 88 cts", "2,416,300 dlrs, or 91 cts"))
    assert not openings_agree(first, other) and not leads_match(first, other)
    # A lead of one particular is too little to tell: "Osprey said" and "Osprey said".
    short = read("Osprey said it would close a plant.\n\nIt gave no reason.")
    assert not openings_agree(short, read("Osprey said a plant of its would shut."))
    assert openings_agree(read("Osprey said it would close its Lisle plant."),
                          read("Osprey said its Lisle plant would shut."))  # fmt: skip


def test_a_same_day_rewrite_rewording_its_lead_folds() -> None:
    story, rewrite = FORECAST + BACKGROUND, REWORDED + BACKGROUND
    assert is_copy(shingle_set(BACKGROUND), shingle_set(story))
    assert same_event(story, rewrite, same_day=True) and same_event(rewrite, story, same_day=True)
    # Each with figures of its own and not known to be of the same day: apart as before.
    assert not same_event(story, rewrite)
    # The lead's figures replaced: a forecast of another quarter or company.
    raised = REWORDED.replace("2,315,600 dlrs, or 88 cts", "2,416,300 dlrs, or 91 cts")
    assert not same_event(story, raised + BACKGROUND, same_day=True)
