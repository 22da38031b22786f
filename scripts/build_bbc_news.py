"""Draw BBC News articles for a facet precision part (test3 onward), one article per line.

Usage::

    python scripts/build_bbc_news.py BBC_GIT_DIR OUT.jsonl.gz TSV [--per-class 40]
        [--seed 2006] [--exclude TSV ...]

Reads ``bbc/{business,entertainment,politics,sport,tech}/NNN.txt`` from a git checkout
holding the BBC News dataset of Greene and Cunningham (ICML 2006; 2,225 BBC News website
articles of 2004-2005, http://mlg.ucd.ie/datasets/bbc.html; the copy used is
https://github.com/dejanbatanjac/bbc-article-classify-bert at commit 8265dc8). Draws
``--per-class`` articles of each of the five classes (a seeded random sample of the sorted
file names, so the draw is the same on every run; ``--seed`` 2006 draws test3, 2007 with
``--exclude tests/data/bbc_test3/articles.tsv`` test4, 2008 excluding test3's and test4's
lists test5, 2009 excluding test3's to test5's test6) and writes ``id``, ``title``,
``url``, ``source``, ``text`` (the title is the file's first line, the body the lines
after it, paragraphs as in the file; the dataset gives no dates). Also writes the
``id``/``url`` list (``TSV``; ``url`` is the file's path in the dataset). ``--exclude`` (repeatable)
names such a list whose files are not drawn, nor any file whose body opens as one of
theirs does (the dataset holds some articles twice); then only the first name of files
opening alike is drawn, so two parts share no article and a part holds none twice.
A class with fewer files left than ``--per-class`` gives all it has (the dataset runs
out: after test10's exclusions tech has 6 files left).
(test3's draw, with no ``--exclude``, takes the files as they are.)
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import subprocess
from pathlib import Path

CLASSES = ("business", "entertainment", "politics", "sport", "tech")
SEED = 2006
# Two files whose bodies open alike are one article (the dataset holds some twice, under
# two names, some with a word changed); the parts' test compares the same opening.
OPENING = 200


def names(git_dir: str) -> list[str]:
    listing = subprocess.run(
        ["git", "-C", git_dir, "ls-tree", "-r", "--name-only", "HEAD", "bbc"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return sorted(n for n in listing if n.endswith(".txt") and n.count("/") == 2)


def excluded(tsvs: list[Path]) -> set[str]:
    """The file names (``url`` column) listed in the ``id``/``url`` lists ``tsvs``."""
    names: set[str] = set()
    for tsv in tsvs:
        rows = tsv.read_text(encoding="utf-8").splitlines()[1:]
        names.update(row.split("\t")[1] for row in rows if row.strip())
    return names


def copies(bodies: dict[str, str], listed: set[str]) -> set[str]:
    """The names of ``bodies`` (name -> body) not to draw: the listed files, the files whose
    body opens as a listed file's does, and of files opening alike all but the first name."""
    seen = {bodies[n][:OPENING] for n in listed if n in bodies}
    skip = set(listed)
    for name in sorted(bodies):
        opening = bodies[name][:OPENING]
        if opening in seen:
            skip.add(name)
        seen.add(opening)
    return skip & set(bodies)


def draw(
    all_names: list[str], per_class: int, seed: int = SEED, exclude: frozenset[str] = frozenset()
) -> list[str]:
    rng = random.Random(seed)
    drawn: list[str] = []
    for cls in CLASSES:
        members = [n for n in all_names if n.split("/")[1] == cls and n not in exclude]
        # a class with fewer files left than asked gives all it has (the dataset runs out)
        drawn.extend(sorted(rng.sample(members, min(per_class, len(members)))))
    return drawn


def read(git_dir: str, name: str) -> dict[str, str]:
    text = subprocess.run(
        ["git", "-C", git_dir, "show", f"HEAD:{name}"], check=True, capture_output=True
    ).stdout.decode("utf-8", errors="replace")
    lines = text.strip().splitlines()
    title = lines[0].strip()
    body = "\n".join(lines[1:]).strip()
    _, cls, file = name.split("/")
    return {
        "id": f"bbc-{cls}-{Path(file).stem}",
        "title": title,
        "url": name,
        "source": "BBC News",
        "text": body,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("git_dir")
    parser.add_argument("out", type=Path)
    parser.add_argument("tsv", type=Path)
    parser.add_argument("--per-class", type=int, default=40)
    parser.add_argument("--seed", type=int, default=SEED, help="seed of the random draw")
    parser.add_argument(
        "--exclude",
        type=Path,
        action="append",
        default=[],
        help="an id/url TSV whose files are not drawn (repeatable)",
    )
    args = parser.parse_args()
    all_names = names(args.git_dir)
    skip: frozenset[str] = frozenset()
    if args.exclude:
        bodies = {n: read(args.git_dir, n)["text"] for n in all_names}
        skip = frozenset(copies(bodies, excluded(args.exclude)))
    drawn = draw(all_names, args.per_class, args.seed, skip)
    docs = [read(args.git_dir, n) for n in drawn]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(args.out, "wt", encoding="utf-8") as sink:
        for doc in docs:
            sink.write(json.dumps(doc, ensure_ascii=False) + "\n")
    rows = ["id\turl", *(f"{d['id']}\t{d['url']}" for d in docs)]
    args.tsv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    counts = {cls: sum(n.split("/")[1] == cls for n in drawn) for cls in CLASSES}
    print(f"{len(docs)} articles ({', '.join(f'{c} {k}' for c, k in counts.items())})")


if __name__ == "__main__":
    main()
