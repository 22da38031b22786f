"""Ranking quality on a public test collection, against plain BM25 of the same engine.

    python -m bench.ranking_eval [--data ../shared/corpora/cranfield] [--engines tantivy,whoosh]
                                 [--parts dev,test]

Indexes the collection's documents (title and text) with each engine, runs every
judged query through the search as a user gets it (the default mode: all the
words, else any, with the same options as `search QUERY --limit 100`), and scores
nDCG@10, recall@100 and MRR@10 with ``../shared/tools/ir_eval.py``'s own
scorer. Beside it, that tool's plain BM25 retriever of the same engine (OR of the
query words, English stemming, title + text in one field). The queries are split
by id into a development part (odd ids: the ranking was tuned on it) and a test
part (even ids: looked at once, after the tuning); both are printed unless
``--parts dev`` asks for the development part only (while tuning).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))

from search.engine import search  # noqa: E402
from search.models import SearchRequest  # noqa: E402
from search.store import open_store  # noqa: E402


def ir_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ir_eval", SHARED / "tools" / "ir_eval.py")
    assert spec and spec.loader, "../shared/tools/ir_eval.py is needed"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(corpus: list[tuple[str, str, str]], engine: str, work: Path) -> Path:
    from index.read.article import Article
    from index.write.writer import update_index

    articles = [Article(id=i, title=title, body=text or title) for i, title, text in corpus]
    index_dir = work / f"ix-{engine}"
    update_index([a for a in articles if a.body], index_dir, engine=engine)
    return index_dir


def ours(index_dir: Path, queries: dict[str, str], judged: dict[str, Any]) -> dict[str, list[str]]:
    store = open_store(index_dir)
    run = {}
    for qid in judged:
        request = SearchRequest(query=queries[qid], limit=100, passages_per_hit=0, all_copies=True)
        run[qid] = [hit.id for hit in search(store, request).hits]
    store.close()
    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=SHARED / "corpora" / "cranfield")
    parser.add_argument("--engines", default="tantivy,whoosh")
    parser.add_argument("--parts", default="dev,test", help="dev (odd query ids), test (even)")
    args = parser.parse_args()
    tool = ir_eval()
    corpus, queries, qrels = tool.load_collection(str(args.data), "test")
    parts = {
        part: {q: r for q, r in qrels.items() if (int(q) % 2 == 1) == (part == "dev")}
        for part in ("dev", "test")
        if part in args.parts.split(",")
    }
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as work:
        for engine in args.engines.split(","):
            index_dir = build(corpus, engine, Path(work))
            plain = getattr(tool, f"build_{engine}")(corpus, "flat", tempfile.mkdtemp(dir=work))
            for part, judged in parts.items():
                mine = tool.score_run(ours(index_dir, queries, judged), judged)
                base = tool.score_run({q: plain(queries[q], 100) for q in judged}, judged)
                results[f"{engine} {part}"] = {
                    "project": {k: round(v, 4) for k, v in mine.items()},
                    "plain_bm25": {k: round(v, 4) for k, v in base.items()},
                    "queries": len(judged),
                }
    print(json.dumps({"data": str(args.data), "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
