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
   (:mod:`index.extract.region_sense`), and one named as a side in a sports report is
   the team (:mod:`index.extract.region_teams`).
4. Places are resolved by context: a town followed by its state ("Windsor, Conn."),
   ambiguous cities by the countries and places the article names (a far smaller
   namesake only by a region or a city of its country, not by the country's name
   alone), small towns only when their country is named or a cue vouches for them
   (:mod:`index.extract.place_context`). A name both a state or province and a big
   city of it is the one its words or its article mean
   (:mod:`index.extract.city_or_region`), and a US or Canadian town followed by the state
   of a namesake is that namesake (:mod:`index.extract.namesake_towns`).
5. :mod:`index.extract.linking` gives surnames, acronyms and short organisation names
   the id of the full name met in the same article.
"""

from __future__ import annotations

from operator import attrgetter

from index.extract.chunks import PORTFOLIOS, TITLE_HEADS
from index.extract.city_or_region import read_cities_and_regions
from index.extract.gazetteer import COUNTRY, WORLD, Gazetteer, load_gazetteer
from index.extract.honorifics import ends_in_title
from index.extract.linking import Draft, link, unclaim
from index.extract.namesake_towns import read_namesake_towns
from index.extract.not_bodies import no_body
from index.extract.people import has_org_word, known_org, org_noun_follows, says_as_company
from index.extract.place_context import (
    rechoose_cities,
    resolve_name,
    resolve_pending,
    towns_in_regions,
)
from index.extract.places import (
    NONE,
    STRONG,
    cue_strength,
)
from index.extract.possessive_names import join_possessive_names
from index.extract.quoted_people import with_quoted_people
from index.extract.region_sense import regions_as_places
from index.extract.region_teams import regions_as_teams
from index.extract.rules import classify
from index.extract.tagger import Span
from index.extract.vetting import dateline, tag_for_vetting, vet
from index.names import fold_text
from index.records import ORG, PERSON, PLACE, Mention


def recognise(text: str) -> list[Mention]:
    """PLACE, PERSON and ORG mentions in ``text``, sorted by start and non-overlapping."""
    gaz = load_gazetteer()
    segments, rule_drafts = classify(text, fold_text(text), gaz)
    spans = tag_for_vetting(text)
    drafts = merge(text, rule_drafts, vet(text, spans), gaz)
    join_possessive_names(text, drafts, gaz)
    _unnamed_events(drafts, [s for s in spans if s.type == "MISC"], gaz)
    regions_as_places(text, drafts, gaz)
    regions_as_teams(text, drafts)
    _one_sense(text, drafts)
    if ", " in text:
        towns_in_regions(text, drafts, gaz)
    countries = frozenset(d.country for d in drafts if d.country and not d.small_place)
    rechoose_cities(drafts, gaz)
    resolve_pending(text, segments, drafts, gaz, countries)
    read_cities_and_regions(text, drafts, gaz)
    if ", " in text:
        read_namesake_towns(text, drafts, gaz)
    with_quoted_people(text, drafts, gaz)
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
            unclaim(draft)
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
            unclaim(draft)


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
    return resolve_name(text, span.start, span.end, kind, gaz)


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
            return True  # "the Ansar Dine alliance"
        return says_as_company(text, draft.tokens, draft.end)
    if draft.type == PERSON:
        before = text[max(0, draft.start - 24) : draft.start].split()
        word = before[-1].lower().rstrip(".") if before else ""
        if has_org_word(draft.tokens):
            return False  # "General Motors Corp": a company, not General Motors
        return word in TITLE_HEADS or word in PORTFOLIOS or _after_honorific(before)
    if draft.type == PLACE:
        if draft.kind in (COUNTRY, WORLD) or dateline(text, Span(draft.start, draft.end, "")):
            return True
        return cue_strength(text, draft.start, draft.end) == STRONG
    return False


def _after_honorific(before: list[str]) -> bool:
    """The words before a name end in an honorific ("Tan Sri", "Datuk Seri")."""
    return ends_in_title([w.lower() for w in before[-3:]])


def _named_person(draft: Draft, gaz: Gazetteer) -> bool:
    """A rule's person of two or more words opening with a given name ("Frans
    Andriessen"), which the tagger left out or read as a MISC name."""
    return draft.type == PERSON and len(draft.tokens) > 1 and draft.tokens[0] in gaz.given_names
