"""Copy the Ghanaian news sites' stories of January 2026 for the reprint labelled set.

Usage::

    python scripts/build_ghananews_reprints.py GIT_DIR [OUT.jsonl.gz] [--revision COMMIT]

Reads ``feed.json`` and ``public/news-feed.json`` at every commit that changed one of them
up to ``--revision`` (by default 3e0fb85, 14 January 2026, the last such commit), oldest
first, in a git checkout (or bare git directory) of
https://github.com/oscarmireku/ghana-news-feed, as ``scripts/build_ghananews_news.py``
describes: the stories of some 20 Ghanaian news sites (GhanaWeb, Peace FM, Adom Online,
3News, MyJoyOnline, Asaase Radio, The Herald, the B&FT, the Daily Guide and others) of 7 to
14 January 2026. Many outlets over the same days: the Ghana News Agency's copy and one
site's story run by others word for word or rewritten, a story taken twice, sports
results, prices and briefings of one template, and one site's page furniture, which is
what the reprint set needs of it.

Writes one article per line, gzipped (by default to
``../bench-data/ghananews/reprints.jsonl.gz`` beside the repository): ``id`` (10 hex
digits of the address's SHA-1, as the facet part's ``ghnews-`` ids), ``title``, ``url``,
``source`` and ``text`` as the facet part reads them, and ``date``: the story's day as
the site gives it (``Jan 11, 11:48 AM``, in the year of the feed), or, where the site
gives a time relative to the feed (Peace FM's ``3 hours ago``, ``1 days ago``), the day
of the feed's time (UTC, Ghana's time too) less that time; empty where neither is given
(``Recent``). Every story is kept, however short, but one per address (the first, in the
order read). The text stays outside git; the labelled set holds only ids.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_ghananews_news import REVISION, article, versions  # noqa: E402
from scripts.build_masakhanews_news import show  # noqa: E402
from scripts.reprint_corpus import arguments, write_corpus  # noqa: E402

OUT = ROOT.parent / "bench-data" / "ghananews" / "reprints.jsonl.gz"
PREFIX = "ghnews-"
# A time relative to the feed's, as a site gives it: "59 minutes ago", "1 days ago".
RELATIVE = re.compile(r"(\d+)\s+(minute|hour|day)s?\s+ago", re.IGNORECASE)


def relative_day(stamp: str, generated: str) -> str:
    """The day of a story stamped ``3 hours ago`` in a feed made at ``generated`` (ISO,
    UTC), or empty when the stamp is no such time or the feed's time cannot be read."""
    found = RELATIVE.fullmatch(stamp.strip())
    try:
        made = datetime.fromisoformat(generated.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if found is None:
        return ""
    number, unit = int(found.group(1)), found.group(2).lower()
    return (made - timedelta(**{f"{unit}s": number})).date().isoformat()


def story(raw: dict[str, str], generated: str) -> dict[str, str]:
    """One story of a feed as an article of the reprint corpus."""
    doc = article(raw, generated)
    day = doc["date"] or relative_day(str(raw.get("time") or ""), generated)
    return {**doc, "id": doc["id"].removeprefix(PREFIX), "date": day}


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The feeds' stories up to ``revision``, one per address, in the order first read."""
    docs: dict[str, dict[str, str]] = {}
    for commit, path in versions(git_dir, revision):
        feed = json.loads(show(git_dir, commit, path))
        for raw in feed.get("stories") or []:
            doc = story(raw, str(feed.get("generated_at") or ""))
            docs.setdefault(doc["url"], doc)
    return list(docs.values())


def main() -> None:
    args = arguments(__doc__.split("\n")[0], OUT, REVISION, "the feeds")
    docs = read_corpus(args.git_dir, args.revision)
    write_corpus(docs, args.out)
    days = sorted(doc["date"] for doc in docs if doc["date"])
    sources = {doc["source"] for doc in docs}
    undated = sum(not doc["date"] for doc in docs)
    print(
        f"{len(docs)} stories of {len(sources)} sites, {days[0]} to {days[-1]} "
        f"({undated} undated), to {args.out}"
    )


if __name__ == "__main__":
    main()
