"""How news text writes a company or a product rather than a person: the cues of
:mod:`index.extract.lone_names`, for a name of one word or of several.

* after an article or a demonstrative ("the Dreamliner", "a Boeing", "this Nissan"; not
  before what is named after a person: "the Obama administration"),
* before a model number or a company or product word ("Boeing 787", "Air France A330",
  "Chrysler LLC", "Northrop Grumman CEO", "MacBook Air laptops", "Ryanair shares"),
* after a company or product noun ("airline Ryanair", "carmaker, Nissan") or a trade's
  plural noun ("analysts Tarn Research", "publishers Tarnex"),
* before a possessive and a rival ("Boeing's European rival Airbus"),
* for one word only: before a show or service noun ("a Tarnflix series", "the Tarnbook
  app") or after a verb of posting, following or streaming and "on" ("follow us on
  Tarnbook", "streaming on Tarnflix"),
* for one word only: before a possessive and a takeover, merger, profits or shareholders
  ("Tarnex's takeover of the studio"), or in a list after a plural company noun
  ("companies such as Nokia, Tarnex and Thomson"),
* and, for one word only: listed with an organisation ("GM and Chrysler", "Toyota, Nissan
  and Honda") or standing first in an organisation's name ("Boeing Commercial Airplanes").

A name of several words takes the first cue only before punctuation ("the Chrysler
Aspen, PT Cruiser" but not "the Bill Gates Foundation"), and no bare number after it (a
score after a player's name). Every cue is read in a short window around each place the
name is met (found in one pass over the text), so the work grows with the article, not
with the article times its names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from index.extract.speaker_words import PERSON_ROLES
from index.extract.words_before import ends_with_word, reach_back
from index.records import Mention

_ARTICLE = r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+"
#: Words that follow a company or product name, not a person's.
THING_WORDS = (
    "inc|inc\\.|corp|corp\\.|corporation|co|co\\.|llc|ltd|ltd\\.|plc|ag|sa|group|motors?|"
    "airlines?|airways|aircraft|jets?|planes?|airliners?|cars?|vehicles?|models?|fleet|"
    "shares?|stock|stocks|share|flights?|factory|factories|plants?|brand|products?|devices?|"
    "phones?|store|stores|software|users?|executives?|employees?|workers|dealers?|"
    "headquarters|division|unit|subsidiary|spokesman|spokeswoman|spokesperson|ceo|"
    "laptops?|computers?|tablets?|index|indexes|indices"
)
#: The company nouns that put a place's name to a company ("auto company Chrysler").
_FIRM_NOUNS = (
    "airline|carrier|company|firm|maker|manufacturer|automaker|carmaker|planemaker|"
    "airframer|retailer|chain|operator|supplier|contractor|startup"
)
#: Nouns that introduce a company or product name ("airline Ryanair"): the firm
#: nouns and these.
THING_NOUNS = (
    f"{_FIRM_NOUNS}|bank|giant|rival|brand|website|network|app|service|jet|airliner|"
    "aircraft|model|group"
)
#: Last words of a company's name, not of a person's (nor a surname: no "Stock", "Fleet").
_COMPANY_ENDINGS = frozenset(
    "inc inc. corp corp. corporation co co. llc ltd ltd. plc group motors airlines airways "
    "aircraft holdings trading industries bancorp securities ceo cfo".split()
)
_WINDOW = 60
#: Up to this many first words in up to this many characters, the text is searched for
#: each word (see :func:`occurrences`).
_FEW_FIRSTS = 24
_NEWS_LENGTH = 5_000
#: A word as names start: "O'Brien", "Wal-Mart", "S&P"; "Boeing" of "Boeing's".
_WORD = re.compile(r"[^\W\d_][\w&-]*(?:['’](?!s\b)[\w&-]+)*")
#: The words from there on, as a name of up to six words is written ("Standard & Poor").
_TOKEN = r"(?:&|[^\W\d_][\w&.-]*(?:['’](?!s\b)[\w&-]+)*)"
#: A character a word may hold: no word runs across any other.
_WORD_CHAR = re.compile(r"[\w&'’-]")
_RUN = re.compile(rf"{_TOKEN}(?: {_TOKEN}){{0,5}}")
#: Plural nouns of a trade set right before one name ("say analysts Tarn Research",
#: "new publishers Tarnex", "brokers Hale Grant"): the name is a firm, not the people of
#: the noun (they would be named with "and"); never with a comma ("analysts, Hale said")
#: nor before "of"/"at" and a name ("analysts Jo Hale of Tarn Securities").
_FIRMS_OF_A_TRADE = "analysts|publishers|developers|brokers|pollsters|consultants"
_NOUN_BEFORE = rf"\b(?:(?:{THING_NOUNS})s?(?:,|\s+-+)?|(?:{_FIRMS_OF_A_TRADE}))\s+"
_TRADE = re.compile(_FIRMS_OF_A_TRADE)
#: "analysts Jo Hale of Tarn Securities": the trade's noun names the person's trade.
_OF_AFTER = re.compile(r"\s+(?:of|at)\s+[A-Z]")
#: Cues that end right where the name starts (searched in a window before it).
_ARTICLE_BEFORE = re.compile(rf"{_ARTICLE}\Z")
#: What is named after a person, after whose name an article says nothing of a thing:
#: "the Obama administration", "the Reagan era", "the Kennedy family".
_HOLDER_OF = re.compile(r"\s+(?:administration|presidency|era|family|years)\b")
#: A thing's or company's noun right before a name ("telecoms giant Tarnex"): look for
#: it with :func:`noun_before_name`.
NOUN_BEFORE_NAME = re.compile(rf"{_NOUN_BEFORE}\Z")
#: The words :data:`NOUN_BEFORE_NAME` and :data:`_FIRM_BEFORE` end with, and those the
#: cues before one word end with (:data:`_ARTICLE_BEFORE`, :data:`_PLATFORM_BEFORE`,
#: :data:`_LISTED_FIRMS_BEFORE`), to rule most names out without a search.
_NOUN_LAST = tuple(
    f"{noun}{plural}" for noun in THING_NOUNS.split("|") for plural in ("", "s")
) + tuple(_FIRMS_OF_A_TRADE.split("|"))
_FIRM_LAST = tuple(f"{noun}{plural}" for noun in _FIRM_NOUNS.split("|") for plural in ("", "s"))
_ARTICLE_LAST = tuple(
    f"{first}{rest}"
    for word in ("the", "a", "an", "this", "that", "these", "those")
    for first, rest in ((word[0], word[1:]), (word[0].upper(), word[1:]))
)
_LISTED_LAST = ("as", "including", "like", ",", "and", "or")
#: A word, a preposition and a determiner before a firm noun: "spokeswoman for the (airline)".
_OBJECT_BEFORE = re.compile(r"\b([A-Za-z]+)\s+(?:of|for|at|with|from)\s+(?:the|an?|its|their)\s+\Z")
#: A person's rival, set off by a comma before a name: "Her rival, Peter Novak, said",
#: "his Republican rival, Jo Hale," (a company's rival is "the rival" or "its rival").
_PERSONS_RIVAL = re.compile(r"\b(?:[Hh]er|[Hh]is)\s+(?:[A-Za-z-]+\s+)?rivals?,\s+\Z")
_FIRM_BEFORE = re.compile(rf"\b(?:{_FIRM_NOUNS})s?(?:,|\s+-+)?\s+\Z")
#: Cues that start right where the name ends (matched there).
_PUNCTUATION_AFTER = re.compile(r"[,.;:)]|\Z")
_WORD_AFTER = re.compile(rf"(?:['’]s)?\s+(?:{THING_WORDS})\b", re.IGNORECASE)
_NUMBER_AFTER = re.compile(r"(?:['’]s)?\s+\d")
_LETTER_MODEL_AFTER = re.compile(r"(?:['’]s)?\s+[A-Z]{1,3}-?\d")
_RIVAL_AFTER = re.compile(
    r"['’]s\s+(?:[A-Z][a-z]+\s+)?(?:rivals?|competitors?|subsidiary|parent)\b"
)
#: "Chrysler, another U.S. car maker,": a company noun ends the apposition.
_APPOSITION_AFTER = re.compile(
    rf",\s+(?:an?|another|the)\s+(?:[\w.-]+\s+){{0,3}}?(?:{THING_NOUNS})s?[,.;]"
)
#: A one-word name before a show or service noun is a broadcaster's or a platform's
#: ("a Tarnflix series", "the Tarnbook app"), not a person's.
_SERVICE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:series|show|thriller|drama|documentary|app|platform|feed|subscribers|"
    r"streaming)\b"
)
#: A one-word name a thing is posted, followed, streamed or shown on ("follow us on
#: Tarnbook", "it is streaming on Tarnflix") is a platform's.
_PLATFORM_BEFORE = re.compile(
    r"\b(?:[Ff]ollow\w*|post(?:ed|s|ing)?|stream(?:ed|s|ing)?|available|watch(?:ed|ing)?|"
    r"shared|air(?:s|ed|ing)?|premier(?:e|es|ed|ing))\b[^.!?\n]{0,40}?\bon\s+\Z"
)
#: A one-word name whose takeover, merger, profits or shareholders the text writes of is
#: a company's ("Tarnex's takeover of the studio"); a person's full name may take
#: these ("Malcolm Glazer's takeover"), so several words do not.
_FIRM_POSSESSION_AFTER = re.compile(
    r"['’]s\s+(?:[A-Z][a-z]+\s+)?(?:takeover|merger|shareholders|profits?|revenues?)\b"
)
#: A one-word name in a list after a plural company noun and "such as" or "including"
#: ("companies such as Tarnex, Sagem and", "backed by firms including Tarnex").
_LISTED_FIRMS_BEFORE = re.compile(
    r"\b(?:companies|firms|makers|manufacturers|rivals|brands|labels|carriers|airlines|"
    r"retailers|giants|operators|broadcasters|studios)\s+(?:such\s+as|including|like)\s+"
    r"(?:[A-Z][\w&.-]*(?:\s*,\s*|\s+(?:and|or)\s+)){0,5}\Z"
)
#: The cues after a name of several words; one word also takes a bare number.
_SEVERAL_AFTER = (_LETTER_MODEL_AFTER, _WORD_AFTER, _RIVAL_AFTER, _APPOSITION_AFTER)
_ONE_AFTER = (_NUMBER_AFTER, _SERVICE_AFTER, _FIRM_POSSESSION_AFTER, *_SEVERAL_AFTER)
_NOT_POSSESSIVE = re.compile(r"(?!['’])")
#: What lies between two names of a list ("GM and", "Chrysler, Ford, and").
_LIST = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
_LIST_GAP = re.compile(rf"{_LIST}(?:[A-Z][\w&.-]*{_LIST})?")
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


def occurrences(names: Iterable[str], text: str) -> dict[str, list[int]]:
    """Where each of ``names`` starts in ``text``: at each word that starts one of them,
    the names made of the next few words are looked up. In an article of news length
    with few first words, the words are found by searching the text for each (fast);
    else in one pass over every word (linear whatever the size and the number of
    names). Both find the same words."""
    wanted = set(names)
    firsts = {name.split(" ", 1)[0] for name in wanted}
    if len(firsts) > _FEW_FIRSTS or len(text) > _NEWS_LENGTH:
        starts: Iterable[int] = (w.start() for w in _WORD.finditer(text) if w.group() in firsts)
    else:
        starts = sorted({at for first in firsts for at in _word_starts(text, first, firsts)})
    most = max((name.count(" ") + 1 for name in wanted), default=0)  # words in a name
    found: dict[str, list[int]] = {}
    for start in starts:
        run = _RUN.match(text, start)
        tokens = run.group().split(" ") if run else [_word_at(text, start)]
        for count in range(1, (len(tokens) if len(tokens) < most else most) + 1):
            name = " ".join(tokens[:count])
            if name in wanted:
                found.setdefault(name, []).append(start)
            bare = name.rstrip(".")
            if bare != name and bare in wanted:
                found.setdefault(bare, []).append(start)
    return found


def _word_starts(text: str, first: str, firsts: set[str]) -> Iterable[int]:
    """Where a word of ``firsts`` that :data:`_WORD` reads from the text's start begins,
    found by searching for ``first``."""
    at = text.find(first)
    while at >= 0:
        word = _WORD.match(text, at)
        if word and word.group() in firsts and _starts_word(text, at):
            yield at
        at = text.find(first, at + 1)


def _starts_word(text: str, at: int) -> bool:
    """A word read from the text's start begins at ``at``: read again from the last
    character before it that no word holds."""
    start = at
    while start > 0 and _WORD_CHAR.match(text, start - 1):
        start -= 1
    if start == at:
        return True
    for word in _WORD.finditer(text, start):
        if word.start() >= at:
            return word.start() == at
    return False


def _word_at(text: str, start: int) -> str:
    word = _WORD.match(text, start)
    return word.group() if word else ""


def written_as_thing(name: str, text: str, seen: dict[str, list[int]]) -> bool:
    """The article writes ``name`` (one word or several) as a company or product
    somewhere (``seen``: :func:`occurrences`)."""
    return any(_cued_at(name, text, start) for start in seen.get(name, ()))


def _cued_at(name: str, text: str, start: int) -> bool:
    end = start + len(name)
    if text[start:end] != name:
        return False
    several = " " in name
    low = reach_back(start, _WINDOW)
    noun = noun_before_name(text, start)
    if noun and not (several and _apposed_to_person(text, low, start, noun)):
        return not (_TRADE.fullmatch(noun.group().rstrip()) and _OF_AFTER.match(text, end))
    if (
        ends_with_word(text, start, _ARTICLE_LAST, _WINDOW)
        and _ARTICLE_BEFORE.search(text, low, start)
        and (not several or _PUNCTUATION_AFTER.match(text, end))
        and not _HOLDER_OF.match(text, end)
    ):
        return True
    if not several and _listed_or_on_platform(text, low, start):
        return True
    return any(cue.match(text, end) for cue in (_SEVERAL_AFTER if several else _ONE_AFTER))


def noun_before_name(text: str, start: int, reach: int = _WINDOW) -> re.Match[str] | None:
    """:data:`NOUN_BEFORE_NAME` in the ``reach`` characters before ``start``, searched
    only where the text there ends with one of its nouns (most names have none before
    them)."""
    if not _ends_with_noun(text, start, _NOUN_LAST, reach):
        return None
    return NOUN_BEFORE_NAME.search(text, reach_back(start, reach), start)


def _ends_with_noun(text: str, start: int, nouns: tuple[str, ...], reach: int = _WINDOW) -> bool:
    """Whether the ``reach`` characters before ``start`` end with one of ``nouns``, then
    perhaps a comma or dashes, and blanks: what :data:`NOUN_BEFORE_NAME` and
    :data:`_FIRM_BEFORE` need to match there."""
    before = text[start - reach if start > reach else 0 : start]  # (reach_back, written out)
    ending = before.rstrip()
    return ending != before and ending.rstrip(",-").rstrip().endswith(nouns)


def _listed_or_on_platform(text: str, low: int, start: int) -> bool:
    """:data:`_PLATFORM_BEFORE` or :data:`_LISTED_FIRMS_BEFORE` ends at ``start``,
    searched only where the text before it ends with the word each needs there."""
    ending = text[low:start].rstrip()
    return bool(
        (ending.endswith("on") and _PLATFORM_BEFORE.search(text, low, start))
        or (ending.endswith(_LISTED_LAST) and _LISTED_FIRMS_BEFORE.search(text, low, start))
    )


def _apposed_to_person(text: str, low: int, start: int, noun: re.Match[str]) -> bool:
    """Whether a name of several words set off by a comma after its noun names a
    person: the person of a firm noun's role (:func:`_apposed_to_head`), or a person's
    rival ("Her rival, Peter Novak, said")."""
    return _apposed_to_head(text, low, noun) or bool(_PERSONS_RIVAL.search(text, low, start))


def _apposed_to_head(text: str, low: int, noun: re.Match[str]) -> bool:
    """Whether a name set off by a comma after "<person> of/for the <firm noun>"
    names that person, not the firm: "a spokeswoman for the airline, Julia Brandt,
    said". (Used for names of several words; "shares of the airline, Kestrel Air,"
    still names the airline.)"""
    head = _OBJECT_BEFORE.search(text, low, noun.start()) if "," in noun.group() else None
    return head is not None and head.group(1).lower().removesuffix("s") in PERSON_ROLES


def listed_with_company(mentions: Sequence[Mention], text: str) -> set[str]:
    """Texts of one-word PERSON mentions listed beside an organisation that is no public
    body ("GM and Chrysler", "Chrysler, Ford, and General Motors"), or that start the
    name of an organisation not named after a person ("Boeing Commercial Airplanes")."""
    firsts = {m.text.split()[0] for m in mentions if m.type == "ORG" and _named_after(m.text)}
    found = {m.text for m in mentions if m.type == "PERSON" and m.text in firsts}
    for i, m in enumerate(mentions):
        if m.type != "PERSON" or " " in m.text:
            continue
        if _listed(mentions, text, i, 1) or _listed(mentions, text, i, -1):
            found.add(m.text)
    return found


def _listed(mentions: Sequence[Mention], text: str, i: int, step: int) -> bool:
    """A company follows (step 1) or precedes (step -1) mention ``i`` in a list, with at
    most one other name between."""
    here = i
    for _ in range(2):
        there = here + step
        if not 0 <= there < len(mentions):
            return False
        a, b = (mentions[here], mentions[there]) if step > 0 else (mentions[there], mentions[here])
        if not _LIST_GAP.fullmatch(text, a.end, b.start):
            return False
        other = mentions[there]
        if other.type == "ORG" and other.text[:1].isupper() and not _BODY.search(other.text):
            return True
        here = there
    return False


def _named_after(org: str) -> bool:
    parts = org.split()
    return (
        len(parts) > 1
        and parts[0][:1].isupper()
        and not any(p.lower() in _EPONYM_WORDS for p in parts[1:])
        and not _BODY.search(org)
    )


def ends_as_company(name: str) -> bool:
    """``name`` (several words) ends with a company word or a company's title
    ("Douglas Aircraft", "Bell Curve Trading", "Ryanair CEO")."""
    return name.split()[-1].lower() in _COMPANY_ENDINGS


def after_firm_noun(name: str, text: str, seen: dict[str, list[int]]) -> bool:
    """The article writes ``name`` after a firm noun, not as a possessive ("auto company
    Chrysler"; ``seen``: :func:`occurrences`)."""
    for start in seen.get(name, ()):
        end = start + len(name)
        if (
            text[start:end] == name
            and _ends_with_noun(text, start, _FIRM_LAST)
            and _FIRM_BEFORE.search(text, reach_back(start, _WINDOW), start)
            and _NOT_POSSESSIVE.match(text, end)
        ):
            return True
    return False
