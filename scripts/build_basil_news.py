"""Draw US news articles of 2010-2019 (BASIL, Fan et al. 2019) for a facet precision part.

Usage::

    python scripts/build_basil_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2019] [--min-chars 800] [--exclude TSV ...]

Reads ``articles/YEAR/*.json`` from a git checkout of https://github.com/launchnlp/BASIL
(the second release of the data of L. Fan, M. White, E. Sharma, R. Su, P. K. Choubey,
R. Huang and L. Wang, "In Plain Sight: Media Bias Through the Lens of Factual Reporting",
EMNLP 2019; the copy used is at commit 4fdbc4f): 300 articles, 100 news events of 2010 to
2019 (ten a year) each reported by the New York Times, Fox News and the Huffington Post.
Each file gives the title, the publication day, the address, the outlet (``nyt``, ``fox``,
``hpo``) and the body as paragraphs of sentences; the text is the paragraphs, each one's
sentences joined by a space, paragraphs apart by a blank line.

Keeps the articles whose text has at least ``--min-chars`` characters (some 150 words)
and, of articles with one address or whose text opens alike, the first; leaves out those
listed in ``--exclude`` (``scripts/build_newsdata_news.py``'s rules, whose functions this
reuses). Then draws ``--count`` of them (a seeded random sample of the addresses, sorted
so the draw is the same on every run), in the order of the files' paths, and writes
``id`` (``basil-`` and 10 hex digits of the address's SHA-1), ``title``, ``date`` (ISO),
``url``, ``source`` (the outlet's name), ``text``, one article per line, and the
``id``/``url`` list (``TSV``).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_newsdata_news import (  # noqa: E402
    draw,
    draw_parser,
    eligible,
    excluded,
    listed,
    show,
    write_part,
)

ARTICLES = "articles"
SEED = 2019
# Some 150 words.
MIN_CHARS = 800
OUTLETS = {"nyt": "The New York Times", "fox": "Fox News", "hpo": "HuffPost"}


def paths(git_dir: str) -> list[str]:
    """The article files of the checkout, sorted."""
    return sorted(name for name in listed(git_dir, ARTICLES) if name.endswith(".json"))


def article(record: dict[str, Any]) -> dict[str, str]:
    """One BASIL article file as a part's article."""
    url = record["url"].strip()
    paragraphs = (" ".join(s.strip() for s in p if s.strip()) for p in record["body-paragraphs"])
    outlet = str(record["source"]).strip().lower()
    return {
        "id": "basil-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10],
        "title": " ".join(record["title"].split()),
        "date": record["date"].strip()[:10],
        "url": url,
        "source": OUTLETS.get(outlet, outlet),
        "text": "\n\n".join(p for p in paragraphs if p),
    }


def main() -> None:
    args = draw_parser(__doc__.split("\n")[0], SEED, MIN_CHARS).parse_args()
    names = paths(args.git_dir)
    docs = [article(json.loads(show(args.git_dir, name))) for name in names]
    kept = eligible(docs, excluded(args.exclude), args.min_chars)
    drawn = draw(kept, args.count, args.seed)
    write_part(drawn, args.out, args.tsv)
    sources = ", ".join(f"{s} {sum(d['source'] == s for d in drawn)}" for s in OUTLETS.values())
    print(f"{len(drawn)} of {len(names)} articles ({len(kept)} kept): {sources}")


if __name__ == "__main__":
    main()
