"""The pipeline behind :func:`index.extract.entities.extract_entities`.

1. :mod:`index.extract.rules` reads the capitalised segments with the hand-written rules
   (organisation words and the shipped list, titles and "said", gazetteer names and
   their cues), giving drafts with resolved ids.
2. :mod:`index.extract.tagger` reads the text with a CRF trained on news (gazetteer and
   word-shape features), and :mod:`index.extract.vetting` applies the rules that hold
   whatever it says (MISC left out, calendar and lone common words no entity, titles and
   nationalities cut from people).
3. :func:`merge`: where both read a name, the tagger's extent and type win ("Securities
   and Exchange Commission" whole, "Real Madrid" an organisation, "Abel Balbo" without
   "Argentine"), unless a rule is sure of it: a name of the shipped organisation list,
   a name right after a title, a country or world region, a place a strong cue vouches
   for. A name only the rules read stays only when they are sure of it. A state or
   province the tagger read as an organisation is the place outside sports reports
   (:mod:`index.extract.region_sense`).
4. Places are resolved by context: a town followed by its state ("Windsor, Conn."),
   ambiguous cities by the countries and places the article names (a far smaller
   namesake only by a region or a city of its country, not by the country's name
   alone), small towns only when their country is named or a cue vouches for them.
5. :mod:`index.extract.linking` gives surnames, acronyms and short organisation names
   the id of the full name met in the same article.
"""

from __future__ import annotations

from operator import attrgetter

from index.extract.chunks import PORTFOLIOS, TITLE_HEADS, Segment
from index.extract.gazetteer import CITY, COUNTRY, REGION, WORLD, Gazetteer, load_gazetteer
from index.extract.linking import Draft, link
from index.extract.not_bodies import no_body
from index.extract.people import has_org_word, known_org, org_noun_follows, says_as_company
from index.extract.places import (
    NONE,
    STRONG,
    PlaceMatch,
    choose,
    cue_strength,
    cued_place,
    region_after,
    without_nicknames,
)
from index.extract.region_sense import regions_as_places
from index.extract.regions import abbreviated_region, region_country
from index.extract.rules import classify, place_draft
from index.extract.tagger import Span
from index.extract.vetting import dateline, tag_for_vetting, vet
from index.names import fold_text, name_key
from index.records import ORG, PERSON, PLACE, Mention


def recognise(text: str) -> list[Mention]:
    """PLACE, PERSON and ORG mentions in ``text``, sorted by start and non-overlapping."""
    gaz = load_gazetteer()
    segments, rule_drafts = classify(text, fold_text(text), gaz)
    spans = tag_for_vetting(text)
    drafts = merge(text, rule_drafts, vet(text, spans), gaz)
    _unnamed_events(drafts, [s for s in spans if s.type == "MISC"], gaz)
    regions_as_places(text, drafts, gaz)
    _one_sense(text, drafts)
    if ", " in text:
        _towns_in_regions(text, drafts, gaz)
    countries = frozenset(d.country for d in drafts if d.country and not d.small_place)
    _rechoose_cities(drafts, gaz)
    _resolve_pending(text, segments, drafts, gaz, countries)
    link(drafts, text)
    # A small town counts when its country is named, or when a cue vouched for it
    # elsewhere in the article.
    vouched = {d.entity_id for d in drafts if d.type == PLACE and not d.small_place}
    return [
        Mention(d.start, d.end, d.type, d.text, d.entity_id, d.name, d.country)
        for d in sorted(drafts, key=attrgetter("start"))
        if d.type is not None
        and d.entity_id
        and not (d.small_place and d.country not in countries and d.entity_id not in vouched)
        and not no_body(text, d, gaz)
    ]


_OF_THE = frozenset(("of", "the"))


def merge(
    text: str, rule_drafts: list[Draft], spans: list[tuple[Span, str]], gaz: Gazetteer
) -> list[Draft]:
    """One draft per name, from the rules' drafts and the tagger's vetted spans (see the
    module docstring); rule drafts no span touches stay, unclaimed unless a rule is sure."""
    out: list[Draft] = []
    used: set[int] = set()
    k = 0
    for span, kind in spans:
        while k < len(rule_drafts) and rule_drafts[k].end <= span.start:
            k += 1
        touching = []
        j = k
        while j < len(rule_drafts) and rule_drafts[j].start < span.end:
            touching.append(j)
            j += 1
        used.update(touching)
        inside = [
            rule_drafts[i]
            for i in touching
            if span.start <= rule_drafts[i].start and rule_drafts[i].end <= span.end
        ]
        # (whether the rules are sure of them matters only when there are two or more)
        parts = [d for d in inside if _sure(text, d, gaz)] if len(inside) > 1 else inside
        if len(parts) > 1:  # two names the tagger ran together ("X and Y")
            out.extend(d for d in parts if not out or out[-1] is not d)
            continue
        chosen = _choose(text, span, kind, [rule_drafts[i] for i in touching], gaz)
        if not out or out[-1] is not chosen:
            out.append(chosen)
    for i, draft in enumerate(rule_drafts):
        if i in used:
            continue
        if draft.type is not None and not (_sure(text, draft, gaz) or _named_person(draft, gaz)):
            draft.type, draft.entity_id, draft.name = None, "", ""
            draft.country, draft.small_place, draft.kind = None, False, ""
        out.append(draft)
    return out


#: Last words that name a body or a competition ("Tarn Football League", "Tarn League
#: final"): there the tagger, which reads the sentence, decides.
_BODY_OR_EVENT = frozenset("league leagues cup cups series tour trophy championship".split())


def _unnamed_events(drafts: list[Draft], misc: list[Span], gaz: Gazetteer) -> None:
    """An organisation the rules read by its last word, a word that names bodies and
    competitions alike ("Champions League", "Tarn Cup"), where the tagger reads a
    competition or an event (MISC) over the same words, is no organisation. A name of
    the shipped organisation list stays."""
    if not misc:
        return
    ends = {(s.start, s.end) for s in misc}
    for draft in drafts:
        if (
            draft.type == ORG
            and draft.tokens[-1].lower() in _BODY_OR_EVENT
            and (draft.start, draft.end) in ends
            and known_org(draft.text, gaz) is None
        ):
            draft.type, draft.entity_id, draft.name, draft.kind = None, "", "", ""


def _one_sense(text: str, drafts: list[Draft]) -> None:
    """A name the article uses as a place with a cue ("in Tromso") is that place
    wherever the tagger typed it otherwise in the same article."""
    others = {d.text for d in drafts if d.type in (ORG, PERSON)}
    if not others:
        return
    # Cues are looked for only where a draft of another type has the same text.
    cued = {
        d.text: d
        for d in drafts
        if d.type == PLACE
        and d.entity_id
        and d.text in others
        and cue_strength(text, d.start, d.end) != NONE
    }
    if not cued:
        return
    for k, draft in enumerate(drafts):
        place = cued.get(draft.text)
        if place is not None and draft.type in (ORG, PERSON):
            drafts[k] = Draft(
                draft.start,
                draft.end,
                PLACE,
                draft.text,
                draft.tokens,
                place.entity_id,
                place.name,
                place.country,
                False,
                place.kind,
            )


def _choose(text: str, span: Span, kind: str, rule_drafts: list[Draft], gaz: Gazetteer) -> Draft:
    """The draft for a name both read: the rule's when it agrees, or when it is sure and
    spans the tagger's name (a title's person, whatever the tagger spanned); else the
    tagger's span and type, resolved."""
    for draft in rule_drafts:
        if draft.type is None:
            continue
        same = (draft.start, draft.end) == (span.start, span.end)
        around = draft.start <= span.start and span.end <= draft.end
        if (
            (same and draft.type == kind)
            or (around and _saint_place(draft, span.start))
            or (
                (around or draft.type == PERSON or _titled_country(text, span, draft))
                and _sure(text, draft, gaz)
            )
        ):
            return draft
    return _resolve(text, span.start, span.end, kind, gaz)


#: Words that open a place's name and never a person's: "St. Paul" is no Paul.
_PLACE_OPENERS = frozenset("st ste saint sainte mt mount ft fort".split())


def _saint_place(draft: Draft, start: int) -> bool:
    """A place of the gazetteer whose name the tagger read without its opening
    "St.", "Mt." or "Ft." (the tagger's name starts later)."""
    return (
        draft.type == PLACE
        and draft.start < start
        and draft.tokens[0].rstrip(".").lower() in _PLACE_OPENERS
    )


def _titled_country(text: str, span: Span, draft: Draft) -> bool:
    """A country at the end of a title the tagger took for a name ("President of
    Brazil"): the country is the name."""
    if draft.kind not in (COUNTRY, WORLD) or draft.end != span.end:
        return False
    words = text[span.start : draft.start].lower().split()
    return bool(words) and all(w in TITLE_HEADS or w in _OF_THE or w in PORTFOLIOS for w in words)


def _sure(text: str, draft: Draft, gaz: Gazetteer) -> bool:
    """A rule draft the rules are sure of, whatever the tagger says: a shipped
    organisation, an organisation word with its name ("Bank of Japan") unless the whole
    is a place ("West Bank"), a name before "alliance" or "militia", a nationality's
    company that says something ("Korean Air said"), a person right after a title or
    portfolio, a country or world region, a place a strong cue vouches for ("the village
    of X")."""
    if draft.type == ORG:
        if known_org(draft.text, gaz) is not None:
            return True
        if gaz.candidates(fold_text(draft.text)):
            return False
        if len(draft.tokens) > 1 and has_org_word(draft.tokens):
            return True
        if org_noun_follows(text, draft.end):
            return True  # "the Hayat Tahrir al-Sham alliance"
        return says_as_company(text, draft.tokens, draft.end)
    if draft.type == PERSON:
        before = text[max(0, draft.start - 24) : draft.start].split()
        word = before[-1].lower().rstrip(".") if before else ""
        if has_org_word(draft.tokens):
            return False  # "General Motors Corp": a company, not General Motors
        return word in TITLE_HEADS or word in PORTFOLIOS
    if draft.type == PLACE:
        if draft.kind in (COUNTRY, WORLD) or dateline(text, Span(draft.start, draft.end, "")):
            return True
        return cue_strength(text, draft.start, draft.end) == STRONG
    return False


def _named_person(draft: Draft, gaz: Gazetteer) -> bool:
    """A rule's person of two or more words opening with a given name ("Frans
    Andriessen"), which the tagger left out or read as a MISC name."""
    return draft.type == PERSON and len(draft.tokens) > 1 and draft.tokens[0] in gaz.given_names


def _resolve(text: str, start: int, end: int, kind: str, gaz: Gazetteer) -> Draft:
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
        if place is not None:
            pending = place.kind == CITY and place.population < 50_000
            return place_draft(text, PlaceMatch(start, end, place, pending=pending))
        if acronym:  # no place is so spelled: an organisation's initials ("KLA")
            kind = ORG
    if kind == ORG and (org := known_org(surface, gaz)) is not None:
        return Draft(start, end, ORG, surface, tokens, name_key(org.name), org.name)
    return Draft(start, end, kind, surface, tokens, name_key(surface), surface)


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


def _rechoose_cities(drafts: list[Draft], gaz: Gazetteer) -> None:
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


def _towns_in_regions(text: str, drafts: list[Draft], gaz: Gazetteer) -> None:
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
            drafts[abbreviation] = _resolve(text, after.start, after.end, PLACE, gaz)


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


def _resolve_pending(
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
