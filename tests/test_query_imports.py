"""Nothing on the query path imports urllib, asyncio or ssl (issue 13).

Each costs start-up time in every `search` process and none is needed to read
a local index. A search (ranked passages with facets, the JSON answer, and a
quotation search) runs in a fresh interpreter; afterwards its sys.modules must
hold none of them beyond what a bare interpreter that imports pathlib holds
(Python 3.11's pathlib imports urllib.parse itself; 3.13's does not). A test
run (pytest and its plugins) imports them itself, so only a separate process
can tell.

The target is the tantivy engine's. Whoosh itself imports urllib.request (and
with it ssl; whoosh.compat) and asyncio (through cached_property, which
whoosh.reading uses): on a Whoosh index the check is that the project's code
adds nothing to what importing Whoosh's reader costs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from search_probe import MAIN, probe

FORBIDDEN = ("urllib", "asyncio", "ssl")
BASELINES = {
    "tantivy": "import pathlib",
    "whoosh": "import pathlib, whoosh.index, whoosh.searching",
}


def baseline(engine: str) -> set[str]:
    """The forbidden modules a bare interpreter loads for what the engine needs."""
    return imported_by([], f"{BASELINES[engine]}\nmain = list")[1]


def imported_by(argv: list[str], setup: str = MAIN) -> tuple[object, set[str]]:
    """The exit code and the forbidden modules loaded by one `search` run."""
    code, loaded = probe(argv, setup)
    return code, {m for m in loaded if m.split(".")[0] in FORBIDDEN}


@pytest.mark.parametrize(
    "args",
    [
        ["oil", "prices", "--color", "always"],
        ['"interest rates"', "--json"],
        ["--facets", "--since", "1987-01"],
        ["--quote", "the company said it expects"],
    ],
    ids=["terminal", "json", "facets", "quote"],
)
def test_search_imports_no_network_or_async_modules(
    seed_index: Path, engine: str, args: list[str]
) -> None:
    code, loaded = imported_by(["--index", str(seed_index), *args])
    assert code in (0, None)
    assert loaded - baseline(engine) == set(), loaded
    if engine == "tantivy":
        assert not {m.split(".")[0] for m in loaded} & {"asyncio", "ssl"}, loaded


def test_the_probe_sees_an_import() -> None:
    """The probe itself can fail: a run that does import one is reported."""
    code, _ = imported_by(["--version"])
    assert code in (0, None)
    assert "ssl" in imported_by(["--version"], f"import ssl\n{MAIN}")[1]
