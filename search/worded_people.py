"""Which people the person facet lists: a name made of everyday words, whose last word the
archive never uses alone for a person, is left out of it.

What it is for: the tagger reads as people some names of two or more capitalised everyday
words: a desk's byline ("Business Reporter", "Sports Reporter"), a page's label ("Quick
Read"), a show, a club or a service ("Big Brother", "Young Apostles", "Sound Garden"), a
territory ("Virgin Islands"). A real person whose name is everyday words ("Bill Gates",
"Jack Straw") is nearly always named by the surname alone somewhere in the archive
("Gates said"), or shares the given name with another person of it ("Bill Clinton"), and
keeps the value. Over 29 hand-labelled news corpora (``bench/facet_precision_eval.py``,
stop 44 of ``bench/EXTRACTION.md``) it took 7 values out of the top 20s, all wrong, and
no right one. Only the list of facet values changes: the entity stays in the index,
``--person`` still finds its articles, and each value the facet shows still counts the
articles that filter finds.
"""

from __future__ import annotations

from typing import Protocol

from index.names import fold_name
from index.records import Entity


class SpellingLookups(Protocol):
    def ids_for_spelling(self, kind: str, folded: str) -> list[str]: ...

    def names_spelt_from(self, kind: str, letter: str, pattern: str = "*") -> list[str]: ...


def of_everyday_words(entity: Entity, lookups: SpellingLookups) -> bool:
    """Whether ``entity``'s shown name is two or more capitalised everyday words, the
    archive names no person by its last word alone (neither as a spelling of this
    entity nor as a person of its own), and no other person of the archive starts with
    its first word."""
    words = entity.name.split()
    if len(words) < 2 or not all(word[:1].isupper() for word in words):
        return False
    # The archive's own spellings first: a real person's surname alone answers most
    # names there, and a search then never loads the word list (184 kB, ~4 ms of CPU).
    folded = fold_name(words[-1])
    if any(fold_name(spelling) == folded for spelling in entity.variants):
        return False
    if lookups.ids_for_spelling("PERSON", folded):
        return False
    everyday = _everyday_words()
    if any(word.lower() not in everyday for word in words):
        return False
    return not _a_given_name(words[0], entity.name, lookups)


def _everyday_words() -> frozenset[str]:
    """The words that occur in lower case ("reporter", "quick"): ``index.lenient``'s list,
    imported here so that only a search that lists people loads it."""
    from index.lenient import common_words

    return common_words()


def _a_given_name(first: str, name: str, lookups: SpellingLookups) -> bool:
    """Whether another person of the archive starts with ``first`` ("Hamish Brown" beside
    "Hamish Grant"): then it is a given name and ``name`` a person's."""
    if not first[:1].isalpha() or any(c in first for c in "*?["):
        return False
    others = lookups.names_spelt_from("PERSON", fold_name(first)[:1], f"{first} *")
    return any(other != name for other in others)
