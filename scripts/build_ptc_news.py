"""Draw news articles of the Propaganda Techniques Corpus (SemEval-2020) for a facet precision part.

Usage::

    python scripts/build_ptc_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2020] [--min-chars 800] [--exclude TSV ...]

Reads ``datasets/train-articles/*.txt`` and ``datasets/dev-articles/*.txt`` at the HEAD
of a git checkout holding the Propaganda Techniques Corpus, version 2, of SemEval-2020
task 11 (G. Da San Martino, S. Yu, A. Barrón-Cedeño, R. Petrov and P. Nakov,
"Fine-Grained Analysis of Propaganda in News Articles", EMNLP 2019): 446 articles of 48
news outlets, retrieved with newspaper3k, each a text file whose first line is the title,
then an empty line, then the text one sentence a line (paragraphs apart by an empty
line). The copy used is in https://github.com/aschern/semeval2020_task11 at commit
0949f70 (the head of its pull request 4). The corpus gives no address, outlet or day:
an article's address is its file's on GitHub at the checkout's commit, and its source
the corpus.

Keeps the articles whose text has at least ``--min-chars`` characters (some 150 words)
and, of articles whose text opens alike, the first; leaves out those listed in
``--exclude`` (``scripts/build_newsdata_news.py``'s rules, whose functions this reuses).
Then draws ``--count`` of them (a seeded random sample of the addresses, sorted so the
draw is the same on every run), in the order of the files' paths, and writes ``id``
(``ptc-`` and the file's article number), ``title``, ``date`` (empty: not given),
``url``, ``source``, ``text``, one article per line, and the ``id``/``url`` list
(``TSV``).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

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

FOLDERS = ("datasets/train-articles", "datasets/dev-articles")
REPOSITORY = "https://github.com/aschern/semeval2020_task11"
SOURCE = "Propaganda Techniques Corpus (SemEval-2020 task 11)"
SEED = 2020
# Some 150 words.
MIN_CHARS = 800


def paths(git_dir: str) -> list[str]:
    """The article files of the checkout, sorted."""
    names = (name for folder in FOLDERS for name in listed(git_dir, folder))
    return sorted(name for name in names if re.search(r"/article\d+\.txt$", name))


def commit(git_dir: str) -> str:
    """The checkout's HEAD commit."""
    return subprocess.run(
        ["git", "-C", git_dir, "rev-parse", "HEAD"], check=True, capture_output=True, text=True
    ).stdout.strip()


def article(path: str, content: str, revision: str) -> dict[str, str]:
    """One corpus file (title line, empty line, text) as a part's article."""
    title, _, body = content.replace("\r\n", "\n").partition("\n")
    number = re.search(r"article(\d+)\.txt$", path)
    return {
        "id": "ptc-" + (number.group(1) if number else path),
        "title": " ".join(title.split()),
        "date": "",
        "url": f"{REPOSITORY}/blob/{revision}/{path}",
        "source": SOURCE,
        "text": re.sub(r"\n\s*\n+", "\n\n", body.strip()),
    }


def main() -> None:
    args = draw_parser(__doc__.split("\n")[0], SEED, MIN_CHARS).parse_args()
    revision = commit(args.git_dir)
    names = paths(args.git_dir)
    docs = [article(name, show(args.git_dir, name), revision) for name in names]
    kept = eligible(docs, excluded(args.exclude), args.min_chars)
    drawn = draw(kept, args.count, args.seed)
    write_part(drawn, args.out, args.tsv)
    train = sum("/train-articles/" in d["url"] for d in drawn)
    print(f"{len(drawn)} of {len(names)} articles ({len(kept)} kept): train {train}")


if __name__ == "__main__":
    main()
