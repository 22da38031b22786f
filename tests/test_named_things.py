"""A name given to a thing is no person's or body's (index/extract/named_things.py), on
short texts written for these tests."""

from __future__ import annotations

from index.extract.named_things import without_named_things
from index.records import ORG, PERSON, PLACE, Mention


def _m(text: str, surface: str, kind: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), kind, surface, surface.lower(), surface)


def test_a_drug_s_name_goes() -> None:
    text = "The agency approved a drug called Velmora to treat gout."
    assert without_named_things([_m(text, "Velmora", PERSON)], text) == []


def test_the_cut_name_and_its_other_mentions_go_but_the_body_stays() -> None:
    text = (
        "DOH said on Monday that data fed into software called DOH Beacon. "
        "DOH Beacon was built by a contractor, DOH said."
    )
    mentions = [_m(text, "DOH", ORG, k) for k in range(4)]
    kept = without_named_things(mentions, text)
    assert [text[m.end : m.end + 5] for m in kept] == [" said", " said"]


def test_a_website_a_site_and_a_person_named_so_stay() -> None:
    text = "She runs a website called Tarn Notes. A site called Varn Hill was dug."
    notes, hill = _m(text, "Tarn Notes", ORG), _m(text, "Varn Hill", PLACE)
    assert without_named_things([notes, hill], text) == [notes, hill]
    text = "Her son, named Jo Hale after his grandfather, said so."
    son = _m(text, "Jo Hale", PERSON)
    assert without_named_things([son], text) == [son]
