"""Draw news article bodies of the Fake News Challenge (FNC-1) for a facet precision part.

Usage::

    python scripts/build_fnc_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2015] [--min-chars 800] [--exclude TSV ...]

Reads ``train_bodies.csv`` and ``competition_test_bodies.csv`` (columns ``Body ID``,
``articleBody``) at the HEAD of a git checkout (or bare git directory) of https://github.com/FakeNewsChallenge/fnc-1
(the data of the Fake News Challenge stage 1, stance detection, 2017; the copy used is at
commit 29d473a; ``test_bodies.csv`` is the same file as ``competition_test_bodies.csv``
and is not read): 1,683 and 904 bodies of English-language news articles of 2014-2015
about claims and rumours, from many outlets, with no title, day, outlet or address. A body
keeps case and its paragraphs (apart by newlines); a body may hold its outlet's page
furniture.

Keeps the bodies with at least ``--min-chars`` characters and, of bodies whose opening
(first 200 characters, whitespace runs read as one space) is alike, the first, in the
order train then test, each by ``Body ID`` as the file gives it (FNC-1 holds some articles
twice under two ids and a few in both files); leaves out those listed in ``--exclude``
(an ``id``/``url`` list, repeatable, by address and by opening). Then draws ``--count`` of
them (``scripts/build_newsdata_news.py``'s seeded random sample of the addresses, sorted
so the draw is the same on every run), in that order, and writes ``id``
(``fnc-train-`` or ``fnc-test-`` and the ``Body ID``), ``title`` (empty: the corpus gives
none), ``date`` (empty), ``url`` (the file and ``#`` and the ``Body ID``, e.g.
``train_bodies.csv#1234``), ``source`` (``FNC-1``), ``text`` (the body, trailing spaces of
its lines and runs of empty lines taken out), one article per line, and the ``id``/``url``
list (``TSV``).
"""

from __future__ import annotations

import csv
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts import build_newsdata_news as newsdata  # noqa: E402
from scripts.build_bbc_news import excluded  # noqa: E402  (the addresses of id/url lists)
from scripts.build_newsdata_news import (  # noqa: E402
    OPENING,
    draw_parser,
    show,
)

# (file, the id's part): the training bodies, then the competition's test bodies.
FILES = (("train_bodies.csv", "train"), ("competition_test_bodies.csv", "test"))
SEED = 2015
# Some 150 words.
MIN_CHARS = 800
SOURCE = "FNC-1"


def bodies(text: str) -> list[tuple[str, str]]:
    """(Body ID, articleBody) of a bodies CSV, in the file's order (bodies hold newlines,
    commas and quotes)."""
    return [
        (row["Body ID"].strip(), row["articleBody"])
        for row in csv.DictReader(io.StringIO(text, newline=""))
    ]


def clean(body: str) -> str:
    """A body with its line ends as newlines, no spaces at a line's end and no run of
    empty lines (paragraphs apart by one empty line at most)."""
    lines = [line.rstrip() for line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return re.sub(r"\n\n\n+", "\n\n", "\n".join(lines)).strip()


def article(name: str, part: str, body_id: str, body: str) -> dict[str, str]:
    """One body as a part's article."""
    return {
        "id": f"fnc-{part}-{body_id}",
        "title": "",
        "date": "",
        "url": f"{name}#{body_id}",
        "source": SOURCE,
        "text": clean(body),
    }


def opening(text: str) -> str:
    """The first 200 characters of a text, its whitespace runs read as one space."""
    return " ".join(text.split())[:OPENING]


def eligible(docs: list[dict[str, str]], skip: set[str], min_chars: int) -> list[dict[str, str]]:
    """The articles long enough, each once (by address and by opening, whitespace aside),
    none of ``skip``'s addresses nor opening as one of them does."""
    return newsdata.eligible(docs, skip, min_chars, opening)


def read_corpus(git_dir: str) -> list[dict[str, str]]:
    """Every body of the training and test files, as articles, train first."""
    return [
        article(name, part, body_id, body)
        for name, part in FILES
        for body_id, body in bodies(show(git_dir, name))
    ]


def main() -> None:
    args = draw_parser(__doc__.split("\n")[0], SEED, MIN_CHARS).parse_args()
    docs = read_corpus(args.git_dir)
    long_enough = sum(len(d["text"]) >= args.min_chars for d in docs)
    kept = eligible(docs, excluded(args.exclude), args.min_chars)
    drawn = newsdata.drawn_part(args, kept)
    train = sum(d["id"].startswith("fnc-train-") for d in drawn)
    print(
        f"{len(drawn)} of {len(docs)} bodies ({long_enough} of at least {args.min_chars} "
        f"characters, {len(kept)} kept), {train} of the training file"
    )


if __name__ == "__main__":
    main()
