"""Helpers for the test suite: CliRunner wrappers and independent oracles.

Every CLI call names its index explicitly (``--index DIR``). The oracles read
the raw seed files with plain Python, and the stored records through the
engine seam (tested on its own), never through the search side.
"""

from __future__ import annotations

import gc
import json
import os
import re
import subprocess
import sys
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from index.engines import open_reader
from index.records import Mention
from search.cli import index_command, search_command

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
ANSI = re.compile(r"\x1b\[")
DATE_MARKER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")


# --------------------------------------------------------------------------- running the CLI


def run_search(
    index_dir: Path | None, *args: str, env: dict[str, str | None] | None = None
) -> Result:
    """`search ARGS... --index DIR` through CliRunner (stdout and stderr apart)."""
    argv = [*args, "--index", str(index_dir)] if index_dir is not None else list(args)
    return _invoke(search_command, argv, "search", env)


def run_index(*args: str, env: dict[str, str | None] | None = None) -> Result:
    return _invoke(index_command, list(args), "search-index", env)


def _invoke(command: Any, argv: list[str], prog: str, env: dict[str, str | None] | None) -> Result:
    """Invoke a command, then collect what it left open.

    The CLI does not close the index it opened (see test_cli_closes_the_index,
    which fails on this); Whoosh's files then raise ResourceWarning whenever the
    garbage collector gets to them, in whatever test runs at that moment. They
    are collected here, right away, so that one bug is reported by one test.
    What survives is frozen, so later collections skip the large gazetteer.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        result = CliRunner().invoke(command, argv, prog_name=prog, env=env)
        gc.collect()
    gc.freeze()
    return result


def search_json(index_dir: Path, *args: str) -> dict[str, Any]:
    result = run_search(index_dir, *args, "--json")
    assert result.exit_code == 0, (result.output, result.exception)
    assert result.stderr == "", result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def hit_ids(index_dir: Path, *args: str) -> set[str]:
    """Ids of every article the query matches (one page large enough for all)."""
    data = search_json(index_dir, *args, "--limit", "10000", "--passages", "0")
    assert data["total"] == len(data["hits"])
    return {hit["id"] for hit in data["hits"]}


def assert_clean_error(result: Result, code: int, *needles: str) -> str:
    """Exit code, no traceback, nothing on stdout, one error line naming needles."""
    assert result.exit_code == code, (result.exit_code, result.output, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    lines = [line for line in result.stderr.splitlines() if "error" in line.lower()]
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert needle.lower() in lines[0].lower(), (needle, lines[0])
    return lines[0]


# --------------------------------------------------------------------------- seed oracles


@dataclass(frozen=True)
class RawArticle:
    """A seed file read with plain Python, independently of index.read.articles."""

    id: str
    text: str
    title: str
    published: date | None
    body: str  # the raw text after the title line


def read_raw_article(path: Path, article_id: str) -> RawArticle:
    raw = path.read_text(encoding="utf-8")
    rest = raw
    published = None
    marker = DATE_MARKER.match(raw)
    if marker:
        published = date.fromisoformat(marker.group(1))
        rest = raw[marker.end() :]
    lines = rest.splitlines()
    first = next(number for number, line in enumerate(lines) if line.strip())
    title = " ".join(lines[first].split())
    return RawArticle(article_id, raw, title, published, "\n".join(lines[first + 1 :]))


def read_raw_seeds() -> dict[str, RawArticle]:
    return {
        path.name: read_raw_article(path, path.name)
        for path in sorted(SEEDS.iterdir())
        if path.suffix in (".txt", ".md")
    }


def matching(articles: dict[str, RawArticle], *patterns: str) -> set[str]:
    """Ids of the articles whose raw text matches every pattern (case-insensitive)."""
    return {
        article_id
        for article_id, article in articles.items()
        if all(re.search(p, article.text, re.IGNORECASE) for p in patterns)
    }


def live_generation(index_dir: Path) -> Path:
    return index_dir / (index_dir / "CURRENT").read_text(encoding="utf-8").strip()


def stored_documents(index_dir: Path) -> list[dict[str, Any]]:
    """Every stored article, as the JSON object the engine keeps (dates as
    ISO strings)."""
    reader = open_reader(live_generation(index_dir))
    try:
        return [json.loads(record.to_json()) for record in reader.documents()]
    finally:
        reader.close()


def read_entity_table(index_dir: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """The entity table stored with the index's latest commit."""
    generation = live_generation(index_dir)
    reader = open_reader(generation)
    commit = reader.commit_id
    reader.close()
    raw = json.loads((generation / f"tables-{commit}.json").read_text(encoding="utf-8"))
    table: dict[str, dict[str, dict[str, Any]]] = raw["entities"]["entries"]
    return table


# --------------------------------------------------------------------------- small archives


def write_jsonl(path: Path, records: Sequence[dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records),
        encoding="utf-8",
    )
    return path


# A small archive of JSON Lines records: dates, sources and more matching
# articles than one page holds, which the seeds lack.
_WIRE = [
    ("2019-08-20", "Reuters"),
    ("2019-08-31", "Reuters"),
    ("2019-09-01", "AFP"),
    ("2019-12-31", "AFP"),
    ("2020-01-01", "Reuters"),
    ("2020-01-27", "VOA"),
    ("2020-01-31", "VOA"),
    ("2020-02-01", "Reuters"),
    ("2020-02-29", "AFP"),
    ("2021-03-15", "AFP"),
    ("", "Reuters"),
    ("", "VOA"),
]
ARCHIVE_RECORDS: list[dict[str, Any]] = [
    {
        "id": f"wire-{number:02d}",
        "title": f"Ceasefire talks, day {number}",
        "body": f"Negotiators met again on day {number} to discuss the ceasefire.",
        "date": day,
        "source": source,
        "url": f"https://example.org/wire/{number}",
        "desk": "middle-east",
    }
    for number, (day, source) in enumerate(_WIRE, start=1)
] + [
    {
        "id": "cv-1",
        "title": "Hiring season",
        "body": "Her résumé listed three languages and a short stint at the Search Index office.",
        "date": "2020-05-05",
        "source": "Local",
    },
    {
        "id": "help-1",
        "title": "Where to get help",
        "body": "A desk opened near the border; volunteers were helping families cross.",
        "date": "2020-05-06",
        "source": "Local",
    },
]


ENTRY_POINTS = {
    "search": "from search.cli import main; main()",
    "search-index": "from search.cli import index_main; index_main()",
}


def run_in_own_process(command: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """search or search-index in a process of its own, this tree first on the
    path, so that a hang fails the test (after 120 s) instead of the run."""
    return subprocess.run(
        [sys.executable, "-c", ENTRY_POINTS[command], *map(str, args)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def mention_at(
    text: str, word: str, kind: str, entity: str = "", name: str = "", nth: int = 0
) -> Mention:
    """A mention of the nth occurrence of word in text (entity and name default to it)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Mention(start, start + len(word), kind, word, entity or word.lower(), name or word)


def git_commit_files(folder: Path, files: dict[str, str]) -> None:
    """A git repository in folder holding these files (path -> text) in one commit, as a
    corpus's repository is read by the scripts that draw a labelled part."""
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8", newline="")
    git = ["git", "-C", str(folder)]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    user = ["-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, *user, "commit", "-q", "-m", "x"], check=True)
