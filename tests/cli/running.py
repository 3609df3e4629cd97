"""Running a headless command in this process, as `python main.py` would."""

from __future__ import annotations

import json
from typing import Any

import pytest

import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """`python main.py ARGV` in this process: the exit status, stdout and stderr."""
    status = main.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    """The one JSON value a successful `--json` command prints."""
    status, out, err = run(capsys, *argv)
    assert (status, err) == (0, "")
    return json.loads(out)
