"""Passages that follow the filters: with an entity, speaker or mentioned-date
filter, at least one shown passage holds a mention that matched, highlighted
(unless the article's body has none: a place named only in the headline).

What each filter matched in one article is read from its stored record, not
guessed from spellings: the surfaces its entity tally gives for the filtered
entities (``StoredArticle.tallies``; for --country, its places in that
country), the spans of its quotations by the filtered speakers
(``StoredArticle.quotes``) and of the mentioned dates inside the --mentions
range (``StoredArticle.dates``, compared as the filter compares them).

Passages are ranked for the query first (``search.passages``); then, for each
filter in turn whose matches no chosen passage holds, the passage holding one
of them (the one with the most query matches, else the earliest) takes the
place of the lowest-ranked passage not kept for an earlier filter.
"""

from __future__ import annotations

from datetime import date

from index.frozen import record
from index.passages import passage_spans
from index.records import StoredArticle
from search.filters import BuiltFilter
from search.highlight import QueryTerms, highlight, merged_spans, name_terms
from search.models import Filters, Passage

BodySpan = tuple[int, int]  # offsets into an article body


@record
class Followed:
    """What the entity, speaker and mentioned-date filters of a search select."""

    entities: frozenset[str] = frozenset()  # entity ids of --place, --person, --org
    countries: frozenset[str] = frozenset()  # ISO codes of --country
    speakers: frozenset[str] = frozenset()  # person ids of --speaker
    mentions: tuple[date, date] | None = None

    def __bool__(self) -> bool:
        return bool(self.entities or self.countries or self.speakers or self.mentions)


def followed(built: BuiltFilter, filters: Filters) -> Followed:
    """What a built filter selects: its entity ids, countries and speakers."""
    codes = (r.ids for r in built.explained if r.option == "--country")
    return Followed(
        frozenset(i for values in built.ids.values() for i in values),
        frozenset(code.upper() for ids in codes for code in ids),
        frozenset(built.speakers),
        filters.mentions,
    )


def filter_spans(stored: StoredArticle, follow: Followed) -> list[list[BodySpan]]:
    """For each filter in use, the spans of the body that it matched."""
    groups: list[list[BodySpan]] = []
    if follow.entities or follow.countries:
        surfaces = {
            surface
            for _kind, entity_id, surface, _name, country, _n in stored.tallies
            if entity_id in follow.entities or (country and country.upper() in follow.countries)
        }
        found = highlight(stored.body, name_terms(surfaces)) if surfaces else ()
        groups.append([(s.start, s.end) for s in found])
    if follow.speakers:
        groups.append([(q.start, q.end) for q in stored.quotes if q.speaker_id in follow.speakers])
    if follow.mentions:
        from index.periods import contained_numbers, period_number  # --mentions only

        ranges = contained_numbers(*follow.mentions)
        groups.append(
            [
                (d.start, d.end)
                for d in stored.dates
                if d.granularity in ranges
                and ranges[d.granularity][0]
                <= period_number(d.value, d.granularity)
                <= ranges[d.granularity][1]
            ]
        )
    return groups


def follow_filters(
    body: str,
    passages: tuple[Passage, ...],
    groups: list[list[BodySpan]],
    wanted: QueryTerms,
) -> tuple[Passage, ...]:
    """The passages, changed where needed so that each filter's matches show in
    one of them (when the body has any), with those matches highlighted."""
    if not passages or not any(groups):
        return passages
    chosen = list(passages)
    kept: set[int] = set()
    for spans in groups:
        if not spans:
            continue
        holding = [n for n, p in enumerate(chosen) if _holds(p, spans)]
        if holding:
            kept.add(holding[0])
            continue
        free = [n for n in range(len(chosen)) if n not in kept]
        place = free[-1] if free else len(chosen) - 1
        chosen[place] = _passage_holding(body, spans, wanted)
        kept.add(place)
    marks = [span for spans in groups for span in spans]
    return tuple(_marked(p, marks) for p in chosen)


def _holds(passage: Passage, spans: list[BodySpan]) -> bool:
    return any(start < passage.end and passage.start < end for start, end in spans)


def _passage_holding(body: str, spans: list[BodySpan], wanted: QueryTerms) -> Passage:
    """The passage holding one of spans with the most query matches (else the
    earliest such passage)."""
    best: Passage | None = None
    for start, end in passage_spans(body):
        candidate = Passage(start, end, body[start:end], (), 0.0)
        if not _holds(candidate, spans):
            continue
        found = highlight(candidate.text, wanted)
        if best is None or len(found) > len(best.highlights):
            best = Passage(start, end, candidate.text, found, 0.0)
    if best is None:  # a span outside every passage (not expected): the first span's text
        start, end = spans[0]
        best = Passage(start, end, body[start:end], (), 0.0)
    return best


def _marked(passage: Passage, marks: list[BodySpan]) -> Passage:
    """The passage with the filter matches inside it highlighted too."""
    inside = [
        (max(start, passage.start) - passage.start, min(end, passage.end) - passage.start)
        for start, end in marks
        if start < passage.end and passage.start < end
    ]
    if not inside:
        return passage
    highlights = merged_spans([(s.start, s.end) for s in passage.highlights] + inside)
    return Passage(passage.start, passage.end, passage.text, highlights, passage.score)
