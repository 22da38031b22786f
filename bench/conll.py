"""CoNLL-2003 English read as news text: documents detokenised, gold spans as characters.

``read_documents(path)`` gives one :class:`Document` per ``-DOCSTART-`` block: its text
(sentences joined by spaces, one sentence per line, as a wire story has one paragraph
per line) and its gold entities as ``(start, end, type)`` character spans, type one of
PER, LOC, ORG, MISC. Detokenising puts no space before closing punctuation and
possessives ("Germany 's" -> "Germany's") and none after opening brackets and quotes,
the way the text was written before it was tokenised.

The development split ``eng.testa`` is divided by document into a part to tune on and a
part kept back (``split_dev``): documents are assigned by a hash of their first line, so
the division does not depend on the order of the file, and about a third are kept back.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONLL = ROOT.parent / "shared" / "corpora" / "conll2003"
TRAIN, DEV = CONLL / "eng.train", CONLL / "eng.testa"
TYPES = ("PER", "LOC", "ORG", "MISC")

_NO_SPACE_BEFORE = {
    ",",
    ".",
    ":",
    ";",
    "?",
    "!",
    ")",
    "]",
    "}",
    "%",
    "'s",
    "'",
    "n't",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
}
_NO_SPACE_AFTER = {"(", "[", "{", "$"}


@dataclass(frozen=True)
class Document:
    text: str
    spans: tuple[tuple[int, int, str], ...]


def _sentences(path: Path) -> list[list[tuple[str, str]] | None]:
    """Sentences as (token, IOB1 tag) lists; None marks a document start."""
    out: list[list[tuple[str, str]] | None] = []
    current: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                out.append(current)
                current = []
            continue
        token, *_, tag = line.split()
        if token == "-DOCSTART-":
            out.append(None)
            continue
        current.append((token, tag))
    if current:
        out.append(current)
    return out


def _detokenise(
    sentence: list[tuple[str, str]], base: int
) -> tuple[str, list[tuple[int, int, str]]]:
    """The sentence as text, and its entities as spans offset by ``base``."""
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    length, previous = 0, ""
    open_span: list[int | str] | None = None
    for token, tag in sentence:
        if parts and token not in _NO_SPACE_BEFORE and previous not in _NO_SPACE_AFTER:
            parts.append(" ")
            length += 1
        start = length
        parts.append(token)
        length += len(token)
        kind = tag[2:] if tag != "O" else ""
        continues = open_span is not None and kind == open_span[2] and not tag.startswith("B-")
        if open_span is not None and not continues:
            spans.append((int(open_span[0]) + base, int(open_span[1]) + base, str(open_span[2])))
            open_span = None
        if kind:
            if open_span is None:
                open_span = [start, length, kind]
            else:
                open_span[1] = length
        previous = token
    if open_span is not None:
        spans.append((int(open_span[0]) + base, int(open_span[1]) + base, str(open_span[2])))
    return "".join(parts), spans


def read_documents(path: Path) -> list[Document]:
    docs: list[Document] = []
    lines: list[str] = []
    spans: list[tuple[int, int, str]] = []
    offset = 0

    def close() -> None:
        nonlocal lines, spans, offset
        if lines:
            docs.append(Document("\n".join(lines), tuple(spans)))
        lines, spans, offset = [], [], 0

    for sentence in _sentences(path):
        if sentence is None:
            close()
            continue
        text, found = _detokenise(sentence, offset)
        lines.append(text)
        spans.extend(found)
        offset += len(text) + 1
    close()
    return docs


def split_dev(docs: list[Document]) -> tuple[list[Document], list[Document]]:
    """(tune, held back): about a third of the documents are held back, by a hash of the
    document's first line."""
    tune, held = [], []
    for doc in docs:
        first = doc.text.split("\n", 1)[0]
        (held if zlib.crc32(first.encode()) % 3 == 0 else tune).append(doc)
    return tune, held


def score(
    gold: list[tuple[int, int, str]], found: list[tuple[int, int, str]], types: tuple[str, ...]
) -> dict[str, tuple[int, int, int]]:
    """Per type and "all" (over ``types``): (true positives, found, gold), exact spans."""
    counts: dict[str, list[int]] = {t: [0, 0, 0] for t in (*types, "all")}
    gold_set = {g for g in gold if g[2] in types}
    found_set = {f for f in found if f[2] in types}
    for kind in types:
        g = {x for x in gold_set if x[2] == kind}
        f = {x for x in found_set if x[2] == kind}
        counts[kind] = [len(g & f), len(f), len(g)]
    counts["all"] = [len(gold_set & found_set), len(found_set), len(gold_set)]
    return {k: (v[0], v[1], v[2]) for k, v in counts.items()}


def prf(tp: int, found: int, gold: int) -> tuple[float, float, float]:
    p = tp / found if found else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
