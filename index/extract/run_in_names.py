"""A person named in full only inside a longer mention, and the short forms of the name.

Parliamentary and government copy runs an office into the name of its holder ("Minister
for Coastal Affairs and Fisheries Development Lim Boon Keat said", "Speaker of the House
Wendy Marlowe"), and an employer's region or acronym into an employee's ("head of policy
for Unicef Hanna Berg"): the capitalised run is read as one organisation or one person,
and the person is never named in full. The article then calls that person by a short
form after a title ("Mr Lim", "Ms Marlowe", "Ms Berg"), which stays a person of its own.

- :func:`with_run_in_names`: a mention of three words or more whose last words are a
  person's name, which the article calls by a titled short form elsewhere, is that name
  (the words before it are dropped, unless the article names them as a body elsewhere).
  The short form is the name's first word (a Chinese family name, "Lim" of "Lim Boon
  Keat", a Malay or Tamil given name) or its last word after a known given name
  ("Marlowe" after "Wendy"); the word before the name is no given name (the name may go
  on there: "Mrs Clinton" cuts nothing of "Hillary Rodham Clinton"). Words before a
  person's name are cut only when they name a place or a body (the article's, or a known
  organisation: "Asean", "Unicef"): a name of three parts is no run ("Mr Lu" of "Amao
  Leota Lu").
- :func:`with_late_short_forms`: a one-word person that is the last word of exactly one
  full name of the article, or else the first word of exactly one and the last of none,
  is that person, after the mends that cut names out of longer mentions (the linker read
  short forms before those cuts). A title of the other sex than the full name's given
  name links nothing ("Mrs Howard" beside Michael Howard). "Madam" and "Mdm", the
  honorific of a married woman in the press of Singapore, Malaysia and Hong Kong, count
  as titles here ("Madam Tan" is a short form of "Mary Tan"). A last word the article
  also prints after another given name ("Joe Biden" beside "Hunter Biden", the first not
  found as a person) links nothing. Last, a surname inside a name of three words or more
  (:func:`inner_surnames`: "Wong" of "Alan Wong Tak-wah", "Garcia" of "Gabriel Garcia
  Marquez") that is the first or last word of no full name and inside exactly one.
"""

from __future__ import annotations

import re

from index.extract.chunks import TITLE_HEADS
from index.extract.gazetteer import load_gazetteer
from index.extract.people import has_org_word, known_org
from index.extract.shared_surnames import Namesake, refused
from index.extract.titled_surnames import of_sex, title_sex, word_before
from index.names import name_key
from index.records import ORG, PERSON, PLACE, Mention

#: Titles before a short form of a name: a person's, by sex or degree.
_TITLES = frozenset("mr mr. mrs mrs. ms ms. miss madam mdm mdm. dr dr. prof prof.".split())
#: The honorifics of married women that stay in a one-word person's text ("Madam Tan").
_MADAM = frozenset({"Madam", "Mdm", "Mdm."})
#: A capitalised word.
_CAPITALISED = re.compile(r"\b[A-Z][\w'-]*")
#: A romanised Chinese or Korean given name of two syllables ("Tak-wah", "Ki-moon").
_ROMANISED = re.compile(r"[A-Z][a-z]+-[a-z]+")
#: A word in lower case.
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


def with_run_in_names(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with names run into a longer mention cut out (module docstring)."""
    titled = {w for m in mentions if (w := _titled_word(m, text))}
    if not titled:
        return mentions
    named = {m.text: m.type for m in mentions if m.type in (ORG, PLACE)}
    out: list[Mention] = []
    renamed: dict[str, str] = {}  # the id of a run cut -> the name cut out of it
    for m in mentions:
        cut = _cut(m, titled, named)
        if not cut:
            out.append(m)
            continue
        rest = m.text[:cut].rstrip()
        if named.get(rest) == ORG:
            out.append(Mention(m.start, m.start + len(rest), ORG, rest, name_key(rest), rest))
        name = renamed.setdefault(m.entity_id, m.text[cut:])
        out.append(Mention(m.start + cut, m.end, PERSON, name, name_key(name), name))
    if not renamed:
        return out
    return [  # the run's short forms ("Ms Koh" linked to "Asean Clara Koh") go with the name
        _as(m, renamed[m.entity_id]) if m.entity_id in renamed and m.type == PERSON else m
        for m in out
    ]


def _as(m: Mention, name: str) -> Mention:
    return Mention(m.start, m.end, m.type, m.text, name_key(name), name)


def _cut(m: Mention, titled: set[str], named: dict[str, str]) -> int:
    """Where the name starts in ``m``'s text, 0 for nowhere. A person's words before the
    name must name a place or a body (the article's, or a known organisation, its acronym
    in capitals or not: "Asean"), or they may be the name's own ("Amao Leota Lu")."""
    if m.type not in (ORG, PERSON) or m.text.count(" ") < 2:
        return 0
    cut = _name_start(m, titled)
    if cut and m.type == PERSON:
        rest, gaz = m.text[:cut].rstrip(), load_gazetteer()
        if rest not in named and not known_org(rest, gaz) and not known_org(rest.upper(), gaz):
            return 0
    return cut


def _titled_word(m: Mention, text: str) -> str:
    """The word of a one-word person after a title ("Ms Berg", "Madam Tan"), else ''."""
    if m.type != PERSON:
        return ""
    words = m.text.split()
    if len(words) == 2 and words[0] in _MADAM:
        return words[1]
    titled = len(words) == 1 and word_before(text, m.start) in _TITLES
    return words[0] if titled else ""


def _name_start(m: Mention, titled: set[str]) -> int:
    """Where the name a titled short form stands for starts in ``m``'s text, 0 for none."""
    words = m.text.split()
    given = load_gazetteer().given_names
    start = 0
    if words[-1] in titled and words[-2] in given:
        start = len(words) - 2  # "... Wendy Marlowe" for "Ms Marlowe"
    else:
        start = next((i for i in (len(words) - 3, len(words) - 2) if words[i] in titled), 0)
    if start < 1 or words[start - 1] in given or has_org_word(tuple(words[start:])):
        return 0
    if not all(w[:1].isupper() and w.isalpha() for w in words[start:]):
        return 0  # a name of capitalised words only
    # the name's first word where the text has it: words may be parted by more than one
    # space or a line break ("Unicef  Hanna Berg"), so the offset is not counted from them
    return [w.start() for w in re.finditer(r"\S+", m.text)][start]


def with_late_short_forms(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with one-word people linked to the one full name they shorten."""
    full = {m.entity_id: m.name for m in mentions if _printed_in_full(m)}
    if not full:
        return mentions
    # the one-word people linked to no full name: the only mentions the loop below may
    # change, so the only short forms whose other bearers are worth a pass over the text
    loose = {w for m in mentions if (w := _short_form(m)) and m.entity_id not in full}
    if not loose:
        return mentions
    starts: dict[str, tuple[int, ...]] = {}
    for m in mentions:
        if _printed_in_full(m):
            starts[m.entity_id] = (*starts.get(m.entity_id, ()), m.start)
    lasts, firsts = _forms(full)
    # a word that opens a printed name of its own ("Mahfuj Alam") is that name's given
    # name, not the surname inside a longer one ("Sara Shah Mahfuj Alam", a misread run)
    opening = {m.text.split()[0] for m in mentions if m.type == PERSON and " " in m.text}
    inners = _inner_forms(full, lasts.keys() | firsts.keys() | opening)
    short = loose & (lasts.keys() | inners.keys())
    borne = _also_borne(text, full, short)
    lasts = {w: ids for w, ids in lasts.items() if w not in borne}
    out = []
    for m in mentions:
        word = _short_form(m)
        ids = (
            lasts.get(word) or firsts.get(word) or (inners.get(word) if word not in borne else None)
        )
        if word and ids and len(ids) == 1 and m.entity_id not in full and _unlinked(m):
            entity_id = next(iter(ids))
            sex = title_sex(text, m.start)
            person = (entity_id, full[entity_id])
            namesake = Namesake(entity_id, full[entity_id], starts.get(entity_id, ()))
            if refused(namesake, text, m.start):
                pass  # a title that says another of the family (shared_surnames.refused)
            elif sex is None or of_sex([person], sex) is not None:
                m = Mention(m.start, m.end, m.type, m.text, entity_id, full[entity_id])
        out.append(m)
    return out


def _forms(full: dict[str, str]) -> tuple[dict[str, set[str]], ...]:
    """The last words of the full names -> whose; their first words -> whose, less the
    words standing anywhere after a full name's first word ("Li" of "Austin Li Jiaqi" is no
    first-word form of "Li Chengdong")."""
    lasts: dict[str, set[str]] = {}
    firsts: dict[str, set[str]] = {}
    for entity_id, name in full.items():
        words = name.split()
        lasts.setdefault(words[-1], set()).add(entity_id)
        firsts.setdefault(words[0], set()).add(entity_id)
    inside = {w for name in full.values() for w in name.split()[1:]}
    return lasts, {w: ids for w, ids in firsts.items() if w not in inside}


def _inner_forms(full: dict[str, str], outer: set[str]) -> dict[str, set[str]]:
    """The surnames inside full names of three words or more (:func:`inner_surnames`)
    -> whose, less the words that are a full name's first or last word."""
    inners: dict[str, set[str]] = {}
    for entity_id, name in full.items():
        for word in inner_surnames(name):
            inners.setdefault(word, set()).add(entity_id)
    return {w: ids for w, ids in inners.items() if w not in outer}


def inner_surnames(name: str) -> list[str]:
    """The words inside a name of three words or more that may be its surname alone:
    the family name between an English given name and a romanised Chinese or Korean one
    ("Wong" of "Alan Wong Tak-wah": the given name after it is hyphenated, its second
    syllable in lower case), or a word that is no known given name (the first of two
    surnames, "Garcia" of "Gabriel Garcia Marquez"; a maiden name, "Rodham"); a middle
    given name ("Ann" of "Mary Ann Smith") is no short form, nor a word of a name ending
    in a common word (a body's misread as a person's: "Sri Lankan Government")."""
    words = name.split()
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return []
    gaz = load_gazetteer()
    if words[-1].lower() in gaz.common_words:
        return []  # a body's name misread as a person's ("Sri Lankan Government")
    given = gaz.given_names
    romanised = bool(_ROMANISED.fullmatch(words[-1]))
    last = len(words) - 2
    return [
        w
        for i, w in enumerate(words[1:-1], 1)
        if w.isalpha() and ((romanised and i == last) or w not in given)
    ]


def _also_borne(text: str, full: dict[str, str], short: set[str]) -> set[str]:
    """The short forms (last words of full names) that the text also prints after another
    given name, a person the recogniser missed ("Joe Biden" beside "Hunter Biden"): a bare
    "Biden" is then no one's for sure. A title ("Judge", "King") or a word the text also
    writes in lower case ("The", "Will") is no given name here. One pass over the text's
    capitalised words, only when the article uses such a short form."""
    if not short:
        return set()
    given = load_gazetteer().given_names
    named: dict[str, set[str]] = {}
    for name in full.values():
        for word in name.split()[1:]:  # a last word, or a surname inside the name
            named.setdefault(word, set()).update(name.split())
    others = {
        (first, last)
        for first, last in _pairs(text, short)
        if first in given and first not in named[last] and first.lower() not in TITLE_HEADS
    }
    lower = set(_LOWER_WORD.findall(text)) if others else set()
    return {last for first, last in others if first.lower() not in lower}


def _pairs(text: str, short: set[str]) -> set[tuple[str, str]]:
    """Each capitalised word printed just before one of ``short`` ("Joe" of "Joe Biden")."""
    pairs = set()
    before = None
    for found in _CAPITALISED.finditer(text):
        word = found.group()
        if word in short and before and before.end() == found.start() - 1:
            if text[before.end()] == " " and before.group().isalpha():
                pairs.add((before.group(), word))
        before = found
    return pairs


def _unlinked(m: Mention) -> bool:
    """A one-word person named by its own word, after a courtesy title ("Ms Nurul") or as
    the end of a shorter name ("Nketia" of "Asiedu Nketia"), not styled by an earlier rule
    with a title that is no courtesy ("Charles" of Prince Charles, no Charles Tait's)."""
    title, _, word = m.name.rpartition(" ")
    first = title.split(" ", 1)[0].lower()
    return word == m.text.split()[-1] and (first in _TITLES or first not in TITLE_HEADS)


def _printed_in_full(m: Mention) -> bool:
    """A person whose mention prints a name of two words or more ("Hanna Berg"; not the
    "Ms Berg" of a name kept with its title, nor a mention linked to a longer name)."""
    words = m.text.split()
    return m.type == PERSON and len(words) > 1 and words[0] not in _MADAM and m.text == m.name


def _short_form(m: Mention) -> str:
    """The word of a one-word person ("Berg", "Madam Tan"), else ''."""
    if m.type != PERSON:
        return ""
    words = m.text.split()
    if len(words) == 2 and words[0] in _MADAM:
        return words[1]
    return words[0] if len(words) == 1 and words[0][:1].isupper() else ""
