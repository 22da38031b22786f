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
Applied by :func:`index.extract.lone_names.vet`.
"""

from __future__ import annotations

import re

from index.records import Mention

_SHAPE = re.compile(r"^[a-z]{1,2}[A-Z][A-Za-z]*$")
_BEFORE = (
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Nn]ew|[Ll]atest|[Oo]riginal)"
    r"|['’]s)"
)
_PRODUCT_WORDS = (
    "nano|touch|mini|shuffle|store|owners|users|devices?|tablets?|library|line|family|"
    "models?|apps?|software|update|version|sales|computers?|phones?|operating"
)


def products(mentions: list[Mention], text: str) -> set[str]:
    """Texts of ``mentions`` whose first word is spelled and written as a product's."""
    firsts = {m.text.split()[0] for m in mentions if _SHAPE.match(m.text.split()[0])}
    found = {word for word in firsts if _written_as_product(word, text)}
    return {m.text for m in mentions if m.text.split()[0] in found}


def _written_as_product(word: str, text: str) -> bool:
    name = re.escape(word)
    pattern = (
        rf"{_BEFORE}\s+{name}\b|\b{name}\s+(?:\d|[0-9]?[A-Z]{{1,3}}\b)"
        rf"|\b{name}\s+(?:{_PRODUCT_WORDS})\b|\b{name}s\b"
    )
    return re.search(pattern, text) is not None


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
    if _PLURAL_ABBREVIATION.match(mention.text):
        return True
    return mention.type == "ORG" and _MODEL_NUMBER.match(text, mention.end) is not None
