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

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = ("urllib", "asyncio", "ssl")
PROBE = """
import json, sys
sys.argv = ["search", *json.loads(sys.argv[1])]
from search.cli import main
try:
    main()
except SystemExit as end:
    code = end.code
else:
    code = 0
loaded = sorted(m for m in sys.modules if m.split(".")[0] in {forbidden!r})
sys.__stderr__.write(json.dumps({{"code": code, "loaded": loaded}}) + "\\n")
"""


BASELINES = {
    "tantivy": "import pathlib",
    "whoosh": "import pathlib, whoosh.index, whoosh.searching",
}


def baseline(engine: str) -> list[str]:
    """The forbidden modules a bare interpreter loads for what the engine needs."""
    probe = PROBE.replace("from search.cli import main", f"{BASELINES[engine]}\nmain = list")
    loaded = imported_by([], probe)["loaded"]
    assert isinstance(loaded, list)
    return loaded


def imported_by(argv: list[str], probe: str = PROBE) -> dict[str, object]:
    """The exit code and the forbidden modules loaded by one `search` run."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, "-c", probe.format(forbidden=FORBIDDEN), json.dumps(argv)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    last = done.stderr.strip().splitlines()[-1]
    found: dict[str, object] = json.loads(last)
    return found


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
    found = imported_by(["--index", str(seed_index), *args])
    assert found["code"] in (0, None), found
    assert isinstance(found["loaded"], list)
    assert set(found["loaded"]) - set(baseline(engine)) == set(), found
    if engine == "tantivy":
        assert not {m.split(".")[0] for m in found["loaded"]} & {"asyncio", "ssl"}, found


def test_the_probe_sees_an_import() -> None:
    """The probe itself can fail: a run that does import one is reported."""
    found = imported_by(["--version"])
    assert found["code"] in (0, None)
    code = PROBE.format(forbidden=FORBIDDEN).replace(
        "from search.cli", "import ssl\nfrom search.cli"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, json.dumps(["--version"])],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert "ssl" in json.loads(done.stderr.strip().splitlines()[-1])["loaded"]
