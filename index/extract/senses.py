"""One sense per article: a name the article writes once as a club, a work's title or a
common noun is that everywhere in the article.

News text gives a name its sense once and then uses the name bare. Read after the
other post-passes (:func:`index.extract.entities.extract_entities`):

* an organisation run into the plural abbreviation after it ("angry Tarn Party MPs")
  is the words before it;
* a town's name the article writes as a sports club's ("Tarnbury striker Jo Hale",
  "Tarnbury boss", "his old club Tarnbury", "Tarnbury v Elmford", "Tarnbury 2-1",
  "Tarnbury have won", "a 2-2 draw with Tarnbury", "their defeat by Tarnbury") is the
  club wherever it is read as a place, except after "in" or "near" ("a flat in
  Tarnbury"); a country's, region's or state's name is left alone (national teams are
  named by their country and stay places);
* a town's name that is the surname of the one person the article names in full with
  it ("Jo Tarnbury", then "praise from Tarnbury") is that person where read as a place,
  except after "in", "near", "at" or "outside" and not before a possessive;
* a place the gazetteer does not know, written after a company noun ("telecoms giant
  Tarnex", "rival Tarnex"), is the company wherever it is read as a place;
* a name the article writes as a work's title or a band's name is no entity: its
  mentions go (:mod:`index.extract.work_titles`);
* an abbreviation the article also writes in the plural ("three PCs", "MPs") or after
  "a", "an" or a possessive with nothing of a name after it ("a PC, which", "an MP.",
  "your PC's") is a common noun: its mentions go;
* a person of one word, linked to nobody named in full and never titled, that the
  article also writes in small letters after an article ("the election") or in the
  plural ("the Oscars") is a common noun or a thing: its mentions go.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.extract.club_sides import club_sides
from index.extract.gazetteer import CITY, COUNTRY, WORLD, load_gazetteer
from index.extract.sports import article_sport
from index.extract.thing_cues import noun_before_name
from index.extract.words_before import ends_with_word, reach_back
from index.extract.work_titles import work_titles
from index.names import name_key
from index.records import Mention

PERSON, ORG, PLACE = "PERSON", "ORG", "PLACE"

#: Roles of a sports club's people; right after a town's name they make it the club.
_CLUB_ROLES = (
    "striker|midfielder|defender|winger|goalkeeper|keeper|boss|manager|coach|skipper|"
    "flanker|fly-half|scrum-half|full-back|fullback|quarterback|pitcher|fans|supporters"
)
#: Positions that are common words too: a club's only before a player's name.
_POSITIONS = "centre|center|lock|prop|hooker|wing|forward|captain|back|side|squad"
_CLUB_AFTER = re.compile(
    rf"(?:['’]s)?\s+(?:(?:{_CLUB_ROLES})\b|(?:{_POSITIONS})\s+[A-Z]|(?:v|vs\.?)\s+[A-Z]|"
    r"\d{1,2}-\d{1,2}\b(?!-)|(?:have|are|were)\s+[a-z])"
)
#: A match's result before the name: "a 2-2 draw with", "their win over", "defeat by".
_RESULT_BEFORE = (
    r"\b(?:draw|drew|draws|win|wins|victory|defeat|defeats|beaten|thrashed)\s+"
    r"(?:with|over|against|by|to)"
)
_CLUB_BEFORE = re.compile(
    r"(?:\b(?:club|clubs|team|rivals|champions|hosts|visitors|leaders)|[A-Za-z]\s+(?:v|vs\.?)|"
    rf"{_RESULT_BEFORE})\s+$"
)
_CLUB_BEFORE_LAST = tuple(
    "club clubs team rivals champions hosts visitors leaders v vs vs. with over against by "
    "to".split()
)  # the words it ends with, for a string test first
#: In a match report (a football or rugby report: :func:`index.extract.sports.article_sport`)
#: a town is also a club when it is played, faced, joined or left ("they face Tarnbury",
#: "his red card against Tarnbury", "a move to Tarnbury", "sacked by Tarnbury") or has a
#: club's officers or players after it ("the Tarnbury president", "Tarnbury players").
_MATCH_BEFORE = re.compile(
    r"\b(?:against|face[sd]?|facing|play(?:s|ed|ing)?|beat(?:s|en|ing)?|host(?:s|ed|ing)?|"
    r"join(?:s|ed|ing)?|(?:sign(?:s|ed|ing)?|play(?:s|ed|ing)?) for|(?:move|moved|switch|"
    r"transfer) (?:to|from)|spell (?:at|with)|linked with|clash with|tie (?:with|against)|"
    r"(?:at )?home to|away (?:to|at)|(?:sacked|released|signed|beaten) by|loan (?:from|to))\s+$"
)
_MATCH_BEFORE_LAST = tuple(
    "against face faces faced facing play plays played playing beat beats beaten beating host "
    "hosts hosted hosting join joins joined joining for to from at with by".split()
)  # the words it ends with, for a string test first
_MATCH_AFTER = re.compile(r"(?:['’]s)?\s+(?:president|chairman|players?|squad|side)\b")
#: Where a sentence starts: after its end mark, or a blank line (lines may be wrapped).
_SENTENCE_START = re.compile(r"(?:^|[.!?]['\"”’]?\s+|\n[ \t]*\n\s*)$")
_PLAIN_WORD = re.compile(r"(?<![\w-])\w+(?![\w-])")  # a word of letters and digits alone
_SAYS = re.compile(r"\s+(?:said|says|told)\b")
_PLACE_BEFORE = re.compile(r"\b(?:in|near)\s+$", re.IGNORECASE)
_IN_A_PLACE = re.compile(r"\b(?:in|near|at|outside)\s+$", re.IGNORECASE)
_PLURAL_SUBJECT = re.compile(r"\s+(?:have|are|were)\b")
_WINDOW = 40
_NEWS_LENGTH = 5_000

_ABBREVIATION = re.compile(r"[A-Z]{2,5}")
_PLURAL_ABBREVIATION = re.compile(r"[A-Z]{2,5}s")
_ABBREVIATION_PLURALS = re.compile(r"\b([A-Z]{2,5})s\b")
_COMMON_BEFORE = re.compile(r"\b(?:[Aa]n?|[Yy]our|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Ii]ts)\s+$")
_COMMON_AFTER = re.compile(
    r"(?:['’]s\b|\s*(?:[.,;:!?)]|$)|\s+(?:and|or)\s+[a-z]|"
    r"\s+(?:which|that|who|to|in|on|with|is|was|for|but|as|at|from|by)\b)"
)
_DETERMINERS = "[Tt]he|an?|[Tt]his|[Tt]hat|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Oo]ur|next|last"
_COMMON_NOUN = re.compile(rf"\b(?:{_DETERMINERS})\s+([a-z]+)\b")
_WORD_PLURALS = re.compile(r"\b([A-Z][a-z]+)s\b(?!['’])")
#: Titles before a person's name ("General" is left out: "the General Election").
_TITLES = frozenset(
    "mr mrs ms miss dr sir lady lord president senator governor mayor minister judge "
    "colonel professor king queen prince princess pope".split()
)


def one_sense(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with the rules of the module docstring applied."""
    mentions = _unknown_firms(_clubs(_without_plural_tails(mentions), text), text)
    mentions = _surnames_read_as_towns(mentions, text)
    gone = work_titles(mentions, text) | _common_abbreviations(mentions, text)
    gone |= _common_people(mentions, text)
    if not gone:
        return mentions
    return [m for m in mentions if m.text not in gone]


def _without_plural_tails(mentions: list[Mention]) -> list[Mention]:
    """Organisations run into a plural abbreviation after them ("Tarn Party MPs") are the
    words before it; their short forms take the organisation so cut."""
    heads: dict[str, str] = {}
    for m in mentions:
        if m.text[-1] != "s" or not m.text[-2:-1].isupper():
            continue
        head, _, tail = m.text.rpartition(" ")
        last = head.rpartition(" ")[2]
        if m.type == ORG and last[:1].isupper() and _PLURAL_ABBREVIATION.fullmatch(tail):
            heads[m.entity_id] = head
    if not heads:
        return mentions
    ids = {m.text: m.entity_id for m in mentions if m.type == ORG and m.entity_id not in heads}
    out = []
    for m in mentions:
        short = heads.get(m.entity_id)
        if short is not None:
            key = ids.get(short) or name_key(short)
            if m.text == m.name:  # the name itself: cut before the abbreviation
                m = Mention(m.start, m.start + len(short), ORG, short, key, short)
            else:  # a short form of it
                m = Mention(m.start, m.end, m.type, m.text, key, short)
        out.append(m)
    return out


def _clubs(mentions: list[Mention], text: str) -> list[Mention]:
    """Town names the article writes as a club's are the club where read as places, or
    as a person of that one word linked to nobody named in full ("Tarnbury have won")."""
    readings: dict[str, set[tuple[str, str]]] = {}  # a place's text -> (name, id) read
    for m in mentions:
        if m.type == PLACE:
            readings.setdefault(m.text, set()).add((m.name, m.entity_id))
    lone = {m.text for m in mentions if _lone_person(m) and not _titled(text, m.start)}
    # Only a town's name may be a club here: those read as anything else are not tried.
    either = {t for t, read in readings.items() if _town(read)}
    either.update(t for t in lone if t not in either and _town_word(t))
    clubs = {m.text for m in mentions if m.text in either and _club_at(m, text)}
    clubs |= club_sides(mentions, text, either - clubs, clubs)
    unplayed = either - clubs
    played = {m.text for m in mentions if m.text in unplayed and _played_at(m, text)}
    if played:  # not the surname of someone the report names ("Nunez beat Cech")
        played -= {
            m.name.rpartition(" ")[2] for m in mentions if m.type == PERSON and " " in m.name
        }
    if played and article_sport(text) is not None:
        clubs |= played
    if not clubs:
        return mentions
    ids = {m.text: m.entity_id for m in mentions if m.type == ORG and m.text in clubs}
    return [
        _as_org(m, ids.get(m.text))
        if m.text in clubs
        and (
            (m.type == PLACE and not _PLACE_BEFORE.search(text, reach_back(m.start, 8), m.start))
            or _lone_person(m)
        )
        else m
        for m in mentions
    ]


def _lone_person(mention: Mention) -> bool:
    """A person of one word linked to no full name."""
    return mention.type == PERSON and mention.name == mention.text and " " not in mention.text


@lru_cache(maxsize=1 << 12)
def _town_word(surface: str) -> bool:
    """``surface`` names a town of the gazetteer, and no country or world region
    (memoised, as :func:`_kinds_read`)."""
    kinds = {p.kind for p in load_gazetteer().places_for_key(surface)}
    return CITY in kinds and not kinds & {COUNTRY, WORLD}


def _club_at(mention: Mention, text: str) -> bool:
    """The words around ``mention`` make it a sports club."""
    end = mention.end
    if _CLUB_AFTER.match(text, end, end + _WINDOW):
        after = text[end : end + _WINDOW]
        return not _PLURAL_SUBJECT.match(after) or _opens_clause(text, mention.start)
    start = mention.start
    return ends_with_word(text, start, _CLUB_BEFORE_LAST, _WINDOW) and bool(
        _CLUB_BEFORE.search(text, reach_back(start, _WINDOW), start)
    )


def _played_at(mention: Mention, text: str) -> bool:
    """The words around ``mention`` make it a club in a match report (:data:`_MATCH_BEFORE`)."""
    start, end = mention.start, mention.end
    return bool(
        (
            ends_with_word(text, start, _MATCH_BEFORE_LAST, _WINDOW)
            and _MATCH_BEFORE.search(text, reach_back(start, _WINDOW), start)
        )
        or _MATCH_AFTER.match(text, end, end + _WINDOW)
    )


def _opens_clause(text: str, start: int) -> bool:
    return bool(_SENTENCE_START.search(text, reach_back(start, 12), start)) or start == 0


def _town(read: set[tuple[str, str]]) -> bool:
    """A name read as these places (name and id) in the article is read as a town: a
    town is among them, and no country or world region."""
    if len(read) == 1:  # most names: one reading, no union to make
        ((name, key),) = read
        kinds = _kinds_read(name, key)
    else:
        kinds = frozenset().union(*(_kinds_read(name, key) for name, key in read))
    return CITY in kinds and not kinds & {COUNTRY, WORLD}


@lru_cache(maxsize=1 << 12)
def _kinds_read(name: str, key: str) -> frozenset[str]:
    """The kinds of the gazetteer's places of ``name`` whose id is ``key``; memoised:
    every article naming a place asks it."""
    return frozenset(p.kind for p in load_gazetteer().places_for_key(name) if p.entity_id == key)


def _as_org(mention: Mention, entity_id: str | None) -> Mention:
    key = entity_id or name_key(mention.text)
    return Mention(mention.start, mention.end, ORG, mention.text, key, mention.text)


def _unknown_firms(mentions: list[Mention], text: str) -> list[Mention]:
    """Places the gazetteer does not know that the article writes after a company noun
    ("telecoms giant Tarnex", "rival Tarnex") are the company."""
    gaz = load_gazetteer()
    firms = {
        m.text
        for m in mentions
        if m.type == PLACE
        and m.country is None
        and noun_before_name(text, m.start, _WINDOW)
        and not gaz.places_for_key(m.name)
    }
    if not firms:
        return mentions
    return [_as_org(m, None) if m.type == PLACE and m.text in firms else m for m in mentions]


def _surnames_read_as_towns(mentions: list[Mention], text: str) -> list[Mention]:
    """A town's name that is the surname of the one person the article names in full
    with it ("Jo Tarnbury ... praise from Tarnbury") is that person wherever it is read
    as a place, except after "in", "near", "at" or "outside" ("a flat in Tarnbury"; but
    "the players in Tarnbury's squad" is the person's)."""
    people: dict[str, set[tuple[str, str]]] = {}
    for m in mentions:
        if m.type == PERSON and _full_name(m.name):
            people.setdefault(m.name.rpartition(" ")[2], set()).add((m.entity_id, m.name))
    if not people:
        return mentions
    out = []
    for m in mentions:
        person = people.get(m.text) if m.type == PLACE else None
        if (
            person is not None
            and len(person) == 1
            and not (
                _IN_A_PLACE.search(text, reach_back(m.start, 12), m.start)
                and not text.startswith(("'s ", "’s "), m.end)
            )
            and _town_word(m.text)
        ):
            key, name = next(iter(person))
            m = Mention(m.start, m.end, PERSON, m.text, key, name)
        out.append(m)
    return out


def _full_name(name: str) -> bool:
    """``name`` is written as a person's full name: two or three capitalised words (not
    a body the tagger read as a person, "Banque Nationale de Tarnbury")."""
    words = name.split()
    return 1 < len(words) <= 3 and all(w[:1].isupper() for w in words)


def _common_abbreviations(mentions: list[Mention], text: str) -> set[str]:
    """Abbreviations the article writes as common nouns."""
    # (isupper first: [A-Z]{2,5} is all capitals, and most names are not)
    abbreviations = {
        m.text for m in mentions if m.text.isupper() and _ABBREVIATION.fullmatch(m.text)
    }
    if not abbreviations:
        return set()
    plural = set()
    if _may_hold(text, [f"{a}s" for a in abbreviations]):
        plural = abbreviations & {p.group(1) for p in _ABBREVIATION_PLURALS.finditer(text)}
    return plural | {
        m.text
        for m in mentions
        if m.text in abbreviations - plural
        and _COMMON_BEFORE.search(text, reach_back(m.start, 8), m.start)
        and _COMMON_AFTER.match(text, m.end, m.end + 12)
    }


def _common_people(mentions: list[Mention], text: str) -> set[str]:
    """One-word people, linked to no full name and never titled, that the article also
    writes in small letters after an article, a possessive or "next"/"last", or in the
    plural (not "Ann's"). The text is read once for each kind of cue."""
    words = {m.text for m in mentions if m.type == PERSON and m.name == m.text}
    words = {w for w in words if w.isalpha() and w[0].isupper() and w[1:].islower()}
    if not words:
        return set()
    titled = {m.text for m in mentions if m.text in words and _titled(text, m.start)}
    words -= titled
    if not _may_hold(text, [f(w) for w in words for f in (str.lower, "{}s".format)]):
        return set()
    small = {c.group(1).capitalize() for c in _COMMON_NOUN.finditer(text)}
    plural = {p.group(1) for p in _WORD_PLURALS.finditer(text)}
    return words & (small | plural) | _sentence_capitals(mentions, words, text)


def _sentence_capitals(mentions: list[Mention], words: set[str], text: str) -> set[str]:
    """Of ``words``, those the article capitalises only where a sentence or a line opens
    and writes in small letters elsewhere ("Podcasting takes ... the word podcasting"):
    a common word, as a name keeps its capital mid-sentence. A name misspelt in small
    letters still says things ("jo hale said"): that is no common word's use."""
    mid = {m.text for m in mentions if m.text in words and not _opens_line(text, m.start)}
    rest = {w for w in words - mid if _PLAIN_WORD.fullmatch(w)}
    if not rest:
        return set()
    ends = _small_word_ends(text, {w.lower() for w in rest})
    return {w for w in rest if _written_small(ends.get(w.lower(), []), text)}


def _small_word_ends(text: str, wanted: set[str]) -> dict[str, list[int]]:
    """Where each of ``wanted`` (words in small letters) ends in ``text``, as a word of
    its own: one pass over the text, whatever the number of words."""
    ends: dict[str, list[int]] = {}
    for found in _PLAIN_WORD.finditer(text):
        if found.group() in wanted:
            ends.setdefault(found.group(), []).append(found.end())
    return ends


def _written_small(ends: list[int], text: str) -> bool:
    return bool(ends) and not any(_SAYS.match(text, end) for end in ends)


def _opens_line(text: str, start: int) -> bool:
    """A sentence or a line opens at ``start`` (after an opening quote or bracket)."""
    while start > 0 and text[start - 1] in "\"'‘“(":
        start -= 1
    if _opens_clause(text, start):
        return True
    lo = reach_back(start, _WINDOW)
    line = text.rfind("\n", lo, start)
    return (line >= 0 or lo == 0) and not text[line + 1 : start].strip()


def _may_hold(text: str, needles: list[str]) -> bool:
    """``text`` may hold one of ``needles``: a quick test before a pass over a text of
    news length (a longer one is passed over at once, so that the work stays linear)."""
    return len(text) > _NEWS_LENGTH or any(map(text.__contains__, needles))


def _titled(text: str, start: int) -> bool:
    before = text[reach_back(start, 16) : start].split()
    return bool(before) and before[-1].lower().rstrip(".") in _TITLES
