"""Copy the Korean Central News Agency's English articles of August to November 2024 for the
reprint set.

Usage::

    python scripts/build_kcna_reprints.py GIT_DIR [OUT.jsonl.gz] [--revision COMMIT]

Reads ``data/archive/headlines_2024-11-11.json`` at ``--revision`` (by default 8154df9, 22
August 2026, the snapshot's head) of a git checkout (or bare git directory) of
https://github.com/stiles/north-korea-news, M. Stiles's daily archive of the English
pages of kcna.kp, the North Korean state news agency: a scraper run each day that takes
the first articles of each of the site's topic pages (Top News, Latest News, Home News,
External, World, Society-Life, the leader's activities, commentaries, documents...) and
adds them to the archive, one JSON list of records (``topic``, ``headline``, ``link``,
``date``, ``story_text``, ``date_str``). The file is the last day of the archive whose
copy the snapshot holds (the later days' files are absent from it), and holds every
earlier day's records. One agency over the same days: its stories under several topic
pages at several addresses, its recurring items (greetings to foreign leaders, floral
baskets, meetings, commemorations) filled for other names and days, and stories sharing
its standing phrases, which is what the reprint set needs of it.

Writes one article per line, gzipped (by default to ``../bench-data/kcna/reprints.jsonl.gz``
beside the repository): ``id`` (10 hex digits of the SHA-1 of ``url``), ``title`` (the
headline, whitespace runs as one space), ``date`` (the record's ``date_str``, the day of
the story's dateline), ``url`` (the record's ``link``), ``source`` (``KCNA``), ``topic``
(the topic page it was listed under) and ``text`` (the story's lines, whitespace runs as
one space, empty ones left out, apart by an empty line). Every record with a story text is
kept, the first of those with one address; the photo and video pages, which have none,
are left out. The text stays outside git; the labelled set holds only ids.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.reprint_corpus import arguments, summary, write_corpus  # noqa: E402

OUT = ROOT.parent / "bench-data" / "kcna" / "reprints.jsonl.gz"
REVISION = "8154df9a5908c6281710bb627039c2e4c93fe12e"
ARCHIVE = "data/archive/headlines_2024-11-11.json"
SOURCE = "KCNA"
# A run of whitespace (no-break spaces among them), read as one space.
SPACES = re.compile(r"\s+")


def one_line(text: str | None) -> str:
    """Whitespace runs as one space, the ends stripped."""
    return SPACES.sub(" ", text or "").strip()


def article(record: dict[str, str]) -> dict[str, str]:
    """One archived story as the corpus keeps it."""
    lines = (one_line(line) for line in (record.get("story_text") or "").splitlines())
    url = record.get("link") or ""
    return {"id": hashlib.sha1(url.encode("utf-8")).hexdigest()[:10],
            "title": one_line(record.get("headline")), "date": record.get("date_str") or "",
            "url": url, "source": SOURCE, "topic": one_line(record.get("topic")),
            "text": "\n\n".join(line for line in lines if line)}  # fmt: skip


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """Every archived story with a text, the first record of each address, in the file's
    order."""
    show = ["git", "--git-dir", git_dir, "show", f"{revision}:{ARCHIVE}"]
    if not (Path(git_dir) / "HEAD").exists():
        show = ["git", "-C", git_dir, "show", f"{revision}:{ARCHIVE}"]
    raw = subprocess.run(show, check=True, capture_output=True).stdout.decode("utf-8")
    docs, seen = [], set()
    for record in json.loads(raw):
        doc = article(record)
        if doc["text"] and doc["url"] and doc["url"] not in seen:
            seen.add(doc["url"])
            docs.append(doc)
    return docs


def main() -> None:
    args = arguments(__doc__.split("\n")[0], OUT, REVISION, "the archive file")
    docs = read_corpus(args.git_dir, args.revision)
    write_corpus(docs, args.out)
    print(summary(docs, args.out))


if __name__ == "__main__":
    main()
