"""What a search returns: plain frozen dataclasses, rendered elsewhere
(--explain's and --show's answers are in :mod:`search.views`)."""

from __future__ import annotations

from dataclasses import field
from datetime import date

from index.frozen import record
from index.records import MentionedDate


@record
class Span:
    """A highlighted match: character offsets [start, end) into some text."""

    start: int
    end: int


@record
class Passage:
    """A paragraph or sentence window of an article body."""

    start: int  # offsets into the article body
    end: int
    text: str
    highlights: tuple[Span, ...]  # offsets into text
    score: float


@record
class Reprint:
    """Another article carrying a result's passage (shared, lightly edited copy)."""

    id: str
    published: date | None
    source: str
    estimated: date | None = None  # as Hit.estimated and Hit.date_source, so that a
    date_source: str | None = None  # copy is dated the way its own hit would be


@record
class Hit:
    """One result: the article's stored fields, its passages and highlights, and its copies."""

    id: str
    title: str
    title_highlights: tuple[Span, ...]
    published: date | None
    date_source: str | None
    source: str
    url: str
    path: str
    score: float
    passages: tuple[Passage, ...]
    entities: dict[str, tuple[str, ...]] = field(default_factory=dict)  # type -> display names
    estimated: date | None = None  # an estimate when no date is stated (see date_source)
    dates: tuple[MentionedDate, ...] = ()
    # The other matching articles that carry this hit's best passage, earliest
    # first; the hit itself is the earliest-dated copy unless all_copies.
    reprints: tuple[Reprint, ...] = ()


@record
class FacetValue:
    """One value of a facet and the number of matching articles that hold it."""

    value: str  # display name, month "YYYY-MM", or "undated"
    count: int
    id: str | None = None  # entity id, for entity facets


@record
class Facets:
    """The top values of each facet over every match."""

    place: tuple[FacetValue, ...] = ()
    person: tuple[FacetValue, ...] = ()
    org: tuple[FacetValue, ...] = ()
    source: tuple[FacetValue, ...] = ()
    country: tuple[FacetValue, ...] = ()  # articles per country of their places (id: ISO code)
    speaker: tuple[FacetValue, ...] = ()  # people quoted (id: person entity id)
    month: tuple[FacetValue, ...] = ()
    published: tuple[FacetValue, ...] = ()  # months, or years when they span long
    interval: str = "month"
    places: str = "named"  # "named": every place an article names; "main": its main places
    size: int = 5  # values listed per entity, country, speaker and source facet


@record
class Filters:
    """Facet filters: values of one kind are alternatives; every kind given must hold."""

    places: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()  # people quoted in the article
    countries: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    mentions: tuple[date, date] | None = None
    include_estimated: bool = False
    main_places: bool = False  # --place, --country and the place facets: main places only


@record
class SearchRequest:
    """One search as asked: the query, its filters and how much to return."""

    query: str
    filters: Filters = Filters()
    limit: int = 10
    passages_per_hit: int = 2
    match_any: bool = False
    facet_size: int = 5
    timeout: float = 10.0  # seconds per search
    all_copies: bool = False  # list every reprint as a result of its own
    offset: int = 0  # results before the page (search.pages)
    sort: str = "relevance"  # "relevance" | "date" (oldest first) | "-date" (newest first)


@record
class SearchResponse:
    """One search's answer: the total, a page of hits and the facet counts."""

    query: str
    parsed: str  # the query as the engine understood it
    total: int
    hits: tuple[Hit, ...]
    facets: Facets
    match: str  # "all" | "any" | "any-fallback" | "all-then-any"
    resolved: dict[str, tuple[str, ...]] = field(default_factory=dict)  # filter -> display names
    undated_excluded: int = 0  # matches a publication-date filter left out for having no date
    estimated_excluded: int = 0  # of those, how many have an estimated date
    reprints_folded: int = 0  # matches listed under another hit's "also in" instead of shown
    notes: tuple[str, ...] = ()  # how the query text was read (pasted text, non-fields)
    all_words: int | None = None  # with match "all-then-any": the articles with every word
    offset: int = 0  # results before this page
    more: bool = False  # whether results follow this page
    sort: str = "relevance"


@record
class Resolution:
    """How one filter value was read: the entities (or countries) it stands for."""

    option: str  # "--place", "--person", "--org", "--country"
    value: str  # as typed
    how: str  # "exact name", "spelling variant", "surname", "alias", "kept apart", "country"
    entities: tuple[tuple[str, str], ...]  # (display name, id or ISO code), most mentioned first
    detail: str = ""  # e.g. which alias-file entry, or the country a place was restricted to

    @property
    def ids(self) -> list[str]:
        return [entity_id for _name, entity_id in self.entities]
