"""Resolving what a user types for --place/--person/--org/--country to entity ids.

A value spelled exactly as the archive writes some entity (case, accents and
hyphens aside) finds those entities only: an exact name is never traded for a
looser match. Otherwise the value goes through the same name key the indexer
used (``index.names``) and is looked up in the key tables stored with the
index, so a transliteration finds the entity; a surname alone finds the people
who bear it. The alias file (``index.aliases``) is asked first: an alias resolves to its
canonical entity, and a name of a never_merge group to its own id. A place
value "Paris, FR" or "Paris, France" keeps only the places in that country.
A value that matches nothing raises FilterValueError with the nearest known
names. Each value resolves to a :class:`Resolution` saying how (``--explain``).
"""

from __future__ import annotations

from index.aliases import AliasBook
from index.countries import country_of, country_table
from index.names import fold_name, name_key
from index.records import Entity
from index.store.lookups import Lookups
from search.errors import FilterValueError
from search.models import Resolution
from search.surname_folds import members

FLAG = {"PLACE": "--place", "PERSON": "--person", "ORG": "--org"}
NOUN = {"PLACE": "place", "PERSON": "person", "ORG": "organisation"}
_NO_ALIASES = AliasBook()


def resolve(lookups: Lookups, kind: str, value: str, aliases: AliasBook | None = None) -> list[str]:
    """Entity ids of one type that value names, most mentioned first."""
    return resolve_value(lookups, kind, value, aliases).ids


def resolve_value(
    lookups: Lookups, kind: str, value: str, aliases: AliasBook | None = None
) -> Resolution:
    """The entities of one type that value names, and how it was read."""
    if not name_key(value):
        raise FilterValueError(f"{FLAG[kind]} {value!r} holds no letters to match a name")
    name, comma, where = value.rpartition(",")
    codes = country_table().resolve(where) if comma and name_key(name) else ()
    if kind == "PLACE" and codes:
        return _in_country(lookups, value, name.strip(), codes, aliases or _NO_ALIASES)
    found, how, detail = _find(lookups, kind, value, aliases or _NO_ALIASES)
    if not found:
        raise FilterValueError(_no_match_message(lookups.names(kind), kind, value))
    if kind == "PERSON":
        found, detail = _with_folded(lookups, found, detail)
    return _resolution(FLAG[kind], value, found, how, detail)


def _with_folded(
    lookups: Lookups, found: dict[str, Entity], detail: str
) -> tuple[dict[str, Entity], str]:
    """The people found and the surnames alone folded into them
    (``index.store.surname_folds``), with a word on them for --explain."""
    folded = members(lookups.folds("PERSON"), list(found))
    extra = [i for ids in folded.values() for i in ids if i not in found]
    if not extra:
        return found, detail
    more = lookups.entities("PERSON", extra)
    names = ", ".join(repr(entity.name) for entity in more.values())
    note = f"with the surname alone {names}, the archive's for this full name only"
    return {**found, **more}, f"{detail}; {note}" if detail else note


def _find(
    lookups: Lookups, kind: str, value: str, aliases: AliasBook
) -> tuple[dict[str, Entity], str, str]:
    """The entities value names, how ("alias", "kept apart", "exact name",
    "spelling variant", "surname"), and a detail for --explain.

    An exact name wins: when the archive writes some entity exactly as the value is
    spelled (case, accents and hyphens aside), those entities are the answer, and
    entities whose spellings only share the value's name key are not ("Piraeus" finds
    Piraeus, never Paris)."""
    matched = aliases.canonical(kind, [value])
    if matched and name_key(matched[0].name) == name_key(value):
        matched = None  # the canonical name itself, in some spelling
    canonical = matched[0].name if matched else value
    ids = lookups.ids_for_key(kind, name_key(canonical))
    slug = aliases.separate_slug(kind, canonical)
    apart = [i for i in ids if i.partition("@")[0].partition("~")[2] == slug] if slug else []
    exact = [] if matched or apart else lookups.ids_for_spelling(kind, fold_name(canonical))
    if matched:
        how, detail = "alias", f"of {matched[0].describe(aliases.path)}"
    elif apart:
        how, detail = "kept apart", "a [[never_merge]] name of the alias file"
    elif exact:
        ids, how, detail = exact, "exact name", ""
    elif ids:
        how, detail = "spelling variant", ""
    else:
        ids, how, detail = lookups.ids_for_surname(kind, name_key(value)), "surname", ""
    found = lookups.entities(kind, apart or ids) if ids else {}
    if how == "spelling variant":
        detail = _variant_detail(found, value)
    return found, how, detail


def _variant_detail(found: dict[str, Entity], value: str) -> str:
    """Which spellings of the archive a variant value joined, for --explain: "same name
    key as 'Deir ez-Zor'"."""
    key = name_key(value)
    spellings = sorted(
        {s for e in found.values() for s in (e.name, *e.variants) if name_key(s) == key}
    )
    shown = ", ".join(repr(s) for s in spellings[:3])
    return f"same name key as {shown}" if shown else ""


def _in_country(
    lookups: Lookups, value: str, name: str, codes: tuple[str, ...], aliases: AliasBook
) -> Resolution:
    """A place name restricted to a country: "Paris, FR", "Paris, France"."""
    table = country_table()
    found, how, detail = _find(lookups, "PLACE", name, aliases)
    inside = {i: e for i, e in found.items() if (country_of(i) or e.country) in codes}
    countries = " or ".join(table.name(code) for code in codes)
    if not inside:
        elsewhere = sorted({table.name(country_of(i) or e.country or "") for i, e in found.items()})
        known = f"; the index knows {name!r} in {', '.join(elsewhere)}" if found else ""
        raise FilterValueError(
            f"no place in the index matches --place {value!r}: none named {name!r} "
            f"in {countries}{known} (run `search --facets --by-country` to see the countries)"
        )
    detail = f"{detail}, in {countries}" if detail else f"in {countries}"
    return _resolution("--place", value, inside, how, detail)


def _resolution(
    option: str, value: str, found: dict[str, Entity], how: str, detail: str
) -> Resolution:
    ordered = sorted(found, key=lambda i: (-found[i].articles, i))
    return Resolution(option, value, how, tuple((found[i].name, i) for i in ordered), detail)


def resolve_country(value: str) -> Resolution:
    """The countries --country value names: an ISO code, a name or an alias."""
    table = country_table()
    codes = table.resolve(value)
    if not codes:
        close = table.suggestions(value)
        hint = f"; did you mean {', '.join(repr(n) for n in close)}?" if close else ""
        raise FilterValueError(
            f"no country matches --country {value!r}{hint} (give a country name, an alias "
            "such as 'U.S.' or 'Britain', or a two-letter ISO code such as 'FR')"
        )
    stripped = value.strip()
    if len(stripped) == 2 and stripped.upper() in codes:
        how = "country code"
    elif any(name_key(table.name(code)) == name_key(value) for code in codes):
        how = "country name"
    else:
        how = "country alias"
    return Resolution("--country", value, how, tuple((table.name(c), c) for c in codes))


def _no_match_message(known: list[str], kind: str, value: str) -> str:
    close = _close_names(set(known), value)
    hint = f"; did you mean {', '.join(repr(n) for n in close)}?" if close else ""
    return (
        f"no {NOUN[kind]} in the index matches {FLAG[kind]} {value!r}{hint} "
        f"(run `search --facets` to see the most frequent ones)"
    )


def _close_names(names: set[str], value: str) -> list[str]:
    """Up to three known names near value: for one word, names whose last word is
    near it (a misspelt surname suggests the people bearing it), else the names
    nearest as a whole."""
    import difflib

    if len(value.split()) == 1:
        by_last: dict[str, list[str]] = {}
        for name in sorted(names):
            words = name.replace("-", " ").split()
            if len(words) > 1:
                by_last.setdefault(words[-1].lower(), []).append(name)
        near = difflib.get_close_matches(value.lower(), by_last, n=3, cutoff=0.6)
        if near:
            return [name for word in near for name in by_last[word]][:3]
    close = difflib.get_close_matches(value, names, n=3, cutoff=0.6)
    if not close:
        by_lower = {n.lower(): n for n in names}
        close = [by_lower[n] for n in difflib.get_close_matches(value.lower(), by_lower, n=3)]
    return close
