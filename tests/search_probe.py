"""A `search` run in a fresh interpreter: its exit code and every module it loaded.

A test run (pytest and its plugins) imports many modules itself, so only a
separate process can tell what a search imports. ``isolated`` starts it with -S:
site-packages stay on its path, but no .pth hook runs (an editable install's
finder or a sandbox's certificate hook imports pathlib, importlib.resources and
more before any code of ours, and would hide an import of ours).
"""

from __future__ import annotations

import json
import os
import site
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAIN = "from search.cli import main"
_PROBE = """
import json, sys
sys.argv = ["search", *json.loads(sys.argv[1])]
{setup}
try:
    main()
except SystemExit as end:
    code = end.code
else:
    code = 0
sys.__stderr__.write(json.dumps({{"code": code, "loaded": sorted(sys.modules)}}) + "\\n")
"""


def probe(
    argv: list[str],
    setup: str = MAIN,
    isolated: bool = False,
    env: dict[str, str] | None = None,
) -> tuple[object, set[str]]:
    """The exit code and the modules loaded by `search argv`; ``setup`` defines
    ``main`` (and may import something first); ``env`` is added to the environment."""
    paths = [str(ROOT)]
    if isolated:
        paths += [*site.getsitepackages(), site.getusersitepackages()]
    paths.append(os.environ.get("PYTHONPATH", ""))
    added = {**(env or {}), "PYTHONPATH": os.pathsep.join(p for p in paths if p)}
    done = subprocess.run(
        [sys.executable, *(["-S"] if isolated else []), "-c", _PROBE.format(setup=setup)]
        + [json.dumps(argv)],
        capture_output=True,
        text=True,
        env={**os.environ, **added},
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    found = json.loads(done.stderr.strip().splitlines()[-1])
    return found["code"], set(found["loaded"])
