"""Draw The Guardian's articles of 2007-2016 (your-next-city) for a facet precision part.

Usage::

    python scripts/build_guardian_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2722] [--min-chars 800] [--exclude TSV ...] [--revision COMMIT]

Reads the yearly files ``<city>/data/<year>_<city>_news.json`` of the folders ``FOLDERS``
at ``--revision`` (by default 4d192ab, 13 February 2017, the snapshot's head) of a git
checkout (or bare git directory) of https://github.com/letitbevi/your-next-city, J.
Tsui's collection of The Guardian's articles of 2007 to 2016 that name a city or country
(Bangkok, Shanghai, Taiwan, Tel Aviv and others), taken from The Guardian's content
service for a study of the news about each place: one JSON object a file, whose
``results`` are the articles, each a ``webUrl`` (the address), a ``publicationDate``, a
``title``, an ``article`` (the text, one run of words with its characters written as
HTML entities, ``&apos;`` and the like) and two fields the collection's own analysis
added (``tags``, ``sentences``: the sentences naming the place), which are not read. The
folders read are the four whose ten yearly files are all in the snapshot (the others
lack files of 4 MiB and more), so that every clone gives the same articles. An address
in several files (an article naming two of the places) is read once, from the first
file, in the order of the files' paths.

Keeps the articles whose text has at least ``--min-chars`` characters and, of articles
with one address or whose text opens (first 200 characters, whitespace runs read as one
space) alike, the first; leaves out those listed in ``--exclude`` (by address, but for
the address forms ``scripts/build_fakehealth_news.py`` compares, and by opening). Then
draws ``--count`` of them (a seeded random sample of the addresses, sorted so the draw is
the same on every run), in that order, and writes ``id`` (``guardian-`` and 10 hex
digits of the address's SHA-1), ``title`` (HTML entities read, whitespace runs as one
space), ``date`` (the day of ``publicationDate``), ``url``, ``source`` (``The
Guardian``), ``text`` (the text's lines, HTML entities read, whitespace runs as one
space, empty ones left out, apart by an empty line), one article per line, and the
``id``/``url`` list (``TSV``).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_hyperpartisan_news import run_draw  # noqa: E402
from scripts.git_files import git_files  # noqa: E402

# The folders whose ten yearly files (2007-2016) are all in the snapshot.
FOLDERS = (
    "Asia/Bangkok/data/",
    "Asia/Shanghai/data/",
    "Asia/Taiwan/data/",
    "MiddleEast/Tel_Aviv/data/",
)
SOURCE = "The Guardian"
REVISION = "4d192ab15ce07db8fa04239297064d1ecd7ce50d"
SEED = 2722
# Some 150 words.
MIN_CHARS = 800
# A yearly file of a folder: "2012_Taiwan_news.json"
YEARLY = re.compile(r"\d{4}_[A-Za-z_]+_news\.json")
# The content service's time: "2012-01-04T07:54:00Z"
DAY = re.compile(r"(\d{4}-\d\d-\d\d)T")


def article(row: dict[str, str]) -> dict[str, str]:
    """One result of a yearly file as a part's article."""
    url = (row.get("webUrl") or "").strip()
    text = html.unescape(row.get("article") or "")
    lines = (" ".join(line.split()) for line in text.splitlines())
    day = DAY.match((row.get("publicationDate") or "").strip())
    return {
        "id": "guardian-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10],
        "title": " ".join(html.unescape(row.get("title") or "").split()),
        "date": day[1] if day else "",
        "url": url,
        "source": SOURCE,
        "text": "\n\n".join(line for line in lines if line),
    }


def yearly(path: str) -> bool:
    """Whether ``path`` is a yearly file of one of the folders read."""
    return path.startswith(FOLDERS) and bool(YEARLY.fullmatch(path.rsplit("/", 1)[-1]))


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The yearly files' articles at ``revision``, each address once, in the order of the
    files' paths and of each file's results."""
    docs: dict[str, dict[str, str]] = {}
    for folder in FOLDERS:
        for _, content in git_files(git_dir, revision, folder, yearly):
            for row in json.loads(content.decode("utf-8"))["results"]:
                doc = article(row)
                if doc["url"]:
                    docs.setdefault(doc["url"], doc)
    return list(docs.values())


def main() -> None:
    run_draw(
        __doc__.split("\n")[0],
        read_corpus,
        revision=REVISION,
        seed=SEED,
        min_chars=MIN_CHARS,
        what="of The Guardian of 2007-2016 ... source",
    )


if __name__ == "__main__":
    main()
