"""The speaker of each passage of tests/quote_speaker_shapes.py, short news passages in
the attribution shapes of modern news written for the speaker rules. A few shapes the
rules do not read yet are expected to fail (``LIMITS``)."""

from __future__ import annotations

import pytest

from index.extract.quotes import extract_quotes
from tests.quote_speaker_shapes import CASES

#: First words of the quotations whose speaker the rules miss, and why.
LIMITS = {
    "The road is": "the recogniser reads 'Lisa Monroe' as a place",
    "They may be": "a participle of speech ('walked out saying') makes no attribution subject",
    "set out the": "one quoted after the paragraph's subject, in its sentence, is taken for 'he'",
    "It is the best": "a nickname in quote marks cuts the name ('John \"Bud\" Fraser')",
}


@pytest.mark.parametrize(("text", "words", "speaker"), CASES)
def test_speaker_of_the_passage(text: str, words: str, speaker: str | None) -> None:
    if words in LIMITS:
        pytest.xfail(LIMITS[words])
    found = [q for q in extract_quotes(text) if q.text.startswith(words)]
    assert (found[0].speaker if found else None) == speaker
