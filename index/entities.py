"""Entity extraction: places, people and organisations in article text.

CONTRACT (stub; being implemented):
    extract_entities(text: str) -> list[Mention]
"""

from __future__ import annotations

from dataclasses import dataclass

PLACE = "PLACE"
PERSON = "PERSON"
ORG = "ORG"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    type: str
    text: str
    entity_id: str
    name: str
    country: str | None = None


def extract_entities(text: str) -> list[Mention]:
    return []
