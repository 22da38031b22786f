"""How news text writes a company or a product rather than a person: the cues of
:mod:`index.extract.lone_names`, for a name of one word or of several.

* after an article or a demonstrative ("the Dreamliner", "a Boeing", "this Nissan"),
* before a model number or a company or product word ("Boeing 787", "Air France A330",
  "Chrysler LLC", "Northrop Grumman CEO", "MacBook Air laptops", "Ryanair shares"),
* after a company or product noun ("airline Ryanair", "carmaker, Nissan"),
* before a possessive and a rival ("Boeing's European rival Airbus"),
* and, for one word only: listed with an organisation ("GM and Chrysler", "Toyota, Nissan
  and Honda") or standing first in an organisation's name ("Boeing Commercial Airplanes").

A name of several words takes the first cue only where no capitalised word follows
("the Chrysler Aspen, PT Cruiser" but not "the Bill Gates Foundation").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

ARTICLE = r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+"
#: Words that follow a company or product name, not a person's.
THING_WORDS = (
    "inc|inc\\.|corp|corp\\.|corporation|co|co\\.|llc|ltd|ltd\\.|plc|ag|sa|group|motors?|"
    "airlines?|airways|aircraft|jets?|planes?|airliners?|cars?|vehicles?|models?|fleet|"
    "shares?|stock|stocks|share|flights?|factory|factories|plants?|brand|products?|devices?|"
    "phones?|store|stores|software|users?|executives?|employees?|workers|dealers?|"
    "headquarters|division|unit|subsidiary|spokesman|spokeswoman|spokesperson|ceo|"
    "laptops?|computers?|tablets?|index|indexes|indices"
)
#: Nouns that introduce a company or product name ("airline Ryanair").
THING_NOUNS = (
    "airline|carrier|company|firm|maker|manufacturer|automaker|carmaker|planemaker|"
    "airframer|retailer|bank|giant|rival|brand|website|network|app|service|jet|airliner|"
    "aircraft|model|chain|group|operator|supplier|contractor|startup"
)
#: A company noun, singular or plural, then a comma or dash ("automakers -- Chrysler").
_NOUN_BEFORE = rf"\b(?:{THING_NOUNS})s?(?:,|\s+-+)?\s+"
#: "Chrysler, another U.S. car maker,": a company noun ends the apposition.
_APPOSITION = rf"(?:an?|another|the)\s+(?:[\w.-]+\s+){{0,3}}?(?:{THING_NOUNS})s?[,.;]"
#: Last words of a company's name, not of a person's (nor a surname: no "Stock", "Fleet").
_COMPANY_ENDINGS = frozenset(
    "inc inc. corp corp. corporation co co. llc ltd ltd. plc group motors airlines airways "
    "aircraft holdings trading industries bancorp securities ceo cfo".split()
)
#: The company nouns that put a place's name to a company ("auto company Chrysler").
_FIRM_NOUNS = (
    "airline|carrier|company|firm|maker|manufacturer|automaker|carmaker|planemaker|"
    "airframer|retailer|chain|operator|supplier|contractor|startup"
)
_LETTER_MODEL = r"(?:[A-Z]{1,3}-?\d)"
_MODEL = rf"(?:\d|{_LETTER_MODEL})"
_RIVAL = r"['’]s\s+(?:[A-Z][a-z]+\s+)?(?:rivals?|competitors?|subsidiary|parent)\b"
_LIST = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
#: One more name between a word and a listed company ("Chrysler, Ford, and GM").
_ONE_MORE = rf"(?:[A-Z][\w&.-]*{_LIST})?"
#: Organisations named after a person: their first word is that person.
_EPONYM_WORDS = frozenset(
    "foundation institute center centre library museum school university college prize "
    "award awards trust fund memorial hall stadium society lecture scholarship "
    "administration campaign cabinet government presidency era doctrine family".split()
)
#: Bodies a person is listed with ("Obama and Congress"): no cue for a company.
_BODY = re.compile(
    r"\b(?:Congress|Senate|House|Parliament|Party|Court|Ministry|Department|Council|"
    r"Committee|Commission|Government|Assembly|Police|Army|Navy|Force|Agency|Office|"
    r"Bureau|Union|Board|Administration|Service|Cabinet|Nations|Church)\b"
)


def written_as_thing(name: str, text: str) -> bool:
    """The article writes ``name`` (one word or several) as a company or product."""
    word = re.escape(name)
    several = " " in name
    # Several words: "the Chrysler Aspen," but not "the Marc Dutroux case", nor a score
    # after a player's name ("Alex O'Brien 6-3").
    after_article = rf"{ARTICLE}{word}(?:[,.;:)]|$)" if several else rf"{ARTICLE}{word}\b"
    model = _LETTER_MODEL if several else _MODEL
    pattern = (
        rf"{after_article}|{_NOUN_BEFORE}{word}\b"
        rf"|\b{word},\s+{_APPOSITION}"
        rf"|\b{word}(?:['’]s)?\s+(?:{model}|(?:{THING_WORDS})\b)|\b{word}{_RIVAL}"
    )
    return (
        re.search(pattern, text) is not None
        or re.search(rf"\b{word}\s+(?:{THING_WORDS})\b", text, flags=re.IGNORECASE) is not None
    )


def listed_with_company(word: str, text: str, orgs: Iterable[str]) -> bool:
    """``word`` is listed beside an organisation that is no public body, or starts the
    name of one not named after a person."""
    names = sorted({o for o in orgs if o != word and o[:1].isupper()}, key=len, reverse=True)
    if any(_named_after(word, org) for org in names):
        return True
    companies = [re.escape(o) for o in names if not _BODY.search(o)]
    if not companies:
        return False
    either = "|".join(companies)
    name = re.escape(word)
    pattern = rf"\b(?:{either}){_LIST}{_ONE_MORE}{name}\b|\b{name}{_LIST}{_ONE_MORE}(?:{either})\b"
    return re.search(pattern, text) is not None


def _named_after(word: str, org: str) -> bool:
    parts = org.split()
    return (
        len(parts) > 1
        and parts[0] == word
        and not any(p.lower() in _EPONYM_WORDS for p in parts[1:])
        and not _BODY.search(org)
    )


def ends_as_company(name: str) -> bool:
    """``name`` (several words) ends with a company word or a company's title
    ("Douglas Aircraft", "Bell Curve Trading", "Ryanair CEO")."""
    return name.split()[-1].lower() in _COMPANY_ENDINGS


def after_thing_noun(word: str, text: str) -> bool:
    """``word`` follows a company or product noun ("auto company Chrysler")."""
    pattern = rf"\b(?:{_FIRM_NOUNS})s?(?:,|\s+-+)?\s+{re.escape(word)}\b(?!['’])"
    return re.search(pattern, text) is not None
