"""Which of the article's people a surname after "Mr" or "Mrs" is.

An article about a family names several people in full with one surname ("Donald
Trump", "Melania Trump"). A title of one sex before the surname alone picks the one of
them of the title's sex, when each has a given name of known sex and exactly one has
the title's: "Mrs. Trump" is Melania Trump, "Mr. Obama" Barack Obama and not Malia
Obama. Where a given name is of no known sex (Moazzam and Azmat Begg), the first of
them is kept. :mod:`index.extract.shared_surnames`, which the linker asks, reads these
titles first, and its other cues where no title of one sex goes before the surname.

A surname that only one person of the article bears is that person, unless the title
is of the other sex and the given name is a common one of that other sex: "Mr. Trump"
in an article naming only Melania Trump in full, "Mrs Howard" beside Michael Howard,
"Mr Stern" beside Elizabeth Stern stay unlinked. The sexes come from a dictionary of
names whose rare entries are often wrong (Joss, Ossie), so a rare name never unlinks.

The sexes and frequencies are those of the ``gender-guesser`` package's dictionary
(:func:`index.extract.gazetteer.given_name_entries`, read from the dictionary the given
names come from too),
loaded on the first article that needs them.
"""

from __future__ import annotations

import re
from functools import cache

from index.extract.gazetteer import given_name_entries
from index.extract.words_before import reach_back

#: A person: (entity id, display name).
Person = tuple[str, str]

_SEX_OF_TITLE = {
    "mr": "M",
    "sir": "M",
    "lord": "M",
    "mrs": "F",
    "ms": "F",
    "miss": "F",
    "lady": "F",
    "dame": "F",
}
_WORD_BEFORE = re.compile(r"(?:^|\s)([A-Za-z.]+)\s+$")
_REACH = 16  # characters before a name that a title fits in
#: The dictionary's frequency (1 to 13 in some country) from which a name's sex is
#: trusted against a title's.
_COMMON = 4


def title_sex(text: str, start: int) -> str | None:
    """The sex ("M" or "F") of the title right before ``start``, if one of a sex."""
    title = word_before(text, start)
    return _SEX_OF_TITLE.get(title.rstrip(".")) if title else None


def of_sex(people: list[Person], sex: str) -> Person | None:
    """The one of ``people`` a title of ``sex`` picks, as the module docstring says."""
    names = given_name_sexes()
    known = [names.get(name.split()[0], ("?", 0)) for _, name in people]
    if len(people) == 1:
        other, frequency = known[0]
        return None if other not in ("?", sex) and frequency >= _COMMON else people[0]
    sexes = [s for s, _ in known]
    if "?" in sexes or sexes.count(sex) != 1:
        return people[0]  # a given name of no known sex, or no single one of the title's
    return people[sexes.index(sex)]


def word_before(text: str, start: int) -> str | None:
    """The word right before ``start`` of ``text`` (a title's place: "Mr.", "President"),
    in lower case, if any."""
    found = _WORD_BEFORE.search(text, reach_back(start, _REACH), start)
    return found.group(1).lower() if found else None


@cache
def given_name_sexes() -> dict[str, tuple[str, int]]:
    """Given name -> its sex ("M", "F", or "?" when the dictionary gives both) and its
    highest frequency in any country."""
    sexes: dict[str, tuple[str, int]] = {}
    for name, entries in given_name_entries().items():
        for code, frequency in entries:
            sex = "M" if code in ("M", "1M", "?M") else "F" if code in ("F", "1F", "?F") else "?"
            before, seen = sexes.get(name, (sex, 0))
            sexes[name] = (sex if before == sex else "?", max(seen, frequency))
    return sexes
