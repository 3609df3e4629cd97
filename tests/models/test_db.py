"""Opening databases: migrations from empty, WAL and foreign keys, refusing what is not ours."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text
from sqlmodel import select

from models.db import DatabaseRefused, open_database, transaction
from models.guests import new_guest
from models.tables import Event, Guest


def test_a_new_sqlite_file_gets_the_whole_schema_in_wal_mode(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "new.db")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        tables = set(inspect(connection).get_table_names())
    assert {"event", "guest", "checkin", "alembic_version"} <= tables
    engine.dispose()


def test_migrations_run_from_empty_on_both_databases(engine: Engine) -> None:
    with engine.connect() as connection:
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        tables = set(inspect(connection).get_table_names())
    assert version
    assert {"event", "guest", "checkin"} <= tables


def test_deleting_an_event_deletes_its_guests(engine: Engine) -> None:
    with transaction(engine) as session:
        event = Event(name="删除测试")
        session.add(event)
        session.flush()
        session.add(new_guest(event.id, "王伟"))
    with transaction(engine) as session:
        session.delete(session.get(Event, event.id))
    with transaction(engine) as session:
        assert session.exec(select(Guest)).all() == []


def test_a_failed_transaction_writes_nothing(engine: Engine) -> None:
    with pytest.raises(RuntimeError), transaction(engine) as session:
        session.add(Event(name="半途而废"))
        session.flush()
        raise RuntimeError("stop")
    with transaction(engine) as session:
        assert session.exec(select(Event)).all() == []


def test_reopening_keeps_the_data(tmp_path: Path) -> None:
    path = tmp_path / "keep.db"
    engine = open_database(path)
    with transaction(engine) as session:
        session.add(Event(name="重开"))
    engine.dispose()
    engine = open_database(path)
    with transaction(engine) as session:
        assert [e.name for e in session.exec(select(Event))] == ["重开"]
    engine.dispose()


def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "guests.xlsx"
    path.write_bytes(b"PK\x03\x04 not a database")
    with pytest.raises(DatabaseRefused, match="不是 Zuoci 数据库"):
        open_database(path)
    assert path.read_bytes() == b"PK\x03\x04 not a database"


def test_another_programs_sqlite_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseRefused, match="不是 Zuoci 数据库"):
        open_database(path)
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()


def test_a_database_from_a_newer_zuoci_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    open_database(path).dispose()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseRefused, match="更新版本"):
        open_database(path)
    assert path.read_bytes() == before


@pytest.mark.postgres
def test_a_postgresql_database_of_another_program_is_refused(pg_url: str) -> None:
    from sqlalchemy import create_engine

    other = create_engine(pg_url)
    with other.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer)"))
    other.dispose()
    with pytest.raises(DatabaseRefused, match="不是 Zuoci 数据库"):
        open_database(pg_url)


def test_an_unreachable_server_is_refused_with_the_reason() -> None:
    url = "postgresql+psycopg://nobody:secret@127.0.0.1:1/zuoci"
    with pytest.raises(DatabaseRefused, match="无法打开数据库") as refused:
        open_database(url)
    assert "secret" not in str(refused.value)


def test_upgrading_a_first_version_database_keeps_its_guests(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from models.db import _alembic_config

    path = tmp_path / "old.db"
    old = create_engine(f"sqlite:///{path}")
    with old.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(text(
            "INSERT INTO event (uid, name, venue, organiser, notes, convention, tie_break, "
            "created_at, updated_at) VALUES ('u1', '旧活动', '', '', '', 'domestic', 'strokes', "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"))
        connection.execute(text(
            "INSERT INTO guest (event_id, list_order, name, pinyin, initials, gender, organisation,"
            " title, category, delegation, phone, email, rsvp, vip, contact_person, dietary, "
            "accessibility, notes, custom, token, created_at, updated_at) VALUES (1, 1, '王伟', "
            "'wang wei', 'ww', '', '', '', '', '', '', '', 'invited', 0, '', '', '', '', '{}', "
            "'tok-old-database-000001', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"))
    old.dispose()
    engine = open_database(path)
    with transaction(engine) as session:
        guest = session.exec(select(Guest)).one()
        assert (guest.name, guest.token, guest.host_side) == (
            "王伟", "tok-old-database-000001", False)
        assert session.exec(select(Event)).one().even_centre_left is True
    engine.dispose()


def test_the_migrations_build_exactly_the_schema_the_tables_declare(engine: Engine) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel

    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), SQLModel.metadata) == []
