"""Opening a Zuoci database (SQLite file or PostgreSQL URL): migrations, refusing foreign ones."""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from platformdirs import user_data_dir
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from models.lang import say

MIGRATIONS = Path(__file__).with_name("migrations")
# Marks a SQLite file as ours, so that a stray database of another program is told apart at once.
SQLITE_APPLICATION_ID = 0x5A554F43  # "ZUOC"
# Serialises migrations when several stations open one PostgreSQL database at the same moment.
PG_MIGRATION_LOCK = 0x5A554F43


class DatabaseRefused(Exception):
    """The database cannot be used by this Zuoci; the message says why. Nothing was changed."""


def default_db_path() -> Path:
    return Path(user_data_dir("Zuoci", appauthor=False)) / "zuoci.db"


def database_url(target: str | Path | None) -> str:
    """A SQLAlchemy URL for a file path, a URL, or the default file."""
    if target is None:
        path = default_db_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    text_target = str(target)
    if "://" in text_target:
        return text_target
    return f"sqlite:///{Path(text_target).expanduser().resolve()}"


def describe(url: str) -> str:
    """The database for a human: the file path, or the server and database without password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _head_revisions() -> set[str]:
    return set(ScriptDirectory.from_config(_alembic_config()).get_heads())


def _known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # The sqlite3 module leaves schema changes outside its implicit transactions; Zuoci issues
    # BEGIN itself (_sqlite_begin) so that a migration or an import is all-or-nothing.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database, or a SQLite database of another program,
    before SQLAlchemy or WAL mode can touch it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(b"SQLite format 3\x00"):
        raise DatabaseRefused(say(f"{path} 不是 Zuoci 数据库（不是 SQLite 文件）；未作任何修改。",
                                  f"{path} is not a Zuoci database (not a SQLite file); "
                                  "it was not changed."))
    application_id = int.from_bytes(header[68:72], "big")
    if application_id not in (0, SQLITE_APPLICATION_ID):
        raise DatabaseRefused(say(f"{path} 是其他程序的 SQLite 数据库；未作任何修改。",
                                  f"{path} is a SQLite database of another program; "
                                  "it was not changed."))
    # Look inside read-only, without our pragmas: even switching to WAL would change the file.
    reader = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true", poolclass=NullPool)
    try:
        _refuse_foreign(reader, str(path))
    except (OperationalError, DatabaseError) as error:
        raise DatabaseRefused(say(f"{path} 不是可读的 Zuoci 数据库：{error.orig}；未作任何修改。",
                                  f"{path} is not a readable Zuoci database: {error.orig}; "
                                  "it was not changed.")) from error
    finally:
        reader.dispose()


def _refuse_foreign(engine: Engine, where: str) -> None:
    """A database with tables but no Zuoci revision, or a revision we do not know, is refused."""
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        current = set(MigrationContext.configure(connection).get_current_heads())
    if not tables:
        return
    if "alembic_version" not in tables or "event" not in tables:
        raise DatabaseRefused(say(f"{where} 不是 Zuoci 数据库；未作任何修改。",
                                  f"{where} is not a Zuoci database; it was not changed."))
    unknown = current - _known_revisions()
    if unknown:
        revisions = ", ".join(sorted(unknown))
        raise DatabaseRefused(say(
            f"{where} 由更新版本的 Zuoci 写入（版本 {revisions}），请升级 Zuoci；未作任何修改。",
            f"{where} was written by a newer Zuoci (revision {revisions}); "
            "upgrade Zuoci to open it. It was not changed."))


def _upgrade(connection: Connection) -> bool:
    """Bring the schema to the newest revision; False when it was there already."""
    current = set(MigrationContext.configure(connection).get_current_heads())
    if current == _head_revisions():
        return False
    config = _alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
    return True


def _migrate(engine: Engine) -> None:
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                               {"key": PG_MIGRATION_LOCK})
            _upgrade(connection)
        return
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        # SQLite alters a table by copying and dropping it; with foreign keys on, the drop would
        # delete every row that refers to it. They are checked once the migration is done.
        driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                if not _upgrade(connection):
                    return
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise DatabaseRefused(say(
                        f"升级数据库后发现 {len(broken)} 处无效引用，已撤销升级",
                        f"Upgrading the database left {len(broken)} broken references; the "
                        "upgrade was undone"))
                connection.exec_driver_sql(f"PRAGMA application_id={SQLITE_APPLICATION_ID}")
        finally:
            driver.execute("PRAGMA foreign_keys=ON")


def open_database(target: str | Path | None = None) -> Engine:
    """Open (creating if new) a Zuoci database and bring its schema up to date.

    Raises DatabaseRefused, with nothing changed, for a file that is not ours or is too new,
    and for a server that cannot be reached.
    """
    url = database_url(target)
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        database = make_url(url).database
        if database and database != ":memory:":
            _check_sqlite_file(Path(database))
        engine = create_engine(url, poolclass=NullPool)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    elif backend == "postgresql":
        engine = create_engine(url, pool_pre_ping=True, pool_size=2,
                               connect_args={"connect_timeout": 5})
    else:
        raise DatabaseRefused(say(f"不支持的数据库类型：{backend}",
                                  f"Unsupported database: {backend}"))
    try:
        if backend == "postgresql":
            _refuse_foreign(engine, describe(url))
        _migrate(engine)
    except (OperationalError, DatabaseError) as error:
        engine.dispose()
        reason = str(error.orig) if error.orig is not None else str(error)
        raise DatabaseRefused(say(f"无法打开数据库 {describe(url)}：{reason.strip()}",
                                  f"Cannot open the database {describe(url)}: {reason.strip()}")
                              ) from error
    except DatabaseRefused:
        engine.dispose()
        raise
    return engine


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """One user action: a session committed at the end, or rolled back whole on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


T = TypeVar("T")
# SQLite's "database is locked" (SQLITE_BUSY and its extended codes, such as BUSY_SNAPSHOT).
_SQLITE_BUSY = 5


def _busy(error: OperationalError) -> bool:
    code = getattr(error.orig, "sqlite_errorcode", None)
    return code is not None and code & 0xFF == _SQLITE_BUSY


def retried_while_busy(attempt: Callable[[], T], attempts: int = 20) -> T:
    """Run `attempt` (a whole transaction) again while SQLite refuses it for another writer: a
    transaction whose earlier read went out of date loses the race for the write lock at once,
    without SQLite's busy timeout, and its retry sees what the winner wrote."""
    for number in range(attempts - 1):
        try:
            return attempt()
        except OperationalError as error:
            if not _busy(error):
                raise
        # A random pause keeps writers that collided from colliding again in step.
        time.sleep(random.uniform(0.005, 0.02) * (number + 1))
    return attempt()
