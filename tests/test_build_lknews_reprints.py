"""The copy of four Sri Lankan news sites' articles for the reprint labelled set
(scripts/build_lknews_reprints.py, scripts/reprint_corpus.py)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]


def record(doc_id: str, url: str, lang: str, title: str, text: str) -> dict[str, str]:
    """One article's two files in the scrape's form: its record and its text file."""
    day, paper = doc_id[:10], doc_id[11:].rsplit("-", 1)[0]
    meta = {"doc_id": doc_id, "date_str": day, "url_metadata": url, "lang": lang,
            "newspaper_id": paper}  # fmt: skip
    folder = f"data/lk_news/2020s/{day[:4]}/{doc_id}/"
    return {folder + "doc.json": json.dumps(meta), folder + "doc.txt": f"{title}\n\n{text}"}


def test_the_kept_sites_english_articles_of_the_days_kept_are_written_once(
    tmp_path: Path,
) -> None:
    repo, out = tmp_path / "repo", tmp_path / "out" / "reprints.jsonl.gz"
    story = "https://www.adaderana.lk/news/1/rains-ease"
    files = {
        **record(
            "2025-08-10-adaderanalk-0001", story, "en", "Rains  ease", "Dams fill.\n\nRivers rise."
        ),
        # The same address again (kept once), a Sinhala page, a site not kept, a day not kept.
        **record("2025-08-11-adaderanalk-0002", story, "en", "Rains ease", "Dams fill."),
        **record("2025-08-10-adaderanasinhalalk-0003", "https://x.lk/3", "si", "Wessa", "Text."),
        **record("2025-08-10-dailyftlk-0004", "https://www.ft.lk/4", "en", "Column", "Text."),
        **record("2025-10-02-islandlk-0005", "https://island.lk/5", "en", "Later", "Text."),
        **record("2025-09-30-islandlk-0006", "https://island.lk/6", "en", "Rains ease", "Dams."),
    }
    git_commit_files(repo, files)
    git = ["git", "-C", str(repo), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    script = ROOT / "scripts" / "build_lknews_reprints.py"
    subprocess.run(
        [sys.executable, str(script), str(repo), str(out), "--revision", head], check=True
    )
    with gzip.open(out, "rt", encoding="utf-8") as lines:
        found = [json.loads(line) for line in lines]
    assert [(d["title"], d["date"], d["source"], d["text"]) for d in found] == [
        ("Rains ease", "2025-08-10", "Ada Derana", "Dams fill.\n\nRivers rise."),
        ("Rains ease", "2025-09-30", "The Island", "Dams."),
    ]
    assert all(len(d["id"]) == 10 for d in found)
