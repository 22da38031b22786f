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

from functools import cache

from index.extract.gazetteer import given_name_entries

_SEX_OF_PRONOUN = {"he": "M", "she": "F", "his": "M", "her": "F", "him": "M"}
#: The dictionary's frequency from which a given name's sex is trusted.
_COMMON = 2


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
