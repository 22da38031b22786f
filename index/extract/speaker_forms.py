"""A speaker's name printed in a fuller form the recogniser did not read as one name.

Two forms of a person's name go past the recogniser whole and leave the speaker a part
of it, linked to an entity of its own:

- a name written with an initial run into it by a full stop, no space between, as the
  press of Mongolia and the former Soviet states prints names ("D.Ankhbayar", "Prime
  Minister L.Oyun-Erdene"): the recogniser reads the initial and the name apart, and a
  speaker is "Ankhbayar", or even "L";
- a full name printed after a long run of title words ("Acting Assistant Administrator
  for the Middle East Bureau Ann Plott", "Minister of State for Legal Affairs Wafa Bani
  Mustafa") that no mention covers, then the surname alone: the speaker is "Plott",
  linked to an entity of that one word.

The speaker is then the fuller form, when the article prints exactly one. An unlinked
one-word speaker printed after a given name the recogniser did not read is that person
too (:meth:`FullerForms.printed_in_full`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from index.extract.gazetteer import load_gazetteer
from index.extract.speaker_record import PERSON_KIND, Speaker
from index.extract.speaker_surnames import TITLE_NAMES, printed_full_names
from index.extract.speaker_words import NAME_WORD
from index.records import Mention

#: A word of a name after an initial: capitals and small letters, hyphens ("Oyun-Erdene").
_NAME_WORD = r"[A-Z][\w'’-]*[a-z][\w'’-]*"
#: A word of a short form a speaker may be printed by ("Plott", "Bani Mustafa").
_SHORT = re.compile(rf"{_NAME_WORD}(?: {_NAME_WORD})?")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
#: An initial run into a name by a full stop ("D.Ankhbayar"): the initial, the name.
_INITIALLED = re.compile(rf"(?<![\w.])([A-Z])\.({_NAME_WORD})(?![\w'’-])")
#: A name of three words (a given name unknown to the lists, two the speaker's).
_THREE = re.compile(rf"{_NAME_WORD} {_NAME_WORD} {_NAME_WORD}")


class FullerForms:
    """The fuller forms of names one article prints, each looked for once (a speaker is
    asked about at every quotation: the text is read once per name, not per quotation)."""

    def __init__(self, text: str, people: Sequence[Mention], bodies: Sequence[Mention]):
        self.text = text
        self.people = people  # PERSON mentions in text order
        self.bodies = bodies  # ORG mentions in text order
        self._starts = ([m.start for m in people], [m.start for m in bodies])
        self._initialled: dict[str, set[str]] | None = None  # name or initial -> forms
        self._printed: dict[str, list[tuple[int, str]]] = {}  # name -> (where, full name)
        self._lower: set[str] | None = None
        self._full_names: dict[str, tuple[int, str | None]] | None = None  # surname -> full

    def of(self, speaker: Speaker, pos: int) -> str | None:
        """The fuller form of the speaker's name the article prints (module docstring),
        else None: an initial run into it, for any speaker; a given name before it, for a
        speaker linked to an entity of the short form alone (an unlinked one is
        :class:`index.extract.speaker_surnames.Surnames`'s)."""
        name = speaker.name
        if name is None:
            return None
        found = self.initialled(name)
        if found is None and speaker.entity_id is not None:
            found = self.given_before(name, pos)
        return found

    def printed_in_full(self, speaker: Speaker, pos: int) -> Speaker:
        """A one-word name printed before pos after a given name the recogniser did not
        read as a person's ('NASA Administrator Jim Bridenstine' ... '"...,"
        Bridenstine remarked') is that person, when no other given name goes with it."""
        name = speaker.name or ""
        if speaker.kind is not None or not NAME_WORD.fullmatch(name):
            return speaker
        if self._full_names is None:
            self._full_names = printed_full_names(self.text)
        at, full = self._full_names.get(name, (pos, None))
        if at >= pos or full is None:
            return speaker
        return Speaker(full, None, speaker.verb, kind=PERSON_KIND)

    def initialled(self, name: str) -> str | None:
        """The one form 'X.Name' (an initial, a full stop, no space) the text prints of
        ``name`` ("D.Ankhbayar" for "Ankhbayar"), or of the initial ``name`` is ("L" of
        "L.Oyun-Erdene"); None when there is none or more than one (two people of the
        same name, "D.Bat" and "S.Bat")."""
        if self._initialled is None:
            self._initialled = {}
            for found in _INITIALLED.finditer(self.text):
                for key in found.groups():
                    self._initialled.setdefault(key, set()).add(found.group())
        forms = self._initialled.get(name, ())
        return next(iter(forms)) if len(forms) == 1 else None

    def given_before(self, name: str, pos: int) -> str | None:
        """The full name printed before pos as a given name right before ``name`` (a
        short form of one or two words, 'Plott' or 'Bani Mustafa', itself no given
        name), outside any person's mention (a person read apart is another person):
        'Ann Plott', or the whole of a body's mention of three name words ending there
        ('Shesh Ann Plott', read as a body for its unknown first word); None when the
        text prints two such ('Ann Plott' and 'Tom Plott') or none."""
        if name not in self._printed:
            self._printed[name] = self._given_names_before(name)
        found = {full for at, full in self._printed[name] if at < pos}
        return found.pop() if len(found) == 1 else None

    def _given_names_before(self, name: str) -> list[tuple[int, str]]:
        """Where a given name is printed before ``name``, and the full name there. A
        given name the text also writes in lower case ('Will', 'Rose') or that is a
        title ('Prince') is no given name here."""
        given = load_gazetteer().given_names
        if not _SHORT.fullmatch(name) or name.split()[0] in given:
            return []
        if self._lower is None:
            self._lower = set(_LOWER_WORD.findall(self.text))
        printed = []
        for match in _pattern(name).finditer(self.text):
            first = match.group(1)
            if first not in given or first in TITLE_NAMES or first.lower() in self._lower:
                continue
            if _covering(self.people, self._starts[0], match.start(2)) is not None:
                # A person the recogniser read ('Helen Quarrington'): one more candidate,
                # so that two people of one surname leave the short form alone.
                printed.append((match.start(), f"{first} {name}"))
                continue
            body = _covering(self.bodies, self._starts[1], match.start(1))
            wider = body is not None and body.end == match.end(2) and self._three(body.text)
            printed.append((match.start(), body.text if wider and body else f"{first} {name}"))
        return printed

    def _three(self, name: str) -> bool:
        """A name of three words whose first is no word the text writes in lower case
        (not 'What Ann Plott' of a headline's 'What Ann Plott said')."""
        return bool(_THREE.fullmatch(name)) and name.split()[0].lower() not in (self._lower or ())


def _covering(mentions: Sequence[Mention], starts: list[int], at: int) -> Mention | None:
    """The mention (of ``mentions``, in text order, starting at ``starts``) that covers
    position ``at``."""
    k = bisect_right(starts, at) - 1
    return mentions[k] if k >= 0 and mentions[k].end > at else None


@lru_cache(maxsize=256)
def _pattern(name: str) -> re.Pattern[str]:
    """A capitalised word, then ``name`` as a whole word that ends the name: 'Ann' of
    'Ann Plott', not of 'Ann Plott Khan' (whose short form 'Plott' is no surname)."""
    return re.compile(rf"\b([A-Z][a-z]+)[ \t]+({re.escape(name)})(?![\w'’-]|[ \t][A-Z])")
