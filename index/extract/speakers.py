"""Speakers of quotations: the attribution verb, its subject, and pronouns or roles
resolved to a named person.

:class:`Cast` reads one article with its entity mentions and the spans of its
quotations. :mod:`index.extract.quotes` finds the attribution verb next to a quotation; the Cast
reads the phrase that says it (the subject before the verb, with appositions such as
``X, a 28-year-old from Y,`` dropped, or the phrase after an inverted verb) and names it:

* a PERSON mention ends the subject (``Foreign Minister Anna Berg``; the first
  person of ``Chris Dunmore of brokers Alan Pryce``), or opens the phrase after the
  verb: its full name and entity id;
* ``he``/``she``: a person named earlier in the same sentence; else the last person
  opening a clause in the same paragraph; else the nearer of the last named speaker
  and the last attribution subject (``Smith said``, ``Smith in an interview said``,
  ``," said Smith`` -- but not the person after ``Jones said``, who opens the reported
  clause) in this or the two previous paragraphs; else the nearest person before
  (people inside quotations are skipped); with no person at all, a described subject
  of the last attribution (``A senior banker said``). ``it``: the last organisation
  opening a clause nearby, without id, else the last short subject of an
  attribution naming nobody (``But the ministry said``);
* a definite role (``the spokesman``): the nearest person printed next to that role
  word (``spokesman Tom Jones``, ``Tom Jones, a company spokesman,``); a spokesman
  never described before is the recent speaker; else the role is kept as a
  description, like an indefinite one (``a rescue worker``);
* other short phrases (``police``, ``the ministry``, ``Exxon``, an unknown
  ``Tony Oates``) as printed, without id; ``they``/``we``/``I`` give no speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial

from index.extract.speaker_index import SpeakerIndex
from index.extract.speaker_words import (
    AGE,
    APPOSITION_START,
    ATTRIBUTED_AFTER,
    CUT_WORDS,
    FINITE,
    HE_SHE,
    INVALID,
    LEADING,
    MAX_WORDS,
    NAME_LIKE,
    OF_PHRASE,
    PHRASE_THEN_VERB,
    POSSESSIVE,
    ROLES,
    SPOKES,
    STOP,
    TITLE_WORDS,
    TITLES_ONLY,
    TRAILING_AUX,
    UNNAMED_WORDS,
    VERB,
    VERB_BEFORE,
    WORD,
)
from index.passages import PARAGRAPH_SEPARATOR
from index.records import ORG, PERSON, Mention

# How far back, in characters, a speaker is looked for: the sentence before a
# quotation, a paragraph, the people named before it. News sentences and
# paragraphs are far shorter; the bound keeps the work per quotation constant,
# so an article of one enormous paragraph full of quote marks costs time in
# proportion to its size (bench/worst_case.py).
LOOK_BACK = 1_000


@dataclass(frozen=True)
class Speaker:
    name: str | None
    entity_id: str | None
    verb: str | None = None


UNNAMED = Speaker(None, None)


class Cast:
    """The people of one article, and the rules that name a quotation's speaker."""

    def __init__(self, text: str, mentions: Sequence[Mention], quoted: list[tuple[int, int]]):
        self.text = text
        self.people = [m for m in mentions if m.type == PERSON]
        self.starts = [m.start for m in self.people]
        self.orgs = [m for m in mentions if m.type == ORG]
        self.org_starts = [m.start for m in self.orgs]
        self.by_end = {m.end: m for m in mentions}
        self.quoted = quoted  # (start, end) of every quotation, sorted
        self.quoted_starts = [s for s, _ in quoted]
        self.speakers: list[tuple[int, Speaker]] = []  # named speakers met so far
        # a function of the quotations alone, not a method: the index keeps it, and a
        # bound method would tie the index and this cast in a reference cycle
        self._inside_quote = partial(_inside, quoted, self.quoted_starts)
        self.index = SpeakerIndex(text, self.people, VERB, self._inside_quote)

    def record(self, pos: int, speaker: Speaker) -> None:
        """Remember the speaker of the quotation opening at pos (for 'he said')."""
        self.speakers.append((pos, speaker))

    def opens_clause(self, lo: int, pos: int) -> bool:
        """No words between the last quotation (or lo) and pos: ', said X' inverted."""
        k = bisect_left(self.quoted_starts, pos) - 1
        start = max(lo, self.quoted[k][1]) if k >= 0 else lo
        return not any(c.isalnum() for c in self.text[start:pos])

    def verbs(self, lo: int, hi: int) -> list[re.Match[str]]:
        """Attribution verbs in text[lo:hi] outside quotations."""
        return self.index.verbs(lo, hi)

    def sentence_start(self, pos: int) -> int:
        """Start of the sentence holding pos (pos itself when a sentence starts
        there), at most LOOK_BACK characters before pos."""
        return max(self.index.sentence_start(pos), pos - LOOK_BACK)

    # -- the phrase that speaks ----------------------------------------------------

    def subject(self, lo: int, hi: int) -> Speaker | None:
        """Name the subject phrase text[lo:hi] that stands before its verb."""
        text = self.text
        hi = lo + TRAILING_AUX.search(text, lo, hi).start() - lo  # type: ignore[union-attr]
        named = self._name_before_comma(lo, hi)
        if named is not None:
            return named
        if hi > lo and text[hi - 1] == ",":
            first = text[lo : text.find(",", lo, hi)].strip()
            hi = self._before_apposition(lo, hi - 1)
            if hi < 0:  # 'Tony Oates, Bond Corp's Executive Director,': an unknown name
                return Speaker(first, None) if NAME_LIKE.fullmatch(first) else None
        clause = max(lo, text.rfind(",", lo, hi) + 1)
        speaker = self._classify(clause, hi)
        if speaker is None and clause == lo:
            speaker = self._sentence_subject(lo, hi)
        return speaker

    def phrase_after(self, lo: int, limit: int) -> Speaker | None:
        """Name the phrase that follows a verb ('said Omar Haddad, head of ...')."""
        text = self.text
        person = self._person_after_titles(lo, limit)
        if person is not None:
            return person
        stop = STOP.search(text, lo, limit)
        hi = stop.start() if stop else limit
        speaker = self._classify(lo, hi)
        if speaker is not None and speaker.entity_id is None and text.startswith(",", hi):
            named = self._person_after_titles(hi + 1, limit)  # 'a spokesman, Tom Jones,'
            if named is not None and named.name:
                return named
        return speaker

    def _classify(self, lo: int, hi: int) -> Speaker | None:
        text = self.text
        words = [(w.start(), _unstop(w.group())) for w in WORD.finditer(text, lo, hi)]
        while words and words[0][1].lower() in LEADING:
            words = words[1:]
        if not words or len(words) > MAX_WORDS + 3:
            return None
        lo, end = words[0][0], words[-1][0] + len(words[-1][1])
        mention = self.by_end.get(end)
        if mention is not None and mention.start >= lo:
            if mention.type == PERSON:
                return self._head_person(lo, mention)
            if len(words) <= 3:
                return Speaker(text[lo:end], None)
        inner = self._person_after_titles(lo, hi)  # 'analyst X of Y said'
        if inner is not None:
            return inner
        first = words[0][1].lower()
        if len(words) == 1 and first in HE_SHE:
            return self.pronoun(lo)
        if len(words) == 1 and first == "it":
            return self.it(lo)
        if len(words) == 1 and first in UNNAMED_WORDS:
            return UNNAMED
        if first in INVALID or first in HE_SHE:
            return None
        return self._describe(words, lo)

    def _head_person(self, lo: int, last: Mention) -> Speaker:
        """The person heading the phrase text[lo:last.end]: 'Chris Honnor of brokers
        Grieveson Grant' is Chris Honnor, whoever the last name is."""
        k = bisect_left(self.starts, lo)
        if k < len(self.people) and self.people[k].start < last.start:
            first = self.people[k]
            if OF_PHRASE.match(self.text, first.end) and self._set_off(lo, first.start):
                return _named(first)
        return _named(last)

    def _describe(self, words: list[tuple[int, str]], lo: int) -> Speaker | None:
        kept = words[:1]
        for start, word in words[1:]:
            if word.lower() in CUT_WORDS:
                break
            kept.append((start, word))
        if len(kept) > MAX_WORDS or any(w.lower() in FINITE for _, w in kept):
            return None  # a clause ('The party was further shaken'), not a noun phrase
        end = kept[-1][0] + len(kept[-1][1])
        description = self.text[kept[0][0] : end].rstrip(".")
        if kept[0][1].lower() == "the":
            named = self.role(kept[-1][1], lo)
            if named is not None:
                return named
        return Speaker(description, None)

    def _name_before_comma(self, lo: int, hi: int) -> Speaker | None:
        """The first person in text[lo:hi] set off by a comma: 'X, head of Y,',
        'a company spokesman, Tom Jones,', 'Asked to comment, X, U.S. envoy,'."""
        k = bisect_left(self.starts, lo)
        while k < len(self.people) and self.people[k].end < hi:
            mention = self.people[k]
            if self.text.startswith(",", mention.end) and self._set_off(lo, mention.start):
                return _named(mention)
            k += 1
        return None

    def _set_off(self, lo: int, start: int) -> bool:
        """text[lo:start] is a comma piece's end or a few titles and role words."""
        before = self.text[lo:start]
        if before.rstrip().endswith(","):
            return True
        words = before.split()
        return len(words) <= 5 and all(
            w[0].isupper() or w.lower() in ROLES or AGE.fullmatch(w) for w in words
        )

    def _sentence_subject(self, lo: int, hi: int) -> Speaker | None:
        """A person opening text[lo:hi] after title words only ('Redman restated ...')."""
        k = bisect_left(self.starts, lo)
        if k < len(self.people) and self.people[k].start < hi:
            mention = self.people[k]
            if TITLE_WORDS.fullmatch(self.text, lo, mention.start):
                return _named(mention)
        return None

    def _before_apposition(self, lo: int, hi: int) -> int:
        """End of the subject before an apposition ('X, a 28-year-old from Y,'), or -1."""
        comma = self.text.find(",", lo, hi)
        while comma >= 0:
            start = APPOSITION_START.match(self.text, comma + 1, hi)
            if start and comma > lo:
                return comma
            comma = self.text.find(",", comma + 1, hi)
        return -1

    def _person_after_titles(self, lo: int, limit: int) -> Speaker | None:
        """The first person named in text[lo:limit] after at most five plain words."""
        titles = TITLES_ONLY.match(self.text, lo, limit)
        k = bisect_left(self.starts, lo)
        while titles and k < len(self.people) and self.people[k].start <= titles.end():
            mention = self.people[k]
            if not POSSESSIVE.match(self.text, mention.end):  # not "Capel's Murtha"
                return _named(mention) if self._set_off(lo, mention.start) else None
            k += 1
        return None

    # -- resolution ----------------------------------------------------------------

    def pronoun(self, pos: int) -> Speaker:
        """The person 'he' or 'she' at pos most likely is: a person named earlier in
        the same sentence, else the subject of a recent attribution, else the nearest
        person named before."""
        near = self._nearest_person(pos)
        if near is not None and near.start >= self.sentence_start(pos):
            return _named(near)
        subject = self._paragraph_subject(pos)
        if subject is not None:
            return _named(subject)
        recent = self.recent_speaker(pos)
        if recent is not None:
            return recent
        if near is None:
            return self.unnamed_subject(pos, self._window(pos), roles=True) or UNNAMED
        return _named(near)

    def it(self, pos: int) -> Speaker:
        """The organisation 'it' at pos most likely is: the last one opening a clause
        in this or the previous paragraph."""
        floor = self._window(pos, 2)
        for k in range(bisect_left(self.org_starts, pos) - 1, -1, -1):
            mention = self.orgs[k]
            if mention.start < floor:
                break
            start = self.sentence_start(mention.start)
            if not self._inside_quote(mention.start) and self._set_off(start, mention.start):
                return Speaker(mention.name, None)
        return self.unnamed_subject(pos, self._window(pos)) or UNNAMED

    def unnamed_subject(self, pos: int, floor: int, roles: bool = False) -> Speaker | None:
        """The subject of the last attribution in text[floor:pos] when it is a short
        phrase naming nobody ('But the ministry said', 'A leading broker said'): who
        'it' or 'he' is when no organisation or person is named. With ``roles``, only a
        phrase ending in a role word ('a spokesman', 'one economist')."""
        for verb in reversed(self.verbs(floor, pos)):
            lo = self.sentence_start(verb.start())
            k = bisect_left(self.quoted_starts, verb.start()) - 1
            if k >= 0:  # '"...," it said': the words after the quotation
                lo = max(lo, self.quoted[k][1])
            hi = TRAILING_AUX.search(self.text, lo, verb.start()).start()  # type: ignore[union-attr]
            words = self.text[lo:hi].split()
            while words and words[0].lower() in LEADING:
                words = words[1:]
            last = words[-1].lower() if words else ""
            if [w.lower() for w in words] == ["it"] and not roles:
                continue  # 'it said' again: the same body as before
            if not 0 < len(words) <= 4 or last in INVALID or last in HE_SHE:
                return None  # the last attribution has another kind of subject
            if roles and last not in ROLES:
                return None
            k = bisect_left(self.starts, lo)
            if k < len(self.people) and self.people[k].start < verb.start():
                return None
            return Speaker(" ".join(words), None)
        return None

    def _paragraph_subject(self, pos: int) -> Mention | None:
        """The last person before pos in its paragraph who opens a clause
        ('Opening the debate, Andriessen accused ...'), not one in object position."""
        for mention in self._people_before(pos, self._window(pos, 1)):
            if self._set_off(self.sentence_start(mention.start), mention.start):
                return mention
        return None

    def recent_speaker(self, pos: int, paragraphs: int = 3) -> Speaker | None:
        """The nearer of the last named quotation speaker and the last attribution
        subject before pos, within this and the previous paragraphs."""
        floor = self._window(pos, paragraphs)
        subject = self.attribution_subject(pos, floor)
        spoke = self._last_speaker(floor, pos)
        if spoke and (subject is None or spoke[0] > subject.start):
            return Speaker(spoke[1].name, spoke[1].entity_id)
        return None if subject is None else _named(subject)

    def _last_speaker(self, floor: int, pos: int) -> tuple[int, Speaker] | None:
        """The last named speaker recorded in [floor, pos), newest first."""
        for position, speaker in reversed(self.speakers):
            if position < floor:
                return None
            if position < pos and speaker.entity_id:
                return position, speaker
        return None

    def _nearest_person(self, pos: int) -> Mention | None:
        return self.index.nearest_outside(pos)

    def _people_before(self, pos: int, floor: int) -> Iterator[Mention]:
        """People named in text[floor:pos] outside quotations, nearest first."""
        for k in range(bisect_left(self.starts, pos) - 1, -1, -1):
            mention = self.people[k]
            if mention.start < floor:
                return
            if not self._inside_quote(mention.start):
                yield mention

    def role(self, head: str, pos: int) -> Speaker | None:
        """The person printed next to the role word head before pos ("Conservative leader
        Michael Howard" for "the Tory leader"), if only one person is; None when two
        people carry the role (which one is meant, the article does not say)."""
        head = head.lower()
        carriers = self.index.role_people(head, pos)
        if len(carriers) == 1:
            return _named(carriers[0])
        if carriers:
            return None
        if head in SPOKES and self.index.first_printed(head) > pos:
            return self.recent_speaker(pos)
        return None

    def attribution_subject(self, pos: int, floor: int) -> Mention | None:
        """The nearest person in text[floor:pos] who is the subject of an attribution
        ('Smith said', 'said Smith')."""
        text = self.text
        for mention in self._people_before(pos, floor):
            end = min(len(text), mention.end + 120)
            tail = ATTRIBUTED_AFTER.match(text, mention.end, end) or (
                PHRASE_THEN_VERB.match(text, mention.end, end)
                and self._set_off(self.sentence_start(mention.start), mention.start)
            )
            head = VERB_BEFORE.search(text, max(0, mention.start - 80), mention.start)
            if tail or (head and _inverted(text, head.start())):
                return mention
        return None

    def _window(self, pos: int, paragraphs: int = 3) -> int:
        """Start of the paragraph paragraphs - 1 before the one holding pos."""
        limit = max(0, pos - paragraphs * LOOK_BACK)
        floor = pos
        for _ in range(paragraphs):
            floor = max(limit, self.text.rfind(PARAGRAPH_SEPARATOR, limit, floor))
        return floor


def _inside(quoted: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """``pos`` lies inside one of the ``quoted`` spans (``starts`` their starts)."""
    k = bisect_right(starts, pos) - 1
    return k >= 0 and quoted[k][0] <= pos < quoted[k][1]


def _inverted(text: str, verb: int) -> bool:
    """The verb at ``verb`` comes before its subject ('," said X', ', said X,'): it
    follows a quotation, a comma or nothing; in 'Page said Hutton expects' it has
    its own subject and the person after it opens the reported clause."""
    before = text[max(0, verb - 4) : verb].rstrip()
    return not before or before[-1] in ',"”\n'


def _unstop(word: str) -> str:
    """A word without the full stop that ends its sentence ('Moreno.' but not 'U.S.')."""
    return word[:-1] if word.endswith(".") and "." not in word[:-1] else word


def _named(mention: Mention) -> Speaker:
    return Speaker(mention.name, mention.entity_id)
