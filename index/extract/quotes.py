"""Quotations in article text, with their speakers: ``extract_quotes(text, mentions)``.

A pure, rule-based function in three stages:

1. **Marks** (:func:`index.extract.quote_marks.find_spans`): double quote marks, straight
   or curly, paired in one pass, and single-quoted phrases outside them.
2. **Filters** (:mod:`index.extract.quote_titles`): a phrase after "so-called", and a
   Title Case phrase that is not the start of a clause nor attributed after it (``the
   film "Gone with the Wind"``, ``known for "Night Shift," which``) is a title, not a
   quotation; a term modifying a noun (``a "shield" law``) is nobody's words.
3. **Speakers** (:mod:`index.extract.speakers` names the phrase): an attribution right after
   the closing mark (``," said X`` / ``," X told AFP`` / ``," according to X`` /
   ``," the company quoted X as saying``; the subject may hold abbreviations,
   ``," Sen. X said``, ``," E.F. Hutton analyst X said``, but does not start with a
   preposition going straight on to the verb), else the last attribution verb outside
   quotations before the opening mark in the same sentence (``X said: "``, ``X has
   vowed to "``), else a person signing it after a dash (``"..." — Ann Lee, retired``);
   "according to X" after a quotation that an attribution before it introduces is who
   reports it, not who says it (``Y said: "...", according to the Times`` is Y's).
   A quotation opening a sentence with neither takes the person opening a clause of
   the sentence just before it, when that sentence is about them and reports no
   speech (``Mauresmo spent five weeks at number one. "Since then, ..."``; the rules
   of :mod:`index.extract.quote_neighbours`), else the speaker of the
   quotation before it in the same or the previous paragraph (a line or two of page
   furniture between aside: ``Story Continued Below``), else the last person
   who is the subject of an attribution in those paragraphs (reported speech followed
   by a quotation); one inside a sentence with neither takes the person (or he or
   she) opening the sentence's last clause before it (``Trump accused them of "..."``,
   ``X took to Twitter: "..."``), or the person whose name and a colon open its line
   after title words only (``Secretary of the Air Force X: "..."``). A quotation opening a
   sentence after a sentence reporting speech (``She admitted that ... "..."``) is that
   sentence's reporter's, ahead of the speaker of the quotation before. A subject after
   the closing mark may be a long run of titles ending with the only person it names
   (``House Ways and Means Committee Chairman X (R-Texas) said``); a verb after it with
   a colon introduces the next quotation (``?" He concludes: "``). A surname or one-word
   name is the person named in full before it when only one person carries it
   (:mod:`index.extract.speaker_surnames`), also when the recogniser missed that full
   name (``NASA Administrator Jim X`` ... ``X remarked``).
   The phrase found is a quotation's ``speaker`` only when it is a person; a group
   or a description goes to ``attribution`` (:mod:`index.extract.attributions`).
   A double quote between letters (``China"s``) is an apostrophe.

**Partial** quotations: a quotation is partial when it does not start a clause (its
opening mark follows neither a sentence start, ``:``, ``,``, "that", nor an attribution
verb and its object), or when it has fewer than four words and no attribution touches
it (``"No," he said.`` is a full quotation; ``"terrorists"`` is partial).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from index.extract.attributions import NOBODY, credit, is_person_name, plain_name
from index.extract.entities import extract_entities
from index.extract.quote_marks import Span, find_spans, has_quote_marks
from index.extract.quote_neighbours import (
    AFTER_WINDOW,
    above_furniture,
    continued,
    named_line,
    narrated,
    signed,
)
from index.extract.quote_titles import is_term, is_title
from index.extract.speaker_framed import linked_id
from index.extract.speaker_record import UNNAMED, Speaker
from index.extract.speaker_words import ABBREVIATION_DOT, AUX, INVERTIBLE, MAX_WORDS, VERB_ALT
from index.extract.speakers import Cast
from index.records import Attribution, Mention

PARTIAL_WORDS = 4  # quotations shorter than this are partial unless attributed
_OPENING_CONTEXT = frozenset(":,([—–.!?")
# Attributions after a closing mark: '," according to X', '," said X', '," X said',
# '," the company quoted chairman X as saying'.
_ACCORDING_AFTER = re.compile(r",?\s*according to\s+")
# (not a preposition after the verb: '"..." agreed in December' names nobody)
_VERB_FIRST = re.compile(
    rf",?\s*(?P<verb>{INVERTIBLE.replace(' ', '|')})\s+"
    r"(?!(?:in|on|at|to|by|for|from|with|upon|after|before|during|that)\b)(?=[A-Za-z0-9])"
)
# Words no subject starts with.
# Words no subject starts with: prepositions, conjunctions, and a participle going
# on with the reporter's sentence ('," noting that Obama did say'; not 'ruling party
# deputy X said').
_NOT_A_SUBJECT = re.compile(
    r"\s*(?:to|from|in|on|at|for|of|with|by|or|than|that|which|because|if|when|while"
    r"|[a-z]+ing\s+(?:that|how|what|whether|to))\b"
)
_NEW_CLAUSE = re.compile(r"\s*(?:but|while|whereas|although|though|yet)\b")
_SUBJECT_FIRST = re.compile(
    rf",?[ \t]*(?P<subj>(?:[^,.;:!?\"“”\n]|{ABBREVIATION_DOT}){{1,80}}?)"
    rf"(?P<apposition>,\s(?:[^.;:!?\"“”\n]|{ABBREVIATION_DOT}){{1,150}}?,?)?"
    rf"\s+(?:{AUX}\s+)*(?P<verb>{VERB_ALT})\b"
)
# After a verb following the closing mark: a colon and a quote mark introducing the
# next quotation ('?" He concludes: "'), or 'with' after agreeing ('!" The nation agrees
# with her'; not '," he said with a smile').
_NOT_THIS_ONES = re.compile(r"[ \t]*:\s*[\"“]|(?:(?<=agree)|(?<=agrees)|(?<=agreed))[ \t]+with\b")
# A subordinate clause's first word ('When X told him ..., Y offered a line').
_CLAUSE_OPENER = re.compile(
    r"\s*(?:when|if|as|while|after|before|because|since|although|though|once|until|unless)\b",
    re.IGNORECASE,
)
# Where a sentence ends: a stop before a space or the text's end (not a title's or an
# initial's), or a paragraph break.
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bSt)[.!?](?=\s|$)|\n\n"
)
_QUOTE_MARK = re.compile(r"[\"“”]")
_QUOTED_AS_SAYING = re.compile(
    r",?[ \t]*[^\"“”\n]{0,40}?\b(?:quoted|cited)\s+(?P<np>[^\"“”\n]{1,80}?)"
    r"\s+as\s+(?:saying|telling|adding|writing|stating)\b"
)


@dataclass(frozen=True)
class Quote:
    start: int  # offsets into the text given: the quoted words, without the quote marks
    end: int
    text: str  # text[start:end], the words as printed
    speaker: str | None  # a person: full name (or as printed, when unlinked), else None
    speaker_id: str | None  # the PERSON entity_id of a named speaker, else None
    verb: str | None  # the attribution verb as printed: "said", "told", "according to"
    partial: bool  # a short or embedded fragment rather than a full quoted statement
    attribution: Attribution | None = None  # a group or description when no person is named


def extract_quotes(text: str, mentions: Sequence[Mention] | None = None) -> list[Quote]:
    """Quotations in ``text`` in order, with speaker, verb and partial flag.

    ``mentions`` are the entity mentions of the same text; when None,
    :func:`index.extract.entities.extract_entities` is called for them.
    """
    if not has_quote_marks(text):
        return []
    marked = find_spans(text)
    doubles = any(not s.single for s in marked)  # the article quotes with double marks
    spans = [s for s in marked if not is_title(text, s.opening, s.start, s.end, s.close)]
    if not spans:
        return []
    cast = Cast(
        text,
        extract_entities(text) if mentions is None else mentions,
        [(s.opening, s.close) for s in spans],
    )
    quotes: list[Quote] = []
    previous: tuple[Span, Quote] | None = None
    for span in spans:
        quote = _read(text, span, cast, previous)
        if doubles and span.single and quote.verb is None:
            continue  # 'the 'minor' categories', 'the latest 'Banksy arrested' story'
        quotes.append(quote)
        if (
            quote.speaker
            or quote.attribution
            or not _term(text, cast.sentence_start(span.opening), span)
        ):
            previous = (span, quote)  # a term ('a "Hil Yes!" pin') breaks no run of quotations
    return quotes


# -- stage 2: filters are index.extract.quote_titles --------------------------------


# -- stage 3: speakers ----------------------------------------------------------------


def _read(text: str, span: Span, cast: Cast, previous: tuple[Span, Quote] | None) -> Quote:
    limit = _after_limit(text, span.close)
    after = _attributed_after(cast, span.close, limit) if _may_attribute_after(text, span) else None
    if after is None and span.close > span.end and not span.single:
        after = signed(cast, span.close, limit)
    lo = cast.sentence_start(span.opening)
    relayed = after is not None and after.verb == "according to"
    before = _attributed_before(cast, lo, span.opening) if after is None or relayed else None
    if relayed and (before is None or credit(before) == NOBODY):
        before = None  # '"...," according to X' with no speaker before it: X's
    # 'Y said: "...", according to the Times': Y says it, the Times reports it
    speaker = before or after
    starts_clause = _starts_clause(text, cast, lo, span.opening, before)
    words = len(text[span.start : span.end].split())
    if speaker is None and not span.single:
        speaker = _unattributed(text, span, cast, previous, lo, words)
    partial = span.single or not starts_clause or (words < PARTIAL_WORDS and speaker is None)
    speaker = cast.full_name(speaker or Speaker(None, None), span.opening)
    if speaker.name is not None:
        cast.record(span.opening, speaker)
    credited = credit(speaker)
    person = credited.speaker or UNNAMED
    person = replace(person, entity_id=linked_id(person.entity_id))  # no framed person's id
    said = text[span.start : span.end]
    return Quote(
        span.start,
        span.end,
        said,
        _plain(person),
        person.entity_id,
        speaker.verb,
        partial,
        credited.attribution,
    )


def _unattributed(
    text: str, span: Span, cast: Cast, previous: tuple[Span, Quote] | None, lo: int, words: int
) -> Speaker | None:
    """The speaker of a quotation with no attribution beside it: one opening its
    sentence is read from the story around it, one inside a sentence from that
    sentence's subject or possessor, or its closing attribution."""
    if not text[lo : span.opening].strip():
        return (
            named_line(cast, span)
            or (narrated(cast, span, previous) if words >= PARTIAL_WORDS else None)
            or _reported(cast, span, previous)
            or continued(text, span, previous)
            or _said_at_sentence_end(cast, span)
            or cast.recent_speaker(span.opening, 2)
        )
    if _term(text, lo, span):
        return None
    return (
        cast.clause_subject(lo, span.opening)
        or cast.possessor(lo, span.opening)
        or _said_at_sentence_end(cast, span)
    )


def _plain(person: Speaker) -> str | None:
    """A person's name without titles; an unlinked name keeps them when it would be
    no clear person's name without ('Mr Howard', not 'Howard')."""
    if person.name is None:
        return None
    plain = plain_name(person.name)
    return plain if person.entity_id or is_person_name(plain) else person.name


def _attributed_after(cast: Cast, close: int, limit: int) -> Speaker | None:
    """An attribution right after a closing quote mark ('," said X', '," X said')."""
    found = _ACCORDING_AFTER.match(cast.text, close, limit) or _VERB_FIRST.match(
        cast.text, close, limit
    )
    if found:
        verb = found.groupdict().get("verb") or "according to"
        speaker = cast.phrase_after(found.end(), limit)
        if speaker is not None:
            return speaker.said(verb)
    found = _QUOTED_AS_SAYING.match(cast.text, close, limit)
    if found:
        speaker = cast.phrase_after(found.start("np"), found.end("np"))
        if speaker is not None:
            return speaker.said("quoted")
    found = _SUBJECT_FIRST.match(cast.text, close, limit)
    if found and _subject_like(found) and not _NOT_THIS_ONES.match(cast.text, found.end("verb")):
        short = len(found["subj"].split()) <= MAX_WORDS
        speaker = cast.subject(found.start("subj"), found.start("verb"))
        # a long subject only with a person set off ('the new chair of X, Tom Jones, says')
        # or ending it ('House Ways and Means Committee Chairman Tom Jones said')
        long_ok = (found["apposition"] or cast.ends_in_person(*found.span("subj"))) and (
            speaker is not None and speaker.entity_id
        )
        if speaker is not None and (short or long_ok):
            return speaker.said(found["verb"])
    return None


def _said_at_sentence_end(cast: Cast, span: Span) -> Speaker | None:
    """The attribution closing the sentence of a quotation set inside it, after its
    last comma: 'Farmers "will feel very good" once it is signed, X told reporters.',
    '..., said X.', '..., according to X.', '..., he said.' (no other quotation between)."""
    text = cast.text
    end = _SENTENCE_END.search(text, span.close, span.close + AFTER_WINDOW)
    if end is None or _QUOTE_MARK.search(text, span.close, end.start()):
        return None
    comma = text.rfind(",", span.close, end.start())
    return None if comma < 0 else _attributed_after(cast, comma, end.start())


def _subject_like(found: re.Match[str]) -> bool:
    """Not a sentence going on straight to a verb ('"moral right" to assistance from the
    U.S. Which it says'); a phrase before a comma may ('" in this case, Sloane said'),
    but not a new clause ('called it "intriguing," but Sen. X, D-Mo., said')."""
    if _NEW_CLAUSE.match(found["subj"]):
        return False
    return found["apposition"] is not None or not _NOT_A_SUBJECT.match(found["subj"])


def _term(text: str, lo: int, span: Span) -> bool:
    return is_term(text, lo, (span.opening, span.start, span.end, span.close))


def _attributed_before(cast: Cast, lo: int, opening: int) -> Speaker | None:
    """The last attribution verb in text[lo:opening] whose subject can be read."""
    for verb in reversed(cast.verbs(lo, opening)):
        if verb.group() == "saying":  # who opens the clause before: 'X predicted ..., saying'
            found = _attributed_before(cast, lo, verb.start())
            if found is None or credit(found) == NOBODY:
                found = cast.clause_subject(lo, verb.start())
            if found is not None and credit(found) != NOBODY:
                return found.said("saying")
        if verb.group().lower() == "according to":
            speaker = cast.phrase_after(verb.end(), opening)
        else:
            speaker = cast.subject(lo, verb.start())
            if speaker is None and cast.opens_clause(lo, verb.start()):
                speaker = cast.phrase_after(verb.end(), opening)  # ', said X, "'
        if speaker is not None:
            return speaker.said(verb.group())
    return None


def _reported(cast: Cast, span: Span, previous: tuple[Span, Quote] | None) -> Speaker | None:
    """The person (or he or she) reporting speech in the sentence just before a
    quotation with no attribution of its own says it, rather than the speaker of the
    quotation before ('She admitted that she was glad. "That was happening ..."'); not
    the subject of a subordinate clause ('When X told him ..., Y offered a line.') nor
    the one after 'according to an interview with'."""
    floor = previous[0].close if previous else 0
    sentence = cast.reporting_sentence(span.opening, floor)
    above = above_furniture(cast.text, span.opening) if sentence is None else None
    if above is not None:  # 'He noted that ...\n\nAnother story's headline\n\n"..."'
        sentence = cast.reporting_sentence(above, floor)
    if sentence is None:
        return None
    text, start, verb = cast.text, sentence[0], cast.verbs(*sentence)[-1]
    if _CLAUSE_OPENER.match(text, max(start, text.rfind(",", start, verb.start()) + 1)):
        return None
    found = _attributed_before(cast, *sentence)
    if found is None or (found.verb or "").lower() == "according to" or not credit(found).speaker:
        return None
    return Speaker(found.name, found.entity_id, kind=found.kind)  # its verb is not this one's


def _may_attribute_after(text: str, span: Span) -> bool:
    """'," he said' follows a quotation ending in , ? ! or with no stop at all."""
    last = text[span.end - 1 : span.end]
    return span.close > span.end and last != "." and not text.startswith(".", span.close)


def _after_limit(text: str, close: int) -> int:
    """The attribution after a quotation ends before the next mark or paragraph,
    at most AFTER_WINDOW characters on."""
    bound = min(len(text), close + AFTER_WINDOW)
    ends = [text.find(c, close, bound + len(c) - 1) for c in ("\n\n", '"', "“")]
    return min([e for e in ends if e >= 0] + [bound])


def _starts_clause(text: str, cast: Cast, lo: int, opening: int, before: Speaker | None) -> bool:
    prefix = text[lo:opening].rstrip()
    if not prefix or prefix[-1] in _OPENING_CONTEXT:
        return True
    verbs = cast.verbs(lo, opening)
    last_verb = verbs[-1] if verbs else None
    if prefix.endswith(" that") and last_verb is not None:  # 'said on Monday that "'
        return len(text[last_verb.end() : opening].split()) <= 6
    if last_verb is None or before is None or last_verb.group() in ("called", "described"):
        return False
    gap = text[last_verb.end() : opening].split()
    return len(gap) == 0 or (last_verb.group() in ("told", "tells", "asked") and len(gap) <= 3)
