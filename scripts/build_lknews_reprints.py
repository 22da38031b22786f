"""Copy four Sri Lankan English-language news sites' articles of August and September 2025.

Usage::

    python scripts/build_lknews_reprints.py GIT_DIR [OUT.jsonl.gz] [--revision COMMIT]

Reads every ``doc.json`` (the record: ``date_str``, ``url_metadata``, ``newspaper_id``,
``lang``) and its ``doc.txt`` (the title, a blank line, then the text) under
``data/lk_news/`` at ``--revision`` (by default ad3253e, 14 December 2025, the head of the
``data`` branch) of a git checkout (or bare git directory) of
https://github.com/nuuuwan/lk_news, N. I. Senaratna's scrape of Sri Lankan news sites
(the code under the MIT licence; the articles' text is copyright with the sites, used here
for research and evaluation only, and never committed). Keeps the English-language
articles (``lang`` ``en``) of four daily news sites dated 1 August to 30 September 2025: Ada
Derana (adaderana.lk, the television news site), EconomyNext (economynext.com), The Island
(island.lk) and Newsfirst (newsfirst.lk). Several outlets over the same days: one police or
government statement run by two sites, a wire story (AFP, Reuters, PTI) run by two, a site's
daily market or exchange-rate report in one template, which is what the reprint set needs
of it. The Daily FT's and the Daily Mirror's pages are left out: their long-form articles
are already the ``newslk`` corpus (test19).

Writes one article per line, gzipped (by default to ``../bench-data/lknews/reprints.jsonl.gz``
beside the repository): ``id`` (10 hex digits of the address's SHA-1), ``title``, ``date``
(the record's day), ``url``, ``source`` (the site's name) and ``text``. Every article is kept,
however short, but one per address (the first, in the order of the paths). The text stays
outside git; the labelled set holds only ids.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.reprint_corpus import arguments, summary, write_corpus  # noqa: E402

OUT = ROOT.parent / "bench-data" / "lknews" / "reprints.jsonl.gz"
REVISION = "ad3253ef61c1ccccdb606228145761a1fd0cb8c4"
FOLDER = "data/lk_news/"
# The sites kept (the scrape's newspaper id -> the site's name) and the days kept.
SITES = {
    "adaderanalk": "Ada Derana",
    "economynextcom": "EconomyNext",
    "islandlk": "The Island",
    "newsfirstlk": "Newsfirst",
}
FIRST, LAST = "2025-08-01", "2025-09-30"


def records(git_dir: str, revision: str) -> list[str]:
    """The folders (``.../<doc id>/``) of the article records at ``revision``, in path order."""
    ls = ["git", "-C", git_dir, "ls-tree", "-r", "--name-only", revision, FOLDER]
    out = subprocess.run(ls, check=True, capture_output=True, text=True).stdout
    paths = out.splitlines()
    return [path.removesuffix("doc.json") for path in paths if path.endswith("/doc.json")]


def blobs(git_dir: str, specs: list[str]) -> list[str]:
    """The contents of ``commit:path`` specs, read by one ``git cat-file --batch``."""
    batch = ["git", "-C", git_dir, "cat-file", "--batch"]
    out = subprocess.run(batch, input="\n".join(specs).encode() + b"\n", capture_output=True)
    found, data, at = [], out.stdout, 0
    for _ in specs:
        header_end = data.index(b"\n", at)
        header = data[at:header_end].split()
        size = int(header[2]) if len(header) == 3 and header[1] != b"missing" else 0
        found.append(data[header_end + 1 : header_end + 1 + size].decode("utf-8", "replace"))
        at = header_end + 1 + size + (1 if size or len(header) == 3 else 0)
    return found


def article(record: dict[str, object], page: str) -> dict[str, str]:
    """One record and its text file as a corpus line (the title is the text's first line)."""
    title, _, text = page.partition("\n")
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    url = str(record.get("url_metadata") or "")
    return {
        "id": hashlib.sha1(url.encode()).hexdigest()[:10],
        "title": " ".join(title.split()),
        "date": str(record.get("date_str") or ""),
        "url": url,
        "source": SITES[str(record.get("newspaper_id"))],
        "text": "\n\n".join(paragraphs),
    }


def kept(record: dict[str, object]) -> bool:
    """An English article of a kept site within the days kept."""
    day = str(record.get("date_str") or "")
    return (record.get("newspaper_id") in SITES and record.get("lang") == "en"
            and FIRST <= day <= LAST)  # fmt: skip


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The sites' articles of the days kept at ``revision``, one per address."""
    folders = [f for f in records(git_dir, revision) if f.rsplit("/", 2)[-2][:10] >= FIRST]
    metas = blobs(git_dir, [f"{revision}:{folder}doc.json" for folder in folders])
    chosen = [(f, rec) for f, m in zip(folders, metas, strict=True) if kept(rec := json.loads(m))]
    pages = blobs(git_dir, [f"{revision}:{folder}doc.txt" for folder, _ in chosen])
    docs: dict[str, dict[str, str]] = {}
    for (_, record), page in zip(chosen, pages, strict=True):
        doc = article(record, page)
        if doc["url"]:
            docs.setdefault(doc["url"], doc)
    return list(docs.values())


def main() -> None:
    args = arguments(__doc__.split("\n")[0], OUT, REVISION, "the article records")
    docs = read_corpus(args.git_dir, args.revision)
    write_corpus(docs, args.out)
    print(summary(docs, args.out))


if __name__ == "__main__":
    main()
