"""Draw China Daily's and The Daily Telegraph's articles of 2020-2021 for a facet part.

Usage::

    python scripts/build_nexisnews_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2823] [--min-chars 800] [--exclude TSV ...] [--revision COMMIT]

Reads, at ``--revision`` (by default dd53b08, 8 May 2021, the snapshot's head) of a git
checkout (or bare git directory) of https://github.com/robinhu1/comm313_S21_Final_Project,
R. Hu's course project (COMM313, spring 2021) on how five newspapers wrote of the origins
of COVID-19, the articles of two of its five folders, ``FOLDERS``: one text file an article
(``data/text/<folder>/<name>.txt``, the body as Nexis Uni gave it, paragraphs apart by an
empty line), downloaded from Nexis Uni with the search terms "COVID-19" and "origins" for
January 2019 to March 2021, and each folder's index (``<xx>_corpus_index.json``: a list of
``Filename``, ``Publication``, ``Section``, ``Date``, ``Title``, ``Author``, ``LNID``). The
other three folders (The New York Times, The Guardian, Hindustan Times) hold outlets that
earlier parts read and are not read. The folders' other files (a composite of all texts,
its key terms, the index) and the AppleDouble files (``._<name>``) are no articles.

An article's ``title``, ``date`` and ``source`` are its index entry's (``Title``; ``Date``
as a day, ``2020-02-25`` or ``9/9/20``; ``Publication``) when the index names its file once;
a file the index names several times (with one title and several days) or not at all has
no title nor day and its folder's outlet as source. Its ``url`` is the file's address in
the repository at the revision, its ``id`` ``nexis-`` and 10 hex digits of the address's
SHA-1, its ``text`` the file's non-empty lines, whitespace runs as one space, apart by an
empty line, with runs of UTF-8 read as Windows-1252 (``â€™`` for ``’``) read again.

Keeps the articles whose text has at least ``--min-chars`` characters and, of articles
with one address or whose text opens (first 200 characters, whitespace runs read as one
space) alike, the first; leaves out those listed in ``--exclude`` (by address, but for the
address forms ``scripts/build_fakehealth_news.py`` compares, and by opening). Then draws
``--count`` of them (a seeded random sample of the addresses, sorted so the draw is the
same on every run), in the files' order, and writes them, one article per line, and the
``id``/``url`` list (``TSV``).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_hyperpartisan_news import run_draw  # noqa: E402
from scripts.git_files import git_files  # noqa: E402

REPOSITORY = "https://github.com/robinhu1/comm313_S21_Final_Project"
REVISION = "dd53b08e489dd116365eeaae26cab611bd7f6a21"
# The folders read, each with its index and its outlet (the source of a file the index
# does not name once).
FOLDERS = {
    "data/text/china_daily/": ("cd_corpus_index.json", "China Daily - US Edition"),
    "data/text/daily_telegraph/": ("dt_corpus_index.json", "The Daily Telegraph (Australia)"),
}
SEED = 2823
# Some 150 words.
MIN_CHARS = 800
# An index's day: "2020-02-25" or, month first, "9/9/20"
ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
US_DAY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d\d)")
# A run of characters outside ASCII: UTF-8 bytes read as Windows-1252 come as such runs
NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def day(value: str | None) -> str:
    """An index's ``Date`` as ``YYYY-MM-DD`` (empty when it is neither form)."""
    value = (value or "").strip()
    if ISO_DAY.fullmatch(value):
        return value
    us = US_DAY.fullmatch(value)
    return f"20{us[3]}-{int(us[1]):02d}-{int(us[2]):02d}" if us else ""


def mended(text: str) -> str:
    """``text`` with each run of UTF-8 that was read as Windows-1252 read again
    (``â€™`` -> ``’``); a run that does not read back as UTF-8 is kept."""

    def again(run: re.Match[str]) -> str:
        try:
            raw = b"".join(_cp1252_byte(char) for char in run[0])
            return raw.decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError, ValueError):
            return run[0]

    return NON_ASCII.sub(again, text)


def _cp1252_byte(char: str) -> bytes:
    """The Windows-1252 byte of ``char``; the five bytes that code page leaves undefined
    (``\\x81``, ``\\x8d``, ``\\x8f``, ``\\x90``, ``\\x9d``) come through as Latin-1."""
    try:
        return char.encode("cp1252")
    except UnicodeEncodeError:
        return char.encode("latin-1")


def article(path: str, content: bytes, entry: dict[str, str] | None, outlet: str) -> dict[str, str]:
    """One text file as a part's article, with its index entry (``None`` when the index
    does not name the file once)."""
    url = f"{REPOSITORY}/blob/{REVISION}/{quote(path)}"
    lines = (
        " ".join(line.split()) for line in mended(content.decode("utf-8", "replace")).splitlines()
    )
    entry = entry or {}
    return {
        "id": "nexis-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10],
        "title": " ".join(mended(entry.get("Title") or "").split()),
        "date": day(entry.get("Date")),
        "url": url,
        "source": (entry.get("Publication") or outlet).strip(),
        "text": "\n\n".join(line for line in lines if line),
    }


def is_article(path: str) -> bool:
    """Whether ``path`` is an article's text file (not an AppleDouble file, a composite of
    the folder's texts or its key terms)."""
    name = path.rsplit("/", 1)[-1]
    return (
        name.endswith(".txt")
        and not name.startswith("._")
        and not name.endswith(("_composite_text.txt", "_terms_only_texts.txt"))
    )


def entries(index: bytes) -> dict[str, dict[str, str]]:
    """An index's entries by file name, for the names it gives once."""
    rows = json.loads(index.decode("utf-8"))
    names = [row.get("Filename") for row in rows]
    return {row["Filename"]: row for row in rows if names.count(row.get("Filename")) == 1}


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The folders' articles at ``revision``, in the order of the files' paths."""
    docs: list[dict[str, str]] = []
    for folder, (index_name, outlet) in FOLDERS.items():
        files = git_files(git_dir, revision, folder, lambda p: True)
        index = entries(next(c for p, c in files if p == folder + index_name))
        for path, content in files:
            if is_article(path):
                name = path.rsplit("/", 1)[-1]
                docs.append(article(path, content, index.get(name), outlet))
    return docs


def main() -> None:
    run_draw(
        __doc__.split("\n")[0],
        read_corpus,
        revision=REVISION,
        seed=SEED,
        min_chars=MIN_CHARS,
        what="of China Daily and The Daily Telegraph of 2020-2021 ... outlets",
    )


if __name__ == "__main__":
    main()
