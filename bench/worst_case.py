"""Worst-case article shapes: seconds per MB to index one article of each.

The reader accepts articles up to ``MAX_ARTICLE_BYTES`` (5 MB). Every
extraction step is meant to be linear in an article's size (or capped), so that
the largest accepted article is indexed in bounded time; this script measures
that on the shapes that stress each step hardest:

- ``quotes``: one paragraph dense with quote marks, attributions, pronouns and
  roles (the speaker search looks back from every quotation);
- ``names``: capitalised names, thousands of distinct people, organisations,
  acronyms and "Town, Region" places (entity recognition and linking);
- ``institutions``: names inside the names of hospitals, clinics and bodies, places
  after "of", degrees after names and conditions named after people (each rule asks
  about the mentions and the line around a name);
- ``dates``: every absolute and relative date form, weekdays and bare numbers;
- ``tables``: a results table of short lines (re-joined as hard-wrapped text
  into one enormous paragraph), tickers, prices and company names.

Usage (from the repository root)::

    python -m bench.worst_case [--sizes 0.1,1,5] [--runs 3] [--out bench/WORST_CASE.md]

Each size of each shape is written as a text file (at 5 MB the largest the
reader accepts, 5 * 2**20 bytes) and indexed in-process into a fresh index
(``read_articles`` + ``update_index``: reading, extraction, the default
engine's writing and the commit), after one warm-up that loads the gazetteer; "extract" is
``article_document`` alone on the same article. Medians
of ``--runs`` runs, CPU (``time.process_time``) and wall time.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

MB = 2**20
_SYLLABLES = "bcdfghklmnprstvz"


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) + rng.choice("aeiou") for _ in range(3)).capitalize()


def _build(size: int, pieces: Callable[[random.Random], str]) -> str:
    """Text of exactly size characters from pieces."""
    rng = random.Random(16)
    out: list[str] = []
    length = 0
    while length < size:
        piece = pieces(rng)
        out.append(piece)
        length += len(piece)
    return "".join(out)[:size]


def quotes(size: int) -> str:
    def piece(rng: random.Random) -> str:
        a, b = _word(rng), _word(rng)
        return rng.choice(
            [
                f'{a} {b} said "the talks will go on," and {b} added: "we agree". ',
                'He said "no" then "yes, ',
                'a "b c" d ',
                f'"It is over," the spokesman told {a}. "Really?" she asked. ',
                f"'{a} words' and \u201c{b} \u201d \" ",
            ]
        )

    return _build(size, piece)


def names(size: int) -> str:
    def piece(rng: random.Random) -> str:
        a, b, c = _word(rng), _word(rng), _word(rng)
        return rng.choice(
            [
                f"{a} {b} Holdings Corp said {c} Bank rose. ",
                f"{a} {b} {c} Corp. ",
                f"{b} {c} Inc. ",
                f"Foreign Minister {a} {b} told {c}, a spokesman, in {c}, {a}. ",
                f"the {a} {b} Front ({a[0]}{b[0]}F) and the {c} Party. ",
                f"in Springfield, {a}, near Paris, Texas, and {b}, Ohio, {c} ",
                "The United Nations Security Council And European Union Foreign Ministers ",
            ]
        )

    return _build(size, piece)


def institutions(size: int) -> str:
    """Names inside the names of bodies and works, each a rule's question about the
    mentions around it (hospitals, places after "of", conditions, degrees)."""

    def piece(rng: random.Random) -> str:
        a, b, c = _word(rng), _word(rng), _word(rng)
        return rng.choice(
            [
                f"Dr {a} {b}, MD, of {c} General Hospital said. ",
                f"the {a} Socialists of {c} met {b}. ",
                f"{a} {b} of the {c} Clinic and {b} Medical Center. ",
                f"{a}'s disease and {b}'s patients in {c}, Md. ",
            ]
        )

    return _build(size, piece)


def dates(size: int) -> str:
    unit = (
        "on Monday, Jan. 12, 2019, yesterday, last September, in May 1987, two days "
        "ago, 2019-08-20, next Tuesday, early this month, tomorrow, 1 2 3 1987 2019 "
        "12 Jan 3 at 1930 GMT, late April, the third Wednesday of each month. "
    )
    return _build(size, lambda rng: unit)


def tables(size: int) -> str:
    def piece(rng: random.Random) -> str:
        price = rng.randrange(100, 99999) / 100
        return f"{_word(rng).upper()} {_word(rng)} Inc {price:.2f} {price + 1:.2f} +1.00 Feb 26\n"

    return _build(size, piece)


def fixtures(size: int) -> str:
    """One results line of fixtures, each with a league's initials in capitals: every
    initials is a lone name in capitals whose line is asked about."""

    def piece(rng: random.Random) -> str:
        return f"{_word(rng)} v {_word(rng)}, {_word(rng)} v {_word(rng)}. NRL. "

    return _build(size, piece)


SHAPES: dict[str, Callable[[int], str]] = {
    "quotes": quotes,
    "names": names,
    "institutions": institutions,
    "dates": dates,
    "tables": tables,
    "fixtures": fixtures,
}


def _article_file(folder: Path, shape: str, size: int) -> Path:
    """A text file of one article of the shape, size bytes in all: at most the
    largest the reader accepts."""
    from index.read.article import MAX_ARTICLE_BYTES

    path = folder / f"{shape}.txt"
    size = min(size, MAX_ARTICLE_BYTES)
    text = f"date 2020-01-27\nWorst case: {shape}\n\n" + SHAPES[shape](size)
    path.write_bytes(text.encode("utf-8")[:size].decode("utf-8", "ignore").encode("utf-8"))
    return path


def _timed(action: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.process_time() - cpu, time.perf_counter() - wall


def _index_once(source: Path, work: Path, run: int) -> tuple[float, float]:
    from index.read.articles import ReadLog, read_articles
    from index.write.writer import update_index

    def index() -> None:
        log = ReadLog()
        update_index(read_articles([source], log), work / f"index-{run}", log)
        assert not log.problems, log.problems
        shutil.rmtree(work / f"index-{run}")

    return _timed(index)


def _extract_once(source: Path) -> tuple[float, float]:
    from index.read.articles import ReadLog, read_articles
    from index.write.documents import article_document

    (article,) = list(read_articles([source], ReadLog()))
    return _timed(lambda: article_document(article, "digest"))


def measure(sizes: list[float], runs: int, shapes: list[str]) -> list[dict[str, Any]]:
    from index.extract.entities import extract_entities

    extract_entities("Warm up in Paris, said John Smith.")  # the gazetteer loads once
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="worst-case-") as scratch:
        work = Path(scratch)
        for shape in shapes:
            for size_mb in sizes:
                source = _article_file(work, shape, int(size_mb * MB))
                index = [_index_once(source, work, n) for n in range(runs)]
                extract = [_extract_once(source) for _ in range(runs)]
                row = _row(shape, size_mb, index, extract)
                rows.append(row)
                print(json.dumps(row), flush=True)
    return rows


def _row(
    shape: str, size_mb: float, index: list[tuple[float, float]], extract: list[tuple[float, float]]
) -> dict[str, Any]:
    def median(samples: list[tuple[float, float]], which: int) -> float:
        return round(statistics.median(sample[which] for sample in samples), 3)

    return {
        "shape": shape,
        "mb": size_mb,
        "index_cpu": median(index, 0),
        "index_wall": median(index, 1),
        "extract_cpu": median(extract, 0),
        "extract_wall": median(extract, 1),
        "runs": len(index),
    }


def report(rows: list[dict[str, Any]], command: str) -> str:
    import os

    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    lines = [
        "# Worst-case articles: seconds per MB",
        "",
        f"- Date: {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}",
        f"- Machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"{platform.platform()}; load average at the end {load} (shared machine: "
        "other agents' work ran beside it, so wall times are noisy; CPU times are not)",
        f"- Command: `{command}`",
        "",
        "One article of each shape and size indexed into a fresh index in-process "
        "(reading, extraction, writing with the default engine, tantivy, and the "
        "commit); extraction is "
        "`article_document` alone. Medians of the runs; seconds, and seconds per MB.",
        "",
        "| Shape | MB | Index CPU s | Index wall s | CPU s/MB | Extract CPU s | "
        "Extract wall s | Extract CPU s/MB |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        mb, index_cpu, extract_cpu = row["mb"], row["index_cpu"], row["extract_cpu"]
        lines.append(
            f"| {row['shape']} | {mb:g} | {index_cpu:.2f} | {row['index_wall']} | "
            f"{index_cpu / mb:.2f} | {extract_cpu:.2f} | {row['extract_wall']} | "
            f"{extract_cpu / mb:.2f} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="0.1,1,5", help="article sizes in MB")
    parser.add_argument("--runs", type=int, default=3, help="runs per size (median)")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="shapes to measure")
    parser.add_argument("--out", type=Path, help="write the Markdown report here")
    args = parser.parse_args()
    sizes = [float(size) for size in args.sizes.split(",")]
    rows = measure(sizes, args.runs, args.shapes.split(","))
    text = report(rows, "python -m bench.worst_case " + " ".join(sys.argv[1:]))
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
