"""Starting the GUI: the application, its language, the database and the main window."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import Engine

from models.db import DatabaseRefused, open_database
from ui.main_window import MainWindow
from ui.settings import language_setting, name_application
from ui.translations import Translators, chosen_language


def open_database_or_explain(db: str | Path | None, parent: QWidget | None = None
                             ) -> Engine | None:
    """The opened database, or None after telling the user why it was refused."""
    try:
        return open_database(db)
    except DatabaseRefused as refused:
        QMessageBox.critical(
            parent, QCoreApplication.translate("Start", "Zuoci cannot open the database"),
            str(refused))
        return None


def run_gui(db: str | None) -> int:
    """Show the main window on the database `db` (path or URL; None: the default file) until
    the user quits; the exit status is 1 when the database is refused."""
    name_application()
    app = QApplication(sys.argv)
    # Let Ctrl+C in the terminal that started Zuoci end it, as it ends other programs.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    settings = QSettings()
    translators = Translators(app)
    translators.use(chosen_language(language_setting(settings), QLocale.system()))
    engine = open_database_or_explain(db)
    if engine is None:
        return 1
    window = MainWindow(engine, settings)
    window.show()
    try:
        return app.exec()
    finally:
        engine.dispose()
