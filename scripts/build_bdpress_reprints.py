"""Copy fourteen Bangladeshi English-language news sites' pages of February 2026 for the
reprint set.

Usage::

    python scripts/build_bdpress_reprints.py GIT_DIR [OUT.jsonl.gz] [--revision COMMIT]

Reads ``english_articles_only.json`` at ``--revision`` (by default 80932d0, 16 February
2026, the snapshot's head; the file is the same from 8a6b45f, 15 February 2026, that added
it) of a git checkout (or bare git directory) of
https://github.com/akilahjahin/CLIR_Bangla-English_210041252, a course project on
Bangla-English cross-lingual retrieval whose English side is one crawl, on 15 February
2026, of thirteen Bangladeshi English-language news sites and the energy site Energy
Bangla (sitemaps and home pages, newspaper3k or BeautifulSoup): BSS News (the national news
agency, Bangladesh Sangbad Sangstha), the Daily Asian Age, Bangladesh Post, the Daily
Observer, The New Nation, Daily Sun, The Independent, Dhaka Tribune, New Age, Dhaka
Courier, Prothom Alo English, bdnews24.com and The Daily Star, three days after the general
election of 12 February 2026: one agency story (BSS's, UNB's, AFP's) run by several papers,
word for word or cut, two papers' own write-ups of one result or statement, the election
results and daily items in one template, and a site's section or front page carrying the
leads of its stories, which is what the reprint set needs of it. The file is a JSON list
of pages: ``doc_id``, ``title``, ``body`` (the text, paragraphs apart by an empty line),
``url``, ``date`` (the page's date as the crawl read it, else the crawl's time),
``source`` (the site), ``language`` and the crawl's own fields, which are not read.

Writes one page per line, gzipped (by default to ``../bench-data/bdpress/reprints.jsonl.gz``
beside the repository): ``id`` (10 hex digits of the address's SHA-1), ``title``
(whitespace runs as one space), ``date`` (the day of ``date``), ``url``, ``source`` and
``text`` (the body's paragraphs, whitespace runs in a line as one space, empty ones left
out, apart by an empty line). Every page is kept, however short, section and front pages
among them, once (the first with its address). The text stays outside git; the labelled set
holds only ids.
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

OUT = ROOT.parent / "bench-data" / "bdpress" / "reprints.jsonl.gz"
REVISION = "80932d0641228b2dc5958df2adcd0ac7f09bebfb"
PAGES = "english_articles_only.json"
# A run of whitespace, read as one space.
SPACES = re.compile(r"\s+")


def page(item: dict[str, str]) -> dict[str, str]:
    """One crawled page as the corpus keeps it."""
    url = item["url"].strip()
    lines = (SPACES.sub(" ", line).strip() for line in item.get("body", "").splitlines())
    return {"id": hashlib.sha1(url.encode("utf-8")).hexdigest()[:10],
            "title": SPACES.sub(" ", item.get("title", "")).strip(),
            "date": item.get("date", "")[:10], "url": url,
            "source": item.get("source", "").strip(),
            "text": "\n\n".join(line for line in lines if line)}  # fmt: skip


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """Every page of the file at ``revision``, each address once, in the file's order."""
    show = ["git", "--git-dir", git_dir, "show", f"{revision}:{PAGES}"]
    if not (Path(git_dir) / "HEAD").exists():
        show = ["git", "-C", git_dir, "show", f"{revision}:{PAGES}"]
    raw = subprocess.run(show, check=True, capture_output=True).stdout
    docs: dict[str, dict[str, str]] = {}
    for item in json.loads(raw.decode("utf-8")):
        doc = page(item)
        docs.setdefault(doc["url"], doc)
    return list(docs.values())


def main() -> None:
    args = arguments(__doc__.split("\n")[0], OUT, REVISION, "the pages' file")
    docs = read_corpus(args.git_dir, args.revision)
    write_corpus(docs, args.out)
    print(summary(docs, args.out))


if __name__ == "__main__":
    main()
