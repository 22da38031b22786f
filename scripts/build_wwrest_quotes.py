"""Write the Worldwide Newswire outlets no quote split had read, for the quote speaker news set.

Usage::

    python scripts/build_wwrest_quotes.py GIT_DIR [--out ../bench-data/wwrest]

Reads, at ``REVISION`` (e082527, 8 August 2024; the articles last changed in 2f8164b, 26 June
2024) of a git checkout (or bare git directory) of
https://github.com/stanfordnlp/en-worldwide-newswire (the English Worldwide Newswire set of
Shan, Bauer, Carlson and Manning, "Do 'English' Named Entity Recognizers Work Well on Global
Englishes?", Findings of EMNLP 2023), the folder ``original_articles/``: one plain-text
article a file, a paragraph a line, named by region, outlet and number. The 23 outlets of
Australia, the Gulf, the Levant, Egypt, Saudi Arabia, South Asia and East Asia that neither
``scripts/build_wwnews_quotes.py`` (``test10``) nor ``scripts/build_wwasia_quotes.py``
(``test11``) reads, and that are not the dataset's Latin American or African outlets, are
copied, each to its own file named in ``OUTLETS`` (the outlets as the file prefixes and
``regions.txt`` name them; a prefix's one stray file under another spelling,
``kw_times_gulftimes_1``, ``in_article_kashmirtimes_*``, ``tw_article_tptimes_1``, is left
out). The repository states no licence: the text is the papers' copyright, used here for
research and evaluation only, outside git. The files carry no date, address or title line of
their own: ``url`` is left empty, ``title`` too, so that the first line (the headline or
standfirst the collectors kept) is the title as the indexer takes it; ``date`` is the day of
a dateline opening the first or second paragraph (``CAIRO - 26 July 2022:``, Egypt Today's),
else empty.

Writes ``id`` (``wwrest-``, the outlet and the file's number), ``title`` (empty), ``date``,
``url``, ``source`` (the outlet), ``file`` and ``commit``, and ``text``: the file's
non-blank lines, whitespace runs as one space, joined by a blank line (as
``build_wwnews_quotes.body``); sorted by id.
"""

from __future__ import annotations

import re
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_wwnews_quotes import write_outlets  # noqa: E402

OUT = ROOT.parent / "bench-data" / "wwrest"
# file prefix -> (output file, outlet)
OUTLETS = {
    "aus_abc": ("abc", "aus_abc (Australia)"),
    "aus_newscomaus": ("newscomaus", "aus_newscomaus (Australia)"),
    "asia_aljazeera": ("aljazeera", "asia_aljazeera (Qatar)"),
    "israel_jerupost": ("jerupost", "israel_jerupost (Israel)"),
    "jr_albawaba": ("albawaba", "jr_albawaba (Jordan)"),
    "jr_times": ("jotimes", "jr_times (Jordan)"),
    "kw_gulftimes": ("gulftimes", "kw_gulftimes (the Gulf)"),
    "kw_times": ("kwtimes", "kw_times (Kuwait)"),
    "saud_daily": ("sauddaily", "saud_daily (Saudi Arabia)"),
    "saud_gazette": ("saudgazette", "saud_gazette (Saudi Arabia)"),
    "eg_today": ("egtoday", "eg_today (Egypt)"),
    "eg_times": ("egtimes", "eg_times (Egypt)"),
    "bangladesh_star": ("bdstar", "bangladesh_star (Bangladesh)"),
    "bangladesh_observer": ("bdobserver", "bangladesh_observer (Bangladesh)"),
    "in_herald": ("inherald", "in_herald (India)"),
    "in_kash": ("inkash", "in_kash (India)"),
    "in_gazette": ("ingazette", "in_gazette (India)"),
    "jp_article_asahi": ("asahi", "jp_article_asahi (Japan)"),
    "kr_jgdaily": ("jgdaily", "kr_jgdaily (South Korea)"),
    "kr_seoultimes": ("seoultimes", "kr_seoultimes (South Korea)"),
    "mong_montsame": ("montsame", "mong_montsame (Mongolia)"),
    "th_thenation": ("thnation", "th_thenation (Thailand)"),
    "tw_tp_times": ("tptimes", "tw_tp_times (Taiwan)"),
}


# A dateline giving the day, as Egypt Today's open their first paragraph ("CAIRO - 26 July
# 2022: ..."): the one place the files give a full date (only Egypt Today's do).
_DATELINE = re.compile(r"[A-Z][A-Za-z ,]*[-–] (\d{1,2} [A-Z][a-z]+ \d{4}):")


def dateline(text: str) -> str:
    """The ISO date of a dateline opening one of the text's first two paragraphs, or ""."""
    for paragraph in text.split("\n\n")[:2]:
        found = _DATELINE.match(paragraph)
        if found:
            try:
                return datetime.strptime(found.group(1), "%d %B %Y").date().isoformat()
            except ValueError:
                return ""
    return ""


def main() -> None:
    write_outlets(__doc__.split("\n")[0], OUT, OUTLETS, "wwrest", dated=dateline)


if __name__ == "__main__":
    main()
