"""A search process imports the query path only (issue 13).

Every module a `search` process imports costs it start-up time, and a frozen
dataclass costs about 0.4 ms to build at import. So a search of an existing
index, piped, must not import the indexer's side (extraction, reading articles,
building documents and the tables written beside a commit), the other
engine's library, rich and the terminal's line packing, the modules of other
modes (--explain and --show, shell completion, exports) or importlib.resources
(which brings zipfile, tempfile and shutil); with --json, not the terminal
renderer either.

The search runs in a fresh interpreter started with -S: site-packages are on
its path, but no .pth hook runs. Hooks (an editable install's finder, a
sandbox's certificate hook) import pathlib, importlib.resources and more
before any code of ours, and would hide an import of ours; a test run imports
them all itself, so only a separate process can tell.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from search_probe import probe

# Never on the query path, whatever the engine (a name stands for its submodules too).
NEVER = (
    "index.extract",
    "index.read",
    "index.write",
    "index.store.entity_table",
    "index.store.lookups_writer",
    "index.store.surname_folds",
    "index.store.tables",
    "index.engines.document",
    "search.indexing",
    "search.completion",
    "search.views",
    "search.listings",
    "search.export",
    "search.packing",
    "rich",
    "importlib.resources",
)
OTHER_LIBRARY = {"tantivy": "whoosh", "whoosh": "tantivy"}
READER = {
    "tantivy": "index.engines.tantivy_engine.reader",
    "whoosh": "index.engines.whoosh_engine.reader",
}


def under(modules: set[str], names: tuple[str, ...]) -> list[str]:
    """The modules that are one of names or inside one of them."""
    return sorted(m for m in modules if any(m == n or m.startswith(f"{n}.") for n in names))


@pytest.mark.parametrize(
    ("args", "renderer"),
    [(["observation post"], "search.render_text"), (["observation post", "--json"], None)],
    ids=["piped", "json"],
)
def test_a_search_imports_only_the_query_path(
    seed_index: Path, engine: str, args: list[str], renderer: str | None
) -> None:
    code, loaded = probe(["--index", str(seed_index), *args], isolated=True)
    assert code in (0, None)
    # The probe sees the search's own imports: the engine's reader, and the
    # same-event rule a reprint among the seeds' matches is checked with.
    assert {"search.engine", READER[engine], "index.particulars", "index.lenient"} <= loaded
    forbidden = (*NEVER, OTHER_LIBRARY[engine])
    if renderer is None:
        forbidden += ("search.render_text", "search.writer")
    else:
        assert renderer in loaded
    assert under(loaded, forbidden) == []


# Not imported by a search without filters: reading filter values (entity names,
# countries, dates) and word~N are imported by the searches that use them (the
# Whoosh library imports calendar and its reader index.edits whatever the query).
PLAIN_QUERY_NEVER = ("search.entities", "index.periods")
PLAIN_TANTIVY_QUERY_NEVER = ("calendar", "index.edits")
# The engine seam's records and the query tree: `search --version` names the
# index's engine from its engine file without them.
VERSION_NEVER = ("index.engines.base", "index.engines.query", "index.records", "search.engine")


def test_a_search_without_filters_reads_no_filter_values(seed_index: Path, engine: str) -> None:
    code, loaded = probe(["--index", str(seed_index), "observation post"], isolated=True)
    assert code in (0, None)
    never = PLAIN_QUERY_NEVER + (PLAIN_TANTIVY_QUERY_NEVER if engine == "tantivy" else ())
    assert under(loaded, never) == []
    filtered = ["--index", str(seed_index), "observation post", "--country", "France"]
    _code, loaded = probe(filtered, isolated=True)
    assert "search.entities" in loaded  # the probe does see a filter value being read


def test_version_names_the_engine_without_the_query_side(seed_index: Path, engine: str) -> None:
    code, loaded = probe(["--version"], isolated=True, env={"SEARCH_INDEX": str(seed_index)})
    assert code in (0, None)
    assert "index.store.layout" in loaded  # it did look at the index
    assert under(loaded, VERSION_NEVER) == []
