"""The rule of index.particulars.same_event added in round 6 of the reprint
work (issue 16): openings about different subjects (the same template filled
for another company, naming the first further down or not) are different
events, while a rewrite leading with another name of the same story still
folds; on texts written for these tests."""

from __future__ import annotations

from index.fingerprints import is_copy, shingle_set
from index.lenient import found
from index.particulars import same_event
from index.text_particulars import particulars, subject

# --------------------------------------------------------------------------- postings

KESTREL = (
    "Kestrel Refining Corp said it raised the price it pays for Delta Blend crude by 40 "
    "cts a barrel, effective today.\n\n"
    "The rise brings Kestrel's posted price for Delta Blend and Coastal Sour to 18.20 dlrs "
    "a barrel. Ridge Light was also raised 40 cts to 18.65 dlrs.\n\n"
    "Kestrel last changed its postings on May 2."
)
# Another refiner's posting the same day, with the same figures, naming the first
# further down; it has fewer particulars of its own than in common with KESTREL.
OSPREY = (
    "Osprey Petroleum said it raised the price it pays for Delta Blend crude by 40 cts a "
    "barrel, effective today.\n\n"
    "The rise brings Osprey's posted price for Delta Blend and Coastal Sour to 18.20 dlrs "
    "a barrel. Ridge Light was also raised 40 cts to 18.65 dlrs.\n\n"
    "Osprey last changed its postings on May 2.\n\n"
    "Earlier today Kestrel Refining Corp also raised its postings by 40 cts a barrel."
)


def test_another_company_s_posting_with_the_same_figures_is_another_event() -> None:
    assert subject(KESTREL) == ("kestrel", "refining", "corp")
    assert subject(OSPREY) == ("osprey", "petroleum")
    assert is_copy(shingle_set(KESTREL.split("\n\n")[1]), shingle_set(OSPREY))
    assert not same_event(KESTREL, OSPREY) and not same_event(OSPREY, KESTREL)
    # The same posting rewritten, still leading with Kestrel, folds.
    rewrite = KESTREL.replace("said it raised", "raised").replace("effective today", "today")
    assert same_event(KESTREL, rewrite) and same_event(rewrite, KESTREL)


TAMAR = (
    "Tamar Fuels Pte Ltd will revise pump prices of petrol from July 3, an official said.\n\n"
    "Premium 98 octane will be 102.4 cents a litre against 99.5 cents before. Regular 91 "
    "octane will be 95.8 cents against 93.1 cents before.\n\n"
    "The revision follows the energy ministry's decision to let oil companies set their "
    "own pump prices."
)
# Another company's prices the same day: one figure of its own, and the first's
# prices quoted further down.
CORVUS = (
    "Corvus Oil Pte Ltd will raise pump prices of petrol from July 3, a spokeswoman said.\n\n"
    "Premium 98 octane will be 102.4 cents a litre against 99.5 cents before. Regular 91 "
    "octane will be 95.5 cents against 93.1 cents before.\n\n"
    "Tamar Fuels earlier announced pump prices of 102.4 cents and 95.8 cents for 98 and 91 "
    "octane petrol."
)


def test_another_company_s_prices_quoting_the_first_s_are_another_event() -> None:
    assert is_copy(shingle_set(TAMAR.split("\n\n")[1]), shingle_set(CORVUS))
    assert not same_event(TAMAR, CORVUS) and not same_event(CORVUS, TAMAR)


# --------------------------------------------------------------------------- rewrites

STAKE = (
    "{lead} said it has acquired a 50 pct stake in Brennock Chemicals Co, a maker of "
    "industrial coatings. Financial terms were not disclosed.\n\n"
    "{second} said in a statement that the other 50 pct of Brennock is owned by Lisle "
    "Holdings, which also has interests in shipping and hotels.\n\n"
    "Brennock has plants in Harlow and Saltmere and employs about 1,200 people, the "
    "statement said."
)


def test_a_rewrite_leading_with_the_parent_instead_of_its_unit_is_the_same_story() -> None:
    first = STAKE.format(
        lead="State chemicals firm Solveig Chemie",
        second="Solveig, a unit of the state holding Arnholt Gruppe,",
    )
    second = STAKE.format(
        lead="A unit of the state holding Arnholt Gruppe", second="Solveig Chemie"
    )
    # Each opening's subject is missing from the other opening, but both texts
    # name both: one story.
    assert subject(first) == ("solveig", "chemie") and subject(second) == ("arnholt", "gruppe")
    assert is_copy(shingle_set(first.split("\n\n")[2]), shingle_set(second))
    assert same_event(first, second) and same_event(second, first)


def test_a_table_row_has_no_subject() -> None:
    # "Shr" and "Oper" open rows of a results table, not a sentence about a company.
    assert subject("Shr 41 cts vs 32 cts\n\nNet 3,345,000 vs 2,611,000") == ()
    assert subject("Oper shr loss 82 cts vs profit 12 cts") == ()
    assert subject("Halvern Tools Inc said first quarter net income rose.") == (
        "halvern",
        "tools",
        "inc",
    )
    # A run of names ends at punctuation, a figure or a lower-case word ("Bank of
    # Japan" keeps its "of").
    assert subject("The Bank of Japan and the Treasury said so.") == ("bank", "japan")
    assert subject("Kestrel Refining, Osprey and Tamar said so.") == ("kestrel", "refining")


def test_a_company_form_misspelt_in_full_is_the_same_form() -> None:
    misspelt = particulars("The Internaitonal Cocoa Organization said so.")
    assert found("intl", misspelt)  # "International", normalised to "intl"
    assert not found("intl", particulars("The Interior Cocoa Organization said so."))
