"""Who opens the clauses of a sentence, for the speakers of quotations: the person
(or he or she) who last opens a clause before a quotation with no attribution verb
(``Trump accused them of "..."``), the possessor of a noun of speech (``Her reply:
"..."``), and the person a sentence just before a quotation is about (``Mauresmo spent
five weeks at number one. "Since then, ..."``).

:class:`Clauses` is the base of :class:`index.extract.speakers.Cast`, which adds the
rules that read an attribution's subject and the phrase after its verb.
"""

from __future__ import annotations

from bisect import bisect_left

from index.extract.speaker_record import Speaker, named_speaker
from index.extract.speaker_referents import LOOK_BACK, Referents
from index.extract.speaker_words import (
    ABOUT_THEM,
    AGE,
    ALNUM_WORD,
    BEFORE_NAME,
    BULLET,
    LEADING,
    NAME_COLON,
    NAMED_SPEECH,
    PARTICIPLE_AFTER,
    POSSESSED_SPEECH,
    POSSESSIVE,
    PRONOUN,
    QUOTE_MARK,
    ROLES,
    SUBORDINATE,
    THAT,
    TITLE_LINKS,
    WORD,
    without_leading,
)


class Clauses(Referents):
    """The clause rules of the speaker search over one article."""

    def opens_clause(self, lo: int, pos: int) -> bool:
        """Nothing but a conjunction and a comma between the last quotation (or lo)
        and pos: ', said X' and 'But, says X,' inverted."""
        k = bisect_left(self.quoted_starts, pos) - 1
        start = max(lo, self.quoted[k][1]) if k >= 0 else lo
        words = ALNUM_WORD.findall(self.text, start, pos)
        if not words:
            return True
        return (
            all(w.lower() in LEADING for w in words) and self.text[start:pos].rstrip()[-1:] == ","
        )

    def clause_subject(self, lo: int, pos: int) -> Speaker | None:
        """The person, or he or she, who last opens a clause in text[lo:pos] outside
        quotations (at the sentence's start or after a comma, conjunctions aside): who
        a quotation with no attribution verb in its sentence is by ('Trump accused
        them of "closing down ..."', 'De Blasio spoke on MSNBC: "..."'), or who is
        followed by a participle of speech wherever they stand ('with host Tom Ames
        announcing the show would not "..."'). A person is a PERSON mention or the
        surname of one named in full before; a possessive ('Smith's plan') is not a
        subject. A subordinate clause with a subject and verb of its own last before
        pos ('..., a day after the nominee blamed "...') says it: its subject when a
        person, else nobody the sentence names."""
        text = self.text
        k = bisect_left(self.starts, lo)
        found = [(m.start, m.end) for m in self.people[k : bisect_left(self.starts, pos)]]
        found += self.surnames.surnames_in(text, lo, pos)
        found += [(p.start(), p.end()) for p in PRONOUN.finditer(text, lo, pos)]
        own = self._subordinate(lo, pos)
        if own is not None:  # 'X hit back, a day after Y blamed "..."': Y, or nobody
            return next((self._person_at(*f) for f in found if own[0] <= f[0] < own[1]), None)
        for start, end in sorted(found, reverse=True):
            if POSSESSIVE.match(text, end):
                continue
            if (
                self._opens(lo, start)
                or PARTICIPLE_AFTER.match(text, end, pos)
                or (NAME_COLON.fullmatch(text, end, pos) and self._titled(lo, start))
            ):
                return self._person_at(start, end)
        return None

    def _titled(self, lo: int, start: int) -> bool:
        """Only title words stand between the start of the clause (or line) and a name
        before a colon: a transcript's or a list's line ('...": Secretary of the Air
        Force James Roche: "'), not a clause going on ('His view of X: "', 'the bar is
        higher for X: "', 'might as well vote X: "')."""
        text = self.text
        cut = max(lo, *(text.rfind(mark, lo, start) + 1 for mark in ',:\n"”'))
        words = text[cut:start].split()
        return len(words) <= 8 and all(
            w[0].isupper() or w in TITLE_LINKS or w.lower() in BEFORE_NAME for w in words
        )

    def _subordinate(self, lo: int, pos: int) -> tuple[int, int] | None:
        """Where the subject of a subordinate clause with a verb of its own is,
        when that clause is the last before pos in its sentence ('..., a day after
        the nominee blamed "'), else None."""
        start = max(lo, self.text.rfind(",", lo, pos) + 1)
        last = None
        for found in SUBORDINATE.finditer(self.text, start, pos):
            if not self._inside_quote(found.start()):
                last = found
        that = None if last is None else THAT.search(self.text, last.end(), pos)
        if last is None or (that and len(self.text[last.end() : that.start()].split()) > 2):
            return None  # 'X made clear when he began the review that "': the main clause's
        return last.span("np")

    def possessor(self, lo: int, pos: int) -> Speaker | None:
        """Who 'his' or 'her' is when a noun of speech of theirs introduces the
        quotation at pos with a colon: 'His message to the minister was: "..."', 'Her
        reply: "..."'; or the person named before its "'s" ('Shaw's remark: "')."""
        found = POSSESSED_SPEECH.search(self.text, lo, pos)
        if found is None or self._inside_quote(found.start()):
            return self._named_possessor(lo, pos)
        return self.pronoun(found.start())

    def _named_possessor(self, lo: int, pos: int) -> Speaker | None:
        found = NAMED_SPEECH.search(self.text, lo, pos)
        if found is None:
            return None
        k = bisect_left(self.starts, found.start()) - 1
        person = self.people[k] if k >= 0 else None
        if person is None or person.end != found.start() or self._inside_quote(person.start):
            return None
        return named_speaker(person)

    def narrated_subject(self, pos: int, floor: int) -> Speaker | None:
        """The person opening the sentence just before pos, or a clause of it (in its
        paragraph, or the last of the paragraph before): who says a quotation with no
        attribution after a sentence about them ('Mauresmo spent five weeks at number
        one. "Since then, I feel ..."', 'Jones was blunt.\n\n"..."'). Only when that
        sentence ends with a full stop or a colon (not a caption, not a question),
        lies after floor, and nothing from its paragraph's start (or floor) to it
        holds a quotation or reports speech; not for a quotation opening with a
        pronoun or a word of the person's name ('"He was a menace."': said of them)."""
        sentence = self._narrative(pos, floor)
        if sentence is None or ABOUT_THEM.match(self.text, pos + 1):
            return None
        found = self._first_opener(*sentence)
        if found is None:
            return None
        speaker = self._person_at(*found)
        first = WORD.match(self.text, pos + 1)
        named = speaker is not None and speaker.name and first and first.group() in speaker.name
        return None if named else speaker

    def _first_opener(self, start: int, end: int) -> tuple[int, int] | None:
        """The first person or surname in text[start:end] that opens a clause ('On
        this subject, Morris appears ...'), not a possessive. Not he or she: who a
        pronoun is, is itself a guess."""
        text = self.text
        k = bisect_left(self.starts, start)
        found = [(m.start, m.end) for m in self.people[k : bisect_left(self.starts, end)]]
        found += self.surnames.surnames_in(text, start, end)
        for at, until in sorted(found):
            if self._opens(start, at):
                return None if POSSESSIVE.match(text, until) else (at, until)
        return None

    def _narrative(self, pos: int, floor: int) -> tuple[int, int] | None:
        """(start, end) of the sentence ending just before pos, when it and its
        paragraph before it hold no quotation mark and no speech verb."""
        sentence = self._sentence_before(pos, floor, (".", ":"))
        if sentence is None:
            return None
        start, end = sentence
        since = max(floor, self._window(start, 1))
        if QUOTE_MARK.search(self.text, since, end) or self.verbs(since, end):
            return None
        return start, end

    def reporting_sentence(self, pos: int, floor: int) -> tuple[int, int] | None:
        """(start, end) of the sentence ending with a full stop just before pos (in its
        paragraph, or the last of the paragraph before), after floor, when it reports
        speech with no quotation of its own: 'She admitted that she was glad.' before
        '"That was happening more, ..."'."""
        sentence = self._sentence_before(pos, floor, (".",))
        if sentence is None or QUOTE_MARK.search(self.text, *sentence):
            return None
        return sentence if self.verbs(*sentence) else None

    def _sentence_before(
        self, pos: int, floor: int, stops: tuple[str, ...]
    ) -> tuple[int, int] | None:
        """(start, end) of the sentence ending with one of stops just before pos, at
        most one paragraph break away, when it lies after floor."""
        text = self.text
        end = pos
        while end > max(0, pos - LOOK_BACK) and text[end - 1].isspace():
            end -= 1
        if end <= floor or text[end - 1 : end] not in stops or text.count("\n", end, pos) > 2:
            return None
        start = self.sentence_start(end - 1)
        return None if start < floor else (start, end)

    def _person_at(self, start: int, end: int) -> Speaker | None:
        """Who the person, surname or pronoun at text[start:end] is."""
        if PRONOUN.fullmatch(self.text, start, end):
            return self.pronoun(start)
        k = bisect_left(self.starts, start)
        if k < len(self.people) and self.people[k].start == start:
            return named_speaker(self.people[k])
        mention = self.surnames.person(self.text[start:end], start)
        return None if mention is None else named_speaker(mention)

    def _opens(self, lo: int, start: int) -> bool:
        """The word at start opens a clause of the sentence starting at lo, outside
        quotations: after nothing but conjunctions and a few titles or role words
        ('But Senator X', 'For the most part, X', ', and X'), counted from the last
        comma or line break before it."""
        if self._inside_quote(start):
            return False
        piece = self.text[max(lo, self.text.rfind(",", lo, start) + 1) : start]
        line = piece[piece.rfind("\n") + 1 :].split()  # '... cracked."\n - Town boss X "'
        words = without_leading([w for w in line if not BULLET.fullmatch(w)])
        if words[:1] == ["the"] and len(words) > 1:
            words = words[1:]  # 'But on Tuesday, the Bank's governor X dashed those hopes'
        return len(words) <= 5 and all(
            w[0].isupper() or w.lower() in ROLES or AGE.fullmatch(w) for w in words
        )
