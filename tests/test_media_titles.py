"""A name before "Today" or "Tonight" is a word of a paper's or a programme's title
(index/extract/media_titles.py), on short texts written for these tests."""

from __future__ import annotations

import pytest

from index.extract.media_titles import without_media_titles
from index.records import ORG, PLACE, Mention


def _kept(text: str, surface: str, kind: str = PLACE) -> bool:
    start = text.index(surface)
    m = Mention(start, start + len(surface), kind, surface, surface.lower(), surface)
    return bool(without_media_titles([m], text))


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("The mayor did not reply to Ohio Today about the cuts.", "Ohio", PLACE),
        ("She said so on Tarn News Tonight with its host.", "Tarn News", ORG),
        ("Watch more episodes of Gale Post Today, our video show.", "Gale Post", ORG),
        ("He told Kenya Today. The paper ran it.", "Kenya", PLACE),
    ],
)
def test_a_name_opening_a_title_goes(text: str, surface: str, kind: str) -> None:
    assert not _kept(text, surface, kind)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Rain In Ohio Today: What To Expect", "Ohio"),
        ("Senators flew to Ohio today to meet farmers.", "Ohio"),
        ("Floods Hit Kenya Tonight", "Kenya"),
    ],
)
def test_a_headline_or_a_small_today_leaves_the_name(text: str, surface: str) -> None:
    assert _kept(text, surface)
