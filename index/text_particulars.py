"""Reading a text for index.particulars.same_event: its paragraphs (a text of
one block, or a paragraph of more than MAX_SENTENCES sentences, by its
sentences: ``index.passages.reading_spans``), each with
its figures, names, subject (an opening's first run of names), runs of names,
table-row label and whether it refers back to an earlier report; the text's particulars as a
whole, and whether it says it corrects a story.

Figures are every number (a time of day as the wires write it: "9:40" is
"0940"), "one" to "twenty" spelt out, and the capitalised month and weekday
names; a paragraph's days of a month are also one figure each ("April 6",
"6 April", "April six": "6 april"; two written together, "6 and 7 April", each
one), which the paragraph checks compare and the
text's counts leave out; names are the other capitalised words, except a
common word opening a sentence with no capitalised word after it. Spellings
are normalised (case, thousands separators, trailing decimal zeros, month
abbreviations, company forms). Only the first MAX_CHARS characters are read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.fingerprints import shingle_set
from index.layout import Paragraph, Particulars, Text, opening
from index.lenient import (
    ABBREVIATION_LENGTH,
    FORMS,
    FUZZY_LENGTH,
    PREFIX_LENGTH,
    common_words,
    digits,
    parts,
)
from index.passages import reading_spans

# Characters of a text read for its particulars.
MAX_CHARS = 100_000

_TOKEN = re.compile(r"\d\d?:\d\d(?!\d)|\d+(?:[.,/-]\d+)*|[^\W\d_]+")
# A time of day ("9:40"), read as the wires write it too ("0940").
_TIME = re.compile(r"(\d\d?):(\d\d)")
# What precedes a word opening a sentence or paragraph (looked for a few characters back).
_OPENING = re.compile(r"""(?:^|[.!?:;\n]['"’”)\]]*)\s*['"“‘(\[]*$""")
_NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_MONTHS = "january february march april may june july august september october november december"
_SPELLINGS = {
    **{month[:3]: month for month in _MONTHS.split()},
    "sept": "september",
    **FORMS,
}
_MONTH_NAMES = frozenset(_MONTHS.split())
# Calendar words: a capitalised one is a date, counted with the figures.
_CALENDAR = frozenset(
    (_MONTHS + " monday tuesday wednesday thursday friday saturday sunday").split()
)
# A day of a month, either way round ("April 6", "Oct. 6", "6 April"): read as
# one figure too ("6 april"), so that two texts' dates differ even when each
# day's number is found elsewhere in the other ("through April 6", "through
# April 7"; both "after Oct 6").
_DATE = re.compile(
    r"\b([A-Z][a-z]{2,8})\.?\s+(\d\d?|[a-z]+(?:-[a-z]+)?)(?![.,/:-]?\d)"
    r"|\b(\d\d?)\s+([A-Z][a-z]{2,8})\b"
)
# Two days of one month written together, either way round ("28 and 29
# September", "September 28 and 29", "4-5 May"): each day is read with the
# month, as when written alone, so that one meeting's dates written in the
# two orders agree (read by _DATE alone, "28 and 29 September" states "29
# september" and "September 28 and 29" "28 september": a disagreement).
_JOINED = r"\s*(?:-|–|&|\band\b|\bor\b|\bto\b)\s*"
_DAYS_JOINED = re.compile(
    rf"\b([A-Z][a-z]{{2,8}})\.?\s+(\d\d?){_JOINED}(\d\d?)(?![.,/:-]?\d)"
    rf"|\b(\d\d?){_JOINED}(\d\d?)\s+([A-Z][a-z]{{2,8}})\b"
)
# What may join the names of a subject ("Bank of Japan"); what ends a sentence
# (before any closing quotes or brackets).
_LINK = re.compile(r"\s+(?:(?:of|and|&|de)\s+)?")
# What joins the names of a run ("Reuters Holdings Plc <RTRSY>", "Plc of London").
_RUN_GAP = re.compile(r">?\s+(?:(?:of|and|&|de)\s+)?<?")
_CLOSING = " \t\n'\"’”)]"
_SENTENCE_ENDS = (".", "!", "?")
# An opening referring back to the subject's earlier report ("which earlier
# said", "who previously announced", "said earlier today"; not an attribute,
# "the earlier reported filing", "its previously announced plan"); a text
# saying it corrects one ("corrects cts per share", "correction").
_REFERS_BACK = re.compile(
    r"\b(?:which|who)\s+(?:earlier|previously)\s+(?:today\s+)?"
    r"(?:said|announced|reported|disclosed)\b"
    r"|\b(?:said|announced|reported|disclosed)\s+earlier\b",
    re.IGNORECASE,
)
_CORRECTS = re.compile(r"\bcorrect(?:s|ed|ion|ing)\b", re.IGNORECASE)
# Capitalised words never taken for names.
_NEVER_NAMES = frozenset("a an the i".split())


@lru_cache(maxsize=1024)
def read(text: str) -> Text:
    """Text read into paragraphs with their particulars (its first MAX_CHARS
    characters; memoised)."""
    text = text[:MAX_CHARS]
    words: set[str] = set()
    pieces: set[str] = set()  # the parts of its mixed numbers ("3-1/2": 3, 1/2, 1, 2)
    stated_figures: set[str] = set()  # its figures, without the days of months
    sequence: list[str] = []  # its tokens in order, normalised
    paragraphs = []
    opened = False  # whether the opening (the first paragraph with a shingle) is read
    for start, end in reading_spans(text):
        shingles = shingle_set(text[start:end])
        lead, opened = bool(shingles) and not opened, opened or bool(shingles)
        sentence = text[start:end].rstrip(_CLOSING).endswith(_SENTENCE_ENDS)
        figures, names, placed = _stated(text, (start, end), (words, pieces, sequence), lead)
        stated_figures.update(figures)
        days = _days(text, start, end) if not figures.isdisjoint(_MONTH_NAMES) else set()
        figures |= days
        words |= days
        subject = _first_run(text, placed) if lead and placed and sentence else ()
        label, cells = ("", ()) if sentence else _row(text, start, end)
        paragraphs.append(
            Paragraph(
                frozenset(figures),
                frozenset(names),
                shingles,
                subject,
                label,
                lead and _REFERS_BACK.search(text, start, end) is not None,
                _runs(text, placed),
                cells,
            )
        )
    return Text(
        _particulars(words, pieces, stated_figures, paragraphs),
        tuple(paragraphs),
        frozenset().union(*(p.shingles for p in paragraphs)),
        _CORRECTS.search(text) is not None,
        _places(sequence),
    )


def _particulars(
    words: set[str], pieces: set[str], figures: set[str], paragraphs: list[Paragraph]
) -> Particulars:
    """A whole text's particulars from its words, the parts of its mixed
    numbers, its figures (without days of months) and its paragraphs' names."""
    if "half" in words:  # "one-half" is the figure 1/2 written out
        words.add("1/2")
    spelt = [w for w in words if len(w) >= FUZZY_LENGTH and not w[0].isdigit()]
    named = frozenset().union(*(p.names for p in paragraphs))
    return Particulars(
        frozenset(figures),
        named,
        frozenset(words | pieces),
        frozenset(spelt),
        frozenset(w[:PREFIX_LENGTH] for w in spelt if len(w) > PREFIX_LENGTH),
        frozenset(n for n in named if len(n) <= ABBREVIATION_LENGTH),
        frozenset(pieces - words),
        frozenset().union(*map(digits, figures)),
    )


def _stated(
    text: str, span: tuple[int, int], into: tuple[set[str], set[str], list[str]], lead: bool
) -> tuple[set[str], set[str], list[tuple[str, int, int]]]:
    """The figures and names of text[start:end] (span), and its names in
    order with where each is; adds its words to the
    words of into, the parts of its mixed numbers to its pieces, and its
    tokens, normalised, to its sequence."""
    words, pieces, sequence = into
    figures: set[str] = set()
    names: set[str] = set()
    placed: list[tuple[str, int, int]] = []  # the names in order, where each is
    for match in _TOKEN.finditer(text, *span):
        token = match.group()
        word, folded = _spellings(token)
        sequence.append(word)
        words.add(word)
        words.add(folded)
        if word[0].isdigit():
            figures.add(word)
            if "/" in word:  # "3-1/2" also has the figures 3, 1/2, 1 and 2
                pieces.update(p for part in parts(word) for p in (part, *part.split("/")))
        elif token[0].isupper() and _is_name(text, match):
            (figures if word in _CALENDAR else names).add(word)
            if word not in _CALENDAR:
                placed.append((word, match.start(), match.end()))
    return figures, names, placed


def _days(text: str, start: int, end: int) -> set[str]:
    """The days of a month text[start:end] states, each as one figure
    ("April 6", "6 April": "6 april")."""
    found = set()
    for match in _DATE.finditer(text, start, end):
        month, day = (match.group(1), match.group(2)) if match.group(1) else match.group(4, 3)
        word, number = _normal(month), _normal(day)
        if word in _CALENDAR and not word.endswith("day") and number.isdigit():
            if 1 <= int(number) <= 31:
                found.add(f"{int(number)} {word}")
    for match in _DAYS_JOINED.finditer(text, start, end):
        month, *days = match.group(1, 2, 3) if match.group(1) else match.group(6, 4, 5)
        word = _normal(month)
        if word in _MONTH_NAMES and all(1 <= int(day) <= 31 for day in days):
            found.update(f"{int(day)} {word}" for day in days)
    return found


def _places(sequence: list[str]) -> frozenset[tuple[str, int, str]]:
    """Where each figure of a text (its tokens in order, normalised) sits: the
    word before it that is not a figure, and how many figures come between
    (``index.layout.Text.places``)."""
    places = set()
    word, step = "", 0
    for token in sequence:
        if token[0].isdigit():
            places.add((word, step, token))
            step += 1
        else:
            word, step = token, 0
    return frozenset(places)


def _row(text: str, start: int, end: int) -> tuple[str, tuple[str, ...]]:
    """The label of a table row (a paragraph that does not end as a sentence
    does): its first token when that is a figure ("274-294 days 5.92 pct"),
    normalised, and its figures in order, its cells; else none."""
    first = _TOKEN.match(text, start, end)
    if not first or not first.group()[0].isdigit():
        return "", ()
    tokens = (_normal(m.group()) for m in _TOKEN.finditer(text, start, end))
    return _normal(first.group()), tuple(t for t in tokens if t[:1].isdigit())


def _first_run(text: str, placed: list[tuple[str, int, int]]) -> tuple[str, ...]:
    """The subject of a sentence: its first run of names, joined by spaces or a
    linking word ("Kestrel Co", "Bank of Japan"; "Kestrel Co <KES>, Osprey" is
    "Kestrel Co"). ``read`` asks only of a lead that ends as a sentence does (a
    table row, "Shr 41 cts vs 32 cts", has no subject)."""
    run = placed[:1]
    for name in placed[1:]:
        if not _LINK.fullmatch(text, run[-1][2], name[1]):
            break
        run.append(name)
    return tuple(word for word, _, _ in run)


def _runs(text: str, placed: list[tuple[str, int, int]]) -> tuple[frozenset[str], ...]:
    """A paragraph's runs of two names or more, one after the other or joined
    by a linking word or a company code's bracket ("District Court Judge Alda
    Brenner", "Lawrence Walsh", "Reuters Holdings Plc <RTRSY>")."""
    runs: list[list[str]] = []
    end = -1
    for word, start, stop in placed:
        if runs and _RUN_GAP.fullmatch(text, end, start):
            runs[-1].append(word)
        else:
            runs.append([word])
        end = stop
    return tuple(frozenset(run) for run in runs if len(run) > 1)


@lru_cache(maxsize=1 << 16)
def _spellings(token: str) -> tuple[str, str]:
    """A token normalised, and case folded (memoised: words recur across texts)."""
    return _normal(token), token.casefold()


def _normal(token: str) -> str:
    if token[0].isdigit():
        time = _TIME.fullmatch(token)
        if time:
            return f"{int(time.group(1)):02d}{time.group(2)}"
        number = token.replace(",", "")
        if "." in number and "/" not in number and "-" not in number:
            number = number.rstrip("0").rstrip(".")
        return number or "0"
    word = token.casefold()
    return _NUMBER_WORDS.get(word) or _SPELLINGS.get(word, word)


def _is_name(text: str, match: re.Match[str]) -> bool:
    token = match.group()
    if not token[0].isupper() or len(token) == 1 or token.casefold() in _NEVER_NAMES:
        return False
    start = match.start()
    opening = start == 0 or _OPENING.search(text, max(0, start - 6), start) is not None
    if not opening or token.casefold() not in common_words():
        return True
    # A common word opening a sentence is a name only before another capitalised word.
    following = _TOKEN.match(text, match.end() + 1)
    return text[match.end() : match.end() + 1] == " " and bool(
        following and following.group()[0].isupper()
    )


def forget() -> None:
    """Empty the memos of texts and tokens already read."""
    read.cache_clear()
    _spellings.cache_clear()


def particulars(text: str) -> Particulars:
    """The figures and names of text (its first MAX_CHARS characters, as ``read``
    reads it), and its words for lookups."""
    return read(text).particulars


def subject(text: str) -> tuple[str, ...]:
    """The subject of text's opening paragraph: its first run of names
    ("Kestrel Co"), normalised; none when the opening is not a sentence."""
    lead = opening(read(text))
    return () if lead is None else lead.subject
