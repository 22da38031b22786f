"""Which of the article's namesakes a bare surname stands for.

An article may name several people in full with one surname ("Bill Clinton", "Hillary
Clinton"; "Howard Kornfeld" and his son "Andrew Kornfeld"); a surname alone ("Clinton
said") then stands for one of them, chosen by the first of these cues that decides:

1. A title of one sex before the surname ("Mrs. Clinton", "Mr Obama"), as
   :mod:`index.extract.titled_surnames` reads it: the one person of the title's sex, or
   none.
2. The same title or role before the surname as before the full name of exactly one of
   them: "Dr. Hladik" is "Dr. Gerald A. Hladik" and not his father "Gerald J. Hladik",
   "Former Vice President Cheney" is "Vice President Dick Cheney".
3. A near antecedent: one of them named in full in the same sentence or the one before,
   in the same paragraph, with none of the others named in that stretch ("full-back
   Jason Robinson would now be the sole Englishman ... Robinson has been blamed").
4. Otherwise the one named in full most often, the first named among equals.

Measured on the development half of the namesake set (tests/data/namesakes/, 132 bare
surnames labelled with one of their namesakes; ``python bench/namesakes_eval.py``): the
first-named rule alone linked 103 right and 15 to the wrong person; linking to the
nearest full name before the mention, 88 and 21; to the nearest before or after, 70 and
34; leaving the surname unlinked whenever two namesakes bear distinct given names, 54
and 1 (50 right links lost for 14 wrong ones saved); cues 2 to 4 above, 108 and 10. Most
articles' surnames stand for their main person, the first and most often named, so no
cue unlinks: a wrong link is worse than an unlinked one, but leaving them all unlinked
loses far more right links than the wrong ones it saves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.extract.chunks import TITLE_HEADS
from index.extract.titled_surnames import Person, of_sex, title_sex
from index.passages import PARAGRAPH_SEPARATOR, sentence_spans

_CAPITALISED_BEFORE = re.compile(r"(?:^|\s)([A-Z][A-Za-z]*)\.?\s+$")
_REACH = 16  # characters before a name that a title fits in
_TITLES = frozenset(t.rstrip(".") for t in TITLE_HEADS)


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
    chosen = (
        same_title(namesakes, text, start)
        or antecedent(namesakes, text, start)
        or most_named(namesakes)
    )
    return chosen.person


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


def antecedent(namesakes: list[Namesake], text: str, start: int) -> Namesake | None:
    """The namesake last named in full before ``start`` when that is in the same
    sentence or the one before, in the same paragraph, and no other namesake is named
    in full from the start of that sentence on."""
    named = [(s, n) for n in namesakes for s in n.starts if s < start]
    if not named:
        return None
    at, last = max(named, key=lambda pair: pair[0])
    cut = text.rfind(PARAGRAPH_SEPARATOR, 0, start)
    paragraph = 0 if cut < 0 else cut + len(PARAGRAPH_SEPARATOR)
    if at < paragraph:
        return None
    opens = [s for s, _ in sentence_spans(text, paragraph, start + 1)]
    before = [s for s in opens if s <= at]
    if not before or len(opens) - opens.index(before[-1]) > 2:
        return None
    rivals = [n for s, n in named if s >= before[-1] and n is not last]
    return None if rivals else last


def most_named(namesakes: list[Namesake]) -> Namesake:
    """The namesake named in full most often; the first named among equals."""
    return max(namesakes, key=lambda n: (len(n.starts), -namesakes.index(n)))
