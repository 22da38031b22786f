"""Draw US news articles of March 2023 (NewsData, Hu and Levy 2023) for a facet precision part.

Usage::

    python scripts/build_newsdata_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2023] [--min-chars 500] [--exclude TSV ...]

Reads ``datasets/exp1/news/cleaned.csv`` from a git checkout of
https://github.com/jennhu/metalinguistic-prompting (the materials of J. Hu and R. Levy,
"Prompting is not a substitute for probability measurements in large language models",
EMNLP 2023; the copy used is at commit 89d1b52): 230 articles of US news sites (CBS News,
HuffPost, the Chicago Tribune, Vox, the Washington Post, local papers and trade sites),
published mostly on 22 to 26 March 2023 (a few earlier that month), found through
NewsData (https://newsdata.io) by category (politics, business, sports, entertainment,
environment, health, technology, science, world, food, top) and scraped with
newspaper3k; their text keeps case and paragraphs. The publisher is the ``PUBLISHER`` of
the article's NewsData record (``datasets/exp1/news/raw_newsdata/*.csv``), else the
address's host.

Keeps the articles whose text has at least ``--min-chars`` characters (a scrape that
failed, a paywall notice or a one-line weather blurb is no article) and, of articles
with one address or whose text opens (first 200 characters) alike, the first; leaves out
those listed in ``--exclude`` (an ``id``/``url`` list, repeatable, by address and by
opening). Then draws ``--count`` of them (a seeded random sample of the addresses, sorted
so the draw is the same on every run; all of them when fewer are left), in the file's
order, and writes ``id`` (``newsdata-`` and 10 hex digits of the address's SHA-1),
``title``, ``date`` (the record's publication day, ISO), ``url``, ``source``, ``text``,
one article per line, and the ``id``/``url`` list (``TSV``).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import random
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_bbc_news import excluded  # noqa: E402  (the addresses of id/url lists)

CLEANED = "datasets/exp1/news/cleaned.csv"
RAW = "datasets/exp1/news/raw_newsdata"
SEED = 2023
MIN_CHARS = 500
# Two articles whose texts open alike are one (the same story found under two categories).
OPENING = 200


def show(git_dir: str, path: str) -> str:
    return subprocess.run(
        ["git", "-C", git_dir, "show", f"HEAD:{path}"], check=True, capture_output=True
    ).stdout.decode("utf-8", errors="replace")


def listed(git_dir: str, folder: str) -> list[str]:
    """The paths of the files under ``folder`` in the checkout's HEAD."""
    return subprocess.run(
        ["git", "-C", git_dir, "ls-tree", "-r", "--name-only", "HEAD", folder],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()


def publishers(git_dir: str) -> dict[str, str]:
    """Article address -> publisher, from the NewsData records."""
    listing = listed(git_dir, RAW)
    found: dict[str, str] = {}
    for name in sorted(n for n in listing if n.endswith(".csv")):
        for row in csv.DictReader(io.StringIO(show(git_dir, name))):
            if row.get("PUBLISHER", "").strip():
                found.setdefault(row["ARTICLE LINK"], row["PUBLISHER"].strip())
    return found


def article(row: dict[str, str], publisher: str | None) -> dict[str, str]:
    url = row["url"].strip()
    text = re.sub(r"\n\s*\n+", "\n\n", row["raw_text"].strip())
    host = urlparse(url).netloc.removeprefix("www.")
    return {
        "id": "newsdata-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10],
        "title": " ".join(row["title"].split()),
        "date": row["published_date_gmt"].strip()[:10],
        "url": url,
        "source": publisher or host,
        "text": text,
    }


def eligible(
    docs: list[dict[str, str]],
    skip: set[str],
    min_chars: int,
    opening: Callable[[str], str] = lambda text: text[:OPENING],
) -> list[dict[str, str]]:
    """The articles long enough, each once (by address and by ``opening``, by default its
    first characters), none of ``skip``'s addresses nor opening as one of them does."""
    seen_openings = {opening(d["text"]) for d in docs if d["url"] in skip}
    seen_urls = set(skip)
    kept: list[dict[str, str]] = []
    for doc in docs:
        first = opening(doc["text"])
        if len(doc["text"]) < min_chars or doc["url"] in seen_urls or first in seen_openings:
            continue
        seen_urls.add(doc["url"])
        seen_openings.add(first)
        kept.append(doc)
    return kept


def draw(docs: list[dict[str, str]], count: int, seed: int = SEED) -> list[dict[str, str]]:
    """A seeded sample of ``count`` articles (all when fewer), in their given order."""
    urls = sorted(d["url"] for d in docs)
    chosen = set(random.Random(seed).sample(urls, min(count, len(urls))))
    return [d for d in docs if d["url"] in chosen]


def draw_parser(description: str, seed: int, min_chars: int) -> argparse.ArgumentParser:
    """The command line of a part's draw: the corpus's git directory, the text file and
    the id list to write, how many articles, the seed, the shortest text, exclusions."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("git_dir")
    parser.add_argument("out", type=Path)
    parser.add_argument("tsv", type=Path)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--seed", type=int, default=seed, help="seed of the random draw")
    parser.add_argument("--min-chars", type=int, default=min_chars)
    parser.add_argument(
        "--exclude", type=Path, action="append", default=[], help="an id/url TSV not to draw from"
    )
    return parser


def write_part(drawn: list[dict[str, str]], out: Path, tsv: Path) -> None:
    """The drawn articles as gzipped JSON lines (outside git) and their ids and addresses."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8") as sink:
        for doc in drawn:
            sink.write(json.dumps(doc, ensure_ascii=False) + "\n")
    lines = ["id\turl", *(f"{d['id']}\t{d['url']}" for d in drawn)]
    tsv.parent.mkdir(parents=True, exist_ok=True)
    tsv.write_text("\n".join(lines) + "\n", encoding="utf-8")


def drawn_part(args: argparse.Namespace, kept: list[dict[str, str]]) -> list[dict[str, str]]:
    """The part a draw's command line asks for, drawn from the kept articles and written."""
    drawn = draw(kept, args.count, args.seed)
    write_part(drawn, args.out, args.tsv)
    return drawn


def main() -> None:
    args = draw_parser(__doc__.split("\n")[0], SEED, MIN_CHARS).parse_args()
    by_url = publishers(args.git_dir)
    rows = list(csv.DictReader(io.StringIO(show(args.git_dir, CLEANED))))
    docs = [article(row, by_url.get(row["url"].strip())) for row in rows]
    kept = eligible(docs, excluded(args.exclude), args.min_chars)
    drawn = drawn_part(args, kept)
    sources = len({d["source"] for d in drawn})
    print(f"{len(drawn)} of {len(rows)} articles ({len(kept)} kept), {sources} publishers")


if __name__ == "__main__":
    main()
