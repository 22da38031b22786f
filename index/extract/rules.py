"""The rule-based reading of an article's capitalised segments (the first stage of
:mod:`index.extract.recognise`, beside the learned tagger).

Segments (:mod:`index.extract.chunks`) are classified by the organisation, person and
place rules (:mod:`index.extract.people`, :mod:`index.extract.places`): organisation words
and the shipped list, titles and "said", gazetteer names with their cues. The drafts
it returns carry resolved ids; a segment no rule claims is a draft of type None.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from index.extract.chunks import Segment, ascii_shape, find_segments
from index.extract.gazetteer import (
    COUNTRY,
    WORLD,
    Gazetteer,
    Org,
    load_gazetteer,
)
from index.extract.linking import Draft
from index.extract.people import (
    extend_org,
    has_org_word,
    known_org,
    national_company,
    no_person,
    org_noun_after,
    person_cue,
    words_rule_out_person,
)
from index.extract.places import (
    STRONG,
    WEAK,
    PlaceMatch,
    cue_strength,
    find_places,
    holds_place_name,
    whole_place,
)
from index.names import fold_text, name_key
from index.records import ORG, PERSON, PLACE


def classify(text: str, folded: str, gaz: Gazetteer) -> tuple[list[Segment], list[Draft]]:
    """The article's segments and the rule drafts made of them, in text order."""
    segments = find_segments(text, ascii_shape(text), gaz.common_words)
    drafts = _classify(text, folded, segments, gaz)
    if "\n" in text:
        drafts = [_first_line(d) if "\n" in d.text else d for d in drafts]
    return segments, drafts


#: Words a name cannot end with: a line ending with one goes on with the same name on
#: the next ("Bank of\nAmerica", "Ministry of International Trade and\nIndustry").
_GOES_ON = frozenset("of for on and & the de du van von".split())


def _first_line(draft: Draft) -> Draft:
    """A draft cut at its first line break: no name runs over one ("Robert Galvin" of
    "Robert Galvin\nMELBOURNE"), unless the line ends with a word no name ends with
    (a name wrapped inside, "Bank of\nAmerica"); a place so cut is left unclaimed."""
    surface = draft.text.split("\n", 1)[0].rstrip()
    if surface.rpartition(" ")[2].lower() in _GOES_ON:
        return replace(draft, name=" ".join(draft.name.split()))
    end = draft.start + len(surface)
    if draft.type in (ORG, PERSON):
        return Draft(
            draft.start,
            end,
            draft.type,
            surface,
            tuple(surface.split()),
            name_key(surface),
            surface,
        )
    return Draft(draft.start, end, None, surface, tuple(surface.split()))


#: What a segment's words alone decide, whatever surrounds them, as a plain tuple
#: (a tuple of plain values is one the garbage collector stops tracking; a NamedTuple
#: is not): the shipped organisation the segment names exactly (or None), whether the
#: gazetteer has the whole segment's name, whether its best candidate for that name is
#: a country, whether the words are a headline (three or more in capitals), whether an
#: organisation word ("Bank", "Corp.") is among them, and whether the segment is quiet:
#: its words rule out a person and hold no gazetteer name, so that, not after a title,
#: :func:`_person_or_place` could only leave it unclaimed ("April", "It", "Shr").
_Facts = tuple[Org | None, bool, bool, bool, bool, bool]


@lru_cache(maxsize=1 << 16)
def _facts(surface: str, tokens: tuple[str, ...]) -> _Facts:
    """The context-free facts of a segment with text ``surface`` and words ``tokens``:
    cached, since most segments are names met again and again. The key holds strings
    only (the process-wide gazetteer is looked up inside), so the garbage collector
    stops tracking it."""
    gaz = load_gazetteer()
    folded = fold_text(surface)
    whole = gaz.candidates(folded)
    return (
        known_org(surface, gaz),
        bool(whole),
        bool(whole) and whole[0].place.kind in (COUNTRY, WORLD),
        _headline(surface, tokens),
        has_org_word(tokens),
        not whole and words_rule_out_person(surface, tokens) and not holds_place_name(folded),
    )


def _classify(text: str, folded: str, segments: list[Segment], gaz: Gazetteer) -> list[Draft]:
    drafts: list[Draft] = []
    i = 0
    while i < len(segments):
        segment = segments[i]
        if segment.initial and len(segment.tokens) > 1:
            segment = segments[i] = _trim_initial(text, segment, gaz)
        org, named, country, headline, org_word, quiet = _facts(segment.text, segment.tokens)
        if org is not None:
            drafts.append(_draft(segment, ORG, name_key(org.name), org.name))
        elif (
            country
            and not segment.after_title
            and ((whole := whole_place(text, segment, gaz)) is not None)
        ):  # a whole segment naming a country ("Soviet Union" is no union-named body)
            drafts.append(place_draft(text, whole))
        elif not named and headline:
            places = find_places(text, folded, segment, gaz)
            drafts.extend(place_draft(text, m) for m in places)
        elif not segment.after_title and (
            org_word
            or (not named and org_noun_after(text, segment))
            or (not named and national_company(text, segment, gaz))
        ):
            j = extend_org(text, segments, i)
            start, end = segment.start, segments[j].end
            tokens = tuple(t for s in segments[i : j + 1] for t in s.tokens)
            surface = text[start:end]
            drafts.append(Draft(start, end, ORG, surface, tokens, name_key(surface), surface))
            i = j
        elif quiet and not segment.after_title:
            drafts.append(_draft(segment, None, "", ""))  # what _person_or_place would do
        else:
            drafts.extend(_person_or_place(text, folded, segment, named, gaz))
        i += 1
    return drafts


def _headline(surface: str, tokens: tuple[str, ...]) -> bool:
    """Three or more words in capitals ("KUWAITI DAILY SAYS OPEC CREDIBILITY AT STAKE")
    are a headline, not a name: only the places in it count."""
    return len(tokens) >= 3 and surface.isupper()


def _trim_initial(text: str, segment: Segment, gaz: Gazetteer) -> Segment:
    """Drop a sentence-opening common word ("Later", "Heavy") from a longer segment."""
    tokens = segment.tokens
    if not segment.initial or len(tokens) < 2 or tokens[0].lower() not in gaz.common_words:
        return segment
    org, named, _, _, org_word, _ = _facts(segment.text, tokens)
    if org_word or org is not None or named:
        return segment
    start = text.index(tokens[1], segment.start + len(tokens[0]))
    return Segment(start, segment.end, text[start : segment.end], tokens[1:], False)


def _person_or_place(
    text: str, folded: str, segment: Segment, named: bool, gaz: Gazetteer
) -> list[Draft]:
    """``named``: the gazetteer has the whole segment's name."""
    if named and not segment.after_title:
        whole = whole_place(text, segment, gaz)
        if whole is not None:
            return [place_draft(text, whole)]
    if no_person(segment, gaz):
        # A place cue would leave the segment unclaimed, as finding no place does:
        # the cue is worth working out only when there are places.
        found = find_places(text, folded, segment, gaz)
        if not found or _place_cued(text, segment, gaz):
            return [_draft(segment, None, "", "")]
        return [place_draft(text, m) for m in found]
    if not segment.after_title and _place_cued(text, segment, gaz):
        return [_draft(segment, None, "", "")]  # left to cued_place once countries are known
    if person_cue(text, segment, gaz):
        return [_draft(segment, PERSON, name_key(segment.text), segment.text)]
    places = [place_draft(text, m) for m in find_places(text, folded, segment, gaz)]
    return places or [_draft(segment, None, "", "")]


def _place_cued(text: str, segment: Segment, gaz: Gazetteer) -> bool:
    cue = cue_strength(text, segment.start, segment.end)
    if cue == STRONG:
        return True
    given = segment.tokens[0] in gaz.given_names
    return cue == WEAK and not given and gaz.resolve_key(segment.text) is not None


def place_draft(text: str, match: PlaceMatch) -> Draft:
    surface = text[match.start : match.end]
    draft = Draft(match.start, match.end, PLACE, surface, tuple(surface.split()))
    if match.place is None:
        draft.entity_id, draft.name = name_key(surface), surface
    else:
        draft.entity_id, draft.name = match.place.entity_id, match.place.name
        draft.country, draft.kind = match.place.cc or None, match.place.kind
        draft.small_place = match.pending and match.place.kind not in (COUNTRY, WORLD)
    return draft


def _draft(segment: Segment, kind: str | None, entity_id: str, name: str) -> Draft:
    return Draft(segment.start, segment.end, kind, segment.text, segment.tokens, entity_id, name)
