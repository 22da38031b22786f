"""The `search` command's process runs without the cyclic garbage collector (a short
process that makes no garbage in cycles worth collecting; see search.cli.main), and a
build it starts turns it on again (index.collector.collector_relaxed). Its objects
are frozen when it ends, so the interpreter's exit does not collect over them."""

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
        gc.unfreeze()  # main() froze the test process's objects as it ended
        gc.enable()
    assert seen == [False]


def test_the_search_process_ends_with_its_objects_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    def command(**_: Any) -> None:
        raise SystemExit(0)  # as click's command ends

    monkeypatch.setattr(cli, "search_command", command)
    try:
        with pytest.raises(SystemExit):
            cli.main()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()
