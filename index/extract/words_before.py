"""A cheap test before a pattern that must end right where a name starts.

Many rules ask whether a word and a blank stand right before a name ("the Archbishop of"
before "Canterbury", "Centers for" before "Disease Control"), with a pattern ending in
blanks and ``$`` searched in a window before the name. Such a search tries every
position of the window, for every name of the article. Most names have no such word
before them; a string test says so first, and only where it passes is the pattern
searched.
"""

from __future__ import annotations


def reach_back(start: int, reach: int) -> int:
    """Where the ``reach`` characters before ``start`` begin: ``max(0, start - reach)``
    as a comparison. Rules ask it of most names several times an article, and in
    CPython 3.11 a call of the built-in ``max`` (which parses keyword arguments) costs
    about twice a call of this function, and a call of this function about twenty times
    the comparison itself: the functions that run for most names of every article write
    the comparison out."""
    return start - reach if start > reach else 0


def ends_with_word(
    text: str,
    start: int,
    words: tuple[str, ...],
    reach: int,
    any_case: bool = False,
    blanks: str | None = None,
) -> bool:
    """Whether, within the ``reach`` characters before ``start``, the text ends with one
    of ``words`` (in any case with ``any_case``, ``words`` then in lower case) and at
    least one blank (white space, or any of ``blanks`` where the pattern allows more: a
    comma): what such a pattern needs to match there (where the word starts is not
    checked)."""
    before = text[start - reach if start > reach else 0 : start]  # (reach_back, written out)
    ending = before.rstrip(blanks)
    return ending != before and (ending.lower() if any_case else ending).endswith(words)
