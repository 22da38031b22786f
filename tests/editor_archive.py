"""A small archive for an editor's day (issue 15): dated articles from two
sources, a speaker quoted in several of them (twice in one, once reprinted
word for word later, once in an article without a date), a place named only
far down an article whose first paragraphs hold the query's word, and a date
mentioned only in a late paragraph. Written for these tests; no corpus text."""

from __future__ import annotations

from typing import Any

FILLER = (
    "Traders said the market was quiet in early dealings. Volumes were thin "
    "ahead of the weekend and dealers expected little movement."
)

BAKER_1 = (
    '"We will not let the dollar fall any further," Treasury Secretary James Baker '
    "told reporters in Washington on Monday."
)
BAKER_2 = (
    '"The talks with our partners are going well," James Baker said after the meeting in Paris.'
)
BAKER_3 = (
    '"Interest rates are a matter for the central bank," Baker said. '
    '"I have nothing to add on that," he told reporters.'
)
BAKER_4 = '"Trade deficits will narrow by the end of the year," James Baker said in a speech.'
BAKER_5 = '"Nobody wants a trade war," James Baker said in an interview.'


def _body(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


RECORDS: list[dict[str, Any]] = [
    {
        "id": "ed-01",
        "title": "Baker says dollar will hold",
        "body": _body(BAKER_1, FILLER, "The dollar rose against the yen in New York."),
        "date": "1987-01-12",
        "source": "Reuters",
    },
    {
        "id": "ed-02",
        "title": "Currency talks in Paris",
        "body": _body(
            "Finance ministers of six nations met in Paris to discuss currencies.",
            BAKER_2,
            FILLER,
        ),
        "date": "1987-02-22",
        "source": "Reuters",
    },
    {
        "id": "ed-03",
        "title": "Baker on rates",
        "body": _body(
            "The Treasury declined to comment on interest rates in Washington.",
            "Treasury Secretary James Baker spoke briefly to reporters.",
            BAKER_3,
        ),
        "date": "1987-03-05",
        "source": "Associated Press",
    },
    {
        "id": "ed-04",
        "title": "Baker on trade",
        "body": _body(BAKER_4, FILLER),
        "date": "1987-04-20",
        "source": "Reuters",
    },
    {  # ed-04 reprinted word for word a day later by another source
        "id": "ed-05",
        "title": "Baker sees smaller deficits",
        "body": _body(BAKER_4, FILLER),
        "date": "1987-04-21",
        "source": "Associated Press",
    },
    {  # no date stated
        "id": "ed-06",
        "title": "Baker interview",
        "body": _body(BAKER_5, FILLER),
        "source": "Associated Press",
    },
    {  # the query word up front, the place far down
        "id": "ed-07",
        "title": "Oil prices steady",
        "body": _body(
            "Oil prices were steady on Tuesday as traders weighed output figures and oil stocks.",
            "Crude oil futures for March delivery closed unchanged, and oil product prices "
            "were mixed in thin trading.",
            FILLER,
            "Analysts said oil demand would pick up in the spring.",
            "Separately, a tanker was reported damaged near Kuwait late on Monday.",
        ),
        "date": "1987-02-10",
        "source": "Reuters",
    },
    {  # a mentioned date only in a late paragraph
        "id": "ed-08",
        "title": "Oil output plans",
        "body": _body(
            "Oil producers said output would stay at current levels and oil exports would "
            "not change.",
            "Oil ministers are expected to discuss oil quotas at length.",
            FILLER,
            "The next meeting of the group is set for June 25, 1987 in Vienna.",
        ),
        "date": "1987-03-01",
        "source": "Reuters",
    },
    {
        "id": "ed-09",
        "title": "Oil and gold",
        "body": _body("Gold was firmer and oil was weaker in Tokyo trading.", FILLER),
        "date": "1986-12-30",
        "source": "Kyodo",
    },
    {  # a title that a spreadsheet would run as a formula
        "id": "ed-10",
        "title": '=HYPERLINK("http://example.invalid","oil")',
        "body": _body("-5 percent: oil fell sharply,\ttraders said.", "@oil desk"),
        "date": "1987-05-02",
        "source": "+Wire",
    },
]
