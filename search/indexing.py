"""What `search-index` and `search-entities` do, without the command line
(``search.cli`` parses their options and hands them here with an ``echo``),
and the zero set-up indexing of seeds/ that `search` asks for.

This and ``search.cli`` are the only modules of search/ that call the indexer
and extraction; the query side only reads an index.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from index.errors import NoArticlesError
from search.app import Echo, missing_paths
from search.safe_text import safe_json, safe_line


def index_with_progress(
    paths: Path | Sequence[Path],
    index_dir: Path,
    aliases: Any,
    echo: Echo,
    color: str = "auto",
    quiet: bool = True,
    **options: Any,
) -> Any:
    """Index paths with a progress display on stderr; warnings name each problem.
    Options are those of ``index.write.batch.index_paths`` (prune, rebuild,
    engine, source). Returns the run (``index.write.batch.IndexRun``), or its
    stats when quiet (the zero set-up indexing of the seeds, which reports in
    one line)."""
    from index.write.batch import articles_to_read, index_paths
    from search.render_progress import progress_bar
    from search.render_terminal import make_console

    def warn(problem: Any) -> None:
        outcome = "skipped" if problem.skipped else "indexed anyway"
        echo(safe_line(f"search-index: warning: {problem} ({outcome})"), err=True)

    given = [paths] if isinstance(paths, Path) else list(paths)
    console = make_console(color, stderr=True)
    with progress_bar(console, articles_to_read(given), "Indexing") as bar:
        run = index_paths(
            given,
            index_dir,
            on_problem=warn,
            on_article=bar.advance,
            on_phase=bar.phase,
            aliases=aliases,
            **options,
        )
    return run.stats if quiet else run


def run_index(paths: list[Path], options: dict[str, Any], echo: Echo, partial_code: int) -> int:
    """`search-index PATHS`: 0 when every input was indexed, partial_code when
    some were skipped or read with a flaw."""
    missing = missing_paths(paths)
    if missing:
        raise NoArticlesError(f"no such file or folder: {missing[0]}")
    from index.aliases import alias_file_path, load_aliases

    target = options["index_dir"]
    book = load_aliases(alias_file_path(options["aliases"], target))
    source = (options.get("source") or "").strip()
    run = index_with_progress(
        paths,
        target,
        book,
        echo,
        options["color"],
        quiet=False,
        prune=options["prune"],
        rebuild=options["rebuild"],
        engine=options["engine"],
        source=source,
    )
    if not options["quiet"]:
        from search.layout import index_summary

        echo(safe_line(index_summary(run.stats, list(run.problems))), err=True)
    return partial_code if run.problems else 0


def run_entities(aliases: Path | None, echo: Echo, partial_code: int) -> int:
    """`search-entities`: the entities of each JSON line on stdin."""
    from index.aliases import load_aliases
    from index.extract.export import export_entities

    failed = False
    for result in export_entities(sys.stdin.buffer, load_aliases(aliases)):
        failed = failed or "error" in result
        echo(safe_json(json.dumps(result, ensure_ascii=False)))
    return partial_code if failed else 0
