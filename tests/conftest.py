"""Shared fixtures: the seeds indexed once per session, a small JSON Lines
archive, and an environment that keeps every test away from the user's index."""

from __future__ import annotations

import importlib
import tempfile
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import (
    ARCHIVE_RECORDS,
    SEEDS,
    RawArticle,
    read_entity_table,
    read_raw_seeds,
    run_index,
    stored_documents,
    write_jsonl,
)
from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir


def pytest_configure(config: pytest.Config) -> None:
    """Hypothesis reports a failing example through libcst, whose import warns
    (mypy_extensions.TypedDict is deprecated); under filterwarnings=error that
    turns a plain test failure into an INTERNALERROR. Import it quietly first."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            importlib.import_module("hypothesis.extra._patching")
        except ImportError:
            pass
    # Same examples on every run (no flaky CI), and nothing written into the repo.
    set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "news-search-tests-hypothesis")
    settings.register_profile("suite", database=None, derandomize=True, deadline=None)
    settings.load_profile("suite")


@pytest.fixture(scope="session")
def _scratch_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("xdg-data-home")


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, _scratch_home: Path) -> None:
    """No test sees the user's index, colour preference or index variable."""
    monkeypatch.setenv("XDG_DATA_HOME", str(_scratch_home))
    monkeypatch.delenv("SEARCH_INDEX", raising=False)
    monkeypatch.delenv("SEARCH_ALIASES", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "100")


ENGINES = ("tantivy", "whoosh")


@pytest.fixture(scope="session", params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    """Each engine in turn: every test over the indexes below runs on both."""
    return str(request.param)


@pytest.fixture(scope="session")
def seed_indexes(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The five seeds indexed by an engine, once per engine for the whole session."""
    built: dict[str, Path] = {}

    def index_for(engine: str) -> Path:
        if engine not in built:
            index_dir = tmp_path_factory.mktemp(f"seed-index-{engine}") / "index"
            argv = (str(SEEDS), "--index", str(index_dir), "--quiet", "--engine", engine)
            result = run_index(*argv)
            assert result.exit_code == 0, (result.output, result.exception)
            built[engine] = index_dir
        return built[engine]

    return index_for


@pytest.fixture(scope="session")
def seed_index(seed_indexes: Callable[[str], Path], engine: str) -> Path:
    """The five seeds, indexed once per engine for the whole session."""
    return seed_indexes(engine)


@pytest.fixture(scope="session")
def raw_seeds() -> dict[str, RawArticle]:
    return read_raw_seeds()


@pytest.fixture(scope="session")
def seed_documents(seed_index: Path) -> dict[str, dict[str, Any]]:
    return {doc["id"]: doc for doc in stored_documents(seed_index)}


@pytest.fixture(scope="session")
def entity_table(seed_index: Path) -> dict[str, dict[str, dict[str, Any]]]:
    return read_entity_table(seed_index)


@pytest.fixture(scope="session")
def archive_index(tmp_path_factory: pytest.TempPathFactory, engine: str) -> Path:
    """ARCHIVE_RECORDS (dated, with sources) indexed once per engine for the session."""
    root = tmp_path_factory.mktemp(f"archive-{engine}")
    return _records_index(root, "wire", ARCHIVE_RECORDS, engine)


@pytest.fixture
def in_empty_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Run in a folder with no seeds/ in it, so nothing is indexed by surprise."""
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    yield work


@pytest.fixture(scope="session")
def editor_index(tmp_path_factory: pytest.TempPathFactory, engine: str) -> Path:
    """tests/editor_archive.py's RECORDS (a speaker quoted across dated articles,
    a reprint, sources) indexed once per engine for the session."""
    from editor_archive import RECORDS

    root = tmp_path_factory.mktemp(f"editor-{engine}")
    return _records_index(root, "desk", RECORDS, engine)


def _records_index(root: Path, name: str, records: list[dict[str, Any]], engine: str) -> Path:
    """records written to root/records/NAME.jsonl and indexed with engine."""
    source = write_jsonl(root / "records" / f"{name}.jsonl", records)
    index_dir = root / "index"
    result = run_index(str(source), "--index", str(index_dir), "--quiet", "--engine", engine)
    assert result.exit_code == 0, (result.output, result.exception)
    return index_dir
