"""The round of the reprint work after the test13 part (issue 16), on texts
written for these tests: a story of a later day that leads with news of its
own is a follow-up, and a weekly notice repeated on the seventh day is
outside the window."""

from __future__ import annotations

from datetime import date, timedelta

from index.fingerprints import is_copy, shingle_set
from index.layout import leads_anew
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
