"""Draw Latin American and African English-language press articles for a facet part.

Usage::

    python scripts/build_latafnews_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2924] [--min-chars 800] [--exclude TSV ...] [--revision COMMIT]

Reads, at ``--revision`` (by default e082527, 8 August 2024, the snapshot's head; the
articles last changed in 2f8164b, 26 June 2024) of a git checkout (or bare git directory)
of https://github.com/stanfordnlp/en-worldwide-newswire (the English Worldwide Newswire
set of Shan, Bauer, Carlson and Manning, "Do 'English' Named Entity Recognizers Work Well
on Global Englishes?", Findings of EMNLP 2023), the folder ``original_articles/``: one
plain-text article a file, a paragraph a line, named by country, outlet and number
(``arg_buenosairestimes_3.txt``). Only the files of the Latin American and African outlets
of ``OUTLETS`` are read: the set's Asian, Middle Eastern (Egypt's two outlets among them),
Oceanian and Canadian files, Guyana's Kaieteur News (read by the quote split ``test10``)
and the folder's two zip files are not. The Bolivian files (Time's
articles) are not read either. A file's first line is the article's address on its
outlet's site (all files but one): it is the article's ``url``, its ``date`` the day the
address holds (``/2022/05/17/`` or ``2022-05-17``, else empty), its ``source`` the
address's host without ``www.`` and the country of ``OUTLETS``, its ``text`` the file's
other non-empty lines, whitespace runs as one space, apart by an empty line; a file whose
first line is no address has its file's address in the repository at the revision as
``url``, its prefix as host and all its lines as text. ``title`` is left empty, so that
the text's first line is the title as the indexer takes
it, as ``scripts/build_wwnews_quotes.py`` reads the set. An article's ``id`` is
``latafnews-`` and the file's name without ``.txt``.

Keeps the articles whose text has at least ``--min-chars`` characters and,
of articles with one address or whose text opens (first 200 characters, whitespace runs
read as one space) alike, the first; leaves out those listed in ``--exclude`` (by
address, but for the address forms ``scripts/build_fakehealth_news.py`` compares, and by
opening). Then draws ``--count`` of them (a seeded random sample of the addresses, sorted
so the draw is the same on every run), in the files' order, and writes them, one article
per line, and the ``id``/``url`` list (``TSV``).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_hyperpartisan_news import run_draw  # noqa: E402
from scripts.git_files import git_files  # noqa: E402

REPOSITORY = "https://github.com/stanfordnlp/en-worldwide-newswire"
REVISION = "e082527b86d9a68475166ab584b9c47f282177da"
FOLDER = "original_articles/"
# A file's prefix (its name before the number: the outlet as the set's file names give it)
# -> the country or region the set's README files it under
OUTLETS = {
    "af_afrol": "Africa",
    "af_allaf": "Africa",
    "af_ips": "Africa",
    "afs_ips": "Africa",
    "alg_africanews": "Algeria",
    "alg_algeriapressservice": "Algeria",
    "et_tribune": "Ethiopia",
    "ghana_newsghana": "Ghana",
    "kenya_nation": "Kenya",
    "kenya_thestandard": "Kenya",
    "kenya_tuko": "Kenya",
    "mauritius_lematinal": "Mauritius",
    "nm": "Namibia",
    "nm_econ": "Namibia",
    "nm_economist": "Namibia",
    "panaf_panafricavisions": "Pan-Africa",
    "sa_iol": "South Africa",
    "sa_mg": "South Africa",
    "sa_star": "South Africa",
    "arg_buenosairestimes": "Argentina",
    "chile_chiletoday": "Chile",
    "col_bogotapost": "Colombia",
    "cosric_ticotimes": "Costa Rica",
    "cosrica_ticotimes": "Costa Rica",
    "cuba_diariodecuba": "Cuba",
    "ecuador_ecuadortimes": "Ecuador",
    "elsalv_elsalvadorinenglish": "El Salvador",
    "hond_hondurasnews": "Honduras",
    "mex_mexicodailypost": "Mexico",
    "mex_mexiconewsdaily": "Mexico",
    "nic_todaynicaragua": "Nicaragua",
    "pan_newsroompanama": "Panama",
    "paraguay_mercopress": "Paraguay",
    "peru_andina": "Peru",
    "uruguay_mercopress": "Uruguay",
    "ven_caracaschronicles": "Venezuela",
}
SEED = 2924
# Some 150 words.
MIN_CHARS = 800
# A file's name: its outlet's prefix and its number
NAME = re.compile(r"([a-z_]+?)_(\d+)\.txt")
# A line that is a web address alone: the collectors put the article's address first
ADDRESS = re.compile(r"https?://\S+")
# A day in an address: "/2022/05/17/" or "-2022-05-17"
DAY = re.compile(r"(?:/|\b)(20\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|\b)")


def outlet(path: str) -> str | None:
    """The country or region of the file at ``path`` if it is an article of one of
    ``OUTLETS``."""
    found = NAME.fullmatch(path.rsplit("/", 1)[-1])
    return OUTLETS.get(found.group(1)) if found else None


def article(path: str, content: bytes) -> dict[str, str]:
    """One text file as a part's article: its first line the article's address where it
    is one, the other lines its text."""
    lines = [" ".join(line.split()) for line in content.decode("utf-8", "replace").splitlines()]
    lines = [line for line in lines if line]
    address = bool(lines) and ADDRESS.fullmatch(lines[0]) is not None
    url = lines[0] if address else f"{REPOSITORY}/blob/{REVISION}/{quote(path)}"
    day = DAY.search(url) if address else None
    name = path.rsplit("/", 1)[-1]
    host = url.split("/")[2].removeprefix("www.") if address else name.rsplit("_", 1)[0]
    return {
        "id": "latafnews-" + name.removesuffix(".txt"),
        "title": "",
        "date": "-".join(day.groups()) if day else "",
        "url": url,
        "source": f"{host} ({outlet(path)})",
        "text": "\n\n".join(lines[1:] if address else lines),
    }


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The outlets' articles at ``revision``, in the order of the files' paths."""
    files = git_files(git_dir, revision, FOLDER, lambda p: outlet(p) is not None)
    return [article(path, content) for path, content in files]


def main() -> None:
    run_draw(
        __doc__.split("\n")[0],
        read_corpus,
        revision=REVISION,
        seed=SEED,
        min_chars=MIN_CHARS,
        what="of the Latin American and African press ... outlets",
    )


if __name__ == "__main__":
    main()
