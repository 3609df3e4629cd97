"""The translations: complete in Chinese, in step with the code, compiled on demand, switchable."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from ui.main_window import MainWindow
from ui.translations import TRANSLATIONS, Translators, chosen_language, compiled_translation

ROOT = Path(__file__).resolve().parents[2]


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source text, translation element) for every message of a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((context.findtext("name") or "", message.findtext("source") or "",
                          translation))
    return found


def texts(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def test_every_chinese_translation_is_finished_and_not_empty() -> None:
    found = messages(TRANSLATIONS / "zuoci_zh_CN.ts")
    assert found
    for context, source, translation in found:
        state = translation.get("type")
        assert state is None, f"{context}: {source!r} is {state}"
        assert all(text.strip() for text in texts(translation)), f"{context}: {source!r} is empty"


def test_the_english_translation_gives_both_plural_forms() -> None:
    found = messages(TRANSLATIONS / "zuoci_en.ts")
    assert found
    for _context, _source, translation in found:
        assert translation.get("type") is None
        assert len(texts(translation)) == 2 and all(texts(translation))


def test_the_chinese_translation_covers_every_text_in_the_code(tmp_path: Path) -> None:
    """A text added to ui/ without running pyside6-lupdate would stay English for Chinese users."""
    lupdate = shutil.which("pyside6-lupdate", path=Path(sys.executable).parent)
    assert lupdate, "pyside6-lupdate comes with PySide6 and sits beside the Python in use"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(path) for path in (ROOT / "ui").glob("*.py"))
    subprocess.run([lupdate, "-silent", *sources, "-ts", str(fresh)], check=True)
    in_code = {(context, source) for context, source, _ in messages(fresh)}
    translated = {(context, source)
                  for context, source, _ in messages(TRANSLATIONS / "zuoci_zh_CN.ts")}
    assert in_code == translated


def test_a_missing_or_outdated_compiled_translation_is_built_again(tmp_path: Path) -> None:
    sources, cache = tmp_path / "sources", tmp_path / "cache"
    sources.mkdir()
    shutil.copy2(TRANSLATIONS / "zuoci_zh_CN.ts", sources)
    compiled = compiled_translation("zh_CN", cache, sources)
    assert compiled == cache / "zuoci_zh_CN.qm"
    assert compiled.stat().st_size > 0
    built = compiled.stat().st_mtime_ns

    assert compiled_translation("zh_CN", cache, sources) == compiled
    assert compiled.stat().st_mtime_ns == built

    source_time = compiled.stat().st_mtime + 60
    os.utime(sources / "zuoci_zh_CN.ts", (source_time, source_time))
    assert compiled_translation("zh_CN", cache, sources) == compiled
    assert compiled.stat().st_mtime_ns != built
    assert [path.name for path in cache.iterdir()] == ["zuoci_zh_CN.qm"]


def test_a_translation_that_cannot_be_built_leaves_the_english_texts(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "zuoci_zh_CN.ts").write_text("not a translation", encoding="utf-8")
    assert compiled_translation("zh_CN", tmp_path / "cache", sources) is None


@pytest.mark.parametrize(("setting", "system", "chosen"), [
    ("system", "zh_CN", "zh_CN"),
    ("system", "zh_TW", "zh_CN"),
    ("system", "en_GB", "en"),
    ("system", "fr_FR", "en"),
    (None, "zh_CN", "zh_CN"),
    ("en", "zh_CN", "en"),
    ("zh_CN", "en_US", "zh_CN"),
])
def test_the_language_follows_the_system_unless_set(setting: str | None, system: str,
                                                    chosen: str) -> None:
    assert chosen_language(setting, QLocale(system)) == chosen


def test_switching_language_changes_the_open_windows_texts(
        qtbot: QtBot, sqlite_engine: Engine, settings: QSettings,
        translators: Translators) -> None:
    translators.use("zh_CN")
    window = MainWindow(sqlite_engine, settings)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["文件(&F)", "编辑(&E)", "座次(&S)", "签到(&I)", "帮助(&H)"]
    assert window.new_event_action.text() == "新建活动(&N)…"
    assert window.guest_view.model().headerData(0, Qt.Orientation.Horizontal) == "姓名"

    translators.use("en")
    QCoreApplication.processEvents()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Seating", "Sign-&in", "&Help"]
    assert window.new_event_action.text() == "&New event…"
    assert window.guest_view.model().headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert window.message.text().startswith("No events yet.")


def test_the_undo_and_redo_items_follow_a_language_switch(
        qtbot: QtBot, sqlite_engine: Engine, settings: QSettings,
        translators: Translators) -> None:
    translators.use("zh_CN")
    window = MainWindow(sqlite_engine, settings)
    qtbot.addWidget(window)
    assert (window.undo_action.text(), window.redo_action.text()) == ("撤销", "重做")

    translators.use("en")
    QCoreApplication.processEvents()
    assert (window.undo_action.text(), window.redo_action.text()) == ("Undo", "Redo")
    window.undo_stack.push(QUndoCommand("Edit rank of 张伟"))
    assert window.undo_action.text() == "Undo Edit rank of 张伟"

    translators.use("zh_CN")
    QCoreApplication.processEvents()
    chinese = QCoreApplication.translate("MainWindow", "Undo {action}")
    assert window.undo_action.text() == chinese.format(action="Edit rank of 张伟")
    window.undo_stack.undo()
    chinese = QCoreApplication.translate("MainWindow", "Redo {action}")
    assert window.redo_action.text() == chinese.format(action="Edit rank of 张伟")


def test_qts_own_dialog_texts_are_chinese_too(qtbot: QtBot, translators: Translators) -> None:
    translators.use("zh_CN")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
