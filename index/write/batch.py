"""Indexing paths: read every article under them and bring the index up to date.

The library form of `search-index` (the command line adds the progress display):
problems go to on_problem, each article read to on_article, and each phase after
the articles ("commit") to on_phase.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from index.aliases import AliasBook
from index.read.article import Article, Problem
from index.read.articles import ReadLog, count_articles, read_articles
from index.write.writer import IndexStats, update_index


@dataclass(frozen=True)
class IndexRun:
    stats: IndexStats
    problems: tuple[Problem, ...]


def index_paths(
    paths: Sequence[Path],
    index_dir: Path,
    *,
    on_problem: Callable[[Problem], None] | None = None,
    on_article: Callable[[], None] | None = None,
    on_phase: Callable[[str], None] | None = None,
    prune: bool = False,
    rebuild: bool = False,
    aliases: AliasBook | None = None,
    engine: str | None = None,
    source: str = "",
) -> IndexRun:
    """source: the source of the articles whose record names none (part of
    their content hash, so changing it re-indexes them)."""
    log = ReadLog(on_problem)
    articles = read_articles(paths, log)
    stats = update_index(
        (with_source(article, source) for article in articles) if source else articles,
        index_dir,
        log,
        prune=prune,
        rebuild=rebuild,
        progress=(lambda _article: on_article()) if on_article else None,
        aliases=aliases,
        engine=engine,
        on_phase=on_phase,
    )
    return IndexRun(stats, tuple(log.problems))


def with_source(article: Article, source: str) -> Article:
    """The article, with source as its source if its record names none."""
    return article if article.source else replace(article, source=source)


def articles_to_read(paths: Sequence[Path]) -> int:
    """A quick upper bound on the articles under paths (for a progress display)."""
    return count_articles(paths)
