"""A name that ends with an office's title names the office, not a body or a person.

The press names an office holder by the office ("the Chief Adviser said", "treatment to
the BNP Chairperson", "the Khulna Divisional Commissioner", "the Hatiya Upazila Nirbahi
Officer"), and the tagger read such a title, or a body run into it, as an organisation
or a person: the organisation facet held "Chief Adviser" and "BNP Chairperson", titles
that are no body, and the person facet "Joint Convener", no one.

- An organisation or a person whose last word is an office holder's title ("Adviser",
  "Chairperson", "Commissioner", "Secretary", "Minister", "Convener", "Officer",
  "Director", "Governor", "Spokesperson", "CEO", "MP" and the like), with the title's
  modifiers before it ("Chief", "Joint", "Additional", "Home Affairs"), is the title: no
  name. A body's name before the title stays the body where the article names that body
  so elsewhere, or its words are an organisation's ("BNP Chairperson" -> "BNP", "Dhaka
  Metropolitan Police Additional Commissioner" -> "Dhaka Metropolitan Police").
- An office named by its title after "of" is a body: "the Office of the Chief Adviser"
  stays whole.
- A name that opens with an office holder's title and "of" or "for" is that title
  ("the Minister of Information, Publicity and Broadcasting Services", "the Secretary
  for Home Affairs"): no name; so is a name "... for ..." right after such a title's
  "of" ("Minister of [State for Provincial Affairs]", "Secretary of [State for Defence]").
- A byline's desk role ("Story by Ann Moyo, Business Editor", "Story by KTV Reporter")
  is a title too, read as above ("KTV Reporter" -> "KTV", but "News Editor" -> no
  name: a desk's word is no body), unless "the" stands before it: "the Weekly
  Reporter" is a paper.
- Honorifics alone ("Honourable", "His Excellency", "Honourable Vice") name no one.

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.extract.chunks import TITLE_MODIFIERS
from index.extract.people import has_org_word
from index.names import name_key
from index.records import ORG, PERSON, Mention

#: Office holders' titles that end a title: "Chief Adviser", "BNP Chairperson".
_OFFICES = frozenset(
    "adviser advisor advisers chairperson chairman chairwoman commissioner secretary "
    "secretary-general minister convener convenor officer director director-general "
    "governor ameer spokesperson spokesman spokeswoman coordinator ceo cfo coo mp mla mpa "
    "ombudsman".split()
)
#: Words of a title before its office: "Joint Convener", "Home Affairs Adviser".
_MODIFIERS = TITLE_MODIFIERS | frozenset(
    "joint additional general chief acting deputy vice assistant senior principal special "
    "home affairs press political organising organizing divisional district upazila "
    "nirbahi regional national central executive innovation technology member "
    "permanent".split()
)
_WORD = re.compile(r"\S+")
#: Modifiers that open an office's title: "Additional" of "Additional Commissioner".
_BEFORE_OFFICE = frozenset("additional joint deputy acting assistant chief senior vice".split())
_NEXT_WORD = re.compile(r"[ \t]+([\w-]+)")
_LAST_WORDS = _OFFICES | _BEFORE_OFFICE  # the last words _titled accepts
_NAMED = (ORG, PERSON)  # the types a title is read as
#: A byline's role after the writer's name: "Business Editor", "Sports Reporter".
_DESK_ROLES = frozenset("editor reporter correspondent".split())
#: The last words of a title whose body, if any, is the words before them.
_TITLE_ENDS = _OFFICES | _DESK_ROLES
#: The word before a name that says the name is a paper's: "the Weekly Reporter".
_THE_BEFORE = re.compile(r"(?<![\w-])the\s+$", re.IGNORECASE)
#: An office's title and "of" just before a name: "Minister of" of "Minister of State for".
_OFFICE_OF_BEFORE = re.compile(r"([\w-]+)\s+of\s+$")
#: Honorifics that stand before a name ("Honourable Daniel Moyo", "His Excellency").
_HONORIFICS = frozenset("honourable honorable hon hon. excellency".split())
_HONORIFIC_WORDS = _HONORIFICS | frozenset("his her the right".split())


def without_office_titles(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with offices' titles read as bodies or people dropped, a body's name
    run into one kept as the body (module docstring)."""
    titled = {  # the last word asked here first: most names end with no title's word
        id(m)
        for m in mentions
        if (m.text.rpartition(" ")[2].lower() in _LAST_WORDS and _titled(m, text))
        or _desk_role(m, text)
    }
    no_name = {
        id(m)
        for m in mentions
        if m.type in _NAMED and (_office_of(m, text) or _honorific_words(m.text))
    }
    if not titled and not no_name:
        return mentions
    titled -= no_name
    bodies = {m.text: m for m in mentions if m.type == ORG and id(m) not in titled}
    out = []
    for m in mentions:
        if id(m) in no_name:
            continue
        if id(m) not in titled:
            out.append(m)
            continue
        body = _body(m, bodies)
        if body is not None:
            out.append(body)
    return out


def _titled(m: Mention, text: str) -> bool:
    """The pre-check: ``m`` is a body or a person whose last word is an office's title,
    or a title's modifier before one ("Police Additional" of "Police Additional
    Commissioner")."""
    if m.type not in (ORG, PERSON):
        return False
    word = m.text.rpartition(" ")[2].lower()
    if word in _OFFICES:
        return True
    if word not in _BEFORE_OFFICE:
        return False
    after = _NEXT_WORD.match(text, m.end)
    return after is not None and after.group(1).lower() in _OFFICES


def _desk_role(m: Mention, text: str) -> bool:
    """``m`` is a body or a person whose last word is a byline's role, with no "the"
    before it ("Business Editor" after a writer's name, not "the Weekly Reporter")."""
    if m.type not in (ORG, PERSON) or m.text.rpartition(" ")[2].lower() not in _DESK_ROLES:
        return False
    return _THE_BEFORE.search(text, max(0, m.start - 8), m.start) is None


def _office_of(m: Mention, text: str) -> bool:
    """``m`` opens with an office holder's title and "of" or "for" ("Minister of
    Information", "Secretary for Home Affairs"), or is "... for ..." right after such a
    title's "of" ("Minister of State for Defence"): a title, no name."""
    if m.type not in (ORG, PERSON):
        return False
    words = m.text.split(maxsplit=2)
    if len(words) < 3 or words[1] not in ("of", "for"):
        return False
    if words[0].lower() in _OFFICES:
        return True
    before = _OFFICE_OF_BEFORE.search(text, max(0, m.start - 24), m.start)
    return words[1] == "for" and before is not None and before.group(1).lower() in _OFFICES


@lru_cache(maxsize=1 << 12)
def _honorific_words(surface: str) -> bool:
    """A body's or person's ``surface`` is honorifics alone, perhaps with a title's
    modifier: "Honourable", "His Excellency", "Honourable Vice". Memoised: asked of
    every body and person of every article, and names recur."""
    words = surface.lower().split()
    return any(w in _HONORIFICS for w in words) and all(
        w in _HONORIFIC_WORDS or w in _MODIFIERS for w in words
    )


def _body(m: Mention, bodies: dict[str, Mention]) -> Mention | None:
    """The body named before the title in ``m``, or None where none is; ``m`` itself
    where the title names an office ("Office of the Chief Adviser")."""
    words = list(_WORD.finditer(m.text))
    k = len(words) - (words[-1].group().lower() in _TITLE_ENDS)
    while k > 0 and words[k - 1].group().lower() in _MODIFIERS:
        k -= 1
    if k and words[k - 1].group().lower() in ("of", "the"):
        return m  # "Office of the Chief Adviser": left as read
    if k == 0:
        return None
    name = m.text[: words[k - 1].end()]
    end = m.start + len(name)
    known = bodies.get(name)
    if known is not None:
        return Mention(m.start, end, ORG, name, known.entity_id, known.name, known.country)
    # a desk's word before a byline's role names no body ("News Editor", "Sports Reporter")
    role = words[-1].group().lower() in _DESK_ROLES
    if (not role and has_org_word(tuple(name.split()))) or (name.isupper() and 2 <= len(name) <= 6):
        return Mention(m.start, end, ORG, name, name_key(name), name)
    return None
