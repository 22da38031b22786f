"""A run of a web page's control words is no name (index/extract/page_controls.py), on
short texts written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

from index.extract.entities import extract_entities
from index.extract.page_controls import without_boilerplate_tails
from index.records import ORG, Mention


def _texts(text: str) -> list[str]:
    return [m.text for m in extract_entities(text)]


def test_a_run_of_button_labels_is_no_name() -> None:
    found = _texts("Listen 9 min Comment on this story Comment Gift Article Share\n\nJo Hale won.")
    assert not any("Gift" in t for t in found), found


def test_labels_run_together_are_no_name() -> None:
    found = _texts("Tarn Press. 452 pp. $29.99\n\nGiftOutline Gift Article\n\nJo Hale wrote it.")
    assert not any("Gift" in t for t in found), found


def test_a_name_with_other_words_stays() -> None:
    found = _texts("The charity Share Tarnfield Trust said Jo Hale had given $5,000.")
    assert "Share Tarnfield Trust" in found, found


def test_a_copyright_lines_reservation_is_cut_off_the_name() -> None:
    found = _texts("(c) 2021 Elm Post. Supplied by Tarnwick Media Inc. All Rights Reserved\n")
    assert "Tarnwick Media Inc." in found, found
    assert not any("Reserved" in t for t in found), found


def test_a_reservation_alone_is_no_name() -> None:
    found = _texts("Jo Hale wrote it.\n\n(c) 2022 Brannock Review | All Rights Reserved | Site\n")
    assert not any("Reserved" in t for t in found), found


def test_a_postal_box_is_cut_off_the_paper() -> None:
    found = _texts("Write to: Letters, The Tarn Herald GPO Box 5531, Elmford 3001")
    assert "Tarn Herald" in found, found
    assert not any("Box" in t for t in found), found


def test_a_body_named_box_without_a_number_stays() -> None:
    found = _texts("Jo Hale set up the comedy group P.O. Box with Sam Reed in 2019.")
    assert "P.O. Box" in found, found


class _CountedList(list[Mention]):
    """A list that counts the times it is read through."""

    reads = 0

    def __iter__(self) -> Iterator[Mention]:
        _CountedList.reads += 1
        return super().__iter__()


def test_the_cut_names_are_looked_up_without_reading_the_mentions_again() -> None:
    # Each cut name is linked to a mention of its words; a fresh search of all the
    # mentions per cut name was quadratic in an article of many copyright lines.
    lines = [f"Supplied by Tarn{k} Media Inc. All Rights Reserved\n" for k in range(60)]
    text = "".join(lines)
    mentions, start = [], 0
    for line in lines:
        name = line[len("Supplied by ") : -1]
        begin = start + len("Supplied by ")
        mentions.append(Mention(begin, begin + len(name), ORG, name, name.lower(), name))
        start += len(line)
    counted = _CountedList(mentions)
    out = without_boilerplate_tails(counted, text)
    assert [m.text for m in out] == [f"Tarn{k} Media Inc." for k in range(60)]
    assert _CountedList.reads <= 3
