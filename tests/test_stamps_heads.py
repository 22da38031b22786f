"""A paper's page of a wire story: a headline and a photo caption above the
wire's dateline, a caption of the paper's own beside the story. Neither the
dateline nor a caption is a particular of the story (index.stamps.without_stamps,
index.particulars.same_event), on texts written for the tests."""

from __future__ import annotations

from index.particulars import same_event
from index.stamps import without_stamps

STORY = (
    "The Corvane port authority will open its new grain terminal by March 20, "
    "authority chairman Lena Vasko told reporters {day}.\n\n"
    "She said the terminal's two silos, holding 60,000 tonnes, had passed their "
    "inspection this morning and that the first ship was due from Ostrava.\n\n"
    "The authority had spent 140 million dollars on the terminal since 2023, she "
    "said, adding that the dredging of the outer channel would end in May."
)
# The agency's copy on the paper's page: its headline, the paper's photo caption,
# then the agency's dated dateline, which the paper's reprint of the day drops.
WIRE_PAGE = (
    "Grain terminal to open by March 20: Vasko\n\n"
    "Port authority chairman Lena Vasko. File Photo\n\n"
    "CORVANE, Mar 14, 2025 (KNA)- " + STORY.format(day="today")
)
REPRINT = STORY.format(day="on Friday")


def test_a_dateline_under_a_headline_and_a_caption_is_a_stamp() -> None:
    text = without_stamps(WIRE_PAGE)
    assert "KNA" not in text and "Mar 14" not in text
    assert text.startswith("Grain terminal to open by March 20: Vasko\n\nThe Corvane")
    # The dash straight after the agency's name ends the dateline too.
    assert without_stamps("CORVANE, Mar 14 (KNA)- Ships docked.") == "Ships docked."


def test_a_photo_caption_is_taken_off_and_a_sentence_on_a_photo_is_kept() -> None:
    assert without_stamps("Lena Vasko at the quay. | KNA photo.\n\nShips docked.") == (
        "Ships docked."
    )
    assert without_stamps("File photo: the quay in May\n\nShips docked.") == "Ships docked."
    assert without_stamps("The silos. Photo: Collected\n\nShips docked.") == "Ships docked."
    kept = "The harbour master took a photo.\n\nShips docked."
    assert without_stamps(kept) == kept


def test_the_agency_page_and_the_papers_reprint_fold() -> None:
    assert same_event(WIRE_PAGE, REPRINT, same_day=True)
    assert same_event(REPRINT, WIRE_PAGE, same_day=True)


def test_a_copy_under_a_caption_of_the_papers_own_folds() -> None:
    # The paper's copy opens with a caption on another matter of the day; the
    # agency's names the radio station its chairman spoke to.
    agency = STORY.format(day="today").replace("told reporters", "told Harbour Radio")
    captioned = (
        "Premier Anton Galeth waves after landing at Corvane airport on March 13, "
        "2025, for a two-day visit. | KNA photo.\n\n" + STORY.format(day="today")
    )
    assert same_event(agency, captioned, same_day=True)
    assert same_event(captioned, agency, same_day=True)


def test_two_terminals_of_one_template_under_captions_stay_apart() -> None:
    first = "Lena Vasko. File Photo\n\n" + STORY.format(day="today")
    second = "Oren Blau. File Photo\n\n" + (
        STORY.format(day="today")
        .replace("Corvane", "Melstow")
        .replace("Lena Vasko", "Oren Blau")
        .replace("60,000", "45,000")
        .replace("140 million", "95 million")
        .replace("March 20", "April 2")
    )
    assert not same_event(first, second, same_day=True)
    assert not same_event(second, first, same_day=True)
