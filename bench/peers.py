"""The peers the benchmark compares with: ripgrep, SQLite FTS5 and tantivy.

Each peer answers the same query as this tool, as close as it can:
- ripgrep (a process per query, like `search`): phrase and quote queries without
  filters, as `rg -i -F PHRASE DIR` over one .txt file per article; it has no
  ranking, facets, stemming or filters, so other queries are "n/a".
- SQLite FTS5 (in-process, warm): porter stemming, bm25 with the title weighted
  double, snippet() of the top 10, the total and a month histogram over every match.
- tantivy (in-process, warm): en_stem, BM25 top 10, a snippet of each, the total
  and a month terms aggregation over every match.
Neither index extracts entities, so an entity filter is given to FTS5 and
tantivy as a required phrase of the name typed, and --since as a date range.
A peer that cannot run here is reported "missing" with the reason.
"""

from __future__ import annotations

import math
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.corpus import read_records, write_text_files
from bench.queries import PHRASE_KINDS, QuerySpec, entity_words

Answer = Callable[[], Any]
RG, FTS5, TANTIVY = "ripgrep", "sqlite-fts5", "tantivy"
PEERS = (RG, FTS5, TANTIVY)


@dataclass
class Built:
    """A peer ready to answer queries, with what building it cost."""

    seconds: float
    size_bytes: int
    answer: Callable[[QuerySpec], Answer | None]  # None: the peer cannot express it


def folder_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def missing_reason(peer: str) -> str | None:
    """Why a peer cannot run here, or None when it can."""
    if peer == RG:
        return None if shutil.which("rg") else "`rg` not found on PATH (apt-get install ripgrep)"
    if peer == FTS5:
        try:
            sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        except sqlite3.Error as error:
            return f"sqlite3 without FTS5: {error}"
        return None
    try:
        import tantivy  # noqa: F401
    except ImportError:
        return "python package `tantivy` not installed (pip install -e '.[bench]')"
    return None


def build(peer: str, corpus: Path, work: Path) -> Built:
    builders = {RG: build_ripgrep, FTS5: build_fts5, TANTIVY: build_tantivy}
    return builders[peer](corpus, work)


# --- ripgrep ------------------------------------------------------------------------------


def rg_command(spec: QuerySpec, folder: Path) -> list[str] | None:
    if spec.kind not in PHRASE_KINDS or spec.filtered:
        return None
    return ["rg", "-i", "-F", "--no-config", "--", " ".join(spec.words), str(folder)]


def build_ripgrep(corpus: Path, work: Path) -> Built:
    folder = work / f"txt-{corpus.stem}"
    started = time.perf_counter()
    reused = folder.exists()
    if not reused:
        partial = folder.with_suffix(".partial")
        shutil.rmtree(partial, ignore_errors=True)
        write_text_files(corpus, partial)
        partial.rename(folder)
    seconds = math.nan if reused else time.perf_counter() - started

    def answer(spec: QuerySpec) -> Answer | None:
        command = rg_command(spec, folder)
        return None if command is None else (lambda: command)

    return Built(seconds, folder_size(folder), answer)


# --- SQLite FTS5 --------------------------------------------------------------------------

FTS_SCHEMA = (
    "CREATE VIRTUAL TABLE docs USING fts5(title, body, aid UNINDEXED, day UNINDEXED, "
    "month UNINDEXED, tokenize='porter unicode61')"
)
FTS_TOP = (
    "SELECT aid, title, snippet(docs, 1, '[', ']', '...', 24) FROM docs "
    "WHERE docs MATCH ? AND day >= ? ORDER BY bm25(docs, 2.0, 1.0) LIMIT 10"
)
FTS_FACETS = "SELECT month, count(*) FROM docs WHERE docs MATCH ? AND day >= ? GROUP BY month"


def fts_expression(spec: QuerySpec) -> str:
    if spec.kind in PHRASE_KINDS:
        parts = ['"' + " ".join(spec.words) + '"']
    else:
        parts = [f'"{word}"' for word in spec.words]
    return " AND ".join(parts + [f'"{value}"' for value in entity_words(spec)])


def build_fts5(corpus: Path, work: Path) -> Built:
    path = work / f"fts5-{corpus.stem}.sqlite"
    path.unlink(missing_ok=True)
    started = time.perf_counter()
    db = sqlite3.connect(path)
    db.execute(FTS_SCHEMA)
    rows = (
        (r.title, r.body, r.id, r.date[:10], r.date[:7] or "undated") for r in read_records(corpus)
    )
    with db:
        db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?)", rows)
    db.execute("INSERT INTO docs(docs) VALUES ('optimize')")
    db.commit()
    seconds = time.perf_counter() - started

    def answer(spec: QuerySpec) -> Answer:
        params = (fts_expression(spec), spec.since.isoformat() if spec.since else "")
        return lambda: (
            db.execute(FTS_TOP, params).fetchall(),
            db.execute(FTS_FACETS, params).fetchall(),
        )

    return Built(seconds, folder_size(path), answer)


# --- tantivy ------------------------------------------------------------------------------


def tantivy_query_text(spec: QuerySpec) -> str:
    if spec.kind in PHRASE_KINDS:
        parts = ['+"' + " ".join(spec.words) + '"']
    else:
        parts = [f"+{word}" for word in spec.words]
    parts += [f'+"{value}"' for value in entity_words(spec)]
    if spec.since:
        parts.append(f"+day:[{spec.since.strftime('%Y%m%d')} TO 99991231]")
    return " ".join(parts)


def _tantivy_schema() -> Any:
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_text_field("aid", stored=True, tokenizer_name="raw")
    builder.add_text_field("title", stored=True, tokenizer_name="en_stem")
    builder.add_text_field("body", stored=True, tokenizer_name="en_stem")
    builder.add_integer_field("day", indexed=True, fast=True)
    builder.add_text_field("month", fast=True, tokenizer_name="raw")
    return builder.build()


def _tantivy_fill(index: Any, corpus: Path) -> None:
    import tantivy

    writer = index.writer(heap_size=256_000_000, num_threads=2)
    for r in read_records(corpus):
        day = int(r.date[:10].replace("-", "") or 0)
        writer.add_document(
            tantivy.Document(
                aid=r.id, title=r.title, body=r.body, day=day, month=r.date[:7] or "undated"
            )
        )
    writer.commit()
    writer.wait_merging_threads()


def build_tantivy(corpus: Path, work: Path) -> Built:
    import tantivy

    path = work / f"tantivy-{corpus.stem}"
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    started = time.perf_counter()
    schema = _tantivy_schema()
    index = tantivy.Index(schema, path=str(path))
    _tantivy_fill(index, corpus)
    index.reload()
    seconds = time.perf_counter() - started
    searcher = index.searcher()

    def answer(spec: QuerySpec) -> Answer:
        text = tantivy_query_text(spec)
        return lambda: _tantivy_answer(index, schema, searcher, text)

    return Built(seconds, folder_size(path), answer)


def _tantivy_answer(index: Any, schema: Any, searcher: Any, text: str) -> Any:
    import tantivy

    query = index.parse_query(text, ["title", "body"], field_boosts={"title": 2.0})
    result = searcher.search(query, 10)
    snippets = tantivy.SnippetGenerator.create(searcher, query, schema, "body")
    shown = [snippets.snippet_from_doc(searcher.doc(addr)).to_html() for _s, addr in result.hits]
    months = searcher.aggregate(query, {"m": {"terms": {"field": "month", "size": 1000}}})
    return result.count, shown, months
