"""Draw health news stories of the FakeHealth repository (HealthStory) for a facet precision part.

Usage::

    python scripts/build_fakehealth_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2018] [--min-chars 800] [--exclude TSV ...]

Reads ``dataset/content/HealthStory/*.json`` at the HEAD of a git checkout (or bare git
directory) of https://github.com/EnyanDai/FakeHealth (the data of E. Dai, Y. Sun and S.
Wang, "Ginger Cannot Cure Cancer: Battling Fake Health News with a Comprehensive Data
Repository", ICWSM 2020; the copy used is at commit ec9379d): 1,638 files, one news
story each, of the health news that HealthNewsReview.org reviewed (Reuters, HealthDay,
WebMD, the New York Times, NPR, the Los Angeles Times, the Wall Street Journal, CNN and
some 90 more hosts), of 2009 to 2018, scraped with newspaper3k. Each file is one JSON
object: ``url`` (the article's address, some of them a web.archive.org copy's),
``title``, ``text`` (the scraped text, paragraphs apart by an empty line),
``publish_date`` (seconds since 1970, or null) and the scrape's other fields, which are
not used. ``HealthRelease`` (press releases, no news outlet's) is not read.

Keeps the stories whose text has at least ``--min-chars`` characters and, of stories with
one address or whose text opens (first 200 characters, whitespace runs read as one space)
alike, the first, in the order of the files' names; leaves out those listed in
``--exclude`` (``scripts/build_newsdata_news.py``'s rules, whose functions this reuses,
by address and by opening), and also those whose address is one of theirs but for its
scheme, ``www.``, port, ``utm_`` tracking parameters, a trailing slash, a print view or a
web.archive.org wrapper (``scripts/build_allsides_news.py``'s address key, the query
kept). Then draws ``--count`` of them (a seeded random sample of the addresses, sorted so
the draw is the same on every run), in that order, and writes ``id`` (``fakehealth-`` and
the number of the corpus's news id ``story_reviews_NNNNN``), ``title``, ``date``
(``publish_date`` as an ISO day, UTC; empty when not given), ``url`` (the corpus's
address), ``source`` (the host of the article's own address, without ``www.`` or port),
``text`` (the scraped text, trailing spaces of its lines and runs of empty lines taken
out), one article per line, and the ``id``/``url`` list (``TSV``).
"""

from __future__ import annotations

import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts import build_newsdata_news as newsdata  # noqa: E402
from scripts.build_allsides_news import address_key, blobs  # noqa: E402
from scripts.build_bbc_news import excluded  # noqa: E402  (the addresses of id/url lists)
from scripts.build_fnc_news import clean, opening  # noqa: E402
from scripts.build_newsdata_news import draw_parser  # noqa: E402

FOLDER = "dataset/content/HealthStory"
SEED = 2018
# Some 150 words.
MIN_CHARS = 800
# A Wayback Machine copy's address: the archive's prefix, then the page's own address.
ARCHIVED = re.compile(r"^https?://web\.archive\.org/web/[^/]+/(?=https?://)")


def own_address(url: str) -> str:
    """The page's own address of an address that may be a web.archive.org copy's."""
    return ARCHIVED.sub("", url.strip())


def key(url: str) -> str:
    """An address compared to another's: its own (archive aside), without scheme,
    ``www.``, port, fragment, print view, trailing slash or ``utm_`` tracking parameters;
    the rest of its query is kept (HealthDay's and NPR's addresses name the article by
    it: ``Article.asp?AID=...``, ``story.php?storyId=...``)."""
    own = own_address(url)
    query = "&".join(
        part for part in urlsplit(own).query.split("&") if part and not part.startswith("utm_")
    )
    bare = re.sub(r":\d+(?=/|$)", "", address_key(own), count=1)
    return f"{bare}?{query}" if query else bare


def iso_day(stamp: float | int | str | None) -> str:
    """``publish_date`` (seconds since 1970) as an ISO day, UTC; empty when not given."""
    if stamp is None or stamp == "":
        return ""
    return datetime.fromtimestamp(float(stamp), UTC).date().isoformat()


def news_number(path: str) -> str:
    """``00042`` of ``.../story_reviews_00042.json``."""
    found = re.fullmatch(r"(?:.*/)?story_reviews_(\d+)\.json", path)
    if not found:
        raise ValueError(f"not a HealthStory news file: {path}")
    return found.group(1)


def article(path: str, story: dict[str, object]) -> dict[str, str]:
    """One HealthStory file as a part's article."""
    url = str(story.get("url") or "").strip()
    host = urlsplit(own_address(url)).netloc.lower().split(":")[0].removeprefix("www.")
    stamp = story.get("publish_date")
    return {
        "id": "fakehealth-" + news_number(path),
        "title": " ".join(str(story.get("title") or "").split()),
        "date": iso_day(stamp if isinstance(stamp, float | int | str) else None),
        "url": url,
        "source": host,
        "text": clean(str(story.get("text") or "")),
    }


def eligible(docs: list[dict[str, str]], skip: set[str], min_chars: int) -> list[dict[str, str]]:
    """The articles long enough, each once (by address and by opening, whitespace aside),
    none of ``skip``'s addresses (but for the address key) nor opening as one of them does."""
    keys = {key(url) for url in skip}
    skip = skip | {d["url"] for d in docs if key(d["url"]) in keys}
    return newsdata.eligible(docs, skip, min_chars, opening)


def read_corpus(git_dir: str) -> list[dict[str, str]]:
    """Every HealthStory file, as articles, in the order of the files' names."""
    return [article(path, json.loads(content)) for path, content in blobs(git_dir, FOLDER)]


def main() -> None:
    args = draw_parser(__doc__.split("\n")[0], SEED, MIN_CHARS).parse_args()
    docs = read_corpus(args.git_dir)
    long_enough = sum(len(d["text"]) >= args.min_chars for d in docs)
    kept = eligible(docs, excluded(args.exclude), args.min_chars)
    drawn = newsdata.drawn_part(args, kept)
    sources = len({d["source"] for d in drawn})
    dated = sum(bool(d["date"]) for d in drawn)
    print(
        f"{len(drawn)} of {len(docs)} stories ({long_enough} of at least {args.min_chars} "
        f"characters, {len(kept)} kept), {sources} hosts, {dated} with a day"
    )


if __name__ == "__main__":
    main()
