"""Draw the BuzzFeed-Webis Fake News Corpus 2016's mainstream news for a facet precision part.

Usage::

    python scripts/build_webis_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2016] [--min-chars 800] [--exclude TSV ...] [--revision COMMIT]

Reads ``DataSet/BuzzFeed_Corpus_2016/articles/NNNN.xml`` at ``--revision`` (by default
121c835, the commit that added the corpus; later commits took it out again) of a git
checkout (or bare git directory) of https://github.com/BotanB/Python_for_DS_FakeNewsDetection,
which holds the articles of the BuzzFeed-Webis Fake News Corpus 2016 of M. Potthast, J.
Kiesel, K. Reinartz, J. Bevendorff and B. Stein, "A Stylometric Inquiry into Hyperpartisan
and Fake News" (ACL 2018; https://doi.org/10.5281/zenodo.1239675) as the corpus gives them:
1,627 files, every article that nine publishers' Facebook pages linked to on seven
weekdays of September 2016 (the 19th to the 23rd, the 26th and the 27th), each fact-checked
by BuzzFeed's journalists. Each file is one XML ``article``: ``title``, ``uri`` (the
article's address), ``portal`` (the publisher), ``orientation`` (``mainstream``, ``left``
or ``right``), ``veracity``, ``author``, ``mainText`` (the text, its paragraphs apart by
one space) and ``paragraph`` spans (``start``, ``end``: character offsets of each paragraph
in ``mainText``), with quote and link spans, which are not used. Only the ``mainstream``
articles are read (``portal`` ``abc``, ``cnn`` and ``politico``: ABC News, CNN and
Politico), the news of the three mainstream publishers; the six hyperpartisan pages' are
not.

Keeps the articles whose text has at least ``--min-chars`` characters and, of articles with
one address or whose text opens (first 200 characters, whitespace runs read as one space)
alike, the first, in the order of the files' names; leaves out those listed in
``--exclude`` (by address, but for the address forms ``scripts/build_fakehealth_news.py``
compares, and by opening). Then draws ``--count`` of them (a seeded random sample of the
addresses, sorted so the draw is the same on every run), in that order, and writes ``id``
(``webis-`` and the file's number: ``webis-0001``), ``title``, ``date`` (empty: the corpus
gives no day but the week's), ``url`` (``uri``), ``source`` (the publisher: ``ABC News``,
``CNN``, ``Politico``), ``text`` (the paragraphs, each stripped, apart by an empty line;
empty ones left out), one article per line, and the ``id``/``url`` list (``TSV``).
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts import build_newsdata_news as newsdata  # noqa: E402
from scripts.build_bbc_news import excluded  # noqa: E402  (the addresses of id/url lists)
from scripts.build_fakehealth_news import eligible  # noqa: E402
from scripts.build_newsdata_news import draw_parser  # noqa: E402
from scripts.git_files import git_files  # noqa: E402

FOLDER = "DataSet/BuzzFeed_Corpus_2016/articles"
REVISION = "121c8358d1bbfb54817ee39cc3f0905c086d9b65"
SEED = 2016
# Some 150 words.
MIN_CHARS = 800
# The mainstream publishers' names, by the corpus's ``portal``.
PUBLISHERS = {"abc": "ABC News", "cnn": "CNN", "politico": "Politico"}
FILE = re.compile(r"(?:.*/)?(\d{4})\.xml")


def field(root: ET.Element, tag: str) -> str:
    """The text of an element of the article (empty when absent), whitespace runs as one
    space."""
    return " ".join((root.findtext(tag) or "").split())


def text_of(root: ET.Element) -> str:
    """The article's paragraphs (``mainText`` cut at its ``paragraph`` spans), each
    stripped, apart by an empty line, empty ones left out; the whole ``mainText`` when no
    span is given."""
    main = root.findtext("mainText") or ""
    spans = [
        (int(span.findtext("start") or 0), int(span.findtext("end") or 0))
        for span in root.findall("paragraph")
    ]
    paragraphs = [main[start:end] for start, end in spans] if spans else [main]
    lines = (" ".join(paragraph.split()) for paragraph in paragraphs)
    return "\n\n".join(line for line in lines if line)


def article(path: str, content: str) -> dict[str, str] | None:
    """One corpus file as a part's article; None for a hyperpartisan page's article."""
    found = FILE.fullmatch(path)
    if not found:
        raise ValueError(f"not a BuzzFeed-Webis article file: {path}")
    root = ET.fromstring(content)
    if field(root, "orientation") != "mainstream":
        return None
    portal = field(root, "portal")
    return {
        "id": f"webis-{found.group(1)}",
        "title": field(root, "title"),
        "date": "",
        "url": field(root, "uri"),
        "source": PUBLISHERS.get(portal, portal),
        "text": text_of(root),
    }


def files(git_dir: str, revision: str = REVISION) -> list[tuple[str, bytes]]:
    """(path, content) of the article files at ``revision``, sorted by path."""
    return git_files(git_dir, revision, FOLDER, FILE.fullmatch)


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The mainstream articles at ``revision``, in the order of the files' names."""
    docs = (article(path, content.decode("utf-8")) for path, content in files(git_dir, revision))
    return [doc for doc in docs if doc is not None]


def main() -> None:
    parser = draw_parser(__doc__.split("\n")[0], SEED, MIN_CHARS)
    parser.add_argument("--revision", default=REVISION, help="the commit to read the corpus at")
    args = parser.parse_args()
    docs = read_corpus(args.git_dir, args.revision)
    long_enough = sum(len(d["text"]) >= args.min_chars for d in docs)
    kept = eligible(docs, excluded(args.exclude), args.min_chars)
    drawn = newsdata.drawn_part(args, kept)
    by_source = {name: sum(d["source"] == name for d in drawn) for name in PUBLISHERS.values()}
    print(
        f"{len(drawn)} of {len(docs)} mainstream articles ({long_enough} of at least "
        f"{args.min_chars} characters, {len(kept)} kept): "
        + ", ".join(f"{name} {count}" for name, count in by_source.items())
    )


if __name__ == "__main__":
    main()
