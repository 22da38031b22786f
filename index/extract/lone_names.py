"""One-word person names that the article itself shows to be a company or a product.

A person value of one word stands for a person only through the article: a surname of
someone it names in full, or a name used as people's names are. A word the article also
writes the way news text writes companies and products is none of those:

* after an article or a demonstrative ("the Dreamliner", "a Boeing", "this Nissan"),
* before a model number or a company or product word ("Boeing 787", "Chrysler LLC",
  "Aeroflot flights", "Ryanair shares"),
* after a company or product noun ("airline Ryanair", "carmaker, Nissan"),
* spelled with a small first letter and a capital inside ("iPod", "eBay").

A one-word person the article also names as an organisation ("Boeing" read as a person
in one sentence, as a company in another) is that organisation.

Such a one-word PERSON mention goes, unless the article names a person in full whose name
ends with (or starts with) that word, or a personal title stands right before it ("Mr
Boeing", "President Nissan"). Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re

from index.records import Mention

_AFTER_ARTICLE = r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+"
#: Words that follow a company or product name, not a person's.
_THING_WORDS = (
    "inc|inc\\.|corp|corp\\.|corporation|co|co\\.|llc|ltd|ltd\\.|plc|ag|sa|group|motors?|"
    "airlines?|airways|aircraft|jets?|planes?|airliners?|cars?|vehicles?|models?|fleet|"
    "shares?|stock|stocks|share|flights?|factory|factories|plants?|brand|products?|devices?|"
    "phones?|store|stores|software|users?|executives?|employees|workers|dealers?|"
    "headquarters|division|unit|subsidiary|spokesman|spokeswoman|spokesperson"
)
#: Nouns that introduce a company or product name ("airline Ryanair").
_THING_NOUNS = (
    "airline|carrier|company|firm|maker|manufacturer|automaker|carmaker|planemaker|"
    "retailer|bank|giant|rival|brand|website|network|app|service|jet|airliner|aircraft|"
    "model|chain|group|operator|supplier|contractor|startup"
)
_TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. sir lady lord president senator governor mayor "
    "minister judge justice general colonel captain coach professor prof. rev. father "
    "sister brother saint st. king queen prince princess pope".split()
)
_INNER_CAPITAL = re.compile(r"^[a-z]+[A-Z]")


def vet(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` without the one-word people the article shows to be things."""
    words = {m.text for m in mentions if m.type == "PERSON" and " " not in m.name}
    if not words:
        return mentions
    orgs = {m.text: m for m in mentions if m.type == "ORG" and m.text in words}
    mentions = [_as_org(m, orgs[m.text]) if _lone(m) and m.text in orgs else m for m in mentions]
    full = [m.name.split() for m in mentions if m.type == "PERSON" and " " in m.name]
    things = {w for w in words if _a_thing(w, text, full)}
    if not things:
        return mentions
    return [
        m
        for m in mentions
        if not (m.type == "PERSON" and m.text in things and not _titled(text, m.start))
    ]


def _lone(mention: Mention) -> bool:
    return mention.type == "PERSON" and " " not in mention.name


def _as_org(mention: Mention, org: Mention) -> Mention:
    return Mention(
        mention.start, mention.end, "ORG", mention.text, org.entity_id, org.name, org.country
    )


def _a_thing(word: str, text: str, full: list[list[str]]) -> bool:
    if any(word in (parts[0], parts[-1]) for parts in full):
        return False
    if _INNER_CAPITAL.match(word):
        return True
    name = re.escape(word)
    pattern = (
        rf"{_AFTER_ARTICLE}{name}\b|\b(?:{_THING_NOUNS}),?\s+{name}\b"
        rf"|\b{name}(?:['’]s)?\s+(?:\d|(?:{_THING_WORDS})\b)"
    )
    return (
        re.search(pattern, text, flags=0) is not None
        or re.search(rf"\b{name}\s+(?:{_THING_WORDS})\b", text, flags=re.IGNORECASE) is not None
    )


def _titled(text: str, start: int) -> bool:
    before = text[max(0, start - 20) : start].split()
    return bool(before) and before[-1].lower() in _TITLES
