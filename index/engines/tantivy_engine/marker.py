"""The one document of a tantivy index that describes its commit.

It carries the commit id (so a reader knows which tables belong to what it
sees) and how many values each keyword field has been given over the index's
life (deleted articles' values are not taken off: an estimate of each facet's
cost, by which a reader splits facet work evenly). Indexes of earlier versions
carry the commit id alone, as a number.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import field
from typing import Any

from tantivy import Query

from index.engines.tantivy_engine.schema import META, RECORD
from index.frozen import record


@record
class Marker:
    """The commit a searcher sees (0 before the first) and the values given to
    each keyword field (empty when not known)."""

    commit: int
    values: Mapping[str, int] = field(default_factory=dict)

    def to_bytes(self) -> bytes:
        return json.dumps({"commit": self.commit, "values": dict(self.values)}).encode()


def read_marker(searcher: Any, schema: Any) -> Marker:
    """The marker the searcher sees; ValueError when it cannot be read."""
    found = searcher.search(Query.term_query(schema, META, "commit"), 1)
    if not found.hits:
        return Marker(0)
    text = bytes(searcher.doc(found.hits[0][1])[RECORD][0]).decode()
    try:
        if not text.startswith("{"):
            return Marker(int(text))
        data = json.loads(text)
        values = data.get("values") or {}
        return Marker(int(data["commit"]), {str(k): int(v) for k, v in values.items()})
    except (ValueError, KeyError, TypeError, AttributeError) as error:  # not one written here
        raise ValueError(f"unreadable commit marker: {text[:80]!r}") from error
