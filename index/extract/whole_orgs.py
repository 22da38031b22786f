"""Organisations read in pieces, or as people, made whole.

Run on the mended mentions (after :mod:`index.extract.name_repairs`):

* a body named on its subject is one name: "General Agreement on Tariffs and Trade",
  "Commission on Human Rights" (a head noun such as "Agreement", "Commission",
  "Conference" or "Council", then "on" and a name);
* a name of the shipped list of organisations that a shorter name opens is that
  organisation: "USA Today" (not the place "USA");
* a firm's "and Co" ends its name: "E.F. Hutton and Co", "Tarn Peabody & Co Inc";
* a company suffix after a name with a bracketed part is that name's ("Tarn Equity
  (Pacific) Ltd");
* a possessive opens a firm's name whose own words are common words or a company
  suffix alone: "Standard and Poor's Corp", "Moody's Investors Service Inc" (not
  "Japan's Tarnex Corp", nor after a place);
* a person written where a firm stands ("an analyst at Tarn Witter", "brokers Tarn
  and Drew", "the Tarn Witter economist", "Tarn Barney, Harris Upham and Co") is that
  firm, throughout the article.

The whole name replaces its pieces; the article's other mentions of an organisation
written out in full among them name the whole. Each name looks back and ahead a
bounded stretch only, so an article costs time in proportion to its length.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from index.extract.gazetteer import COUNTRY, WORLD, Gazetteer, load_gazetteer
from index.extract.people import ORG_WORDS, known_org
from index.extract.places import NEVER_PLACES
from index.extract.words_before import ends_with_word, reach_back
from index.names import fold_name, name_key
from index.records import ORG, PERSON, PLACE, Mention

#: Head nouns of bodies named on their subject ("Commission on Human Rights").
_ON_HEADS = frozenset(
    "agreement commission committee subcommittee conference council convention treaty "
    "panel board court institute centre center forum".split()
)
_ON = re.compile(
    r"[ \t]+on[ \t]+([A-Z][\w.-]*)(?:[ \t]+(?:(?:and|of|for|the|&)[ \t]+)?[A-Z][\w.-]*){0,8}"
)
_FIRM_TAIL = re.compile(r"[ \t]+(?:and|&)[ \t]+Co\b(?:,?[ \t]+(?:Inc|Ltd|PLC|LP)\b)?")
_AND_CO = re.compile(r"[ \t](?:and|&)[ \t]+Co\Z")
_SUFFIX_AFTER = re.compile(r",?[ \t]+(?:Inc|Ltd|PLC|LP)\b")
_POSSESSOR = re.compile(
    r"((?:[A-Z][\w.&-]*[ \t]+(?:(?:and|&)[ \t]+)?){0,3}[A-Z][\w.-]*)['’]s[ \t]+\Z"
)
#: A name with a bracketed part before a company suffix ("Tarn Equity (Pacific) Ltd").
_BRACKETED = re.compile(
    r"(?<![\w.])(?:[A-Z][\w.&-]*[ \t]+(?:(?:of|and|the|de|&)[ \t]+)?){0,4}[A-Z][\w.&-]*[ \t]+"
    r"\([A-Z][\w .&-]{0,30}\)[ \t]+\Z"
)
#: Capitalised words (not "The" or "A") ending a stretch of text before a name.
_NAME_WORDS = r"((?:(?!(?:The|A|An)\b)[A-Z][\w.&-]*[ \t]+){0,3}(?!(?:The|A|An)\b)[A-Z][\w.&-]*)"
#: A head noun and "on" right before a name: "General Agreement on" + "Tariffs and Trade".
_HEAD_ON = re.compile(_NAME_WORDS + r"[ \t]+on[ \t]+\Z")
#: Partners' words and "and" right before a company: "American Telephone and" +
#: "Telegraph Co".
_AND_BEFORE = re.compile(r"(?<![\w.&-])" + _NAME_WORDS + r"[ \t]+(?:and|&)[ \t]+\Z")
#: Company suffixes: a firm's name that a possessive opens ends with one.
_SUFFIXES = frozenset("corp corporation inc ltd co cos plc ag sa nv llc".split())
_FIRM_BEFORE = re.compile(
    r"\b(?:analysts?|economists?|strategists?|dealers?|traders?|underwriters?)[ \t]+"
    r"(?:at|with|for)[ \t]+(?:brokerage[ \t]+(?:house|firm)[ \t]+)?\Z"
    r"|\b(?:brokers|stockbrokers|brokerage[ \t]+(?:house|firm))[ \t]+\Z",
    re.IGNORECASE,
)
_FIRM_BEFORE_LAST = ("at", "with", "for", "brokers", "house", "firm")  # its last words
_FIRM_AFTER = re.compile(r"[ \t]+(?:analysts?|economists?|strategists?)\b")
#: The rest of a partnership's name after its first partners ("Tarn Barney, Harris
#: Upham and Co"), not a possessive ("Jo Tarn, Harris and Co's economist").
_PARTNERS_AFTER = re.compile(
    r",[ \t]+(?:[A-Z][\w.-]*[ \t]+){1,3}(?:and|&)[ \t]+(?:Co|Company)\b(?!['’]s)"
)
_REACH = 60
#: A capitalised word right after a name, on its line, with the small words of a
#: longer name before it ("of Iraq", "and the Levant"); five at most.
_WORD_AFTER = re.compile(r"[ \t]+(?:(?:of|and|the|for|&)[ \t]+){0,2}[A-Z][\w.'’-]*")
_MOST_WORDS_AFTER = 5
#: One or two capitalised words and "and" or "of" right before a name.
_WORDS_BEFORE = re.compile(
    r"(?<![\w.&-])([A-Z][\w.&-]*[ \t]+)?([A-Z][\w&-]*)[ \t]+(?:and|of)[ \t]+\Z"
)


def whole_orgs(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with the organisations of the module docstring made whole."""
    gaz = load_gazetteer()
    heads = _org_heads(mentions)
    wholes: list[Mention] = []
    firms: set[str] = set()
    for k, m in enumerate(mentions):
        whole = _whole(mentions, k, text, gaz, heads)
        if whole is not None and (not wholes or wholes[-1].end <= whole.start):
            wholes.append(whole)  # disjoint and in order: the first of two that overlap
        elif whole is None and m.type == PERSON and _firm_cue(text, m, gaz.given_names):
            firms.add(m.name)
    if not wholes and not firms:
        return mentions
    return _renamed(mentions, wholes, firms)


def _org_heads(mentions: list[Mention]) -> frozenset[str]:
    """The first one to three words of every organisation's name of two words or more
    ("Tarnex" of "Tarnex Inc"): owners that are companies the article names."""
    heads: set[str] = set()
    for m in mentions:
        words = m.text.split()
        if m.type == ORG and len(words) > 1:
            heads.update(" ".join(words[:n]) for n in range(1, min(len(words), 4)))
    return frozenset(heads)


def _before(mentions: list[Mention], k: int, start: int) -> list[Mention]:
    """The mentions before ``mentions[k]`` that end after ``start`` (mentions are in
    order and do not overlap, so the walk back stops at the first that ends before)."""
    found = []
    j = k - 1
    while j >= 0 and mentions[j].end > start:
        found.append(mentions[j])
        j -= 1
    return found[::-1]


def _whole(
    mentions: list[Mention], k: int, text: str, gaz: Gazetteer, heads: frozenset[str]
) -> Mention | None:
    m = mentions[k]
    listed = _listed_whole(m, text, gaz)
    if listed is not None or m.type == PLACE:
        return listed
    tail = _FIRM_TAIL.match(text, m.end) if "Co" in text[m.end : m.end + 8] else None
    if tail is None and m.text.endswith("Co") and _AND_CO.search(m.text):
        tail = _SUFFIX_AFTER.match(text, m.end)  # "Tarn Peabody and Co" + " Inc"
    if tail is not None:
        return _org(text, m.start, tail.end())
    if m.type == ORG and (start := _head_on_start(mentions, k, text)) is not None:
        return _org(text, start, m.end)
    last = m.text.rpartition(" ")[2].lower().rstrip(".")
    if m.type != ORG or (last not in _ON_HEADS and last not in _SUFFIXES):
        return None
    on = _ON.match(text, m.end) if last in _ON_HEADS else None
    if on is not None and on.group(1) not in NEVER_PLACES:  # less a sentence's full stop
        return _org(text, m.start, on.end() - (text[on.end() - 1] == "."))
    start = _partners_start(mentions, k, text, gaz) if last in _SUFFIXES else None
    if start is None:
        start = _possessor_start(mentions, k, text, gaz, heads)
    if start is None and " " not in m.text:  # a suffix alone: "Tarn (Pacific) Ltd"
        start = _bracketed_start(mentions, k, text)
    return None if start is None else _org(text, start, m.end)


def _head_on_start(mentions: list[Mention], k: int, text: str) -> int | None:
    """Where the name of a body named on its subject starts when only the subject was
    read as a name ("General Agreement on" before "Tariffs and Trade"): capitalised
    words ending with a head noun, no place or person among them."""
    m = mentions[k]
    lo = m.start - _REACH if m.start > _REACH else 0  # (reach_back, written out)
    if " on " not in text[lo : m.start]:
        return None
    found = _HEAD_ON.search(text, lo, m.start)
    if found is None or found.group(1).split()[-1].lower() not in _ON_HEADS:
        return None
    near = _before(mentions, k, found.start())
    return None if any(p.type in (PLACE, PERSON) for p in near) else found.start()


def _partners_start(mentions: list[Mention], k: int, text: str, gaz: Gazetteer) -> int | None:
    """Where a company's name starts when only its words after "and" were read as the
    name ("American Telephone and" before "Telegraph Co", "Federal Savings and" before
    "Loan Insurance Corp"): the company's own words before its suffix are common words
    (no nationality: "American Motors Corp" is a name), and the two to four
    capitalised words before "and", in a sentence and not its first, are common words
    or nationalities that name no place, person or other company ("Ford and General
    Motors Corp", "Tarn Group and CooperVision Inc" stay two firms, and so does
    "Japan and")."""
    m = mentions[k]
    if not _common(m.text.split()[:-1], gaz, nationalities=False):
        return None
    if not ends_with_word(text, m.start, ("and", "&"), _REACH, blanks=" \t"):
        return None  # what the pattern ends with, told by a string test
    found = _AND_BEFORE.search(text, reach_back(m.start, _REACH), m.start)
    if found is None or not text[: found.start()].rstrip(" \t")[-1:].islower():
        return None
    words = found.group(1).split()
    if len(words) < 2 or not _common(words, gaz):
        return None
    for p in _before(mentions, k, found.start()):
        last = p.text.rpartition(" ")[2].lower().rstrip(".")
        if p.type != ORG or last in _SUFFIXES or known_org(p.text, gaz) is not None:
            return None
    return found.start()


def _common(words: list[str], gaz: Gazetteer, nationalities: bool = True) -> bool:
    """Each word is a common word (or a nationality), and none a company suffix."""
    return all(
        (w.lower() in gaz.common_words or (nationalities and fold_name(w) in gaz.demonyms))
        and w.lower().rstrip(".") not in _SUFFIXES
        for w in words
    )


def _bracketed_start(mentions: list[Mention], k: int, text: str) -> int | None:
    """Where the name with a bracketed part before the suffix ``mentions[k]`` starts:
    after a person's name ("Jo Hale of Tarn (Pacific) Ltd"), and never over another
    company's suffix ("Tarn Inc and Harlow (S.A.) Inc")."""
    m = mentions[k]
    found = _BRACKETED.search(text, reach_back(m.start, _REACH), m.start)
    if found is None:
        return None
    head = found.group().partition("(")[0].split()
    if any(w.lower().rstrip(".,") in _SUFFIXES for w in head):
        return None
    bracket = text.rindex("(", found.start(), m.start)
    near = _before(mentions, k, found.start())
    people = [  # "Jo Hale of" before the name
        p.end
        for p in near
        if p.type == PERSON
        and found.start() <= p.start
        and text[p.end : p.end + 4] in (" of ", " at ")
        and p.end < bracket
    ]
    if not people:
        return found.start()
    after = [p.start for p in near if max(people) <= p.start < bracket]
    return min(after) if after else None  # the name after the person


def _possessor_start(
    mentions: list[Mention], k: int, text: str, gaz: Gazetteer, heads: frozenset[str]
) -> int | None:
    """Where the possessive opening the name of ``mentions[k]`` starts, if one does: the
    name's words are common words ending in a company suffix ("Investors Service Inc"),
    or a suffix alone, and the owner is no place, body, date or company the article
    names ("Japan's", "USDA's", "Tarnex Corp's", "Monday's", "Tarnex's" after
    "Tarnex Inc")."""
    m = mentions[k]
    words = [w.lower().rstrip(".") for w in m.text.split()]
    if words[-1] not in _SUFFIXES or not all(w in gaz.common_words for w in words[:-1]):
        return None
    found = _POSSESSOR.search(text, reach_back(m.start, _REACH), m.start)
    if found is None:
        return None
    owner = found.group(1)
    last = owner.split()[-1]
    if last.isupper() or last in NEVER_PLACES or last.lower().rstrip(".") in ORG_WORDS:
        return None
    places = any(c.place.kind in (COUNTRY, WORLD) for c in gaz.candidates(fold_name(owner)))
    named = any(  # a place's or a person's ("Rupert Tarn's News Corp")
        p.type == PLACE or (p.type == PERSON and " " in p.text)
        for p in _before(mentions, k, found.start())
    )
    # a company's the article names ("Tarnex Inc" ... "Tarnex's Tire Corp")
    return None if places or named or owner in heads else found.start()


def _firm_cue(text: str, m: Mention, given_names: frozenset[str]) -> bool:
    """A firm's cue around the person ``m``; the rest of a partnership's name after it
    only when it does not open with a given name (an appositive: "said Jo Tarn, Harris
    Upham and Co chairman")."""
    return bool(
        (
            ends_with_word(text, m.start, _FIRM_BEFORE_LAST, _REACH, any_case=True)
            and _FIRM_BEFORE.search(text, reach_back(m.start, _REACH), m.start)
        )
        or _FIRM_AFTER.match(text, m.end)
        or (
            m.text == m.name  # not a short form of a person named in full
            and m.text.split()[0] not in given_names
            and _PARTNERS_AFTER.match(text, m.end) is not None
        )
    )


def _listed_whole(m: Mention, text: str, gaz: Gazetteer) -> Mention | None:
    """A name and the capitalised words after it (joined by "of", "and", "the" or "for"
    at most) that make a name of the shipped list of organisations: "USA Today" (not
    the place "USA"), "Washington Examiner", "Islamic State of Iraq and the Levant"."""
    ends: list[int] = []
    at = m.end
    while len(ends) < _MOST_WORDS_AFTER:
        after = _WORD_AFTER.match(text, at)
        if after is None:
            break
        at = after.end()
        ends.append(at)
    for start in _starts_before(m, text):
        for end in reversed(ends if start == m.start else [m.end, *ends]):
            org = known_org(text[start:end], gaz)
            if org is not None:
                return Mention(start, end, ORG, text[start:end], name_key(org.name), org.name)
    return None


def _starts_before(m: Mention, text: str) -> list[int]:
    """Where a listed name may open: the mention itself, then a capitalised word or two
    before it joined to it by "and" or "of" ("Food and" + "Drug Administration")."""
    starts = [m.start]
    if m.type == ORG and text.endswith((" and ", " of "), reach_back(m.start, 5), m.start):
        before = _WORDS_BEFORE.search(text, reach_back(m.start, 40), m.start)
        if before is not None:
            starts += [s for s in (before.start(2), before.start(1)) if s >= 0]
    return starts


def _org(text: str, start: int, end: int) -> Mention:
    name = text[start:end]
    return Mention(start, end, ORG, name, name_key(name), name)


def _covering(m: Mention, wholes: list[Mention], starts: list[int]) -> Mention | None:
    """The whole (disjoint, in order; ``starts`` their starts) that overlaps ``m``."""
    i = bisect_right(starts, m.end - 1) - 1
    return wholes[i] if i >= 0 and m.start < wholes[i].end else None


def _renamed(mentions: list[Mention], wholes: list[Mention], firms: set[str]) -> list[Mention]:
    """Each whole in place of the mentions it covers. The article's other mentions of
    an organisation a whole covers written out in full name the whole (a person a
    firm is named after stays a person elsewhere, and a short form, "Ltd" of "Tarn Bank
    Ltd", names another organisation); a person that is a firm is an organisation."""
    starts = [w.start for w in wholes]
    pieces: dict[str, Mention] = {}
    kept: list[Mention] = []
    for m in mentions:
        whole = _covering(m, wholes, starts)
        if whole is None:
            kept.append(m)
        elif m.type == ORG and m.text == m.name:
            pieces.setdefault(m.name, whole)
    out = list(wholes)
    for m in kept:
        whole = pieces.get(m.name) if m.type == ORG else None
        if whole is not None:
            m = replace(m, entity_id=whole.entity_id, name=whole.name)
        elif m.type == PERSON and m.name in firms:
            m = replace(m, type=ORG)
        out.append(m)
    return sorted(out, key=lambda m: m.start)
