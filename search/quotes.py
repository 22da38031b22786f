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

Results are ranked by closeness, then by date (the earliest printing first),
and carry a word-level diff between what was typed and what was printed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from difflib import SequenceMatcher
from typing import Any

from whoosh import query as wq

from index.analysis import analyse
from index.schema import QUOTE_TEXT, SPEAKER
from search.filters import build_filter, speaker_resolutions
from search.models import FacetValue, Filters, Reprint
from search.store import Store

CANDIDATES = 100  # articles whose quotations are compared
RAREST = 6  # typed words that pick the candidates: the rarest in the quotation index
MIN_CLOSENESS = 0.5
SEQUENCE_WEIGHT = 0.6
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_CONTRACTIONS = {
    "won't": "will not",
    "can't": "can not",
    "cannot": "can not",
    "shan't": "shall not",
    "ain't": "is not",
    "i'm": "i am",
    "let's": "let us",
}
_SUFFIXES = (
    ("n't", " not"),
    ("'re", " are"),
    ("'ve", " have"),
    ("'ll", " will"),
    ("'d", " would"),
    ("'s", " is"),  # both sides alike, so a possessive matches itself
)


@dataclass(frozen=True)
class DiffOp:
    """One step from the typed words to the printed ones: "same", "changed"
    (typed became printed), "extra" (typed, not printed) or "missing"
    (printed, not typed)."""

    kind: str
    typed: str
    printed: str


@dataclass(frozen=True)
class QuoteHit:
    article_id: str
    title: str
    published: date | None
    source: str
    text: str  # the quotation as printed
    start: int  # offsets into the article body
    end: int
    speaker: str | None
    verb: str | None
    partial: bool
    closeness: float
    diff: tuple[DiffOp, ...]
    reprints: tuple[Reprint, ...] = ()  # later articles printing the same words, same speaker


@dataclass(frozen=True)
class QuoteResponse:
    query: str
    total: int
    hits: tuple[QuoteHit, ...]
    speakers: tuple[FacetValue, ...]


def words(text: str) -> list[str]:
    """Plain words: lower case, curly apostrophes straightened, contractions
    expanded ("won't" -> "will not"), punctuation and quote marks dropped."""
    found: list[str] = []
    for match in _WORD.finditer(text.lower().replace("’", "'")):
        word = _CONTRACTIONS.get(match.group(), match.group())
        for suffix, expansion in _SUFFIXES:
            if word.endswith(suffix) and word != suffix:
                word = word[: -len(suffix)] + expansion
                break
        found.extend(word.split())
    return found


def closeness(typed: list[str], printed: list[str]) -> tuple[float, int, int]:
    """How closely printed follows typed (0 to 1), and the aligned stretch of
    printed as word positions [first, last)."""
    if not typed or not printed:
        return 0.0, 0, 0
    blocks = [
        b
        for b in SequenceMatcher(None, typed, printed, autojunk=False).get_matching_blocks()
        if b.size
    ]
    if not blocks:
        return 0.0, 0, 0
    first, last = blocks[0].b, blocks[-1].b + blocks[-1].size
    first, last = (
        max(0, first - blocks[0].a),
        min(len(printed), last + len(typed) - blocks[-1].a - blocks[-1].size),
    )
    stretch = printed[first:last]
    matched = sum(b.size for b in blocks)
    sequence = 2 * matched / (len(typed) + len(stretch))
    bag = sum((Counter(typed) & Counter(stretch)).values()) / max(len(typed), len(stretch))
    return SEQUENCE_WEIGHT * sequence + (1 - SEQUENCE_WEIGHT) * bag, first, last


def word_diff(typed: list[str], printed: list[str]) -> tuple[DiffOp, ...]:
    ops = []
    for tag, a0, a1, b0, b1 in SequenceMatcher(None, typed, printed, autojunk=False).get_opcodes():
        kind = {"equal": "same", "replace": "changed", "delete": "extra", "insert": "missing"}[tag]
        ops.append(DiffOp(kind, " ".join(typed[a0:a1]), " ".join(printed[b0:b1])))
    return tuple(ops)


def quote_search(
    store: Store,
    text: str,
    filter_query: Any,
    speaker_ids: list[str] | None,
    limit: int,
    all_copies: bool = False,
) -> QuoteResponse:
    """Quotations closest to text, best first (then earliest)."""
    typed = words(text)
    terms = _rarest_terms(store, text)
    if not typed or not terms:
        return QuoteResponse(text, 0, (), ())
    wanted = wq.Or([wq.Term(QUOTE_TEXT, term) for term in terms])
    parts = [q for q in (filter_query, _speaker_filter(speaker_ids)) if q is not None]
    results = store.searcher.search(
        wanted, filter=wq.And(parts) if parts else None, limit=CANDIDATES
    )
    hits = [hit for result in results for hit in _close_quotes(result.fields(), typed, speaker_ids)]
    hits.sort(
        key=lambda h: (-h.closeness, h.published is None, h.published or date.max, h.article_id)
    )
    speakers = Counter(h.speaker for h in hits if h.speaker)
    top = tuple(FacetValue(name, n) for name, n in speakers.most_common(5))
    shown = hits if all_copies else first_printings(hits)
    return QuoteResponse(text, len(hits), tuple(shown[:limit]), top)


def first_printings(hits: list[QuoteHit]) -> list[QuoteHit]:
    """One hit per quotation (the same words from the same speaker), the
    earliest printing, listing the later ones; hits come sorted by closeness, then date."""
    groups: dict[tuple[str, ...], list[QuoteHit]] = {}
    for hit in hits:
        groups.setdefault((hit.speaker or "", *words(hit.text)), []).append(hit)
    shown = []
    for first, *rest in groups.values():
        later = {h.article_id: h for h in rest if h.article_id != first.article_id}
        listed = tuple(Reprint(h.article_id, h.published, h.source) for h in later.values())
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


def _rarest_terms(store: Store, text: str) -> list[str]:
    """The typed words that narrow the candidates most: common words ("the",
    "said") cost the most to match and tell the least."""
    reader = store.searcher.reader()
    known = [(reader.doc_frequency(QUOTE_TEXT, t), t) for t in set(analyse(text))]
    return [term for frequency, term in sorted(known) if frequency][:RAREST]


def _speaker_filter(speaker_ids: list[str] | None) -> Any:
    if not speaker_ids:
        return None
    return wq.Or([wq.Term(SPEAKER, i) for i in speaker_ids])


def _close_quotes(
    fields: dict[str, Any], typed: list[str], speaker_ids: list[str] | None
) -> list[QuoteHit]:
    found = []
    for start, end, text, speaker, speaker_id, verb, partial in fields.get("quotes") or ():
        if speaker_ids and speaker_id not in speaker_ids:
            continue
        printed = words(text)
        score, first, last = closeness(typed, printed)
        if score < MIN_CLOSENESS:
            continue
        diff = word_diff(typed, printed[first:last])
        published = fields.get("published")
        found.append(
            QuoteHit(
                article_id=fields["id"],
                title=fields.get("title", ""),
                published=published.date() if published else None,
                source=fields.get("source_name") or "",
                text=text,
                start=start,
                end=end,
                speaker=speaker,
                verb=verb,
                partial=partial,
                closeness=round(score, 4),
                diff=() if all(op.kind == "same" for op in diff) else diff,
            )
        )
    return found
