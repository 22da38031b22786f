"""`index.frozen.record`: a frozen dataclass whose comparison, hash and repr are
shared instead of compiled for each class (issue 13: a search process defines
about fifty records, and compiling their methods was a fifth of its work)."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
from dataclasses import FrozenInstanceError, dataclass, field
from pathlib import Path

import pytest
from search_probe import probe

from index.frozen import record


@dataclass(frozen=True)
class Generated:
    city: str
    year: int = 0
    names: tuple[str, ...] = ()
    counts: tuple[int, ...] = field(default_factory=tuple)


@record
class Shared:
    city: str
    year: int = 0
    names: tuple[str, ...] = ()
    counts: tuple[int, ...] = field(default_factory=tuple)


@record
class OneField:
    city: str


@record
class Other:
    city: str


@record
class OwnRepr:
    city: str

    def __repr__(self) -> str:
        return f"<{self.city}>"


def test_a_record_compares_hashes_and_prints_as_a_frozen_dataclass() -> None:
    values = [("Lyon", 1998, ("a", "b")), ("Lyon", 1998, ("a",)), ("Oslo", 0, ())]
    for left in values:
        for right in values:
            same = Generated(*left) == Generated(*right)
            assert (Shared(*left) == Shared(*right)) is same
            assert (Shared(*left) != Shared(*right)) is not same
        assert hash(Shared(*left)) == hash(Generated(*left))
        assert repr(Shared(*left)) == repr(Generated(*left)).replace("Generated(", "Shared(")
    assert hash(OneField("Lyon")) == hash(("Lyon",))  # the fields' tuple, even for one field
    other: object = Other("Lyon")
    assert OneField("Lyon") != other  # another class never equals
    assert OneField("Lyon").__eq__("Lyon") is NotImplemented
    assert {Shared("Lyon", 1998), Shared("Lyon", 1998)} == {Shared("Lyon", 1998)}
    with pytest.raises(TypeError):
        hash(Shared("Lyon", names=["a"]))  # type: ignore[arg-type]  # a list is unhashable


@record
class OwnEq:
    city: str

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OwnEq) and other.city.lower() == self.city.lower()


@dataclass(frozen=True)
class GeneratedOwnEq:
    city: str

    def __eq__(self, other: object) -> bool:
        return isinstance(other, GeneratedOwnEq) and other.city.lower() == self.city.lower()


def test_a_method_the_class_writes_stays_as_with_dataclass() -> None:
    assert OwnEq("Lyon") == OwnEq("LYON")
    assert hash(OwnEq("Lyon")) == hash(GeneratedOwnEq("Lyon"))  # the hash is still given
    assert repr(OwnRepr("Lyon")) == "<Lyon>"


def test_a_record_stays_a_frozen_dataclass() -> None:
    place = Shared("Lyon", 1998)
    with pytest.raises(FrozenInstanceError):
        place.city = "Oslo"  # type: ignore[misc]
    assert dataclasses.is_dataclass(place)
    assert [f.name for f in dataclasses.fields(place)] == ["city", "year", "names", "counts"]
    assert dataclasses.replace(place, year=2001) == Shared("Lyon", 2001)
    assert dataclasses.asdict(place) == {"city": "Lyon", "year": 1998, "names": (), "counts": ()}
    match place:
        case Shared(city, year):
            assert (city, year) == ("Lyon", 1998)


def test_a_record_field_cannot_leave_the_shared_methods() -> None:
    with pytest.raises(TypeError, match="all compare, hash and print"):

        @record
        class Hidden:
            city: str = field(repr=False)


def test_a_search_defines_no_record_methods_of_its_own(seed_index: Path) -> None:
    """No frozen dataclass of the modules a plain search imports has its
    comparison and hash compiled for it (each is a record, or compares by identity)."""
    code, loaded = probe(["--index", str(seed_index), "observation post"], isolated=True)
    assert code in (0, None)
    ours = sorted(m for m in loaded if m.split(".")[0] in ("index", "search"))
    compiled = []
    for name in ours:
        for cls_name, cls in inspect.getmembers(importlib.import_module(name), inspect.isclass):
            params = getattr(cls, "__dataclass_params__", None)
            if cls.__module__ != name or params is None or not params.frozen:
                continue
            if params.eq:  # compiled for the class (a record's is shared, eq=False)
                compiled.append(f"{name}.{cls_name}")
    assert compiled == []
