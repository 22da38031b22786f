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

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re

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


def without_office_titles(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with offices' titles read as bodies or people dropped, a body's name
    run into one kept as the body (module docstring)."""
    titled = {  # the last word asked here first: most names end with no title's word
        id(m)
        for m in mentions
        if m.text.rpartition(" ")[2].lower() in _LAST_WORDS and _titled(m, text)
    }
    if not titled:
        return mentions
    bodies = {m.text: m for m in mentions if m.type == ORG and id(m) not in titled}
    out = []
    for m in mentions:
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


def _body(m: Mention, bodies: dict[str, Mention]) -> Mention | None:
    """The body named before the title in ``m``, or None where none is; ``m`` itself
    where the title names an office ("Office of the Chief Adviser")."""
    words = list(_WORD.finditer(m.text))
    k = len(words) - (words[-1].group().lower() in _OFFICES)
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
    if has_org_word(tuple(name.split())) or (name.isupper() and 2 <= len(name) <= 6):
        return Mention(m.start, end, ORG, name, name_key(name), name)
    return None
