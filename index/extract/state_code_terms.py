"""A state's two-letter postal code before a clinical or technical noun is a term's
abbreviation, no place.

Health and science copy writes "CT scans" (computed tomography), "MS patients"
(multiple sclerosis), "PA programs" (physician assistants) and "MD candidates": the
letters are also the postal codes of Connecticut, Mississippi, Pennsylvania and
Maryland, and read alone they are taken for the state. A two-letter code in capitals
right before one of these nouns in small letters is the term's abbreviation.

A code that is also an English word ("OK", "O.K.", "HI", "OH", "ME", "OR", "IN") names
its state only where a state's code stands: after a town and its comma ("Tulsa, OK"),
in a party label or brackets ("R-OK", "(OK)"), or after a slash; elsewhere it is the
word ("The source spoke to OK!", "O.K., we'll consider it").
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


#: Postal codes that are also words, with or without full stops.
_WORD_CODES = frozenset("OK O.K. HI OH ME OR IN".split())
#: What stands before a state's code: a town's comma, a party label's hyphen, a bracket.
_CODE_BEFORE = re.compile(r"(?:[,\-(/][ \t]*)$")


def without_state_code_terms(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less the postal codes that abbreviate a term or are a word (module
    docstring)."""
    return [m for m in mentions if len(m.text) > 4 or not (_term(m, text) or _word(m, text))]


def _word(m: Mention, text: str) -> bool:
    return (
        m.type == PLACE
        and m.text in _WORD_CODES
        and m.name != m.text
        and _CODE_BEFORE.search(text, max(0, m.start - 3), m.start) is None
    )


def _term(m: Mention, text: str) -> bool:
    return (
        len(m.text) == 2
        and m.type == PLACE
        and m.text.isupper()
        and _TERM_NOUN.match(text, m.end) is not None
    )
