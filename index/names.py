"""Name keys (stub; being implemented)."""
from __future__ import annotations


def name_key(name: str) -> str:
    return " ".join(name.lower().split())
