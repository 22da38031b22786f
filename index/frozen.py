"""`record`: a frozen dataclass that costs less to define.

Python 3.11's `dataclass` writes each method it adds as source text and
compiles it with `exec` when the class is defined, in every process: six
functions for a frozen class (``__init__``, ``__repr__``, ``__eq__``,
``__hash__``, ``__setattr__``, ``__delattr__``). A search process defines
about fifty records, so that was a fifth of its instructions (issue 13).

`record(cls)` is ``dataclass(frozen=True)(cls)`` with the three methods that
only read the fields (``__eq__``, ``__hash__`` and ``__repr__``) shared by
every record instead of compiled for each: they behave as the generated ones
(equal when of the same class with equal fields, the hash of the fields' tuple,
``Name(field=value, ...)``). The class stays a frozen dataclass: `fields`,
`replace`, `asdict`, pattern matching and type checkers see one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")

_KEY = "__record_key__"  # per class: the fields' values as a tuple, from an instance


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(cls: type[T]) -> type[T]:
    """The class as a frozen dataclass with the shared comparison, hash and repr."""
    built = dataclass(frozen=True, eq=False, repr=False)(cls)
    every = fields(built)  # type: ignore[arg-type]
    # The shared methods read every field: a field left out of them needs dataclass's own.
    if any(not f.compare or not f.repr or f.hash is not None for f in every):
        raise TypeError(f"{cls.__qualname__}: a record's fields all compare, hash and print")
    names = tuple(f.name for f in every)
    setattr(built, _KEY, _key(names))
    own = dict(cls.__dict__)
    # A method the class writes itself stays, as dataclass leaves it; but the None
    # that Python puts for __hash__ beside a written __eq__ is replaced, as dataclass does.
    if own.get("__hash__", 0) is None and "__eq__" in own:
        del own["__hash__"]
    for name, method in (("__eq__", _eq), ("__hash__", _hash), ("__repr__", _repr)):
        if name not in own:
            setattr(built, name, method)
    return built


def _key(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The tuple dataclass's own methods compare and hash: every field, in order
    (attrgetter of one name gives the value itself, so it is wrapped)."""
    if not names:
        return lambda _: ()
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda record: (one(record),)
    return attrgetter(*names)


def _eq(self: Any, other: object) -> Any:
    if other.__class__ is self.__class__:
        key = getattr(self.__class__, _KEY)
        return key(self) == key(other)
    return NotImplemented


def _hash(self: Any) -> int:
    return hash(getattr(self.__class__, _KEY)(self))


def _repr(self: Any) -> str:
    shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self))
    return f"{self.__class__.__qualname__}({shown})"
