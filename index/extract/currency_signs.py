"""A currency's abbreviation or sign before an amount is no name.

Every country's press writes its money with an abbreviation or a sign before the amount:
"Tk 50,000" (the taka), "Rs 200" (the rupee), "GH¢300" (the cedi), "USD 1", "KSh 500",
"US $35,000". The tagger read the letters as an organisation ("Tk", "GH", "USD") and the
country's letters before a dollar's sign as the country, so the organisation facet held a
currency and a country's value an amount of money.

- A name of one to four letters right before a currency's sign and a figure ("GH¢300",
  "GH₵ 2.6 billion") is no name.
- A currency's abbreviation (a capital and a small letter: "Tk", "Rs", "Sh"; or a code of
  three capitals that opens with a country's code: "USD", "INR", "GHS") every use of
  which in the article is right before a figure ("Tk 50,000", "Rs. 200", "USD 1") is no
  name: an organisation's initials are written without a figure somewhere ("UN 1325"
  beside "the UN"). Not in a sports report, where a team's short name opens a results
  line ("York 4 2 0 2", "OB 5 Samsung 0").
- A place right before a dollar's sign and a figure ("US $35,000", "HK$ 10") is the
  currency's name, no place.

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re

from index.extract.gazetteer import load_gazetteer
from index.extract.region_sense import sports_report
from index.records import PLACE, Mention

#: Currencies' signs: the cent's and the cedi's, dollar, euro, pound, the rupee's, the
#: taka's, the naira's, the yen's.
_SIGNS = "¢₵$€£₹৳₨₦¥"
_SIGN_AFTER = re.compile(rf"[ \t]?[{_SIGNS}][ \t]?\d")
_FIGURE_AFTER = re.compile(r"\.?[ \t]?\d")
_DOLLAR_AFTER = re.compile(r"[ \t]?\$[ \t]?\d")
_SHORT = re.compile(r"[A-Za-z]{1,4}")
_NEXT = frozenset(f"{_SIGNS} \t.")  # the characters a currency's letters come before
#: A currency's abbreviation: a capital and a small letter ("Tk", "Rs"), or a code of three
#: capitals (read with the countries' codes).
_ABBREVIATION = re.compile(r"[A-Z][a-z]|(?P<code>[A-Z]{3})")


def without_currency_signs(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less currencies' abbreviations and signs read as names (module
    docstring)."""
    before = [  # the length and the next character asked here first: most names fail them
        m
        for m in mentions
        if len(m.text) <= 4 and text[m.end : m.end + 1] in _NEXT and _before_amount(m, text)
    ]
    if not before:
        return mentions
    named = {m.text for m in before if m.type != PLACE and _currency(m.text)}
    money = _always_before_figures(named, text) if named and not sports_report(text) else set()
    gone = {
        id(m)
        for m in before
        if (_DOLLAR_AFTER.match(text, m.end) if m.type == PLACE else None)
        or (m.type != PLACE and (_SIGN_AFTER.match(text, m.end) or m.text in money))
    }
    return [m for m in mentions if id(m) not in gone] if gone else mentions


def _currency(surface: str) -> bool:
    """Whether ``surface`` is written as a currency's abbreviation is (module docstring)."""
    found = _ABBREVIATION.fullmatch(surface)
    return found is not None and (
        found["code"] is None or surface[:2] in load_gazetteer().countries
    )


def _before_amount(m: Mention, text: str) -> bool:
    """The pre-check: ``m`` is a short name right before a figure or a sign."""
    after = text[m.end : m.end + 1]
    return (
        len(m.text) <= 4
        and after != ""
        and (after in _SIGNS or after in " \t.")
        and _SHORT.fullmatch(m.text) is not None
        and (_SIGN_AFTER.match(text, m.end) or _FIGURE_AFTER.match(text, m.end)) is not None
    )


def _always_before_figures(surfaces: set[str], text: str) -> set[str]:
    """Those of ``surfaces`` every use of which as a word in ``text`` is right before a
    figure (one pass over the text for all of them)."""
    alternatives = "|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True))
    kept = set(surfaces)
    for use in re.finditer(rf"(?<![\w.])(?:{alternatives})(?!\w)", text):
        if not _FIGURE_AFTER.match(text, use.end()):
            kept.discard(use.group())
    return kept
