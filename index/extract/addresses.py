"""A name that is part of an e-mail address is no mention.

Web copy closes with the newsroom's addresses ("email us at HaveYourSay@bbc.co.uk",
"tips@newsdesk.example.org"). The capitalised run of the address's local part, or of its
domain, read as a name, became a place or a body shown in the facets of every article
with the furniture. A mention that runs right up to an "@" (the local part), or starts
right after one and runs into a dot (the domain), is none. A handle standing alone
("@BBCBreaking said") is left as read.
"""

from __future__ import annotations

from index.records import Mention


def without_addresses(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less those that are part of an e-mail address (module docstring)."""
    if "@" not in text:
        return mentions
    return [m for m in mentions if not _in_address(m, text)]


def _in_address(m: Mention, text: str) -> bool:
    after = text[m.end : m.end + 1]
    if after == "@":
        return True
    return (
        m.start > 0
        and text[m.start - 1] == "@"
        and after == "."
        and text[m.end + 1 : m.end + 2].isalnum()
    )
