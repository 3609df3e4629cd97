"""Fixtures for the interface: private settings, the translations, main windows on a database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from ui.main_window import MainWindow
from ui.translations import Translators


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings in a file of the test's own, never the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(scope="session")
def translation_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One compiled copy of the translations for the whole run."""
    return tmp_path_factory.mktemp("translations")


@pytest.fixture
def translators(qapp: QApplication, translation_cache: Path) -> Iterator[Translators]:
    installed = Translators(qapp, translation_cache)
    yield installed
    installed.uninstall()


@pytest.fixture
def chinese(translators: Translators) -> Translators:
    """The interface in Chinese, as its users see it."""
    translators.use("zh_CN")
    return translators


@pytest.fixture
def open_window(qtbot: QtBot, settings: QSettings, chinese: Translators
                ) -> Callable[[Engine], MainWindow]:
    """Opens a main window (in Chinese) on a database; closed at the end of the test."""

    def open_on(engine: Engine) -> MainWindow:
        window = MainWindow(engine, settings)
        qtbot.addWidget(window)
        return window

    return open_on
