"""Entity export for scripts: JSON Lines in, one JSON line of entities out.

Each input line is ``{"id": ..., "text": "..."}``; each output line is
``{"id": ..., "entities": [{"start", "end", "type", "text", "name", "entity_id"}]}`` (plus
``"country"``, an ISO code, for a place when it is known), with character
offsets (Unicode code points, end exclusive) into the given text, so that
``text[start:end] == entity["text"]``. A line that cannot be read gives
``{"id": ... or null, "line": n, "error": "line n: ..."}`` and the rest go on.
Blank lines are skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from index.aliases import AliasBook
from index.extract.aliasing import apply_aliases
from index.extract.entities import extract_entities
from index.records import Mention


def export_entities(
    lines: Iterable[str | bytes], aliases: AliasBook | None = None
) -> Iterator[dict[str, Any]]:
    """One result per non-blank input line, in order (see the module docstring).
    Lines may be bytes (UTF-8, as read from a pipe) or text."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line.decode("utf-8") if isinstance(line, bytes) else line)
        except UnicodeDecodeError as error:
            yield _error(number, None, f"not UTF-8 text ({error.reason})")
            continue
        except ValueError as error:
            yield _error(number, None, f"not JSON ({error})")
            continue
        if not isinstance(record, dict):
            yield _error(number, None, 'expected an object such as {"id": 1, "text": "..."}')
            continue
        text = record.get("text")
        if not isinstance(text, str):
            yield _error(number, record.get("id"), 'needs a "text" string')
            continue
        found = extract_entities(text)
        if aliases:
            found = apply_aliases(found, aliases)
        yield {"id": record.get("id"), "entities": [entity_to_dict(m) for m in found]}


def entity_to_dict(mention: Mention) -> dict[str, Any]:
    entity: dict[str, Any] = {
        "start": mention.start,
        "end": mention.end,
        "type": mention.type,
        "text": mention.text,
        "name": mention.name,
        "entity_id": mention.entity_id,
    }
    if mention.country:
        entity["country"] = mention.country
    return entity


def _error(number: int, record_id: Any, problem: str) -> dict[str, Any]:
    return {"id": record_id, "line": number, "error": f"line {number}: {problem}"}
