"""The help of every command-line option, and the commands' epilogs (plain
strings: ``search.cli`` declares the options with click). The README's Options
table says the same at more length; tests/test_readme.py checks that it names
every option."""

from __future__ import annotations

INDEX = "Index directory [env SEARCH_INDEX; default ~/.local/share/news-search/index]."
ALIASES = "Alias file (TOML) [env SEARCH_ALIASES; default aliases.toml in the index]."
VERSION = "Show the version, the engines and the engine of the index, and exit."
TRACEBACK = "Show the Python traceback of an error."

SEARCH = {
    "place": "Only articles mentioning this place (repeatable: any of them).",
    "person": "Only articles mentioning this person (repeatable).",
    "org": "Only articles naming this organisation (repeatable).",
    "country": "Only articles about places in this country: name, alias or ISO code (repeatable).",
    "main_places": "--place, --country, place: and the place facets count only an article's "
    "main places: those in its dateline, headline or first paragraph, or named at least twice.",
    "source": "Only articles from this source (repeatable).",
    "speaker": "Only articles quoting this person (a person only, never a group or a "
    "description); with --quote, only their quotations; with --quotes, all their quotations.",
    "quote": "Find quotations close to TEXT, remembered imperfectly, with a word diff; "
    "each names the person who said it, or the group or description it is credited to "
    "('according to the ministry (group)').",
    "quotes": "With --speaker: list every quotation of that person (oldest first; "
    "--sort -date: newest first), each with its article, date and reprints.",
    "since": "Published on or after YYYY[-MM[-DD]].",
    "until": "Published on or before YYYY[-MM[-DD]].",
    "mentions": "Only articles mentioning a date in FROM[..TO] (e.g. 2019-08, "
    "2019-08-01..2019-09).",
    "include_estimated": "Let --since/--until use estimated dates of articles that state none.",
    "sort": "Order of results: relevance (default), date (oldest first) or -date (newest "
    "first); undated articles last.",
    "limit": "Results per page.",
    "offset": "Results to skip: the page starts at result N+1.",
    "page": "Page number N of --limit results (same as --offset (N-1)*limit).",
    "passages": "Passages per article.",
    "all_copies": "List every reprint as a result (default: copies of a passage or quotation "
    "are folded under the earliest-dated one, 'also in N articles').",
    "match_any": "Rank articles by any of the words, not all.",
    "facets_only": "Print only the facet counts.",
    "facet_size": "Values listed per facet, 5 unless given (counts are over every match).",
    "by_country": "Show the place facet by country.",
    "explain": "Print how the query and filter values are read, without searching.",
    "timeout": "Seconds a search may take before it is stopped.",
    "as_json": "Print one JSON object (shape in README).",
    "format": "Write one row per result, as CSV, TSV or JSON Lines (an export: columns in README).",
    "show_id": "Print one whole article by id, with the query's matches highlighted.",
    "color": "Styled output.",
}

SEARCH_EPILOG = (
    'Query syntax: words (all must match), "a phrase", OR, NOT word, -word, '
    "(groups), title:word, place:/person:/org:/source:value, word* . "
    "Exit codes: 0 ok (hits or none), 2 bad usage or query, 3 no index or an unreadable one, "
    "5 index directory writable by other users or unusable, 7 search too slow, "
    "1 internal error, 130 interrupted."
)

INDEXING = {
    "prune": "Also remove indexed articles not found in PATHS this time.",
    "rebuild": "Rebuild the index from scratch from PATHS.",
    "engine": "Search engine of a new or rebuilt index: tantivy (default, native) or whoosh "
    "(pure Python). An existing index keeps its own.",
    "source": "The source of the articles of this run whose record names none "
    "(e.g. Reuters for a wire archive); shown in the source facet.",
    "quiet": "Print nothing but warnings and errors.",
    "color": "Styled progress bar.",
}
