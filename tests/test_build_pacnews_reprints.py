"""The copy of ABC News's and RNZ's Pacific stories for the reprint labelled set
(scripts/build_pacnews_reprints.py, reading as scripts/build_aunznews_quotes.py reads)."""

from __future__ import annotations

import csv
import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]
ABC = "https://www.abc.net.au/news/2019-09-16/island-nation-switches-ties/11514140"
RNZ = "https://www.rnz.co.nz/international/pacific-news/398900/island-nation-switches-ties"


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out).writerows([["url", "news", "date"], *rows])
    return out.getvalue()


def test_both_broadcasters_stories_are_written_once_with_day_source_and_slug(
    tmp_path: Path,
) -> None:
    repo, out = tmp_path / "repo", tmp_path / "out" / "reprints.jsonl.gz"
    abc = [[ABC, "The cabinet voted on Monday.It chose a new partner.", "2019-09-16 10:00"]]
    files = {
        "data/text/solomon_islands/solomon_islands_abc_news.csv": _csv(abc),
        # the same story on a second topic page: read once, from the first file by name
        "data/text/tonga/tonga_abc_news.csv": _csv(abc),
        "data/text/solomon_islands/solomon_islands_rnz_news.csv": _csv(
            [[RNZ, "The cabinet  voted.", "2019-09-17"], ["", "No address.", "2019-09-17"]]
        ),
    }
    git_commit_files(repo, files)
    git = ["git", "-C", str(repo), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    script = ROOT / "scripts" / "build_pacnews_reprints.py"
    subprocess.run(
        [sys.executable, str(script), str(repo), str(out), "--revision", head], check=True
    )
    with gzip.open(out, "rt", encoding="utf-8") as lines:
        found = sorted((json.loads(line) for line in lines), key=lambda d: d["source"])
    assert [(d["title"], d["date"], d["source"], d["text"]) for d in found] == [
        (
            "island nation switches ties",
            "2019-09-16",
            "ABC News",
            "The cabinet voted on Monday.\n\nIt chose a new partner.",
        ),
        ("island nation switches ties", "2019-09-17", "RNZ", "The cabinet voted."),
    ]
    assert [d["url"] for d in found] == [ABC, RNZ]
    assert all(len(d["id"]) == 10 and set(d) == {"id", "title", "date", "url", "source", "text"}
               for d in found)  # fmt: skip
