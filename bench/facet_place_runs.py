"""Experiment (stop 46, lf47): run ``bench/facet_precision_eval.py`` on one facet part
with a mend of :mod:`bench.facet_place` appended to :data:`index.extract.entities.MENDS`
(through a ``sitecustomize`` module put first on the indexer's path), keeping the report
and the top-30 dump. Used by ``bench/facet_place_eval.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Appends the mend named by $FACET_PLACE_MEND to the indexer's MENDS.
_SITECUSTOMIZE = """import os
import bench.facet_place as facet_place
import index.extract.entities as entities
mend = getattr(facet_place, os.environ["FACET_PLACE_MEND"])
entities.MENDS = (*entities.MENDS, mend)
"""

#: lf46's CoNLL-fitted mention model (``bench/place_sense_eval.py --model FILE``),
#: named by $PLACE_SENSE_MODEL.
CONLL_MODEL = Path(os.environ.get("PLACE_SENSE_MODEL", "place_sense.json"))


def run_part(part: str, mend: str, out: Path, extra: dict[str, str]) -> str:
    """Score ``part`` with ``mend`` appended; its report (also in ``out/PART.txt``)."""
    out.mkdir(parents=True, exist_ok=True)
    hook = Path(tempfile.mkdtemp())
    (hook / "sitecustomize.py").write_text(_SITECUSTOMIZE, encoding="utf-8")
    path = os.pathsep.join(p for p in (str(hook), str(ROOT), os.environ.get("PYTHONPATH")) if p)
    env = {
        **os.environ,
        "PYTHONPATH": path,
        "PLACE_SENSE_MODEL": str(CONLL_MODEL.resolve()),
        "FACET_PLACE_MEND": mend,
        **extra,
    }
    command = [sys.executable, str(ROOT / "bench" / "facet_precision_eval.py"), "--part", part]
    command += ["--dump", str(out / f"{part}.dump.jsonl"), "--dump-top", "30"]
    report = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    (out / f"{part}.txt").write_text(report.stdout, encoding="utf-8")
    return report.stdout


def record_part(part: str, out: Path) -> str:
    """Score ``part`` unchanged, recording each (article, place) pair's features in
    ``out/PART.pairs.jsonl``."""
    pairs = out / f"{part}.pairs.jsonl"
    out.mkdir(parents=True, exist_ok=True)
    pairs.unlink(missing_ok=True)
    return run_part(part, "recording", out, {"FACET_PLACE_DUMP": str(pairs.resolve())})


def score_part(part: str, model: Path, out: Path) -> str:
    """Score ``part`` with the pairs ``model`` reads as not counting taken out."""
    extra = {"FACET_PLACE_MODEL": str(model.resolve())}
    return run_part(part, "without_unlikely_places", out, extra)


if __name__ == "__main__":
    # python bench/facet_place_runs.py record OUT PART ... | score MODEL OUT PART ...
    if sys.argv[1] == "record":
        for name in sys.argv[3:]:
            print(record_part(name, Path(sys.argv[2])).splitlines()[1])
    else:
        for name in sys.argv[4:]:
            print(score_part(name, Path(sys.argv[2]), Path(sys.argv[3])).splitlines()[1])
