"""Reruns and short copies in index.particulars.same_event and the search's
passages, round 9 of the reprint work (issue 16): a story run again on a
later day, cut short with "yesterday" made "on Friday", folds; a template
filled for another day, a weekday of its own on both sides, does not; on
texts written for these tests."""

from __future__ import annotations

from index.fingerprints import MIN_SHINGLES, is_copy, shingle_set
from index.layout import continues, reanchored
from index.lenient import found
from index.particulars import same_event
from index.text_particulars import particulars, read
from search.reprints import widened

STORY = (
    "Prime Minister Alda Verrin struck a conciliatory note in the country's dispute with "
    "Ostland over trade in fishing quotas.\n\n"
    '"We want to settle the matter through talks," she was quoted by the Brenner news '
    "agency as saying.\n\n"
    "Yesterday, Ostland announced plans to put as much as 300 mln dlrs in duties on imports "
    "of certain fish products in retaliation for what it sees as a breach of the 1985 pact.\n\n"
    "Fisheries Minister Tomas Kell, who earlier said the country was ready to take "
    "appropriate measures, said talks would start on April 14 in Kessel.\n\n"
    "Officials said 23 vessels had been held in port since the dispute began."
)
# The same story run again two days later, cut short, its day word rewritten.
RERUN = (
    "Prime Minister Alda Verrin struck a conciliatory note in the country's dispute with "
    "Ostland over trade in fishing quotas.\n\n"
    '"We want to settle the matter through talks," she was quoted by the Brenner news '
    "agency as saying.\n\n"
    "On Friday, Ostland announced plans to put as much as 300 mln dlrs in duties on imports "
    "of certain fish products in retaliation for what it sees as a breach of the 1985 pact."
)


def test_a_story_run_again_with_its_day_word_rewritten_folds() -> None:
    assert same_event(STORY, RERUN) and same_event(RERUN, STORY)


def test_a_weekday_of_its_own_on_both_sides_is_not_a_rewritten_day() -> None:
    monday = particulars("The bank said on Monday it added 2 billion dlrs today.")
    tuesday = particulars("The bank said on Tuesday it added 2 billion dlrs today.")
    assert reanchored(frozenset({"monday"}), frozenset({"tuesday"}), tuesday) == frozenset()
    assert reanchored(frozenset({"monday"}), frozenset(), monday) == frozenset({"monday"})
    # With no day word relative to its date, the other text's weekday stays its own.
    plain = particulars("The bank said it added 2 billion dlrs.")
    assert reanchored(frozenset({"monday"}), frozenset(), plain) == frozenset()


RESERVES = (
    "The Federal Reserve said it added 2 billion dlrs of reserves on Monday through "
    "overnight repurchase agreements for customers.\n\n"
    "Fed funds were trading at 6-1/8 pct when the Fed began its temporary addition of reserves."
)
RESERVES_AGAIN = (
    "The Federal Reserve said it added 2 billion dlrs of reserves on Tuesday through "
    "overnight repurchase agreements for customers.\n\n"
    "Fed funds were trading at 6-1/8 pct when the Fed began its temporary addition of "
    "reserves today."
)


def test_the_same_template_on_another_weekday_does_not_fold() -> None:
    assert not same_event(RESERVES, RESERVES_AGAIN)
    assert not same_event(RESERVES_AGAIN, RESERVES)


# ---------------------------------------------------------------- continued

FLASH = (
    "The central bank of Ostland did not intervene as the dollar was fixed lower at "
    "1.8218 crowns after 1.8243 yesterday, dealers said."
)
CONTINUED = (
    FLASH + "\n\n"
    "Dealers said trading was quiet in the morning, with operators wary of the meeting of "
    "finance ministers Arne Holt, Bruno Feld and Carla Dunn in Kessel ahead of the full "
    "session of the Northern Monetary Union in Brantford.\n\n"
    "Sterling eased to 2.950 crowns at the fixing from 2.957. The yen rose to 1.2555 "
    "crowns per 100 from 1.2480, and the Swiss franc to 120.515 from 120.180.\n\n"
    "Council member Lena Marsh of the Vestry Institute said on March 31 the bank had not "
    "given up its focus on money supply, and Piet Oord of Harlow Securities and Dana Reyes "
    "of Tamsin Trust agreed, citing the 3.80 pct repurchase rate set by Governor Ulf Brandt."
)
# Another day's fixing, its line reported with the day's market report added.
OTHER_DAY = CONTINUED.replace("1.8218", "1.8302").replace("1.8243", "1.8218")


def test_a_flash_and_the_story_it_opens_fold_however_much_is_added() -> None:
    assert same_event(FLASH, CONTINUED) and same_event(CONTINUED, FLASH)


def test_a_story_opening_with_another_days_line_does_not_fold() -> None:
    assert not same_event(FLASH, OTHER_DAY) and not same_event(OTHER_DAY, FLASH)


def test_a_story_opening_otherwise_does_not_continue_the_flash() -> None:
    story = CONTINUED.split("\n\n", 1)[1] + "\n\n" + FLASH
    assert not continues(read(FLASH), read(story))
    assert continues(read(FLASH), read(CONTINUED))


# ---------------------------------------------------------------- ranges

SALES = (
    "Harbour Motors Corp said U.S. car sales for the March 11 to 20 period dropped 62 pct "
    "to 790 from 2,100 cars in the same period a year ago.\n\n"
    "Domestic sales for March 1 through 20 declined 60 pct to 1,550 cars from 3,880 cars."
)


def test_a_range_is_found_written_out_and_its_ends_in_the_range() -> None:
    assert found("11-20", particulars("sales for the March 11 to 20 period"))
    assert not found("11-20", particulars("sales for the March 11 to 21 period"))
    assert found("11", particulars("sales for the March 11-20 period"))
    assert not found("12", particulars("sales for the March 11-20 period"))


def test_a_copy_writing_a_range_otherwise_folds() -> None:
    edited = SALES.replace("11 to 20", "11-20")
    assert same_event(SALES, edited) and same_event(edited, SALES)
    other = SALES.replace("11 to 20", "21-31")
    assert not same_event(SALES, other)


# ---------------------------------------------------------------- short passages

TABLE = (
    "Shr 23 cts vs nine cts\n\nNet 5,700,000 vs 1,920,000\n\nRevs 35.5 mln vs 19.8 mln\n\n"
    "1st half\n\nShr 41 cts vs 17 cts\n\nNet 10.0 mln vs 3,100,000\n\n"
    "Revs 69.3 mln vs 36.7 mln\n\n"
    "NOTE: Share adjusted for two-for-one stock split approved in December 1986."
)
# A reprint of it, cut to its first half, a word edited in every line.
TABLE_REPRINT = (
    "Shr 23 cts vs nine cts\n\nNet 5,700,000 vs 1,920,000 local\n\n"
    "Revs 35.5 mln vs 19.8 major mln\n\n1st half\n\nShr 41 cts new vs 17 cts"
)
DIVIDEND = "Qtly div 10 cts vs 10 cts prior\n\nPay April 30\n\nRecord April 10"


def _found(body: str, span: tuple[int, int], other: str) -> bool:
    start, end = widened(body, span)
    return is_copy(shingle_set(body[start:end]), shingle_set(other))


def test_a_table_row_is_looked_up_with_the_rows_after_it() -> None:
    row = (0, TABLE.index("\n\n"))
    assert len(shingle_set(TABLE[slice(*row)])) < MIN_SHINGLES
    start, end = widened(TABLE, row)
    assert start == 0 and len(shingle_set(TABLE[start:end])) >= MIN_SHINGLES
    assert _found(TABLE, row, TABLE_REPRINT)
    assert not is_copy(shingle_set(TABLE[slice(*row)]), shingle_set(TABLE_REPRINT))
    # The last row is looked up with the rows before it.
    last = (TABLE_REPRINT.rindex("\n\n") + 2, len(TABLE_REPRINT))
    start, end = widened(TABLE_REPRINT, last)
    assert start < last[0] and end == last[1]
    assert len(shingle_set(TABLE_REPRINT[start:end])) >= MIN_SHINGLES


def test_a_long_passage_and_a_one_line_template_are_not_widened() -> None:
    paragraph = (0, TABLE.rindex("\n\n"))
    assert widened(TABLE, paragraph) == paragraph
    first = (0, DIVIDEND.index("\n\n"))
    assert widened(DIVIDEND, first) == first


# ---------------------------------------------------------------- names written out

RULING = (
    "A federal judge today dismissed a lawsuit by former aide Tomas Verrin seeking to halt "
    "a special prosecutor's inquiry into the Ostland arms affair.\n\n"
    "In a 21-page ruling, U.S. District Court Judge Alda Brenner threw out Verrin's suit "
    "challenging the law empowering special prosecutor Kell to investigate the sales."
)
# The same story edited the next day: the court's title dropped, a first name added.
RULING_EDITED = (
    "A federal judge dismissed a lawsuit by former aide Tomas Verrin seeking to halt "
    "a special prosecutor's inquiry into the Ostland arms affair.\n\n"
    "In a 21-page ruling, Judge Alda Brenner threw out Verrin's suit challenging the law "
    "empowering special prosecutor Arne Kell to investigate the sales."
)


def test_a_name_written_out_more_fully_is_not_another_name() -> None:
    assert same_event(RULING, RULING_EDITED) and same_event(RULING_EDITED, RULING)


def test_a_paragraph_and_its_counterpart_naming_other_people_disagree() -> None:
    other = RULING_EDITED.replace("Alda Brenner", "Piet Oord")
    assert not same_event(RULING, other) and not same_event(other, RULING)


def test_runs_of_names_join_linking_words_and_company_codes() -> None:
    runs = read("Rich Inc, owned by Kestrel Holdings Plc <KSTY> of Brantford, said.").paragraphs[0]
    assert frozenset({"kestrel", "holdings", "plc", "ksty", "brantford"}) in runs.runs
