"""The adversarial harness in the test suite: a few dozen hypothesis-made
archives (see ``tests/adversarial.py`` for what they hold and what is checked),
run as an ordinary user so that unreadable files and folders are unreadable.
``python -m bench.adversarial --examples N`` runs many more."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from adversarial import run_archive
from as_user import Sandbox, open_sandbox
from hostile_archives import Archive, archives
from hypothesis import HealthCheck, given, settings

EXAMPLES = 25
_counter = itertools.count()


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with open_sandbox() as opened:
        yield opened


@settings(
    max_examples=EXAMPLES,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.function_scoped_fixture],
)  # fmt: skip
@given(archive=archives(permissions=True))
def test_the_indexer_on_hostile_archives(sandbox: Sandbox, archive: Archive) -> None:
    if not sandbox.modes_apply:
        for piece in archive.pieces:
            piece.readable = True
        archive.unreadable_later.clear()
    run_archive(archive, sandbox, sandbox.root / f"example-{next(_counter)}")
