"""Names for shell completion of --place, --person, --org and --speaker.

The values offered are the index's own entity names, most frequent first (by
the articles naming them; for --speaker, the articles quoting them), as the
facets count them over the whole archive. A name matches when it starts with
what was typed (case and accents ignored); when none does, names with a word
starting so ("Assad" for "Bashar al-Assad") are offered instead. Completion
never raises and never indexes anything: with no readable index it offers
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from index.names import fold_name

MAX_OFFERED = 30  # names offered at once
POOL = 2000  # the most frequent names of each kind completion chooses from
FACETS = {"place": "place", "person": "person", "org": "org", "speaker": "speaker"}
TIMEOUT = 5.0  # seconds: a completion is given up rather than left hanging


def completer(option: str) -> Callable[[Any, Any, str], list[str]]:
    """A click shell_complete callback for option; the index is the one --index
    names when it was typed before the value, else the default one."""

    def complete(ctx: Any, param: Any, incomplete: str) -> list[str]:
        from search.app import default_index_dir

        index_dir = ctx.params.get("index_dir") or default_index_dir()
        return entity_names(option, incomplete, Path(index_dir))

    return complete


def entity_names(option: str, typed: str, index_dir: Path) -> list[str]:
    """The most frequent names for option ("place", "person", "org", "speaker")
    that start with typed, best first; [] when the index cannot be read."""
    try:
        names = ranked_names(option, index_dir)
    except Exception:  # a completion must not print a traceback into the shell
        return []
    return matching(names, typed)[:MAX_OFFERED]


def ranked_names(option: str, index_dir: Path) -> list[str]:
    """The POOL most frequent names of the facet, most frequent first (two
    entities of one name, such as two towns, offer it once)."""
    from search.engine import search
    from search.models import SearchRequest
    from search.store import index_exists, open_store

    if not index_exists(index_dir):
        return []
    request = SearchRequest(query="", limit=1, passages_per_hit=0, facet_size=POOL, timeout=TIMEOUT)
    with open_store(index_dir) as store:
        facets = search(store, request).facets
    return list(dict.fromkeys(value.value for value in getattr(facets, FACETS[option])))


def matching(names: list[str], typed: str) -> list[str]:
    """names starting with typed as typed (so that a shell's common prefix keeps
    it), else starting with it in any case or accents, else with a word
    starting with it, or initials that do ("opec" for "Organization of
    Petroleum Exporting Countries"); the order kept."""
    wanted = fold_name(typed).strip()
    if not wanted:
        return names
    exact = [name for name in names if name.startswith(typed)]
    if exact:
        return exact
    folded = [(name, fold_name(name)) for name in names]
    starts = [name for name, key in folded if key.startswith(wanted)]
    if starts:
        return starts
    return [
        name
        for name, key in folded
        if f" {wanted}" in f" {key}" or _initials(key).startswith(wanted)
    ]


def bash_word(value: str, line: str) -> str:
    """value as bash should insert it for the last word of line: its spaces and
    other specials escaped; when that word opened a quote, as it is and closed.
    Doubled backslashes: click's bash script reads each value with `read`."""
    quote = open_quote(line)
    if quote and quote not in value:
        return value + quote
    return re.sub(r"([^\w@%+=:,./-])", r"\\\\\1", value)


def open_quote(line: str) -> str:
    """The quote mark line ends inside of (shell rules, roughly), or ""."""
    quote, escaped = "", False
    for char in line:
        if escaped:
            escaped = False
        elif char == "\\" and quote != "'":
            escaped = True
        elif quote and char == quote:
            quote = ""
        elif not quote and char in "'\"":
            quote = char
    return quote


def _initials(folded: str) -> str:
    """The first letters of a folded name's words (hyphens are spaces there)."""
    return "".join(word[0] for word in folded.split() if word not in _SMALL_WORDS)


_SMALL_WORDS = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "al"})
