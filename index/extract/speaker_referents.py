"""Who a pronoun or a role names, for the speakers of quotations: the people and
organisations of one article, and the rules that resolve ``he``, ``she``, ``it`` and
``the spokesman`` to one of them, to the recent speaker, or to a described subject
(see :mod:`index.extract.speakers` for the rules in full).

:class:`Referents` holds what the article names and the speakers met so far; it is the
base of :class:`index.extract.speakers.Cast`, which reads the phrase that says a
quotation and asks these rules when that phrase is a pronoun or a definite role.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from functools import cached_property, partial

from index.extract.gazetteer import load_gazetteer
from index.extract.speaker_forms import FullerForms
from index.extract.speaker_index import SpeakerIndex, people_outside_headlines
from index.extract.speaker_record import UNNAMED, Speaker, named_speaker
from index.extract.speaker_sexes import agrees, pronoun_sex, titled_sexes
from index.extract.speaker_surnames import Surnames
from index.extract.speaker_words import (
    AGE,
    ATTRIBUTED_AFTER,
    BEFORE_NAME,
    BULLET,
    FOR_TOPIC,
    HE_SHE,
    INVALID,
    LAST_PRONOUN,
    LEADING,
    NAMED,
    PHRASE_THEN_VERB,
    POSSESSIVE,
    ROLES,
    SPOKES,
    SUBJECT_NOUNS,
    TRAILING_AUX,
    VERB,
    VERB_BEFORE,
)
from index.passages import PARAGRAPH_SEPARATOR
from index.records import GROUP, ORG, PERSON, Mention

_ROLE_NOUNS = ROLES | SUBJECT_NOUNS
_BYLINE = re.compile(r"(?:^|\n)\s*[Bb][Yy]:?\s*$")
# How far back, in characters, a speaker is looked for: the sentence before a
# quotation, a paragraph, the people named before it. News sentences and
# paragraphs are far shorter; the bound keeps the work per quotation constant,
# so an article of one enormous paragraph full of quote marks costs time in
# proportion to its size (bench/worst_case.py).
LOOK_BACK = 1_000
# Courtesy titles printed between a comma and the name it sets off ('..., Dr Ann Lee,').
_TITLES_AFTER_COMMA = re.compile(
    r"(?<=,)(?:\s+(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame)\.?)+\s*$"
)
# A participle opening a clause, before its object ('Addressing Mr X', 'Responding to X';
# not the name 'Recording Academy').
_PARTICIPLE = re.compile(r"([A-Z][a-z]{3,}ing) (?:[a-z]|(?:Mr|Mrs|Ms|Miss|Dr|Prof|Madam)\b)")


class Referents:
    """The people and organisations of one article, and the rules that say whom a
    pronoun or a role at a position names."""

    def __init__(self, text: str, mentions: Sequence[Mention], quoted: list[tuple[int, int]]):
        self.text = text
        persons = [m for m in mentions if m.type == PERSON]
        self.people = people_outside_headlines(text, persons)
        self.starts = [m.start for m in self.people]
        self.orgs = [m for m in mentions if m.type == ORG]
        self.org_starts = [m.start for m in self.orgs]
        self.quoted = quoted  # (start, end) of every quotation, sorted
        self.quoted_starts = [s for s, _ in quoted]
        self.speakers: list[tuple[int, Speaker]] = []  # named speakers met so far
        self._pronouns: dict[int, Speaker] = {}  # who the pronoun at a position is
        # a function of the quotations alone, not a method: the index keeps it, and a
        # bound method would tie the index and this cast in a reference cycle
        self._inside_quote = partial(_inside, quoted, self.quoted_starts)
        # every person carries roles and full names; the headlines' are no referents
        self.index = SpeakerIndex(text, self.people, VERB, self._inside_quote, persons)
        places_and_bodies = {m.text for m in mentions if m.type != PERSON}
        self.surnames = Surnames.of(persons, places_and_bodies, text)
        self.fuller = FullerForms(text, self.people, self.orgs)

    def record(self, pos: int, speaker: Speaker) -> None:
        """Remember the speaker of the quotation opening at pos (for 'he said')."""
        self.speakers.append((pos, speaker))

    def full_name(self, speaker: Speaker, pos: int) -> Speaker:
        """The one person named in full before pos whose name the speaker's ('Twain', 'Mr
        Prescott') is a shorter form of; also for a name linked apart, of two words or
        more and printed after no title ('Asiedu Nketia' after 'Johnson Asiedu Nketia')."""
        linked = speaker.entity_id is not None
        fuller = self.fuller.of(speaker, pos)
        if fuller is not None:  # 'D.Ann' for 'Ann'; 'Ann Plott' after titles for 'Plott'
            return Speaker(fuller, speaker.entity_id, speaker.verb)
        if speaker.name is None or (linked and " " not in speaker.name):
            return speaker
        mention = self.surnames.person(speaker.name, pos, speaker.entity_id)
        if mention is None:
            return speaker if linked else self.fuller.printed_in_full(speaker, pos)
        titled = speaker.entity_id in self.title_sexes
        return speaker if titled else Speaker(mention.name, mention.entity_id, speaker.verb)

    def verbs(self, lo: int, hi: int) -> list[re.Match[str]]:
        """Attribution verbs in text[lo:hi] outside quotations."""
        return self.index.verbs(lo, hi)

    def sentence_start(self, pos: int) -> int:
        """Start of the sentence holding pos (pos itself when a sentence starts
        there), at most LOOK_BACK characters before pos."""
        return max(self.index.sentence_start(pos), pos - LOOK_BACK)

    def _set_off(self, lo: int, start: int) -> bool:
        """text[lo:start] is a comma piece's end or a few titles and role words."""
        if _TITLES_AFTER_COMMA.sub("", before := self.text[lo:start]).rstrip().endswith(","):
            return True  # 'Head of the Trust, Dr Ann Lee,': a courtesy title sets off nothing
        words = [w for w in before.split() if not BULLET.fullmatch(w)]  # 'LONDON - Dr X'
        opener = _PARTICIPLE.match(" ".join(words))
        if opener and opener.group(1).lower() in load_gazetteer().common_words:
            return False  # 'Addressing Mr Lim, Ms Tan said': a verb's object, not a subject
        return len(words) <= 5 and all(
            w[0].isupper() or w.lower() in BEFORE_NAME or AGE.fullmatch(w) for w in words
        )

    def pronoun(self, pos: int) -> Speaker:
        """The person 'he' or 'she' at pos most likely is: a person named earlier in
        the same sentence, else the subject of a recent attribution, else the nearest
        person named before. Found once per pronoun: only what comes before pos
        counts, and the quotations of one sentence often ask about the same one."""
        if pos not in self._pronouns:
            self._pronouns[pos] = self._resolve_pronoun(pos)
        return self._pronouns[pos]

    def _resolve_pronoun(self, pos: int) -> Speaker:
        sex = pronoun_sex(self.text, pos)
        near = self._nearest_person(pos)
        if near is not None and not self._agrees(near, sex):
            near = None  # 'When Hillary Clinton pressed him, he replied'
        start = self.sentence_start(pos)
        if near is not None and near.start >= start and self._set_off(start, near.start):
            return named_speaker(near)
        subject = self._paragraph_subject(pos, sex) or self._introduced(pos, sex)
        if subject is not None:
            return self._spoke_since(subject, pos, sex) or named_speaker(subject)
        named = self._named_since_quoted(pos, sex)
        if named is not None:
            return named_speaker(named)
        recent = self.recent_speaker(pos)
        if recent is not None and self._agrees(recent, sex):
            return recent
        if near is None:
            return (
                self.unnamed_subject(pos, self._window(pos), roles=True)
                or self._nearest_agreeing(pos, sex)
                or UNNAMED
            )
        return named_speaker(near)

    def _nearest_agreeing(self, pos: int, sex: str | None) -> Speaker | None:
        """The nearest person named before pos in this and the two paragraphs before,
        outside quotations and not a possessive, who may be the pronoun: 'she' after
        'X told the BBC. She urged Mr Y to act.' is X, not Mr Y nor nobody."""
        for mention in self._people_before(pos, self._window(pos)):
            if self._agrees(mention, sex) and not POSSESSIVE.match(self.text, mention.end):
                return named_speaker(mention)
        return None

    def _agrees(self, person: Mention | Speaker, sex: str | None) -> bool:
        """The person may be the pronoun of sex: by title ('Mr X'), else given name."""
        return sex is None or agrees(person.name, self.title_sexes.get(person.entity_id or ""), sex)

    @cached_property
    def title_sexes(self) -> dict[str, str]:
        """Who is printed after 'Mr', 'Ms' and the like, and the sex that gives."""
        return titled_sexes(self.text, self.index.carriers)

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
                return Speaker(mention.name, None, kind=GROUP)
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

    def _paragraph_subject(self, pos: int, sex: str | None = None) -> Mention | None:
        """The last person before pos in its paragraph who opens a clause
        ('Opening the debate, Andriessen accused ...'), not one in object position
        nor a possessive ('Moore's film'), and of the pronoun's sex when given."""
        for mention in self._people_before(pos, self._window(pos, 1)):
            if not self._agrees(mention, sex):
                continue
            if (
                self._set_off(lo := self.sentence_start(mention.start), mention.start)
                or NAMED.search(self.text, max(0, mention.start - 8), mention.start)
                or FOR_TOPIC.fullmatch(self.text, lo, mention.start)
            ) and not POSSESSIVE.match(self.text, mention.end):
                return mention
        return None

    def _named_since_quoted(self, pos: int, sex: str | None) -> Mention | None:
        """The last person of the pronoun's sex named in pos's paragraph, where no
        one opens a clause, when no one was quoted since: who 'he' is in 'But for
        Ann Lee, an analyst at X, the deal is sound. "...," she said', before the
        speakers of earlier paragraphs; not one of pos's own sentence ('backed
        candidate Lee when she ran' is Lee only for that sentence's 'she')."""
        start = self.sentence_start(pos)
        for mention in self._people_before(pos, self._window(pos, 1)):
            if mention.start >= start:
                continue
            if not self._agrees(mention, sex) or POSSESSIVE.match(self.text, mention.end):
                continue
            return mention if self._last_speaker(mention.end, pos) is None else None
        return None

    def _introduced(self, pos: int, sex: str | None = None) -> Mention | None:
        """The person opening a clause of the paragraph before pos's, a paragraph
        that reports no speech (no attribution verb: reported speech has its own
        rules), when no quotation was attributed and no one said anything after it:
        who 'he' is in 'Mook shrugged off the poll.\n\n"...," he said'."""
        floor = self._window(pos, 1)
        if not self.text.startswith(PARAGRAPH_SEPARATOR, floor):
            return None  # no paragraph before, or none within the look-back
        subject = self._paragraph_subject(floor, sex)
        if subject is None or not self._reports_by_pronoun(self._window(floor, 1), floor):
            return None
        spoke = self._last_speaker(subject.start, pos)
        said = self.attribution_subject(pos, subject.end)
        return subject if spoke is None and said is None else None

    def _reports_by_pronoun(self, lo: int, hi: int) -> bool:
        """text[lo:hi] reports no speech, or only speech of 'he' or 'she' (the
        subject's own: 'X, the top Democrat, stopped short of that, but he said
        the president should ...'), not another's ('X agreed, Jones said')."""
        for verb in self.verbs(lo, hi):
            before = TRAILING_AUX.search(self.text, lo, verb.start())
            end = verb.start() if before is None else before.start()
            if LAST_PRONOUN.search(self.text, max(lo, end - 4), end) is None:
                return False
        return True

    def _spoke_since(self, subject: Mention, pos: int, sex: str | None) -> Speaker | None:
        """A named speaker of pos's paragraph, of the pronoun's sex, who was quoted
        after the paragraph's subject was named: 'Striker X is fit. "...," said
        spokesman Y. He added: "..."' is Y's."""
        spoke = self._last_speaker(max(subject.end, self._window(pos, 1)), pos)
        if spoke is None or not self._agrees(spoke[1], sex):
            return None
        return Speaker(spoke[1].name, spoke[1].entity_id)

    def recent_speaker(self, pos: int, paragraphs: int = 3) -> Speaker | None:
        """The nearer of the last named quotation speaker and the last attribution
        subject before pos, within this and the previous paragraphs."""
        floor = self._window(pos, paragraphs)
        subject = self.attribution_subject(pos, floor)
        spoke = self._last_speaker(floor, pos)
        if spoke and (subject is None or spoke[0] > subject.start):
            return Speaker(spoke[1].name, spoke[1].entity_id)
        return None if subject is None else named_speaker(subject)

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

    def role(self, head: str, pos: int, modifier: str | None = None) -> Speaker | None:
        """The person printed next to the role word head before pos ("Conservative leader
        Michael Howard" for "the Tory leader"), if only one person is; None when two
        people carry the role (which one is meant, the article does not say), unless
        the role's modifier tells them apart ('the prime minister' is "Prime Minister
        X", not "Foreign Minister Y")."""
        head = head.lower()
        carriers = self.index.role_people(head, pos)
        if len(carriers) > 1 and modifier is not None:
            carriers = [m for m in carriers if self.index.printed_after(modifier, head, m)]
        near = self._nearest_person(pos) if len(carriers) > 1 else None
        if near is not None and (
            near.entity_id != carriers[0].entity_id or not self._as_subject(near)
        ):
            near = None  # the last named must be the carrier, as a subject ('X's visit': no)
        if len(carriers) == 1 or near is not None:
            return named_speaker(carriers[0])  # or the last named: 'X left. The minister said'
        if carriers:
            return None
        if head in SPOKES and self.index.first_printed(head) > pos:
            return self.recent_speaker(pos)
        return self._described_subject(head, pos, modifier)

    def _as_subject(self, mention: Mention) -> bool:
        """The mention opens a clause and is no possessive ('X reviewed', not "X's")."""
        lo = self.sentence_start(mention.start)
        return self._set_off(lo, mention.start) and not POSSESSIVE.match(self.text, mention.end)

    def _described_subject(self, head: str, pos: int, modifier: str | None) -> Speaker | None:
        """A person described, not named ('"...," the presidential contender said'
        after 'Gary Johnson said ...'): who 'he' or 'she' at pos would be, when the
        head is a noun a story describes people by (a contender, the 41-year-old)
        and no other role, nor this one under another modifier, is printed beside
        them ('Home Secretary Charles Clarke' is not 'the prime minister')."""
        if head not in SUBJECT_NOUNS and not AGE.fullmatch(head):
            return None
        said = self.pronoun(pos)
        if said.entity_id is None or (self.index.titles(said.entity_id) & _ROLE_NOUNS) - {head}:
            return None
        if modifier is not None and head in self.index.titles(said.entity_id):
            return None  # 'Security Minister X' is not 'the communications minister'
        lead = self.index.first_outside()
        if lead and lead.entity_id == said.entity_id and _BYLINE.search(self.text, 0, lead.start):
            return None  # not 'By Carina Storrs', who wrote the story
        return said

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
