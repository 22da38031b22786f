"""The `search` command's process runs without the cyclic garbage collector (a short
process that makes no garbage in cycles worth collecting; see search.cli.main), and a
build it starts turns it on again (index.collector.collector_relaxed)."""

from __future__ import annotations

import gc
from typing import Any

import pytest

from search import cli


def test_the_search_process_runs_without_the_cyclic_collector(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[bool] = []

    def command(**_: Any) -> None:
        seen.append(gc.isenabled())

    monkeypatch.setattr(cli, "search_command", command)
    assert gc.isenabled()
    try:
        cli.main()
    finally:
        gc.enable()
    assert seen == [False]
