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

from index.extract.speaker_words import SAYING

_TITLE_NOUNS = frozenset(
    "book film movie song album novel play show series programme program documentary "
    "poem headline magazine newspaper slogan operation campaign titled entitled headlined "
    "named dubbed nicknamed code-named called as".split()
)
_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from is de".split())
_MAX_WORDS = 10
# A term in quotes, a noun's modifier: 'a "shield" law', 'three "immigrant" jurors'.
_TERM_WORDS = 2
_DETERMINER_BEFORE = re.compile(
    r"(?:^|\s)(?:a|an|the|its|their|these|those|some|several|many|\d+|two|three|four|five)"
    r"\s+(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
_NOUN_AFTER = re.compile(r"[ \t]+([a-z][\w'’-]*)")
_NOT_NOUNS = frozenset(
    "of to in for and or because that which who whom whose yet at on with from as by but than "
    "was is were are be been has have had will would could should may might can said says "
    "told he she they it this these those there when while if after before since until "
    "nor so into onto over under about against between".split()
)
# Words of speech that make it someone's words after all ('claiming gun owners
# support the "common-sense" measures').
_SPEECH = re.compile(
    r"\b(?:saying|claiming|calling|describing|dubbing|branding|labell?ing|arguing|insisting"
    r"|promising|vowing|warning|urging|accusing|declaring|stating)\b"
)
# What follows a title's comma, not an attribution's: 'best known for "Night Shift,"
# which ran ...', 'starred in "Lost," "Heroes" and ...'.
_NOT_ATTRIBUTION = re.compile(r",?\s*(?:[\"“]|(?:which|who|and|or|is|was|were|are)\b)")


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


def is_term(text: str, lo: int, span: tuple[int, int, int, int]) -> bool:
    """The quotation with its opening mark, words and closing mark at span (opening,
    start, end, close), in a sentence starting at lo with no attribution verb, is a
    term in quotes modifying the noun after it (one or two words after a determiner:
    'citing a California "shield" law', 'kept three "immigrant" jurors') rather
    than words of the sentence's subject; not when a word of speech comes before it
    in the sentence ('claiming owners back the "common-sense" gun laws')."""
    opening, start, end, close = span
    if len(text[start:end].split()) > _TERM_WORDS or close <= end:
        return False
    noun = _NOUN_AFTER.match(text, close)
    if noun is None or noun.group(1) in _NOT_NOUNS or noun.group(1) in SAYING:
        return False
    if _DETERMINER_BEFORE.search(text, max(lo, opening - 30), opening) is None:
        return False
    return _SPEECH.search(text, lo, opening) is None
