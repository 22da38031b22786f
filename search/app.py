"""What the commands do, without the command line: ``search.cli`` parses the
options with click and hands them here, with an ``echo`` to write through.

Heavy modules are imported inside the functions that need them, so that
`search --help` and an error in the options stay instant.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from search.errors import QuerySyntaxError, SearchError
from search.safe_text import safe_line

SEEDS = "seeds"
DEFAULT_FACET_SIZE = 5  # values listed per facet
TEXT_OPTIONS = ("place", "person", "org", "country", "source", "speaker", "quote", "show_id")
_SURROGATE = re.compile("[\ud800-\udfff]")


class Echo(Protocol):
    def __call__(self, message: str, *, err: bool = False) -> None: ...


class UsageProblem(SearchError):
    """Options that make no sense together."""


def default_index_dir() -> Path:
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "news-search" / "index"


# The modes of `search` and the options that choose them: one mode per run.
MODE_OPTIONS = {
    "quote": "--quote",
    "quotes": "--quotes",
    "show": "--show",
    "explain": "--explain",
    "facets": "--facets",
}


def choose_mode(options: dict[str, Any]) -> str:
    """The one mode the options ask for ("search" when none); UsageProblem when
    they ask for two, which would silently drop one."""
    chosen = [
        mode
        for mode, on in (
            ("quote", options.get("quote") is not None),
            ("quotes", bool(options.get("list_quotes"))),
            ("show", options.get("show_id") is not None),
            ("explain", bool(options.get("explain"))),
            ("facets", bool(options.get("facets_only"))),
        )
        if on
    ]
    if len(chosen) > 1:
        first, second = (MODE_OPTIONS[m] for m in chosen[:2])
        raise UsageProblem(
            f"{first} and {second} cannot be used together: each asks for a different "
            "answer (run one, then the other)"
        )
    return chosen[0] if chosen else "search"


def version_message(prog: str, index_dir: str | None) -> str:
    """The version, the engines installed, and the engine of the index (the one
    SEARCH_INDEX names, else the default)."""
    from importlib.metadata import PackageNotFoundError, version

    from index.engines import DEFAULT_ENGINE, index_format
    from index.errors import IndexFilesError
    from index.store.layout import current_generation

    def of(package: str) -> str:
        try:
            return version(package)
        except PackageNotFoundError:
            return "not installed"

    lines = [
        f"{prog} {of('news-search')}",
        f"engines: tantivy {of('tantivy')}, whoosh {of('whoosh-reloaded')} "
        f"(new indexes: {DEFAULT_ENGINE})",
    ]
    where = Path(index_dir) if index_dir else default_index_dir()
    generation = current_generation(where)
    if generation is not None:
        try:
            engine, _version = index_format(generation)
        except IndexFilesError:
            engine = None
        lines.append(f"index {where}: {engine or 'of an earlier version (rebuild it)'}")
    return "\n".join(lines)


def run_search(text: str, options: dict[str, Any], echo: Echo, seed: Seeder | None = None) -> int:
    """`search`: a ranked search, a quote search, one article, or --explain."""
    mode = choose_mode(options)
    _check_text(text, options)
    check_page_options(mode, options)
    _check_values(options)
    filters = _filters(options)
    wanted = text.strip() or options["quote"] or options["facets_only"] or options["show_id"]
    if not wanted and not _any_filter(filters):
        raise UsageProblem("give a query, a filter, --quote or --facets (see search --help)")
    index_dir = options["index_dir"] or default_index_dir()
    with open_or_seed(index_dir, seed, echo, options["aliases"]) as store:
        if mode == "show":
            return _show(store, options["show_id"], text, options, echo)
        if mode in ("quote", "quotes"):
            from search.listings import list_quotations

            return list_quotations(store, text, filters, options, echo)
        request = _request(text, filters, options)
        if mode == "explain":
            return _explain(store, request, options, echo)
        if options["export"]:
            from search.listings import export_results

            return export_results(store, request, options["export"], echo)
        from search.engine import search

        response = search(store, request)
    if options["as_json"]:
        from search.render_json import dumps, response_to_dict

        echo(dumps(response_to_dict(response)))
        return 0
    from search.render_text import render_response
    from search.writer import open_writer

    out = open_writer(options["color"])
    render_response(out, response, options["facets_only"], options["by_country"])
    out.flush()
    return 0


def _check_values(options: dict[str, Any]) -> None:
    """Refuse option values that are given but empty, or out of order."""
    if options["since"] and options["until"] and options["since"] > options["until"]:
        raise UsageProblem("--since is after --until: swap them")
    if options["show_id"] is not None and not options["show_id"].strip():
        raise UsageProblem("--show needs an article id (each hit shows its id after the date)")
    if options["quote"] is not None and not options["quote"].strip():
        raise UsageProblem("--quote needs the words of a quotation (e.g. --quote 'do whatever')")


def check_page_options(mode: str, options: dict[str, Any]) -> None:
    """Refuse paging, ordering and export options the mode has no use for,
    rather than drop them silently; fill in the offset and the order."""
    given = [
        name
        for name, on in (
            ("--sort", options.get("sort") is not None),
            ("--offset", options.get("offset") is not None),
            ("--page", options.get("page") is not None),
            ("--format", options.get("export") is not None),
        )
        if on
    ]
    if options.get("offset") is not None and options.get("page") is not None:
        raise UsageProblem("--offset and --page both say where the page starts: give one")
    if given and mode in ("show", "explain", "facets"):
        raise UsageProblem(f"{given[0]} is for listed results; {MODE_OPTIONS[mode]} lists none")
    if options.get("facet_size") is not None and mode in ("quote", "quotes", "show", "explain"):
        raise UsageProblem(f"--facet-size is for facets; {MODE_OPTIONS[mode]} lists none")
    if options.get("export") and options.get("as_json"):
        raise UsageProblem(
            "--format and --json cannot be used together: --format writes one row per "
            "result, --json one object (choose one)"
        )
    if mode == "quote" and options.get("sort") not in (None, "relevance"):
        raise UsageProblem(
            "--quote ranks quotations by closeness; --sort is for searches and --quotes"
        )
    if mode == "quotes" and not options.get("speaker"):
        raise UsageProblem("--quotes lists a speaker's quotations: add --speaker NAME")
    page = options.get("page")
    options["offset"] = (page - 1) * options["limit"] if page else options.get("offset") or 0
    options["sort"] = options.get("sort") or ("date" if mode == "quotes" else "relevance")


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
        offset=options["offset"],
        sort=options["sort"],
        facet_size=options.get("facet_size") or DEFAULT_FACET_SIZE,
    )


def _explain(store: Any, request: Any, options: dict[str, Any], echo: Echo) -> int:
    from search.engine import explain

    explanation = explain(store, request)
    if options["as_json"]:
        from search.render_json import dumps, explanation_to_dict

        echo(dumps(explanation_to_dict(explanation)))
        return 0
    from search.render_text import render_explanation
    from search.writer import open_writer

    out = open_writer(options["color"])
    render_explanation(out, explanation)
    out.flush()
    return 0


def _show(store: Any, article_id: str, text: str, options: dict[str, Any], echo: Echo) -> int:
    from search.engine import show_article

    view = show_article(store, article_id, text)
    if options["as_json"]:
        from search.render_json import article_to_dict, dumps

        echo(dumps(article_to_dict(view)))
        return 0
    from search.render_text import render_article
    from search.writer import open_writer

    out = open_writer(options["color"])
    render_article(out, view)
    out.flush()
    return 0


# Indexes seeds/ into an index directory with an alias file (the command line
# supplies it: the query side never writes an index itself).
Seeder = Callable[[Path, Path, Any], Any]


def open_or_seed(
    index_dir: Path, seed: Seeder | None, echo: Echo, aliases: Path | None = None
) -> Any:
    """Open the index, with the alias file in effect; with no index there yet,
    index ./seeds first (zero set-up)."""
    from index.aliases import alias_file_path, load_aliases
    from search.store import index_exists, open_store

    seeds = Path(SEEDS)
    book = load_aliases(alias_file_path(aliases, index_dir))
    if not index_exists(index_dir) and seeds.is_dir() and seed is not None:
        stats = seed(seeds, index_dir, book)
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
