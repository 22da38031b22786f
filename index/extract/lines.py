"""The line around a span, read only when it is short enough to be a headline or a
dateline's line.

Rules that ask whether a name stands in a headline read the line that holds it. A
paragraph can be one line of megabytes; reading it whole for each name makes an
article's cost grow with the square of its size. A line is read only within
``REACH`` (or ``TITLE_REACH``) characters before and after the span: one that runs
further is no headline, and costs no more than that window.
"""

from __future__ import annotations

#: The longest stretch of a line looked at on either side of a span: a headline in
#: capitals.
REACH = 300
#: The same for a headline whose words are capitalised: page furniture run together
#: ("Tributes Pour in for US Journalist Beheaded ... Isis Release Horrific Video")
#: makes such lines of several hundred characters.
TITLE_REACH = 1000


def short_line(text: str, start: int, end: int | None = None, reach: int = REACH) -> str | None:
    """The line of ``text`` holding ``text[start:end]`` (``end`` defaults to
    ``start``), or None where the line runs more than ``reach`` characters beyond the
    span on either side."""
    end = start if end is None else end
    lo = start - reach if start > reach else 0  # (reach_back, written out)
    hi = end + reach if end + reach < len(text) else len(text)  # (not min: see reach_back)
    line_start = text.rfind("\n", lo, start)
    if line_start < 0 and lo > 0:
        return None
    line_end = text.find("\n", end, hi)
    if line_end < 0 and hi < len(text):
        return None
    return text[line_start + 1 : line_end if line_end >= 0 else hi]
