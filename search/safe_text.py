"""Text made inert before it reaches a terminal: article text, and every name,
path, id or value echoed in a message or in output.

Characters that would steer the terminal rather than show are C0 and C1
controls (an ESC, or a single-byte CSI U+009B, starts an escape sequence that
can retitle the window or rewrite the screen) and the bidirectional overrides
and isolates (they reorder what follows, across lines). ``safe`` replaces each
with U+FFFD, one character for one, so that highlight offsets still fit;
``safe_line`` also breaks no line (a newline in a file name could forge a
message of its own) and shows the bytes of a name that is not UTF-8 as
``\\xNN``; ``safe_json`` writes them as JSON escapes, which a program reading
the JSON decodes to the same text.
"""

from __future__ import annotations

import re
from functools import cache

_STEERING = (
    *range(0x00, 0x09),
    *range(0x0B, 0x20),
    *range(0x7F, 0xA0),
    0x061C,
    0x200E,
    0x200F,
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
)
_UNSAFE = {code: "\ufffd" for code in _STEERING}
_LINE_BREAKING = {code: "\ufffd" for code in (0x09, 0x0A, 0x2028, 0x2029)}
_UNSAFE_IN_A_LINE = {**_UNSAFE, **_LINE_BREAKING}
_SURROGATE = re.compile("[\ud800-\udfff]")


def safe(text: str) -> str:
    """text with terminal-steering characters made visible and inert (tabs and
    line breaks kept), one character for one."""
    return text.translate(_UNSAFE)


def safe_line(text: str) -> str:
    """A one-line message with every steering character, line break and tab of
    the names in it made inert, and undecodable bytes of a file name (which
    Python keeps as lone surrogates) shown as \\xNN."""
    if _SURROGATE.search(text):
        try:
            text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:
            text = _SURROGATE.sub("\ufffd", text)
    return text.translate(_UNSAFE_IN_A_LINE)


def safe_json(dumped: str) -> str:
    """JSON text (from json.dumps with ensure_ascii=False, which escapes only
    the C0 controls) with C1 controls, bidirectional marks and line separators
    escaped too: the same JSON value, inert on a terminal."""
    return _json_unsafe().sub(lambda found: f"\\u{ord(found.group()):04x}", dumped)


@cache
def _json_unsafe() -> re.Pattern[str]:
    """What json.dumps(ensure_ascii=False) leaves raw: all but the C0 controls,
    and lone surrogates (which no output stream could encode). Compiled on first
    use: only JSON output needs it, and its compiling costs 0.3 ms."""
    return re.compile(
        "["
        + "".join(f"\\u{code:04x}" for code in _STEERING if code >= 0x7F)
        + "\u2028\u2029\ud800-\udfff]"
    )
