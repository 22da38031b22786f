"""A person's name closing a programme's title ("Sunday with Laura Kuenssberg") is no
mention of the person.

Broadcasts are named for their hosts: "Sunday with Laura Kuenssberg", "Real Time with
Bill Maher", "Last Week Tonight with John Oliver", "The Late Show with Stephen Colbert".
A guest "told BBC One's Sunday with Laura Kuenssberg programme"; read as written, the
host became a person of an article that never names her otherwise.

A person's mention right after "with", whose capitalised title words (one to four, none
read as a name) follow a small word that opens a title ("on", "told", a possessive, an
opening quotation mark; "to", "of", "the" before two words or more), is the title's; a
capital "With" only inside quotation marks (a headline capitalises every word: "Her
Breakup With Liam Hemsworth"). A day, a month or a feast as the title ("spoke on Sunday
with Kate Lane") may be a date: it needs the programme named as one ("programme", "show"
after the name, a possessive before the title, a guest "appearing on" it), or the same
title so named elsewhere in the article. "talks with", "met Smith with Jones" and a
sentence's first word ("Lunch with Ann Lee") leave the name.
"""

from __future__ import annotations

import re

from index.records import PERSON, Mention

#: The title before "with", after a small word that opens a title.
_TITLE_BEFORE = re.compile(
    r"(?:\b(?P<short>on|told)|['’]s|[\"“]|\b(?:to|of|the|The))"
    r" ?(?P<title>[A-Z][a-z]+(?P<more>(?: [A-Z][a-z]+){1,3})?) (?P<with>[Ww])ith \Z"
)

#: Words that may make the title a date rather than a programme's.
_TIMES = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April"
    " May June July August September October November December Christmas Easter".split()
)

#: The programme named as one after the host's name.
_PROGRAMME_AFTER = re.compile(r"['’]?s? (?:programme|program|show|podcast)\b")

#: A guest's appearing on the programme: "appearing on Sunday with".
_APPEARING = re.compile(r"\bappear(?:s|ed|ing)? on\Z")

#: The word right before a host's name.
_WITH = frozenset(("with ", "With "))

#: How far back the title is looked for.
_WINDOW = 60


def without_programme_hosts(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less a person's name closing a programme's title (module
    docstring)."""
    hosts = [m for m in mentions if m.type == PERSON and text[m.start - 5 : m.start] in _WITH]
    if not hosts:
        return mentions
    ends = {m.end for m in mentions}
    titled = {m.start: key for m in hosts if (key := _title(m, text, ends)) is not None}
    named = {key for key in titled.values() if key[1]}
    return [
        m
        for m in mentions
        if (key := titled.get(m.start)) is None or not (key[1] or (key[0], True) in named)
    ]


def _title(m: Mention, text: str, ends: set[int]) -> tuple[str, bool] | None:
    """(title and host, whether it is surely a programme's) if ``m`` closes a title."""
    found = _TITLE_BEFORE.search(text, max(0, m.start - _WINDOW), m.start)
    if found is None or any(e in ends for e in range(found.start("title") + 1, m.start - 4)):
        return None
    opener = found.group(0)[0]
    if found.group("with") == "W" and opener not in '"“':
        return None  # a headline's words are all capitalised
    if found.group("more") is None and found.group("short") is None and opener not in "'’":
        return None  # "the Run with", "of Confession with": one word after "the" or "of"
    title = found.group("title")
    key = title + " with " + m.text
    if not _TIMES.intersection(title.split()):
        return key, True
    sure = (
        opener in "'’"
        or _PROGRAMME_AFTER.match(text, m.end) is not None
        or _APPEARING.search(text, max(0, found.start() - 12), found.start() + 2) is not None
    )
    return key, sure
