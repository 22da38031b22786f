"""Capitalised name chunks: the candidate spans that entity rules classify.

A chunk is a run of capitalised words, joined by single spaces (or one line break),
Arabic/European name connectors ("al-", "bin", "van", "de"...) or "&", and split where a
title such as "Foreign Minister" or "Mr" stands, so that "Finance Minister Kiichi
Miyazawa" gives the segments "Finance Minister" (a title) and "Kiichi Miyazawa" (marked
as following a title).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from unicodedata import category

from index.extract.honorifics import OPENERS, dato_before, grade_words, run_length
from index.extract.words_before import reach_back
from index.names import fold_text, replace_non_ascii

_ABBREVIATIONS = (
    "Mr Mrs Ms Dr Gen Sen Rep Col Lt Prof Gov Sgt Capt Maj St Mt Ft Jr Sr ST MT FT".split()
)
_ABBREV = rf"(?:{'|'.join(_ABBREVIATIONS)})\."
_INITIALS = r"[A-Z]\.(?:[A-Z]\.)+"
#: English words that close a compound after a name ("Seoul-based", "Iran-backed",
#: "Trump-era"): the hyphen ends the name before them.
_COMPOUND_TAILS = (
    "based|led|run|born|made|owned|held|bound|style|like|wide|era|old|year|free|rich|hit|"
    "torn|type|class|level|grade|scale|sized|size|only|bred|proof|ready|wise|day|week|"
    "month|ish|ism|ist|ite|ites|ists|isms|ian|ians|up|out|off|over|down|back|for|to|"
    "in-law|elect|hating|loving|fan|fans|camp|team|side|area|zone|law|laws|act|ban|"
    "deal|talks|war|wars|ties|trip|visit|trade|pact|bloc|axis|line|link|route|star|and|or"
)
#: English prefixes that open a compound at a sentence's start ("Anti-virus", "Multi-band",
#: "Non-profit"): no given name's syllable, so no small-letter syllable joins them.
_PREFIXES = "Anti Multi Non Pro Post Pre Ex Self Semi Co Re Sub Super Ultra Inter Mid Cross".split()
_NO_PREFIX = "".join(f"(?<!\\b{p}-)" for p in _PREFIXES)  # read after the hyphen: cheap
# A capitalised word goes on over an apostrophe ("O'Neill") or a hyphen before a capital
# ("Jean-Pierre") or before a short small-letter syllable of a romanised given name
# ("Yoon Suk-yeol", "Kim Jong-un", "Tsai Ing-wen": up to five letters, no English
# compound tail), so that a name after a title is not cut at its hyphen.
_CAPWORD_REST = (
    r"[A-Za-z]*(?:['’](?!s\b)[A-Za-z]+|-(?:[A-Z][A-Za-z]*"
    rf"|{_NO_PREFIX}(?!(?:{_COMPOUND_TAILS})(?![A-Za-z]))[a-z]{{1,5}}(?![A-Za-z-])))*"
)
_CAPWORD = rf"(?:Mc|Mac|O['’])?[A-Z]{_CAPWORD_REST}"
_WORD = rf"(?:{_ABBREV}|{_INITIALS}|[A-Z]\.(?=[ \t]+[A-Z])|{_CAPWORD})"
_HYPHEN_ARTICLE = r"(?:al|el|ul|ud|ed|ad|ar|er|as|es|ash|esh|at|et|az|ez|an|en|ibn|bin|abu)-"
_SPACED_CONNECTOR = (
    r"(?:al|el|ul|ad|ar|ash|az|ed|es|ez|bin|ibn|bint|abu|van|von|der|den|de|da|du|dos|del|"
    r"della|di|le|la)"
)
_SEP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"


def _first_word_tail() -> str:
    """``_WORD`` less its first character, each alternative checking that character
    with a lookbehind (same alternatives, same order)."""
    tails: dict[str, list[str]] = {}
    for abbreviation in _ABBREVIATIONS:
        tails.setdefault(abbreviation[0], []).append(abbreviation[1:])
    abbrev = "|".join(f"(?<={first})(?:{'|'.join(rest)})" for first, rest in tails.items())
    return (
        rf"(?:(?:{abbrev})\.|(?<=[A-Z])\.(?:[A-Z]\.)+|(?<=[A-Z])\.(?=[ \t]+[A-Z])"
        rf"|(?<=M)(?:c|ac)[A-Z]{_CAPWORD_REST}|(?<=O)['’][A-Z]{_CAPWORD_REST}"
        rf"|(?<=[A-Z]){_CAPWORD_REST})"
    )


# The words after a chunk's first. What follows a separator is a connector or an article
# (their first letters are a, b, d, e, i, l, u, v) or a word (a capital): the lookahead
# says so, so that the lower-case word that ends most chunks ("Smith said") fails there
# at once instead of against every connector, article and word in turn.
_MORE_WORDS = (
    rf"(?:(?:{_SEP}(?=[A-Zabdeiluv])(?:{_SPACED_CONNECTOR}{_SEP}|{_HYPHEN_ARTICLE})*"
    rf"|[ ]&[ ]){_WORD})*"
)
# A chunk opens with a capital letter, or "al-"/"el-" before one, with no letter, digit,
# apostrophe or hyphen before it. The pattern starts with the character class of its
# first character, so the regex engine skips ahead to candidates without entering the
# pattern at every position (a third less time than a leading lookahead); the
# lookbehind of two characters then checks the one before it, and the first word is
# matched from its second character on.
CHUNK_RE = re.compile(
    rf"[A-Zae](?<![\w'’-].)(?:(?<=[ae])l-{_WORD}|{_first_word_tail()}){_MORE_WORDS}"
)
# CHUNK_RE for a text without "l-": no chunk can open with a small letter there, and the
# engine skips the small a's and e's too (a fifth of the letters of English text).
CAPITAL_CHUNK_RE = re.compile(rf"[A-Z](?<![\w'’-].){_first_word_tail()}{_MORE_WORDS}")
_TOKEN_RE = re.compile(r"[^\s&]+")
_SENTENCE_END_RE = re.compile(r"(?:[.!?:;]['\"’”)]?|\n[ \t]*\n|\n[ \t]{3,}|^)[\s\"'“‘(-]*$")
_BLANKS = " \t\r\f\v\"'“‘(-"  # characters _SENTENCE_END_RE skips at its end, less line breaks

TITLE_HEADS = frozenset(
    "president minister secretary chairman chairwoman chairperson governor mr mr. mrs mrs. "
    "ms ms. dr dr. prof prof. chancellor premier king queen prince princess sheikh emir "
    "sultan general gen. colonel col. lieutenant lt. captain capt. major maj. admiral "
    "sergeant sgt. senator sen. rep. representative congressman congresswoman ambassador "
    "spokesman spokeswoman spokesperson director commissioner judge justice pope mayor "
    "vice-president president-elect leader envoy commander chief officer analyst "
    "economist gov. ayatollah imam archbishop bishop cardinal rabbi lord lady sir dame dj "
    # honorifics of West African and South Asian press: 'Alhaji X', 'Maulana X', 'Hon. X'
    "alhaji alhaja hajia mallam maulana maulvi mufti hon. honourable honorable pastor "
    # the Afghan and Pakistani press's 'Mullah X', a cleric's title as 'Maulana X' is
    "mullah "
    "reverend rev.".split()
)
TITLE_MODIFIERS = frozenset(
    "prime foreign finance defence defense trade oil energy agriculture interior economy "
    "economic treasury deputy vice chief executive assistant under acting former state "
    "petroleum industry labour labor justice health education information transport "
    "commerce communications environment senior managing supreme first second opposition "
    "crown grand attorney solicitor mining planning".split()
)
_TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS
#: The words a title may open with, honorifics (:mod:`index.extract.honorifics`) included:
#: a chunk holding none of them is one piece.
_CUT_WORDS = _TITLE_WORDS | OPENERS
#: What follows "Secretary of", "Minister of the" in a title.
PORTFOLIOS = TITLE_MODIFIERS | frozenset(
    "state exchequer affairs home housing transportation agriculture defence defense "
    "treasury finance trade labor labour war".split()
)
_NAME_GOES_ON = re.compile(r"\s+(?:on|of|for)\s+[A-Z]")
_GENERAL_BEFORE = re.compile(r"\b[Gg](?:eneral|ENERAL)[ \t]*\n?[ \t]*$")
_TITLE_OF_RE = re.compile(r"([A-Za-z]+\.?)[ \t]+of[ \t]+(?:the[ \t]+)?$")
_FUNCTION_WORDS = frozenset(
    "the a an but and or in on at for of by with from to as while when after before since "
    "if meanwhile however although though this that these those its his her their our "
    "some many most all both each every other another such no not there here then i".split()
)

#: Words trimmed from the start of a segment: "on Friday Iran said" names Iran. Months
#: that are also given names (April, May, June, August) stay.
_LEADING_TRIM = _FUNCTION_WORDS | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march "
    "july september october november december".split()
)


#: Initials, then a word that opens a sentence: the initials end the sentence before it.
_SENTENCE_AFTER_INITIALS = re.compile(
    r"(?<![\w.])(?:[A-Z]\.){2,}( +)(?:The|It|Its|This|That|These|Those|He|She|They|We|His|"
    r"Her|Their|There|But|In|If|When|While|After|Before|Under|Now)\b"
)


@dataclass(slots=True)
class Segment:
    """A span of capitalised words to classify; ``start``/``end`` index the article text."""

    start: int
    end: int
    text: str
    tokens: tuple[str, ...]
    initial: bool  # the first word opens a sentence (see find_segments: where it matters)
    after_title: str = ""  # the title run just before it in the same chunk, if any
    before_title: bool = False  # a title run follows it in the same chunk


def find_segments(text: str, shape: str, common_words: frozenset[str]) -> list[Segment]:
    """Capitalised segments of ``text``; ``shape`` is ``text`` folded to ASCII letter by letter.

    Leading function words ("The", sentence-initial "But") are trimmed; title runs are cut
    out and recorded on their neighbours instead of being returned. Whether a segment
    opens a sentence is worked out only where the rules ask it: for two or more words
    of which the first, lower-cased, is in ``common_words`` ("Will Power", "Later
    Iran"); elsewhere ``initial`` is False.
    """
    segments: list[Segment] = []
    add, opens = segments.append, _opens_sentence
    same = shape is text  # ASCII text is its own shape: one string to hash per chunk
    for match in (CHUNK_RE if "l-" in shape else CAPITAL_CHUNK_RE).finditer(shape):
        base, end = match.span()
        chunk = match.group()
        pieces, portfolio = _layout(chunk, chunk if same else text[base:end])
        if portfolio and "of" in text[reach_back(base, 8) : base]:
            pieces = _portfolio_cut(text, base, pieces)
        if pieces and dato_before(text, base):
            pieces = _after_apostrophe_title(pieces)
        for start, stop, surface, words, title, before_title in pieces:
            start += base
            if title == "general" and words[0].lower() in common_words:
                start, surface, words, title = _general_name(text, start, base + stop, words)
            initial = (
                not title
                and len(words) > 1
                and words[0].lower() in common_words
                and opens(text, start)
            )
            add(Segment(start, base + stop, surface, words, initial, title, before_title))
    return segments


def _general_name(
    text: str, start: int, end: int, words: tuple[str, ...]
) -> tuple[int, str, tuple[str, ...], str]:
    """ "General" before a name of several words opening with a common noun opens that
    name ("General Agreement on Tariffs and Trade", "General Electric Co"), not a
    general's title ("General Zia", "General Rose"): the segment at ``start`` then
    starts with it. Start, text, words and title."""
    found = _GENERAL_BEFORE.search(text, reach_back(start, 12), start)
    if found is None or (len(words) < 2 and not _NAME_GOES_ON.match(text, end)):
        return start, text[start:end], words, "general"
    head = found.start()
    return head, text[head:end], (text[head : head + len("General")], *words), ""


def _portfolio_cut(text: str, base: int, pieces: tuple[_Piece, ...]) -> tuple[_Piece, ...]:
    """After "Secretary of" or "Chancellor of the", a chunk's leading portfolio words
    ("State", "the Exchequer") end the title: "Secretary of State George Shultz" is
    George Shultz after a title, not a segment in which to look for a place."""
    before = _TITLE_OF_RE.search(text, reach_back(base, 40), base)
    start, end, surface, words, _, before_title = pieces[0]
    if before is None or before.group(1).lower() not in TITLE_HEADS or start:
        return pieces
    cut = 0
    while cut < len(words) and words[cut].lower() in PORTFOLIOS:
        cut += 1
    if not cut:
        return pieces
    title = f"{before.group().strip().lower()} {' '.join(words[:cut]).lower()}"
    if cut == len(words):
        return pieces[1:]
    offset = surface.index(words[cut], len(" ".join(words[:cut])) - 1)
    rest = (start + offset, end, surface[offset:], words[cut:], title, before_title)
    return (rest, *pieces[1:])


def _after_apostrophe_title(pieces: tuple[_Piece, ...]) -> tuple[_Piece, ...]:
    """The pieces of a chunk after "Dato' ": the first, when it opens the chunk, is a
    name after that title, less the grades of the title that open it ("Sri")."""
    start, end, surface, words, title, before_title = pieces[0]
    if start or title:
        return pieces
    n = grade_words(words)
    offset = surface.index(words[n], len(" ".join(words[:n]))) if n else 0
    first = (start + offset, end, surface[offset:], words[n:], "dato'", before_title)
    return (first, *pieces[1:])


def _opens_sentence(text: str, start: int) -> bool:
    """``_SENTENCE_END_RE`` ends at ``start``. It cannot when the last character before
    the quotes, brackets and blanks ahead of ``start`` is an ASCII letter, digit or comma
    (a line break is no blank here): a string test spares most searches."""
    lo = start - 12 if start > 12 else 0  # (reach_back, written out)
    head = text[lo:start].rstrip(_BLANKS)
    if head and head[-1].isascii() and (head[-1].isalnum() or head[-1] == ","):
        return False
    return bool(_SENTENCE_END_RE.search(text, lo, start))


#: A segment of one chunk, offsets relative to the chunk: what a chunk's words alone
#: decide, so the same chunk met again costs a cache lookup. Fields as on
#: :class:`Segment`: start, end, text, words, after_title, before_title. A plain tuple
#: (of plain values), which the garbage collector stops tracking, unlike a NamedTuple.
_Piece = tuple[int, int, str, tuple[str, ...], str, bool]


@lru_cache(maxsize=1 << 15)  # 1 << 16: ~11 MB more per worker, <0.4% faster (bench/caches.py)
def _layout(shape: str, chunk: str) -> tuple[tuple[_Piece, ...], bool]:
    """The segments of one chunk (``chunk`` is the text, ``shape`` its ASCII shape), and
    whether the first opens the chunk with a portfolio word ("State", "Exchequer"),
    which :func:`_portfolio_cut` may give to a title just before the chunk."""
    pieces = _pieces(shape, chunk)
    portfolio = bool(pieces) and not pieces[0][0] and pieces[0][3][0].lower() in PORTFOLIOS
    return pieces, portfolio


def _pieces(shape: str, chunk: str) -> tuple[_Piece, ...]:
    """The segments of one chunk: its words less leading function words, split where
    a title ("Finance Minister") stands; the title goes on its neighbours; and split
    after initials that end a sentence ("the F.D.A." + "The agency said")."""
    cut = _SENTENCE_AFTER_INITIALS.search(chunk) if ". " in chunk else None
    if cut is not None:
        rest = cut.end(1)
        tail = _pieces(shape[rest:], chunk[rest:])
        moved = tuple((s + rest, e + rest, t, w, ti, b) for s, e, t, w, ti, b in tail)
        return _pieces(shape[: cut.start(1)], chunk[: cut.start(1)]) + moved
    if shape == chunk and "&" not in chunk:  # most chunks: ASCII words, one whole piece
        words = chunk.split()
        if (
            words[0].lower() not in _LEADING_TRIM
            and words[-1][0].isalpha()
            and _CUT_WORDS.isdisjoint([w.lower() for w in words])
        ):
            return ((0, len(chunk), chunk, tuple(words), "", False),)
    tokens = [m.span() for m in _TOKEN_RE.finditer(shape)]
    lowered = [chunk[s:e].lower() for s, e in tokens]
    if _CUT_WORDS.isdisjoint(lowered):  # no title to cut out: one piece at most
        piece = _make_piece(chunk, tokens, "", False)
        return () if piece is None else (piece,)
    return _titled_pieces(chunk, tokens, lowered)


def _titled_pieces(
    chunk: str, tokens: list[tuple[int, int]], lowered: list[str]
) -> tuple[_Piece, ...]:
    """The pieces of a chunk holding a title's words (``lowered``: its tokens in lower
    case): the title cut out, its text on the piece after it, the piece before it marked."""
    pieces: list[_Piece] = []
    i, title = 0, ""
    while i < len(tokens):
        n = run_length(lowered, i, not i or bool(title), TITLE_HEADS)
        if n:  # an honorific ("Tan Sri", "Datuk Seri"), after a title or not
            if pieces and pieces[-1][1] == tokens[i - 1][1] and i > 0:
                pieces[-1] = (*pieces[-1][:5], True)
            title = " ".join(lowered[i : i + n])
            i += n
            continue
        j = _title_end(lowered, i)
        if j:
            if pieces and pieces[-1][1] == tokens[i - 1][1] and i > 0:
                pieces[-1] = (*pieces[-1][:5], True)
            title = " ".join(lowered[i:j])
            i = j
            continue
        k = i
        while k < len(tokens) and not _title_starts(lowered, k):
            k += 1
        piece = _make_piece(chunk, tokens[i:k], title, k < len(tokens))
        if piece is not None:
            pieces.append(piece)
        i, title = k, ""
    return tuple(pieces)


def _title_starts(lowered: list[str], k: int) -> bool:
    return bool(run_length(lowered, k, False, TITLE_HEADS) or _title_end(lowered, k))


def _title_end(lowered: list[str], i: int) -> int:
    """Where a title of the English press opening at ``lowered[i]`` ends (modifiers and
    a head, "Deputy Prime Minister"), 0 for none. "Chief Executive" is a title before
    a name though "executive" is no head alone ("the Executive Yuan", "Executive
    Council"): "Qatar Airways Chief Executive X" is X after a title."""
    j = i
    while j < len(lowered) and lowered[j] in TITLE_MODIFIERS:
        j += 1
    if j < len(lowered) and lowered[j] in TITLE_HEADS:
        return j + 1
    if j - i >= 2 and j < len(lowered) and lowered[j - 2 : j] == ["chief", "executive"]:
        return j
    return 0


def _make_piece(
    chunk: str, tokens: list[tuple[int, int]], title: str, before_title: bool
) -> _Piece | None:
    while tokens and chunk[tokens[0][0] : tokens[0][1]].lower() in _LEADING_TRIM:
        tokens = tokens[1:]
    while tokens and not chunk[tokens[-1][0]].isalpha():
        tokens = tokens[:-1]
    if not tokens:
        return None
    start, end = tokens[0][0], tokens[-1][1]
    words = tuple(chunk[s:e] for s, e in tokens)
    return (start, end, chunk[start:end], words, title, before_title)


#: Hyphens beyond ASCII (the hyphen, the non-breaking one, the small and the full-width
#: hyphen-minus); the other dashes part words.
_HYPHENS = frozenset("\u2010\u2011\ufe63\uff0d")


class _ShapeTable(dict[int, str]):
    """A ``str.translate`` table giving a character beyond ASCII its fold
    (:func:`fold_text`) in its own case: "É" -> "E", "é" -> "e", "’" -> "'"; a hyphen
    is a hyphen and a dash of any other width a comma, where the fold's space would
    join the words on either side of it into one chunk (a dateline run into the name
    after it: "TEHRAN – Navy Commander X", "CITY — Foreign Ministry spokesman") and a
    hyphen would join a small word to a name ("Trump—a former host")."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if category(char) == "Pd":
            shape = self[code] = "-" if char in _HYPHENS else ","
            return shape
        folded = fold_text(char)
        shape = self[code] = folded.upper() if char.isupper() else folded
        return shape


_SHAPE = _ShapeTable()


def ascii_shape(text: str) -> str:
    """``text`` with each character replaced by one ASCII character of the same case."""
    return text if text.isascii() else replace_non_ascii(text, _SHAPE)
