"""A name before "Today" or "Tonight" is a word of a paper's or a programme's title.

Papers, magazines and broadcasts take a place's or a body's name and add "Today" or
"Tonight": "Florida Today", "USA Today", "Russia Today", "CNN Tonight", "the BBC Today
programme", "Business Insider Today", "NFL Today". The tagger reads the name before it as
the place or the body ("told Florida Today" as Florida, "episodes of Business Insider
Today" as the news site), so a place value holds an article about no such place. A
mention followed by a capitalised "Today" or "Tonight" and then by a small word or a
punctuation mark that a sentence goes on after ("Florida Today about the change", "on
CNN Tonight with", "NFL Today deleted a video", "Russia Today, a channel") is a word of
that title and goes.

A headline's words are all capitalised ("Trump Rally Today: What To Expect", "Senate
Votes Tonight!"): there the word after is capitalised or missing, and the name stays.
"""

from __future__ import annotations

import re

from index.records import Mention

#: The title's last word, and what a sentence goes on with after it.
_TITLE_AFTER = re.compile(r" (?:Today|Tonight)(?:'s|’s)?(?: [a-z]|, [a-z]|[.,;)] )")


def without_media_titles(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less the names that open a paper's or a programme's title (module
    docstring)."""
    if " Today" not in text and " Tonight" not in text:
        return mentions
    return [m for m in mentions if _TITLE_AFTER.match(text, m.end) is None]
