"""A place's name as a word of a longer name or of a title is no mention of the place.

News text quotes names and titles that hold a place's name: a body ("Democratic
Socialists of America", "Heritage Action for America"), a work ("Gangs of New York",
"Last Tango in Paris", "Once Upon a Time in Mexico"), an award ("The Worst Company in
America"), a magazine ("the Catholic magazine America"), a show ("America's Next Top
Model"). Where the rules read only the place out of such a name, an article that names
the place nowhere else is counted under it, and the place value covers another entity.
A place mention goes where:

* it closes a name written in capitals: "of" or "for" (and "the") before it, no
  possessive after it ("a bid by Shell for Australia's Woodside"), and before that a
  capitalised word that is no other mention, no title ("President of the
  United States", "Governor of Texas"), no head of a place or of a body of that place
  ("Gulf of Mexico", "Bank of Japan", "the South Side of Chicago"), no party
  ("Republican of Texas"), no calendar word, and no person or place the article names
  ("Kirsten Gillibrand of New York"; an organisation's words are such a name:
  "Democratic Socialists of America"); the name opening a sentence needs two capitalised words
  ("Parts of Texas were flooded" stays); a line in capitals throughout (a headline)
  says nothing;
* "magazine", "journal" or "tabloid" stands right before it ("the Catholic magazine
  America"; "newspaper" and "weekly" are read before other names too: "the weekly U.S.
  crush figures"), or a publication noun follows it
  as its apposition ("America, a Catholic magazine"; not "Iraq, the Observer newspaper
  said");
* an acronym and a colon stand right before it, a show's title ("CSI: New York",
  "NCIS: Los Angeles"; not a page's label: "WATCH: Texas floods");
* a capitalised superlative or "Next", "Got" follows its possessive ("America's Next Top
  Model", "Britain's Got Talent", "America's Toughest Sheriff"), or opens the words
  before "in" and it ("The Worst Company in America"), on a line that is no headline;
* "UK" or "USA" ("U.K.", "U.S.A.") closes a run of capitalised words inside a
  sentence, after a word in small letters or a comma ("head of diagnosis at Cancer
  Research UK", "the founder of Pinpoint USA"): a body's name, or its branch's; not at
  a sentence's start ("Two UK firms", "Former US envoy"), nor in a headline.

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re

from index.extract.lines import TITLE_REACH, short_line
from index.extract.overlaps import Overlaps
from index.extract.words_before import ends_with_word, reach_back
from index.records import ORG, PLACE, Mention

#: Capitalised words that make the name a title or a place of the place, or a body of
#: that place, or a date: "President of", "Gulf of", "Bank of", "Monday in".
_KEPT_HEADS = frozenset(
    """president vice prime minister ministry secretary governor mayor king queen prince
    princess emperor empress ambassador consul senator chancellor premier attorney
    general bishop archbishop cardinal duke duchess earl lord lady chief head leader
    speaker commissioner director republic kingdom state states commonwealth gulf sea
    ocean isle island islands bay city town county province region port strait straits
    cape district territory principality emirate federation union coast mount mountains
    lake river valley north south east west northern southern eastern western central
    upper lower greater metropolitan embassy consulate government parliament congress
    senate court supreme constitution university college school bank museum church
    cathedral council assembly department office police army navy force forces party
    square park tower garden gardens hall street avenue road bridge airport station
    stadium arena centre center hotel hospital palace building theatre theater house
    plaza mall market prison base camp field club corp inc ltd plc co llc the a an
    republican republicans democrat democrats independent conservative liberal labour
    tory representative rep congressman congresswoman assemblyman delegate member
    members citizen citizens envoy correspondent editor spokesman spokeswoman adviser
    advisor negotiator official officials chairman chairwoman chair founder owner side
    part parts area areas outskirts suburbs heart corridor executive sultan emir
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december christmas easter""".split()
)
_PREPOSITION_BEFORE = re.compile(r"(?<!\S)(?:of|for)\s+(?:the\s+)?$")
_POSSESSIVE = re.compile(r"['’]s?(?!\w)")
_CAPITALISED = re.compile(r"[A-Z][a-z][\w'’-]*$")
_WORD_BEFORE = re.compile(r"([\w'’-]+)[ \t]+$")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"“”(\[\n])\s*$")
_PUBLICATION = r"magazine|newspaper|weekly|journal|tabloid|website"
_PUBLICATIONS = ("magazine", "journal", "tabloid")
_PUBLICATION_BEFORE = re.compile(rf"\b(?:{'|'.join(_PUBLICATIONS)})[ \t]+$")
_PUBLICATION_AFTER = re.compile(rf",\s+(?:a|an)\s+(?:[\w'’-]+\s+){{0,3}}(?:{_PUBLICATION})\b")
_SUPERLATIVES = (
    r"Most|Best|Worst|Top|Greatest|Toughest|Biggest|Favorite|Favourite|Funniest|Smartest|"
    r"Sexiest|Hottest|Richest|Finest|Deadliest"
)
_SUPERLATIVE_WORDS = frozenset(_SUPERLATIVES.split("|"))
_TITLE_AFTER = re.compile(rf"['’]s?\s+(?:Next|Got|{_SUPERLATIVES})\b")
#: An award's or list's title: a capitalised superlative and "in" ("The Worst Company in
#: America", "Best Pizza in Chicago").
_SUPERLATIVE_IN = re.compile(rf"\b(?:{_SUPERLATIVES})(?:[ \t]+[A-Z][\w'’-]*){{1,3}}[ \t]+in[ \t]+$")
#: A show's title: an acronym and a colon before the place ("CSI: New York", "NCIS: Los
#: Angeles"); not a page's labels ("WATCH: Texas floods", "UPDATE: Paris").
_SHOW_BEFORE = re.compile(
    r"(?<![\w:])(?!(?:WATCH|VIDEO|PHOTOS?|UPDATE|UPDATED|BREAKING|READ|MORE|LIVE|EXCLUSIVE|"
    r"OPINION|ANALYSIS|NOTE|NEWS|SEE|ALSO|RELATED|PICTURES|AUDIO|LISTEN|EDITORS|CORRECTION|"
    r"US|UK|EU|UN|USA)"
    r":)[A-Z]{2,5}:[ \t]*$"
)
_CAPITALS_BEFORE = re.compile(r"\b[A-Z]{2,}[ \t]+$")
_REACH = 80  # characters looked at before a mention
#: A country's initials that may close a body's name ("Cancer Research UK").
_CLOSING_INITIALS = frozenset(("UK", "U.K.", "USA", "U.S.A."))
_NAME_WORD_BEFORE = re.compile(r"([A-Z][\w&'’-]*)[ \t]+$")
_LOWER_WORD_BEFORE = re.compile(r"(?:[a-z][\w'’-]*|,)[ \t]+$")
_LETTER_WORD = re.compile(r"[A-Za-z]{4,}")


def _superlative_title(before: str) -> bool:
    """A capitalised superlative's title ends ``before`` (a word test first)."""
    if "st " not in before and "Top " not in before and "Favo" not in before:
        return False
    words = before.split()[-5:-1]
    return any(w in _SUPERLATIVE_WORDS for w in words) and bool(_SUPERLATIVE_IN.search(before))


def _show_title(before: str) -> bool:
    """An acronym and a colon end ``before`` (:data:`_SHOW_BEFORE`), and no word in
    capitals precedes it: "PARANA STATE: UMUARAMA" is a table in capitals."""
    found = _SHOW_BEFORE.search(before)
    return found is not None and not _CAPITALS_BEFORE.search(before, 0, found.start())


def without_places_in_names(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less the places read out of a longer name or a title."""
    if not any(m.type == PLACE for m in mentions):
        return mentions
    named = Overlaps([m for m in mentions if m.type != ORG])
    return [m for m in mentions if m.type != PLACE or not _in_name(m, text, named)]


def _in_name(m: Mention, text: str, named: Overlaps) -> bool:
    if m.text in _CLOSING_INITIALS and _closes_name(m, text, named):
        return True
    if _TITLE_AFTER.match(text, m.end) or _PUBLICATION_AFTER.match(text, m.end):
        return True
    before = text[reach_back(m.start, _REACH) : m.start]
    # The patterns end where the mention starts: the end of ``before`` rules most out.
    if ends_with_word(text, m.start, _PUBLICATIONS, _REACH) and _PUBLICATION_BEFORE.search(before):
        return True
    if before.rstrip().endswith(":") and _show_title(before):
        return True
    if ends_with_word(text, m.start, ("in",), _REACH) and _superlative_title(before):
        return not _headline(text, m.start)
    if not ends_with_word(text, m.start, ("of", "for", "the"), _REACH):
        return False
    found = _PREPOSITION_BEFORE.search(before)
    if found is None or _POSSESSIVE.match(text, m.end):
        return False  # "a bid by Shell for Australia's Woodside"
    words, opening = _capitalised_words(text, m.start - len(before) + found.start())
    if not words or _kept_head(words[0][1]):
        return False
    if len(words) < 2 and opening or _headline(text, words[0][0]):
        return False
    first, last = words[-1][0], words[0][0] + len(words[0][1])
    # A person's or place's name is no title ("Kirsten Gillibrand of New York").
    return not named.any(first, last)


def _closes_name(m: Mention, text: str, named: Overlaps) -> bool:
    """``m``, a country's initials, closes a run of capitalised words that a word in
    small letters or a comma opens, none of them another person or place, on a line
    that is no headline."""
    space = text.rfind(" ", reach_back(m.start, 30), m.start - 1)
    if space < 0 or not text[space + 1 : space + 2].isupper():
        return False  # a string test first: most such initials follow "the" or "in"
    start = m.start
    while (word := _NAME_WORD_BEFORE.search(text, reach_back(start, 30), start)) is not None:
        start = word.start(1)
    if start == m.start or named.any(start, m.start - 1):
        return False
    opened = _LOWER_WORD_BEFORE.search(text, reach_back(start, 30), start) is not None
    return opened and not _headline(text, m.start)


def _kept_head(word: str) -> bool:
    """A title, a head of a place or body of the place, a party or a calendar word,
    in the singular or the plural ("Finance Ministers of Japan")."""
    word = _POSSESSIVE.sub("", word.lower())
    return word in _KEPT_HEADS or word.endswith("s") and word[:-1] in _KEPT_HEADS


def _capitalised_words(text: str, end: int) -> tuple[list[tuple[int, str]], bool]:
    """The capitalised words right before ``end``, nearest first, and whether they open
    a sentence (an article before them counting as their first word)."""
    words: list[tuple[int, str]] = []
    while len(words) < 6:
        word = _WORD_BEFORE.search(text, reach_back(end, 40), end)
        if word is None:
            break
        found = word.group(1).lstrip("'")  # a quoted title's first word: "'Gangs of ..."
        if not _CAPITALISED.match(found):
            break
        end = word.end(1) - len(found)  # an article opening the name counts for where it opens
        if found.lower() in ("the", "a", "an"):
            break
        words.append((end, found))
    opening = _SENTENCE_END.search(text, reach_back(end, 3), end) is not None
    return words, opening


def _headline(text: str, at: int) -> bool:
    """The line holding ``at`` has its words in capitals throughout (a headline); a
    line longer than a headline is none (``index.extract.lines``)."""
    line = short_line(text, at, reach=TITLE_REACH)
    words = _LETTER_WORD.findall(line) if line is not None else []
    return len(words) >= 5 and sum(w[0].isupper() for w in words) > 0.85 * len(words)
