"""The copy of Bangladeshi news sites' pages for the reprint labelled set
(scripts/build_bdpress_reprints.py, scripts/reprint_corpus.py)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]


def item(url: str, date: str, body: str, source: str = "BSS News") -> dict[str, object]:
    """One crawled page as the crawl's file holds it."""
    return {"doc_id": 7, "url": url, "title": " Rain  hits\ntown ", "body": body,
            "date": date, "source": source, "language": "en"}  # fmt: skip


def test_every_page_is_written_once_with_its_day_and_paragraphs(tmp_path: Path) -> None:
    repo, out = tmp_path / "repo", tmp_path / "out" / "reprints.jsonl.gz"
    pages = [
        item("https://x.bd/1 ", "2026-02-15T10:01:02", "It  rained.\n\n\nRoads shut.\n"),
        # a page without text, or a front page, is kept too
        item("https://x.bd/", "2026-02-14", "", "Daily Sun"),
        # the same address again is kept once, from its first version
        item("https://x.bd/1", "2026-02-16", "Edited."),
    ]
    git_commit_files(repo, {"english_articles_only.json": json.dumps(pages)})
    git = ["git", "-C", str(repo), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    script = ROOT / "scripts" / "build_bdpress_reprints.py"
    subprocess.run(
        [sys.executable, str(script), str(repo), str(out), "--revision", head], check=True
    )
    with gzip.open(out, "rt", encoding="utf-8") as lines:
        found = [json.loads(line) for line in lines]
    assert [(d["url"], d["title"], d["date"], d["source"], d["text"]) for d in found] == [
        ("https://x.bd/1", "Rain hits town", "2026-02-15", "BSS News", "It rained.\n\nRoads shut."),
        ("https://x.bd/", "Rain hits town", "2026-02-14", "Daily Sun", ""),
    ]
    assert all(len(d["id"]) == 10 and d["id"] != found[0]["id"] for d in found[1:])
