"""The Whoosh fix applied by the writer: a field without lengths is looked up once."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh.filedb.filestore import FileStorage

from index.read.articles import Article
from index.write.writer import update_index

BODY = "Talks in Geneva resumed on Monday. The minister said the port would reopen."


def test_a_flush_does_not_stat_a_missing_column_once_per_posting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    original = FileStorage.file_exists

    def counting(self: FileStorage, name: str) -> bool:
        calls.append(name)
        return bool(original(self, name))

    monkeypatch.setattr(FileStorage, "file_exists", counting)
    articles = [Article(f"a{n}", f"Report {n}", f"{BODY} Item {n}.") for n in range(40)]
    stats = update_index(articles, tmp_path / "index", engine="whoosh")
    assert stats.articles == 40
    lengths = [name for name in calls if name.endswith("_len.col")]
    # 40 articles, each with postings in several unscored fields: without the
    # fix every posting asks the file system again.
    assert len(calls) < 100, len(calls)
    assert lengths and len(lengths) == len(set(lengths))  # each column asked about once
