"""Which of the article's namesakes a bare surname stands for.

An article may name several people in full with one surname ("Bill Clinton", "Hillary
Clinton"; "Gerald J. Hladik" and his son "Dr. Gerald A. Hladik"); a surname alone
("Clinton said") then stands for one of them, chosen by the first of these cues that
decides:

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

Measured on the namesake set's development half (tests/data/namesakes/, 132 bare
surnames labelled with one of their namesakes; ``python bench/namesakes_eval.py``)
against the first-named rule alone (103 right, 15 linked to the wrong person, 14
unlinked): the nearest full name before the mention, 88 right and 21 wrong; the nearest
before or after, 70 and 34; the one named in full most often, 105 and 13; unlinked
whenever two namesakes bear distinct given names, 54 and 1 (49 right links lost for 14
wrong ones saved); a full name in the same or the previous sentence first, 105 and 13;
cues 1 to 3 with the suffix fixes of :mod:`index.extract.linking` and
:mod:`index.extract.name_suffixes`, 111 and 7 (the same title 2 of the 8 gained, the
suffixes 6; passing over misreads changes none of this half's, and is kept for what
reading the changed mentions of every corpus showed: "Into Farrakhan", "Candidate Wayne
Tseng" and the like named before the person). Read over every corpus, the
nearest-sentence rule and the most-often rule also turned right links wrong where a
relative is named in full beside a main person called by surname ("Trump's niece Mary
Trump ... Trump paid", Bill Clinton beside Hillary Clinton), so neither is used. Most
articles' surnames stand for their main person, named first; no cue unlinks, since
leaving ambiguous surnames unlinked loses far more right links than the wrong ones it
saves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.extract.chunks import TITLE_HEADS
from index.extract.gazetteer import load_gazetteer
from index.extract.titled_surnames import Person, given_name_sexes, of_sex, title_sex

_CAPITALISED_BEFORE = re.compile(r"(?:^|\s)([A-Z][A-Za-z]*)\.?\s+$")
_REACH = 16  # characters before a name that a title fits in
_TITLES = frozenset(t.rstrip(".") for t in TITLE_HEADS)
_PARTICLES = frozenset("al el bin ibn abu van von der den de da du dos del della di la le".split())


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
    people = [n.person for n in namesakes]
    sex = title_sex(text, start)
    if sex is not None:
        return of_sex(people, sex)
    if len(namesakes) == 1:
        return people[0]
    return (same_title(namesakes, text, start) or first_person(namesakes)).person


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
