"""The reprint round of stop 44 (issue 16), on texts written for these tests:
how much of two texts their shared part covers (``index.coverage``). Two
texts of several paragraphs each nine tenths made of the other are one text,
whatever their headings, captions and notes say (a column reposted); two
stories whose shared part is a small share of the shorter, neither's opening
found in the other, are two stories, however well their particulars agree."""

from __future__ import annotations

from index.coverage import MIN_WHOLE_SHINGLES, below_another, one_text, passage_only
from index.particulars import same_event
from index.passages import PARAGRAPH_SEPARATOR
from index.text_particulars import read

# A column's paragraphs, printed by both outlets word for word.
COLUMN = (
    "When the river pilots of Harnwick went on strike in the dry season of 1998, few in the "
    "capital thought the dispute would outlast the monsoon, let alone shape the careers of "
    "three future ministers.",
    "Orla Dempsey, then a junior clerk at the Harbour Board, kept a diary of the talks that has "
    "never been published, and it shows how close the two sides came to a settlement in the "
    "first fortnight.",
    "The pilots wanted a night allowance and a second apprentice on every tug; the Board, led "
    "by its chairman Cyril Mawbey, offered the allowance but not the apprentice, and the talks "
    "broke down over a single clause.",
    "What followed was a stoppage of eleven weeks, during which the port of Harnwick handled "
    "barely a third of its usual cargo and the rice mills of the lower valley laid off "
    "hundreds of workers.",
    "The settlement, when it came, gave the pilots both of their demands and cost the Board "
    "its chairman, who resigned a month later and never held public office again.",
    "Looking back, the strike was less a quarrel about pay than a contest over who would speak "
    "for the river, and the answer it gave has held for a quarter of a century.",
)
# The paper's print: its headline, a subhead and a photo caption of its own.
PRINTED = PARAGRAPH_SEPARATOR.join(
    ("The river that made three ministers", *COLUMN[:3], "Eleven weeks of silence", *COLUMN[3:],
     "Picture: the Harnwick waterfront in 1998 (file photo by Anselm Trevick)")
)  # fmt: skip
# The writer's own site, days later: another heading, subhead and closing note.
REPOSTED = PARAGRAPH_SEPARATOR.join(
    ("The writer can be reached at the Tamberlane Review", *COLUMN[:3], "A port laid idle",
     *COLUMN[3:], "Courtesy: Morning Lantern, Colombard edition")
)  # fmt: skip


def test_a_column_reposted_with_its_own_headings_is_one_text() -> None:
    first, second = read(PRINTED), read(REPOSTED)
    assert one_text(first, second)
    # Each adds names of its own in its headings and notes; the rules of
    # particulars alone kept the two apart.
    assert same_event(PRINTED, REPOSTED)
    assert same_event(REPOSTED, PRINTED, same_day=False, later=True)


def test_a_short_template_is_not_one_text_however_alike() -> None:
    line = "Lamb prices at the Harnwick market opened 2.00 dlrs lower at 61.50 dlrs, dealers said."
    other = line.replace("2.00", "1.50").replace("61.50", "62.00")
    first, second = read(line), read(other)
    assert len(first.shingles) < MIN_WHOLE_SHINGLES
    assert not one_text(first, second)


# One paragraph two stories carry: the mill's background.
SHARED = (
    "The Varrow mill, which employs 420 people, has been losing money since the Pellston "
    "council raised its water charges in 2019."
)
# The council's own account: it has sent its advice but will not say what it is.
UNDISCLOSED = PARAGRAPH_SEPARATOR.join(
    (
        "The Pellston council has sent its recommendation on the Varrow mill to the ministry "
        "but would not say what it was, a spokesman said on the steps of the town hall.",
        "The decision now rests with the ministry, which has set no date for its reply, and "
        "the council will say nothing more until it has one, the spokesman told reporters "
        "after a meeting that ran late into the evening.",
        SHARED,
        "Workers gathered outside the hall during the meeting, some carrying placards asking "
        "for the mill to be saved, and a few of them shouted questions at councillors as they "
        "left the building.",
        "A lawyer for the owners said they had not been told of the recommendation either and "
        "would wait for the ministry before deciding whether to appeal against whatever it "
        "decides.",
    )
)
# Another story: sources' account of what the advice says, leading with it.
SOURCES = PARAGRAPH_SEPARATOR.join(
    (
        "Industry sources said the Pellston council had advised the ministry to keep the "
        "Varrow mill open for at least two more years, with a review of its accounts every "
        "spring.",
        "The advice, which the council has not made public, would give the owners time to "
        "find a buyer or to cut their costs, one of the sources said, asking not to be named "
        "because the matter is confidential.",
        SHARED,
        "Buyers from abroad have looked at the mill before but walked away over the price of "
        "its old machinery and the cost of bringing its boilers up to the standards now "
        "required.",
        "Another source close to the talks said the ministry was likely to follow the advice, "
        "as it usually does, though it may attach conditions of its own on jobs and on the "
        "river.",
    )
)


def test_two_stories_sharing_one_paragraph_each_with_its_own_lead_are_apart() -> None:
    first, second = read(UNDISCLOSED), read(SOURCES)
    assert passage_only(first, second)
    # Their particulars agree (one side adds a single figure): rules 3 and 4
    # folded them.
    assert not same_event(UNDISCLOSED, SOURCES)
    assert not same_event(SOURCES, UNDISCLOSED, same_day=True)


def test_a_story_and_its_cut_keep_their_lead_and_fold() -> None:
    cut = PARAGRAPH_SEPARATOR.join(UNDISCLOSED.split(PARAGRAPH_SEPARATOR)[:3])
    first, second = read(UNDISCLOSED), read(cut)
    assert not passage_only(first, second)
    assert same_event(UNDISCLOSED, cut)


# ------------------------------------------ a page running one story, then another

# A station's page that runs a short story of its own (a ferry strike, its
# people and places) and then, with no heading between, a second story whole
# (a clinic opened, rich in names and figures); and that second story alone.
FERRY = (
    "Kesh Province's ferry crews on the Tallow route walked off the job at dawn, stranding "
    "300 travellers at Brennock.",
    "The crews want the owner, Corran Lines, to restore a bonus cut last year, union leader "
    "Nessa Brody said.",
    "The company says it cannot afford the bonus while fuel costs stay high.",
)
CLINIC = (
    "A new health clinic has opened in the hill town of Maroby in Kesh Province, the first "
    "in the Orrin Valley for more than a decade.",
    "The clinic was built by 40 volunteers with timber donated by the Maroby sawmill and "
    "will be staffed by two nurses from Kesh General Hospital.",
    "District officer Talia Wenn said the nearest clinic, at Dunmore, had been a day's walk "
    "away, and 1,200 families had gone without treatment.",
    "Health minister Aurel Vance said the Kesh health department hoped to open two more "
    "clinics, at Pelloc and Strand Hill, before the end of 2027, at a cost of 3.4 million.",
    "The Red Lantern Society and the Orrin Valley Trust paid for the clinic's equipment.",
)


def test_a_page_running_another_story_first_is_not_its_second_story() -> None:
    page = PARAGRAPH_SEPARATOR.join(FERRY + CLINIC)
    alone = PARAGRAPH_SEPARATOR.join(CLINIC)
    assert below_another(read(page), read(alone)) and below_another(read(alone), read(page))
    assert not same_event(page, alone) and not same_event(alone, page)


def test_a_story_led_anew_by_a_paragraph_or_two_still_folds() -> None:
    # A rewrite or a front page adds a lead or a standfirst above the story:
    # fewer paragraphs than a story of its own.
    led = (
        "Volunteers in Maroby have finished the Orrin Valley's first clinic in a decade.",
        "Two nurses from the hospital begin work there on Monday.",
    )
    alone = PARAGRAPH_SEPARATOR.join(CLINIC)
    page = PARAGRAPH_SEPARATOR.join(led + CLINIC)
    assert not below_another(read(page), read(alone))
    assert same_event(page, alone) and same_event(alone, page)
