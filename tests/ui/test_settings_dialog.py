"""The preferences (language, printing font, database shown) and an event's protocol settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import reportlab
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from models.db import transaction
from models.event_settings import ProtocolSettings, protocol_settings
from models.tables import Convention, Event, TieBreak
from printing.fonts import FontChoice
from tests.ui.guest_data import add_event
from ui import settings as keys
from ui.main_window import MainWindow
from ui.settings_dialog import ProtocolDialog, SettingsDialog
from ui.translations import Translators

VERA = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"


def preferences(qtbot: QtBot, settings: QSettings, translators: Translators) -> SettingsDialog:
    dialog = SettingsDialog(settings, translators, "/data/zuoci.db")
    qtbot.addWidget(dialog)
    return dialog


def choose_language(dialog: SettingsDialog, setting: str) -> None:
    """Choose as the user does; Qt posts the LanguageChange events, handled here."""
    index = dialog.language.findData(setting)
    dialog.language.setCurrentIndex(index)
    dialog.language.activated.emit(index)
    QCoreApplication.processEvents()


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_a_language_applies_at_once_to_the_main_window_and_is_remembered(
        qtbot: QtBot, settings: QSettings, chinese: Translators,
        open_window: Callable[[Engine], MainWindow], sqlite_engine: Engine) -> None:
    window = open_window(sqlite_engine)
    assert menu_titles(window)[0] == "文件(&F)"
    dialog = preferences(qtbot, settings, chinese)
    assert dialog.language.currentData() == "system"
    choose_language(dialog, "en")
    assert menu_titles(window) == ["&File", "&Edit", "&Seating", "Sign-&in", "&Help"]
    assert dialog.windowTitle() == "Preferences"
    assert settings.value(keys.LANGUAGE) == "en"
    assert preferences(qtbot, settings, chinese).language.currentData() == "en"
    choose_language(dialog, "zh_CN")
    assert menu_titles(window)[0] == "文件(&F)"
    assert settings.value(keys.LANGUAGE) == "zh_CN"


def test_the_database_in_use_is_shown_and_cannot_be_edited(
        qtbot: QtBot, settings: QSettings, translators: Translators) -> None:
    dialog = preferences(qtbot, settings, translators)
    assert dialog.database.text() == "/data/zuoci.db"
    assert dialog.database.isReadOnly()


def test_without_a_chosen_font_the_systems_font_is_shown(
        qtbot: QtBot, settings: QSettings, translators: Translators,
        monkeypatch: pytest.MonkeyPatch) -> None:
    translators.use("en")
    monkeypatch.setattr("ui.settings_dialog.find_cjk_font", lambda: FontChoice(Path("/f/hei.ttc")))
    dialog = preferences(qtbot, settings, translators)
    assert dialog.font_path.text() == ""
    assert dialog.font_status.text() == (
        "No font chosen: documents print with the system's /f/hei.ttc.")
    assert not dialog.system_font_button.isEnabled()
    monkeypatch.setattr("ui.settings_dialog.find_cjk_font", lambda: None)
    dialog.use_system_font()
    assert dialog.font_status.text().startswith("No Chinese font that embeds in a PDF was found")


def test_a_missing_font_file_is_explained_and_the_font_in_use_kept(
        qtbot: QtBot, settings: QSettings, translators: Translators, tmp_path: Path) -> None:
    dialog = preferences(qtbot, settings, translators)
    missing = tmp_path / "黑体.ttf"
    assert not dialog.choose_font(str(missing))
    assert dialog.font_problem.text() == f"找不到字体文件 {missing}"
    assert not dialog.font_problem.isHidden()
    assert settings.value(keys.PRINT_FONT) is None


def test_a_file_that_is_not_a_font_is_explained_and_the_font_in_use_kept(
        qtbot: QtBot, settings: QSettings, translators: Translators, tmp_path: Path) -> None:
    settings.setValue(keys.PRINT_FONT, str(VERA))
    dialog = preferences(qtbot, settings, translators)
    fake = tmp_path / "fake.ttf"
    fake.write_text("not a font", encoding="utf-8")
    assert not dialog.choose_font(str(fake))
    assert dialog.font_problem.text().startswith(f"字体文件 {fake} 无法嵌入 PDF：")
    assert settings.value(keys.PRINT_FONT) == str(VERA)
    assert dialog.font_path.text() == str(VERA)


def test_a_font_that_embeds_is_remembered_until_the_system_font_is_chosen_again(
        qtbot: QtBot, settings: QSettings, translators: Translators) -> None:
    dialog = preferences(qtbot, settings, translators)
    assert dialog.choose_font(str(VERA))
    assert settings.value(keys.PRINT_FONT) == str(VERA.resolve())
    assert dialog.font_path.text() == str(VERA.resolve())
    assert dialog.font_problem.isHidden()
    assert dialog.system_font_button.isEnabled()
    dialog.system_font_button.click()
    assert settings.value(keys.PRINT_FONT) is None
    assert dialog.font_path.text() == ""


def read_settings(engine: Engine, event_id: int) -> ProtocolSettings:
    with transaction(engine) as session:
        return protocol_settings(session, event_id)


def test_protocol_settings_are_saved_as_one_step_that_undoes_and_redoes(
        qtbot: QtBot, sqlite_engine: Engine) -> None:
    event_id = add_event(sqlite_engine, "外事接待")
    stack = QUndoStack()
    changes: list[str] = []
    failures: list[str] = []
    dialog = ProtocolDialog(sqlite_engine, event_id, stack, failures.append,
                            lambda: changes.append("changed"))
    qtbot.addWidget(dialog)
    assert dialog.chosen() == ProtocolSettings()
    assert dialog.whole_name.isEnabled()
    dialog.convention.setCurrentIndex(dialog.convention.findData(Convention.INTERNATIONAL))
    dialog.tie_break.setCurrentIndex(dialog.tie_break.findData(TieBreak.PINYIN))
    assert not dialog.whole_name.isEnabled()
    dialog.even_row.setCurrentIndex(1)
    dialog.main_table.setCurrentIndex(1)
    dialog.accept()
    chosen = ProtocolSettings(Convention.INTERNATIONAL, TieBreak.PINYIN, False, False, False)
    assert dialog.result() == ProtocolDialog.DialogCode.Accepted
    assert read_settings(sqlite_engine, event_id) == chosen
    assert stack.count() == 1
    assert changes == ["changed"]
    stack.undo()
    assert read_settings(sqlite_engine, event_id) == ProtocolSettings()
    stack.redo()
    assert read_settings(sqlite_engine, event_id) == chosen
    assert changes == ["changed"] * 3
    assert failures == []


def test_unchanged_protocol_settings_add_no_undo_step(
        qtbot: QtBot, sqlite_engine: Engine) -> None:
    event_id = add_event(sqlite_engine, "外事接待")
    stack = QUndoStack()
    dialog = ProtocolDialog(sqlite_engine, event_id, stack, print, print)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == ProtocolDialog.DialogCode.Accepted
    assert stack.count() == 0


def test_undoing_the_settings_of_a_deleted_event_says_why(
        qtbot: QtBot, sqlite_engine: Engine) -> None:
    event_id = add_event(sqlite_engine, "外事接待")
    other = add_event(sqlite_engine, "年会")
    stack = QUndoStack()
    failures: list[str] = []
    dialog = ProtocolDialog(sqlite_engine, event_id, stack, failures.append, lambda: None)
    qtbot.addWidget(dialog)
    dialog.whole_name.setChecked(True)
    dialog.accept()
    with transaction(sqlite_engine) as session:
        session.delete(session.get(Event, event_id))
    stack.undo()
    assert failures == ["该活动已被删除"]
    assert read_settings(sqlite_engine, other) == ProtocolSettings()


def test_the_settings_of_a_deleted_event_cannot_be_saved(
        qtbot: QtBot, sqlite_engine: Engine) -> None:
    dialog = ProtocolDialog(sqlite_engine, 999, QUndoStack(), print, print)
    qtbot.addWidget(dialog)
    assert dialog.problem.text() == "该活动已被删除"
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
