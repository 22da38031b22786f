"""Draw the SemEval-2019 hyperpartisan task's by-article news for a facet precision part.

Usage::

    python scripts/build_hyperpartisan_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2019] [--min-chars 800] [--exclude TSV ...] [--revision COMMIT]

Reads ``articles-training-byarticle-20181122.xml`` and
``ground-truth-training-byarticle-20181122.xml`` at ``--revision`` (by default 8ce8a81,
the commit that added them) of a git checkout (or bare git directory) of
https://github.com/anshuly10/Biased-News-Detection, which holds the by-article training
set of SemEval-2019 Task 4, Hyperpartisan News Detection, of J. Kiesel, M. Mestre, R.
Shukla, E. Vincent, P. Adineh, D. Corney, B. Stein and M. Potthast (SemEval 2019;
https://doi.org/10.5281/zenodo.1489920) as the task gave it: 645 news and opinion
articles of 284 US and other English-language sites, mostly of 2016 to 2018, each
labelled by hand hyperpartisan or not. The articles' file gives each ``article`` an
``id``, a ``title`` and a ``published-at`` day, its text as ``p`` elements (holding
``a`` links and ``q`` quotes) with page furniture (captions, advertisements, links'
words) between them; the ground truth gives each ``id`` its ``url`` and its label
(``hyperpartisan``: ``true`` or ``false``). Only the articles labelled not hyperpartisan
are read: the news, as their sites published it; the 238 hyperpartisan ones are not.

Keeps the articles whose text has at least ``--min-chars`` characters and, of articles with
one address or whose text opens (first 200 characters, whitespace runs read as one space)
alike, the first, in the order of their ids; leaves out those listed in ``--exclude`` (by
address, but for the address forms ``scripts/build_fakehealth_news.py`` compares, and by
opening). Then draws ``--count`` of them (a seeded random sample of the addresses, sorted
so the draw is the same on every run), in that order, and writes ``id``
(``hyperpartisan-`` and the article's ``id``: ``hyperpartisan-0000004``), ``title``,
``date`` (``published-at``; empty when not given), ``url``, ``source`` (the address's
host, ``www.`` aside: the corpus names no publisher), ``text`` (the text of each ``p``
element of the article, whitespace runs as one space, apart by an empty line; empty ones
and the text between them left out), one article per line, and the ``id``/``url`` list
(``TSV``).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts import build_newsdata_news as newsdata  # noqa: E402
from scripts.build_bbc_news import excluded  # noqa: E402  (the addresses of id/url lists)
from scripts.build_fakehealth_news import eligible  # noqa: E402
from scripts.build_newsdata_news import draw_parser  # noqa: E402

ARTICLES = "articles-training-byarticle-20181122.xml"
TRUTH = "ground-truth-training-byarticle-20181122.xml"
REVISION = "8ce8a812945548aa8feea1a7383fe274ba566fd0"
SEED = 2019
# Some 150 words.
MIN_CHARS = 800


def show(git_dir: str, revision: str, path: str) -> str:
    """A file's text at ``revision``."""
    command = ["git", "-C", git_dir, "show", f"{revision}:{path}"]
    return subprocess.run(command, check=True, capture_output=True).stdout.decode("utf-8")


def text_of(element: ET.Element) -> str:
    """The article's paragraphs: each ``p`` child's text (its links' and quotes' words
    with it), whitespace runs as one space, apart by an empty line, empty ones left out."""
    lines = (" ".join("".join(p.itertext()).split()) for p in element.findall("p"))
    return "\n\n".join(line for line in lines if line)


def article(element: ET.Element, url: str) -> dict[str, str]:
    """One ``article`` element, with its address, as a part's article."""
    host = urlsplit(url).netloc.lower().split(":")[0].removeprefix("www.")
    return {
        "id": "hyperpartisan-" + element.get("id", ""),
        "title": " ".join(element.get("title", "").split()),
        "date": element.get("published-at", ""),
        "url": url,
        "source": host,
        "text": text_of(element),
    }


def news_addresses(truth: str) -> dict[str, str]:
    """id -> address of the articles the ground truth labels not hyperpartisan."""
    rows = ET.fromstring(truth).findall("article")
    return {
        row.get("id", ""): row.get("url", "") for row in rows if row.get("hyperpartisan") == "false"
    }


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The articles labelled not hyperpartisan at ``revision``, in the order of their ids."""
    urls = news_addresses(show(git_dir, revision, TRUTH))
    elements = ET.fromstring(show(git_dir, revision, ARTICLES)).findall("article")
    docs = [article(e, urls[e.get("id", "")]) for e in elements if e.get("id", "") in urls]
    return sorted(docs, key=lambda doc: doc["id"])


def run_draw(
    description: str,
    read: Callable[[str, str], list[dict[str, str]]],
    *,
    revision: str,
    seed: int,
    min_chars: int,
    what: str,
) -> None:
    """The command line of a draw from a corpus read out of a git repository at a revision
    (``read(git_dir, revision)``): the articles long enough and not in an earlier part
    drawn and written, and what was drawn printed (``what`` says which articles and where
    they are from: "labelled not hyperpartisan ... hosts")."""
    parser = draw_parser(description, seed, min_chars)
    parser.add_argument("--revision", default=revision, help="the commit to read the corpus at")
    args = parser.parse_args()
    docs = read(args.git_dir, args.revision)
    long_enough = sum(len(d["text"]) >= args.min_chars for d in docs)
    kept = eligible(docs, excluded(args.exclude), args.min_chars)
    drawn = newsdata.drawn_part(args, kept)
    articles, sources = what.split(" ... ")
    print(
        f"{len(drawn)} of {len(docs)} articles {articles} ({long_enough} of at least "
        f"{args.min_chars} characters, {len(kept)} kept) from "
        f"{len({d['source'] for d in drawn})} {sources}"
    )


def main() -> None:
    run_draw(
        __doc__.split("\n")[0],
        read_corpus,
        revision=REVISION,
        seed=SEED,
        min_chars=MIN_CHARS,
        what="labelled not hyperpartisan ... hosts",
    )


if __name__ == "__main__":
    main()
