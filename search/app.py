"""What the commands do, without the command line: ``search.cli`` parses the
options with click and hands them here, with an ``echo`` to write through.

Heavy modules are imported inside the functions that need them, so that
`search --help` and an error in the options stay instant.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any, Protocol

from search.errors import QuerySyntaxError, SearchError
from search.safe_text import safe_json, safe_line

SEEDS = "seeds"
TEXT_OPTIONS = ("place", "person", "org", "country", "source", "speaker", "quote", "show_id")
_SURROGATE = re.compile("[\ud800-\udfff]")


class Echo(Protocol):
    def __call__(self, message: str, *, err: bool = False) -> None: ...


class UsageProblem(SearchError):
    """Options that make no sense together."""


def default_index_dir() -> Path:
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "news-search" / "index"


def run_search(text: str, options: dict[str, Any], echo: Echo) -> int:
    """`search`: a ranked search, a quote search, one article, or --explain."""
    _check_text(text, options)
    filters = _filters(options)
    if options["since"] and options["until"] and options["since"] > options["until"]:
        raise UsageProblem("--since is after --until: swap them")
    if options["show_id"] is not None and not options["show_id"].strip():
        raise UsageProblem("--show needs an article id (each hit shows its id after the date)")
    wanted = text.strip() or options["quote"] or options["facets_only"] or options["show_id"]
    if not wanted and not _any_filter(filters):
        raise UsageProblem("give a query, a filter, --quote or --facets (see search --help)")
    index_dir = options["index_dir"] or default_index_dir()
    with open_or_seed(index_dir, options["color"], echo, options["aliases"]) as store:
        if options["show_id"]:
            return _show(store, options["show_id"], text, options, echo)
        if options["quote"]:
            return _quote(store, options, filters, echo)
        request = _request(text, filters, options)
        if options["explain"]:
            return _explain(store, request, options, echo)
        from search.engine import search

        response = search(store, request)
    if options["as_json"]:
        from search.render_json import dumps, response_to_dict

        echo(dumps(response_to_dict(response)))
        return 0
    from search.render_terminal import make_console, render_response

    console = make_console(options["color"])
    render_response(console, response, options["facets_only"], options["by_country"])
    return 0


def _check_text(text: str, options: dict[str, Any]) -> None:
    """Refuse text that is not Unicode (bytes a command line could not decode
    arrive as lone surrogates, which no article holds and no output can print),
    and a --quote longer than a query may be."""
    where = _SURROGATE.search(text)
    if where:
        raise QuerySyntaxError("the query is not UTF-8 text", where.start())
    quote = options.get("quote") or ""
    if quote:
        from search.query import MAX_QUERY_LENGTH as limit

        if len(quote) > limit:
            raise QuerySyntaxError(
                f"the --quote text is {len(quote)} characters long; the limit is {limit}"
            )
    for name in TEXT_OPTIONS:
        values = options.get(name) or ()
        for value in (values,) if isinstance(values, str) else values:
            if _SURROGATE.search(value):
                option = "--" + name.removesuffix("_id")
                raise UsageProblem(f"{option} {value!r} is not UTF-8 text")


def _filters(options: dict[str, Any]) -> Any:
    from search.models import Filters

    return Filters(
        places=tuple(options["place"]),
        people=tuple(options["person"]),
        orgs=tuple(options["org"]),
        sources=tuple(options["source"]),
        countries=tuple(options["country"]),
        speakers=tuple(options["speaker"]),
        since=options["since"],
        until=options["until"],
        mentions=options["mentions"],
        include_estimated=options["include_estimated"],
        main_places=options["main_places"],
    )


def _any_filter(filters: Any) -> bool:
    """Whether a filter narrows the articles (--main-places alone narrows nothing)."""
    from dataclasses import replace

    from search.models import Filters

    return bool(replace(filters, main_places=False) != Filters())


def _request(text: str, filters: Any, options: dict[str, Any]) -> Any:
    from search.models import SearchRequest

    return SearchRequest(
        query=text,
        filters=filters,
        limit=options["limit"],
        passages_per_hit=options["passages"],
        match_any=options["match_any"],
        timeout=options["timeout"],
        all_copies=options["all_copies"],
    )


def _quote(store: Any, options: dict[str, Any], filters: Any, echo: Echo) -> int:
    from search.engine import time_limit
    from search.quotes import find_quotes

    with time_limit(options["timeout"]):
        response = find_quotes(
            store, options["quote"], filters, options["limit"], options["all_copies"]
        )
    if options["as_json"]:
        from search.render_json import dumps, quotes_to_dict

        echo(dumps(quotes_to_dict(response)))
        return 0
    from search.render_terminal import make_console, render_quotes

    render_quotes(make_console(options["color"]), response)
    return 0


def _explain(store: Any, request: Any, options: dict[str, Any], echo: Echo) -> int:
    from search.engine import explain

    explanation = explain(store, request)
    if options["as_json"]:
        from search.render_json import dumps, explanation_to_dict

        echo(dumps(explanation_to_dict(explanation)))
        return 0
    from search.render_terminal import make_console, render_explanation

    render_explanation(make_console(options["color"]), explanation)
    return 0


def _show(store: Any, article_id: str, text: str, options: dict[str, Any], echo: Echo) -> int:
    from search.engine import show_article

    view = show_article(store, article_id, text)
    if options["as_json"]:
        from search.render_json import article_to_dict, dumps

        echo(dumps(article_to_dict(view)))
        return 0
    from search.render_terminal import make_console, render_article

    render_article(make_console(options["color"]), view)
    return 0


def open_or_seed(index_dir: Path, color: str, echo: Echo, aliases: Path | None = None) -> Any:
    """Open the index, with the alias file in effect; with no index there yet,
    index ./seeds first (zero set-up)."""
    from index.aliases import alias_file_path, load_aliases
    from search.store import index_exists, open_store

    seeds = Path(SEEDS)
    book = load_aliases(alias_file_path(aliases, index_dir))
    if not index_exists(index_dir) and seeds.is_dir():
        stats, _problems = index_paths([seeds], index_dir, color, echo, aliases=book)
        echo(
            safe_line(
                f"Indexed {stats.articles} sample articles from {SEEDS}/ into {index_dir}. "
                "To index your own archive instead: search-index --prune PATH... "
                "(or keep it apart with --index DIR or SEARCH_INDEX=DIR)."
            ),
            err=True,
        )
    store = open_store(index_dir)
    store.aliases = book
    return store


def missing_paths(paths: Sequence[Path]) -> list[str]:
    """The paths that do not exist. One that cannot be looked at (behind a
    folder without permission) is not missing: reading it reports why."""
    missing = []
    for path in paths:
        try:
            path.stat()
        except (FileNotFoundError, NotADirectoryError):
            missing.append(str(path))
        except OSError:
            continue
    return missing


def index_paths(
    paths: Sequence[Path],
    index_dir: Path,
    color: str,
    echo: Echo,
    prune: bool = False,
    rebuild: bool = False,
    aliases: Any = None,
) -> tuple[Any, list[Any]]:
    """`search-index`: update the index from paths, with a progress bar."""
    from index.read.articles import ReadLog, count_articles, read_articles
    from index.write.writer import update_index
    from search.render_terminal import make_console, progress_bar

    def warn(problem: Any) -> None:
        outcome = "skipped" if problem.skipped else "indexed anyway"
        echo(safe_line(f"search-index: warning: {problem} ({outcome})"), err=True)

    log = ReadLog(warn)
    console = make_console(color, stderr=True)
    with progress_bar(console, count_articles(paths), "Indexing") as advance:
        stats = update_index(
            read_articles(paths, log),
            index_dir,
            log,
            prune=prune,
            rebuild=rebuild,
            progress=lambda _article: advance(),
            aliases=aliases,
        )
    return stats, log.problems


def export_entities(stream: IO[bytes], aliases: Path | None, echo: Echo) -> bool:
    """`search-entities`: one JSON line out per line in; True when every line was read."""
    from index.aliases import load_aliases
    from index.extract.export import export_entities as export

    failed = False
    results: Iterable[dict[str, Any]] = export(stream, load_aliases(aliases))
    for result in results:
        failed = failed or "error" in result
        echo(safe_json(json.dumps(result, ensure_ascii=False)))
    return not failed
