"""Draw the Celebrity dataset's news (Pérez-Rosas et al. 2018) for a facet precision part.

Usage::

    python scripts/build_celebrity_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2017] [--min-chars 800] [--exclude TSV ...]

Reads
``datasets/deception_detection_fake_news/data/celebrityDataset/{legit,fake}/*.txt`` at
the HEAD of a git checkout (or bare git directory) of
https://github.com/pmacinec/fake-news-datasets (the copy used is at commit 0ea4a5c),
which holds the Celebrity dataset of V. Pérez-Rosas, B. Kleinberg, A. Lefevre and R.
Mihalcea, "Automatic Detection of Fake News" (COLING 2018), version 1.1: 500 news
articles about celebrities, collected from the web in pairs, 250 ``legit``
(entertainment, fashion and style sections of mainstream news sites and entertainment
magazines' sites) and 250 ``fake`` (rumours and false reports of gossip and tabloid
sites), each a text file whose first line is the title (the first line that is not
empty: 17 files open with an empty line), then an empty line (in most), then the text
(paragraphs apart by an empty line). The corpus gives no address, outlet or day: an
article's address is its file's on GitHub at the checkout's commit, and its source the
corpus. The same repository's ``fakeNewsDataset`` (FakeNewsAMT: news excerpts of some
130 words and crowd-written fakes of them) is not read.

Keeps the articles whose text has at least ``--min-chars`` characters (some 150 words)
and, of articles whose text opens alike (first 200 characters, whitespace runs read as one
space), the first, in the order of the files' paths (``fake`` before ``legit``); leaves
out those listed in ``--exclude`` (``scripts/build_newsdata_news.py``'s rules, whose
functions this reuses, by address and by opening). Then draws ``--count`` of them (a
seeded random sample of the addresses, sorted so the draw is the same on every run), in
that order, and writes ``id`` (``celebrity-``, the class and the file's number:
``celebrity-legit-001``), ``title``, ``date`` (empty: not given), ``url``, ``source``,
``text`` (trailing spaces of its lines and runs of empty lines taken out), one article per
line, and the ``id``/``url`` list (``TSV``).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts import build_newsdata_news as newsdata  # noqa: E402
from scripts.build_bbc_news import excluded  # noqa: E402  (the addresses of id/url lists)
from scripts.build_fnc_news import clean, opening  # noqa: E402
from scripts.build_newsdata_news import draw_parser, listed, show  # noqa: E402
from scripts.build_ptc_news import commit  # noqa: E402

FOLDER = "datasets/deception_detection_fake_news/data/celebrityDataset"
REPOSITORY = "https://github.com/pmacinec/fake-news-datasets"
SOURCE = "Celebrity dataset (Pérez-Rosas et al. 2018)"
SEED = 2017
# Some 150 words.
MIN_CHARS = 800
FILE = re.compile(r"(?:.*/)?(legit|fake)/(\d+)(?:legit|fake)\.txt")


def paths(git_dir: str) -> list[str]:
    """The article files of the checkout (``fake/NNNfake.txt``, ``legit/NNNlegit.txt``),
    sorted."""
    return sorted(name for name in listed(git_dir, FOLDER) if FILE.fullmatch(name))


def article(path: str, content: str, revision: str) -> dict[str, str]:
    """One corpus file (title line, empty line, text) as a part's article; the title is the
    first line that is not empty (17 files open with an empty line)."""
    found = FILE.fullmatch(path)
    if not found:
        raise ValueError(f"not a Celebrity dataset file: {path}")
    title, _, body = content.replace("\r\n", "\n").lstrip().partition("\n")
    return {
        "id": f"celebrity-{found.group(1)}-{found.group(2)}",
        "title": " ".join(title.split()),
        "date": "",
        "url": f"{REPOSITORY}/blob/{revision}/{path}",
        "source": SOURCE,
        "text": clean(body),
    }


def read_corpus(git_dir: str) -> list[dict[str, str]]:
    """Every article file of the checkout's HEAD, as articles, in the order of the paths."""
    revision = commit(git_dir)
    return [article(path, show(git_dir, path), revision) for path in paths(git_dir)]


def main() -> None:
    args = draw_parser(__doc__.split("\n")[0], SEED, MIN_CHARS).parse_args()
    docs = read_corpus(args.git_dir)
    long_enough = sum(len(d["text"]) >= args.min_chars for d in docs)
    kept = newsdata.eligible(docs, excluded(args.exclude), args.min_chars, opening)
    drawn = newsdata.drawn_part(args, kept)
    legit = sum(d["id"].startswith("celebrity-legit-") for d in drawn)
    print(
        f"{len(drawn)} of {len(docs)} articles ({long_enough} of at least {args.min_chars} "
        f"characters, {len(kept)} kept): legit {legit}, fake {len(drawn) - legit}"
    )


if __name__ == "__main__":
    main()
