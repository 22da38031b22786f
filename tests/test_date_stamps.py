"""A paper's own date stamps are no particulars of the story:
index.stamps.without_stamps and index.particulars.same_event on texts
written for the tests."""

from __future__ import annotations

from index.particulars import same_event
from index.stamps import without_stamps

WIRE = (
    "HARBOURTON, Mar 11 (NWA): The provincial water board said on Tuesday that the "
    "Kestrel dam would release 4,200 cusecs into the Marrow canal from Thursday to "
    "irrigate 38,000 acres of wheat in the Fenwick district.\n\n"
    "Board chairman Tomas Ortell told reporters the release would last 12 days and that "
    "farmers in the tail-end villages of Greyside and Lowmere would get water first.\n\n"
    "He said the board had repaired 17 kilometres of the canal's lining since January at "
    "a cost of 310 million rupees, and that a second release was planned for April."
)
# The paper's copy of the wire story: the same text, the dateline restamped with the
# day it ran and a print line added at the end.
PRINTED = (
    WIRE.replace("HARBOURTON, Mar 11 (NWA):", "HARBOURTON, Mar 12 (NWA):")
    + "\n\nPublished in The Morning Ledger, March 13th, 2024"
)


def test_the_stamps_are_taken_off_the_head_and_the_end() -> None:
    assert without_stamps("LISBURG, Jun 3 (XNA): The council met.").startswith("The council")
    assert without_stamps("NORTH FALLS, June 3 - Shares rose.") == "Shares rose."
    assert without_stamps("PORT AVEN, Jun 3 (XNA):The ferry sailed.") == "The ferry sailed."
    # A dateline without a date is kept: where a story was filed from is no stamp.
    assert without_stamps("Port Aven: The ferry sailed.") == "Port Aven: The ferry sailed."
    assert without_stamps("Rain fell.\n\nFirst published on 4 May 2023") == "Rain fell."
    # A sentence of the story is not a stamp, at the head or at the end.
    kept = "The mayor said: we will build it.\nPublished figures show 4 pct growth in May."
    assert without_stamps(kept) == kept


def test_a_wire_story_and_a_papers_restamped_copy_fold() -> None:
    assert same_event(WIRE, PRINTED)
    assert same_event(PRINTED, WIRE)


def test_two_daily_items_of_one_template_with_other_figures_stay_apart() -> None:
    template = (
        "{date} (NWA): The city's wholesale market received {n} tonnes of onions on "
        "{day}, against {m} tonnes a day earlier, traders said. Prices rose to {p} "
        "rupees a kilogram from {q} rupees.\n\nPublished in The Morning Ledger, {pub}"
    )
    first = template.format(
        date="HARBOURTON, Mar 11", n=420, m=380, p=96, q=92, day="Monday", pub="March 12th, 2024"
    )
    second = template.format(
        date="HARBOURTON, Mar 12", n=450, m=420, p=99, q=96, day="Tuesday", pub="March 13th, 2024"
    )
    assert not same_event(first, second)
    assert not same_event(second, first)
