"""The words of a state's acts, for a capital named for its government.

A government speaks, decides and deals with others; a city does not. The verbs whose
subject a capital's name is its government ("Beijing unveiled plans", "Moscow has
expressed interest", "Washington could offer") are listed here by their plain form,
and every form a clause can take is made from it ("unveil", "unveils", "unveiled",
"unveiling"), so that a form the copy happens to use is not missed because another
was listed. Used by :mod:`index.extract.capital_governments`.
"""

from __future__ import annotations

import re

#: Verbs of speaking, deciding and dealing with other states, by their plain form.
_LEMMAS = (
    "urge warn accuse demand reject agree want insist deny announce impose threaten press "
    "protest retaliate consider refuse complain object approve propose respond condemn "
    "blame welcome recall acknowledge confirm decide recognise recognize sanction suspend "
    "lift invade bomb back negotiate sign rely deploy order pledge vow criticise criticize "
    "claim maintain argue believe carry conduct launch offer hope expect call fail push "
    "support oppose ask issue promise attack weigh try leverage voice involve identify "
    "prepare engage rebuff summon reciprocate normalise normalize cite highlight raise "
    "react retort allow avoid extend strengthen accept act respect reconsider "
    # verbs of stating, intending and acting as a state
    "express unveil regard scramble denounce blockade attempt indicate enforce intend "
    "pursue declare stress assert reiterate dismiss adopt annex resist lobby "
    "endorse ratify authorise authorize instruct mediate intervene tighten ease restrict "
    "block fear view"
).split()
#: Forms not made by adding -s, -ed and -ing to the plain form.
_IRREGULAR = {
    "say": "say says said saying",
    "seek": "seek seeks sought seeking",
    "send": "send sends sent sending",
    "make": "make makes made making",
    "give": "give gives gave giving",
    "put": "put puts put putting",
    "build": "build builds built building",
    "strike": "strike strikes struck striking",
    "lead": "lead leading",  # not "led": "Tokyo led the gains" is its market
    "overthrow": "overthrow overthrows overthrew overthrowing",
    "withdraw": "withdraw withdraws withdrew withdrawing",
    "hit back": "hit back hits back hit back hitting back",
    "step up": "step up steps up stepped up stepping up",
    "veto": "veto vetoes vetoed vetoing",
    "expel": "expel expels expelled expelling",
    "snub": "snub snubs snubbed snubbing",
    "slam": "slam slams slammed slamming",
    "stop": "stop stops stopped stopping",
    "ban": "ban bans banned banning",
    "commit": "commit commits committed committing",
    "submit": "submit submits submitted submitting",
    "admit": "admit admits admitted admitting",
    "plan": "plan plans planned planning",
    "signal": "signal signals signalled signaled signalling signaling",
}


def forms(lemma: str) -> tuple[str, ...]:
    """The plain form, -s, -ed and -ing forms of a regular verb ("unveil": "unveils",
    "unveiled", "unveiling"; "rely": "relies", "relied"; "agree": "agreeing")."""
    if lemma.endswith("ee"):
        return lemma, lemma + "s", lemma + "d", lemma + "ing"
    if lemma.endswith("e"):
        return lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return lemma, lemma + "es", lemma + "ed", lemma + "ing"
    return lemma, lemma + "s", lemma + "ed", lemma + "ing"


def _all_forms() -> tuple[frozenset[str], frozenset[str]]:
    """Every plain form, and every other form, of the verbs above (a past the same as
    the plain form, "put", in both)."""
    plain: set[str] = set(_IRREGULAR)
    other: set[str] = set()
    for lemma in _LEMMAS:
        made = forms(lemma)
        plain.add(made[0])
        other.update(made[1:])
    for written in _IRREGULAR.values():
        made = tuple(re.split(r" (?!back|up)", written))
        other.update(made[1:])
    return frozenset(plain), frozenset(other)


PLAIN_FORMS, FINITE_FORMS = _all_forms()

#: Verbs whose -s form is also a noun's plural ("Paris attacks", "Tehran protests").
_ALSO_NOUNS = (
    "attack bomb ban block fear view issue order signal sign strike protest voice call claim "
    "demand plan promise pledge offer sanction support back lift press scramble respect act "
    "object hope push raise vow urge welcome lobby stress blockade attempt ease rebuff veto "
    "pursue try weigh summon"
).split()
#: Those -s forms: a verb only before what a verb takes ("Tehran protests the sale").
NOUN_FORMS = frozenset(
    _IRREGULAR[lemma].split()[1] if lemma in _IRREGULAR else forms(lemma)[1]
    for lemma in _ALSO_NOUNS
)


def alternation(words: frozenset[str]) -> str:
    """A regular expression matching any of ``words`` (longest first; spaces as any space)."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
