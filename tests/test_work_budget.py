"""The per-article work budget: every extraction step is linear in the article's size.

Work is counted, not timed: every function call (Python or built-in, through
``sys.setprofile``), every character a regular expression of the extraction
modules is asked to scan (the span between ``pos`` and ``endpos``), and every
character a ``str`` method of the article text reads (``find``, ``rfind``,
slices, ``lower``...: the text is handed over as a ``str`` subclass that counts
them). An article four times larger must cost about four times the work. A step
that looks back over the whole paragraph from every quotation, or compares every
organisation with every other, costs sixteen times as much and fails.

The shapes are the worst cases of ``bench/worst_case.py``, whose seconds per MB
at 0.1, 1 and 5 MB are in ``bench/WORST_CASE.md``.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from types import FrameType, ModuleType
from typing import Any

import pytest
from helpers import REPO

sys.path.insert(0, str(REPO))

import index.extract  # noqa: E402
from bench.worst_case import SHAPES  # noqa: E402
from index.extract.datelines import find_publication_date  # noqa: E402
from index.extract.entities import extract_entities  # noqa: E402
from index.extract.mentions import extract_dates  # noqa: E402
from index.extract.quotes import extract_quotes  # noqa: E402
from index.fingerprints import fingerprint_terms  # noqa: E402
from index.passages import PARAGRAPH_SEPARATOR, passage_spans, split_paragraphs  # noqa: E402

SMALL = 6_000  # characters: several times the longest look-back of any step
GROWTH = 4
# Linear work grows GROWTH times (a little more for the larger vocabulary of
# distinct names); quadratic work GROWTH ** 2 = 16 times.
MAX_RATIO = GROWTH * 1.25


class Meter:
    """Work done: calls made and characters scanned."""

    def __init__(self) -> None:
        self.work = 0

    def profile(self, frame: FrameType, event: str, arg: object) -> None:
        if event in ("call", "c_call"):
            self.work += 1


class CountingPattern:
    """A compiled pattern that charges the meter for the span it scans."""

    def __init__(self, pattern: re.Pattern[str], meter: Meter) -> None:
        self._pattern = pattern
        self._meter = meter

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._pattern, name)
        if name in ("match", "fullmatch"):
            return self._anchored(found)
        if name in ("search", "finditer", "findall", "sub", "subn", "split"):
            return self._scanning(found, name in ("sub", "subn"))
        return found

    def _scanning(self, method: Callable[..., Any], replacing: bool) -> Callable[..., Any]:
        """A search scans from pos up to endpos (the end of the string)."""

        def call(*args: Any, **kwargs: Any) -> Any:
            string = args[1] if replacing else args[0]
            if isinstance(string, str):
                pos = args[1] if len(args) > 1 and not replacing else 0
                endpos = args[2] if len(args) > 2 and not replacing else len(string)
                self._meter.work += max(0, min(endpos, len(string)) - pos)
            return method(*args, **kwargs)

        return call

    def _anchored(self, method: Callable[..., Any]) -> Callable[..., Any]:
        """A match is tried at pos only: it reads what it matches."""

        def call(*args: Any, **kwargs: Any) -> Any:
            found = method(*args, **kwargs)
            self._meter.work += 1 + (found.end() - found.start() if found else 0)
            return found

        return call


def _span_cost(length: int, args: tuple[Any, ...]) -> int:
    start = args[1] if len(args) > 1 and args[1] is not None else 0
    end = args[2] if len(args) > 2 and args[2] is not None else length
    start, end, _ = slice(start, end).indices(length)
    return max(0, end - start)


def counting_text(meter: Meter) -> type[str]:
    class CountingText(str):
        """Article text that charges the meter for what its methods read."""

        def __getitem__(self, key: Any) -> str:
            if isinstance(key, slice):
                meter.work += len(range(*key.indices(len(self))))
            return str.__getitem__(self, key)

        def find(self, *args: Any) -> int:
            meter.work += _span_cost(len(self), args)
            return str.find(self, *args)

        def rfind(self, *args: Any) -> int:
            meter.work += _span_cost(len(self), args)
            return str.rfind(self, *args)

        def count(self, *args: Any) -> int:
            meter.work += _span_cost(len(self), args)
            return str.count(self, *args)

        def __contains__(self, item: object) -> bool:
            meter.work += len(self)
            return str.__contains__(self, item)  # type: ignore[operator]

    for name in ("lower", "upper", "casefold", "split", "splitlines", "strip", "replace"):
        method = getattr(str, name)

        def whole(self: str, *args: Any, _method: Callable[..., Any] = method) -> Any:
            meter.work += len(self)
            return _method(str(self), *args)

        setattr(CountingText, name, whole)
    return CountingText


def _extraction_modules() -> Iterator[ModuleType]:
    for info in pkgutil.iter_modules(index.extract.__path__, "index.extract."):
        yield importlib.import_module(info.name)
    for name in ("index.passages", "index.fingerprints", "index.names", "index.periods"):
        yield importlib.import_module(name)


@contextmanager
def metered(monkeypatch: pytest.MonkeyPatch) -> Iterator[Meter]:
    meter = Meter()
    for module in _extraction_modules():
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                monkeypatch.setattr(module, name, CountingPattern(value, meter))
    sys.setprofile(meter.profile)
    try:
        yield meter
    finally:
        sys.setprofile(None)
        monkeypatch.undo()


PUBLISHED = date(2020, 1, 27)
# Every extraction step the indexer runs on an article's body. The quotation
# step is given the entity mentions, found before the meter starts.
STEPS: dict[str, Callable[[str, list[Any]], object]] = {
    "entities": lambda body, _mentions: extract_entities(body),
    "quotes": extract_quotes,
    "dates": lambda body, _mentions: extract_dates(body, PUBLISHED),
    "publication date": lambda body, _mentions: find_publication_date("Title", body, 2020),
    "fingerprints": lambda body, _mentions: fingerprint_terms(body),
    "passages": lambda body, _mentions: list(passage_spans(body)),
}


def work_for(shape: str, step: str, size: int, monkeypatch: pytest.MonkeyPatch) -> int:
    body = PARAGRAPH_SEPARATOR.join(split_paragraphs(SHAPES[shape](size)))
    mentions = extract_entities(body)  # also warms every cache and lazy import
    STEPS[step](body[: size // 10], mentions)
    with metered(monkeypatch) as meter:
        STEPS[step](counting_text(meter)(body), mentions)
    return meter.work


@pytest.mark.parametrize("step", sorted(STEPS))
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_extraction_work_grows_linearly_with_the_article(
    shape: str, step: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = work_for(shape, step, SMALL, monkeypatch)
    large = work_for(shape, step, SMALL * GROWTH, monkeypatch)
    assert small > 0  # the meter sees the work
    assert large / small <= MAX_RATIO, (shape, step, small, large, large / small)


def test_the_meter_sees_quadratic_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test above can fail: a look-back over the whole text from every quote
    mark (what quotation speakers once did) is caught by its count."""

    def quadratic(text: str) -> None:
        position = text.find('"')
        while position >= 0:
            text.rfind(PARAGRAPH_SEPARATOR, 0, position)
            position = text.find('"', position + 1)

    def work(size: int) -> int:
        with metered(monkeypatch) as meter:
            quadratic(counting_text(meter)('a "b c" d ' * (size // 10)))
        return meter.work

    assert work(SMALL * GROWTH) / work(SMALL) > MAX_RATIO
