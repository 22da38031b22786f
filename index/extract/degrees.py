"""Academic degrees written after a name, and conditions named after a person.

* A medical degree after a person's name and a comma is a title, no name: "Thomas
  Wang, MD, of ...", "Dr. Lenard Lesser, M.D., one of the authors", "Jay Kolls, MD,
  PhD", and "Ph" of "Ph.D." read short (the other degrees, "PhD", "MPH", are no entity anywhere:
  ``index/data/non_entities.tsv``). "MD" is Maryland too, so the degree is read only
  after a person or another degree: "Annapolis, Md." and "Bethesda, MD" stay the state.
* A disease, syndrome or disorder named after a person names the condition, not the
  person: "Alzheimer's disease", "Crohn's disease", "Parkinson disease". Where the
  article writes the condition so, its name with a possessive elsewhere is the
  condition too ("Alzheimer's patients", "the most common form is Alzheimer's"). Not
  a name the article gives in full or after a title: "Mr. McLaughlin's disease" is
  his.

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re

from index.records import PERSON, Mention

#: A medical degree as written after a name (the state is "Md." or "MD" after a place).
_MEDICAL_DEGREES = frozenset({"MD", "M.D.", "M.D"})
_DEGREE_NAMES = _MEDICAL_DEGREES | {"Ph"}
#: Degrees next to it: "MD, PhD", "Angela McLaughlin, MD, MPH".
_DEGREE = r"(?:MD|M\.D\.?|Ph\.?D\.?|MPH|M\.P\.H\.|MBA|M\.B\.A\.|MSc|MHA|DrPH|FACS|FRCP)"
_DEGREE_BEFORE = re.compile(_DEGREE + r",[ \t]*\Z")
_DEGREE_AFTER = re.compile(r",[ \t]*" + _DEGREE + r"\b")
#: Nouns of a condition named after a person: "Crohn's disease", "Bell's palsy".
_CONDITION = re.compile(
    r"(?:['’]s|(?<=s)['’])?[ \t]+(?:disease|diseases|syndrome|disorder|palsy|lymphoma|"
    r"sarcoma|dementia|chorea|ataxia|dystrophy)\b",
    re.IGNORECASE,
)
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+\Z")
_POSSESSIVE = re.compile(r"['’]s\b|(?<=s)['’]")


def without_degrees(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less degrees after a name and conditions named after a person."""
    conditions = {m.text for m in mentions if _condition(m, text)}
    if not conditions and not any(m.text in _DEGREE_NAMES for m in mentions):
        return mentions
    kept: list[Mention] = []
    for k, m in enumerate(mentions):
        if m.text in _MEDICAL_DEGREES and _after_name(mentions, k, text):
            continue
        if m.text == "Ph" and text.startswith(".D", m.end):  # "Ph.D." read short
            continue
        if m.text in conditions and (
            _CONDITION.match(text, m.end) or _POSSESSIVE.match(text, m.end)
        ):
            continue
        kept.append(m)
    return kept


def _condition(m: Mention, text: str) -> bool:
    """``m`` names a condition ("Crohn's disease"), not one person's ("Mr. McLaughlin's
    disease", "Bianchi's disease" where the article names Diana Bianchi)."""
    if m.name != m.text or not _CONDITION.match(text, m.end):
        return False
    return not _TITLE_BEFORE.search(text, max(0, m.start - 6), m.start)


def _after_name(mentions: list[Mention], k: int, text: str) -> bool:
    """The degree ``mentions[k]`` follows a person's name and a comma, or another
    degree, or another degree follows it."""
    m = mentions[k]
    before = text[max(0, m.start - 12) : m.start]
    if _DEGREE_BEFORE.search(before) or _DEGREE_AFTER.match(text, m.end):
        return True
    if k == 0 or mentions[k - 1].type != PERSON:
        return False
    return re.fullmatch(r",[ \t]*", text[mentions[k - 1].end : m.start]) is not None
