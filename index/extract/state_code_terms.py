"""A state's two-letter postal code before a clinical or technical noun is a term's
abbreviation, no place.

Health and science copy writes "CT scans" (computed tomography), "MS patients"
(multiple sclerosis), "PA programs" (physician assistants) and "MD candidates": the
letters are also the postal codes of Connecticut, Mississippi, Pennsylvania and
Maryland, and read alone they are taken for the state. A two-letter code in capitals
right before one of these nouns in small letters is the term's abbreviation.
"""

from __future__ import annotations

import re

from index.records import PLACE, Mention

#: Nouns in small letters that a term's abbreviation goes before ("CT scans").
_TERM_NOUN = re.compile(
    r"[ \t]+(?:scans?|scanners?|scanning|images?|imaging|patients?|symptoms?|drugs?|"
    r"treatments?|therapy|therapies|lesions?|programs?|programmes?|candidates?|degrees?|"
    r"students?)\b"
)


def without_state_code_terms(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less the postal codes that abbreviate a term (module docstring)."""
    return [m for m in mentions if not _term(m, text)]


def _term(m: Mention, text: str) -> bool:
    return (
        len(m.text) == 2
        and m.type == PLACE
        and m.text.isupper()
        and _TERM_NOUN.match(text, m.end) is not None
    )
