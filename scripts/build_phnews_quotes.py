"""Write the Philippine press scrapes of PH-Newspaper-Archive as four corpus files.

Usage::

    python scripts/build_phnews_quotes.py GIT_DIR [OUT_DIR] [--revision COMMIT]

Reads, at ``--revision`` (by default 72c0f75, 17 July 2024, the snapshot's only commit)
of a git checkout (or bare git directory) of
https://github.com/jamesm219/PH-Newspaper-Archive (J. M.'s scrapes of Philippine
newspapers for a search site; the repository states no licence: the text is copyright
with the papers, used here for research and evaluation only, and never committed), the
four CSV files of its folder ``Bworld, Malaya, Rappler, and Manila Times Scrapy/``:
``bworld.csv`` (BusinessWorld, bworldonline.com), ``malaya.csv`` (Malaya Business
Insight, malaya.com.ph), ``rappler.csv`` (Rappler, rappler.com) and ``times.csv`` (The
Manila Times, manilatimes.net), the articles of their front pages of 12 to 17 July 2024:
one row an article, ``title``, ``author``, ``date``, ``article``, ``link``. Writes
``OUT_DIR/<file>.jsonl.gz`` (by default ``../bench-data/phnews/``), one article a line:
``id`` (``phnews-`` and 10 hex digits of the address's SHA-1), ``title``, ``author``,
``date`` (as the page printed it), ``url``, ``source`` (the paper), ``file`` (the CSV
file), ``commit`` and ``text``. A row without an address is left out; an address read
once, from its first row.

The scrapes keep the text of a page in two shapes, and ``text`` undoes each as far as
it can be undone:

- BusinessWorld's spider joined the paragraphs by a space (and the pieces of one
  paragraph with nothing): the text is one paragraph, kept as it is.
- The other three spiders kept a list of the text nodes of the paragraphs (Malaya and
  The Manila Times only those directly under ``<p>``; Rappler those and the links'
  text), which the CSV export joined by commas. A comma followed by neither a space nor
  a digit nor a closing quote mark (a straight mark before a word opens a quotation),
  after a sentence's end (``. ! ? :`` or a closing quote mark, and spaces or no-break
  spaces the node ended in), was such a join at a paragraph's end: it becomes a
  paragraph break. One after a space, or before a space-less comma or stop, was a join
  inside a paragraph (a link's text): it is dropped. Other commas are left as printed
  (a join the text cannot tell from a comma of the article stays a comma).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.git_files import csv_rows, git_files  # noqa: E402

REVISION = "72c0f75f356c19a67f4a3ff093515c3ea9318e4f"
FOLDER = "Bworld, Malaya, Rappler, and Manila Times Scrapy/"
SOURCES = {
    "bworld.csv": "BusinessWorld",
    "malaya.csv": "Malaya Business Insight",
    "rappler.csv": "Rappler",
    "times.csv": "The Manila Times",
}
# BusinessWorld's paragraphs were joined by a space, not a comma
SPACE_JOINED = {"bworld.csv"}
DEFAULT_OUT = ROOT.parent / "bench-data" / "phnews"
# a comma the export put between two text nodes after a sentence's end (the node may end
# in spaces or no-break spaces): a paragraph break
_PARAGRAPH_JOIN = re.compile(r"(?<=[.!?:”\"’])\s*,(?=[^\s\d,”\"’]|\"\S)")
# a comma the export put between nodes inside a paragraph (before or after a link's text)
_INLINE_JOIN = re.compile(r"(?<=\s),(?=\S)|,(?=[,.;:!?)])")


def text_of(article: str, file: str) -> str:
    """The article's text with its paragraphs apart by an empty line, as far as the
    scrape's joins can be told from the article's own commas."""
    if file in SPACE_JOINED:
        return " ".join(article.split())
    paragraphs = _PARAGRAPH_JOIN.split(article)
    paragraphs = [" ".join(_INLINE_JOIN.sub("", p).split()) for p in paragraphs]
    return "\n\n".join(p for p in paragraphs if p)


def record(row: dict[str, str], file: str, revision: str) -> dict[str, str]:
    url = (row.get("link") or "").strip()
    return {
        "id": "phnews-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10],
        "title": " ".join((row.get("title") or "").split()),
        "author": " ".join((row.get("author") or "").split()),
        "date": " ".join((row.get("date") or "").split()),
        "url": url,
        "source": SOURCES[file],
        "file": file,
        "commit": revision,
        "text": text_of(row.get("article") or "", file),
    }


def read_corpus(git_dir: str, revision: str = REVISION) -> dict[str, list[dict[str, str]]]:
    """The articles of each of the four files at ``revision``, each address once."""
    files: dict[str, list[dict[str, str]]] = {}
    wanted = {FOLDER + name for name in SOURCES}
    for path, content in git_files(git_dir, revision, FOLDER, lambda p: p in wanted):
        file = path.removeprefix(FOLDER)
        docs: dict[str, dict[str, str]] = {}
        reader = csv_rows(content)
        for row in reader:
            if (row.get("link") or "").strip():
                doc = record(row, file, revision)
                docs.setdefault(doc["url"], doc)
        files[file] = list(docs.values())
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("git_dir")
    parser.add_argument("out_dir", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--revision", default=REVISION)
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for file, docs in read_corpus(args.git_dir, args.revision).items():
        out = args.out_dir / (file.removesuffix(".csv") + ".jsonl.gz")
        with gzip.open(out, "wt", encoding="utf-8") as lines:
            lines.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
        print(f"{out}: {len(docs)} articles of {SOURCES[file]}")


if __name__ == "__main__":
    main()
