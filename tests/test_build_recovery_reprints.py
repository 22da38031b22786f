"""The copy of the ReCOVery repository's reliable COVID-19 news for the reprint labelled set
(scripts/build_recovery_reprints.py, scripts/reprint_corpus.py)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_recovery_news import FOLDER  # noqa: E402
from scripts.build_recovery_reprints import records  # noqa: E402

HEADER = "news_id,url,publisher,publish_date,author,title,body_text,reliability\n"


def test_one_article_an_address_the_first_kept_its_id_without_the_prefix() -> None:
    docs = [
        {"id": "recovery-0123456789", "title": "First", "text": "A."},
        {"id": "recovery-abcdefabcd", "title": "Other", "text": "B."},
        {"id": "recovery-0123456789", "title": "Again", "text": "C."},
    ]
    assert [(d["id"], d["title"]) for d in records(docs)] == [
        ("0123456789", "First"),
        ("abcdefabcd", "Other"),
    ]


def test_the_corpus_is_written_at_the_revision_short_articles_kept(tmp_path: Path) -> None:
    repo, out = tmp_path / "repo", tmp_path / "out" / "reprints.jsonl.gz"
    files = {
        f"{FOLDER}/a.csv": HEADER
        + '0,http://a.com/1,A,2020-04-01 09:00:00,[],Ta,"Short, é.",1\n'
        + '1,http://a.com/1,A,2020-04-02,[],Ta again,"Crawled twice.",1\n'
        + '2,http://a.com/2,A,,[],Tb,"Tb\n\nNo day.",1\n',
    }
    git_commit_files(repo, files)
    git = ["git", "-C", str(repo), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    script = ROOT / "scripts" / "build_recovery_reprints.py"
    subprocess.run(
        [sys.executable, str(script), str(repo), str(out), "--revision", head], check=True
    )
    with gzip.open(out, "rt", encoding="utf-8") as lines:
        found = [json.loads(line) for line in lines]
    assert [(d["title"], d["date"], d["text"]) for d in found] == [
        ("Ta", "2020-04-01", "Short, é."),
        ("Tb", "", "No day."),
    ]
    assert all(len(d["id"]) == 10 and d["source"] == "A" for d in found)
