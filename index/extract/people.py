"""Person and organisation rules for one segment.

Organisations: a segment holding an organisation word ("Ministry", "Bank", "Corp"...),
extended over "of"/"for"/"on" (and then "and") to the next segment ("Bank of Japan",
"Centre for Policy Studies"; not to a date: "the Electoral College on Dec. 19"), or a
name from the shipped list (wire agencies, international bodies; acronyms there match
case-sensitively).

People: a segment after a title ("Foreign Minister X", "Mr X"), after a role word
("spokesman X") or "said", before "said"/"told", in apposition ("X, a ..."), or starting
with a known given name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import methodcaller

from index.extract.chunks import Segment
from index.extract.gazetteer import COUNTRY, Gazetteer, Org, load_gazetteer
from index.extract.places import NEVER_PLACES
from index.names import fold_name

ORG_WORDS = frozenset(
    "ministry observatory organisation organization agency party army council bank corp "
    "corporation inc co cos ltd plc llc group company committee union association fund "
    "commission federation exchange department university reserve board institute "
    "authority office court parliament assembly congress senate front movement brigade "
    "brigades coalition alliance league network services industries holdings bancorp "
    "trust securities partners brothers systems airlines airways motors foundation "
    "society centre center college hospital club bureau administration cabinet police "
    "navy command directorate secretariat tribunal ag sa nv gmbh spa bv plc pty "
    "laboratories technologies enterprises investments financial bancshares "
    "insurance petroleum resources energy communications electronics railway railways "
    "news times post journal television radio daily press utd fc afc".split()
)
_ROLE_BEFORE = re.compile(
    r"\b(?:spokesman|spokeswoman|spokesperson|chairman|chairwoman|president|minister|"
    r"secretary|analyst|economist|director|chief|head|leader|commander|official|envoy|"
    r"executive|trader|dealer|governor|ambassador|senator|general|colonel|sheikh|judge|"
    r"lawyer|activist|resident|witness|professor|said|told|by|according\s+to)\s+$"
)
#: The words _ROLE_BEFORE can end with.
_ROLE_LAST = tuple(
    "spokesman spokeswoman spokesperson chairman chairwoman president minister secretary "
    "analyst economist director chief head leader commander official envoy executive trader "
    "dealer governor ambassador senator general colonel sheikh judge lawyer activist "
    "resident witness professor said told by to".split()
)
_SAID_AFTER = re.compile(
    r",?\s+(?:said|says|told|added|stated|noted|explained|wrote|argued|warned|asked)\b"
)
_APPOSITION_AFTER = re.compile(r",\s+(?:a|an|the|who|whose)\s")
# "the X alliance", "X militia": a lower-case organisation noun right after a name.
_ORG_NOUN_AFTER = re.compile(
    r"\s+(?:alliance|coalition|group|militia|movement|faction|network|organi[sz]ation|"
    r"party|company|firm|agency|bank|brigade|union|consortium|cartel)\b"
)
#: Last words of the names of buildings, institutions and prizes, often named after a
#: person ("Ronald Reagan Presidential Library", "John Glenn Airport"): no person's name
#: ends with one.
NAMED_FOR_HEADS = frozenset(
    "Library Airport Museum Memorial Hospital Stadium Arena Bridge Highway Tunnel Building "
    "Centre Center Institute Foundation School University College Prize Award Medal "
    "Scholarship Fellowship".split()
)
_EXTEND = re.compile(r"\s+(?:of|for|on)\s+(?:the\s+)?$")
_EXTEND_AND = re.compile(r"\s+(?:and|&)\s+$")


def known_org(text: str, gaz: Gazetteer) -> Org | None:
    """The shipped organisation a segment's ``text`` names exactly, if any (not memoised:
    :func:`index.extract.recognise._facts` keeps the answer per segment text)."""
    for org in gaz.orgs.get(fold_name(text), ()):
        if org.exact is None or org.exact == text:
            return org
    return None


def has_org_word(tokens: tuple[str, ...]) -> bool:
    """A segment's ``tokens`` hold an organisation word ("Bank", "Corp."); not memoised,
    as for :func:`known_org`. (Mapped, not a generator: asked of every segment.)"""
    return not ORG_WORDS.isdisjoint(map(_NO_FULL_STOPS, map(str.lower, tokens)))


_NO_FULL_STOPS = methodcaller("rstrip", ".")


def org_noun_after(text: str, segment: Segment) -> bool:
    """True for "the X alliance", "X militia": the name of an organisation."""
    return org_noun_follows(text, segment.end)


def org_noun_follows(text: str, end: int) -> bool:
    """:func:`org_noun_after` for a name ending at ``end``."""
    return bool(_ORG_NOUN_AFTER.match(text, end))


def national_company(text: str, segment: Segment, gaz: Gazetteer) -> bool:
    """ "Korean Air said", "Georgia Power, a unit of...": a name that opens with a
    nationality or a country and is the subject of "said" is a company, not a person."""
    if segment.after_title:
        return False
    return says_as_company(text, segment.tokens, segment.end)


def says_as_company(text: str, tokens: tuple[str, ...], end: int) -> bool:
    """:func:`national_company` for a name's words ``tokens`` ending at ``end``."""
    if len(tokens) < 2:
        return False
    if not (_SAID_AFTER.match(text, end) or _APPOSITION_AFTER.match(text, end)):
        return False
    return _national(fold_name(tokens[0]))


@lru_cache(maxsize=4096)
def _national(word: str) -> bool:
    """``word`` (folded) is a nationality ("Korean", the end of "South Korean") or a
    country's name."""
    gaz = load_gazetteer()
    if word in gaz.demonyms or word in gaz.demonym_tails:
        return True
    top = gaz.candidates(word)
    return bool(top and top[0].place.kind == COUNTRY)


def extend_org(text: str, segments: list[Segment], i: int) -> int:
    """Index of the last segment an organisation starting at ``segments[i]`` spans."""
    j, joined = i, False
    while j + 1 < len(segments):
        following = segments[j + 1]
        if following.after_title or segments[j].before_title:
            break
        gap = text[segments[j].end : following.start]
        if following.tokens[0] in NEVER_PLACES:
            break  # a date after it: "the Electoral College on Dec. 19"
        if _EXTEND.fullmatch(gap):
            j, joined = j + 1, True
        elif joined and _EXTEND_AND.fullmatch(gap):
            return j + 1  # one "and" at most: "Office of Management and Budget"
        else:
            break
    return j


def person_cue(text: str, segment: Segment, gaz: Gazetteer) -> bool:
    """True when the context or a given name marks ``segment`` as a person's name."""
    if segment.after_title:
        return True
    verdict = _words_say_person(segment.text, segment.tokens, segment.initial)
    if verdict is not None:
        return verdict
    if _role_before(text, segment.start):
        return True
    if _SAID_AFTER.match(text, segment.end):
        return True
    return len(segment.tokens) >= 2 and bool(_APPOSITION_AFTER.match(text, segment.end))


def no_person(segment: Segment, gaz: Gazetteer) -> bool:
    """The words of ``segment`` alone rule out a person's name, whatever the context
    (so :func:`person_cue` is False)."""
    if segment.after_title:
        return False
    return _words_say_person(segment.text, segment.tokens, segment.initial) is False


def words_rule_out_person(surface: str, tokens: tuple[str, ...]) -> bool:
    """The words alone rule out a person's name wherever the segment stands (so
    :func:`no_person` holds unless it follows a title): the verdict "no person" does
    not depend on whether the segment opens a sentence."""
    return _words_say_person(surface, tokens, False) is False


@lru_cache(maxsize=1 << 14)  # 1 << 16: ~8 MB more per worker, ~0.1% faster (bench/caches.py)
def _words_say_person(surface: str, tokens: tuple[str, ...], initial: bool) -> bool | None:
    """What a segment's words alone say: a person (a given name first), no person
    (capitals, a demonym, a calendar word, one common word), or None: the context decides.

    Memoised on strings alone (the process-wide gazetteer is looked up inside): a key
    holding no container the garbage collector tracks costs it nothing."""
    gaz = load_gazetteer()
    if surface.isupper() or fold_name(surface) in gaz.demonyms or surface in NEVER_PLACES:
        return False
    if len(tokens) >= 2 and tokens[-1] in NAMED_FOR_HEADS:
        return False  # "Ronald Reagan Presidential Library": named after a person
    if len(tokens) >= 2 and _is_given_name(tokens[0], initial, gaz):
        # "File Photo", "Will Power": a given name alone does not make common words a name.
        if not all(t.lower() in gaz.common_words for t in tokens):
            return True
    if len(tokens) == 1 and tokens[0].lower() in gaz.common_words:
        return False
    return None


def _role_before(text: str, start: int) -> bool:
    """``_ROLE_BEFORE`` ends at ``start``; a string test first spares most searches."""
    lo = start - 30 if start > 30 else 0  # (reach_back, written out)
    window = text[lo:start]
    head = window.rstrip()
    if len(head) == len(window) or not head.endswith(_ROLE_LAST):
        return False
    return bool(_ROLE_BEFORE.search(text, lo, start))


def _is_given_name(token: str, initial: bool, gaz: Gazetteer) -> bool:
    if token not in gaz.given_names:
        return False
    if initial and token.lower() in gaz.common_words:
        return False
    top = gaz.candidates(fold_name(token))
    return not (top and top[0].place.kind == COUNTRY)
