"""Whether a person named in an article may be the ``he`` or ``she`` that says a
quotation, for the speaker rules.

A pronoun agrees with the person it names: "When Hillary Clinton pressed him, he
replied" is not Hillary Clinton's reply. A person whose given name the
``gender-guesser`` dictionary (:func:`index.extract.gazetteer.given_name_entries`)
gives only as a name of the other sex (not "mostly" one: Taylor, Chris) is not the
pronoun's; a person named by a surname only, or by a given name of no known sex
or a rare one (the dictionary's rare entries are often wrong), may be either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from index.extract.gazetteer import given_name_entries
from index.records import Mention

_SEX_OF_PRONOUN = {"he": "M", "she": "F", "his": "M", "her": "F", "him": "M"}
#: The dictionary's frequency from which a given name's sex is trusted.
_COMMON = 2
# A personal title printed before a person's name, and the sex it gives: "Mr Sunak"
# is no one's "she", "Ms Lee" no one's "he", whatever the given name says.
_TITLE_SEX = {"mr": "M", "sir": "M", "lord": "M", "mrs": "F", "ms": "F", "miss": "F", "dame": "F"}
_TITLE_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Lord|Dame)\.?[ \t]+$")


def pronoun_sex(text: str, pos: int) -> str | None:
    """ "M" for the word 'he', 'his' or 'him' at pos, "F" for 'she' or 'her', else None."""
    end = pos
    while end < len(text) and text[end].isalpha():
        end += 1
    return _SEX_OF_PRONOUN.get(text[pos:end].lower())


def may_be(name: str | None, sex: str | None) -> bool:
    """The person called name may be the pronoun of sex (None: any)."""
    if sex is None or not name or " " not in name:
        return True
    return pronoun_sexes().get(name.split()[0], "?") in ("?", sex)


@cache
def pronoun_sexes() -> dict[str, str]:
    """Given name -> "M" or "F" when every entry of the dictionary gives it that sex
    alone, and it is common in some country; "?" for a name of both."""
    sexes: dict[str, str] = {}
    for name, entries in given_name_entries().items():
        for code, frequency in entries:
            sex = code if code in ("M", "F") and frequency >= _COMMON else "?"
            sexes[name] = sex if sexes.get(name, sex) == sex else "?"
    return sexes


def titled_sexes(text: str, people: Sequence[Mention]) -> dict[str, str]:
    """Entity id -> "M" or "F" for the people the article prints after a personal title
    of one sex ('Mr Sunak', 'Ms. Lee'), "?" for one printed after titles of both; people
    printed without such a title are not in it. One look a few characters back per mention."""
    sexes: dict[str, str] = {}
    for mention in people:
        before = text[max(0, mention.start - 6) : mention.start]
        title = _TITLE_BEFORE.search(before) if before[:-1].rstrip(".")[-1:] in "rsyde" else None
        if title is not None:
            sex = _TITLE_SEX[title.group(1).lower()]
            known = sexes.setdefault(mention.entity_id, sex)
            sexes[mention.entity_id] = known if known == sex else "?"
    return sexes


def agrees(name: str | None, titled: str | None, sex: str | None) -> bool:
    """The person called name, printed after a title of sex ``titled`` (None: no such
    title), may be the pronoun of sex: the title settles it when it gives one sex,
    else the given name does (:func:`may_be`)."""
    if sex is not None and titled in ("M", "F"):
        return titled == sex
    return may_be(name, sex)
