"""Words of business and wire copy that read as names and are none.

Applied to each of the tagger's spans by :func:`index.extract.vetting.vet`:

* a name does not end with a function word, an auxiliary verb or a currency: "the
  U.S. And the rest" (a sentence ending in "U.S." and one opening with "And") and
  "The U.S. Has been" name the U.S.; "one billion U.S. Dlrs" and "the Canadian
  Dollar" name the country, or nothing;
* a lone letter is no name ("S and P said", a company's code);
* a share class ("Class A", "Class B common") is no organisation;
* a span made only of numbers, calendar and period words ("Nine Mths", "QTR JAN",
  "April Four") is a period, not a name, whichever rule read it (:func:`period_name`);
* the first word of a row of a comparison table ("Oper shr 27 cts vs 29 cts", "Div
  3.95p vs 3.34p") is the row's label, not a name;
* a single word closing the text on a line of its own or after the last sentence
  (a wire service's sign-off) is no mention.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.extract.places import NEVER_PLACES
from index.extract.tagger import Span

#: Words that end no name: "the U.S. And ...", "Bank of England For ...".
#: (Not "a": a letter ends names of share classes and firms, "Class A", "Tarn A/S".)
_FUNCTION_WORDS = frozenset("and or but the for of to in on at by with from as".split())
#: Currencies and their wire abbreviations: "U.S. Dlrs", "Canadian Dollar", "N.Z. Dlrs".
_CURRENCIES = frozenset(
    "dlr dlrs dollar dollars yen mark marks deutschemark deutschemarks franc francs pound "
    "pounds stg sterling lira lire peso pesos rand cent cents cts euro euros rupee rupees "
    "crown crowns krona kronor krone kroner guilder guilders escudo escudos peseta pesetas "
    "shilling shillings ringgit baht won yuan rouble roubles ruble rubles".split()
)
#: Words of periods and their abbreviations in tables ("Nine Mths", "2ND QTR").
_PERIOD_WORDS = frozenset(
    "qtr qtrs quarter quarters mth mths month months wk wks week weeks yr yrs year years "
    "half period fiscal".split()
)
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve first second third "
    "fourth fifth sixth seventh eighth ninth tenth 1st 2nd 3rd 4th".split()
)
_CALENDAR = frozenset(word.lower() for word in NEVER_PLACES)
#: Auxiliary verbs end no name either: "The U.S. Has been seeking" names the U.S.
#: (not "will", "may", "have" or "were", which end people's and firms' names).
_AUXILIARIES = frozenset("has had is are was would could should shall".split())
_NOT_LAST = _FUNCTION_WORDS | _AUXILIARIES | _CURRENCIES
_PERIOD_NAME_WORDS = _NUMBER_WORDS | _PERIOD_WORDS | _CALENDAR
_SHARE_CLASS = re.compile(r"Class [A-Z]\Z|CLASS [A-Z]\Z")
#: A row of a comparison table: a label, words in small letters or figures, then
#: figures compared with "vs" ("Oper shr profit 12 cts vs loss five cts", "Div 50
#: won vs 50 won").
_TABLE_ROW = re.compile(r"[ \t]+[a-z0-9][^\n]{0,60}?\bvs\.?[ \t]")
_LAST_WORD_AFTER = re.compile(r"[ \t.]*\Z")


def trimmed(text: str, span: Span) -> tuple[Span | None, str]:
    """The span less the words that end no name, or None when no name is left; and
    what was cut from its end: "" (nothing), "word" or "currency" (what is left of
    "U.S. Dlrs" is a place or nothing)."""
    start, end, cut = span.start, span.end, ""
    while True:
        head, sep, last = text[start:end].rpartition(" ")
        word = last.lower().strip(".")
        if not sep or word not in _NOT_LAST:
            break
        end = start + len(head.rstrip())
        cut = "currency" if word in _CURRENCIES or cut == "currency" else "word"
    if _no_name(text, start, end, text[start:end]):
        return None, ""
    return (span, "") if end == span.end else (Span(start, end, span.type), cut)


def _no_name(text: str, start: int, end: int, surface: str) -> bool:
    if len(surface.replace(".", "")) < 2:
        return True
    words = surface.split()
    first = words[0].lower().strip(".,")
    if first == "class" and _SHARE_CLASS.match(surface):
        return True
    if period_name(surface):
        return True
    if len(words) > 1:
        return False
    if (start == 0 or text[start - 1] == "\n") and _TABLE_ROW.match(text, end):
        return True
    return len(text) - end < 8 and _signs_off(text, start, end)


@lru_cache(maxsize=1 << 14)
def period_name(surface: str) -> bool:
    """``surface`` is made only of numbers, calendar and period words ("April One",
    "Nine Mths", "QTR JAN"): a date or a period, whichever rule read it as a name (a
    given name such as "April" before a number word included). Memoised: asked of every
    span the tagger reads and every mention, and names recur."""
    first = surface.split(None, 1)
    if not first or first[0].lower().strip(".,") not in _PERIOD_NAME_WORDS:
        return False  # most names: decided by their first word, without splitting all
    return all(w.lower().strip(".,") in _PERIOD_NAME_WORDS for w in surface.split()[1:])


def _signs_off(text: str, start: int, end: int) -> bool:
    """The word ends the text, alone on its line or after a sentence's end."""
    if not _LAST_WORD_AFTER.match(text, end):
        return False
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return not before or before[-1] in "\n.!?\"'”"
