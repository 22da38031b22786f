"""Names spelled as products are spelled ("iPhone", "iOS", "eReader"): a small first
letter and a capital inside. Read as a place, person or organisation, such a name is a
product when the article also writes it as one:

* after an article, a possessive or "new"/"latest" ("the iPhone", "its iPad",
  "Apple's iTunes"),
* before a version or model number ("iOS 5", "iPhone 3GS"),
* before a product word ("iPod nano", "iTunes store", "iPhone owners"),
* in the plural ("iPhones").

A company so spelled ("eBay") is written none of these ways in news text and stays.

Two more mentions name no entity (:func:`not_a_name`): the plural of an abbreviation
("SUVs", "CEOs": common nouns), and an organisation's name right before a number of
three or four digits that is no year, then a word ("the S&P 500 fell", "Standard &
Poor's 500 Index", "Boeing 747 jets": the index or the model, not the company; a score
in a results table, "Sussex 363 and 144", stays).
A third (:func:`spelled_terms`): an abbreviation the article spells out in lower-case
words, "digital terrestrial TV (DTT)", "DTT (digital terrestrial TV)", "DTT, or digital
terrestrial TV": a term, format or technology, never a body, whose name news text writes
in capitals ("World Trade Organisation (WTO)").
Applied by :func:`index.extract.lone_names.vet`.
"""

from __future__ import annotations

import re

from index.records import Mention

_SHAPE = re.compile(r"^[a-z]{1,2}[A-Z][A-Za-z]*$")
_WINDOW = 30
_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Nn]ew|[Ll]atest|[Oo]riginal)"
    r"|['’]s)\s+\Z"
)
_AFTER = re.compile(
    r"s\b|\s+(?:\d|[0-9]?[A-Z]{1,3}\b)|\s+(?:nano|touch|mini|shuffle|store|owners|users|"
    r"devices?|tablets?|library|line|family|models?|apps?|software|update|version|sales|"
    r"computers?|phones?|operating)\b"
)


#: A device's version after "the", a possessive or "new"/"next" ("the Tarnbox 3 was",
#: "its Tarnbox 2."; not a score, "Tarnbury 2, Elmford 0", a time, "Tarnco 4 hours", nor
#: a figure, "the EC 13.6 and the U.S. 5.4 pct"),
#: or a device's noun after the name ("Tarnbox games console").
_DEVICE_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Nn]ew|[Nn]ext)|\w['’]s)\s+\Z")
_DEVICE_VERSION = re.compile(
    r"\s+[2-9](?:[.,;)\]](?!\d)|\s+(?!(?:and|or|to|of|per|pct|percent|hours?|mins?|minutes?|"
    r"seconds?|days?|weeks?|months?|years?|points?|goals?|runs?|wickets?|times|games|matches|"
    r"million|bn|m)\b)"
    r"[a-z])"
)
_DEVICE_NOUN = re.compile(r"\s+(?:games\s+)?(?:consoles?|handsets?)\b")


def products(mentions: list[Mention], text: str) -> set[str]:
    """Texts of ``mentions`` whose first word is spelled and written as a product's, or
    that are one word the article writes before a device's version or noun ("the Tarnbox
    2 was", "its Tarnbox games console")."""
    found = set()
    for m in mentions:
        word = m.text.split(" ", 1)[0]
        # _SHAPE opens with a small ASCII letter: a capitalised word skips the pattern.
        if (
            "a" <= word[:1] <= "z"
            and _SHAPE.match(word)
            and _written_as_product(text, m.start, m.start + len(word))
        ):
            found.add(word)
        elif m.text == word and _device_at(text, m.start, m.end):
            found.add(word)
    if not found:
        return found
    return {m.text for m in mentions if m.text.split(" ", 1)[0] in found}


def _device_at(text: str, start: int, end: int) -> bool:
    if not text[end : end + 1].isspace():  # both patterns open with \s+ (str.isspace's set)
        return False
    if _DEVICE_NOUN.match(text, end):
        return True
    return bool(
        _DEVICE_VERSION.match(text, end) and _DEVICE_BEFORE.search(text, max(0, start - 20), start)
    )


def _written_as_product(text: str, start: int, end: int) -> bool:
    return bool(_BEFORE.search(text, max(0, start - _WINDOW), start) or _AFTER.match(text, end))


_PLURAL_ABBREVIATION = re.compile(r"^[A-Z]{2,}s$")
#: "S&P 500 fell", "Boeing 747 jets", "Standard & Poor's 500 Index"; not a score in a
#: results table ("Sussex 363 and 144", "Kent 108-3", "Derbyshire 471 (J. Adams").
_MODEL_NUMBER = re.compile(
    r"(?:['’]s)?\s+(?!(?:1[89]|20)\d\d\b)\d{3,4}\s+"
    r"(?:Index\b|(?!(?:and|for|all|not|runs|wickets|in|of|off|v|vs|to)\b)[a-z])"
)


def not_a_name(mention: Mention, text: str) -> bool:
    """``mention`` is the plural of an abbreviation, or an organisation's name before a
    model or index number."""
    # The pattern's last letter is an "s" ($ also matches before a final line break).
    if mention.text.endswith(("s", "s\n")) and _PLURAL_ABBREVIATION.match(mention.text):
        return True
    return mention.type == "ORG" and _MODEL_NUMBER.match(text, mention.end) is not None


_ABBREVIATION = re.compile(r"^[A-Z]{2,6}$")
_IN_BRACKETS = re.compile(r"\(([A-Z]{2,6})\)|\b([A-Z]{2,6})(?: \(|, or )([a-z][\w -]{2,80})")
_WORD = re.compile(r"[A-Za-z]+")
#: Up to this many abbreviations, the text is searched for each as written in brackets
#: before it is read whole (more, and those searches would grow with the square of the
#: text's size).
_FEW = 8


def spelled_terms(mentions: list[Mention], text: str) -> set[str]:
    """Abbreviations among ``mentions`` that the article spells out in lower-case words
    (module docstring); one pass over the text, and only when there is one."""
    wanted = {
        m.text
        for m in mentions
        if len(m.text) < 7 and m.text.isupper() and _ABBREVIATION.match(m.text)
    }
    if len(wanted) <= _FEW:  # only those written as _IN_BRACKETS wants: most have none
        wanted = {w for w in wanted if f"({w})" in text or f"{w} (" in text or f"{w}, or " in text}
    if not wanted:
        return set()
    found = set()
    for match in _IN_BRACKETS.finditer(text):
        if match.group(1) in wanted:
            words = _WORD.findall(text, max(0, match.start() - 80), match.start())
            if _spells(match.group(1), words[-len(match.group(1)) :]):
                found.add(match.group(1))
        elif match.group(2) in wanted:
            words = _WORD.findall(match.group(3))
            if _spells(match.group(2), words[: len(match.group(2))]):
                found.add(match.group(2))
    return found


def _spells(abbreviation: str, words: list[str]) -> bool:
    """``words`` begin with the letters of ``abbreviation``, one each, and are lower-case
    words or abbreviations themselves, at least one lower-case ("digital terrestrial TV")."""
    if len(words) != len(abbreviation):
        return False
    if any(w[0].upper() != letter for w, letter in zip(words, abbreviation, strict=True)):
        return False
    return all(w.islower() or w.isupper() for w in words) and any(w.islower() for w in words)
