"""Write Hong Kong, Canadian and Guyanese press articles for the quote speaker news set.

The presses: Hong Kong's, northern and Indigenous Canada's, and Guyana's.

Usage::

    python scripts/build_wwnews_quotes.py GIT_DIR [--out ../bench-data/wwnews]

Reads, at ``REVISION`` (e082527, 8 August 2024; the articles last changed in 2f8164b, 26 June
2024) of a git checkout (or bare git directory) of
https://github.com/stanfordnlp/en-worldwide-newswire (the English Worldwide Newswire set of
Shan, Bauer, Carlson and Manning, "Do 'English' Named Entity Recognizers Work Well on Global
Englishes?", Findings of EMNLP 2023), the folder ``original_articles/``: one plain-text
article a file, a paragraph a line, named by region, outlet and number. Six outlets' files
are copied, each to its own file: ``cn_article_scmp_*`` (South China Morning Post, Hong
Kong) to ``scmp.jsonl.gz``, ``cn_article_thestandard_*`` (The Standard, Hong Kong) to
``standard.jsonl.gz``, ``canada_nunavut_*`` (Nunavut's press) to ``nunavut.jsonl.gz``,
``canada_yukon_*`` (Yukon's press) to ``yukon.jsonl.gz``, ``canada_indig_*`` (Canada's
Indigenous press) to ``indig.jsonl.gz`` and ``guyana_kaieteurnews_*`` (Kaieteur News,
Guyana) to ``kaieteur.jsonl.gz``. The repository states no licence: the text is the papers'
copyright, used here for research and evaluation only, outside git. The files carry no
date, address or title line of their own: ``date`` and ``url`` are left empty, ``title``
too, so that the first line (the headline or standfirst the collectors kept) is the title
as the indexer takes it.

Writes ``id`` (``wwnews-``, the outlet and the file's number), ``title`` (empty), ``date``,
``url``, ``source`` (the outlet), ``file`` and ``commit``, and ``text``: the file's
non-blank lines, whitespace runs as one space, joined by a blank line; sorted by id.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.git_files import git_files  # noqa: E402
from scripts.reprint_corpus import quote_arguments, write_told  # noqa: E402

REVISION = "e082527b86d9a68475166ab584b9c47f282177da"
FOLDER = "original_articles"
OUT = ROOT.parent / "bench-data" / "wwnews"
# file prefix -> (output file, outlet)
OUTLETS = {
    "cn_article_scmp": ("scmp", "South China Morning Post (Hong Kong)"),
    "cn_article_thestandard": ("standard", "The Standard (Hong Kong)"),
    "canada_nunavut": ("nunavut", "Nunavut press (Canada)"),
    "canada_yukon": ("yukon", "Yukon press (Canada)"),
    "canada_indig": ("indig", "Indigenous press (Canada)"),
    "guyana_kaieteurnews": ("kaieteur", "Kaieteur News (Guyana)"),
}
_NAME = re.compile(r"([a-z_]+?)_(\d+)\.txt")


def body(content: str) -> str:
    """The article's lines as paragraphs joined by a blank line."""
    lines = (" ".join(line.split()) for line in content.splitlines())
    return "\n\n".join(line for line in lines if line)


def read_articles(
    git_dir: str,
    revision: str = REVISION,
    outlets: dict[str, tuple[str, str]] = OUTLETS,
    prefix: str = "wwnews",
) -> dict[str, list[dict[str, str]]]:
    """The articles of ``outlets`` (the six by default) at ``revision``, by output file
    name, their ids opening with ``prefix``."""
    files: dict[str, list[dict[str, str]]] = {name: [] for name, _ in outlets.values()}
    for path, content in git_files(git_dir, revision, FOLDER, lambda p: p.endswith(".txt")):
        found = _NAME.fullmatch(path.rsplit("/", 1)[-1])
        if not found or found.group(1) not in outlets:
            continue
        name, outlet = outlets[found.group(1)]
        files[name].append(
            {
                "id": f"{prefix}-{name}-{int(found.group(2)):03d}",
                "title": "",
                "date": "",
                "url": "",
                "source": f"en-worldwide-newswire: {outlet}",
                "file": path,
                "commit": revision,
                "text": body(content.decode("utf-8")),
            }
        )
    return {name: sorted(docs, key=lambda d: d["id"]) for name, docs in files.items()}


def write_outlets(
    title: str,
    out: Path,
    outlets: dict[str, tuple[str, str]],
    prefix: str,
    dated: Callable[[str], str] | None = None,
) -> None:
    """Read the command line and write each of ``outlets``' files; ``dated``: each
    article's date read from its text, where the outlet prints one."""
    args = quote_arguments(title, out)
    for name, docs in read_articles(args.git_dir, REVISION, outlets, prefix).items():
        for doc in docs if dated is not None else ():
            doc["date"] = dated(doc["text"])
        write_told(docs, args.out / f"{name}.jsonl.gz", f"at {REVISION[:7]}")


def main() -> None:
    write_outlets(__doc__.split("\n")[0], OUT, OUTLETS, "wwnews")


if __name__ == "__main__":
    main()
