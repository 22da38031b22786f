"""Copy two public broadcasters' Pacific news, ABC News's and RNZ's, for the reprint set.

Usage::

    python scripts/build_pacnews_reprints.py GIT_DIR [OUT.jsonl.gz] [--revision COMMIT]

Reads, at ``--revision`` (by default b295eef, 4 April 2024, the last commit before the data
files were removed) of a git checkout (or bare git directory) of
https://github.com/worldbank/pacific-observatory (the World Bank's Pacific Observatory), the
project's scrapes of two broadcasters' Pacific stories, as ``build_aunznews_quotes.py``
reads them for the quote set: ABC News's (the Australian Broadcasting Corporation's; its
Pacific Beat and Radio Australia stories among them) of its Solomon Islands, Tonga, Vanuatu
and Marshall Islands topic pages, 2003 to December 2023, and RNZ's (Radio New Zealand's, RNZ
Pacific's among them) of its Solomon Islands tag, February 2015 to December 2023. The two
cover one region's events over the same days (elections, riots, cyclones, earthquakes,
China's security pact), each with its own write-ups and updates of a story, its daily
bulletins' recurring items and the wire copy it runs, which is what the reprint set needs
of it. An address is read once (ABC's topic pages share stories: the first file by name
holding it); the rows carry no headline, so the title is the address's slug.

Writes one article per line, gzipped (by default to ``../bench-data/pacnews/reprints.jsonl.gz``
beside the repository): ``id`` (10 hex digits of the address's SHA-1), ``title``, ``date``
(the day), ``url``, ``source`` (``ABC News`` or ``RNZ``) and ``text`` (the scrape's text with
a paragraph break where a sentence's end runs into the next paragraph, as
``build_aunznews_quotes.text_of`` makes it), every article of both scrapes. The text stays
outside git; the labelled set holds only ids.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_aunznews_quotes import OUTLETS, REVISION, read_outlet  # noqa: E402
from scripts.reprint_corpus import arguments, summary, write_corpus  # noqa: E402

OUT = ROOT.parent / "bench-data" / "pacnews" / "reprints.jsonl.gz"
# the fields the reprint corpora keep (the quote set's file and commit are left out)
FIELDS = ("title", "date", "url", "source", "text")


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """Every article of both broadcasters' scrapes at ``revision``, by id."""
    docs = [doc for name in OUTLETS for doc in read_outlet(git_dir, name, revision)]
    found = [
        {"id": hashlib.sha1(doc["url"].encode("utf-8")).hexdigest()[:10]}
        | {field: doc[field] for field in FIELDS}
        for doc in docs
    ]
    return sorted(found, key=lambda doc: doc["id"])


def main() -> None:
    args = arguments(__doc__.split("\n")[0], OUT, REVISION, "the scrape files")
    docs = read_corpus(args.git_dir, args.revision)
    write_corpus(docs, args.out)
    print(summary(docs, args.out))


if __name__ == "__main__":
    main()
