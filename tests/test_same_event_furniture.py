"""Page furniture (issue 16): pages of one site that open and close with the
same column of other stories' headlines and bylines, or print the same
standing lines between their items, share only the page, not an event; a true
reprint among them, a resend and a cut copy still fold. The texts are written
for these tests."""

from __future__ import annotations

from index.fingerprints import is_copy, shingle_set
from index.furniture import beyond_common, only_furniture
from index.particulars import same_event
from search.reprints import is_reprint

# A site's column of other stories: a time, a byline and a summary each.
_BYLINES = ("Anna Berg", "Tom Hale", "Lena Vogt", "Paul Mercer", "Ines Duarte", "Marek Nowak",
            "Sofia Lind", "Hugo Brandt", "Clara Mendes", "Piet de Wit", "Eva Horvath",
            "Nils Aalto")  # fmt: skip
_PLACES = ("Brussels", "Warsaw", "Lisbon", "Vienna", "Dublin", "Athens", "Riga", "Prague",
           "Madrid", "Helsinki", "Sofia", "Zagreb")  # fmt: skip
_SUMMARIES = (
    "Ministers meet in {} to agree the budget ceiling for next year.",
    "The opposition in {} says the reform package goes too far, too fast.",
    "Farmers block roads around {} over the new milk quotas.",
    "A court in {} rules against the airline on passenger refunds.",
)
COLUMN = "\n\n".join(
    f"{18 + k % 2}/11/16, {1 + k % 11}:{(7 * k) % 60:02d} PM CET\n\nBY {byline}\n\n"
    + _SUMMARIES[k % len(_SUMMARIES)].format(_PLACES[k])
    for k, byline in enumerate(_BYLINES)
)
FOOTER = "© 2016 EXAMPLE MEDIA\n\nLog in to access content and manage your profile."

FERRY = (
    "OSLO — The ferry operator Nordlinje said on Friday it would cut 240 jobs and sell "
    "two of its oldest vessels after a third year of losses on the North Sea routes.\n\n"
    "Chief executive Kari Solheim said the company had lost 41 million crowns in the "
    "first nine months and could not wait for passenger numbers to recover.\n\n"
    "The unions called the cuts a betrayal and said they would meet the management in "
    "Bergen on Monday to demand talks on the terms of the redundancies.\n\n"
    "Nordlinje carried 1.2 million passengers last year, down from 1.6 million in 2013, "
    "as budget airlines took travellers from its overnight crossings to Newcastle.\n\n"
    "The two ships to be sold, built in 1979 and 1981, will be offered to operators in "
    "the Baltic, and the crossing to Kristiansand will close at the end of the year."
)
VINEYARD = (
    "BORDEAUX — Hail storms destroyed about a third of the grape harvest in the "
    "Entre-deux-Mers region on Thursday, growers said, weeks before picking was due.\n\n"
    "The growers' association put the damage at 18,000 hectares and asked the "
    "agriculture ministry to declare a natural disaster so that members can claim aid.\n\n"
    "Several estates near Créon lost their whole crop in less than twenty minutes, "
    "said Jean Lafitte, who heads the association's committee on insurance.\n\n"
    "Prices for the region's white wines had already risen by 9 percent this year "
    "after a poor harvest in 2015, and merchants expect them to climb further.\n\n"
    "Insurers said fewer than half of the growers in the area had cover against hail, "
    "which has become dearer since the storms that struck the Médoc three years ago."
)
TRAIN = (
    "MILAN — Italy's rail operator will run a high-speed service between Milan and "
    "Paris from next spring, taking on the French state railway on its own line.\n\n"
    "The company said it had ordered 14 trains for the route and expected to carry "
    "two million passengers a year once the service runs five times a day.\n\n"
    "French unions have warned that the competition will cost jobs at the state "
    "railway, which lost 1.1 billion euros on its long-distance services last year.\n\n"
    "The regulator in Paris approved the timetable on Wednesday after a review of "
    "the slots the new service will use at the Gare de Lyon.\n\n"
    "Tickets go on sale in February, with fares from 29 euros for seats booked at least "
    "a month ahead, the company said, and a stop in Turin on every second train."
)


def page(article: str) -> str:
    return f"{COLUMN}\n\n{article}\n\n{FOOTER}"


def test_pages_of_one_site_sharing_only_their_column_are_not_one_event() -> None:
    first, second = page(FERRY), page(VINEYARD)
    beyond = beyond_common(first, second)
    assert beyond is not None and only_furniture(beyond)
    assert beyond.first.startswith("OSLO") and beyond.second.startswith("BORDEAUX")
    assert "CET" not in beyond.first + beyond.second and "EXAMPLE MEDIA" not in beyond.first
    # The column is a passage each page holds, and still no reprint either way.
    column = shingle_set(COLUMN)
    assert not is_reprint(first, column, None, second, None)
    assert not is_reprint(second, column, None, first, None)
    assert not same_event(page(TRAIN), page(FERRY))


def test_the_column_alone_would_fold_the_pages() -> None:
    """Without its articles' own text the page is all column: the shared runs
    are then the whole of the shorter text, which is a copy (the rule keeps
    what it did)."""
    assert beyond_common(COLUMN, page(FERRY)) is None


def test_a_reprint_on_another_page_of_the_site_still_folds() -> None:
    edited = FERRY.replace("on Friday", "on Friday, confirming reports in local papers,")
    assert same_event(page(FERRY), page(edited))


def test_resends_and_cut_copies_still_fold() -> None:
    assert beyond_common(page(FERRY), page(FERRY)) is None
    cut = page(FERRY.rsplit("\n\n", 1)[0])
    assert same_event(page(FERRY), cut)
    assert same_event(FERRY, FERRY.rsplit("\n\n", 2)[0])


def test_a_copy_with_a_note_of_its_own_is_not_furniture() -> None:
    """A copy that adds a line at its end shares its story, not its page: what
    each says beyond the runs is no article of its own."""
    noted = FERRY + "\n\nThe company's shares were suspended on the Oslo exchange for the day."
    other = FERRY + "\n\nNordlinje's results for the fourth quarter are due on November 28."
    beyond = beyond_common(noted, other)
    assert beyond is not None and not only_furniture(beyond)


# A site's standing lines, printed word for word between the items of every issue
# of its newsletter: a sign-up line, an advertiser's messages, an invitation.
_SUBSCRIBE = (
    "SUBSCRIBE to the Morning Ledger and get the briefing in your inbox before seven "
    "every weekday: ledger.example/subscribe"
)
_SPONSOR = (
    "A MESSAGE FROM HARBOURVIEW ENERGY: Over the past decade Harbourview Energy has invested "
    "42 billion dollars in American wind, solar and gas projects, more than any other "
    "energy company in the country."
)
_SPONSOR_AGAIN = (
    "A MESSAGE FROM HARBOURVIEW ENERGY: Harbourview Energy has given 147 million dollars to "
    "community programmes in Ohio, Texas and Pennsylvania over the past five years. Read "
    "their stories."
)
_INVITE = (
    "JOIN US for Ledger Live with Senator Ruth Calloway and Governor Dan Whitfield at the "
    "Mayflower Hotel, where our editors will talk about the race, the budget fight and what "
    "comes next."
)
TUESDAY = "\n\n".join([
    "The Morning Ledger",
    "GOOD TUESDAY MORNING. Senator Ruth Calloway told donors in Columbus last night that the "
    "budget deal is dead unless Speaker Alan Pryce gives ground on the highway bill, three "
    "people in the room said.",
    "Pryce's office said the Speaker would not negotiate through the press. Governor Dan "
    "Whitfield, who is running against Calloway's candidate in Ohio, called the remarks a stunt.",
    _SUBSCRIBE,
    "POLL WATCH: A Keystone University survey of Pennsylvania voters has Whitfield's party "
    "ahead by 4 points, 48 to 44, with 8 percent undecided; the margin of error is 3.1 points.",
    _SPONSOR,
    "ON THE TRAIL: Calloway is in Dayton and Toledo today; Whitfield holds a rally in Cleveland "
    "at noon; Pryce meets the Texas delegation in the Capitol at 3 p.m.",
    _INVITE,
    "MONEY: The Calloway campaign raised 6.2 million dollars in August, its best month, and has "
    "11 million in the bank, according to its filing with the Federal Election Commission.",
    _SPONSOR_AGAIN,
    "WHITE HOUSE: President Elena Marsh spoke to Speaker Pryce and Treasury Secretary Nora "
    "Delacroix by phone from Camp David, and Vice President Owen Hargrove will meet Mayor Luis "
    "Ferrante of Columbus and Mayor Janet Sowell of Pittsburgh on transit money.",
    "BIRTHDAYS: Marla Quince of the Ledger's Ohio bureau, former Representative Tom Okafor, and "
    "Dana Whitlow, chief of staff to Senator Calloway.",
])  # fmt: skip
WEDNESDAY = "\n\n".join([
    "The Morning Ledger",
    "GOOD WEDNESDAY MORNING. Speaker Alan Pryce answered Senator Ruth Calloway on Tuesday "
    "night, telling reporters in the Capitol that the highway bill will pass with or without "
    "her votes, and that the budget deal is alive.",
    "Calloway's aides said she would say more in Dayton. Governor Dan Whitfield, touring "
    "Cleveland, said the fight showed Washington was broken and Ohio was paying for it.",
    _SUBSCRIBE,
    "POLL WATCH: A Buckeye Institute poll of Ohio voters has Calloway's candidate ahead by 2 "
    "points, 47 to 45, with 7 percent undecided; the margin of error is 3.4 points.",
    _SPONSOR,
    "ON THE TRAIL: Calloway is in Columbus today; Whitfield meets farm groups in Toledo; Pryce "
    "hosts the Pennsylvania delegation for breakfast at 8 a.m.",
    _INVITE,
    "MONEY: Whitfield's allies at the Prairie Fund will spend 9.5 million dollars on television "
    "in Ohio and Pennsylvania through October, the fund told the Federal Election Commission.",
    _SPONSOR_AGAIN,
    "WHITE HOUSE: President Elena Marsh called Senator Calloway from Camp David, Treasury "
    "Secretary Nora Delacroix briefed Speaker Pryce, and Vice President Owen Hargrove flies to "
    "Pittsburgh to see Mayor Janet Sowell and Mayor Luis Ferrante of Columbus.",
    "BIRTHDAYS: Hal Brenner, the Ledger's Texas correspondent, and Senator Calloway's pollster "
    "Iris Vantongeren.",
])  # fmt: skip


def test_two_issues_of_a_newsletter_sharing_only_standing_lines_are_not_one_event() -> None:
    """Two days' issues of one site's newsletter print the same standing lines
    between their items (several paragraphs in common) and, being long and on
    one beat, name most of the same people: compared whole they would pass
    for one story updated. Beyond the lines both print word for word, each is
    an issue of its own, and they share no lead."""
    sponsor = shingle_set(_SPONSOR)
    assert is_copy(sponsor, shingle_set(WEDNESDAY))  # a passage each issue holds
    assert not is_reprint(TUESDAY, sponsor, None, WEDNESDAY, None)
    beyond = beyond_common(TUESDAY, WEDNESDAY)
    assert beyond is not None and only_furniture(beyond)
    assert "HARBOURVIEW" not in beyond.first + beyond.second
    assert "SUBSCRIBE" not in beyond.first and beyond.first.startswith("GOOD TUESDAY")
    assert not same_event(TUESDAY, WEDNESDAY) and not same_event(WEDNESDAY, TUESDAY)
    assert not same_event(TUESDAY, WEDNESDAY, same_day=True)


def test_an_issue_edited_or_cut_with_its_standing_lines_still_folds() -> None:
    edited = TUESDAY.replace("last night", "on Monday night").replace(
        "three people in the room said", "according to three people in the room"
    )
    cut = TUESDAY.rsplit("\n\n", 2)[0]
    assert same_event(TUESDAY, edited) and same_event(edited, TUESDAY)
    assert same_event(TUESDAY, cut) and same_event(cut, TUESDAY)
