"""A capital named for its country's government is its country
(index.extract.capital_governments). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from index.extract.capital_governments import capital_countries
from index.extract.entities import extract_entities
from index.extract.gazetteer import CITY, COUNTRY, data_rows, load_gazetteer
from index.names import fold_text
from index.records import PLACE


def _place(text: str, surface: str, nth: int = 0) -> str:
    found = [m.name for m in extract_entities(text) if m.type == PLACE and m.text == surface]
    assert len(found) > nth, f"{surface!r} not read as a place in {text!r}"
    return found[nth]


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Washington has threatened to retaliate.", "Washington", "United States"),
        ("On Friday, Tokyo agreed to open its markets.", "Tokyo", "Japan"),
        ("Talks between Washington and Tehran stalled again.", "Tehran", "Iran"),
        ("Seoul faces pressure from Washington over the won.", "Washington", "United States"),
        ("After Washington overthrew the rulers, aid stopped.", "Washington", "United States"),
        ("The Soviet Union tested a rocket. Moscow said so.", "Moscow", "Soviet Union"),
        ("Ukraine wants pragmatic ties with Moscow, officials said.", "Moscow", "Russia"),
        ("Washington has carried out a series of drone strikes.", "Washington", "United States"),
        ("Tokyo hopes to settle the row by June.", "Tokyo", "Japan"),
        ("There was no immediate comment from Ottawa on the ruling.", "Ottawa", "Canada"),
        ("The assets were frozen by Washington and its allies.", "Washington", "United States"),
        ("There, Washington is leading a campaign of strikes.", "Washington", "United States"),
        ("Washington has made it plain that no waiver will come.", "Washington", "United States"),
        ("If Moscow gave up the base, the talks would resume.", "Moscow", "Russia"),
        ("The goodwill Beijing built up in the region faded.", "Beijing", "China"),
        ("Ports once open to them were blocked by Ankara last year.", "Ankara", "Turkey"),
        ("Critics fear Moscow's sphere of influence will grow.", "Moscow", "Russia"),
        ("Tokyo’s envoy left the talks early on Monday.", "Tokyo", "Japan"),
        ("He ran against the Washington establishment and won.", "Washington", "United States"),
        ("Moscow's political class shrugged.", "Moscow", "Russia"),
        ("Photo: Jo Hale/Getty Images\n\nMoscow has made it plain.", "Moscow", "Russia"),
        ("Later, Ankara initially rebuffed the offer of talks.", "Ankara", "Turkey"),
        ("In the end Nairobi should seek a wider accord.", "Nairobi", "Kenya"),
        ("Critics say Delhi must go further on visas.", "Delhi", "India"),
        ("Aid cuts left Abuja reliant on Lagos banks. Delhi hit back.", "Delhi", "India"),
        ("The Lima–Santiago talks ended without a deal.", "Santiago", "Chile"),
        ("The Lima–Santiago talks ended without a deal.", "Lima", "Peru"),
        ("There is deep mistrust between Hanoi and Beijing.", "Hanoi", "Vietnam"),
        ("Kampala's backing of the rebels angered its neighbours.", "Kampala", "Uganda"),
        ("The move pushed Manila toward Washington's rivals.", "Washington", "United States"),
        ("Donors are expecting Accra to be firm with lenders.", "Accra", "Ghana"),
    ],
)
def test_a_capital_named_for_its_government_is_its_country(
    text: str, surface: str, country: str
) -> None:
    assert _place(text, surface) == country


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("An official in Washington said the case was closed.", "Washington"),
        ("Spokesmen in New York and Washington said there was no news.", "Washington"),
        ("The firm signed a deal with Tokyo-based Gaga Communications.", "Tokyo"),
        ("WASHINGTON, March 3 - Wheat prices rose on Monday.", "WASHINGTON"),
        ("Tourists in Paris said the museums were crowded.", "Paris"),
        ("He will tour states like Washington not considered close this year.", "Washington"),
        ("Cities such as Ottawa considered the plan too costly.", "Ottawa"),
        (
            "The coach said the NHL club will play him. He signed a deal with Ottawa "
            "after three seasons in college hockey.",
            "Ottawa",
        ),
        ("Tokyo's mayor opened the new line on Monday.", "Tokyo"),
        ("A spokesman for the ministry in\nSantiago confirmed the loss.", "Santiago"),
        ("London's hospitals made room for more beds.", "London"),
        ("The marathon was won by Paris runner Ana Loy.", "Paris"),
        ("She made her name in Moscow before the war.", "Moscow"),
        ("Visa centres in Delhi should reopen next week.", "Delhi"),
        ("Trains on the Tokyo–Osaka line ran late on Monday.", "Tokyo"),
        ("He flew from Delhi to Mumbai on Tuesday.", "Delhi"),
    ],
)
def test_the_city_itself_stays_the_city(text: str, surface: str) -> None:
    assert _place(text, surface) not in {c.name for cs in capital_countries().values() for c in cs}


def test_every_row_names_a_city_and_its_countries() -> None:
    gaz = load_gazetteer()
    for capital, countries in data_rows("capitals.tsv"):
        names = countries.split("|")
        places = [gaz.candidates(fold_text(n))[0].place for n in names]
        assert all(p.kind in (COUNTRY, "A") for p in places), capital
        cities = [c.place for c in gaz.candidates(fold_text(capital)) if c.place.kind == CITY]
        assert any(city.cc == places[0].cc for city in cities), capital
        assert any(rows == tuple(places) for rows in capital_countries().values()), capital


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Lisbon accused Warsaw of dragging its feet on the accord.", "Warsaw", "Poland"),
        ("The ministers urged Warsaw to ratify the pact.", "Warsaw", "Poland"),
        ("The envoy blamed Warsaw for the delay.", "Warsaw", "Poland"),
        ("Warsaw and Berlin deny it.", "Warsaw", "Poland"),
        ("Warsaw and Berlin deny it.", "Berlin", "Germany"),
        ("But Warsaw has repeatedly denied the report.", "Warsaw", "Poland"),
        ("Poland mobilised. Warsaw's armed forces were on alert.", "Warsaw", "Poland"),
        ("A better relationship with Warsaw would help.", "Warsaw", "Poland"),
    ],
)
def test_a_capital_blamed_joined_or_owning_forces_is_its_country(
    text: str, surface: str, country: str
) -> None:
    assert _place(text, surface) == country


@pytest.mark.parametrize(
    "text",
    [
        "Banque Rurale de Warsaw is planning a share issue.",
        "The minister flew to Warsaw for talks and urged calm.",
        "Warsaw and Krakow have reopened their museums.",
    ],
)
def test_a_capital_in_a_name_a_trip_or_a_list_of_towns_stays_the_city(text: str) -> None:
    assert _place(text, "Warsaw") == "Warsaw"


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("After the vote, Lisbon unveiled a plan for the port.", "Lisbon", "Portugal"),
        ("Warsaw has expressed interest in a seat at the table.", "Warsaw", "Poland"),
        ("Rivals fear that Ankara could blockade the strait.", "Ankara", "Turkey"),
        ("We recommend that Ottawa strongly reconsider the levy.", "Ottawa", "Canada"),
        ("The envoys increased pressure on Hanoi after the raid.", "Hanoi", "Vietnam"),
        ("In Cairo's view, the dam breaks the treaty.", "Cairo", "Egypt"),
        ("He noted Lima's recent withdrawal from the pact.", "Lima", "Peru"),
        ("The plan was being considered again by Nairobi.", "Nairobi", "Kenya"),
        ("Critics said Rome was attempting to delay the vote.", "Rome", "Italy"),
        ("The aid chiefs were pressing Canberra into a firmer line.", "Canberra", "Australia"),
        ("He was jailed for spying for Tehran in the 1990s.", "Tehran", "Iran"),
        ("The ministers want Manila to drop the tariff.", "Manila", "Philippines"),
        ("Quito protests the ruling of the court.", "Quito", "Ecuador"),
        ("Tariffs rose, with Seoul responding in kind.", "Seoul", "South Korea"),
        ("Before the vote, Lima recalled its envoy.", "Lima", "Peru"),
        ("Calls for a shift in Lima's policy went unheard.", "Lima", "Peru"),
    ],
)
def test_a_capital_acting_stating_or_pressed_is_its_country(
    text: str, surface: str, country: str
) -> None:
    assert _place(text, surface) == country


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Galleries in Leeds, Oslo and Lisbon offer free entry.", "Lisbon"),
        ("Galleries in Leeds, Oslo and Lisbon offer free entry.", "Oslo"),
        ("Lima bombing suspects were held on Friday.", "Lima"),
        ("If Lisbon do not sign him, the striker will leave.", "Lisbon"),
        ("Quito protests spread to the coast overnight.", "Quito"),
        ("Rome was bombed in 1943.", "Rome"),
        ("There is pressure on Cairo's hospitals this winter.", "Cairo"),
        ("He lives in Cairo's old quarter.", "Cairo"),
        ("They cited the Embassy in Lima's early response to the protests.", "Lima"),
    ],
)
def test_a_list_a_team_a_noun_or_a_place_s_passive_stays_the_city(text: str, surface: str) -> None:
    assert _place(text, surface) not in {c.name for cs in capital_countries().values() for c in cs}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The new rail line to Minsk opened on Monday.", "Minsk"),
        ("Delays on the coastal line to Lisbon grew.", "Lisbon"),
        ("Hanoi's local response to the floods was quick.", "Hanoi"),
        ("Lima's municipal leadership approved the budget.", "Lima"),
        ("The old fort stood within Hanoi's view of the river.", "Hanoi"),
    ],
)
def test_a_railway_s_line_or_the_city_s_own_tier_leaves_the_city(text: str, surface: str) -> None:
    assert _place(text, surface) not in {c.name for cs in capital_countries().values() for c in cs}


def test_a_hard_line_on_a_capital_is_still_its_government() -> None:
    assert _place("Allies urged a harder line on Minsk.", "Minsk") == "Belarus"


@pytest.mark.parametrize(
    "text",
    [
        "However, Minsk and Hanoi deny the report.",
        "On Tuesday, Minsk and Hanoi deny the report.",
        "In Vienna, Minsk and Hanoi blame the smugglers.",
    ],
)
def test_a_comma_closing_an_opening_phrase_is_no_list(text: str) -> None:
    assert (_place(text, "Minsk"), _place(text, "Hanoi")) == ("Belarus", "Vietnam")


def test_a_name_and_a_comma_before_a_pair_still_make_a_list() -> None:
    text = "Vienna, Minsk and Hanoi offer cheap flights."
    assert (_place(text, "Minsk"), _place(text, "Hanoi")) == ("Minsk", "Hanoi")
