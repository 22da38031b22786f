"""Speakers of quotations: the attribution verb, its subject, and pronouns or roles
resolved to a named person.

:class:`Cast` reads one article with its entity mentions and the spans of its
quotations. :mod:`index.extract.quotes` finds the attribution verb next to a quotation; the Cast
reads the phrase that says it (the subject before the verb, with appositions such as
``X, a 28-year-old from Y,`` dropped, or the phrase after an inverted verb) and names it
(pronouns and roles by the rules of :mod:`index.extract.speaker_referents`, its base):

* a PERSON mention ends the subject (``Foreign Minister Anna Berg``; the first
  person of ``Chris Dunmore of brokers Alan Pryce``), or opens the phrase after the
  verb: its full name and entity id;
* ``he``/``she`` (also when the word just before the verb: ``where he explained``):
  a person opening a clause earlier in the same sentence (not one in object
  position: ``Having sued Weinstein, he ...``); else the last person (not a
  possessive) opening a clause in the same paragraph; else the person opening a
  clause of the paragraph before, when no one was quoted or said anything since
  (``Mook shrugged off the poll.`` then ``"...," he said``); else the nearer of the
  last named speaker and the last attribution subject (``Smith said``, ``Smith in an
  interview said``, ``," said Smith`` -- but not the person after ``Jones said``, who
  opens the reported clause) in this or the two previous paragraphs; else the nearest person before
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

What is found here is a phrase; :func:`index.extract.attributions.credit` then
makes the quotation's speaker of a person only, and its attribution of a group
or a description (an organisation the recogniser named is marked a group here).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from index.extract.speaker_referents import (
    LOOK_BACK,
    UNNAMED,
    Referents,
    Speaker,
    named_speaker,
)
from index.extract.speaker_words import (
    ABOUT_THEM,
    AGE,
    ALNUM_WORD,
    APPOSITION_START,
    BULLET,
    CUT_WORDS,
    FINITE,
    HE_SHE,
    INVALID,
    LAST_PRONOUN,
    LEADING,
    LISTED,
    MAX_WORDS,
    NAME_LIKE,
    OF_PHRASE,
    PARTICIPLE_AFTER,
    POSSESSED_SPEECH,
    POSSESSIVE,
    PRONOUN,
    QUOTE_MARK,
    RELATIVE,
    ROLES,
    SAYING,
    SPACES,
    STOP,
    SUBORDINATE,
    THAT,
    TITLE_WORDS,
    TITLES_ONLY,
    TRAILING_AUX,
    UNNAMED_WORDS,
    WORD,
)
from index.records import GROUP, PERSON, Mention


class Cast(Referents):
    """The people of one article, and the rules that name a quotation's speaker."""

    def __init__(self, text: str, mentions: Sequence[Mention], quoted: list[tuple[int, int]]):
        super().__init__(text, mentions, quoted)
        self.by_end = {m.end: m for m in mentions}

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
            if self._opens(lo, start) or PARTICIPLE_AFTER.match(text, end, pos):
                return self._person_at(start, end)
        return None

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
        reply: "..."'."""
        found = POSSESSED_SPEECH.search(self.text, lo, pos)
        if found is None or self._inside_quote(found.start()):
            return None
        return self.pronoun(found.start())

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
        text = self.text
        end = pos
        while end > max(0, pos - LOOK_BACK) and text[end - 1].isspace():
            end -= 1
        if end <= floor or text[end - 1 : end] not in (".", ":") or text.count("\n", end, pos) > 2:
            return None
        start = self.sentence_start(end - 1)
        since = max(floor, self._window(start, 1))
        if start < floor or QUOTE_MARK.search(text, since, end) or self.verbs(since, end):
            return None
        return start, end

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
        words = _without_leading([w for w in line if not BULLET.fullmatch(w)])
        return len(words) <= 5 and all(
            w[0].isupper() or w.lower() in ROLES or AGE.fullmatch(w) for w in words
        )

    def subject(self, lo: int, hi: int) -> Speaker | None:
        """Name the subject phrase text[lo:hi] that stands before its verb."""
        text = self.text
        hi = lo + TRAILING_AUX.search(text, lo, hi).start() - lo  # type: ignore[union-attr]
        last = LAST_PRONOUN.search(text, lo, hi)
        if last is not None:  # 'when he said', 'where she explained': he or she says it
            return self.pronoun(last.start())
        named = self._name_before_comma(lo, hi)
        if named is not None:
            return named
        if hi > lo and text[hi - 1] == ",":
            first = _unlead(text[lo : text.find(",", lo, hi)])
            hi = self._before_apposition(lo, hi - 1)
            if hi < 0:  # 'Tony Oates, Bond Corp's Executive Director,': an unknown name
                return Speaker(first, None) if NAME_LIKE.fullmatch(first) else None
        clause = max(lo, text.rfind(",", lo, hi) + 1)
        before = self.by_end.get(clause - 1)
        if (
            before is not None
            and before.type == PERSON
            and RELATIVE.fullmatch(text, clause, hi)
            and not LISTED.search(text, max(lo, before.start - 5), before.start)
        ):
            return named_speaker(before)  # 'director Ken Roth, who wrote on Twitter: "'
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
        if speaker is not None and text.startswith(",", hi) and not self._named_in(speaker, lo, hi):
            named = self._person_after_titles(hi + 1, limit)  # 'a spokesman, Tom Jones,'
            if named is not None and named.name:
                return named
        return speaker

    def _named_in(self, speaker: Speaker, lo: int, hi: int) -> bool:
        """The speaker is a person named in text[lo:hi], not one a description there
        was taken for ('the lead author, Dr. Ann Lee,' is Ann Lee)."""
        k = bisect_left(self.starts, lo)
        while k < len(self.people) and self.people[k].start < hi:
            if speaker.entity_id is not None and self.people[k].entity_id == speaker.entity_id:
                return True
            k += 1
        return False

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
            if len(words) <= 3:  # 'Exxon', 'the Bundesbank' the recogniser named
                whole = text[lo : mention.start].strip().lower() in ("", "the")
                return Speaker(text[lo:end], None, kind=GROUP if whole else None)
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
                return named_speaker(first)
        return named_speaker(last)

    def _describe(self, words: list[tuple[int, str]], lo: int) -> Speaker | None:
        kept = words[:1]
        for start, word in words[1:]:
            if word.lower() in CUT_WORDS:
                break
            kept.append((start, word))
        if len(kept) > MAX_WORDS or any(w.lower() in FINITE or w in SAYING for _, w in kept):
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
                return named_speaker(mention)
            k += 1
        return None

    def _sentence_subject(self, lo: int, hi: int) -> Speaker | None:
        """A person opening text[lo:hi] after title words only ('Redman restated ...')."""
        k = bisect_left(self.starts, lo)
        if k < len(self.people) and self.people[k].start < hi:
            mention = self.people[k]
            if TITLE_WORDS.fullmatch(self.text, lo, mention.start):
                return named_speaker(mention)
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
        lo = SPACES.match(self.text, lo, limit).end()  # type: ignore[union-attr]
        titles = TITLES_ONLY.match(self.text, lo, limit)
        k = bisect_left(self.starts, lo)
        while titles and k < len(self.people) and self.people[k].start <= titles.end():
            mention = self.people[k]
            if not POSSESSIVE.match(self.text, mention.end):  # not "Capel's Murtha"
                return named_speaker(mention) if self._set_off(lo, mention.start) else None
            k += 1
        return None


def _unlead(phrase: str) -> str:
    """A phrase without the conjunctions that open it ('And Edu' -> 'Edu')."""
    return " ".join(_without_leading(phrase.split()))


def _without_leading(words: list[str]) -> list[str]:
    """Words without the conjunctions that open them ('But', 'and', 'meanwhile')."""
    k = 0
    while k < len(words) and words[k].lower() in LEADING:
        k += 1
    return words[k:]


def _unstop(word: str) -> str:
    """A word without the full stop that ends its sentence ('Moreno.' but not 'U.S.')."""
    return word[:-1] if word.endswith(".") and "." not in word[:-1] else word
