"""Month names as news text writes them: shared by the date extraction and by the
stamps (datelines, print lines) that reprint folding sets aside, on both sides of the
index."""

from __future__ import annotations

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

_FULL = "|".join(MONTH_NAMES + tuple(name.upper() for name in MONTH_NAMES))
_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_ABBR = f"{_ABBR}|{_ABBR.upper()}"
# A month name or its abbreviation (with or without a full stop), as a whole word.
MONTH_PATTERN = rf"(?:{_FULL}|(?:{_ABBR})\.?)(?![A-Za-z])"
