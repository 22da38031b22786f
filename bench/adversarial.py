"""The adversarial harness at length: many hypothesis-made hostile archives.

``tests/test_adversarial.py`` runs a few dozen examples within the test time;
this runs as many as asked, with records over the 5 MB size limit too, and
random (not derandomised) examples unless a seed is given. What an archive
holds and what each run must do is in ``tests/adversarial.py``.

Usage (from the repository root; as root it runs the indexer as ``nobody``)::

    python -m bench.adversarial --examples 500 [--seed N] [--no-large]

Prints hypothesis' statistics (exit codes met, skipped inputs named) and,
when an example fails, the smallest failing archive it found; exit code 1 then.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for folder in (ROOT, ROOT / "tests"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from adversarial import run_archive  # noqa: E402
from as_user import open_sandbox  # noqa: E402
from hostile_archives import Archive, archives  # noqa: E402
from hypothesis import HealthCheck, given, seed, settings  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=500)
    parser.add_argument("--seed", type=int, help="a seed, to repeat a run")
    parser.add_argument("--no-large", action="store_true", help="no records over 5 MB")
    args = parser.parse_args()
    counter = itertools.count()
    notes: Counter[str] = Counter()
    started = time.monotonic()
    with open_sandbox() as sandbox:
        print(f"sandbox {sandbox.root}: unreadable files and folders: {sandbox.modes_apply}")

        @settings(
            max_examples=args.examples,
            deadline=None,
            database=None,
            derandomize=False,
            suppress_health_check=list(HealthCheck),
        )
        @given(archive=archives(permissions=sandbox.modes_apply, large=not args.no_large))
        def harness(archive: Archive) -> None:
            notes.update(run_archive(archive, sandbox, sandbox.root / f"example-{next(counter)}"))

        if args.seed is not None:
            harness = seed(args.seed)(harness)
        try:
            harness()
        except Exception as error:  # the failing example is printed by hypothesis
            print(f"FAILED after {next(counter)} archives: {type(error).__name__}: {error}")
            return 1
    elapsed = time.monotonic() - started
    print(f"{next(counter)} archives (two indexing runs each) passed in {elapsed:.0f} s")
    for text, count in sorted(notes.items()):
        print(f"  {count:5d}  {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
