"""The command line: `search`, `search-index` and `search-entities`. The only
module importing click, and the composition root: the one module of search/
that calls the indexer (`search-index`, and the zero set-up indexing of seeds/
that `search` hands to the query side as a callback) and extraction
(`search-entities`); the query side itself only reads an index. What each
error exits with is :mod:`search.exit_codes`.
"""

from __future__ import annotations

import gc
import math
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, NoReturn

import click
from click.shell_completion import BashComplete, CompletionItem, add_completion_class

from index.errors import IndexerError
from search import app
from search import help_text as texts
from search.errors import SearchError
from search.exit_codes import EXIT_BUG, EXIT_INTERRUPTED, EXIT_PARTIAL, exit_code_for
from search.safe_text import safe_line

COLORS = click.Choice(["auto", "always", "never"])
ENGINE_NAMES = ("tantivy", "whoosh")  # as index.engines.ENGINES (not imported: --help stays quick)
MAX_TIMEOUT = 86400.0  # a day: the alarm timer takes nothing near float's range


def fail(error: BaseException, prog: str) -> NoReturn:
    say(f"{prog}: error: {error}")
    sys.exit(exit_code_for(error))


def show_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    index_dir = os.environ.get("SEARCH_INDEX")
    click.echo(app.version_message(ctx.info_name or "search", index_dir))
    ctx.exit()


def say(message: str) -> None:  # one line on stderr, every name in it made inert
    click.echo(safe_line(message), err=True)


class PeriodType(click.ParamType):  # type: ignore[type-arg]
    """YYYY, YYYY-MM or YYYY-MM-DD, read as a period of days."""

    name = "DATE"

    def __init__(self, end: bool) -> None:
        self.end = end

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        from index.periods import DateValueError, parse_period

        try:
            first, last = parse_period(str(value))
        except DateValueError as error:
            self.fail(str(error), param, ctx)
        return last if self.end else first


class RangeType(click.ParamType):  # type: ignore[type-arg]
    """FROM or FROM..TO, each YYYY, YYYY-MM or YYYY-MM-DD."""

    name = "FROM[..TO]"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> tuple[date, date]:
        if isinstance(value, tuple):
            return value
        from index.periods import DateValueError, parse_period_range

        try:
            return parse_period_range(str(value))
        except DateValueError as error:
            self.fail(str(error), param, ctx)


class SecondsType(click.FloatRange):
    """A number of seconds within the range (click's range lets 'nan' through)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        seconds = super().convert(value, param, ctx)
        if math.isnan(seconds):
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        return seconds


def names(option: str) -> Callable[[click.Context, click.Parameter, str], list[str]]:
    """The shell completion of an entity option (search.completion's, imported
    only when a shell asks: a search never completes)."""

    def complete(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
        from search.completion import completer

        return completer(option)(ctx, param, incomplete)

    return complete


def _index_seeds(*args: Any, **kwargs: Any) -> Any:
    """The zero set-up indexing of seeds/ (search.indexing is imported only
    when it runs: a search of an existing index never needs it)."""
    from search.indexing import index_with_progress

    return index_with_progress(*args, **kwargs)


def run_guarded(prog: str, traceback: bool, action: Callable[[], int]) -> NoReturn:
    """Run action; map every error to its exit code and a one-line message."""
    try:
        sys.exit(action())
    except (SearchError, IndexerError) as error:
        if traceback:
            raise
        fail(error, prog)
    except KeyboardInterrupt:
        click.echo(f"{prog}: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except (click.ClickException, click.exceptions.Exit, SystemExit):
        raise
    except Exception as error:  # a bug: say so in one line, keep the traceback opt-in
        if traceback:
            raise
        say(
            f"{prog}: internal error: {type(error).__name__}: {error} "
            "(run again with --traceback and report it)"
        )
        sys.exit(EXIT_BUG)


class OneLineErrors(click.Command):
    """A command whose usage errors are one line naming the next step, and
    that stays quiet when its reader goes away (``search ... | head``)."""

    def main(  # type: ignore[override]
        self, args: Sequence[str] | None = None, prog_name: str | None = None, **extra: Any
    ) -> Any:
        prog = prog_name or self.name or "search"
        extra.pop("standalone_mode", None)
        try:
            code = super().main(args=args, prog_name=prog, standalone_mode=False, **extra)
        except click.exceptions.Abort:
            click.echo(f"{prog}: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except click.ClickException as error:
            hint = f" (see {prog} --help)" if isinstance(error, click.UsageError) else ""
            say(f"{prog}: error: {error.format_message()}{hint}")
            sys.exit(error.exit_code)
        except BrokenPipeError:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)
        sys.exit(code if isinstance(code, int) else 0)


class SearchCommand(OneLineErrors):
    """`search`: "-word" is a negated query word, so there are no short options
    ("-harbour" must not read as -h...); only "-h" alone asks for help. An
    unknown --option is an error with click's "did you mean"."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        end = args.index("--") if "--" in args else len(args)
        rest = super().parse_args(
            ctx, [a if a != "-h" else "--help" for a in args[:end]] + args[end:]
        )
        unknown = [word for word in ctx.params.get("query", ()) if word.startswith("--")]
        if unknown and not ctx.resilient_parsing:
            name = unknown[0].partition("=")[0]
            known = [opt for param in self.params for opt in param.opts if opt.startswith("--")]
            found = click.NoSuchOption(name, f"no such option: {name}.", known, ctx)
            hint = "To search for the word itself, write it inside quotes."
            raise click.UsageError(f"{found.format_message()} {hint}", ctx)
        return rest


class QuotingBashComplete(BashComplete):
    """click's bash completion, each value escaped for the shell (bash inserts
    completions as they are, and entity names hold spaces)."""

    def format_completion(self, item: CompletionItem) -> str:
        from search.completion import bash_word

        line = os.environ.get("COMP_WORDS", "")
        value = bash_word(item.value, line) if item.type == "plain" else item.value
        return f"{item.type},{value}"


add_completion_class(QuotingBashComplete)


SEARCH = texts.SEARCH
ORDER = click.Choice(["relevance", "date", "-date"])
COUNT = click.IntRange(1, 1000)
VERSION_OPTION: dict[str, Any] = {
    "is_flag": True,
    "expose_value": False,
    "is_eager": True,
    "callback": show_version,
    "help": texts.VERSION,
}


@click.command(
    "search",
    cls=SearchCommand,
    context_settings={"ignore_unknown_options": True, "help_option_names": ["--help"]},
    epilog=texts.SEARCH_EPILOG,
)
@click.argument("query", nargs=-1, type=click.UNPROCESSED)
@click.option("--place", multiple=True, shell_complete=names("place"), help=SEARCH["place"])
@click.option("--person", multiple=True, shell_complete=names("person"), help=SEARCH["person"])
@click.option("--org", multiple=True, shell_complete=names("org"), help=SEARCH["org"])
@click.option("--country", multiple=True, metavar="NAME", help=SEARCH["country"])
@click.option("--main-places", is_flag=True, help=SEARCH["main_places"])
@click.option("--source", multiple=True, help=SEARCH["source"])
@click.option("--speaker", multiple=True, shell_complete=names("speaker"), help=SEARCH["speaker"])
@click.option("--quote", metavar="TEXT", help=SEARCH["quote"])
@click.option("--quotes", "list_quotes", is_flag=True, help=SEARCH["quotes"])
@click.option("--since", type=PeriodType(end=False), help=SEARCH["since"])
@click.option("--until", type=PeriodType(end=True), help=SEARCH["until"])
@click.option("--mentions", type=RangeType(), help=SEARCH["mentions"])
@click.option("--include-estimated", is_flag=True, help=SEARCH["include_estimated"])
@click.option("--sort", type=ORDER, help=SEARCH["sort"])
@click.option(
    "--limit", type=click.IntRange(1, 10000), default=10, show_default=True, help=SEARCH["limit"]
)
@click.option("--offset", type=click.IntRange(0, 1_000_000), metavar="N", help=SEARCH["offset"])
@click.option("--page", type=click.IntRange(1, 1_000_000), metavar="N", help=SEARCH["page"])
@click.option(
    "--passages", type=click.IntRange(0, 50), default=2, show_default=True, help=SEARCH["passages"]
)
@click.option("--all-copies", is_flag=True, help=SEARCH["all_copies"])
@click.option("--any", "match_any", is_flag=True, help=SEARCH["match_any"])
@click.option("--facets", "facets_only", is_flag=True, help=SEARCH["facets_only"])
@click.option("--facet-size", type=COUNT, default=None, help=SEARCH["facet_size"])
@click.option("--by-country", "--facets-by-country", is_flag=True, help=SEARCH["by_country"])
@click.option("--explain", is_flag=True, help=SEARCH["explain"])
@click.option("--aliases", type=click.Path(path_type=Path), metavar="FILE", help=texts.ALIASES)
@click.option(
    "--timeout",
    type=SecondsType(min=0.01, max=MAX_TIMEOUT),
    default=10.0,
    show_default=True,
    help=SEARCH["timeout"],
)
@click.option("--json", "as_json", is_flag=True, help=SEARCH["as_json"])
@click.option(
    "--format", "export", type=click.Choice(["csv", "tsv", "jsonl"]), help=SEARCH["format"]
)
@click.option("--show", "show_id", metavar="ID", help=SEARCH["show_id"])
@click.option(
    "--index", "index_dir", type=click.Path(path_type=Path), envvar="SEARCH_INDEX", help=texts.INDEX
)
@click.option("--color", type=COLORS, default="auto", show_default=True, help=SEARCH["color"])
@click.option("--traceback", is_flag=True, hidden=True, help=texts.TRACEBACK)
@click.option("--version", **VERSION_OPTION)
def search_command(query: Sequence[str], **options: Any) -> None:
    """Search the news archive: ranked passages with highlighted matches and facet counts.

    \b
      search "interest rates" --place Japan
      search ceasefire truce --since 2020-01 --sort -date --json
      search oil --limit 10000 --format csv > oil.csv
      search --speaker "James Baker" --quotes
      search --facets --person Baker --facet-size 20
      search oil -opec
    """
    text = " ".join(query)
    unknown = [word for word in query if word.startswith("--")]
    if unknown:
        raise click.UsageError(
            f"no such option: {unknown[0]} (to search for it, write it inside quotes)"
        )
    seed = partial(_index_seeds, echo=click.echo, color=options["color"])
    run_guarded(
        "search", options["traceback"], lambda: app.run_search(text, options, click.echo, seed)
    )


@click.command(
    "search-index", cls=OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path, readable=False))
@click.option(
    "--index", "index_dir", type=click.Path(path_type=Path), envvar="SEARCH_INDEX", help=texts.INDEX
)
@click.option("--prune", is_flag=True, help=texts.INDEXING["prune"])
@click.option("--rebuild", is_flag=True, help=texts.INDEXING["rebuild"])
@click.option("--engine", type=click.Choice(ENGINE_NAMES), help=texts.INDEXING["engine"])
@click.option("--source", metavar="NAME", help=texts.INDEXING["source"])
@click.option("--quiet", "-q", is_flag=True, help=texts.INDEXING["quiet"])
@click.option("--aliases", type=click.Path(path_type=Path), metavar="FILE", help=texts.ALIASES)
@click.option(
    "--color", type=COLORS, default="auto", show_default=True, help=texts.INDEXING["color"]
)
@click.option("--traceback", is_flag=True, hidden=True, help=texts.TRACEBACK)
@click.option("--version", **VERSION_OPTION)
def index_command(paths: Sequence[Path], traceback: bool, **options: Any) -> None:
    """Index articles from PATHS (folders, .txt/.md, .jsonl, .csv files).

    Run it again after articles change: only new and changed articles are
    indexed, and articles whose files are gone (or, with --prune, that are no
    longer under PATHS) are removed. Unreadable files, folders and records are
    skipped with a warning, and what was indexed from them before is kept.
    An index that cannot be read, or was written by another version of this
    tool, is left as it is until you rebuild it with --rebuild.
    Exit codes: 0 all indexed, 6 some inputs skipped, 4 nothing readable,
    5 index locked, unusable, unreadable or of another version, 2 bad usage,
    1 internal error, 130 interrupted.
    """
    options["index_dir"] = options["index_dir"] or app.default_index_dir()
    from search import indexing

    action = partial(indexing.run_index, list(paths), options, click.echo, EXIT_PARTIAL)
    run_guarded("search-index", traceback, action)


@click.command(
    "search-entities", cls=OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.option(
    "--aliases",
    type=click.Path(path_type=Path),
    metavar="FILE",
    envvar="SEARCH_ALIASES",
    help="Alias file (TOML) to apply [env SEARCH_ALIASES].",
)
@click.option("--traceback", is_flag=True, hidden=True, help=texts.TRACEBACK)
@click.option("--version", **VERSION_OPTION)
def entities_command(aliases: Path | None, traceback: bool) -> None:
    """Print the entities of texts, for scripts: reads JSON Lines on stdin, one
    {"id": ..., "text": "..."} per line, and prints one JSON line per input,
    {"id": ..., "entities": [{"start", "end", "type", "text", "name"}]}, with
    character offsets into text. A line that cannot be read prints a line with
    an "error" key instead. Exit codes: 0 every line read, 6 some were not,
    2 bad usage or alias file.
    """
    from search import indexing

    action = partial(indexing.run_entities, aliases, click.echo, EXIT_PARTIAL)
    run_guarded("search-entities", traceback, action)


def main() -> None:
    # A search is one short process that makes no garbage in cycles worth collecting:
    # without the cyclic collector it takes about 5 ms less of a 130-135 ms query on
    # the 200,000-article index (imports make hundreds of thousands of objects the
    # collector would walk), and a 10,000-row export peaks at the same memory. An index
    # built on first use turns it on again for the build (index.collector).
    gc.disable()
    try:
        search_command(prog_name="search")
    finally:
        # The interpreter's exit still collects once over every object (the collector
        # being off does not stop that one): ~23 million instructions, about 5 ms of a
        # search, spent on the imports' objects, which the exit frees anyway. Frozen,
        # they are left out of it; atexit, flushing and freeing run as before.
        gc.freeze()


def index_main() -> None:
    index_command(prog_name="search-index")


def entities_main() -> None:
    entities_command(prog_name="search-entities")
