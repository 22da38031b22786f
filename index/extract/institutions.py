"""Hospitals, clinics and medical schools named whole.

A run of capitalised words ending in the head of a medical institution ("Hospital",
"Clinic", "Medical Center", "School of Medicine") is one organisation, whole:
"Brigham and Women's Hospital" (not the place "Brigham"), "Massachusetts General
Hospital" (not the person "General Hospital"), "the Mayo Clinic" (not the Irish county),
"University of Rochester Medical Center"; not a longer name the head opens ("American
Hospital Association"), nor a person's name before "of" ("John Tarn of the Mayo
Clinic"). The mentions it covers give way to it. A
run of words in capitals throughout, or a line whose words are all capitalised (a
headline: "Knee Surgery Patients Leave Hospital Sooner"), says nothing.

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re

from index.extract.lines import TITLE_REACH, short_line
from index.extract.overlaps import Overlaps
from index.names import name_key
from index.records import ORG, PERSON, PLACE, Mention

#: A capitalised word of a name ("Women's", "St."), not a word ending a sentence, nor
#: the head of another institution ("Brigham and Women's Hospital and Massachusetts
#: General Hospital" are two).
_WORD = r"(?!(?:Hospitals?|Clinic|Infirmary)\b)(?:St\.|Mt\.|[A-Z][\w’'-]*)"
_LONG_WORD = re.compile(r"[A-Za-z][\w’'-]{3,}")
_INSTITUTION = re.compile(
    rf"(?<![\w.’'-])(?!(?:The|A|An|At|In|Of)\b)({_WORD}[ \t]+(?:(?:and|&|of|for)[ \t]+)?){{1,5}}"
    r"(?:Hospital|Hospitals|Clinic|Infirmary|Medical[ \t]+Cent(?:er|re)|Medical[ \t]+School"
    r"|School[ \t]+of[ \t]+Medicine|Cancer[ \t]+Cent(?:er|re)|Health[ \t]+System)\b"
    r"(?![ \t]+[A-Z])"
)
#: What follows a person's or place's name before an institution's: "and" (group 1),
#: "of" and a possessive place, or a possessive.
_AFTER_NAME = re.compile(
    r"([ \t]+and[ \t]+)|[ \t]+of[ \t]+(?:[A-Z][\w.-]*['’]s[ \t]+)?|['’]s[ \t]+"
)


def whole_institutions(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with each medical institution's name one organisation."""
    if "Hospital" not in text and "Clinic" not in text and "Medic" not in text:
        return mentions
    named = Overlaps([m for m in mentions if m.type in (PERSON, PLACE)])
    found = _INSTITUTION.finditer(text)
    wholes = [w for w in (_whole(m, text, named) for m in found) if w is not None]
    if not wholes:
        return mentions
    exact = {(m.start, m.end): m for m in mentions if m.type == ORG}
    covering = Overlaps(wholes)
    kept, gone = [], set()
    for m in mentions:
        if covering.any(m.start, m.end):
            if (m.start, m.end) not in exact:
                gone.add(m.entity_id)
        else:
            kept.append(m)
    pieces = {word for w in wholes for word in w.text.split()}
    kept = [m for m in kept if m.entity_id not in gone or m.text not in pieces]
    kept += [exact.get((w.start, w.end), w) for w in wholes]
    return sorted(kept, key=lambda m: m.start)


def _whole(match: re.Match[str], text: str, named: Overlaps) -> Mention | None:
    """The institution's name ``match`` reads, less a person's or place's name the run
    opens with before "of", a possessive, or "and" after "Town," (see
    :func:`_past_name`)."""
    start, end = match.span()
    holding = named.within(start, start + 1)
    if holding:
        start = _past_name(holding[0], text) or start
    name = text[start:end]
    if len(name.split()) < 2 or name.isupper() or _headline(text, start):
        return None
    return Mention(start, end, ORG, name, name_key(name), name)


def _past_name(m: Mention, text: str) -> int | None:
    """Where the institution's name starts after ``m``: "Dr. Paula A. Tahtinen of" +
    "Turku University Hospital", "Baltimore's" + "Johns Hopkins Kimmel Cancer Center",
    "Waterville, New Brunswick and" + "Dalhousie Medical School"; None where ``m`` is
    the institution's first word ("Brigham and Women's Hospital")."""
    after = _AFTER_NAME.match(text, m.end)
    if after is None:
        return None
    if after.group(1) and (m.type != PLACE or not text.endswith(", ", 0, m.start)):
        return None
    return after.end()


def _headline(text: str, at: int) -> bool:
    """The line holding ``at`` has three words of four letters or more, all capitalised
    ("Knee Surgery Patients Leave Hospital Sooner"); a line longer than a headline is
    none (``index.extract.lines``)."""
    line = short_line(text, at, reach=TITLE_REACH)
    words = _LONG_WORD.findall(line) if line is not None else []
    return len(words) >= 3 and all(w[0].isupper() for w in words)
