"""Each command test gets a database file of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

# Its failed asserts then show the values, as in a test module.
pytest.register_assert_rewrite("tests.cli.running")


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "zuoci.db")
