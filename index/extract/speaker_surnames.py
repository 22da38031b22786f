"""The people an article names in full, found again by a shorter form of the name,
for the speakers of quotations.

News names a person in full once ("Shania Twain", "Bill de Blasio", "Carlos A.
Zarate Jr.") and then by the surname, with or without a title ("Twain", "Mr de
Blasio", "Dr. Zarate"). When the recogniser leaves such a later form unlinked (no
mention, or a phrase read as a description), the speaker of a quotation is still
the person named in full, provided only one person of the article carries that
surname and the full name is printed before the quotation. A form the recogniser
linked to an entity of its own is left to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from index.extract.chunks import TITLE_HEADS
from index.extract.gazetteer import load_gazetteer
from index.extract.run_in_names import inner_surnames
from index.records import Mention

# Words after a surname that are no part of it ('Zarate Jr.'), and titles before one.
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Sen|Rep|Gov)\.?\s+")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+\b")
# A capitalised word before another (read with a look-ahead: 'Administrator Jim
# Bridenstine' holds 'Jim Bridenstine'), and a word in lower case.
_PAIR = re.compile(r"\b([A-Z][a-z]+)(?=[ \t]([A-Z][\w'’-]*[a-z][\w'’-]*)\b)")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
# A capitalised word after a name's first word: the word opens another name there
# ('David' of 'Lord David Howell' is not David Cameron's).
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")
_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]$")  # a first given name before a second
# Given names that are titles as well: 'Secretary General Ban Ki-moon' names no 'General Ban'.
TITLE_NAMES = frozenset(
    "General Major Judge Bishop Prince Princess King Queen Chief Dean Earl Sheriff Marshal "
    "Admiral President Mayor Colonel Captain Justice Senator Governor Pastor Father Sister "
    "Brother Saint Deacon Imam Rabbi Emir Sultan Sheikh Chairman Minister".split()
)


#: Title words, with their full stop or without ('Gen', 'Gen.'): no name's first word.
_TITLE_WORDS = frozenset(t.rstrip(".") for t in TITLE_HEADS)


@dataclass(frozen=True)
class Carrier:
    """Who carries a shorter form of a name: the first full-name mention, and
    whether two different people do (then the form names nobody)."""

    mention: Mention
    shared: bool


@dataclass(frozen=True)
class Surnames:
    """Shorter forms of the full names of one article's people."""

    forms: dict[str, Carrier]
    firsts: frozenset[str] = frozenset()  # the forms that are a full name's first word

    @classmethod
    def of(
        cls, people: Sequence[Mention], others: Collection[str] = (), text: str = ""
    ) -> Surnames:
        """The shorter forms of every full name; a person known by one word only
        ('President Trump') is found again by it when no full name ends in it; last, a
        full name's first word ('Soh' of 'Soh Thian Lai', 'Shamsuddin' of 'Shamsuddin
        Bardan': the family name of a Chinese name, the given name of a Malay one) when
        it is no other form, not one of ``others`` (the article's places and bodies) and
        no word ``text`` writes in lower case ('Another' of a misread 'Another UPSC')."""
        forms = _carriers(people, _shorter_forms)
        for mention in people:
            if " " not in mention.name and mention.name[:1].isupper():
                forms.setdefault(mention.name, Carrier(mention, False))
        firsts = _carriers(people, _first_word)
        taken = {form for form in firsts if form not in others and form not in forms}
        if taken:  # the text's lower-case words read only when a form is left to test
            lower = set(_LOWER_WORD.findall(text))
            taken = {form for form in taken if form.lower() not in lower}
        forms.update((form, firsts[form]) for form in taken)
        return cls(forms, frozenset(taken))

    def person(self, name: str, pos: int, other_than: str | None = None) -> Mention | None:
        """The one person named in full before pos whom name ('Mr Twain') is a
        shorter form of, else None; None too when that is the person of entity id
        other_than (a name linked to its own entity is a form of no one else's)."""
        carrier = self.forms.get(_TITLE.sub("", name.strip(), count=1))
        if carrier is None or carrier.shared or carrier.mention.start >= pos:
            return None
        return None if carrier.mention.entity_id == other_than else carrier.mention

    def surnames_in(self, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """Where the capitalised words of text[lo:hi] that are a known shorter form are."""
        words = _CAPITALISED.finditer(text, lo, hi)
        return [
            (w.start(), w.end())
            for w in words
            if w.group() in self.forms
            and not (w.group() in self.firsts and _NAME_GOES_ON.match(text, w.end()))
        ]


def _carriers(
    people: Sequence[Mention], forms_of: Callable[[str], list[str]]
) -> dict[str, Carrier]:
    """Each form of the people's names -> who carries it (shared by two people or not)."""
    forms: dict[str, Carrier] = {}
    for mention in people:
        for form in forms_of(mention.name):
            known = forms.get(form)
            if known is None:
                forms[form] = Carrier(mention, False)
            elif known.mention.entity_id != mention.entity_id:
                forms[form] = Carrier(known.mention, True)
    return forms


def _first_word(name: str) -> list[str]:
    """The first word of a name of two words or more, all capitalised (no particle, no
    dash of a misread 'Trump – Acosta'), when no title ('Sister', 'Pope', 'Gen')."""
    words = name.split()
    first = words[0]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return []
    return [] if first in TITLE_NAMES or first.lower().rstrip(".") in _TITLE_WORDS else [first]


def _shorter_forms(name: str) -> list[str]:
    """'Bill de Blasio' -> ['de Blasio', 'Blasio']; 'Carlos A. Zarate Jr.' ->
    ['A. Zarate', 'Zarate']: the name's proper tails, suffixes aside; and the heads of
    two words or more of a longer name ('Asif Mahmud' of 'Asif Mahmud Shojib Bhuyain':
    the press of South Asia and West Africa shortens a name of many parts from the end
    as well as from the start); and a surname inside the name ('Lee' of 'John Lee
    Ka-chiu', ``run_in_names.inner_surnames``)."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in _SUFFIXES:
        words.pop()
    forms = [" ".join(words[i:]) for i in range(1, len(words))]
    if len(words) > 2:
        forms += [" ".join(words[:i]) for i in range(2, len(words))]
    return forms + inner_surnames(" ".join(words))  # "Wong" of "Alan Wong Tak-wah"


def printed_full_names(text: str) -> dict[str, tuple[int, str | None]]:
    """Every word printed after a given name in text, the surname of a name the
    recogniser may have missed ('NASA Administrator Jim Bridenstine'): where it is
    first, and the full name (None when it follows two first names). A given name or
    a surname the text also writes in lower case ('The', 'Will', 'Said'; 'Police') is a
    common word there.
    Read once per article, and only for one with an unlinked one-word speaker."""
    given = load_gazetteer().given_names
    common = set(_LOWER_WORD.findall(text))
    found: dict[str, tuple[int, str | None]] = {}
    for pair in _PAIR.finditer(text):
        first, surname = pair.group(1), pair.group(2)
        if not _given(first, given, common) or surname.lower() in common:
            continue  # nor 'Alice Police' for 'Police said' where the text writes 'police'

        before = _GIVEN_BEFORE.search(text, max(0, pair.start() - 20), pair.start())
        if before is not None and _given(before.group(1), given, common):
            first = f"{before.group(1)} {first}"  # 'Barack Hussein Obama', not 'Hussein Obama'
        full = f"{first} {surname}"
        at, known = found.get(surname, (pair.start(), full))
        same = known is not None and known.split()[0] == full.split()[0]  # 'Barack (Hussein)'
        found[surname] = (at, known if same else None)
    return found


def _given(word: str, given: frozenset[str], common: set[str]) -> bool:
    """A given name that is no title and no word the text writes in lower case."""
    return word in given and word not in TITLE_NAMES and word.lower() not in common
