"""The rules of index.particulars.same_event added in round 5 of the reprint
work (issue 16), on texts written for these tests: reports that each lead with
news of their own (unless they share several paragraphs), a lead stating a
figure the other lacks, one-line templates, and round-ups that fill the same
figures in for others."""

from __future__ import annotations

from index.fingerprints import is_copy, shingle_set
from index.particulars import MIN_LONG, MIN_PROSE, same_event

# --------------------------------------------------------------------------- leads

BACKGROUND = (
    "The 3,812,400 shares are the block seized by the government from Dunmore Savings "
    "Bank in 1986, on suspicion that their owner was a partner of the former governor, "
    "Alvaro Keswick.\n\n"
    "The offer values each share at 41.25 crowns, against the 38.75 crowns the state "
    "pension fund suggested last week for 1,265,000 shares.\n\n"
    "Officials at the privatisation office in Velden were not available for comment."
)
OFFER_LEAD = (
    "Ostermark Holdings Ltd has offered 157.3 mln crowns for the state's stake in the "
    "brewer Kessler Brau, a Velden newspaper reported on Sunday."
)
OFFER = (
    f"{OFFER_LEAD}\n\nThe newspaper quoted a 14-page letter from Ostermark chairman Piet "
    f"Haldane to President Ilse Marquardt.\n\n{BACKGROUND}"
)
BRANCH_REST = (
    "The weekly said Ostermark had set aside 22 mln crowns for the branch, which would "
    "employ 35 people, and that its offer of 157.3 mln crowns was the only one in cash."
    f"\n\n{BACKGROUND}"
)
# Another paper's report of the same bid, leading with news of its own.
BRANCH = (
    "Ostermark Holdings Ltd plans to open a branch in the republic before it takes over "
    "Kessler Brau, a Lisle business weekly said.\n\n"
    f"{BRANCH_REST}"
)


def test_reports_that_each_lead_with_news_of_their_own_are_two_stories() -> None:
    passage = shingle_set(BACKGROUND.split("\n\n")[1])
    assert is_copy(passage, shingle_set(OFFER)) and is_copy(passage, shingle_set(BRANCH))
    assert not same_event(OFFER, BRANCH) and not same_event(BRANCH, OFFER)
    # The same texts opening alike (an update adding figures further down) are one story.
    update = f"{OFFER_LEAD}\n\n{BRANCH_REST}"
    assert same_event(OFFER, update) and same_event(update, OFFER)


GROUP = (
    "The Northern Growers group comprises Arlen, Bexley, Corran, Dunmore, Esterby and "
    "Guildford, and may consult Harlow and Istria on the meeting."
)
PROPOSED = (
    "Guildford will host a meeting of the Northern Growers group, probably in May, to "
    "discuss export quotas, the Guildford delegate to the Tea Council, Rene Okafor, said.\n\n"
    "No firm date has been set for the talks, Okafor told reporters at the board meeting.\n\n"
    f"{GROUP}"
)
SET = (
    "Tea growers of the Northern Growers group will meet {when} in Guildford to discuss "
    "restoring export quotas, delegates told reporters after the Tea Council's board "
    f"meeting.\n\n{GROUP}\n\nThe next board session will be in Lisle."
)


def test_a_lead_stating_a_figure_the_other_lacks_is_news_of_its_own() -> None:
    later = SET.format(when="on May 4")  # the meeting's date set, days later
    assert is_copy(shingle_set(GROUP), shingle_set(later))
    assert not same_event(PROPOSED, later) and not same_event(later, PROPOSED)
    rewrite = SET.format(when="in May")  # the same news, other people quoted
    assert same_event(PROPOSED, rewrite) and same_event(rewrite, PROPOSED)


# --------------------------------------------------------------------------- thin evidence

LAMB = "Lamb prices opened 2.00 dlrs lower, dealers said. Top 88.50 dlrs per cwt."
SHIPS = "There were four grain ships loading and two waiting at Harlow, the port board said."


def test_a_one_line_template_word_for_word_is_no_proof_of_one_event() -> None:
    # Every market's opening, every day's count of ships: the subject is elsewhere.
    assert is_copy(shingle_set(LAMB), shingle_set(LAMB))
    assert len(shingle_set(LAMB)) < MIN_PROSE and len(shingle_set(SHIPS)) < MIN_PROSE
    assert not same_event(LAMB, LAMB) and not same_event(SHIPS, SHIPS)
    # Two strong particulars in common tell one event even in a line ...
    named = "Kestrel Mills raised flour prices 2.00 dlrs a bag, Dunmore dealers said."
    assert same_event(named, named)
    # ... and so does a stretch of prose of MIN_PROSE shingles or more.
    prose = (
        "There were four grain ships loading and two waiting at the port, the board said, "
        "after a week in which fog and a strike by tug crews had held the loading back and "
        "the waiting ships had to anchor outside the harbour wall."
    )
    assert len(shingle_set(prose)) >= MIN_PROSE and same_event(prose, prose)


# --------------------------------------------------------------------------- round-ups

PRIME = (
    "Harlow Trust, the main bank of Harlow Financial Corp, said it is raising its prime "
    "lending rate to 8-1/4 pct from 8 pct, effective immediately."
)
ROUND_UP = (
    "Harlow Trust, the main bank of Harlow Financial Corp, and Quayside Banks Inc said they "
    "were raising the prime lending rate to 8-1/4 pct from 8 pct, effective immediately.\n\n"
    "In Lisle, Ferrant Bancorp said its Ferrant National Bank was also raising its prime "
    "rate to 8-1/4 pct from 8 pct.\n\n"
    "The moves follow similar rises yesterday by Calder Bank and Westmoor Trust."
)


def test_a_round_up_filling_the_same_figures_in_for_others_is_not_the_story() -> None:
    assert is_copy(shingle_set(PRIME), shingle_set(ROUND_UP))
    assert not same_event(PRIME, ROUND_UP) and not same_event(ROUND_UP, PRIME)
    # A paragraph restating the figures for nobody new is the story told at more length.
    longer = (
        f"{PRIME}\n\nThe rise to 8-1/4 pct from 8 pct follows higher money market rates, "
        "the bank said, and applies to loans to its best corporate customers."
    )
    assert same_event(PRIME, longer) and same_event(longer, PRIME)


# --------------------------------------------------------------------------- length

SHARED = (
    "The ministry said output rose to 3,406,215 tonnes in the year, worth 1,275.6 mln "
    "crowns, while stocks at the ports fell to 46.35 days of use and the average price "
    "paid to farmers was 12.85 crowns a tonne, the highest since the reform began.\n\n"
    "A journalist in the capital said the reformers had underestimated how far the public "
    "would resist price increases, and that a review of all the economic reforms, the "
    "biggest since the reforms began, was under way because many things were not going well.\n\n"
    "The official daily said in a long article this week that in future price changes "
    "should come only in small steps, and that wages would have to keep pace with them, "
    "or the reforms would lose the support they still had in the countryside and the towns."
)


def test_reports_sharing_several_paragraphs_need_not_open_alike() -> None:
    first = (
        "Fear of unrest has forced Velden to slow its price reform, western diplomats say, "
        f"and no big change will come in 1988.\n\n{SHARED}"
    )
    second = (
        "Velden has put the brakes on one of its most important reforms, the overhaul of "
        f"prices, for fear of unrest, diplomats said on Friday.\n\n{SHARED}\n\n"
        "The plan for 1986-90 had promised a new price system by its end."
    )
    assert len(shingle_set(first) & shingle_set(second)) >= MIN_LONG
    assert same_event(first, second) and same_event(second, first)
    # With one paragraph in common (the figures still agreeing), the leads tell them apart.
    cut = SHARED.split("\n\n")[0]
    shorter = first.replace(SHARED, cut), second.replace(SHARED, cut)
    assert len(shingle_set(shorter[0]) & shingle_set(shorter[1])) < MIN_LONG
    assert not same_event(*shorter) and not same_event(*reversed(shorter))
