"""Finding a quotation remembered imperfectly.

Editors search from memory: a few words changed, missing, added or
reordered, "won't" for "will not", other punctuation or quote marks. The
typed text and every candidate quotation are reduced to plain words
(lower case, contractions expanded, punctuation dropped); candidates come from
the index's quotation text (any of the words, BM25), and each is scored by how
closely its words follow the typed ones:

- sequence: the typed words found in order (difflib's matching blocks) over
  the aligned stretch of the quotation (a Dice coefficient), so a remembered
  fragment of a long quotation still scores high;
- bag: the share of typed words found anywhere in that stretch, which keeps
  reordered words from counting as wrong.

Words are compared by their match keys (``search.wordforms``: "family" is
"families", "20" is "twenty", "dlrs" is "dollars"). Results are ranked by
closeness, then by date (the earliest printing first), and carry a word-level
diff between what was typed and what was printed. When none reaches
MIN_CLOSENESS, the response names the nearest candidate instead.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from index.analysis import analyse
from index.engines import query as q
from index.frozen import record
from index.passages import PARAGRAPH_SEPARATOR
from index.records import Attribution, StoredArticle
from index.store.schema import BODY, QUOTE_TEXT, SPEAKER
from search.filters import build_filter, speaker_resolutions
from search.models import FacetValue, Filters, Reprint
from search.store import Store
from search.wordforms import word_key
from search.wording import MIN_CLOSENESS, DiffOp, closeness, word_diff, words, words_at

__all__ = ["DiffOp", "QuoteHit", "QuoteResponse", "closeness", "find_quotes", "quote_search"]
__all__ += ["word_diff", "words"]

CANDIDATES = 100  # articles whose quotations are compared
PASSAGE_CANDIDATES = 30  # articles whose text is searched for words no quotation holds
RAREST = 6  # typed words that pick the candidates: the rarest in the field searched


@record
class QuoteHit:
    article_id: str
    title: str
    published: date | None
    source: str
    text: str  # the quotation (or passage) as printed
    start: int  # offsets into the article body
    end: int
    speaker: str | None
    verb: str | None
    partial: bool
    closeness: float
    diff: tuple[DiffOp, ...]
    reprints: tuple[Reprint, ...] = ()  # later articles printing the same words, same speaker
    kind: str = "quotation"  # or "passage": the words printed outside any detected quotation
    estimated: date | None = None  # when no date is stated, as Hit.estimated
    date_source: str | None = None
    speaker_id: str | None = None  # the speaker's person id, when named
    # who the quotation is credited to when no person is named: a group or a description
    attribution: Attribution | None = None


@record
class QuoteResponse:
    query: str
    total: int
    hits: tuple[QuoteHit, ...]
    speakers: tuple[FacetValue, ...]
    nearest: QuoteHit | None = None  # when nothing is close enough: the closest there is


def quote_search(
    store: Store,
    text: str,
    filter_query: q.Node | None,
    speaker_ids: list[str] | None,
    limit: int,
    all_copies: bool = False,
) -> QuoteResponse:
    """Quotations closest to text, best first (then earliest), and passages
    printing the words outside any detected quotation (unless speakers are asked for).
    When none is close enough, the response names the nearest one there is."""
    typed = words(text)
    if not typed:
        return QuoteResponse(text, 0, (), ())
    speaker_filter = _speaker_filter(speaker_ids)
    articles = _candidates(store, QUOTE_TEXT, text, (filter_query, speaker_filter), CANDIDATES)
    hits = [hit for stored in articles for hit in _close_quotes(stored, typed, speaker_ids)]
    passages: list[StoredArticle] = []
    if not speaker_ids:
        passages = _candidates(store, BODY, text, (filter_query,), PASSAGE_CANDIDATES)
        hits += _passage_hits(passages, typed, hits)
    hits.sort(key=_closest_first)
    speakers = Counter(h.speaker for h in hits if h.speaker)
    top = tuple(FacetValue(name, n) for name, n in speakers.most_common(5))
    shown = hits if all_copies else first_printings(hits)
    nearest = None if hits else _nearest(articles, passages, typed, speaker_ids)
    return QuoteResponse(text, len(hits), tuple(shown[:limit]), top, nearest)


def _closest_first(hit: QuoteHit) -> tuple[float, bool, date, str]:
    return -hit.closeness, hit.published is None, hit.published or date.max, hit.article_id


def _nearest(
    articles: list[StoredArticle],
    passages: list[StoredArticle],
    typed: list[str],
    speaker_ids: list[str] | None,
) -> QuoteHit | None:
    """The closest quotation or passage of the candidates, however far."""
    found = [hit for stored in articles for hit in _close_quotes(stored, typed, speaker_ids, 0.0)]
    found += [hit for stored in passages if (hit := _closest_passage(stored, typed, 0.0))]
    found = [hit for hit in found if hit.closeness > 0]
    return min(found, key=_closest_first, default=None)


def first_printings(hits: list[QuoteHit]) -> list[QuoteHit]:
    """One hit per quotation (the same words from the same speaker), the
    earliest printing, listing the later ones; hits come sorted by closeness, then date."""
    groups: dict[tuple[str, ...], list[QuoteHit]] = {}
    for hit in hits:
        who = hit.speaker_id or hit.speaker or (hit.attribution.text if hit.attribution else "")
        groups.setdefault((who, *words(hit.text)), []).append(hit)
    shown = []
    for first, *rest in groups.values():
        later = {h.article_id: h for h in rest if h.article_id != first.article_id}
        listed = tuple(
            Reprint(h.article_id, h.published, h.source, h.estimated, h.date_source)
            for h in later.values()
        )
        shown.append(replace(first, reprints=listed))
    return shown


def find_quotes(
    store: Store, text: str, filters: Filters, limit: int, all_copies: bool = False
) -> QuoteResponse:
    """Quote search under the usual filters; --speaker keeps only quotations
    by those people."""
    others = build_filter(store, replace(filters, speakers=()))
    read = speaker_resolutions(store, filters.speakers)
    speakers = list(dict.fromkeys(i for resolution in read for i in resolution.ids))
    return quote_search(store, text, others.query, speakers or None, limit, all_copies)


def _candidates(
    store: Store, field: str, text: str, filters: tuple[q.Node | None, ...], limit: int
) -> list[StoredArticle]:
    """The stored articles whose field best matches the rarest typed words."""
    terms = _rarest_terms(store, field, text)
    if not terms:
        return []
    parts = [f for f in filters if f is not None]
    wanted: q.Node = q.any_of([q.Term(field, term) for term in terms])
    if field == BODY and len(terms) >= 3:  # any two of the three rarest: far fewer to score
        a, b, c = (q.Term(field, term) for term in terms[:3])
        wanted = q.any_of([q.And((a, b)), q.And((a, c)), q.And((b, c))])
    within = q.all_of(parts) if parts else None
    found = store.reader.search(wanted, within=within, limit=limit)
    return [store.reader.stored(scored.ref) for scored in found]


def _rarest_terms(store: Store, field: str, text: str) -> list[str]:
    """The typed words that narrow the candidates most: common words ("the",
    "said") cost the most to match and tell the least."""
    known = [(store.reader.doc_frequency(field, t), t) for t in set(analyse(text))]
    return [term for frequency, term in sorted(known) if frequency][:RAREST]


def _passage_hits(
    articles: list[StoredArticle], typed: list[str], quotes: list[QuoteHit]
) -> list[QuoteHit]:
    """The closest stretch of each candidate article's text, when no quotation
    found already covers it."""
    taken = {(q.article_id, q.start, q.end) for q in quotes}
    found = []
    for stored in articles:
        hit = _closest_passage(stored, typed)
        if hit and not any(
            a == hit.article_id and s < hit.end and hit.start < e for a, s, e in taken
        ):
            found.append(hit)
    return found


def _closest_passage(
    stored: StoredArticle, typed: list[str], floor: float = MIN_CLOSENESS
) -> QuoteHit | None:
    body = stored.body
    wanted = {word_key(word) for word in typed}
    best: tuple[float, int, int, list[str]] | None = None
    for offset, paragraph in _paragraphs(body):
        if len(wanted.intersection(map(word_key, words(paragraph)))) * 2 < len(wanted):
            continue  # fewer than half the typed words: not worth aligning
        found = words_at(paragraph)
        printed = [word for word, _, _ in found]
        score, first, last = closeness(typed, printed, floor)
        if last > first and (best is None or score > best[0]):
            start, end = offset + found[first][1], offset + found[last - 1][2]
            best = score, start, end, printed[first:last]
    if best is None or best[0] < floor:
        return None
    score, start, end, printed = best
    where = Printed(start, end, body[start:end])
    return _quote_hit(stored, where, typed, printed, score, "passage")


def _paragraphs(body: str) -> Iterator[tuple[int, str]]:
    """Each paragraph of a stored body with its offset."""
    offset = 0
    for paragraph in body.split(PARAGRAPH_SEPARATOR):
        yield offset, paragraph
        offset += len(paragraph) + len(PARAGRAPH_SEPARATOR)


def _speaker_filter(speaker_ids: list[str] | None) -> q.Node | None:
    if not speaker_ids:
        return None
    return q.any_of([q.Term(SPEAKER, i) for i in speaker_ids])


def _close_quotes(
    stored: StoredArticle,
    typed: list[str],
    speaker_ids: list[str] | None,
    floor: float = MIN_CLOSENESS,
) -> list[QuoteHit]:
    found = []
    for quote in stored.quotes:
        if speaker_ids and quote.speaker_id not in speaker_ids:
            continue
        printed = words(quote.text)
        score, first, last = closeness(typed, printed, floor)
        if score >= floor:
            where = Printed(
                quote.start,
                quote.end,
                quote.text,
                quote.speaker,
                quote.verb,
                quote.partial,
                quote.attribution,
            )
            found.append(_quote_hit(stored, where, typed, printed[first:last], score))
    return found


@record
class Printed:
    """Where the words were printed: offsets into the body, the text, and who said it."""

    start: int
    end: int
    text: str
    speaker: str | None = None
    verb: str | None = None
    partial: bool = False
    attribution: Attribution | None = None


def _quote_hit(
    stored: StoredArticle,
    where: Printed,
    typed: list[str],
    printed: list[str],
    score: float,
    kind: str = "quotation",
) -> QuoteHit:
    diff = word_diff(typed, printed)
    return QuoteHit(
        article_id=stored.id,
        title=stored.title,
        published=stored.published,
        source=stored.source,
        text=where.text,
        start=where.start,
        end=where.end,
        speaker=where.speaker,
        verb=where.verb,
        partial=where.partial,
        closeness=round(score, 4),
        diff=() if all(op.kind == "same" for op in diff) else diff,
        kind=kind,
        estimated=stored.estimated,
        date_source=stored.date_source,
        attribution=where.attribution,
    )
