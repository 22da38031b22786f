"""Write the 13 Worldwide Newswire outlets no quote split has read, for the quote speaker news set.

Usage::

    python scripts/build_wwlast_quotes.py GIT_DIR [--out ../bench-data/wwlast]

The 13 outlets of ``scripts/build_wwrest_quotes.py`` (read from the same checkout of
https://github.com/stanfordnlp/en-worldwide-newswire at the same revision, the same way) that
``test12`` did not draw from: ``aus_abc``, ``aus_newscomaus``, ``israel_jerupost``,
``jr_albawaba``, ``kw_times``, ``saud_daily``, ``eg_times``, ``bangladesh_star``,
``bangladesh_observer``, ``in_kash``, ``in_gazette``, ``kr_jgdaily`` and ``kr_seoultimes``,
each to its own file, under a corpus of their own (``wwlast``), so that the held-out split
drawn from them (``test13``) shares no corpus with ``test12`` (corpus ``wwrest``) and
``bench/quote_attributions.py`` can refuse the one while it reads the other. The output
files, records and bodies are those ``build_wwrest_quotes.py`` writes for these outlets, the
ids prefixed ``wwlast-`` instead of ``wwrest-``. The repository states no licence: the text is
the papers' copyright, used here for research and evaluation only, outside git.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_wwnews_quotes import write_outlets  # noqa: E402
from scripts.build_wwrest_quotes import OUTLETS as WWREST_OUTLETS  # noqa: E402
from scripts.build_wwrest_quotes import dateline  # noqa: E402

OUT = ROOT.parent / "bench-data" / "wwlast"
# test12's ten outlets (asia_aljazeera, jp_article_asahi, eg_today, kw_gulftimes, in_herald,
# jr_times, mong_montsame, saud_gazette, th_thenation, tw_tp_times) stay out: read by then
TEST12 = frozenset(
    {
        "asia_aljazeera",
        "jp_article_asahi",
        "eg_today",
        "kw_gulftimes",
        "in_herald",
        "jr_times",
        "mong_montsame",
        "saud_gazette",
        "th_thenation",
        "tw_tp_times",
    }
)
# file prefix -> (output file, outlet)
OUTLETS = {prefix: out for prefix, out in WWREST_OUTLETS.items() if prefix not in TEST12}


def main() -> None:
    write_outlets(__doc__.split("\n")[0], OUT, OUTLETS, "wwlast", dated=dateline)


if __name__ == "__main__":
    main()
