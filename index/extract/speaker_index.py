"""What the search for a quotation's speaker looks up again and again in one
article, found once.

A speaker is looked for around each quotation: the sentence it is in, the
attribution verbs of that sentence, the person printed next to a role word ("spokesman Tom
Jones", "Tom Jones, a company spokesman,"), the last person named outside
quotations. Scanning the article for them at every quotation costs time in the
square of its size (one paragraph full of quote marks took minutes); found
once and looked up by bisection, they cost each quotation the same whatever
the article's size (``tests/test_work_budget.py``).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence

from index.extract.honorifics import OPENERS
from index.passages import PARAGRAPH_SEPARATOR, sentence_spans
from index.records import Mention

# A paragraph that is a headline, a caption or a sub-heading set between a story's
# paragraphs ('Senator drops cryptic post amid budget row'): a few words with no
# sentence end and no quote mark. The people it names are not the story's
# speakers, nor who a 'he said' after it is.
_HEADLINE = re.compile(r"[^\n.!?:;\"“”]{10,160}(?<![.!?:;,\"“”’'])")
_HEADLINE_WORDS = 20
_HEADLINE_CHARS = 160
#: Courtesy titles and honorifics printed between a role word and a name: no role
#: themselves, they hide the role before them ('the bank's chairman Sheikh X').
_COURTESY = OPENERS | frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sheikh sir dame".split()
)
# The capitalised title words right before a name, and an acronym of them in
# brackets ('Chief Election Commissioner (CEC) X', 'DOJ Inspector General X'): the
# press calls the person by the acronym afterwards ('the CEC said', 'the IG said').
_TITLE_WORD = re.compile(r"[A-Z][\w'’-]*")
_BRACKETED = re.compile(r"\(([A-Z]{2,6})\)")


def people_outside_headlines(text: str, people: Sequence[Mention]) -> list[Mention]:
    """The people not named in a headline line set between paragraphs (the first
    paragraph, the article's title, aside)."""
    lines = _headline_lines(text) if people else []
    if not lines:
        return list(people)
    starts = [lo for lo, _ in lines]
    kept = []
    for mention in people:
        k = bisect_right(starts, mention.start) - 1
        if k < 0 or mention.start >= lines[k][1]:
            kept.append(mention)
    return kept


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the headline lines after the first paragraph: each paragraph
    is looked at once, and only a short one is read."""
    lines = []
    brk = text.find(PARAGRAPH_SEPARATOR)
    while brk >= 0:
        lo = brk + len(PARAGRAPH_SEPARATOR)
        brk = text.find(PARAGRAPH_SEPARATOR, lo)
        hi = len(text) if brk < 0 else brk
        if (
            hi - lo <= _HEADLINE_CHARS
            and _HEADLINE.fullmatch(text, lo, hi) is not None
            and len(text[lo:hi].split()) <= _HEADLINE_WORDS
        ):
            lines.append((lo, hi))
    return lines


class SpeakerIndex:
    """Verbs, roles and people of one article, for
    :class:`index.extract.speaker_referents.Referents`."""

    def __init__(
        self,
        text: str,
        people: Sequence[Mention],
        verb: re.Pattern[str],
        inside_quote: Callable[[int], bool],
        carriers: Sequence[Mention] | None = None,
    ) -> None:
        self.text = text
        self.people = people  # PERSON mentions in text order
        # the PERSON mentions role words are looked for beside (default: people)
        self.carriers = people if carriers is None else carriers
        self._verb = verb
        self._inside_quote = inside_quote
        self._verb_starts: array[int] | None = None
        self._outside: list[Mention] | None = None
        self._roles: dict[str, list[tuple[int, int]]] | None = None
        self._acronyms: dict[str, dict[str, Mention]] | None = None  # acronym -> its people
        self._titles: dict[str, set[str]] = {}  # entity id -> words printed beside it
        self._first_use: dict[str, int] = {}
        self._paragraphs: list[int] | None = None  # where each paragraph starts
        self._sentences: dict[int, list[int]] = {}  # paragraph start -> sentence starts

    def sentence_start(self, pos: int) -> int:
        """Start of the sentence holding pos (pos itself when a sentence starts
        there): the sentences of each paragraph are found once."""
        if self._paragraphs is None:
            breaks = re.finditer(f"(?={re.escape(PARAGRAPH_SEPARATOR)})", self.text)
            self._paragraphs = [0, *(b.start() + len(PARAGRAPH_SEPARATOR) for b in breaks)]
        k = bisect_right(self._paragraphs, pos) - 1
        lo = self._paragraphs[k]
        if lo >= pos:
            return pos
        if lo not in self._sentences:
            end = self.text.find(PARAGRAPH_SEPARATOR, lo)
            spans = sentence_spans(self.text, lo, len(self.text) if end < 0 else end)
            self._sentences[lo] = [start for start, _ in spans]
        starts = self._sentences[lo]
        k = bisect_right(starts, pos) - 1
        return starts[k] if k >= 0 else lo

    def found_verbs(self, starts: Iterable[int]) -> None:
        """Where the verb pattern matches in the text, found by the caller's one pass."""
        self._verb_starts = array("q", (at for at in starts if not self._inside_quote(at)))

    def verbs(self, lo: int, hi: int) -> list[re.Match[str]]:
        """Attribution verbs in text[lo:hi] outside quotations."""
        if self._verb_starts is None:
            self.found_verbs(v.start() for v in self._verb.finditer(self.text))
            assert self._verb_starts is not None
        starts = self._verb_starts
        verbs = []
        for k in range(bisect_left(starts, lo), bisect_left(starts, hi)):
            verb = self._verb.match(self.text, starts[k], hi)
            if verb is not None:
                verbs.append(verb)
        return verbs

    def nearest_outside(self, pos: int) -> Mention | None:
        """The last person named before pos outside quotations."""
        outside = self._people_outside()
        k = bisect_left(outside, pos, key=lambda mention: mention.start)
        return outside[k - 1] if k else None

    def first_outside(self) -> Mention | None:
        """The first person named outside quotations."""
        outside = self._people_outside()
        return outside[0] if outside else None

    def _people_outside(self) -> list[Mention]:
        if self._outside is None:
            self._outside = [m for m in self.people if not self._inside_quote(m.start)]
        return self._outside

    def role_people(self, head: str, pos: int) -> list[Mention]:
        """The people printed before pos right after the word head, or followed by
        a short comma piece holding it that says nothing: the nearest one, and
        another when a different person carried the role before (then the
        article does not say which one is meant)."""
        if self._roles is None:
            self._roles = self._role_carriers()
        printed = self._roles.get(head, [])
        k = bisect_left(printed, pos, key=lambda carrier: self.carriers[carrier[0]].start)
        if not k:
            return []
        nearest, other = printed[k - 1]
        return [self.carriers[nearest]] + ([self.carriers[other]] if other >= 0 else [])

    def _role_carriers(self) -> dict[str, list[tuple[int, int]]]:
        """For each role word, its carriers in order, each with the latest carrier
        before it who is a different person (-1 when none)."""
        roles: dict[str, list[tuple[int, int]]] = {}
        latest: dict[str, list[int]] = {}  # role word -> latest carrier per person, two at most
        for index, mention in enumerate(self.carriers):
            words = dict.fromkeys(self._role_words(mention))
            self._titles.setdefault(mention.entity_id, set()).update(words)
            for word in words:
                recent = latest.setdefault(word, [])
                others = [i for i in recent if self.carriers[i].entity_id != mention.entity_id]
                roles.setdefault(word, []).append((index, others[-1] if others else -1))
                recent[:] = (others[-1:] if others else []) + [index]
        return roles

    def titles(self, entity_id: str) -> set[str]:
        """The words printed beside a person's mentions, anywhere in the text (the
        word before each, the words of a short comma piece after it)."""
        if self._roles is None:
            self._roles = self._role_carriers()
        return self._titles.get(entity_id, set())

    def _role_words(self, mention: Mention) -> list[str]:
        text = self.text
        before = [
            w.lower().strip(",") for w in text[max(0, mention.start - 40) : mention.start].split()
        ]
        words = before[-1:]
        while len(before) > 1 and before[-1] in _COURTESY and len(words) < 3:
            before.pop()  # 'Bank chairman Sheikh X', 'club president Dr X': the role before
            words.append(before[-1])
        after = text[mention.end : mention.end + 60]
        if after.startswith(","):
            piece = after.split(",")[1]
            if len(piece.split()) <= 6 and self._verb.search(piece) is None:
                words.extend(piece.lower().split())
        return words

    def acronym_people(self, acronym: str, pos: int) -> list[Mention]:
        """The people printed before pos after title words whose initials, or whose
        bracketed acronym, the acronym is ('the IG' for 'Inspector General X'): the
        first of each, looked up in a table built on the first such question."""
        if self._acronyms is None:
            self._acronyms = {}
            for mention in self.carriers:
                for found in _title_acronyms(self.text, mention.start):
                    self._acronyms.setdefault(found, {}).setdefault(mention.entity_id, mention)
        first = self._acronyms.get(acronym, {}).values()
        return [mention for mention in first if mention.start < pos]

    def printed_after(self, modifier: str, head: str, mention: Mention) -> bool:
        """The mention comes right after the two words 'modifier head', in any case
        ("Prime Minister X" for the prime minister)."""
        before = self.text[max(0, mention.start - 40) : mention.start].lower().split()
        return before[-2:] == [modifier.lower(), head]

    def first_printed(self, word: str) -> int:
        """Where word is first printed, in any case, ends; past the text if never."""
        if word not in self._first_use:
            found = re.search(re.escape(word), self.text, re.IGNORECASE)
            self._first_use[word] = len(self.text) + 1 if found is None else found.end()
        return self._first_use[word]


def _title_acronyms(text: str, start: int) -> list[str]:
    """The acronyms, in capitals, a person printed at start may be called by: the
    initials of the last two or more title words before the name ('IG' and 'DIG' for
    'DOJ Inspector General'), and an acronym bracketed after them ('CEC')."""
    before = text[max(0, start - 80) : start].split()
    bracketed = _BRACKETED.fullmatch(before[-1]) if before else None
    if bracketed is not None:
        before.pop()
    initials = ""
    for word in reversed(before[-6:]):
        if not _TITLE_WORD.fullmatch(word):
            break
        initials = word[0] + initials
    if len(initials) < 2:
        return []
    found = [initials[k:] for k in range(len(initials) - 1)]
    return found + ([bracketed.group(1)] if bracketed else [])
