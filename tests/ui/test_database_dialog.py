"""Choosing the database: a file or a server, tried before use, remembered for the next start."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from models.db import describe, open_database
from ui import settings as keys
from ui.app import open_start_database, reopen
from ui.database_dialog import DatabaseDialog, server_url
from ui.main_window import MainWindow


def a_database(path: Path) -> Path:
    open_database(path).dispose()
    return path


def dialog_on(qtbot: QtBot, settings: QSettings, page: int = DatabaseDialog.FILE_PAGE
              ) -> DatabaseDialog:
    dialog = DatabaseDialog(settings, page)
    qtbot.addWidget(dialog)
    return dialog


def test_a_sqlite_file_opens_and_is_remembered(qtbot: QtBot, settings: QSettings,
                                               tmp_path: Path) -> None:
    path = a_database(tmp_path / "外事.db")
    dialog = dialog_on(qtbot, settings)
    dialog.path.setText(str(path))
    dialog.accept()
    assert dialog.result() == DatabaseDialog.DialogCode.Accepted
    assert dialog.target() == str(path)
    assert settings.value(keys.LAST_DATABASE) == str(path)
    assert dialog_on(qtbot, settings).path.text() == str(path)


def test_a_text_file_is_refused_in_the_dialog_and_nothing_changes(
        qtbot: QtBot, settings: QSettings, tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("these are not guests", encoding="utf-8")
    dialog = dialog_on(qtbot, settings)
    dialog.path.setText(str(notes))
    dialog.accept()
    assert dialog.problem.text() == f"{notes} 不是 Zuoci 数据库（不是 SQLite 文件）；未作任何修改。"
    assert not dialog.problem.isHidden()
    assert dialog.result() == DatabaseDialog.DialogCode.Rejected
    assert dialog.target() is None
    assert settings.value(keys.LAST_DATABASE) is None
    assert notes.read_text(encoding="utf-8") == "these are not guests"


def test_a_missing_file_is_not_created(qtbot: QtBot, settings: QSettings,
                                       tmp_path: Path) -> None:
    dialog = dialog_on(qtbot, settings)
    dialog.path.setText(str(tmp_path / "typo.db"))
    dialog.accept()
    assert dialog.target() is None
    assert not (tmp_path / "typo.db").exists()


def test_an_unreachable_server_is_explained_without_the_password(
        qtbot: QtBot, settings: QSettings) -> None:
    dialog = dialog_on(qtbot, settings, DatabaseDialog.SERVER_PAGE)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)
    dialog.database.setText("zuoci")
    dialog.user.setText("protocol")
    dialog.password.setText("s3cret-pw")
    dialog.accept()
    shown = dialog.problem.text()
    assert shown.startswith("无法打开数据库 postgresql+psycopg://protocol:***@127.0.0.1:1/zuoci：")
    assert "s3cret-pw" not in shown
    assert dialog.target() is None
    assert settings.value(keys.LAST_DATABASE) is None


def test_a_server_is_remembered_without_its_password(
        qtbot: QtBot, settings: QSettings, pg_url: str) -> None:
    url = make_url(pg_url)
    dialog = dialog_on(qtbot, settings, DatabaseDialog.SERVER_PAGE)
    dialog.host.setText(url.host)
    dialog.port.setValue(url.port)
    dialog.database.setText(url.database)
    dialog.user.setText(url.username)
    dialog.password.setText(url.password)
    dialog.accept()
    assert dialog.target() == server_url(url.host, url.port, url.database, url.username,
                                         url.password)
    without = f"postgresql+psycopg://{url.username}@{url.host}:{url.port}/{url.database}"
    assert settings.value(keys.LAST_DATABASE) == without
    assert settings.value(keys.DATABASE_SERVER) == without
    again = dialog_on(qtbot, settings, DatabaseDialog.SERVER_PAGE)
    assert (again.host.text(), again.port.value(), again.database.text(), again.user.text(),
            again.password.text()) == (url.host, url.port, url.database, url.username, "")


def test_an_empty_server_form_says_what_is_missing(qtbot: QtBot, settings: QSettings) -> None:
    dialog = dialog_on(qtbot, settings, DatabaseDialog.SERVER_PAGE)
    dialog.accept()
    assert not dialog.problem.isHidden()
    assert dialog.target() is None


@pytest.fixture
def default_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    default = tmp_path / "default" / "zuoci.db"
    monkeypatch.setattr("models.db.default_db_path", lambda: default)
    return default


def started_on(settings: QSettings, db: str | None = None) -> str:
    engine = open_start_database(db, settings)
    assert engine is not None
    engine.dispose()
    return describe(engine.url.render_as_string(hide_password=False))


def test_starting_without_db_opens_the_database_chosen_last(
        settings: QSettings, tmp_path: Path, default_file: Path) -> None:
    chosen = a_database(tmp_path / "外事.db")
    settings.setValue(keys.LAST_DATABASE, str(chosen))
    assert started_on(settings) == str(chosen)
    given = a_database(tmp_path / "given.db")
    assert started_on(settings, str(given)) == str(given)
    assert not default_file.exists()


def test_starting_falls_back_to_the_default_file_when_the_last_one_is_gone_or_refused(
        settings: QSettings, tmp_path: Path, default_file: Path) -> None:
    settings.setValue(keys.LAST_DATABASE, str(tmp_path / "gone.db"))
    assert started_on(settings) == str(default_file)
    assert not (tmp_path / "gone.db").exists()
    notes = tmp_path / "notes.db"
    notes.write_text("these are not guests", encoding="utf-8")
    settings.setValue(keys.LAST_DATABASE, str(notes))
    assert started_on(settings) == str(default_file)
    settings.setValue(keys.LAST_DATABASE, "postgresql+psycopg://nobody@127.0.0.1:1/zuoci")
    assert started_on(settings) == str(default_file)


def test_reopening_shows_a_new_window_on_the_other_database_and_closes_the_old(
        qtbot: QtBot, settings: QSettings, tmp_path: Path,
        open_window: Callable[[Engine], MainWindow], sqlite_engine: Engine) -> None:
    window = open_window(sqlite_engine)
    window.show()
    window.resize(700, 500)
    other = a_database(tmp_path / "外事.db")
    replacement = reopen(window, str(other), settings)
    assert replacement is not None
    qtbot.addWidget(replacement)
    assert not window.isVisible()
    assert replacement.isVisible()
    assert replacement.size() == window.size()
    assert replacement.database_label.toolTip() == str(other)


def test_reopening_on_a_refused_database_keeps_the_window(
        qtbot: QtBot, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        open_window: Callable[[Engine], MainWindow], sqlite_engine: Engine) -> None:
    shown: list[str] = []
    monkeypatch.setattr("ui.app.QMessageBox.critical",
                        lambda parent, title, text: shown.append(text))
    window = open_window(sqlite_engine)
    window.show()
    notes = tmp_path / "notes.db"
    notes.write_text("these are not guests", encoding="utf-8")
    assert reopen(window, str(notes), settings) is None
    assert shown == [f"{notes} 不是 Zuoci 数据库（不是 SQLite 文件）；未作任何修改。"]
    assert window.isVisible()
