"""Acceptance item 1: the project's declared layout, dependencies and tool config."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from typing import Any

import pytest
from helpers import REPO


@pytest.fixture(scope="module")
def pyproject() -> dict[str, Any]:
    with (REPO / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)


def requirement_names(requirements: list[str]) -> set[str]:
    return {re.split(r"[\s<>=!~;\[]", req, maxsplit=1)[0].lower() for req in requirements}


def test_runtime_dependencies_are_declared(pyproject: dict[str, Any]) -> None:
    names = requirement_names(pyproject["project"]["dependencies"])
    assert {"click", "rich", "whoosh-reloaded"} <= names
    assert "whoosh" not in names


def test_python_requirement_is_3_11_or_later(pyproject: dict[str, Any]) -> None:
    assert pyproject["project"]["requires-python"].replace(" ", "") == ">=3.11"


def test_test_extras_hold_pytest_and_hypothesis(pyproject: dict[str, Any]) -> None:
    names = requirement_names(pyproject["project"]["optional-dependencies"]["test"])
    assert {"pytest", "hypothesis"} <= names


def test_ruff_and_mypy_are_configured(pyproject: dict[str, Any]) -> None:
    tool = pyproject["tool"]
    assert tool["ruff"]["target-version"] == "py311"
    assert set(tool["ruff"]["lint"]["select"]) >= {"B", "E", "F", "I", "UP", "W"}
    assert tool["mypy"]["strict"] is True
    assert set(tool["mypy"]["files"]) == {"index", "search"}


def test_console_scripts_are_declared(pyproject: dict[str, Any]) -> None:
    scripts = pyproject["project"]["scripts"]
    assert scripts["search"] == "search.cli:main"
    assert scripts["search-index"] == "search.cli:index_main"


def test_whoosh_reloaded_is_installed_and_whoosh_distribution_is_not() -> None:
    assert importlib.metadata.version("whoosh-reloaded").startswith("2.7.")
    for name in ("whoosh", "Whoosh"):
        with pytest.raises(importlib.metadata.PackageNotFoundError):
            importlib.metadata.distribution(name)
    installed = {
        (dist.metadata["Name"] or "").lower() for dist in importlib.metadata.distributions()
    }
    assert "whoosh" not in installed
    assert "whoosh-reloaded" in installed


def test_top_level_layout() -> None:
    for folder in ("search", "index", "seeds", "tests"):
        assert (REPO / folder).is_dir(), folder
    for package in ("search", "index"):
        assert (REPO / package / "__init__.py").is_file(), package
    assert (REPO / "README.md").is_file() and (REPO / "pyproject.toml").is_file()
    ci = REPO / ".ci" / "run"
    assert ci.is_file() and ci.stat().st_mode & 0o111, "CI runs .ci/run as a program"
    assert ci.read_text(encoding="utf-8").startswith("#!")
