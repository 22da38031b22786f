"""Two outlets carrying one release (search.reprints.is_reprint with the two
texts' sources, index.coverage.carried_across), on texts written for the tests."""

from __future__ import annotations

from datetime import date

from index.fingerprints import shingle_set
from index.particulars import same_event
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
