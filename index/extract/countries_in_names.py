"""A country's name as a word of a body's, show's or publication's name is no mention of
the country: "Secure America", "NARAL Pro-Choice America", "Good Morning America",
"America's Newsroom", "Britain's Star magazine".

News text names bodies, shows and publications whose names hold a country's name, and
an article that names the country nowhere else ("costing Secure America $1 million",
"she told America's Glamour magazine") is counted under the country, whose facet value
then covers a lobby group or a television show. The names that hold a country after
"of", "for" or a colon ("Democratic Socialists of America", "CSI: New York") are read by
:mod:`index.extract.names_with_places`; a country's initials closing a name ("Cancer
Research UK") too. A country mention goes here where:

* it closes a run of capitalised words, none another person or place of the article,
  that a word in small letters, a comma or an opening quote opens ("the group Secure
  America", "a 'Good Morning America' interview", "the radio's Hit 40 UK rundown"),
  no word of which is a title, a calendar or period word ("21st Century Australia"), a
  small word that opens a clause ("Yet Britain's response"), or a word that makes the
  country a period, an office or part of itself ("on Monday Russia said", "Nazi
  Germany", "Nazi-occupied Austria", "Latin America", "Corporate America"); the run ends
  at a sentence's end or a possessive ("the Houthis. Yemen has", "Toyota's US arm"); no
  place follows it straight away (a list: "Argentina Armenia"); the line is no headline
  in title case;
* its possessive opens a run of capitalised words that a quote closes ("on Fox News'
  'America's Newsroom'"), or that makes a whole line of its own with a full stop (a
  site's motto: "America's Immigration Voice."; not a headline: "Britain's Economy
  Shrinks"), or that a publication noun follows ("America's Star magazine",
  "Britain's Guardian newspaper": the paper, not the country).

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re

from index.extract.gazetteer import load_gazetteer
from index.extract.overlaps import Overlaps
from index.extract.words_before import reach_back
from index.records import ORG, PLACE, Mention

#: Capitalised words that keep the country: titles, calendar words, words making it a
#: period, a part or a sense of itself ("Nazi Germany", "Corporate America", "Inner
#: Mongolia", "W Germany"), and a government's departments named after the country
#: ("Health Canada", "Revenue Canada").
_KEEPING = frozenset(
    """president vice prime minister secretary governor mayor king queen prince senator
    assistant deputy acting former attorney
    chancellor premier ambassador general chief leader speaker the a an and or of in on at
    to from by with for monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december today
    yesterday tonight north south east west northern southern eastern western central
    middle upper lower greater latin corporate rural urban suburban small-town modern
    ancient medieval colonial imperial nazi soviet communist fascist mainland red free
    old new young black white native continental post-war postwar wartime occupied
    independent democratic federal islamic arab catholic christian jewish muslim
    republican democrat conservative liberal labour tory trump obama bush clinton
    team but yet so if when as while since because although though then now after before
    until unless once where why how that this these those there here against under over
    without between like unlike during despite about into upon also even only just not no
    every all some many most both either neither whether what which who whose century
    decade era age inner outer n s e w health environment revenue agriculture industry
    transport fisheries finance statistics parks heritage customs justice""".split()
)
#: A word that ends the run before it: a sentence's end, a possessive, a closing quote.
_RUN_END = re.compile(r"(?:\.|['’]s?|[’'])$")
#: A compound adjective keeps the country: "Nazi-occupied Austria", "German-speaking".
_ADJECTIVE = re.compile(r"-[a-z]+$")
_RUN_WORD = re.compile(r"([A-Z0-9][\w&'’.-]*)[ \t]+$")
_OPENER = re.compile(r"(?:(?<![\w.])[a-z][\w'’-]*[ \t]+|,[ \t]+|[\"“‘][ \t]*)$")
_QUOTE_BEFORE = re.compile(r"[\"“‘'][ \t]*$")
_POSSESSIVE_RUN = re.compile(r"['’]s?[ \t]+((?:[A-Z][\w&'’.-]*[ \t]+){0,3}[A-Z][\w&'’.-]*)")
_CLOSING_QUOTE = re.compile(r"[,.!?]?[\"”’']")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_PUBLICATION_AFTER = re.compile(r"[ \t]+(?:magazine|newspaper|tabloid|weekly)\b")
_LETTER_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_REACH = 60


def without_countries_in_names(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less the countries read out of a body's, show's or paper's name."""
    ids = load_gazetteer().country_ids
    suspects = [
        m for m in mentions if m.type == PLACE and m.entity_id in ids and _may_name(m, text)
    ]
    if not suspects:
        return mentions
    others = [m for m in mentions if m.type != ORG]
    gone = {id(m) for m in suspects if _opens_name(m, text) or _closes_name(m, text, others)}
    return [m for m in mentions if id(m) not in gone] if gone else mentions


def _may_name(m: Mention, text: str) -> bool:
    """A string test first: a possessive follows ``m``, or the word before it opens
    with a capital or a digit (most countries follow "the" or "in")."""
    if text.startswith(("'", "’"), m.end):
        return True
    if m.start < 2 or text[m.start - 1] not in " \t":
        return False
    space = text.rfind(" ", reach_back(m.start, 30), m.start - 1)
    if space < 0:
        return False
    word = text[space + 1 : m.start - 1].lstrip("\"“‘'")
    first = word[:1]
    return (first.isupper() or first.isdigit()) and word.lower() not in _KEEPING


def _closes_name(m: Mention, text: str, others: list[Mention]) -> bool:
    """``m`` closes a run of capitalised words opened by a small word, a comma or a
    quote, none of them a keeping word or another name, on a line no headline."""
    start = m.start
    words: list[str] = []
    while (word := _RUN_WORD.search(text, reach_back(start, 30), start)) is not None:
        if _RUN_END.search(word.group(1)):
            break
        if word.group(1).lower() in _KEEPING or _ADJECTIVE.search(word.group(1)):
            return False
        if len(words) == 4:
            return False
        words.append(word.group(1))
        start = word.start(1)
    if not any(w[0].isupper() for w in words):
        return False  # a number alone is no name ("in 2005 Britain")
    if _OPENER.search(text, reach_back(start, 30), start) is None:
        return False
    named = Overlaps(others)  # another name in the run, or a place listed after it
    if named.any(start, m.start - 1) or named.any(m.end, m.end + 2):
        return False
    return not _title_case_line(text, m.start)


def _opens_name(m: Mention, text: str) -> bool:
    """``m``'s possessive opens a name: quoted, alone on its line or a paper's."""
    run = _POSSESSIVE_RUN.match(text, m.end)
    if run is None or run.group(1).split()[0].lower() in _KEEPING:
        return False
    if _PUBLICATION_AFTER.match(text, run.end()):
        return True
    if _QUOTE_BEFORE.search(text, reach_back(m.start, 3), m.start):
        return _CLOSING_QUOTE.match(text, run.end()) is not None
    line_start = text.rfind("\n", 0, m.start) + 1
    alone = not text[line_start : m.start].strip() and run.group(1).endswith(".")
    return alone and _LINE_END.match(text, run.end()) is not None


def _title_case_line(text: str, at: int) -> bool:
    """The line holding ``at`` is short and in title case (a headline)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    words: list[str] = _LETTER_WORD.findall(line)
    if len(words) > 20 or len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) > 0.7 * len(words)
