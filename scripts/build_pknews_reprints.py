"""Copy Dawn's and the APP's articles of September 2025 for the reprint labelled set.

Usage::

    python scripts/build_pknews_reprints.py GIT_DIR [OUT.jsonl.gz] [--revision COMMIT]

Reads the article files of September 2025 (``data/dawn/articles/2025/09/`` and then
``data/app/articles/2025/09/``, each folder in the order of its files' paths) at
``--revision`` (by default b0dabd2, 9 November 2025, the snapshot's head) of a git checkout
(or bare git directory) of https://github.com/gitcodeuu/xai_articles, the scrape of two
Pakistani news sources ``scripts/build_pknews_news.py`` describes: Dawn (dawn.com, the
English-language daily, its archive's daily lists) and the Associated Press of Pakistan
(app.com.pk, the national news agency's national section). Two outlets over the same
days: the agency's copy and the paper's own or agency-fed stories of one event, a story
the scrape took under two addresses or the paper ran on the web and in print, and the
agency's daily items of one template (briefings, weather, prices, messages of a day),
which is what the reprint set needs of it.

Writes one article per line, gzipped (by default to ``../bench-data/pknews/reprints.jsonl.gz``
beside the repository): ``id`` (10 hex digits of the address's SHA-1, as the facet part's
``pknews-`` ids), ``title``, ``date``, ``url``, ``source`` and ``text`` as the facet part
reads them. Every article is kept, however short, but one per address (the first, in the
order read); a file that is no JSON object (an empty one) is left out. The text stays
outside git; the labelled set holds only ids.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_pknews_news import REVISION, article, records  # noqa: E402
from scripts.git_files import git_files  # noqa: E402
from scripts.reprint_corpus import arguments, write_corpus  # noqa: E402

OUT = ROOT.parent / "bench-data" / "pknews" / "reprints.jsonl.gz"
PREFIX = "pknews-"
# (folder, source) in the order read: the month taken, the paper first.
FOLDERS = (("data/dawn/articles/2025/09/", "Dawn"), ("data/app/articles/2025/09/", "APP"))


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The month's articles at ``revision``, one per address, in the order first read."""
    docs: dict[str, dict[str, str]] = {}
    for folder, source in FOLDERS:
        for _, content in git_files(git_dir, revision, folder, lambda p: p.endswith(".json")):
            for record in records(content):
                doc = article(record, source)
                docs.setdefault(doc["url"], {**doc, "id": doc["id"].removeprefix(PREFIX)})
    return list(docs.values())


def main() -> None:
    args = arguments(__doc__.split("\n")[0], OUT, REVISION, "the article files")
    docs = read_corpus(args.git_dir, args.revision)
    write_corpus(docs, args.out)
    days = sorted(doc["date"] for doc in docs if doc["date"])
    counts = {s: sum(doc["source"] == s for doc in docs) for _, s in FOLDERS}
    undated = sum(not doc["date"] for doc in docs)
    print(
        f"{len(docs)} articles ({counts}), {days[0]} to {days[-1]} "
        f"({undated} undated), to {args.out}"
    )


if __name__ == "__main__":
    main()
