"""Places resolved by the article's context, and names the tagger typed resolved to ids
(step 4 of :mod:`index.extract.recognise`): a town followed by its state ("Windsor,
Conn."), ambiguous cities by the countries and places the article names (a far smaller
namesake only by a region or a city of its country, not by the country's name alone),
small towns only when their country is named or a cue vouches for them."""

from __future__ import annotations

from difflib import SequenceMatcher

from index.extract.chunks import Segment
from index.extract.gazetteer import CITY, COUNTRY, REGION, Gazetteer, Place
from index.extract.linking import Draft
from index.extract.people import has_org_word, known_org
from index.extract.places import (
    PlaceMatch,
    choose,
    common_words_only,
    cued_place,
    region_after,
    without_nicknames,
)
from index.extract.regions import abbreviated_region, region_country
from index.extract.rules import place_draft
from index.names import fold_name, fold_text, name_key
from index.records import ORG, PERSON, PLACE


def resolve_name(text: str, start: int, end: int, kind: str, gaz: Gazetteer) -> Draft:
    """A draft for a name the tagger typed: places through the gazetteer (exact name,
    then name key; a name in capitals only as the gazetteer spells it, else it is an
    organisation's initials), organisations through the shipped list, people by name key."""
    surface = text[start:end]
    tokens = tuple(surface.split())
    if kind == PLACE and (cc := region_country(surface, gaz)) is not None:
        # "N.J.", "Calif.": a state or province of that country, not a namesake abroad
        region = abbreviated_region(surface, gaz)
        key, name = (region.entity_id, region.name) if region else (name_key(surface), surface)
        draft = Draft(start, end, PLACE, surface, tokens, key if region else f"{key}@{cc}", name)
        draft.country, draft.kind = cc, REGION
        return draft
    if kind == PLACE:
        candidates = gaz.candidates(fold_text(surface))
        if candidates and all(w.lower() in gaz.common_words for w in tokens):
            candidates = without_nicknames(candidates, surface)  # "Garden City" a nickname
        # initials ("KPA") are a place only as the gazetteer spells them
        acronym = surface.isupper() and 3 <= len(surface) <= 5 and " " not in surface
        place = None
        if candidates:
            place = choose(candidates, surface, frozenset())
        elif not acronym:
            place = gaz.resolve_key(surface)
            if place is not None and not _spelling_of(surface, place, gaz):
                return Draft(start, end, None, surface, tokens, "", "")  # a near miss
        if place is not None:
            pending = place.kind == CITY and place.population < 50_000
            return place_draft(text, PlaceMatch(start, end, place, pending=pending))
        if acronym or (len(tokens) > 1 and has_org_word(_parts(tokens))):
            kind = ORG  # initials ("KLA"), or a paper's name ("Las Vegas Review-Journal")
    if kind == ORG and (org := known_org(surface, gaz)) is not None:
        return Draft(start, end, ORG, surface, tokens, name_key(org.name), org.name)
    return Draft(start, end, kind, surface, tokens, name_key(surface), surface)


#: How alike (difflib's ratio of the folded spellings) a name the gazetteer does not know
#: must be to the place whose name key it shares: "Deleware" and "Delaware" 0.88,
#: "Cartegena" and "Cartagena" 0.89, "Sony" and "Shawnee" 0.36, "Agusta" and "Augsburg"
#: 0.43.
VARIANT_LIKENESS = 0.6


def _spelling_of(surface: str, place: Place, gaz: Gazetteer) -> bool:
    """A name the tagger typed, unknown to the gazetteer, may be another spelling of
    ``place``, whose name key it shares: not when it is a lone common word ("City",
    "Net") or two capitals ("HK", "GE"), nor when the names are far apart ("Sony" is no
    spelling of Shawnee, whose alternate names share its key; "Kellogg" none of Kaluga)."""
    if surface.isupper() and len(surface) <= 2:
        return False
    if " " not in surface and common_words_only(surface, gaz):
        return False
    likeness = SequenceMatcher(None, fold_name(surface), fold_name(place.name)).ratio()
    return likeness >= VARIANT_LIKENESS


def _parts(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a name, hyphenated ones apart ("Review-Journal")."""
    return tuple(w for t in tokens for w in t.split("-"))


def _one_country(surface: str, gaz: Gazetteer) -> bool:
    """The best place ``surface`` can name dwarfs every namesake in another country (at
    least ten times its rank): "Beirut", not "Tripoli" (Libya's, or Lebanon's?)."""
    candidates = gaz.candidates(fold_text(surface))
    if not candidates:
        return False
    best = candidates[0].place
    return all(c.place.rank * 10 <= best.rank for c in candidates if c.place.cc != best.cc)


#: A namesake this many times smaller than the place a name means first needs more than
#: its country's name to win: a state or province of that country, or a city in no other
#: country ("Geneva" stays Swiss in an article naming the U.S., not Washington state's).
_FAR_SMALLER = 3


def rechoose_cities(drafts: list[Draft], gaz: Gazetteer) -> None:
    """Ambiguous city names lean towards a country or region the article names, or the
    country of another place it names that can be in one country only; a namesake far
    smaller than the place the name means first only on a region or such a city."""
    named: set[str] = set()
    local: set[str] = set()  # countries named by a region or a one-country city
    for d in drafts:
        if d.country and (d.kind in (COUNTRY, REGION) or _one_country(d.text, gaz)):
            named.add(d.country)
            if d.kind in (REGION, CITY):
                local.add(d.country)
    if not named:
        return  # no country or region to lean towards
    for k, draft in enumerate(drafts):
        if draft.kind == CITY and not draft.small_place and draft.country not in named:
            candidates = gaz.candidates(fold_text(draft.text))
            place = choose(candidates, draft.text, frozenset(named))
            if place is None or place.cc not in named:
                continue
            first = choose(candidates, draft.text, frozenset())
            if first and first.rank > _FAR_SMALLER * place.rank and place.cc not in local:
                continue
            drafts[k] = place_draft(draft.text, PlaceMatch(0, len(draft.text), place))
            drafts[k].start, drafts[k].end = draft.start, draft.end


def towns_in_regions(text: str, drafts: list[Draft], gaz: Gazetteer) -> None:
    """A town followed by its state, province or country ("Windsor, Conn.") is the town
    of that name there, when the gazetteer has one, even if no other rule took the name;
    a one-word name another rule took ("Danbury" a person) is the town so named there
    too when a state's or province's abbreviation follows; the abbreviation after a
    name and its comma is the region ("Conn" a surname, "R.I." initials)."""
    by_start = {d.start: k for k, d in enumerate(drafts)}
    for k, draft in enumerate(drafts):
        if text[draft.end : draft.end + 1] != ",":
            continue
        abbreviation = _abbreviation_after(text, drafts, by_start, draft.end + 1, gaz)
        unclaimed = draft.type is None and draft.text[:1].isupper()
        claimed = abbreviation is not None and " " not in draft.text and draft.type in (ORG, PERSON)
        if not (unclaimed or claimed or draft.kind in (CITY, REGION)):
            continue
        cc = region_after(text, draft.end, gaz)
        if cc is None:
            continue
        if cc == draft.country:
            draft.small_place = False  # its state or country vouches for it
        else:
            for candidate in gaz.candidates(fold_text(draft.text)):
                if candidate.place.cc == cc and (candidate.primary or not claimed):
                    drafts[k] = place_draft(
                        text, PlaceMatch(draft.start, draft.end, candidate.place)
                    )
                    break
        if abbreviation is not None:
            after = drafts[abbreviation]
            drafts[abbreviation] = resolve_name(text, after.start, after.end, PLACE, gaz)


def _abbreviation_after(
    text: str, drafts: list[Draft], by_start: dict[int, int], comma: int, gaz: Gazetteer
) -> int | None:
    """The index of the draft right after a town's comma (``comma`` its end), if it is
    a state's or province's abbreviation that another rule took for a name."""
    gap = text[comma : comma + 3]
    k = by_start.get(comma + len(gap) - len(gap.lstrip(" \t")))
    if k is None or drafts[k].type == PLACE:
        return None
    return k if abbreviated_region(drafts[k].text, gaz) is not None else None


def resolve_pending(
    text: str,
    segments: list[Segment],
    drafts: list[Draft],
    gaz: Gazetteer,
    countries: frozenset[str],
) -> None:
    """Small towns pick the candidate in a named country; cued unknown names get keys."""
    by_start = {s.start: s for s in segments}
    for k, draft in enumerate(drafts):
        if draft.type == PLACE and draft.small_place:
            place = choose(gaz.candidates(fold_text(draft.text)), draft.text, countries)
            if place is not None and place.cc in countries:
                drafts[k] = place_draft(text, PlaceMatch(draft.start, draft.end, place))
                drafts[k].small_place = True
        elif draft.type is None and draft.start in by_start:
            match = cued_place(text, by_start[draft.start], gaz, countries)
            if match is not None:
                drafts[k] = place_draft(text, match)
