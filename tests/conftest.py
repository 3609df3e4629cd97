"""Shared fixtures: a fresh database on SQLite, and on PostgreSQL when a server is given."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from models.db import open_database
from models.lang import set_language

PG_URL = os.environ.get("ZUOCI_TEST_PG_URL", "")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
# The user data folder (default database, station copies, user templates) of a test run is its
# own: no test reads or leaves files in the real user's folder.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="zuoci-test-data-")
atexit.register(shutil.rmtree, os.environ["XDG_DATA_HOME"], ignore_errors=True)


@pytest.fixture(autouse=True)
def _messages_in_chinese() -> None:
    """Tests read the domain's messages in Chinese, the users' language, whatever the machine's."""
    set_language("zh")


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = open_database(tmp_path / "zuoci.db")
    yield engine
    engine.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A new, empty PostgreSQL database on the test server, dropped afterwards."""
    if not PG_URL:
        if os.environ.get("ZUOCI_REQUIRE_ALL"):
            pytest.fail("ZUOCI_TEST_PG_URL is not set but ZUOCI_REQUIRE_ALL asks for every test")
        pytest.skip("ZUOCI_TEST_PG_URL is not set")
    name = f"zuoci_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG_URL.rsplit("/", 1)[0] + f"/{name}"
    yield url
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """The same storage test on SQLite and on the real PostgreSQL server."""
    if request.param == "sqlite":
        target: str | Path = tmp_path / "zuoci.db"
    else:
        target = request.getfixturevalue("pg_url")
    engine = open_database(target)
    yield engine
    engine.dispose()
