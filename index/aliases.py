"""The user's alias file: spellings the name key cannot know, and names never to merge.

A TOML file (format in the README)::

    [[entity]]
    type = "person"                  # person | place | org
    name = "Recep Tayyip Erdogan"    # the canonical name
    aliases = ["Tayyip Erdogan", "Erdoğan", "R.T. Erdogan"]

    [[never_merge]]
    type = "person"
    names = ["Hassan Rouhani", "Hussein Rouhani"]

An alias matches a mention (or a filter value) by exact spelling (case and
accents folded) or by name key; a name key shared by the names of a
``never_merge`` group matches by exact spelling only. The names of a group keep
distinct entity ids: their common id gets a suffix, ``key~slug`` (before the
``@CC`` of a place). ``index.extract.aliasing`` applies it to mentions; the query side asks
:meth:`AliasBook.canonical` and :meth:`AliasBook.separate_slug`.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from index.errors import AliasFileError
from index.frozen import record
from index.names import fold_name, name_key
from index.records import ORG, PERSON, PLACE

ALIAS_FILE = "aliases.toml"  # the copy kept in an index directory
ALIAS_ENV = "SEARCH_ALIASES"
KINDS = {"person": PERSON, "place": PLACE, "org": ORG}
_ENTRY_KEYS = frozenset({"type", "name", "aliases", "country"})
_GROUP_KEYS = frozenset({"type", "names"})
_AT_LINE = re.compile(r"at line (\d+)")
MAX_ALIAS_BYTES = 16 * 2**20


@record
class AliasEntry:
    """One [[entity]] of an alias file: a canonical name and the spellings that join it."""

    kind: str  # PLACE | PERSON | ORG
    name: str  # the canonical name
    aliases: tuple[str, ...]
    line: int  # where its [[entity]] header is in the file
    country: str | None = None  # for a place: the ISO code of the one meant

    def describe(self, path: Path | None) -> str:
        where = f"{path.name}, line {self.line}" if path else f"line {self.line}"
        return f"[[entity]] {self.name!r} ({where})"


class AliasBook:
    """The parsed alias file; an empty book changes nothing."""

    def __init__(
        self,
        entries: Sequence[AliasEntry] = (),
        groups: Sequence[tuple[str, tuple[str, ...]]] = (),
        path: Path | None = None,
        text: str = "",
    ) -> None:
        self.entries = tuple(entries)
        self.path = path
        self.text = text
        self.digest = _digest(text) if text else ""
        self._slugs: dict[tuple[str, str], str] = {}
        guarded: set[tuple[str, str]] = set()
        for kind, names in groups:
            for name in names:
                self._slugs[(kind, fold_name(name))] = "-".join(fold_name(name).split())
                guarded.add((kind, name_key(name)))
        self._exact: dict[tuple[str, str], AliasEntry] = {}
        self._by_key: dict[tuple[str, str], AliasEntry] = {}
        for entry in self.entries:
            for spelling in (entry.name, *entry.aliases):
                self._exact.setdefault((entry.kind, fold_name(spelling)), entry)
                key = (entry.kind, name_key(spelling))
                if key not in guarded and key[1]:
                    self._by_key.setdefault(key, entry)

    def __bool__(self) -> bool:
        return bool(self.entries or self._slugs)

    def canonical(self, kind: str, spellings: Iterable[str]) -> tuple[AliasEntry, bool] | None:
        """The entry one of spellings belongs to, and whether it matched exactly
        (else by name key); None when none does."""
        spellings = list(spellings)
        for spelling in spellings:
            entry = self._exact.get((kind, fold_name(spelling)))
            if entry is not None:
                return entry, True
        for spelling in spellings:
            entry = self._by_key.get((kind, name_key(spelling)))
            if entry is not None:
                return entry, False
        return None

    def separate_slug(self, kind: str, name: str) -> str | None:
        """The id suffix of a name listed in a never_merge group, else None."""
        return self._slugs.get((kind, fold_name(name)))


def separate_id(entity_id: str, slug: str) -> str:
    """entity_id made distinct by a suffix of its name key: for one name of a
    never_merge group, a state whose city has its id, a town's namesake in a state."""
    base, at, country = entity_id.partition("@")
    return f"{base}~{slug}{at}{country}"


def alias_file_path(given: Path | None, index_dir: Path) -> Path | None:
    """--aliases FILE, else $SEARCH_ALIASES, else the copy in the index directory."""
    if given is not None:
        return given
    if os.environ.get(ALIAS_ENV):
        return Path(os.environ[ALIAS_ENV])
    kept = index_dir / ALIAS_FILE
    return kept if os.path.lexists(kept) else None


def keep_alias_file(book: AliasBook | None, index_dir: Path) -> None:
    """Copy the alias file an index was built with into it, so that searches
    read the same file (written atomically; a copy already in place is kept)."""
    if book is None or book.path is None:
        return
    kept = index_dir / ALIAS_FILE
    if kept.exists() and kept.resolve() == book.path.resolve():
        return
    temporary = index_dir / f"{ALIAS_FILE}.{os.getpid()}.tmp"
    temporary.write_text(book.text, encoding="utf-8")
    os.replace(temporary, kept)


def _digest(text: str) -> str:
    import hashlib  # here, not at the top: only a search with an alias file needs it

    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


def load_aliases(path: Path | None) -> AliasBook:
    """The alias book at path (empty for None); raises AliasFileError naming the
    file and line of the first problem."""
    if path is None:
        return AliasBook()
    import tomllib  # here, not at the top: most searches read no alias file

    try:
        text = _read_text(path)
        data = tomllib.loads(text)
    except OSError as error:
        raise AliasFileError(f"cannot read the alias file {path}: {error.strerror}") from error
    except UnicodeDecodeError as error:
        raise AliasFileError(f"alias file {path}: not UTF-8 text ({error.reason})") from error
    except RecursionError:
        raise AliasFileError(
            f"alias file {path}: values nested too deeply to be an alias file (see the README)"
        ) from None
    except tomllib.TOMLDecodeError as error:
        found = _AT_LINE.search(str(error))
        line = int(found.group(1)) if found else max(1, len(text.splitlines()))
        message = str(error).split(" (at ")[0]
        raise AliasFileError(
            f"alias file {path}, line {line}: {message} (see the README)"
        ) from None
    return _book(path, text, data)


def _read_text(path: Path) -> str:
    """The text of a regular file of at most MAX_ALIAS_BYTES (a byte-order mark
    dropped). Opened without waiting, so that a pipe or a device is refused,
    not read forever."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    with open(descriptor, "rb") as handle:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise AliasFileError(
                f"the alias file {path} is not a regular file: give a TOML file, or remove it"
            )
        raw = handle.read(MAX_ALIAS_BYTES + 1)
    if len(raw) > MAX_ALIAS_BYTES:
        raise AliasFileError(
            f"the alias file {path} is larger than {MAX_ALIAS_BYTES // 2**20} MB: "
            "is it an alias file? (see the README)"
        )
    return raw.decode("utf-8-sig")


def _book(path: Path, text: str, data: dict[str, Any]) -> AliasBook:
    def fail(line: int, problem: str) -> AliasFileError:
        return AliasFileError(f"alias file {path}, line {line}: {problem} (see the README)")

    for key in data:
        if key not in ("entity", "never_merge"):
            raise fail(
                _line_of(text, key, 0), f"unknown table {key!r}: use [[entity]] or [[never_merge]]"
            )
    entries: list[AliasEntry] = []
    for number, table in enumerate(_tables(data, "entity", text, fail)):
        line = _line_of(text, "entity", number)
        kind = _kind(table, _ENTRY_KEYS, line, fail)
        name = table.get("name")
        if not isinstance(name, str) or not name_key(name):
            raise fail(line, "an [[entity]] needs a name with letters in it")
        aliases = _strings(table.get("aliases", []), "aliases", line, fail)
        country = table.get("country")
        if country is not None and (kind != PLACE or not _is_code(country)):
            raise fail(line, 'country is a place\'s two-letter ISO code, e.g. country = "FR"')
        entries.append(AliasEntry(kind, name, tuple(aliases), line, country and country.upper()))
    groups: list[tuple[str, tuple[str, ...]]] = []
    for number, table in enumerate(_tables(data, "never_merge", text, fail)):
        line = _line_of(text, "never_merge", number)
        kind = _kind(table, _GROUP_KEYS, line, fail)
        names = _strings(table.get("names"), "names", line, fail)
        if len(names) < 2:
            raise fail(line, "a [[never_merge]] needs names = [at least two names]")
        groups.append((kind, tuple(names)))
    return AliasBook(entries, groups, path, text)


def _tables(data: dict[str, Any], key: str, text: str, fail: Any) -> list[dict[str, Any]]:
    tables = data.get(key, [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise fail(_line_of(text, key, 0), f"write [[{key}]] tables (double brackets)")
    return tables


def _kind(table: dict[str, Any], allowed: frozenset[str], line: int, fail: Any) -> str:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise fail(line, f"unknown key {unknown[0]!r} (keys: {', '.join(sorted(allowed))})")
    kind = table.get("type")
    if kind not in KINDS:
        raise fail(line, f"type must be one of {', '.join(KINDS)}, not {kind!r}")
    return KINDS[kind]


def _strings(value: Any, key: str, line: int, fail: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise fail(line, f"{key} must be a list of names in quotes")
    return value


def _is_code(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 2 and value.isalpha()


def _line_of(text: str, key: str, number: int) -> int:
    """The line of the number-th [[key]] header (or key = ...) in text."""
    pattern = re.compile(
        rf"^[ \t]*(\[\[?[ \t]*{re.escape(key)}[ \t]*\]|{re.escape(key)}[ \t]*=)", re.M
    )
    found = list(pattern.finditer(text))
    if number < len(found):
        return text.count("\n", 0, found[number].start()) + 1
    return 1
