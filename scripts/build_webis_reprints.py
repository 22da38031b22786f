"""Copy the whole BuzzFeed-Webis Fake News Corpus 2016 for the reprint labelled set.

Usage::

    python scripts/build_webis_reprints.py GIT_DIR [OUT.jsonl.gz] [--revision COMMIT]

Reads every article file of the corpus (``DataSet/BuzzFeed_Corpus_2016/articles/NNNN.xml``)
at ``--revision`` (by default 121c835, the commit that added the corpus) of a git checkout
(or bare git directory) of https://github.com/BotanB/Python_for_DS_FakeNewsDetection, as
``scripts/build_webis_news.py`` describes: 1,627 articles that nine publishers' Facebook
pages linked to on seven weekdays of September 2016 (the 19th to the 23rd, the 26th and the
27th), the three mainstream publishers' (ABC News, CNN, Politico) and the six hyperpartisan
pages' alike. Many outlets over the same days: the same story crawled twice or updated, one
outlet's story copied by another, quotes and page furniture shared, which is what the reprint
set needs of it.

Writes one article per line, gzipped (by default to
``../bench-data/webis/reprints.jsonl.gz`` beside the repository): ``id`` (the file's
number, ``0001``), ``title``, ``date`` (empty: the corpus gives no day but the week's),
``url`` (``uri``), ``source`` (the publisher, as the corpus's ``portal`` names it: ``abc``,
``cnn``, ``politico``, ``eagle-rising``, ...), ``text`` (the paragraphs, each stripped,
apart by an empty line). The text stays outside git; the labelled set holds only ids.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_webis_news import FILE, REVISION, field, files, text_of  # noqa: E402
from scripts.reprint_corpus import arguments, write_corpus  # noqa: E402

OUT = ROOT.parent / "bench-data" / "webis" / "reprints.jsonl.gz"


def record(path: str, content: str) -> dict[str, str]:
    """One corpus file as an article of the reprint corpus."""
    found = FILE.fullmatch(path)
    if not found:
        raise ValueError(f"not a BuzzFeed-Webis article file: {path}")
    root = ET.fromstring(content)
    return {
        "id": found.group(1),
        "title": field(root, "title"),
        "date": "",
        "url": field(root, "uri"),
        "source": field(root, "portal"),
        "text": text_of(root),
    }


def main() -> None:
    args = arguments(__doc__.split("\n")[0], OUT, REVISION, "the corpus")
    docs = [
        record(path, content.decode("utf-8"))
        for path, content in files(args.git_dir, args.revision)
    ]
    write_corpus(docs, args.out)
    sources = sorted({doc["source"] for doc in docs})
    print(f"{len(docs)} articles of {len(sources)} publishers to {args.out}")


if __name__ == "__main__":
    main()
