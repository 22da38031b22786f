"""Draw news articles of the AllSides corpus of Baly et al. (2020) for a facet precision part.

Usage::

    python scripts/build_allsides_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2020] [--min-chars 800] [--exclude TSV ...]

Reads ``data/jsons/*.json`` at the HEAD of a git checkout of
https://github.com/ramybaly/Article-Bias-Prediction (the dataset of R. Baly, G. Da San
Martino, J. Glass and P. Nakov, "We Can Detect Your Bias: Predicting the Political
Ideology of News Articles", EMNLP 2020; the copy used is at commit ced8111): 37,554
articles of some 490 US and other English-language outlets (CNN, the Washington Times,
Politico, Fox News, NPR, USA Today, Vox, the New York Times, The Hill, Reuters, the BBC...),
mostly of 2012 to 2020, crawled from www.allsides.com and scraped with newspaper3k. Each
file is one JSON object: ``ID``, ``title``, ``date``, ``source`` (the outlet), ``url`` (the
article's address), ``content_original`` (the scraped text, paragraphs apart by an empty
line) and the bias labels, which are not used.

Keeps the articles whose text has at least ``--min-chars`` characters and, of articles
with one address or whose text opens (first 200 characters) alike, the first; leaves out
those listed in ``--exclude`` (``scripts/build_newsdata_news.py``'s rules, whose
functions this reuses), and also those whose address is one of theirs but for its scheme,
``www.``, query, a trailing slash or a print view's ``/print`` or ``.print`` (BASIL's Fox
News addresses carry tracking queries this corpus's copies lack). Then draws ``--count``
of them (a seeded random sample of the addresses, sorted so the draw is the same on every
run), in the order of the files' paths, and writes ``id`` (``allsides-`` and the corpus's
``ID``), ``title``, ``date`` (ISO; the corpus's ``M/D/YY`` days rewritten, and left empty
when not given), ``url``, ``source`` (the outlet), ``text``, one article per line, and the
``id``/``url`` list (``TSV``).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_bbc_news import excluded  # noqa: E402  (the addresses of id/url lists)
from scripts.build_newsdata_news import draw, draw_parser, eligible, write_part  # noqa: E402
from scripts.git_files import git_files  # noqa: E402

FOLDER = "data/jsons"
SEED = 2020
# Some 150 words.
MIN_CHARS = 800


def blobs(git_dir: str, folder: str = FOLDER) -> list[tuple[str, str]]:
    """(path, content) of the JSON files under ``folder`` at HEAD, sorted by path."""
    found = git_files(git_dir, "HEAD", folder, lambda path: path.endswith(".json"))
    return [(path, body.decode("utf-8", errors="replace")) for path, body in found]


def iso_day(day: str) -> str:
    """The corpus's day as ISO: ``2016-09-20`` kept, ``6/15/17`` rewritten, else empty."""
    day = day.strip()
    if re.fullmatch(r"(19[89]\d|20\d\d)-\d\d-\d\d", day):
        return day
    short = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d\d)", day)
    if short:
        month, date, year = (int(n) for n in short.groups())
        return f"20{year:02d}-{month:02d}-{date:02d}"
    return ""


def address_key(url: str) -> str:
    """An address without scheme, ``www.``, query, fragment, print view or trailing slash."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    path = re.sub(r"(/print|\.print)$", "", parts.path.rstrip("/")).rstrip("/")
    return host + path


def article(row: dict[str, str]) -> dict[str, str]:
    """One corpus record as a part's article."""
    return {
        "id": "allsides-" + row["ID"],
        "title": " ".join(row["title"].split()),
        "date": iso_day(row.get("date", "")),
        "url": row["url"].strip(),
        "source": " ".join(row["source"].split()),
        "text": re.sub(r"\n\s*\n+", "\n\n", row["content_original"].replace("\r\n", "\n").strip()),
    }


def main() -> None:
    args = draw_parser(__doc__.split("\n")[0], SEED, MIN_CHARS).parse_args()
    files = blobs(args.git_dir)
    docs = [article(json.loads(content)) for _, content in files]
    skip = excluded(args.exclude)
    keys = {address_key(url) for url in skip}
    kept = eligible([d for d in docs if address_key(d["url"]) not in keys], skip, args.min_chars)
    drawn = draw(kept, args.count, args.seed)
    write_part(drawn, args.out, args.tsv)
    sources = len({d["source"] for d in drawn})
    print(f"{len(drawn)} of {len(files)} articles ({len(kept)} kept), {sources} outlets")


if __name__ == "__main__":
    main()
