"""Rewrites are the same event, digests and follow-ups are not: the rules of
index.particulars.same_event added for rewrites (figures written in parts,
abbreviated names, precise figures, names further down) and
for stories carried by a text opening with news of its own, on texts written
for these tests."""

from __future__ import annotations

from index.fingerprints import is_copy, shingle_set
from index.lenient import found, parts
from index.particulars import same_event
from index.text_particulars import particulars

LOAN = (
    "The World Bank said it approved a 120 mln dlr loan to help Ruritania rebuild the "
    "Kestrel valley railway and reform the state railway company.\n\n"
    "The 310 mln dlr project will rehabilitate the line between Dorvan and the port of "
    "Saltmere.\n\n"
    "The loan is for 15 years, including {grace} years of grace, and carries a variable "
    "interest rate, currently 7.84 pct."
)


def test_a_mixed_number_written_in_words_is_the_same_figure() -> None:
    figures = LOAN.format(grace="3-1/2")
    words = LOAN.format(grace="three and one-half")
    assert parts("3-1/2") == ("3", "1/2") and parts("15-78") == ()  # a range stays whole
    assert same_event(figures, words) and same_event(words, figures)
    # Another mixed number is still another figure.
    assert not same_event(figures, LOAN.format(grace="4-1/2"))


PETITION = (
    "Farmers from {state} and Kansas asked Congress on Monday to extend the wheat "
    "support program by two years, the Plains Growers Association said.\n\n"
    "The association said 4,200 farms in {state} would lose support under the Senate plan."
)


def test_an_abbreviated_name_is_the_same_name() -> None:
    full, short = PETITION.format(state="Missouri"), PETITION.format(state="Mo")
    assert is_copy(shingle_set(full.split("\n\n")[0]), shingle_set(short))
    assert same_event(full, short)
    assert not same_event(full, PETITION.format(state="Nebraska"))
    mine = particulars("Sun Co raised its price. Mo Farms agreed.")
    assert found("sun", mine) and not found("southland", mine)  # a word, not an abbreviation
    assert found("missouri", mine)  # "Mo"
    assert not found("corp", particulars("Citgo said. Conoco said."))  # company forms never


TABLE = (
    "Halvern Tools Inc said first quarter net income rose on higher sales of machine tools.\n\n"
    "Shr 41 cts vs 32 cts\n\nNet {net} vs 2,611,000\n\nRevs 52.7 mln vs 47.3 mln\n\n"
    "Avg shrs 8,156,400 vs 8,159,200\n\nBacklog 126.4 mln vs 118.9 mln"
)


def test_precise_figures_in_common_make_a_correction_the_same_results() -> None:
    original = TABLE.format(net="3,345,000")
    # The correction: one figure corrected, a sentence saying so.
    corrected = TABLE.format(net="3,348,000") + "\n\nCorrects net income in earlier table."
    assert is_copy(shingle_set(original.split("\n\n")[0]), shingle_set(corrected))
    assert same_event(original, corrected)
    other = (
        "Halvern Tools Inc said first quarter net income rose on higher sales of machine tools.\n\n"
        "Shr 44 cts vs 41 cts\n\nNet 3,601,000 vs 3,345,000\n\nRevs 55.1 mln vs 52.7 mln\n\n"
        "Avg shrs 8,190,000 vs 8,156,400\n\nBacklog 131.8 mln vs 126.4 mln"
    )
    assert not same_event(original, other)  # the next year's table


STRIKE = (
    "Harrowgate Steel Corp said 640 members of the Metal Workers Union struck its Bellport "
    "mill on Friday, halting output of 9,000 tons of plate a week.\n\n"
    "The company said it would run the mill with 120 salaried staff.\n\n"
    "{quote}"
)


def test_a_rewrite_quoting_other_people_further_down_is_the_same_event() -> None:
    one = STRIKE.format(quote="Union spokesman Dale Ferris said talks would resume next week.")
    two = STRIKE.format(quote="Analyst Priya Okafor said the mill was not critical.")
    assert same_event(one, two) and same_event(two, one)
    # The same paragraph naming another company is a template filled again.
    other = STRIKE.format(quote="Union spokesman Dale Ferris said talks would resume next week.")
    assert not same_event(one, other.replace("Harrowgate Steel Corp", "Lakeside Steel Co"))


STORY = (
    "Tallis Copper Co said it cut its cathode price by 0.50 cent to 65.50 cents a lb, "
    "effective immediately."
)
DIGEST = (
    "Grain traders in Winnipeg said rapeseed shipments to Osaka reached 412,000 tonnes, "
    "the most since 1979, as Kobe crushers bought ahead of the harvest.\n\n"
    "NEW YORK - " + STORY + "\n\n"
    "LONDON - Cocoa fell 14 stg to 1,322 stg a tonne after Ghana's marketing board said "
    "arrivals reached 218,000 tonnes by Sunday.\n\n"
    "SYDNEY - Wool rose 3 pct at the Geelong sale, with Italian buyers taking 16,500 bales."
)


def test_a_digest_opening_with_other_news_does_not_fold_a_story_it_carries() -> None:
    assert is_copy(shingle_set(STORY), shingle_set(DIGEST))
    assert not same_event(STORY, DIGEST) and not same_event(DIGEST, STORY)
    # An update opening as the story, with more particulars of its own, still folds.
    update = STORY + (
        "\n\nThe cut follows a fall on the Metals Exchange, where July copper ended at "
        "64.10 cents, traders at Brandt Metals and Osgood Futures in Chicago said on Tuesday."
    )
    assert same_event(STORY, update)


HARBOR = (
    "Harbor Petroleum Corp said it raised the contract price it will pay for crude oil 50 cts "
    "a barrel, effective today.\n\n"
    "The increase brings the company's posted price for West Texas Intermediate to 17.50 "
    "dlrs a barrel.\n\nHarbor last changed its postings on March 4."
)
ROUND_UP = (
    "Lakeside Refining Co said it raised the contract price it will pay for crude oil 50 cts "
    "a barrel, effective today.\n\n"
    "The increase brings Lakeside's posted price for West Texas Intermediate to 17.50 dlrs a "
    "barrel. Light Louisiana Sweet was raised to 17.85 dlrs.\n\n"
    "Lakeside last changed its postings on March 4.\n\n"
    "Earlier today Harbor Petroleum Corp, Bexley Oil and Carver Energy also raised their "
    "postings 50 cts, traders at Dunmore Futures said."
)


def test_another_company_s_story_naming_the_first_further_down_is_not_its_story() -> None:
    assert is_copy(shingle_set(HARBOR.split("\n\n")[0]), shingle_set(ROUND_UP))
    assert not same_event(HARBOR, ROUND_UP) and not same_event(ROUND_UP, HARBOR)
    update = HARBOR + "\n\nLakeside Refining, Bexley Oil and Carver Energy also raised theirs."
    assert same_event(HARBOR, update)  # an update naming others still folds
