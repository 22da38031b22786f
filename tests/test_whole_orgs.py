"""Organisations read in pieces, or as people, made whole (index.extract.whole_orgs).
All text here is written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities


def _read(text: str) -> list[tuple[str, str]]:
    return [(m.type, m.name) for m in extract_entities(text)]


def test_a_body_named_on_its_subject_is_one_name() -> None:
    text = (
        "Talks under the General Agreement on Tariffs and Trade resumed in Geneva. "
        "The General Agreement has 92 members, and the Council on Foreign Affairs met."
    )
    orgs = [name for kind, name in _read(text) if kind == "ORG"]
    assert "General Agreement on Tariffs and Trade" in orgs
    assert any(name.startswith("Council on Foreign Affairs") for name in orgs)
    assert not {"General Agreement", "Tariffs and Trade", "Foreign Affairs"} & set(orgs)
    assert ("ORG", "Council on Foreign Affairs") in _read(
        "He spoke to the Council on Foreign Affairs."
    )
    assert ("ORG", "Commission on Monday") not in _read("The Commission on Monday said no.")


def test_a_firms_and_co_ends_its_name_and_its_founder_stays_a_person() -> None:
    text = (
        "The issue was sold through Tarn Peabody and Co Inc. Separately, Marta Olsen "
        "of Harlow Brandt said Brandt would buy. Marta Olsen and Co said so too."
    )
    found = _read(text)
    assert ("ORG", "Tarn Peabody and Co Inc") in found
    assert ("ORG", "Marta Olsen and Co") in found
    assert ("PERSON", "Marta Olsen") in found


def test_a_possessive_opens_a_firms_name_of_common_words_but_not_after_an_owner() -> None:
    text = "Dorsey's Investors Service Inc said it lowered the rating of Harlow Brandt."
    assert ("ORG", "Dorsey's Investors Service Inc") in _read(text)
    for owned in (
        "Japan's Investors Service Inc said it lowered the rating.",  # a country's
        "The USDA's Economic Research Service Inc said it lowered the rating.",  # a body's
        "Monday's Investors Service Inc said it lowered the rating.",  # a date's
        "Rupert Tarnby's News Corp said it lowered the rating.",  # a person's
        "Tarnex Inc said its unit, Tarnex's General Tire Corp, was sold.",  # a firm's
    ):
        assert all("'s" not in name for _, name in _read(owned)), owned


def test_a_person_written_where_a_firm_stands_is_the_firm_throughout() -> None:
    text = (
        "Prices will fall, said Jo Hale, an analyst at Tarn Witter. The Tarn Witter "
        "economist said rates would rise. Brokers Harlow Grieve said so in a report."
    )
    found = _read(text)
    assert ("ORG", "Tarn Witter") in found and ("PERSON", "Tarn Witter") not in found
    assert ("PERSON", "Jo Hale") in found


def test_a_company_suffix_after_a_bracketed_part_ends_that_name() -> None:
    text = "Tarnby Equity (Pacific) Ltd, a Hong Kong investment firm, raised its stake."
    assert ("ORG", "Tarnby Equity (Pacific) Ltd") in _read(text)
    text = (
        "Harlow Bank of Tarnland Ltd said it would sell. The lead manager, Harlow Bank of "
        "Tarnland (Securities) Ltd, said so. Harlow Bank of Tarnland Ltd has 20 branches."
    )
    found = _read(text)
    assert ("ORG", "Harlow Bank of Tarnland (Securities) Ltd") in found
    assert found.count(("ORG", "Harlow Bank of Tarnland Ltd")) == 2
    found = _read("Marta Olsen of Tarnby Bank (Pacific) Ltd said the rate would rise.")
    assert ("ORG", "Tarnby Bank (Pacific) Ltd") in found and ("PERSON", "Marta Olsen") in found
    found = _read("Harlow Inc and Tarnby Lines (S.A.) Inc will merge.")
    assert not [name for t, name in found if "Harlow" in name and "Tarnby" in name]


def test_the_first_partners_of_a_firm_named_after_several_are_that_firm() -> None:
    text = (
        "The issue is underwritten by Tarn Harlow, Bryce Upham and Co. "
        "Tarn Harlow said demand was strong."
    )
    found = _read(text)
    assert found.count(("ORG", "Tarn Harlow")) == 2 and ("ORG", "Bryce Upham and Co") in found
    # a person named in apposition keeps being a person
    for text in (
        "said Marta Olsen, Bryce Upham and Co chief economist.",
        "said Tarn Hale, Bryce Upham and Co's chief economist.",
    ):
        assert not [name for kind, name in _read(text) if kind == "ORG" and "Upham" not in name]


def test_a_body_named_on_its_subject_is_whole_when_only_the_subject_was_read() -> None:
    for text in (
        "The forum for such a reform is the General Agreement on Tariffs and Trade, he said.",
        "The General Agreement on Tariffs and Trade met in Geneva.",
    ):
        found = _read(text)
        assert ("ORG", "General Agreement on Tariffs and Trade") in found, found


def test_a_company_whose_words_before_and_are_common_words_is_one_name() -> None:
    text = "The system is built around the American Telephone and Telegraph Co switch."
    assert _read(text) == [("ORG", "American Telephone and Telegraph Co")]
    text = "The bill would recapitalize the Federal Savings and Loan Insurance Corp fund."
    assert _read(text) == [("ORG", "Federal Savings and Loan Insurance Corp")]
    # two companies stay two: a name of its own before "and", or after it
    for text, second in (
        ("Talks between Tarn Group and Harlow Inc ended.", "Harlow Inc"),
        (
            "Talks between the United Tarn Workers and American Motors Corp ended.",
            "American Motors Corp",
        ),
    ):
        found = _read(text)
        assert ("ORG", second) in found, found


def test_a_piece_after_of_or_and_may_open_with_the_words_before() -> None:
    """The capitalised words joined by "of" or "and" before an organisation's piece are
    tried as the start of a listed name (one space before "of", as before "and")."""
    from index.extract.whole_orgs import _starts_before
    from index.records import Mention

    for text, piece, opener in (
        ("Envoys of the Organisation of African Unity", "African Unity", "Organisation"),
        ("The Food and Drug Administration", "Drug Administration", "Food"),
    ):
        start = text.index(piece)
        m = Mention(start, len(text), "ORG", piece, "k", piece)
        assert text.index(opener) in _starts_before(m, text)
