"""The English Worldwide Newswire's hand-annotated names read as a second entity benchmark.

The set (Shan, Bauer, Carlson and Manning, Findings of EMNLP 2023; copied into
``../bench-data/worldwide_ner`` by ``scripts/build_worldwide_ner.py``, outside git) gives
each article twice: the raw text (a paragraph a line, the article's address first) and
its tokens with a BIO or BIOES tag each, nine classes. The tokens are aligned to the raw
text (:func:`align`) rather than joined again, so that the extractor reads the article
as it was written, paragraphs and quotation marks included: the tokens hold no
paragraph breaks, and their spacing would have to be guessed.

Classes are mapped to CoNLL's four as Stanza's ``simplify_en_worldwide`` maps them for
the paper: Person -> PER, Location and Facility -> LOC, Organization -> ORG, Misc, NORP
and Product -> MISC, Date -> none. Money (kept by Stanza as MISC for currency symbols
only) is left out. Entities are token spans ``(first, last + 1, type)``.

The articles are split into ``dev`` and ``test`` halves by outlet, by a seeded hash of
the outlet's name (:func:`half`), fixed before anything was scored.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "bench-data" / "worldwide_ner"
TYPES = ("PER", "LOC", "ORG")
CLASS_TO_TYPE = {
    "Person": "PER",
    "Location": "LOC",
    "Facility": "LOC",
    "Organization": "ORG",
    "Misc": "MISC",
    "NORP": "MISC",
    "Product": "MISC",
}
SPLIT_SEED = "ner1-worldwide-2026"
_NAME = re.compile(r"^(?P<outlet>.+?)_*(?:_\d+)?\.txt(?:\.tsv)?$")

Span = tuple[int, int, str]


@dataclass(frozen=True)
class Article:
    name: str  # the file's name without its ending
    outlet: str
    region: str
    text: str
    tokens: tuple[tuple[int, int] | None, ...]  # character span of each token, if aligned
    spans: tuple[Span, ...]  # gold entities as token spans, types of CLASS_TO_TYPE


def outlet_of(name: str) -> str:
    """``cn_article_scmp_12.txt.tsv`` -> ``cn_article_scmp``."""
    match = _NAME.match(name)
    return match.group("outlet") if match else name.split(".", 1)[0]


def half(outlet: str) -> str:
    """``dev`` or ``test``: a seeded hash of the outlet's name, so that an outlet's
    articles all fall in one half whatever the files' order."""
    return ("dev", "test")[zlib.crc32(f"{SPLIT_SEED}:{outlet}".encode()) % 2]


def read_regions(text: str) -> list[tuple[str, str]]:
    """(file prefix, region) pairs of ``regions.txt``, longest prefix first."""
    pairs, region = [], ""
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.endswith(":"):
            region = line[:-1]
        elif region:
            pairs.append((line, region))
    return sorted(pairs, key=lambda p: -len(p[0]))


def region_of(name: str, regions: list[tuple[str, str]]) -> str:
    return next((r for prefix, r in regions if name.startswith(prefix)), "other")


def read_tsv(content: str) -> list[tuple[str, str]]:
    """(token, tag) of an annotated file, blank lines left out. Some lines carry a second
    tag after the first (a nested name): the first is read, as Stanza reads them; a few
    are split by spaces instead of a tab."""
    rows = []
    for line in content.splitlines():
        parts = line.split("\t") if "\t" in line else line.rsplit(None, 1)
        if len(parts) >= 2 and parts[0].strip():
            rows.append((parts[0].strip(), parts[1].strip()))
    return rows


def body_start(raw: str) -> int:
    """Where the article's text begins: after its first line and the blank lines after
    it when that line is its address, else at 0."""
    first, newline, rest = raw.partition("\n")
    if not newline or not first.strip().startswith("http"):
        return 0
    return len(raw) - len(rest.lstrip("\n"))


def align_in_order(tokens: list[str], text: str, window: int = 24) -> list[tuple[int, int] | None]:
    """Each token's character span in ``text``: found at the next character but white
    space, else within ``window`` characters ahead, else None (looked for again at the
    same place for the next token)."""
    out: list[tuple[int, int] | None] = []
    at = 0
    for token in tokens:
        while at < len(text) and text[at].isspace():
            at += 1
        where = at if text.startswith(token, at) else text.find(token, at, at + window)
        if where < 0:
            out.append(None)
            continue
        out.append((where, where + len(token)))
        at = where + len(token)
    return out


def align(tokens: list[str], text: str) -> list[tuple[int, int] | None]:
    """Each token's character span in ``text``, or None where the text does not spell it
    (the tokens of some files spell curly quotes and accented letters mis-decoded). When
    more than one token in a hundred is not found in order (:func:`align_in_order`,
    enough for most files), the tokens' characters and the text's characters but white
    space are matched as two sequences (longest common blocks), so that a token the text
    lacks costs that token alone; a token is aligned when its first and last characters
    are matched and the text between them is the token."""
    simple = align_in_order(tokens, text)
    if sum(c is None for c in simple) * 100 <= len(tokens):
        return simple
    kept = [i for i, ch in enumerate(text) if not ch.isspace()]
    joined = "".join(tokens)
    where: list[int] = [-1] * len(joined)
    matcher = SequenceMatcher(None, joined, "".join(text[i] for i in kept), autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            where[a + k] = kept[b + k]
    out: list[tuple[int, int] | None] = []
    at = 0
    for token in tokens:
        first, last = where[at], where[at + len(token) - 1]
        at += len(token)
        ok = first >= 0 and last >= 0 and text[first : last + 1] == token
        out.append((first, last + 1) if ok else None)
    return out


def gold_spans(tags: list[str]) -> list[Span]:
    """Entities of BIO or BIOES tags as token spans of their mapped type: one opens at
    B- or S-, or at I-/E- of another class than the open one, and closes after E- or S-
    or when the next tag does not go on with it."""
    spans: list[Span] = []
    open_at, open_class = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        mark, _, cls = tag.partition("-")
        goes_on = open_at >= 0 and mark in ("I", "E") and cls == open_class
        if open_at >= 0 and not goes_on:
            spans.append((open_at, i, open_class))
            open_at, open_class = -1, ""
        if cls and not goes_on:
            open_at, open_class = i, cls
        if mark in ("E", "S") and open_at >= 0:
            spans.append((open_at, i + 1, open_class))
            open_at, open_class = -1, ""
    return [(s, e, CLASS_TO_TYPE[c]) for s, e, c in spans if c in CLASS_TO_TYPE]


def make_article(name: str, tsv: str, raw: str, regions: list[tuple[str, str]]) -> Article:
    """The article of one annotated file and its raw text. The tokens are aligned to the
    whole raw text, its address line included (the tokens spell the address too); the
    text read is the article after that line, the address's tokens unaligned."""
    rows = read_tsv(tsv)
    begin = body_start(raw)
    tokens = [
        (c[0] - begin, c[1] - begin) if c is not None and c[0] >= begin else None
        for c in align([t for t, _ in rows], raw)
    ]
    return Article(
        name=name,
        outlet=outlet_of(name + ".txt"),
        region=region_of(name, regions),
        text=raw[begin:],
        tokens=tuple(tokens),
        spans=tuple(gold_spans([tag for _, tag in rows])),
    )


def read_articles(data: Path = DATA) -> list[Article]:
    regions = read_regions((data / "regions.txt").read_text(encoding="utf-8"))
    articles = []
    for path in sorted((data / "annotated").glob("*.txt.tsv")):
        name = path.name.removesuffix(".txt.tsv")
        raw = (data / "original" / f"{name}.txt").read_text(encoding="utf-8", errors="replace")
        articles.append(make_article(name, path.read_text(encoding="utf-8"), raw, regions))
    return articles


def token_spans(
    found: list[tuple[int, int, str]], tokens: tuple[tuple[int, int] | None, ...]
) -> list[tuple[int, int, str, bool]]:
    """Character mentions as token spans ``(first, last + 1, type, exact)``: exact when
    the mention starts at a token's start and ends at a token's end; otherwise the
    tokens it overlaps, marked inexact (it can never match a gold span exactly)."""
    starts = {c[0]: i for i, c in enumerate(tokens) if c}
    ends = {c[1]: i for i, c in enumerate(tokens) if c}
    out = []
    for s, e, kind in found:
        if s in starts and e in ends and ends[e] >= starts[s]:
            out.append((starts[s], ends[e] + 1, kind, True))
            continue
        inside = [i for i, c in enumerate(tokens) if c and c[0] < e and c[1] > s]
        if inside:
            out.append((inside[0], inside[-1] + 1, kind, False))
        else:
            out.append((-1, -1, kind, False))
    return out
