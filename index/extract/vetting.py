"""Rules that hold whatever the tagger says, applied to its spans before resolution.

* MISC names (nationalities, events, languages) are no facet entities: left out; in a
  headline in capitals, a single word is no name unless it is a place or a shipped
  organisation.
* A calendar word ("May", "Friday") is never an entity, nor a nationality ("Argentine")
  on its own.
* A capitalised common word on its own ("Police", "Agreement", "Labour" opening a
  sentence) is no entity, unless it is a country, a world region or a big city, or a
  place cue vouches for it ("in Reading").
* Title and nationality words are cut from the front of a person's name ("President",
  "Argentine Abel Balbo").
* A name in the shipped list of organisations is an organisation; a name a strong place
  cue vouches for ("the village of X", "X province") or a dateline opens with ("BOSTON,
  March 2") is a place.
* Leading function words, compounds and sentence-opening verbs are cut ("The
  Washington Post Company", "UK-based", "Retaking Mosul"); a name after
  "Al Qaeda-linked" or "Iran-allied" is a group, not a person; and two parts of a
  person's name the tagger split at a connector ("Mahmoud bin Salem") are one name.
* A lone common word stays as a short form of a longer organisation named in the
  article ("the Federation" after "the Kurdish Red Crescent Federation"), for linking.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from operator import attrgetter

from index.extract.caps_headlines import (
    in_capitals_headline,
    shouted,
    vouched_span,
    written_names,
)
from index.extract.chunks import TITLE_HEADS, TITLE_MODIFIERS
from index.extract.gazetteer import (
    CITY,
    COUNTRY,
    FAMOUS_CITY,
    WORLD,
    Gazetteer,
    load_gazetteer,
)
from index.extract.honorifics import OPENERS, dato_before, grade_words, honorific_end
from index.extract.lines import REACH
from index.extract.non_names import trimmed
from index.extract.people import NAMED_FOR_HEADS, ORG_WORDS, known_org
from index.extract.places import NEVER_PLACES, NONE, STRONG, cue_strength
from index.extract.tagger import Run, Span, read_text, run_names, runs
from index.extract.words_before import ends_with_word, reach_back
from index.names import fold_name, fold_text
from index.records import ORG, PERSON, PLACE

_TYPES = {"PER": PERSON, "LOC": PLACE, "ORG": ORG}


#: Words cut from the front of a name: articles, and the adverbs, conjunctions and
#: prepositions that open a sentence with a capital ("Later JAI denied it").
_LEADING = frozenset(
    "the a an later earlier meanwhile however then yesterday today also still now thus "
    "instead indeed but and or so yet if when while after before since in on at for of "
    "by with from to as although though".split()
)
_COMPOUND = re.compile(r"-(?:based|backed|led|linked|allied|affiliated|aligned|run|owned)$")
_GROUP_BEFORE = re.compile(r"\w-(?:linked|allied|affiliated|aligned)\s+$")
_GROUP_LAST = ("linked", "allied", "affiliated", "aligned")  # what it ends with, as strings
_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_DATELINE_AFTER = re.compile(
    rf",\s*(?:[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?,\s*)?(?:{_MONTHS})[a-z]*\.?\s+\d"
    r"|\s*\((?:Reuters|AP|AFP|UPI|dpa)\)|\s+\d{4}-\d\d-\d\d"
)
_ROLE_AFTER = re.compile(
    rf"\s+(?:{'|'.join(sorted(TITLE_HEADS - {'mr', 'mrs', 'ms', 'dr'}))}|MP|MPs|candidate)\b"
)
#: The rest of a building's, an institution's or a prize's name after the person it is
#: named after: "Ronald Reagan Presidential Library", "Ronald Reagan Washington National
#: Airport" (capitalised words, then the word that says what it is).
_NAMESAKE_AFTER = re.compile(
    rf"(?:[ \t]+[A-Z][\w.'’-]*){{0,3}}?[ \t]+(?:{'|'.join(sorted(NAMED_FOR_HEADS))})\b"
)
_CONNECTORS = frozenset(
    "bin ibn bint abu al el van von de da du del della di der den le la".split()
)


def tag_for_vetting(text: str) -> list[Span]:
    """The tagger's spans for :func:`vet`: ``vet(text, tag_for_vetting(text))`` is
    ``vet(text, tag(text))``, for less work. A run of one capitalised common word
    ("The", "Police" opening a sentence; a third of all runs) is read by the tagger only
    where :func:`vet` could keep a name of it: as a short form of a word of another name
    ("the Federation"), or as a place (:func:`place_word`). Elsewhere vet drops it
    whatever its type (a lone common word is no entity), so the tagger's call is spared;
    so it does for a lone calendar word or nationality, which vet always drops. Such a
    run can neither join another (:func:`_join_connected` joins names one connector
    apart: one run) nor give :func:`vet` an organisation's word (it has no second)."""
    if text == text.lower():
        return []
    gaz = load_gazetteer()
    common, demonyms = gaz.common_words, gaz.demonyms
    read = read_text(text)
    spaced, ends = read.spaced, read.ends
    found: list[Span] = []
    lone: list[Run] = []
    named_words: set[str] = set()  # every word of a run with a name: holds org_words
    for run in runs(read):
        start, stop, _, _ = run
        word = spaced[start].lstrip()
        if stop - start == 1:
            if word in NEVER_PLACES or fold_name(word) in demonyms:
                continue  # never an entity on its own (_no_entity), whatever its type
            if not word.isupper() and word.lower() in common:
                lone.append(run)
                continue
        names = run_names(read, run)
        if names:
            found.extend(names)
            named_words.update(text[ends[start] - len(word) : ends[stop - 1]].lower().split())
    if not lone:
        return found
    for run in lone:
        word = spaced[run.start].lstrip()
        span = Span(ends[run.start] - len(word), ends[run.start], "")
        if word.lower() in named_words or place_word(text, span, fold_name(word), gaz):
            found.extend(run_names(read, run))
    return sorted(found, key=_start)


_start = attrgetter("start")


def vet(text: str, spans: Iterable[Span]) -> list[tuple[Span, str]]:
    """The tagger's spans that stay, each with its entity type (PERSON, PLACE, ORG)."""
    gaz = load_gazetteer()
    typed: list[tuple[Span, str]] = []
    for span in _join_connected(text, spans):
        kind = _TYPES.get(span.type)
        cut = _cut(text, span, gaz) if kind is not None else None
        if kind is None or cut is None:
            continue
        span, place = cut
        kind = PLACE if place else kind
        if kind == PERSON:
            span = _trim_person(text, span, gaz)
            if _ROLE_AFTER.match(text, span.end):
                continue  # "the Tory leader", "a Labour MP": a party, not a person
            if _NAMESAKE_AFTER.match(text, span.end) or _named_for(text, span):
                continue  # "the Ronald Reagan Presidential Library": named after him
        surface = text[span.start : span.end]
        if kind != PLACE and dateline(text, span) and gaz.candidates(fold_name(surface)):
            kind = PLACE  # "BOSTON, March 2": a dateline names a place
        elif kind != ORG and known_org(surface, gaz) is not None:
            kind = ORG
        elif kind == PERSON and _group_before(text, span.start):
            kind = ORG  # "the Al Qaeda-linked X": a group (a person would be "X-linked
            # militant Y", with the noun between)
        elif kind != PLACE and cue_strength(text, span.start, span.end) == STRONG:
            kind = PLACE
        elif kind == ORG and (
            _initialled_person(surface, gaz) or _office_named_for(text, span, surface, gaz)
        ):
            kind = PERSON
        typed.append((span, kind))
    return _kept(text, typed, gaz)


#: A given name, a middle initial and a surname: "George W. Bush", "John F. Kennedy".
_INITIALLED = re.compile(r"([A-Z][a-z]+) [A-Z]\. ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)")


def _group_before(text: str, start: int) -> bool:
    """ "Al Qaeda-linked" or "Iran-allied" right before ``start`` (searched only where the
    text before it ends with one of those words)."""
    return ends_with_word(text, start, _GROUP_LAST, 30) and bool(
        _GROUP_BEFORE.search(text, reach_back(start, 30), start)
    )


def _named_for(text: str, span: Span) -> bool:
    """A person's span that ends with a building's or an institution's word ("John Glenn
    Airport"): the thing named after the person."""
    return text[span.start : span.end].rsplit(None, 1)[-1] in NAMED_FOR_HEADS


#: What is named after its holder: "the Obama administration", "the Reagan era".
_GOVERNMENT_WORDS = frozenset(
    "labour labor tory conservative liberal democrat democratic republican socialist "
    "communist green greens unionist nationalist military civilian federal interim "
    "transitional provisional coalition colonial imperial soviet".split()
)
_OFFICE_AFTER = re.compile(r"[ \t]+(?:administration|presidency|era)\b")


def _office_named_for(text: str, span: Span, surface: str, gaz: Gazetteer) -> bool:
    """One word the tagger read as an organisation before "administration",
    "presidency" or "era": the person it is named after ("the Obama administration",
    "the Trump administration"), unless a party's or a kind of government's word ("the
    Labour administration", "the military administration") or an organisation's."""
    return (
        " " not in surface
        and bool(_OFFICE_AFTER.match(text, span.end))
        and surface.lower() not in _GOVERNMENT_WORDS
        and surface.lower() not in ORG_WORDS
        and known_org(surface, gaz) is None
    )


def _initialled_person(surface: str, gaz: Gazetteer) -> bool:
    """An organisation the tagger read in a person's shape, a given name, an initial and
    a surname ("George W. Bush"): the person, unless the surname is an organisation
    word ("John H. Harland Co" has its word after it, not in the span)."""
    match = _INITIALLED.fullmatch(surface) if ". " in surface else None  # the initial's ". "
    return (
        match is not None
        and match.group(1) in gaz.given_names
        and match.group(2).lower() not in ORG_WORDS
        and known_org(surface, gaz) is None
    )


def _kept(text: str, typed: list[tuple[Span, str]], gaz: Gazetteer) -> list[tuple[Span, str]]:
    """The typed spans less the lone words that are none of their kind's names."""
    org_words = {
        word.lower()
        for span, kind in typed
        if kind == ORG
        for word in text[span.start : span.end].split()[1:]
    }
    kept = []
    names = cache(lambda: written_names(text))  # read for a capitals headline only
    for span, kind in typed:
        surface = text[span.start : span.end]
        if shouted(text, span.start, span.end, kind) and _in_headline(text, span):
            vouched = vouched_span(text, span, names, lambda word: known_org(word, gaz) is not None)
            if vouched is None:
                continue  # "STEPS DOWN", "CANADA'S WILSON": no name the article writes
            span, surface = vouched, text[vouched.start : vouched.end]
        lowered = surface.lower()
        if kind != ORG and lowered in org_words and lowered in gaz.common_words:
            kind = ORG  # "the Federation" after "the Kurdish Red Crescent Federation"
        if kind != PLACE and " " not in surface and _in_headline(text, span):
            if known_org(surface, gaz) is None:
                continue  # "HARBOUR" of "HARBOUR DAILY SAYS ...", a word like any other
        if not _no_entity(text, span, surface, kind, gaz, org_words):
            kept.append((span, kind))
    return kept


# The longest line a dateline opens: a look-back never goes further, so a long
# paragraph costs no more per name (headlines: ``index.extract.lines``).
_LINE_REACH = REACH


def dateline(text: str, span: Span) -> bool:
    """The span opens a line as a dateline: "BOSTON, March 2", "KOKOMO, Ind., Feb 26",
    "LONDON (Reuters) -", "LONDON 1996-08-30"."""
    start = span.start
    lo = start - _LINE_REACH if start > _LINE_REACH else 0  # (reach_back, written out)
    before = text[lo:start]
    line_start = before.rfind("\n")
    if line_start < 0 and lo > 0:
        return False
    if before[line_start + 1 :].strip():
        return False
    return bool(_DATELINE_AFTER.match(text, span.end))


def _in_headline(text: str, span: Span) -> bool:
    """The span's line is a headline in capitals (three words or more), where a single
    word is no name unless it is a place or a known organisation ("HARBOUR DAILY SAYS
    CARTEL CREDIBILITY AT STAKE")."""
    return in_capitals_headline(text, span.start, span.end)


def _opens_sentence(text: str, start: int) -> bool:
    before = text[start - 3 if start > 3 else 0 : start].rstrip(" \t\"'“‘(")  # (reach_back)
    return not before or before[-1] in ".!?:;\n"


def _verb_like(word: str, gaz: Gazetteer) -> bool:
    """A gerund opening a sentence ("Retaking", "Fighting"; not "Real" of "Real
    Madrid"), not a given name."""
    return word.endswith("ing") and len(word) > 5 and word.capitalize() not in gaz.given_names


def _known(surface: str, gaz: Gazetteer) -> bool:
    """The gazetteer or the shipped organisation list has ``surface`` as a name."""
    return bool(gaz.candidates(fold_name(surface))) or known_org(surface, gaz) is not None


def _join_connected(text: str, spans: Iterable[Span]) -> list[Span]:
    """Two person spans with only a name connector between them are one name."""
    out: list[Span] = []
    for span in spans:
        if out and span.type == "PER" == out[-1].type:
            gap = text[out[-1].end : span.start].strip()
            if gap.lower() in _CONNECTORS and text[out[-1].end] == " ":
                out[-1] = Span(out[-1].start, span.end, "PER")
                continue
        out.append(span)
    return out


def _trim_leading(text: str, span: Span, gaz: Gazetteer) -> tuple[Span, bool]:
    """Cut a leading "The" or "Later", a leading compound such as "UK-based", a verb
    opening the sentence before a known name ("Retaking Mosul"), and trailing
    lower-case words ("the Jund al-Haqq alliance"). True with the span when a verb was
    cut."""
    start, end = span.start, span.end
    word, _, rest = text[start:end].partition(" ")
    lowered = word.lower()
    verb = bool(rest) and (
        _opens_sentence(text, start)
        and _verb_like(lowered, gaz)
        and lowered not in _LEADING
        and _known(rest, gaz)
        and not _known(text[start:end], gaz)
    )
    if rest and (verb or lowered in _LEADING or ("-" in lowered and _COMPOUND.search(lowered))):
        start = end - len(rest)
    head, _, last = text[start:end].rpartition(" ")
    while head and last.islower():
        end = start + len(head)
        head, _, last = text[start:end].rpartition(" ")
    if (start, end) == (span.start, span.end):
        return span, False
    return Span(start, end, span.type), verb


def _cut(text: str, span: Span, gaz: Gazetteer) -> tuple[Span, bool] | None:
    """The span less leading function words and verbs and the words that end no name
    (:mod:`index.extract.non_names`), and whether what is left is a place once a word
    was cut ("Retaking Mosul", "one billion U.S. Dlrs"); None when no name is left."""
    span, verb_cut = _trim_leading(text, span, gaz)
    end_cut, tail = trimmed(text, span)
    if end_cut is None:
        return None
    place = bool(
        (verb_cut or tail) and gaz.candidates(fold_name(text[end_cut.start : end_cut.end]))
    )
    return None if tail == "currency" and not place else (end_cut, place)


def _no_entity(
    text: str, span: Span, surface: str, kind: str, gaz: Gazetteer, org_words: set[str]
) -> bool:
    if not surface or not surface[0].isalnum() or surface in NEVER_PLACES:
        return True
    folded = fold_name(surface)
    if folded in gaz.demonyms:
        return True
    if " " in surface or surface.lower() not in gaz.common_words:
        return False
    if kind == ORG and (surface.isupper() or surface.lower() in org_words):
        return False  # an acronym ("OPEC"), or a short form of an organisation named here
    return not (kind == PLACE and place_word(text, span, folded, gaz))


def place_word(text: str, span: Span, folded: str, gaz: Gazetteer) -> bool:
    """A common word that is still a place here: a country, world region or big city
    ("Turkey", "China"), or one a cue vouches for ("in Reading")."""
    surface = text[span.start : span.end]
    for candidate in gaz.candidates(folded):
        if candidate.exact not in (None, surface):
            continue  # an acronym written otherwise ("Us" is not "US")
        place = candidate.place
        if place.kind in (COUNTRY, WORLD) or (
            place.kind == CITY and place.population >= FAMOUS_CITY
        ):
            return True
        break
    return cue_strength(text, span.start, span.end) != NONE


def _trim_person(text: str, span: Span, gaz: Gazetteer) -> Span:
    """Cut leading title and nationality words ("Foreign Minister", "Argentine"), and
    honorifics (:mod:`index.extract.honorifics`: "Tan Sri", "Datuk Seri")."""
    start = span.start
    if dato_before(text, start):  # "Dato' Sri X": the grade opens the span
        words = text[start : span.end].split()
        start += sum(len(w) + 1 for w in words[: grade_words(tuple(words))])
    while True:
        rest = text[start : span.end]
        word, _, tail = rest.partition(" ")
        if not tail:
            break
        lowered = word.lower().rstrip(".")
        title = lowered in TITLE_HEADS or lowered in TITLE_MODIFIERS
        if not title and word.lower() in OPENERS:
            cut = honorific_end(rest, TITLE_HEADS)  # "Tan Sri", "Datuk Seri": whole
            title, word = cut > 0, rest[:cut] if cut else word
        if not title and fold_text(word).lower() not in gaz.demonyms:
            break
        start += len(word) + 1
        while start < span.end and text[start] == " ":
            start += 1
    return Span(start, span.end, span.type) if start != span.start else span
