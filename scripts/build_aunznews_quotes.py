"""Write ABC News (Australia) and RNZ (New Zealand) articles for the quote speaker news set.

Usage::

    python scripts/build_aunznews_quotes.py GIT_DIR [--out ../bench-data/aunznews]

Reads, at ``REVISION`` (b295eef, 4 April 2024, the last commit before the data files
were removed) of a git checkout (or bare git directory) of
https://github.com/worldbank/pacific-observatory (the World Bank's Pacific Observatory),
the project's scrapes of two public broadcasters' Pacific news:

- ``abc.jsonl.gz``: ABC News (abc.net.au, the Australian Broadcasting Corporation),
  ``data/text/{solomon_islands,tonga,vanuatu,marshall_islands}/*_abc_news.csv``: the
  stories of the site's topic pages of those countries, 2003 to December 2023;
- ``rnz.jsonl.gz``: RNZ (rnz.co.nz, Radio New Zealand),
  ``data/text/solomon_islands/solomon_islands_rnz_news.csv``: the stories of its
  Solomon Islands tag, February 2015 to December 2023.

One row an article: ``url``, ``news`` (the text), ``date`` (and ABC's ``tags``, not
read). The scrapers (``scripts/scraping/pacific/abc_au.py`` and ``rnz.py`` there) joined
the text of the page's paragraphs with nothing between them (``province.He stood``,
``cordial."There is``), and the rows carry no headline. The repository's licence (the
World Bank's community licence) covers its code; the text is the broadcasters'
copyright, used here for research and evaluation only, outside git.

Each address is read once (ABC's country pages share stories: the first file by name
holding it). Writes ``id`` (``abcnews-`` or ``rnznews-`` and 10 hex digits of the
address's SHA-1), ``title`` (the address's slug, hyphens as spaces: the scrape kept no
headline, and a record without one would lose its first paragraph as the title),
``date`` (the day), ``url``, ``source``, ``file`` and ``commit`` (where it was read), and
``text`` (see ``text_of``), sorted by id.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.git_files import csv_rows, git_files  # noqa: E402
from scripts.reprint_corpus import quote_arguments, write_told  # noqa: E402

REVISION = "b295eefb8b08b1e0fdef3f9cfc79d8905811fd6d"
FOLDER = "data/text/"
# output file -> (source, id prefix, the scrape files read)
OUTLETS = {
    "abc.jsonl.gz": (
        "ABC News",
        "abcnews-",
        re.compile(r"data/text/(solomon_islands|tonga|vanuatu|marshall_islands)/\w+_abc_news\.csv"),
    ),
    "rnz.jsonl.gz": (
        "RNZ",
        "rnznews-",
        re.compile(r"data/text/solomon_islands/solomon_islands_rnz_news\.csv"),
    ),
}
OUT = ROOT.parent / "bench-data" / "aunznews"
# a sentence's end run into the next paragraph's first letter (the scrapers joined the
# paragraphs with nothing): a paragraph break
_JOIN = re.compile(r"(?<=[a-z0-9)%][.!?])(?=[A-Z])|(?<=[.!?][”’])(?=[A-Z“])|(?<=[.!?])(?=“[A-Z])")
# a straight double mark run into a capital letter after a sentence's end (`."There`)
# may close the paragraph before or open the next one (a quotation running over
# paragraphs leaves each one open): no break is made there, the text stays as scraped

# the last word of an address: ABC's is the story's number, RNZ's the slug itself
_SLUG = re.compile(r"/([a-z0-9-]*[a-z][a-z0-9-]*)(?:/\d+)?/?$")


def text_of(news: str) -> str:
    """The text with a paragraph break at each join ``_JOIN`` tells from the text
    itself, whitespace runs (no-break spaces too) as one space."""
    paragraphs = _JOIN.sub("\n\n", news).split("\n\n")
    paragraphs = [" ".join(p.split()) for p in paragraphs]
    return "\n\n".join(p for p in paragraphs if p)


def title_of(url: str) -> str:
    found = _SLUG.search(url)
    return found.group(1).replace("-", " ") if found else ""


def article(row: dict[str, str], path: str, source: str, prefix: str) -> dict[str, str]:
    url = row["url"].strip()
    return {
        "id": prefix + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10],
        "title": title_of(url),
        "date": (row.get("date") or "")[:10],
        "url": url,
        "source": source,
        "file": path,
        "commit": REVISION,
        "text": text_of(row.get("news") or ""),
    }


def read_outlet(git_dir: str, name: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The articles of one outlet's scrape files at ``revision``, each address once."""
    source, prefix, files = OUTLETS[name]
    docs: dict[str, dict[str, str]] = {}
    for path, content in git_files(git_dir, revision, FOLDER, files.fullmatch):
        for row in csv_rows(content):
            if (row.get("url") or "").strip() and (row.get("news") or "").strip():
                doc = article(row, path, source, prefix)
                docs.setdefault(doc["url"], doc)
    return sorted(docs.values(), key=lambda d: d["id"])


def main() -> None:
    args = quote_arguments(__doc__.split("\n")[0], OUT)
    for name in OUTLETS:
        docs = read_outlet(args.git_dir, name)
        write_told(docs, args.out / name, f"of {OUTLETS[name][0]} at {REVISION[:7]}")


if __name__ == "__main__":
    main()
