"""Two outlets carrying one release (search.reprints.is_reprint with the two
texts' sources, index.coverage.carried_across), on texts written for the tests."""

from __future__ import annotations

from datetime import date

from index.fingerprints import shingle_set
from index.layout import disagree
from index.otherwise import written_otherwise
from index.particulars import same_event
from index.text_particulars import read
from search.reprints import is_reprint

RELEASE = [
    "The Ministry of Ports said on Monday that the Velmar container terminal would "
    "handle 1.4 million boxes a year once its second berth opens in October, up from "
    "820,000 now.",
    "Minister Dara Holloway said the berth, built by Ostrand Marine at a cost of 212 "
    "million dollars, would let ships of 14,000 boxes call at the port for the first time.",
    "The ministry said dredging of the approach channel to 15.5 metres was 80 percent "
    "complete and would end in August, and that rail sidings to the inland depot at "
    "Kessel were being doubled.",
    "It said customs clearance at the terminal would move to a single window by "
    "September, cutting the average dwell time of a container from six days to three.",
]
# Each outlet's own introduction on the ministry: news of its own, figures and
# names the other lacks.
FIRST_INTRO = (
    "The Ministry of Ports expects the expansion to bring the Carrow Line's ships twice "
    "a week from November, its spokesman Imre Fass told the Ledger."
)
SECOND_INTRO = (
    "The Ministry of Ports faced a warning from union leader Sade Ombrel that 300 "
    "dockers' jobs were at risk from the terminal's new automated cranes."
)
FIRST = "\n\n".join([FIRST_INTRO, *RELEASE])
# The second outlet cuts the release's last paragraph.
SECOND = "\n\n".join([SECOND_INTRO, *RELEASE[:3]])
DAY = date(2025, 6, 2)


def _folded(first: str, second: str, sources: tuple[str, str]) -> bool:
    return is_reprint(first, shingle_set(first), DAY, second, DAY, sources=sources)


def test_two_outlets_carrying_one_release_under_their_own_leads_fold() -> None:
    # The rules of particulars alone keep them apart: each leads with news of its own.
    assert not same_event(FIRST, SECOND, same_day=True)
    assert _folded(FIRST, SECOND, ("ledger.example", "courier.example"))
    assert _folded(SECOND, FIRST, ("courier.example", "ledger.example"))


def test_one_sites_two_stories_or_unknown_sources_are_left_to_the_particulars() -> None:
    # One site's two stories reusing the release's paragraphs (a follow-up) are
    # of one source; a source unknown says nothing.
    assert not _folded(FIRST, SECOND, ("ledger.example", "ledger.example"))
    assert not _folded(FIRST, SECOND, ("", "courier.example"))


def test_a_short_template_at_two_outlets_is_not_carried() -> None:
    first = "Velmar port handled 41,200 boxes on Monday, the ministry said."
    second = "Velmar port handled 39,800 boxes on Tuesday, the ministry said."
    assert not _folded(first, second, ("ledger.example", "courier.example"))


def test_two_outlets_own_stories_sharing_one_paragraph_are_not_carried() -> None:
    first = "\n\n".join([FIRST_INTRO, RELEASE[0], "The Ledger's own paragraph on fees."])
    second = "\n\n".join([SECOND_INTRO, RELEASE[0], RELEASE[3].replace("six", "seven")])
    assert not _folded(first, second, ("ledger.example", "courier.example"))


def test_a_template_filled_for_another_company_at_two_outlets_is_not_carried() -> None:
    template = (
        "{co} said it would raise the price it pays for grain delivered to its Kessel "
        "mills by 4 dollars a tonne from July 1.\n\nThe rise brings {short}'s price for "
        "milling wheat to 212 dollars a tonne, the company said.\n\n{short} last changed "
        "its prices in March, when it cut them by 2 dollars a tonne."
    )
    first = template.format(co="Ostrand Mills Ltd", short="Ostrand")
    second = template.format(co="Velmar Grain Co", short="Velmar")
    assert not _folded(first, second, ("ledger.example", "courier.example"))


# An agency's story as the agency files it, and as a paper carries it the same
# day: the paper runs the tonnage's digits together and writes the agency's
# date as a weekday; every paragraph otherwise word for word.
AGENCY = [
    "The Velmar grain board said on 14 March 2025 that the Kessel mills had taken in "
    "47 140.87 tonnes of wheat in the first week of the harvest, ahead of its forecast.",
    "Board chairman Lio Ardent said the early intake would let the mills run a second "
    "shift until the end of April and keep bread prices steady in the capital.",
    "Farmers in the northern districts reported yields well above last season's after "
    "the late rains, the board said, and the rail depot at Ostrand was taking extra wagons.",
    "The board will publish its estimate for the whole harvest once the southern "
    "districts start cutting, the chairman added.",
]
PAPER = [
    AGENCY[0]
    .replace("on 14 March 2025", "on Friday")
    .replace("47 140.87 tonnes", "47140.87 tonnes"),
    *AGENCY[1:],
]


def test_an_agency_story_with_its_figures_and_day_retyped_by_a_paper_folds() -> None:
    agency, paper = "\n\n".join(AGENCY), "\n\n".join(PAPER)
    # The opening's figures differ as written: the rules of particulars and the
    # paragraph check without the waiver keep them apart.
    assert not same_event(agency, paper, same_day=True)
    assert disagree(read(agency), read(paper))
    assert _folded(agency, paper, ("agency.example", "courier.example"))
    assert _folded(paper, agency, ("courier.example", "agency.example"))


def test_the_same_template_with_other_digits_or_another_day_is_not_carried() -> None:
    agency = "\n\n".join(AGENCY)
    other_figure = agency.replace("47 140.87 tonnes", "41 780.87 tonnes")
    other_day = "\n\n".join(
        [AGENCY[0].replace("on 14 March 2025", "on 21 March 2025"), *AGENCY[1:]]
    )
    for other in (other_figure, other_day):
        assert not _folded(agency, other, ("agency.example", "courier.example"))


def test_figures_and_days_written_otherwise() -> None:
    assert written_otherwise(frozenset({"47", "140.87"}), frozenset({"47140.87"}))
    assert written_otherwise(frozenset({"3.6"}), frozenset({"36"}))
    assert written_otherwise(frozenset({"1200"}), frozenset({"12"}))
    assert written_otherwise(
        frozenset({"sunday"}), frozenset({"15 february", "february", "15", "2026"})
    )
    # Other digits, another weekday, a date on both sides, a figure for a weekday.
    assert not written_otherwise(frozenset({"36"}), frozenset({"63"}))
    assert not written_otherwise(frozenset({"monday"}), frozenset({"tuesday"}))
    assert not written_otherwise(frozenset({"14 march", "14"}), frozenset({"21 march", "21"}))
    assert not written_otherwise(frozenset({"sunday"}), frozenset({"15 february", "240"}))
