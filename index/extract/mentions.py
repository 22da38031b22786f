"""Date mentions in article text, resolved to calendar dates.

``extract_dates(text, published)`` finds candidates with one pass of a compiled
alternation regex and resolves each with plain date arithmetic: no dateutil
call per candidate. Relative forms ("on Tuesday", "yesterday", "last
September", "two days ago") and day-month dates without a year are resolved
against the publication date and left out when it is unknown.

Resolution rules (news convention, past-tense reporting):

- a weekday: see ``index.extract.weekdays``;
- a month without a year ("late April", "in March", "since May") is the most
  recent such month not after the publication month; "last September" is
  strictly before it; "next/by/until March" is the first one not before it
  ("next": strictly after);
- a day and month without a year ("Jan. 12") takes the publication year,
  unless that puts it more than 183 days after publication (then the year
  before) or more than 275 days before it (then the year after);
- a future tense just before ("is due in March", "the season begins in
  April") turns a bare month to the first one not before it;
- "February last year" takes the year from the words after the month.

Words that only look like dates need context: a month name needs a day, a
year or a leading word ("in", "since", "early"...), so "May rise" and
"protesters march" are not dates; a four-digit number 1900-2099 is a year
unless it reads as an amount, a count or a clock time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from index.extract.weekdays import WEEKDAY_NAMES, is_future, resolve_weekday
from index.months import MONTH_NAMES, MONTH_PATTERN

DAY, MONTH, YEAR = "day", "month", "year"


@dataclass(frozen=True)
class DateMention:
    """A date in a text: character offsets, the first day of the period meant."""

    start: int
    end: int
    text: str  # text[start:end]
    value: date
    granularity: str  # DAY, MONTH or YEAR
    relative: bool  # resolved against the publication date


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for number, name in enumerate(MONTH_NAMES, start=1):
        for form in (name, name[:3], "Sept" if number == 9 else name[:3]):
            table[form] = table[form.upper()] = number
    return table


MONTHS = _month_table()
_SEP = r"(?:(?<=\.)\s*|\s+)"  # between "Aug." and "20", or "August" and "20"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w|[:.,]\d)"
_YEAR = r"(?:19|20)\d\d(?!\w|[.,/-]\d|'s)"
_WEEKDAY = "|".join(WEEKDAY_NAMES)
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_COUNT = "|".join(f"{word}|{word.capitalize()}" for word in _NUMBER_WORDS)

# One pass finds the key token of every form: a number, a capitalised month or
# weekday name, or "month"/"year"/"ago"/"today"... The words leading up to it
# ("in", "since", "early", "last", "two days") are read backwards afterwards,
# so that the scan itself stays cheap: the look-aheads after \b skip most
# word starts at once.
_CANDIDATES = re.compile(
    rf"""\b(?=[\dA-Zmyat])(?:
    (?=\d)(?:
        (?P<iso>(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d))
      | {_DAY}\s+(?:of\s+)?{MONTH_PATTERN}(?:,?\s+(?P<dmy>{_YEAR})|(?P<dm>))
      | (?<![\d$£€#/.,])(?<!\d-)(?P<year>{_YEAR})
    )
  | (?=[A-Z])(?:
        {MONTH_PATTERN}(?:
            {_SEP}{_DAY},?\s+(?P<mdy>{_YEAR})
          | ,?\s+(?P<my>{_YEAR})
          | {_SEP}(?P<md>{_DAY})(?!\s*(?:%|pct\b|percent|per\s+cent))
          | (?P<month>)(?!'s|,?\s*\d)
        )
      | (?P<weekday>{_WEEKDAY})(?![A-Za-z]|,?\s+(?:\d|{MONTH_PATTERN}))
      | (?P<relday>Yesterday|Today|Tomorrow)\b
    )
  | (?P<unit>month|year)\b
  | (?P<ago>ago)\b
  | (?P<today>yesterday|today|tomorrow)\b
)""",
    re.VERBOSE,
)

# Words before a key token, read backwards from it (patterns end at \Z).
_KEEP_LEAD = (
    r"(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id|(?:end|beginning|start|middle)\s+of)"
)
_MONTH_LEAD = re.compile(
    rf"\b(?:(?P<keep>{_KEEP_LEAD})|(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|till|[Bb]efore|[Aa]fter"
    r"|[Dd]uring|[Ff]rom|[Tt]hrough|throughout))(?:-|\s+)\Z"
)
_YEAR_LEAD = re.compile(
    r"\b(?:(?P<keep>[Ee]arly|[Ll]ate|[Mm]id|[Ff]iscal)|(?P<weak>[Ii]n|[Ss]ince|[Ff]or|[Ff]rom|to"
    r"|[Uu]ntil|till|[Bb]y|[Bb]efore|[Aa]fter|[Dd]uring|of|[Tt]hrough|throughout|between|and"
    r"|end|year|spring|summer|autumn|fall|winter))(?:-|\s+)\Z"
)
_EARLY_LATE = re.compile(r"\b(?:[Ee]arly|[Ll]ate|[Mm]id)(?:-|\s+)\Z")
_UNIT_LEAD = re.compile(r"\b(?:(?:[Ee]arlier|[Ll]ater)\s+this|[Ll]ast|[Tt]his|[Nn]ext)\s+\Z")
_AGO_LEAD = re.compile(rf"\b(?P<count>{_COUNT}|\d{{1,3}})\s+(?P<unit>day|week|month|year)s?\s+\Z")
_YEAR_AFTER = re.compile(r"\s+(?P<step>last|this|next)\s+year\b")
_LEAD_WINDOW = 24

_MONTH_WORD = re.compile(MONTH_PATTERN)
_DIGITS = re.compile(r"\d+")
_MEASURE_AFTER = re.compile(
    r"\s*(?:%|pct\b|percent|per\s+cent|dlrs|dollars|mln|million|billion|tonnes|tons\b"
    r"|barrels|bags|shares|ounces|hours|hrs|GMT|EST|EDT|BST|CET|UTC|local\s+time|feet"
    r"|metres|meters|km\b|miles|acres|hectares|kilos|lbs|pounds|yen|marks|francs)"
)
_COUNT_AFTER = re.compile(
    r"\s+(?:people|persons|men|women|children|workers|employees|jobs|troops|soldiers|cars"
    r"|vehicles|units|homes|houses|votes|seats|points|students|members|delegates|residents"
    r"|cases|deaths|refugees|patients|companies|firms|stores|tourists|visitors)\b"
)
_NUMBER_BEFORE = re.compile(
    r"\b(?:at|about|some|nearly|almost|around|approximately|than|over|under|No\."
    r"|[Rr]oom|[Ff]light|[Rr]oute|[Hh]ighway|[Ss]uite|[Gg]ate|[Pp]latform|[Pp]age|[Bb]ox|[Uu]nit"
    r"|[Ss]ection|[Aa]rticle|[Cc]hapter|[Ff]orm|[Mm]odel|[Cc]hannel|[Nn]umber)\s+\Z"
)
_SENTENCE_START = re.compile(r"(?:[.!?:;\"'(\u201c\u2018]\s*|\n\s*)\Z")

Resolver = Callable[["re.Match[str]", str, "date | None"], "DateMention | None"]


def extract_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date mentioned in text, in order, resolved against published."""
    if isinstance(published, datetime):
        published = published.date()
    mentions: list[DateMention] = []
    last_end = 0
    for match in _CANDIDATES.finditer(text):
        form = match.lastgroup
        assert form is not None
        mention = _resolve(_RESOLVERS[form], match, text, published)
        if mention is not None and mention.start >= last_end:
            mentions.append(mention)
            last_end = mention.end
    return mentions


def _resolve(
    resolver: Resolver, match: re.Match[str], text: str, published: date | None
) -> DateMention | None:
    """One candidate resolved, or None when the date it means lies outside the
    calendar Python can hold (years 1 to 9999): "tomorrow" in an article dated
    9999-12-31, "two years ago" in one dated 0001-01-01."""
    try:
        return resolver(match, text, published)
    except (OverflowError, ValueError):
        return None


def estimate_publication_date(mentions: Sequence[DateMention]) -> date | None:
    """The latest absolute, day-precise date mentioned, or None.

    An article is written after the events it reports, so its latest full date
    ("Aug. 20, 2019", "2019-08-20") is the best lower bound for when it was
    published. Relative mentions are ignored: they already depend on a
    publication date. Dates announced for the future (a deadline, a payment
    date) make the estimate too late.
    """
    days = [m.value for m in mentions if m.granularity == DAY and not m.relative]
    return max(days, default=None)


def month_number(token: str) -> int:
    """1-12 for a month name or abbreviation as MONTH_PATTERN matches it."""
    return MONTHS[token.rstrip(".")]


def _mention(
    text: str, start: int, end: int, value: date, granularity: str, relative: bool
) -> DateMention:
    return DateMention(start, end, text[start:end], value, granularity, relative)


def _lead(pattern: re.Pattern[str], text: str, start: int) -> re.Match[str] | None:
    """The words just before start that pattern (ending in \\Z) accepts."""
    return pattern.search(text, max(0, start - _LEAD_WINDOW), start)


def _month_in(matched: str) -> int:
    found = _MONTH_WORD.search(matched)
    assert found is not None
    return month_number(found.group())


def _resolve_iso(match: re.Match[str], text: str, published: date | None) -> DateMention | None:
    year, month, day = (int(part) for part in _DIGITS.findall(match.group()))
    return _full_date(match, text, date_or_none(year, month, day))


def _resolve_full(match: re.Match[str], text: str, published: date | None) -> DateMention | None:
    matched = match.group()
    year = int(match.group(match.lastgroup or ""))
    day = int(_DIGITS.findall(matched)[0])
    return _full_date(match, text, date_or_none(year, _month_in(matched), day))


def date_or_none(year: int, month: int, day: int) -> date | None:
    """The date, or None for an impossible one ("Feb. 30")."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_date(match: re.Match[str], text: str, value: date | None) -> DateMention | None:
    if value is None:
        return None
    return _mention(text, match.start(), match.end(), value, DAY, False)


def _resolve_month_year(
    match: re.Match[str], text: str, published: date | None
) -> DateMention | None:
    value = date(int(match.group("my")), _month_in(match.group()), 1)
    lead = _lead(_EARLY_LATE, text, match.start())
    start = lead.start() if lead else match.start()
    return _mention(text, start, match.end(), value, MONTH, False)


def _resolve_day_month(
    match: re.Match[str], text: str, published: date | None
) -> DateMention | None:
    start = match.start()
    if published is None or (start and text[start - 1] in "$£€#/.,-"):
        return None
    matched = match.group()
    value = date_or_none(published.year, _month_in(matched), int(_DIGITS.findall(matched)[0]))
    if value is None:  # Feb. 29 outside a leap year, "April 31"
        return None
    if (value - published).days > 183:
        value = date_or_none(published.year - 1, value.month, value.day)
    elif (published - value).days > 275:
        value = date_or_none(published.year + 1, value.month, value.day)
    if value is None:
        return None
    return _mention(text, start, match.end(), value, DAY, False)


def _resolve_month(match: re.Match[str], text: str, published: date | None) -> DateMention | None:
    token = match.group()
    lead = _lead(_MONTH_LEAD, text, match.start())
    if published is None or lead is None or len(token) < 5 and token != "May":
        return None  # "May" alone is a modal verb, "March" a verb; abbreviations a name
    month = month_number(token)
    word = lead.group().split()[0].split("-")[0].lower()
    then = _YEAR_AFTER.match(text, match.end())
    if then:  # "in February last year"
        year = published.year + {"last": -1, "this": 0, "next": 1}[then.group("step")]
    elif word == "last":
        year = published.year - (month >= published.month)
    elif word == "next":
        year = published.year + (month <= published.month)
    elif word in ("by", "until", "till") or is_future(text, match.start()):
        year = published.year + (month < published.month)
    else:  # the most recent such month, this one included
        year = published.year - (month > published.month)
    start = lead.start() if lead.group("keep") else match.start()
    return _mention(text, start, match.end(), date(year, month, 1), MONTH, True)


def _resolve_year(match: re.Match[str], text: str, published: date | None) -> DateMention | None:
    start, end = match.span()
    if _MEASURE_AFTER.match(text, end):
        return None  # "2000 tonnes", "at 1930 GMT"
    lead = _lead(_YEAR_LEAD, text, start)
    strong = lead is not None and lead.group("weak") is None
    if not strong and _COUNT_AFTER.match(text, end):
        return None  # "2015 people", "and 2000 workers"
    if lead is None and _lead(_NUMBER_BEFORE, text, start):
        return None  # "some 1950", "at 2000"
    if lead is not None and lead.group("keep"):
        start = lead.start()
    return _mention(text, start, end, date(int(match.group()), 1, 1), YEAR, False)


def _resolve_unit(match: re.Match[str], text: str, published: date | None) -> DateMention | None:
    lead = _lead(_UNIT_LEAD, text, match.start())
    if published is None or lead is None:
        return None
    word = lead.group().split()[0].lower()
    if word == "last" and text[max(0, lead.start() - 4) : lead.start()].lower() == "the ":
        return None  # "over the last year": the past twelve months
    step = {"last": -1, "next": 1}.get(word, 0)
    if match.group() == "year":
        return _mention(text, lead.start(), match.end(), date(published.year + step, 1, 1),
                        YEAR, True)  # fmt: skip
    value = _add_months(published, step)
    return _mention(text, lead.start(), match.end(), value, MONTH, True)


def _add_months(day: date, months: int) -> date:
    """The first day of the month `months` after day's month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _resolve_weekday(match: re.Match[str], text: str, published: date | None) -> DateMention | None:
    if published is None:
        return None
    resolved = resolve_weekday(text, match.start(), match.end(), published)
    if resolved is None:
        return None
    return _mention(text, resolved[0], match.end(), resolved[1], DAY, True)


def _resolve_relative_day(
    match: re.Match[str], text: str, published: date | None
) -> DateMention | None:
    start, end = match.span()
    if published is None:
        return None
    if match.lastgroup == "relday" and start and not _lead(_SENTENCE_START, text, start):
        return None  # a capitalised "Today" inside a sentence is a name ("USA Today")
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[match.group().lower()]
    return _mention(text, start, end, published + timedelta(days=offset), DAY, True)


def _resolve_ago(match: re.Match[str], text: str, published: date | None) -> DateMention | None:
    lead = _lead(_AGO_LEAD, text, match.start())
    if published is None or lead is None:
        return None
    word, unit = lead.group("count").lower(), lead.group("unit")
    count = int(word) if word.isdigit() else _NUMBER_WORDS[word]
    start, end = lead.start(), match.end()
    if unit in ("day", "week"):
        value = published - timedelta(days=count * (7 if unit == "week" else 1))
        return _mention(text, start, end, value, DAY, True)
    if unit == "month":
        return _mention(text, start, end, _add_months(published, -count), MONTH, True)
    return _mention(text, start, end, date(published.year - count, 1, 1), YEAR, True)


_RESOLVERS: dict[str, Resolver] = {
    "iso": _resolve_iso,
    "mdy": _resolve_full,
    "dmy": _resolve_full,
    "my": _resolve_month_year,
    "md": _resolve_day_month,
    "dm": _resolve_day_month,
    "month": _resolve_month,
    "year": _resolve_year,
    "unit": _resolve_unit,
    "weekday": _resolve_weekday,
    "relday": _resolve_relative_day,
    "today": _resolve_relative_day,
    "ago": _resolve_ago,
}
