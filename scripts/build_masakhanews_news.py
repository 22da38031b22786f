"""Draw MasakhaNEWS's English news (BBC News, 2020s) for a facet precision part.

Usage::

    python scripts/build_masakhanews_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2023] [--min-chars 800] [--exclude TSV ...] [--revision COMMIT]

Reads ``data/eng/dev.tsv`` and ``data/eng/test.tsv`` at ``--revision`` (by default
4f69054, the last commit that changed them, which added the headlines; the head holds
the same files) of a git checkout (or bare git directory) of
https://github.com/masakhane-io/masakhane-news, the data of D. I. Adelani et al.,
"MasakhaNEWS: News Topic Classification for African languages" (2023), whose English
part is BBC News articles (the repository's README: "We obtained the data mostly from
BBC news"), each with a topic label. Each row gives ``category`` (business,
entertainment, health, politics, sports or technology; not used), ``headline``,
``text`` (one paragraph a line; the scrape lost the first characters of many lines, and
the text is kept as the corpus gives it: "giant six-storey structure ...") and ``url``
(the BBC address's path: ``/news/business-63498306``, ``/sport/football/62747012``).
The training file is not read (the store this script was written against lacks it: it
is over 4 MiB).

Keeps the articles whose text has at least ``--min-chars`` characters and, of articles
with one address or whose text opens (first 200 characters, whitespace runs read as one
space) alike, the first, in the order of the files' names and their rows; leaves out
those listed in ``--exclude`` (by address, but for the address forms
``scripts/build_fakehealth_news.py`` compares, and by opening). Then draws ``--count`` of
them (a seeded random sample of the addresses, sorted so the draw is the same on every
run), in that order, and writes ``id`` (``masakhanews-`` and 10 hex digits of the
address's SHA-1), ``title`` (``headline``, whitespace runs as one space), ``date``
(empty: the corpus gives no day), ``url`` (``https://www.bbc.co.uk`` and the path),
``source`` (``BBC News``, or ``BBC Sport`` for a ``/sport/`` path), ``text`` (the lines,
trailing spaces out, empty ones left out, apart by an empty line), one article per line,
and the ``id``/``url`` list (``TSV``).
"""

from __future__ import annotations

import csv
import hashlib
import io
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_hyperpartisan_news import run_draw  # noqa: E402

FILES = ("data/eng/dev.tsv", "data/eng/test.tsv")
REVISION = "4f6905476f53dcf5645e238cf0470fc5984ad8ae"
HOST = "https://www.bbc.co.uk"
SEED = 2023
# Some 150 words.
MIN_CHARS = 800


def show(git_dir: str, revision: str, path: str) -> str:
    """A file's text at ``revision``."""
    command = ["git", "-C", git_dir, "show", f"{revision}:{path}"]
    return subprocess.run(command, check=True, capture_output=True).stdout.decode("utf-8")


def article(row: dict[str, str]) -> dict[str, str]:
    """One row of a split's file as a part's article."""
    url = HOST + row["url"].strip()
    lines = (line.strip() for line in row["text"].splitlines())
    return {
        "id": "masakhanews-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10],
        "title": " ".join(row["headline"].split()),
        "date": "",
        "url": url,
        "source": "BBC Sport" if row["url"].strip().startswith("/sport/") else "BBC News",
        "text": "\n\n".join(line for line in lines if line),
    }


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The English articles at ``revision``, by file name, then row."""
    csv.field_size_limit(1 << 30)
    docs: list[dict[str, str]] = []
    for name in FILES:
        rows = csv.DictReader(io.StringIO(show(git_dir, revision, name)), delimiter="\t")
        docs.extend(article(row) for row in rows)
    return docs


def main() -> None:
    run_draw(
        __doc__.split("\n")[0],
        read_corpus,
        revision=REVISION,
        seed=SEED,
        min_chars=MIN_CHARS,
        what="of MasakhaNEWS's English ... outlets",
    )


if __name__ == "__main__":
    main()
