"""Write the Wikinews documents of the GUM corpus as one article per line (test2 part).

Usage::

    python scripts/build_wikinews_gum.py GUM_GIT_DIR OUT.jsonl.gz TSV

Reads ``dep/GUM_{news,interview}_*.conllu`` from a git checkout of
https://github.com/amir-zeldes/gum (the text of those documents is English Wikinews,
CC BY 2.5), keeps documents whose ``meta::author`` is Wikinews and writes ``id``,
``title``, ``date``, ``url``, ``source``, ``text``: the body is the ``# text =`` lines of
each sentence after the headline, a paragraph per ``# newpar``. Also writes the
``id``/``url`` list (``TSV``). Only the text is read: the annotations are not used.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path


def documents(git_dir: str) -> list[dict[str, str]]:
    names = subprocess.run(
        ["git", "-C", git_dir, "ls-tree", "-r", "--name-only", "HEAD", "dep"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    wanted = [n for n in names if n.startswith(("dep/GUM_news_", "dep/GUM_interview_"))]
    return [d for n in sorted(wanted) if (d := read(git_dir, n))]


def read(git_dir: str, name: str) -> dict[str, str] | None:
    text = subprocess.run(
        ["git", "-C", git_dir, "show", f"HEAD:{name}"], check=True, capture_output=True, text=True
    ).stdout
    meta: dict[str, str] = {}
    paragraphs: list[list[str]] = []
    for line in text.splitlines():
        if line.startswith("# meta::"):
            key, _, value = line[len("# meta::") :].partition(" = ")
            meta[key] = value
        elif line == "# newpar" or line.startswith("# newpar "):
            paragraphs.append([])
        elif line.startswith("# text = "):
            if not paragraphs:
                paragraphs.append([])
            paragraphs[-1].append(line[len("# text = ") :])
    if meta.get("author", "").lower() != "wikinews" or len(paragraphs) < 2:
        return None
    body = "\n\n".join(" ".join(p) for p in paragraphs[1:] if p)
    short = Path(name).stem.removeprefix("GUM_")
    return {
        "id": f"gum-{short}",
        "title": meta.get("title", " ".join(paragraphs[0])),
        "date": meta.get("dateCreated", ""),
        "url": meta.get("sourceURL", ""),
        "source": "Wikinews",
        "text": body,
    }


def main() -> None:
    git_dir, out, tsv = sys.argv[1:4]
    docs = documents(git_dir)
    with gzip.open(out, "wt", encoding="utf-8") as sink:
        for doc in docs:
            sink.write(json.dumps(doc, ensure_ascii=False) + "\n")
    rows = ["id\turl", *(f"{d['id']}\t{d['url']}" for d in docs)]
    Path(tsv).write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(docs)} articles")


if __name__ == "__main__":
    main()
