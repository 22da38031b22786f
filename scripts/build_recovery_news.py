"""Draw the ReCOVery repository's reliable COVID-19 news of 2020 for a facet precision part.

Usage::

    python scripts/build_recovery_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2020] [--min-chars 800] [--exclude TSV ...] [--revision COMMIT]

Reads ``dataset/reliable/*.csv`` at ``--revision`` (by default d31bd76, the last commit
that holds the folder; the next one, d4e3b72, deletes it) of a git checkout (or bare git
directory) of https://github.com/apurvamulay/ReCOVery, the data of X. Zhou, A. Mulay, E.
Ferrara and R. Zafarani, "ReCOVery: A Multimodal Repository for COVID-19 News Credibility
Research" (CIKM 2020): 1,364 news articles about COVID-19 of January to May 2020 of the 22
sites the repository rates reliable (the Chicago Sun-Times, Business Insider, The Verge,
USA Today, NPR, Politico, Reuters, CBS News, the New York Times and 13 more), one file per
site. Each row gives ``news_id`` (a row number within its file), ``url``, ``publisher``,
``publish_date``, ``author``, ``title``, ``body_text`` (the scraped text, paragraphs
apart by an empty line, 97 of them opening with the title) and the repository's ratings
(all ``reliability`` 1), which are not used. The unreliable sites' articles are not read.

Keeps the articles whose text has at least ``--min-chars`` characters and, of articles
with one address or whose text opens (first 200 characters, whitespace runs read as one
space) alike, the first, in the order of the files' names and their rows; leaves out those
listed in ``--exclude`` (by address, but for the address forms
``scripts/build_fakehealth_news.py`` compares, and by opening). Then draws ``--count`` of
them (a seeded random sample of the addresses, sorted so the draw is the same on every
run), in that order, and writes ``id`` (``recovery-`` and 10 hex digits of the address's
SHA-1), ``title``, ``date`` (the first ten characters of ``publish_date``, an ISO day;
empty when not given), ``url``, ``source`` (``publisher``), ``text`` (``body_text``
without a first paragraph that is the title, trailing spaces of its lines and runs of
empty lines taken out), one article per line, and the ``id``/``url`` list (``TSV``).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_hyperpartisan_news import run_draw  # noqa: E402

FOLDER = "dataset/reliable"
REVISION = "d31bd76b64e5474b3b537d322039cf12a51825ef"
SEED = 2020
# Some 150 words.
MIN_CHARS = 800


def git(git_dir: str, *args: str) -> str:
    """A git command's output, as text."""
    command = ["git", "-C", git_dir, *args]
    return subprocess.run(command, check=True, capture_output=True).stdout.decode("utf-8")


def body(text: str, title: str) -> str:
    """The scraped text: trailing spaces of lines and runs of empty lines out, and the
    first paragraph left out when it is the title (whitespace runs read as one space)."""
    lines = "\n".join(line.rstrip() for line in text.strip().splitlines())
    paragraphs = re.split(r"\n\s*\n", lines)
    if paragraphs and " ".join(paragraphs[0].split()) == " ".join(title.split()):
        paragraphs = paragraphs[1:]
    return "\n\n".join(p.strip("\n") for p in paragraphs if p.strip())


def article(row: dict[str, str]) -> dict[str, str]:
    """One row of a site's file as a part's article."""
    url = row["url"].strip()
    title = " ".join(row["title"].split())
    return {
        "id": "recovery-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10],
        "title": title,
        "date": row["publish_date"].strip()[:10],
        "url": url,
        "source": row["publisher"].strip(),
        "text": body(row["body_text"], title),
    }


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The reliable sites' articles at ``revision``, by file name, then row."""
    csv.field_size_limit(1 << 30)
    names = git(git_dir, "ls-tree", "-r", "--name-only", revision, FOLDER).split()
    docs: list[dict[str, str]] = []
    for name in sorted(n for n in names if n.endswith(".csv")):
        rows = csv.DictReader(io.StringIO(git(git_dir, "show", f"{revision}:{name}")))
        docs.extend(article(row) for row in rows)
    return docs


def main() -> None:
    run_draw(
        __doc__.split("\n")[0],
        read_corpus,
        revision=REVISION,
        seed=SEED,
        min_chars=MIN_CHARS,
        what="of reliable sites ... sites",
    )


if __name__ == "__main__":
    main()
