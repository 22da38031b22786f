"""Rewrite the output of every `<!-- example -->` block in README.md.

Each block's `$ search ...` command is run against a fresh index of seeds/ (in a
temporary folder), exactly as tests/test_readme.py runs it; its output replaces
the block's. Run from the repository root: python scripts/update_readme_examples.py
"""

from __future__ import annotations

import re
import shlex
import tempfile
from pathlib import Path

from click.testing import CliRunner

from search.cli import index_command, search_command

README = Path("README.md")
EXAMPLE = re.compile(
    r"(<!-- example -->\n```console\n\$ search (?P<command>[^\n]*)\n)(.*?)(```)", re.S
)


def main() -> None:
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as folder:
        index_dir = str(Path(folder) / "index")
        runner.invoke(index_command, ["seeds", "--index", index_dir, "-q"], catch_exceptions=False)

        def run(match: re.Match[str]) -> str:
            argv = [*shlex.split(match.group("command")), "--index", index_dir]
            result = runner.invoke(search_command, argv, prog_name="search")
            return match.group(1) + result.stdout + result.stderr + match.group(4)

        README.write_text(EXAMPLE.sub(run, README.read_text("utf-8")), "utf-8")


if __name__ == "__main__":
    main()
