"""Which of the article's namesakes a bare surname stands for.

An article may name several people in full with one surname ("Bill Clinton", "Hillary
Clinton"; "Gerald J. Hladik" and his son "Dr. Gerald A. Hladik"); a surname alone
("Clinton said") then stands for one of them, chosen by the first of these cues that
decides:

0. A title that says another of the family (:func:`refused`): a title of one sex before
   the surname against titles of the other sex before a full name ("Mrs. Urey" is not
   "Mr. Benoni Urey", whose given name the dictionary lacks), or an office before the
   surname against a consort's title before a full name ("President Kenyatta" is not
   "First Lady Margaret Kenyatta"). Such a namesake is passed over, and a surname with
   none left stays unlinked. The linker also counts as namesakes the full names a
   surname stands inside (a first surname: "Chamorro" of "Cristiana Chamorro Barrios"
   beside her mother "Violeta Barrios de Chamorro"), so that the cues below choose
   between them rather than the one it ends winning alone.
1. A title of one sex before the surname ("Mrs. Clinton", "Mr Obama"), as
   :mod:`index.extract.titled_surnames` reads it: the one person of the title's sex, or
   none.
2. The same title or role before the surname as before the full name of exactly one of
   them: "Dr. Hladik" is "Dr. Gerald A. Hladik", "Former Vice President Cheney" is
   "Vice President Dick Cheney" and not his daughters.
3. Otherwise the first of them the article names, passing over a "name" that is a
   misread rather than a person's ("Rejects Trump" of a headline's "Judge Rejects
   Trump's Claims", "then-Senator Obama", "De Bruyn"): one whose first word is in lower
   case, a particle, or a common word that the dictionary of given names lacks (a word
   that is both, such as "Ginger" or "Will", is taken for a name).

Measured with ``bench/namesakes_strategies.py`` on the namesake set's development half
(tests/data/namesakes/, 132 bare surnames labelled with one of their namesakes), with
the suffix fixes of :mod:`index.extract.linking` and :mod:`index.extract.name_suffixes`
in place (fb6cde3, without them and with the first-named rule: 103 right, 15 linked to
the wrong person, 14 unlinked): the first named, 109 right and 9 wrong; the nearest full
name before the mention, 89 and 20 (9 more to a misread name of the right person); the
nearest before or after, 70 and 34 (14); the one named in full most often, 111 and 7;
the only one named in the headline or first paragraph, 109 and 9; one named alone in the
same or the previous sentence, 110 and 8; unlinked whenever two bear distinct given
names, 54 and 1 (55 right links lost to save 8 wrong ones); the same title, else the
first, 111 and 7, as the rule here. The most-often and nearest-sentence rules tie or
nearly tie on this half, but reading the mentions they changed over every corpus showed
them turning right links wrong where a relative is named in full beside a main person
called by surname ("Trump's niece Mary Trump ... Trump paid", Bill Clinton beside
Hillary Clinton), so neither is used. Passing over misreads changes none of this half's
mentions; it is kept for what that reading showed ("Into Farrakhan", "Candidate Wayne
Tseng" named before the person). The test half, scored once at the end, is unchanged
from fb6cde3: 104 right, 11 wrong, 2 misread, 5 unlinked of 122; its wrong links are
relatives named first ("the brother of Simon Cowell" before Tony Cowell speaks). No cue
unlinks: leaving ambiguous surnames unlinked loses far more right links than the wrong
ones it saves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.extract.chunks import TITLE_HEADS
from index.extract.gazetteer import load_gazetteer
from index.extract.titled_surnames import Person, given_name_sexes, of_sex, title_sex
from index.names import NAME_PARTICLES

_CAPITALISED_BEFORE = re.compile(r"(?:^|\s)([A-Z][A-Za-z]*)\.?\s+$")
_REACH = 16  # characters before a name that a title fits in
#: The offices whose holder's spouse bears a consort's title: a head of state, of a
#: government, a state or a city (not "Vice Admiral", an honorary rank a consort holds).
_HEADS = frozenset({"president", "premier", "minister", "governor", "mayor", "chancellor"})
#: A consort's title right before a name ("First Lady", "First Gentleman").
_CONSORT = re.compile(r"\bFirst\s+(?:Lady|Gentleman)\s+$", re.IGNORECASE)
_TITLES = frozenset(t.rstrip(".") for t in TITLE_HEADS)
_PARTICLES = NAME_PARTICLES


@dataclass(frozen=True, slots=True)
class Namesake:
    """One of the article's people bearing a surname: id, display name and where the
    article names them in full."""

    entity_id: str
    name: str
    starts: tuple[int, ...]

    @property
    def person(self) -> Person:
        return self.entity_id, self.name


def choose(namesakes: list[Namesake], text: str, start: int) -> Person | None:
    """The one of ``namesakes`` (sharing a surname, in order of appearance) that the
    surname at ``start`` of ``text`` stands for; None when it stands for none of them."""
    sex = title_sex(text, start)
    namesakes = [n for n in namesakes if not refused(n, text, start)]
    if not namesakes:
        return None
    people = [n.person for n in namesakes]
    if sex is not None:
        return of_sex(people, sex)
    if len(namesakes) == 1:
        return people[0]
    return (same_title(namesakes, text, start) or first_person(namesakes)).person


def refused(namesake: Namesake, text: str, start: int) -> bool:
    """The title before the surname at ``start`` says it is not ``namesake`` but another
    of the family: a title of the other sex than the titles before the full name ("Mrs.
    Urey" beside "Mr. Benoni Urey"), or an office before the surname where the full name
    bears a consort's title ("President Kenyatta" beside "First Lady Margaret Kenyatta")."""
    sex = title_sex(text, start)
    if sex is not None:
        return titled_sex(namesake, text) not in (None, sex)
    return _title_before(text, start) in _HEADS and consort(namesake, text)


def titled_sex(namesake: Namesake, text: str) -> str | None:
    """The sex of the titles of one sex before ``namesake``'s full name ("Mr. Benoni
    Urey"), when they agree; None when it has none. For a given name of no known sex: a
    "Mrs." before the surname is then no short form of a full name the article titles
    "Mr." (his wife, named "Mrs. Urey" in the same article)."""
    sexes = {title_sex(text, s) for s in namesake.starts} - {None}
    return sexes.pop() if len(sexes) == 1 else None


def consort(namesake: Namesake, text: str) -> bool:
    """``namesake``'s full name follows a consort's title ("First Lady Ana Ruiz"): the
    title says the person is the office holder's spouse, so an office title before the
    surname alone ("President Ruiz") stands for someone else of that family."""
    return any(_CONSORT.search(text, max(0, s - _REACH - 6), s) for s in namesake.starts)


def same_title(namesakes: list[Namesake], text: str, start: int) -> Namesake | None:
    """The one namesake whose full name has the same title or role before it as the
    surname at ``start`` ("Dr", "President"); None when none or several have."""
    title = _title_before(text, start)
    if title is None:
        return None
    found = [n for n in namesakes if any(_title_before(text, s) == title for s in n.starts)]
    return found[0] if len(found) == 1 else None


def _title_before(text: str, start: int) -> str | None:
    """The capitalised title or role word right before ``start`` ("dr", "president")."""
    found = _CAPITALISED_BEFORE.search(text, max(0, start - _REACH), start)
    word = found.group(1).lower() if found else None
    return word if word in _TITLES else None


def first_person(namesakes: list[Namesake]) -> Namesake:
    """The first namesake whose name is no misread, a misread standing for the namesake
    whose name ends it ("Only Shaun Wright-Phillips" for "Shaun Wright-Phillips", even
    when "Bradley Wright-Phillips" comes between); the first of all when all are."""
    names = [n for n in namesakes if not misread(n.name)]
    for namesake in namesakes:
        if namesake in names:
            return namesake
        same = [n for n in names if namesake.name.endswith(" " + n.name)]
        if same:
            return same[0]
    return namesakes[0]


def misread(name: str) -> bool:
    """A "name" that opens with a word in lower case, a particle, or a common word
    that is no given name ("Rejects Trump", "De Bruyn", "then-Senator Obama"; not
    "Bill Clinton", "Ginger Baker")."""
    first = name.split()[0]
    if not first[:1].isupper() or first.lower() in _PARTICLES:
        return True
    return first.lower() in load_gazetteer().common_words and first not in given_name_sexes()
