"""Quoted phrases that are titles, not quotations, for :mod:`index.extract.quotes`
(its stage 2).

A phrase after "so-called" is a label; a Title Case phrase of at most ten words
after a title noun (``the film "Gone with the Wind"``), or one that neither
starts a clause nor is attributed right after it (``on "Good Morning Britain"
on Friday``; a comma inside the marks before another title, ``which`` or ``and``
is the sentence's, ``best known for "Night Shift," which ran``), is the name of a
book, film, programme or slogan.
"""

from __future__ import annotations

import re

_TITLE_NOUNS = frozenset(
    "book film movie song album novel play show series programme program documentary "
    "poem headline magazine newspaper slogan operation campaign titled entitled headlined "
    "named dubbed nicknamed code-named called as".split()
)
_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from is de".split())
_MAX_WORDS = 10
# A term in quotes, a noun phrase's word: 'three "immigrants"', 'a "shield" law'.
_TERM_WORDS = 2
_DETERMINER_BEFORE = re.compile(
    r"(?:^|\s)(?:a|an|the|its|their|these|those|some|several|many|\d+|two|three|four|five)\s+$",
    re.IGNORECASE,
)
# Words of speech that make it someone's words after all ('claiming gun owners
# support the "common-sense" measures').
_SPEECH = re.compile(
    r"\b(?:saying|claiming|calling|describing|dubbing|branding|labell?ing|arguing|insisting"
    r"|promising|vowing|warning|urging|accusing|declaring|stating)\b"
)
# What follows a title's comma, not an attribution's: 'best known for "Night Shift,"
# which ran ...', 'starred in "Lost," "Heroes" and ...'.
_NOT_ATTRIBUTION = re.compile(r",?\s*(?:[\"“]|(?:which|and|or|as|is|was|were|are)\b)")


def is_title(text: str, opening: int, start: int, end: int, close: int) -> bool:
    """The quotation with its opening mark at opening, its words text[start:end] and
    the text after its closing mark from close is a title or a so-called phrase
    rather than words someone said."""
    before = text[max(0, opening - 40) : opening].split()
    last = before[-1].lower().strip(",") if before else ""
    if last in ("so-called", "so-called'") or before[-2:] == ["so", "called"]:
        return True
    words = text[start:end].split()
    if not words or len(words) > _MAX_WORDS or not _title_case(words):
        return False
    if last in _TITLE_NOUNS:
        return True
    clause_start = not before or last[-1:] in ".:!?"
    attributed = text[end - 1 : end] in (",", "?", "!") or text.startswith(",", close)
    return not clause_start and not (attributed and not _NOT_ATTRIBUTION.match(text, close))


def _title_case(words: list[str]) -> bool:
    big = [w for w in words if w.lower().strip(",.!?") not in _SMALL_WORDS]
    return bool(big) and all(w[:1].isupper() or w[:1].isdigit() for w in big)


def is_term(text: str, lo: int, opening: int, start: int, end: int) -> bool:
    """The quotation with its opening mark at opening and words text[start:end], in a
    sentence starting at lo with no attribution verb, is a term in quotes (one or two
    words after a determiner or a number: 'picked three "immigrants" for the jury')
    rather than words of the sentence's subject; not when a word of speech comes
    before it in the sentence ('claiming owners back the "common-sense" measures')."""
    if len(text[start:end].split()) > _TERM_WORDS:
        return False
    if _DETERMINER_BEFORE.search(text, max(lo, opening - 12), opening) is None:
        return False
    return _SPEECH.search(text, lo, opening) is None
