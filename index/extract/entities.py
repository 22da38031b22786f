"""Entity extraction: places, people and organisations in article text.

``extract_entities(text)`` is a pure function (no network): a CRF sequence tagger
(:mod:`index.extract.tagger`, a model trained on CoNLL-2003 by scripts/train_tagger.py and
shipped in index/data) merged with hand-written rules and the gazetteer. Stages, each in its
own module:

1. :mod:`index.extract.chunks` cuts the text into capitalised segments and cuts titles out.
2. :mod:`index.extract.people` claims organisations (organisation words, the shipped list) and
   people (titles, role words, "said", given names).
3. :mod:`index.extract.places` matches the gazetteer (Aho-Corasick over folded text) inside the
   remaining segments, with cues for common words, small towns and unknown names.
4. :mod:`index.extract.linking` gives surnames, acronyms and short organisation names the id of
   the full name met in the same article.

Entity ids and the Mention record are described in :mod:`index.records`.
"""

from __future__ import annotations

from collections.abc import Callable

from index.collector import one_article
from index.extract.acronym_extents import with_acronym_extents
from index.extract.addresses import without_addresses
from index.extract.apposed_people import with_apposed_people
from index.extract.body_cues import bodies_by_cues
from index.extract.broadcaster_services import without_broadcaster_regions
from index.extract.capital_governments import as_governments
from index.extract.caps_headlines import without_unvouched_shouts
from index.extract.cities_as_people import with_cities_not_bodies, with_cities_not_people
from index.extract.city_short_forms import with_city_short_forms, with_place_initials
from index.extract.compass_names import with_compass_points
from index.extract.countries_in_names import without_countries_in_names
from index.extract.countries_only_in_names import without_countries_only_in_names
from index.extract.currency_signs import without_currency_signs
from index.extract.day_abbreviations import without_day_abbreviations
from index.extract.degrees import without_degrees
from index.extract.foreign_regions import with_home_cities
from index.extract.foreign_towns import without_foreign_towns
from index.extract.institutions import whole_institutions
from index.extract.king_surnames import with_king_surnames
from index.extract.local_places import with_local_countries
from index.extract.lone_names import vet
from index.extract.media_titles import without_media_titles
from index.extract.name_repairs import repair
from index.extract.name_suffixes import with_suffixes
from index.extract.named_things import without_named_things
from index.extract.names_with_places import without_places_in_names
from index.extract.nicknames import with_nicknames
from index.extract.office_holders import with_office_holders
from index.extract.office_titles import without_office_titles
from index.extract.page_controls import without_boilerplate_tails, without_page_controls
from index.extract.party_adjectives import without_party_adjectives
from index.extract.party_members import with_party_members
from index.extract.peerages import with_peerages
from index.extract.people_as_places import without_people_as_places
from index.extract.person_aliases import with_person_aliases
from index.extract.place_lists import in_lists
from index.extract.place_parts import without_region_parts
from index.extract.place_titles import without_title_places
from index.extract.programme_hosts import without_programme_hosts
from index.extract.programmes import without_agreements, without_programmes
from index.extract.reader_calls import without_reader_calls
from index.extract.recognise import recognise
from index.extract.region_words import with_region_words
from index.extract.run_in_names import with_late_short_forms, with_run_in_names
from index.extract.saint_datelines import with_saint_datelines
from index.extract.senses import one_sense
from index.extract.sports import with_sports
from index.extract.state_code_terms import without_state_code_terms
from index.extract.stations import stations_as_bodies
from index.extract.storms import without_storms
from index.extract.street_names import without_street_names
from index.extract.team_bynames import teams_not_places
from index.extract.tied_namesakes import without_tied_namesakes
from index.extract.title_pieces import without_title_pieces
from index.extract.town_units import without_town_units
from index.extract.union_sense import without_union_europe
from index.extract.water_bodies import without_water_bodies
from index.extract.whole_orgs import whole_orgs
from index.records import Mention

#: What mends the recognised mentions, in order; each takes the mentions and the text and returns
#: the mentions. Names the words or article show misread are mended (name_repairs), a generational
#: suffix joins the name before it ("Jaime Jaquez Jr.", name_suffixes), an organisation's name is
#: made whole (whole_orgs), as a peer's title is ("Lord Falconer", peerages); a named storm is
#: no name ("Hurricane Irma", storms), nor a weekday's short form before a date ("Tue, May 1",
#: day_abbreviations), nor a person's name in a street's ("Martin Luther King Way", street_names),
#: nor a place in a sea's ("Gulf of Mexico", water_bodies), nor a programme's initials ("(DACA)
#: program", programmes); a town's "ST." in capitals opens its name ("ST. PAUL, Minn.",
#: saint_datelines). one-word people the
#: article shows to be companies or products go (lone_names); places in a list are read alike
#: (place_lists); a name the article writes once as a club (also "Tarnbury are keen", club_sides),
#: a work's title or a common noun is that throughout (senses); a place's abbreviated region
#: ("Austin, Tex.") is no name of its own
#: (place_parts), nor a place in a church or noble title ("the Prince of Wales", place_titles), nor
#: a place read out of a longer name or a title ("Gangs of New York", names_with_places), as a
#: country closing or opening one is ("Secure America", countries_in_names); a compass
#: point's initial before a place is spelled out ("S Africa", compass_names); "Europe" is no place
#: where the article may mean the European Union or its club competitions (union_sense); a club read
#: as its town's bare name carries the article's sport (sports); a capital named for its government
#: is its country ("Washington urged Tokyo", capital_governments); a degree after a name ("Thomas
#: Wang, MD") and a condition named after a person are no name (degrees); a hospital's name is one
#: organisation (institutions); a big city's short form is that city ("LA", "NYC",
#: city_short_forms) and a place's initials the place ("PNG" of Papua New Guinea,
#: with_place_initials), as a region abroad that shares its name with a big city of the article's
#: country is ("Charlotte", foreign_regions) and a big city's name after "in" read as a person's is
#: (cities_as_people), or read as a body's, at that mention ("quarantine in Denver"); a piece of
#: a title in title case ("Night Live") is no name (title_pieces); a
#: compass point as a surname ("Kanye West") and a first name read as a small town are a person's
#: (people_as_places); a party run into a member's title is the party and the member ("Labour MP
#: Eric Joyce", party_members), and a name ending with an office's title is the title, no body
#: or person ("Chief Adviser", "BNP Chairperson" -> BNP, office_titles); a person or a place
#: with no country the article writes as a body's is that body ("Jamaat leaders", "alliance
#: with Jamaat-e-Islami", body_cues); a run of a web page's button labels is no name
#: (page_controls), nor
#: a part of an e-mail address ("HaveYourSay@bbc.co.uk", addresses), nor
#: a state's postal code before a clinical noun ("CT scans", state_code_terms); a body's name
#: read in pieces before its bracketed acronym is made whole by it ("United Nations Educational,
#: Scientific and Cultural Organization (UNESCO)", acronym_extents, after the agreements and
#: places' heads are dropped, which a whole name ending in a place's would meet); nor a party's
#: adjective alone read as a body named with it ("the Democratic group", party_adjectives); a
#: broadcaster's regional service is a body, not the region ("BBC North West", "BBC News: East
#: of England", broadcaster_services), nor is a host's name closing a programme's title ("Sunday
#: with Laura Kuenssberg", programme_hosts); a station named by its shape is a body ("Bead FM",
#: stations), and a region named with its word is the gazetteer's region with its country or no
#: place ("the Ashanti Region", region_words); a town's name before a unit's word is the
#: unit called after it, and one joined to a number no place ("Sylhet district", "Dhaka-17",
#: town_units); a place with no country used as a team is the
#: team ("Black Stars head coach", team_bynames); a small town of a country the article shows by
#: no other place, beside another country shown by two, is no place (foreign_towns), nor is a
#: namesake linked by rank in a country the article names by nothing else ("Central" of
#: Kenya in an article on Papua New Guinea, tied_namesakes); a place
#: the gazetteer lacks takes the country its article puts it in ("Shahbagh in Dhaka",
#: local_places); a currency's abbreviation or sign before an amount is no name ("Tk 50,000",
#: "GH¢300", "US $35,000", currency_signs); last, a country an article names only as the first
#: word of longer names is not counted there ("told the Chile Observer",
#: countries_only_in_names), after the rules that read the article's countries to link its
#: other places. A person's name run into an office or a body before it is that person where
#: the article calls the person by a titled short form ("Minister for X Lim Boon Keat", "Mr
#: Lim"), cut out before the office's title is dropped, and so is one after a title or
#: rank inside the run or after an office's "of" before it ("Secretary of the X Council Ann
#: Roe", "Police Superintendent Ann Roe", office_holders); last, one-word people are linked to the
#: one full name they shorten, after every cut (run_in_names).
MENDS: tuple[Callable[[list[Mention], str], list[Mention]], ...] = (
    repair,
    with_king_surnames,
    with_nicknames,
    with_suffixes,
    whole_orgs,
    with_peerages,
    without_storms,
    without_day_abbreviations,
    without_street_names,
    without_water_bodies,
    without_programmes,
    with_saint_datelines,
    vet,
    in_lists,
    one_sense,
    without_region_parts,
    without_title_places,
    without_places_in_names,
    without_countries_in_names,
    with_compass_points,
    without_union_europe,
    with_sports,
    as_governments,
    without_degrees,
    whole_institutions,
    with_city_short_forms,
    with_place_initials,
    with_home_cities,
    with_cities_not_people,
    with_cities_not_bodies,
    without_title_pieces,
    without_people_as_places,
    with_party_members,
    with_run_in_names,
    with_office_holders,
    without_office_titles,
    bodies_by_cues,
    without_page_controls,
    without_boilerplate_tails,
    without_addresses,
    without_reader_calls,
    without_media_titles,
    without_named_things,
    without_agreements,
    with_acronym_extents,
    without_state_code_terms,
    without_party_adjectives,
    without_broadcaster_regions,
    without_programme_hosts,
    without_unvouched_shouts,
    stations_as_bodies,
    with_region_words,
    without_town_units,
    teams_not_places,
    without_foreign_towns,
    without_tied_namesakes,
    with_local_countries,
    without_currency_signs,
    without_countries_only_in_names,
    with_apposed_people,
    with_person_aliases,
    with_late_short_forms,
)


@one_article
def extract_entities(text: str) -> list[Mention]:
    """PLACE, PERSON and ORG mentions in ``text``, sorted by start and non-overlapping:
    the tagger and the rules merged (:mod:`index.extract.recognise`), then mended by each
    of :data:`MENDS` in turn."""
    mentions = recognise(text)
    for mend in MENDS:
        mentions = mend(mentions, text)
    return mentions
