"""Record and read facet labels per article (the format: ``bench/facet_articles.py``).

Usage (from the repository root)::

    python bench/facet_article_labels.py --part fresh21 --record [--force] [--at COMMIT]
    python bench/facet_article_labels.py --part fresh21 --list [--id ID ...] [--all]
    python bench/facet_article_labels.py --part fresh21 --apply READ.jsonl

Indexes the part's articles as ``bench/facet_precision_eval.py`` does (``--index DIR``
keeps the index in DIR and reads it from there the next time; ``--articles FILE`` reads
the text from another file).

``--record`` writes into the part's ``labels.jsonl``, for each labelled value that has no
``articles`` yet (every value with ``--force``), the ids of the articles whose facet holds
it now and ``articles_at``, the commit checked out (short form; ``--at COMMIT`` names an
earlier commit whose index/ and search/ the tree holds unchanged); ``ok``, ``why`` and the
other fields stay as they are. Record a value's articles anew only when they are read
anew: a recorded article counts as read.

``--list`` prints, for each value labelled wrong that has no ``wrong_in`` yet (``--all``:
every one; ``--id``: those ids, labelled or not), its label's reason and each of its
articles' id, title and the sentences holding one of the value's spellings (the entity's
and its folded surnames' spellings the index gives), for reading under the part's
README's rules.

``--apply READ.jsonl`` writes what was read: one JSON object per line, ``facet``, ``id``,
``wrong_in`` (a list of article ids, or ``"all"`` for all the value's ``articles``) and
optionally ``read_again`` (a note, written after the label's earlier note if it has one),
into the labels of those values.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.facet_articles import KINDS, Key, spelled, value_articles  # noqa: E402
from bench.facet_precision_eval import PARTS, index_part, part_text  # noqa: E402


def read_rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def write_rows(path: Path, rows: list[dict[str, object]]) -> None:
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    path.write_text(text, encoding="utf-8")


def commit(at: str | None) -> str:
    """The commit checked out, short form; or ``at``, when the tree's index/ and search/
    (what decides the facets) are that commit's."""
    git = ["git", "-C", str(ROOT)]
    if at is not None:
        same = subprocess.run([*git, "diff", "--quiet", at, "--", "index", "search"])
        if same.returncode != 0:
            raise SystemExit(f"--at {at}: index/ or search/ differ from that commit's")
        return at
    command = [*git, "rev-parse", "--short=7", "HEAD"]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()


def record(
    rows: list[dict[str, object]], current: Mapping[Key, frozenset[str]], at: str, force: bool
) -> int:
    """Each row's articles now (those lacking them, or all with force), in place; how many."""
    done = 0
    for row in rows:
        if "articles" in row and not force:
            continue
        row["articles"] = sorted(current.get((str(row["facet"]), str(row["id"])), ()))
        row["articles_at"] = at
        done += 1
    return done


def apply(rows: list[dict[str, object]], read: list[dict[str, object]]) -> int:
    """The read ``wrong_in`` (and ``read_again``) into the rows, in place; how many."""
    by_key = {(str(row["facet"]), str(row["id"])): row for row in rows}
    for item in read:
        row = by_key[(str(item["facet"]), str(item["id"]))]
        if "articles" not in row:
            raise SystemExit(f"{item['facet']} {item['id']}: no articles recorded to read")
        wrong = row["articles"] if item["wrong_in"] == "all" else item["wrong_in"]
        assert isinstance(wrong, list)
        unknown = set(wrong) - set(row["articles"])  # type: ignore[call-overload]
        if unknown:
            raise SystemExit(f"{item['facet']} {item['id']}: not among its articles: {unknown}")
        row["wrong_in"] = sorted(wrong)
        if "read_again" in item:  # after an earlier note, if any: that one stays
            earlier = row.get("read_again")
            note = str(item["read_again"])
            row["read_again"] = f"{earlier} | {note}" if isinstance(earlier, str) else note
    return len(read)


def listing(index: Path, rows: list[dict[str, object]], ids: list[str], every: bool) -> None:
    """Print each chosen value's articles with its spellings' sentences."""
    from search.store import open_store

    current = value_articles(index)
    labelled = {(str(r["facet"]), str(r["id"])): r for r in rows}
    if ids:
        keys = [k for k in current if k[1] in ids]
    else:
        keys = [k for k, r in labelled.items() if not r["ok"] and (every or "wrong_in" not in r)]
    with open_store(index) as store:
        folds = store.person_folds
        for key in sorted(keys):
            row = labelled.get(key, {})
            kind = KINDS[key[0]]
            named = [key[1], *(a for a, h in folds.items() if h == key[1] and kind == "PERSON")]
            spellings = [v for e in store.entities(kind, named).values() for v in e.variants]
            print(f"== {key[0]} {row.get('value', '')} ({key[1]}) ok={row.get('ok')}")
            print(f"   why: {row.get('why', '')}")
            for article_id in sorted(current.get(key, ())):
                article = store.reader.by_id(article_id)
                if article is None:
                    continue
                print(f"-- {article_id}: {article.title}")
                found = spelled(f"{article.title}\n{article.body}", spellings)
                for sentence in found or [f"(no spelling found of {sorted(set(spellings))})"]:
                    print(f"     {sentence}")


@contextmanager
def part_index(part: str, articles: Path | None, keep: Path | None) -> Iterator[Path]:
    """The part's index: kept in ``keep`` (built there once), or in a temporary folder."""
    if keep is not None and (keep / "index").is_dir():
        yield keep / "index"
        return
    text = part_text(part, articles)
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        yield index_part(text, keep)
        return
    with tempfile.TemporaryDirectory() as work:
        yield index_part(text, Path(work))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=list(PARTS), required=True)
    parser.add_argument("--articles", type=Path, help="the part's articles (.jsonl.gz)")
    parser.add_argument("--index", type=Path, help="keep the part's index here, reuse it")
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--record", action="store_true", help="write each value's articles")
    mode.add_argument("--list", action="store_true", help="print wrong values' sentences")
    mode.add_argument("--apply", type=Path, help="write the wrong_in read (JSON Lines)")
    parser.add_argument("--force", action="store_true", help="--record: every value anew")
    parser.add_argument("--at", help="--record: the commit to name (index/, search/ the same)")
    parser.add_argument("--all", action="store_true", help="--list: every wrong value")
    parser.add_argument("--id", action="append", default=[], help="--list: this value's id")
    args = parser.parse_args()
    path = PARTS[args.part] / "labels.jsonl"
    rows = read_rows(path)
    if args.apply:
        done = apply(rows, read_rows(args.apply))
        write_rows(path, rows)
        print(f"{path}: wrong_in written for {done} values")
        return
    with part_index(args.part, args.articles, args.index) as index:
        if args.list:
            listing(index, rows, args.id, args.all)
            return
        done = record(rows, value_articles(index), commit(args.at), args.force)
    write_rows(path, rows)
    print(f"{path}: articles recorded for {done} values")


if __name__ == "__main__":
    main()
