"""A name the article writes as a work's title or a band's name is no entity.

One sense per article (:mod:`index.extract.senses`): once the article shows a name to be
a title, all its mentions go. The cues:

* a noun for a work or a band right before the name, the title quoted or not ("the
  film Silent Harbour", 'the film "Silent Harbour"', "his latest album, Blue Hours",
  "the radio programme Night Shift", "rock band Blue Hours"), or closing the phrase
  after a possessive ("the broadcaster's Night Shift programme");
* after a person's name linked to no fuller one, a plural work noun ("the Tarn Hollow
  films", "the Tarn Hollow books") or a role in the work before a name ("Tarn Hollow
  star Jo Hale"; a town's name before "star" is its club's); after an organisation's
  too, "actor" or "actress" and a name ("Tarn Hollow actor Jo Hale"), and a subtitle
  ("Tarn Hollow: The Movie"; for a person's name, one that opens with no given name);
* an ordinal before the name and a work noun after it ("the third Tarn Hollow film",
  "the 21st Tarn Hollow film").

A titled person stays ("Dr Jo Hale games director").
"""

from __future__ import annotations

import re

from index.extract.gazetteer import load_gazetteer
from index.extract.lone_names import titled
from index.extract.sports import town_name
from index.extract.words_before import reach_back
from index.records import PERSON, PLACE, Mention

_WINDOW = 40
_NEWS_LENGTH = 5_000

#: Nouns for a work whose title may follow them ("the film ...", "album, ...").
_WORK_NOUNS = (
    "film|films|movie|movies|album|albums|novel|novels|musical|biopic|documentary|sitcom|"
    "programme|program|series|opera|song|songs|drama|thriller|comedy|band|bands"
)
_WORKS = frozenset(_WORK_NOUNS.split("|"))
_OPENING_QUOTES = frozenset("\"“'‘")
#: Parts of the work nouns, to tell at once an article that holds none.
_WORK_STEMS = [
    "film",
    "movie",
    "album",
    "novel",
    "musical",
    "biopic",
    "documentar",
    "sitcom",
    "program",
    "series",
    "opera",
    "song",
    "drama",
    "thriller",
    "comed",
    "band",
]
#: Words before a work noun and a comma ("his latest album, Blue Hours").
_WORK_ORDER = frozenset(
    "last latest new debut next first second third previous forthcoming".split()
)
#: A work noun closing the phrase ("'s Night Shift programme."; not "film library").
_WORK_AFTER = re.compile(
    rf"\s+(?:{_WORK_NOUNS})(?=\s*[.,;:!?)'\"”’]|\s*$|\s+(?:on|in|and|that|which|was|is|has|"
    r"had|will|at|for|to|with|from|about)\b)"
)

#: After a person's name, the words that make it a work's (or a series') title: a plural
#: work noun ("the Tarn Hall films", "the Tarn Hall books"), or a role in it before a
#: name ("Tarn Hall star Jo Hale": but "Tarnbury star Jo Hale" is a town's club; "Tarn
#: Hall actor Jo Hale", after an organisation's name too). After an organisation's
#: name, or a person's that opens with no given name, a subtitle ("Tarn Hall: The
#: Movie"). Before and after any of them, an ordinal and a work noun ("the third Tarn
#: Hall film", "the 21st Tarn Hall film").
_WORK_AFTER_NAME = re.compile(
    r"\s+(?:films|movies|books|novels|games|sequels|(?:star|actor|actress)\s+[A-Z])"
    r"|:\s*(?:The|Episode)\s+[A-Z]"
)
_SERIES_ORDER = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|next|latest|final|\d+(?:st|nd|rd|th))"
    r"\s+\Z"
)
_SERIES_NOUN = re.compile(r"\s+(?:film|movie|game|book|novel)\b")


def work_titles(mentions: list[Mention], text: str) -> set[str]:
    """Names the article writes as a work's title."""
    if not _may_hold(text):
        return {m.text for m in mentions if _unlinked_name(m) and _titled_work(m, text)}
    return {m.text for m in mentions if _work_at(m, text)}


def _unlinked_name(mention: Mention) -> bool:
    return mention.type != PLACE and mention.name == mention.text


def _work_at(mention: Mention, text: str) -> bool:
    """A work noun stands right before the name ("the film The X", "latest album, X"), or
    one closes the phrase after a possessive ("the station's X programme.")."""
    start = mention.start
    if _unlinked_name(mention) and _titled_work(mention, text):
        return True
    words = text[reach_back(start, _WINDOW) : start].split()
    if words and words[-1] in _OPENING_QUOTES:  # the film "Tarn Hollow"
        words.pop()
    if words and words[-1] == "The":
        words.pop()
    last = words[-1] if words else ""
    if last in _WORKS:
        return True
    if last[:-1] in _WORKS and last[-1:] == "," and len(words) > 1 and words[-2] in _WORK_ORDER:
        return True
    return bool(
        start >= 3
        and text.startswith(("'s ", "’s "), start - 3)
        and _WORK_AFTER.match(text, mention.end, mention.end + _WINDOW)
    )


def _titled_work(mention: Mention, text: str) -> bool:
    """The words around ``mention`` (linked to no fuller name; see
    :data:`_WORK_AFTER_NAME`) make it a work's title."""
    end = mention.end
    after = _WORK_AFTER_NAME.match(text, end, end + _WINDOW)
    if after is not None:
        cue = after.group().split()[0]
        person = mention.type == PERSON
        if cue.startswith(":"):
            given = load_gazetteer().given_names
            return not person or mention.text.split()[0] not in given
        if cue in ("actor", "actress"):
            return True
        if not person or titled(text, mention.start):  # "Dr Jo Hale games director"
            return False
        return cue != "star" or not town_name(mention.text)
    return bool(
        _SERIES_NOUN.match(text, end, end + _WINDOW)
        and _SERIES_ORDER.search(text, reach_back(mention.start, 16), mention.start)
    )


def _may_hold(text: str) -> bool:
    """``text`` may hold a work noun before a name (a longer text is read whole, so
    that the work stays linear)."""
    return len(text) > _NEWS_LENGTH or any(map(text.__contains__, _WORK_STEMS))
