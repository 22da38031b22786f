"""Whether the phrase a quotation is credited to is a person, a group or a description.

The speaker rules (:mod:`index.extract.speakers`) find the phrase that says a
quotation; a quotation's ``speaker`` is a person only, so the phrase goes one of
two ways (:func:`credit`):

* a **person**: linked to a PERSON entity, or a name the recogniser missed that
  is clearly a person's: two to four capitalised words opening with a known given
  name (``Tony Oates``) or with a personal title (``Mr Howard``, ``Dr. Zarate``),
  none of them an organisation word (``Corp``, ``Bank``, ``Ministry``) nor an
  acronym, also after the words describing them (``rally driver Dave Hawkins``,
  ``analyst Jeff Carney of Evolution Securities``, ``US Special Representative
  for Iran Brian Hook``; not ``a spokeswoman for Speaker Paul Ryan``, who is the
  spokeswoman);
* an **attribution** (:class:`index.records.Attribution`) of one of three kinds:
  ``group`` (an organisation or a place the recogniser named, a body or document
  named by a common noun, ``the ministry``, ``the report``, unnamed people in the
  plural, ``officials``, ``police``, ``U.S. officials``, an acronym, ``USDA``),
  ``description`` (one person described without a name: ``a witness``, ``the
  civil defence force worker``, ``one official``, ``his lawyer``), or ``name``
  (a name not told a person's from a group's: a single capitalised word the
  article never names in full, ``Sears``, ``Parry``; two capitalised words
  with no given name, ``Pacific Western``).

A phrase that is neither (a stray ``him`` or ``today`` read as a subject) gives
neither. ``speaker`` is never a group or a description by construction: only
:func:`credit` fills it, and only with a linked person or a name
:func:`is_person_name` accepts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from index.extract.chunks import TITLE_HEADS
from index.extract.gazetteer import load_gazetteer
from index.extract.honorifics import OPENERS, cut_head
from index.extract.people import ORG_WORDS
from index.extract.speaker_record import PERSON_KIND, Speaker
from index.extract.speaker_words import BODIES, PERSON_ROLES
from index.names import NAME_PARTICLES
from index.records import DESCRIPTION, GROUP, NAME, Attribution

PERSON = PERSON_KIND  # the kind of a Speaker hint for a person (records' kinds for the rest)
_TITLES = frozenset(
    "mr mrs ms miss mx dr prof sir dame lord lady sen rep gov gen col capt lt sgt rev "
    "fr sheikh".split()
)
_PARTICLES = NAME_PARTICLES | {"ben"}  # 'Mohammed ben Salman'
_DETERMINERS = frozenset(
    "a an the one another some two three four several many most his her its their our "
    "my your this that these those each both other any no".split()
)
#: Nouns for a person besides the role words of the speaker rules.
_PERSON_NOUNS = PERSON_ROLES | frozenset(
    "source insider friend aide victim father mother son daughter wife husband brother "
    "sister relative diplomat delegate arbitrager arbitrageur underwriter staffer actor "
    "actress singer star player man woman person expert observer critic activist "
    "protester student democrat republican candidate hopeful veteran survivor rescuer "
    "fan user customer employee negotiator investigator inspector "
    "policeman soldier commander spokesperson editor reporter journalist local organiser "
    "organizer auditor investor voter parent lawmaker councillor councilor campaigner "
    "demonstrator villager passenger driver pilot businessman businesswoman politician "
    "scientist author co-author patient child ally supporter opponent rival colleague "
    "teammate viewer reader tourist migrant refugee other".split()
)
#: Nouns for a body or a document that speaks ("the statement said").
_GROUP_NOUNS = (
    ORG_WORDS
    | BODIES
    | frozenset(
        "government police military statement report communique paper newspaper editorial "
        "letter study website site cable indictment resolution survey document memo "
        "filing release announcement proposal plan agreement accord review firm agency "
        "partnership chamber embassy giant station channel broadcaster magazine regime "
        "team family campaign lawsuit complaint ruling verdict decision order bill panel house "
        "people staff crew troops forces authorities rebels message post tweet newsletter "
        "agencies media outlet outlets consortium tabloid ad advert advertisement video "
        "commercial summary poll".split()
    )
)
_ONE_OF_THEM = frozenset(["one", "another"])  # 'Another said'
# Words opening a clause, not a noun phrase ('When NYMEX', 'If the bank').
_CLAUSE_WORDS = frozenset(
    "when if as while after before because since although though unless until whether "
    "where how why what".split()
)
# Words that may follow a subject before its verb ('The government meanwhile said').
_ADVERBS = frozenset("meanwhile however also too though instead later earlier then".split())
_CUT = frozenset("of for at in close with from to on".split())


@dataclass(frozen=True)
class Credit:
    """Who a quotation is credited to: a person (``speaker``, with the entity id when
    linked), else a group or description (``attribution``), else nobody."""

    speaker: Speaker | None
    attribution: Attribution | None


NOBODY = Credit(None, None)


def credit(speaker: Speaker) -> Credit:
    """A person as the speaker (a name the recogniser missed without the words
    describing them: 'rally driver Dave Hawkins' is Dave Hawkins); a group or
    description as the attribution."""
    name = speaker.name
    if name is None:
        return NOBODY
    if speaker.entity_id is not None or (speaker.kind == PERSON and is_person_name(name)):
        return Credit(speaker, None)
    if speaker.kind == PERSON:  # a name taken for a person's that is not clearly one
        speaker = replace(speaker, kind=None)
    person = None if speaker.kind else person_in(name)
    if person is not None:
        return Credit(replace(speaker, name=person, kind=PERSON), None)
    kind = speaker.kind or kind_of(name)
    if kind in (None, PERSON):
        return NOBODY
    if "(" in name and ")" not in name:  # 'The Parents Television Council (PTC'
        name = name[: name.index("(")].rstrip()
    return Credit(None, Attribution(name, kind))


# Honorifics and academic titles printed before a name ('Professor Jane Mensah',
# 'Dr. Ann Lee'; the professional and religious ones of the South Asian and West
# African press, 'Engineer X', 'Barrister X', 'Alhaji X', 'Maulana X'), a former
# office ('then-Senator'), and 'Esq.' after one: no part of the person's name. A
# judge's 'Justice' is one only before a lone surname ('Mr Justice Hale'): before two
# words it may be a given name ('Justice Kofi Mensah').
_HONORIFICS = frozenset(
    "mr mrs ms miss mx dr prof professor hon honourable honorable rev reverend engineer "
    "engr barrister alhaji alhaja hajia maulana".split()
)
_THEN = re.compile(r"(?:then|ex|former)-[A-Z][\w.]*$")
_ESQUIRE = re.compile(r",?\s+Esq\.?$")


def plain_name(name: str) -> str:
    """A person's name as a quotation's speaker: without the honorifics and titles
    printed before it or 'Esq.' after it; a title alone is kept."""
    first = name.split(" ", 1)[0]
    if "Esq" not in name and first.rstrip(".").lower() not in _HONORIFICS and "-" not in first:
        if first != "Justice" and first.lower() not in OPENERS:
            return name  # the common case: nothing to drop
    words = (_ESQUIRE.sub("", name) if "Esq" in name else name).split()
    words = cut_head(words, TITLE_HEADS)  # 'Tan Sri', 'Datuk Seri' (index.extract.honorifics)
    while len(words) > 1 and (
        words[0].rstrip(".").lower() in _HONORIFICS
        or _THEN.match(words[0])
        or (words[0] == "Justice" and len(words) == 2)
    ):
        words = words[1:]
    return " ".join(words)


def kind_of(phrase: str) -> str | None:
    """PERSON, GROUP, DESCRIPTION or NAME for a phrase no entity links; None when
    it is no noun phrase a quotation could be credited to."""
    words = _unbracketed(phrase.split())
    if not words or words[0].lower() in _CLAUSE_WORDS:
        return None  # 'When NYMEX': a clause, not a noun phrase
    if person_in(phrase) is not None:
        return PERSON
    first = words[0].lower()
    if first in _ONE_OF_THEM and (len(words) == 1 or words[1].lower() == "of"):
        return DESCRIPTION  # 'Another said', 'one of the sources'
    if first in _DETERMINERS and len(words) > 1:  # 'the ministry', 'a witness', 'the SEC'
        noun = _head(words[1:])
        return _kind_of_head(noun) or (GROUP if noun[:1].isupper() else DESCRIPTION)
    head = _kind_of_head(_head(words))
    if head is not None:
        return head
    if words[0][:1].isupper() or words[0][:1].isdigit() or _particle_name(words):
        return GROUP if _acronym(words) or _has_org_word(words) else NAME
    return None


def _particle_name(words: list[str]) -> bool:
    """A name opening with a particle ('de Hora', 'van Gaal')."""
    return words[0].lower() in _PARTICLES and all(w[:1].isupper() for w in words[1:])


def person_in(phrase: str) -> str | None:
    """The person's name a phrase is, or ends in after words describing them
    ('rally driver Dave Hawkins', 'analyst Jeff Carney of Evolution Securities':
    the name before a preposition), when :func:`is_person_name` accepts it."""
    words = phrase.split()
    cut = _cut(words)
    for k in range(cut):
        if is_person_name(" ".join(words[k:cut])):
            return " ".join(words[k:cut])
    return _name_after_title(words)


def _name_after_title(words: list[str]) -> str | None:
    """The name after a title in Title Case that holds a preposition ('US Special
    Representative for Iran Brian Hook'), the shortest that is a person's: not the
    one after a role in lower case, whose complement it is ('a spokeswoman for
    Speaker Paul Ryan' is the spokeswoman)."""
    last = max([k for k in range(1, len(words)) if words[k].lower() in _CUT], default=0)
    if not last or not words[0][:1].isupper() or words[0].lower() in _DETERMINERS:
        return None
    title = words[last - 1]
    if not title[:1].isupper() or _kind_of_head(title) == GROUP:  # not 'Analysts at X'
        return None
    for k in range(len(words) - 2, last, -1):
        if is_person_name(" ".join(words[k:])):
            return " ".join(words[k:])
    return None


def is_person_name(phrase: str) -> bool:
    """A name that is clearly a person's: 2-4 capitalised words (particles such as
    'de' or 'van' aside), the first a personal title or a known given name, none an
    organisation word nor an acronym ('NAACP')."""
    words = phrase.split()
    if not 2 <= len(words) <= 4 or _has_org_word(words) or any(map(_all_capitals, words)):
        return False
    if words[0].lower() in _DETERMINERS:
        return False
    if not all(w[:1].isupper() or w.lower() in _PARTICLES for w in words):
        return False
    if words[-1].lower() in _PARTICLES:
        return False
    first = words[0].rstrip(".")
    return first.lower() in _TITLES or first in _given_names()


def _head(words: list[str]) -> str:
    """The head noun of a noun phrase: its last word before a preposition, past
    participles aside ('a statement issued')."""
    end = _cut(words)
    while end > 1 and (_participle(words[end - 1]) or words[end - 1].lower() in _ADVERBS):
        end -= 1
    return words[end - 1]


def _participle(word: str) -> bool:
    return word.islower() and word.endswith("ed")


def _unbracketed(words: list[str]) -> list[str]:
    """Words before a bracket ('The Parents Television Council (PTC')."""
    for k, word in enumerate(words):
        if word.startswith(("(", "[")):
            return words[:k]
    return words


def _cut(words: list[str]) -> int:
    """Where the noun phrase of words ends: at its first preposition."""
    for k, word in enumerate(words):
        if k and word.lower() in _CUT:
            return k
    return len(words)


def _kind_of_head(word: str) -> str | None:
    """GROUP for a body or people in the plural, DESCRIPTION for one person, else None."""
    head = word.lower().strip(".,'’").removesuffix("'s").removesuffix("’s")
    if head in _GROUP_NOUNS:
        return GROUP
    if head in _PERSON_NOUNS:
        return DESCRIPTION
    singular = _singular(head)
    if singular in _PERSON_NOUNS or singular in _GROUP_NOUNS:
        return GROUP
    if word.islower() and head.endswith("s") and not head.endswith(("ss", "us", "is")):
        return GROUP  # 'the three bishops': people in the plural
    return None


def _singular(word: str) -> str:
    if word.endswith("men"):
        return "man"  # 'businessmen', 'policemen': men
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def _has_org_word(words: list[str]) -> bool:
    return any(w.lower().rstrip(".,") in ORG_WORDS for w in words)


def _acronym(words: list[str]) -> bool:
    """A single run of capitals ('USDA'; 'the SEC' has its own rule): a body."""
    return len(words) == 1 and _all_capitals(words[0])


def _all_capitals(word: str) -> bool:
    """'USDA', 'AT&T', 'U.S.', but not an initial ('J.')."""
    bare = word.replace(".", "").replace("&", "")
    return len(bare) >= 2 and bare.isupper()


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return load_gazetteer().given_names
