"""Speakers of quotations: the attribution verb, its subject, and pronouns or roles
resolved to a named person.

:class:`Cast` reads one article with its entity mentions and the spans of its
quotations. :mod:`index.extract.quotes` finds the attribution verb next to a quotation; the Cast
reads the phrase that says it (the subject before the verb, with appositions such as
``X, a 28-year-old from Y,`` dropped, or the phrase after an inverted verb) and names it
(pronouns and roles by the rules of :mod:`index.extract.speaker_referents`; who opens
a clause before a quotation with no attribution verb by those of
:mod:`index.extract.speaker_clauses`: its bases):

* a PERSON mention ends the subject (``Foreign Minister Anna Berg``; the first
  person of ``Chris Dunmore of brokers Alan Pryce``), or opens the phrase after the
  verb: its full name and entity id;
* ``he``/``she`` (also when the word just before the verb: ``where he explained``; and
  ``according to him``): a person opening a clause earlier in the same sentence (not one
  in object position: ``Having sued Weinstein, he ...``); else the last person (not a
  possessive) opening a clause in the same paragraph; else the person opening a clause
  of the paragraph before, when no one was quoted or said anything since and that
  paragraph reports no speech but that of ``he`` or ``she`` (``Mook shrugged off the
  poll.`` then ``"...," he said``); else the last person of the pronoun's sex named in
  an earlier sentence of the same paragraph since its last quotation (``But for Ann Lee,
  an analyst, ...``); else the nearer of the last named speaker and the last attribution
  subject (``Smith said``, ``Smith in an interview said``, ``," said Smith`` -- but not
  the person after ``Jones said``, who opens the reported clause) in this or the two
  previous paragraphs; else the nearest person before (people inside quotations and in
  headline lines set between paragraphs are skipped); with no person at all, a described
  subject of the last attribution (``A senior banker said``). ``it``: the last
  organisation opening a clause nearby, without id, else the last short subject of an
  attribution naming nobody (``But the ministry said``);
* a definite role (``the spokesman``): the nearest person printed next to that role word
  (``spokesman Tom Jones``, ``Tom Jones, a company spokesman,``), the one printed after
  the role's modifier too when two people carry it (``the prime minister``: ``Prime
  Minister X``, not ``Foreign Minister Y``); a spokesman never described before is the
  recent speaker; else the role is kept as a description, like an indefinite one (``a
  rescue worker``);
* other short phrases (``police``, ``the ministry``, ``Exxon``, an unknown
  ``Tony Oates``) as printed, without id; ``they``/``we``/``I`` give no speaker.

What is found here is a phrase; :func:`index.extract.attributions.credit` then
makes the quotation's speaker of a person only, and its attribution of a group
or a description (an organisation the recogniser named is marked a group here).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from index.extract.speaker_clauses import Clauses
from index.extract.speaker_framed import framed_people
from index.extract.speaker_record import UNNAMED, Speaker, named_speaker
from index.extract.speaker_words import (
    ACRONYM,
    APPOSITION_START,
    APPOSITIVE,
    AS_ASIDE,
    CUT_WORDS,
    FINITE,
    HE_SHE,
    INVALID,
    LAST_PRONOUN,
    LEADING,
    LISTED,
    MAX_WORDS,
    MODIFIED,
    NAME_LIKE,
    NAME_ROLES,
    OBJECT_OF,
    OBJECT_PRONOUN,
    OF_PHRASE,
    POSSESSIVE,
    RELATIVE,
    ROLE_RUN,
    SAYING,
    SPACES,
    STOP,
    TAG_COMMA,
    TITLE_WORDS,
    TITLES_ONLY,
    TRAILING_AUX,
    UNNAMED_WORDS,
    VERB,
    WORD,
    untagged,
    without_leading,
)
from index.records import GROUP, PERSON, Mention


class Cast(Clauses):
    """The people of one article, and the rules that name a quotation's speaker."""

    def __init__(self, text: str, mentions: Sequence[Mention], quoted: list[tuple[int, int]]):
        verbs = [v.start() for v in VERB.finditer(text)]  # one pass, for both
        framed = framed_people(text, mentions, verbs)  # 'expert Ann Lee said', Ann Lee untagged
        if framed:
            mentions = sorted([*mentions, *framed], key=lambda m: m.start)
        super().__init__(text, mentions, quoted)
        self.index.found_verbs(verbs)
        self.by_end = {m.end: m for m in mentions}

    def subject(self, lo: int, hi: int) -> Speaker | None:
        """Name the subject phrase text[lo:hi] that stands before its verb."""
        text = self.text
        hi = lo + TRAILING_AUX.search(text, lo, hi).start() - lo  # type: ignore[union-attr]
        last = LAST_PRONOUN.search(text, lo, hi)
        if last is not None:  # 'when he said', 'where she explained': he or she says it
            return self.pronoun(last.start())
        comma = text.rfind(",", lo, hi)
        aside = AS_ASIDE.match(text, comma + 1, hi) if comma >= 0 else None
        if aside is not None:  # 'Leo, as John Rao observes, was the first': Rao observes
            lo = aside.end()
        named = self._name_before_comma(lo, hi)
        if named is not None:
            return named
        if hi > lo and text[hi - 1] == ",":
            first = _unlead(text[lo : text.find(",", lo, hi)])
            hi = self._before_apposition(lo, hi - 1)
            if hi < 0:  # 'Tony Oates, Bond Corp's Executive Director,': an unknown name
                return Speaker(first, None) if NAME_LIKE.fullmatch(first) else None
        clause = max(lo, text.rfind(",", lo, hi) + 1)
        if clause > lo and RELATIVE.fullmatch(text, clause, hi):
            before = self._relative_antecedent(lo, clause - 1)
            if before is not None:
                return named_speaker(before)  # 'director Ken Roth, who wrote on Twitter: "'
        speaker = self._classify(clause, hi)
        if speaker is None and clause == lo:
            speaker = self._sentence_subject(lo, hi)
        return speaker

    def _relative_antecedent(self, lo: int, comma: int) -> Mention | None:
        """The person a 'who' after the comma at ``comma`` stands for: the one named
        right before it ('Ken Roth, who wrote'; not the last of a list, 'adviser to Y
        and X, who wrote'), or before an apposition that describes them ('Ann Lee, the
        firm's director of sales, who wrote'; 'Ann Lee, a strategist and former
        adviser to Y and X, who wrote' is Ann Lee)."""
        text = self.text
        before = self.by_end.get(comma)
        if before is not None and before.type == PERSON:
            if not LISTED.search(text, max(lo, before.start - 5), before.start):
                return before
        previous = text.rfind(",", lo, comma)
        first = self.by_end.get(previous) if previous >= 0 else None
        if first is None or first.type != PERSON:
            return None
        if not APPOSITIVE.match(text, previous + 1, comma) or self.verbs(previous + 1, comma):
            return None
        return first

    def phrase_after(self, lo: int, limit: int) -> Speaker | None:
        """Name the phrase that follows a verb ('said Omar Haddad, head of ...')."""
        text = self.text
        person = self._person_after_titles(lo, limit)
        if person is not None:
            return person
        stop = STOP.search(text, lo, limit)
        hi = stop.start() if stop else limit
        pronoun = OBJECT_PRONOUN.fullmatch(text, lo, hi)
        if pronoun is not None:  # 'According to him, "...': he says it
            return self.pronoun(pronoun.start(1))
        speaker = self._classify(lo, hi)
        comma = TAG_COMMA.match(text, hi, limit)  # ', ' or ' (Rural), ' after a title
        if speaker is not None and comma is not None and not self._named_in(speaker, lo, hi):
            named = self._person_after_titles(comma.end(), limit)  # 'a spokesman, Tom Jones,'
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

    def ends_in_person(self, lo: int, hi: int) -> bool:
        """text[lo:hi] ends with a person's name, a bracketed tag aside, and names no
        one else: a subject of many title words before a name ('House Ways and Means
        Committee Chairman X', 'ranking member X (D-Md.)') rather than a clause."""
        mention = self.by_end.get(untagged(self.text, lo, hi))
        if mention is None or mention.type != PERSON or mention.start < lo:
            return False
        # the only person of the phrase ('virologist X at Y University in Z' is not Z),
        # heading it ('the spokesman for Prime Minister X' is the spokesman)
        only = self.starts[bisect_left(self.starts, lo)] == mention.start
        return only and not OBJECT_OF.search(self.text, lo, mention.start)

    def _classify(self, lo: int, hi: int) -> Speaker | None:
        text = self.text
        hi = untagged(text, lo, hi)  # 'Sen. X (D-Md.)' ends with X
        words = [(w.start(), _unstop(w.group())) for w in WORD.finditer(text, lo, hi)]
        while words and (words[0][1].lower() in LEADING or words[0][1].lower() == "with"):
            words = words[1:]  # 'and', 'but'; the 'with' of 'with the chief saying "..."'
        if not words or len(words) > MAX_WORDS + 3:
            return None
        lo, end = words[0][0], words[-1][0] + len(words[-1][1])
        mention = self.by_end.get(end)
        if mention is not None and mention.start >= lo:
            if mention.type == PERSON:
                return self._head_person(lo, mention)
            titled = self._by_acronym(text[mention.start : mention.end], lo)
            if titled is not None:
                return titled  # 'the CEC' after 'Chief Election Commissioner (CEC) X'
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
        if len(kept) == 2 and kept[0][1].istitle() and kept[1][1].islower():
            titled = self._bare_title(kept[0][1], kept[1][1], lo)
            if titled is not None:
                return titled  # 'Crown prince said' after 'Crown Prince X'
        if kept[0][1].lower() == "the":
            titled = self._by_acronym(kept[-1][1], lo) if len(kept) == 2 else None
            if titled is not None:
                return titled  # 'the IG' after 'Inspector General X'
            modifier = kept[-2][1] if len(kept) > 2 else None  # 'the prime minister'
            named = self.role(kept[-1][1], lo, modifier)
            if named is not None:
                return named
        return Speaker(description, None)

    def _bare_title(self, modifier: str, head: str, pos: int) -> Speaker | None:
        """The one person printed before pos after the title the two words are ('Crown
        prince said' for 'Crown Prince X'): a title used as a name, no article before
        it, the house style of some Gulf and Asian press; None when two carry it."""
        carriers = self.index.role_people(head, pos)
        if len(carriers) != 1:
            return None
        person = carriers[0].entity_id
        same = (m for m in self.people if m.entity_id == person and m.start < pos)
        titled = any(self.index.printed_after(modifier, head, m) for m in same)
        return named_speaker(carriers[0]) if titled else None

    def _by_acronym(self, word: str, pos: int) -> Speaker | None:
        """The one person printed before pos after title words whose initials the
        acronym word is ('the CEC', 'the IG'), else None."""
        if not ACRONYM.fullmatch(word):
            return None
        carriers = self.index.acronym_people(word, pos)
        return named_speaker(carriers[0]) if len(carriers) == 1 else None

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
        """A person opening text[lo:hi] after title words only ('Redman restated ...'),
        or the person a few role words after them name ('Former George W. Bush
        communications director Nicolle Wallace reported ...' is Wallace)."""
        k = bisect_left(self.starts, lo)
        if k < len(self.people) and self.people[k].start < hi:
            mention = self.people[k]
            if POSSESSIVE.match(self.text, mention.end) or MODIFIED.match(self.text, mention.end):
                return None  # "X's office added that ...", "the X campaign": not X
            if TITLE_WORDS.fullmatch(self.text, lo, mention.start):
                after = self.people[k + 1] if k + 1 < len(self.people) else None
                if after is not None and after.start < hi and self._role_run(mention, after):
                    return named_speaker(after)
                return named_speaker(mention)
        return None

    def _role_run(self, first: Mention, second: Mention) -> bool:
        """One to three words in lower case between two names, ending with a role
        ('Bush communications director Wallace'), not a clause ('Trump congratulated
        Jones', 'X argued that Y')."""
        run = ROLE_RUN.fullmatch(self.text, first.end, second.start)
        return run is not None and run.group().split()[-1] in NAME_ROLES

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
            if MODIFIED.match(self.text, mention.end):  # 'The Biden campaign said'
                return None
            if not POSSESSIVE.match(self.text, mention.end):  # not "Capel's Murtha"
                return named_speaker(mention) if self._set_off(lo, mention.start) else None
            k += 1
        return None


def _unlead(phrase: str) -> str:
    """A phrase without the conjunctions that open it ('And Edu' -> 'Edu')."""
    return " ".join(without_leading(phrase.split()))


def _unstop(word: str) -> str:
    """A word without the full stop that ends its sentence ('Moreno.' but not 'U.S.')."""
    return word[:-1] if word.endswith(".") and "." not in word[:-1] else word
