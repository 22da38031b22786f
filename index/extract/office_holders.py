"""A person's name run into the office, body or rank before it, read as one organisation.

English news writes "<office> of <body> <Person Name>" and "<body> <rank> <Person Name>"
with no comma ("Secretary of the Harbour Safety Council Anna Berg said", "Police
Superintendent Ola Brenn said", "Leader of the Revolution Ayatollah X Y"): the capitalised
run is one chunk, which the tagger or the organisation rules read as a body, so the body
facet gets a value that is no body and the person none. The name at the end of such a run
is a person's when

- a title or a rank stands right before it inside the run (or opens it: "Gen Ola
  Brenn" read as a body is a person) ("... Superintendent Ola
  Brenn", "... Ayatollah Seyyed Ola Brenn"): the words after the title are the name; or
- the run follows an office's title and "of"/"for"/"on" ("Secretary of [Iran's] ...",
  "head of ...", "Minister of Transport, Communications and ...") and ends in a name's
  shape: a known given name and one to three capitalised words, or two or three
  capitalised words after the body's last organisation word ("... Council of Insurance Ola Brenn").

The words of a name are capitalised, none an organisation's word or a title, none but
the given name a common English word unless a title stands before a given name and
one word ("Superintendent John Smith"; "Council Will Meet Today" is a headline), and
the words no place's name ("Aid Foundation New Zealand"). The
words before the name (less the title) stay a body of their own only when they are one
whole: an organisation word among them and not the tail of a list of portfolios cut at
its comma or "and" ("Communications and High Technologies"); one word ("Police",
"Navy") only where the article names it as a body elsewhere. The run's other mentions
go with the person where they are a word of the name, else with the body, or go. Applied by
:func:`index.extract.entities.extract_entities` after the titled short forms' cut
(:mod:`index.extract.run_in_names`), which asks the article for a short form; this
reads the run's own shape and the words before it.
"""

from __future__ import annotations

import re

from index.extract.chunks import PORTFOLIOS, TITLE_HEADS, TITLE_MODIFIERS
from index.extract.gazetteer import load_gazetteer
from index.extract.honorifics import RANKS
from index.extract.people import has_org_word, known_org
from index.names import fold_name, name_key
from index.records import ORG, PERSON, Mention

#: Ranks and honorifics that head a name and that the chunks' title words lack: the
#: police's and the forces' ("Police Superintendent X", "Lt Gen X", undotted as
#: :mod:`index.extract.honorifics` reads them) and religious and Malay ones ("Ayatollah
#: Seyyed X", "Datuk X"). Not the first words of two-word honorifics, names alone ("Tan"
#: of "Tan Sri", "Tan Wei Ming").
_RANKS = RANKS | frozenset(
    "superintendent supt supt. inspector insp insp. constable commissioner brigadier "
    "marshal commodore general ayatollah hojatoleslam "
    "seyyed sayyid sayyed haji hajah datuk dato datin magistrate".split()
)
_TITLES = TITLE_HEADS | _RANKS
#: An office's title and its "of" before the run, over the words of a body's name, a
#: possessive and a list's commas and "and" ("Secretary of Iran's ", "Minister of
#: Transport, Communications and ").
_OFFICE_BEFORE = re.compile(
    r"\b(?P<title>[A-Za-z]+)\s+(?:of|for|on)\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*(?:['’]s)?(?:\s+|,\s+)|and\s+|&\s+|of\s+)*$"
)
#: Office words before "of" that are not in the chunks' title list.
_OFFICES = frozenset("head heads chief secretary chair deputy".split())
_WORD = re.compile(r"\S+")
#: Last words of an office's or a body's name that are no organisation word ("Secretary
#: of the Council on Foreign Relations", "Minister of Foreign Affairs").
_BODY_ENDS = PORTFOLIOS | frozenset("relations development studies security".split())
#: Small words inside a name ("Ursula von der Leyen", "Ahmed bin Ali").
_PARTICLES = frozenset("von van der den de da du dos di al el bin ibn bint la le".split())
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Za-z]+)*|[A-Z]{2}")


def with_office_holders(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with a person's name cut out of an organisation it was run into
    (module docstring)."""
    if not any(m.type == ORG and m.text.count(" ") >= 2 for m in mentions):
        return mentions
    named = {m.text for m in mentions if m.type == ORG}
    # one-word people: a surname the article uses alone vouches for a name with no
    # given name known ("... Council of Insurance Ola Brenn", "Brenn said")
    short = {m.text for m in mentions if m.type == PERSON and " " not in m.text}
    out: list[Mention] = []
    cuts: dict[str, tuple[str, str]] = {}  # the id of a run cut -> its body (or ''), person
    for m in mentions:
        cut = _cut(m, text, short) if m.type == ORG and m.text.count(" ") >= 2 else None
        if cut is None:
            out.append(m)
            continue
        head_end, name_start = cut
        head = m.text[:head_end].rstrip()
        head = head if _whole_body(head, named, text, m.start) else ""
        if head:
            out.append(Mention(m.start, m.start + len(head), ORG, head, name_key(head), head))
        name = m.text[name_start:]
        cuts[m.entity_id] = (head, name)
        out.append(Mention(m.start + name_start, m.end, PERSON, name, name_key(name), name))
    if not cuts:
        return out
    # the run's other mentions: a word of the name is the person ("Brenn" read as a body
    # and linked to the run), another (an acronym) the body, or no name without one
    return [
        r
        for m in out
        if (r := _relinked(m, *cuts[m.entity_id]) if m.type == ORG and m.entity_id in cuts else m)
    ]


def _relinked(m: Mention, head: str, name: str) -> Mention | None:
    if m.text in name.split():
        return Mention(m.start, m.end, PERSON, m.text, name_key(name), name)
    if not head:
        return None
    return Mention(m.start, m.end, m.type, m.text, name_key(head), head)


def _cut(m: Mention, text: str, short: set[str]) -> tuple[int, int] | None:
    """Where the body's words end and the person's name starts in ``m``'s text (the
    title between them, if any), or None where the run ends in no person's name."""
    spans = [w.span() for w in _WORD.finditer(m.text)]
    words = [m.text[s:e] for s, e in spans]
    lowered = [w.lower() for w in words]
    for i in range(len(words) - 2, 0, -1):  # a title right before the name's words
        if lowered[i - 1] in _TITLES and _name_words(words[i:], titled=True):
            j = i - 1
            while j > 0 and (lowered[j - 1] in _TITLES or lowered[j - 1] in TITLE_MODIFIERS):
                j -= 1  # a title of several words ("Lt Gen", "Senior Superintendent")
            return (spans[j - 1][1] if j else 0, spans[i][0])
    if not _office_before(text, m.start):
        return None
    i = _untitled_name(words, short)
    return (spans[i - 1][1], spans[i][0]) if i else None


def _untitled_name(words: list[str], short: set[str]) -> int:
    """Where a name with no title before it starts in ``words``, 0 for none: a known
    given name and one to three words after a body's last word ("Council", "Affairs"),
    else two or three words after the last organisation word, the last of which the
    article uses alone for a person."""
    given = load_gazetteer().given_names
    for i in range(max(1, len(words) - 4), len(words) - 1):
        if words[i] in given and _body_end(words[i - 1]) and _name_words(words[i:]):
            return i
    for i in (len(words) - 2, len(words) - 3):
        if i > 0 and has_org_word((words[i - 1],)) and _name_words(words[i:]):
            return i if words[-1] in short else 0
    return 0


def _body_end(word: str) -> bool:
    """``word`` may end a body's or an office's name ("Council", "Railways", "Affairs")."""
    return has_org_word((word,)) or word.lower() in _BODY_ENDS


def _name_words(words: list[str], titled: bool = False) -> bool:
    """``words`` may be a person's name: one to four capitalised words (two or more
    without a title before them; particles between them: "von der"), none an
    organisation's word or a title, none but the
    first a common English word, unless a title stands before a known given name
    ("Superintendent John Smith")."""
    capitalised = sum(w not in _PARTICLES for w in words)
    if not 1 <= capitalised <= 4 or (len(words) < 2 and not titled):
        return False
    if not _NAME_WORD.fullmatch(words[0]) or has_org_word(tuple(words)):
        return False
    if not all(_NAME_WORD.fullmatch(w) or w in _PARTICLES for w in words[1:-1]):
        return False
    if not _NAME_WORD.fullmatch(words[-1]):
        return False
    if any(w.lower() in _TITLES for w in words):
        return False
    gaz = load_gazetteer()
    if gaz.candidates(fold_name(" ".join(words))):
        return False  # a place closing the body's name ("Aid Foundation New Zealand")
    if titled and len(words) == 2 and words[0] in gaz.given_names:
        return True  # "Superintendent John Smith" ("Justice Will Be Served": no name)
    return not any(w.lower() in gaz.common_words for w in words[1:] if w not in _PARTICLES)


def _office_before(text: str, start: int) -> bool:
    """An office's title and "of" stand before the run ("Secretary of Iran's ")."""
    found = _OFFICE_BEFORE.search(text, max(0, start - 120), start)
    if found is None:
        return False
    title = found.group("title").lower()
    return title in TITLE_HEADS or title in _OFFICES


def _whole_body(head: str, named: set[str], text: str, start: int) -> bool:
    """The words before the name are a body's whole name: an organisation word among
    them, not the end of a list cut at its comma or "and"; one word only where the
    article names it as a body elsewhere or it is a known organisation."""
    words = head.split()
    if not words or not has_org_word(tuple(words)):
        return False
    if len(words) == 1:
        return head in named or known_org(head, load_gazetteer()) is not None
    before = text[max(0, start - 6) : start].rstrip()
    return not (before.endswith(",") or before.endswith(" and") or before.endswith("&"))
