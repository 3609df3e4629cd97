"""Starting the GUI: the application, its language, the database and the main window."""

from __future__ import annotations

import logging
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import Engine

from models.db import DatabaseRefused, open_database
from ui.main_window import MainWindow
from ui.settings import LAST_DATABASE, language_setting, name_application
from ui.translations import Translators, chosen_language

log = logging.getLogger(__name__)

# Qt deletes a window without parent once Python lets go of it: the open main windows are held
# here until they close.
_open_windows: set[MainWindow] = set()


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


def remembered_database(settings: QSettings) -> str | None:
    """The database chosen last, unless it was a file that has gone since: opening a missing
    file would create an empty database in its place."""
    remembered = str(settings.value(LAST_DATABASE, "") or "")
    if not remembered or ("://" not in remembered and not Path(remembered).is_file()):
        return None
    return remembered


def open_start_database(db: str | None, settings: QSettings) -> Engine | None:
    """The database to start on: `db`; without it the one chosen last if it still opens, else
    the default file. None after telling the user why `db` or the default file was refused."""
    if db is None:
        remembered = remembered_database(settings)
        if remembered is not None:
            try:
                return open_database(remembered)
            except DatabaseRefused as refused:
                log.warning("The last database no longer opens, using the default one: %s",
                            refused)
    return open_database_or_explain(db)


def show_main_window(engine: Engine, settings: QSettings,
                     translators: Translators | None = None) -> MainWindow:
    """A main window on the database, which is let go when the window closes."""
    window = MainWindow(engine, settings, translators=translators)
    window.database_chosen.connect(
        lambda target: reopen(window, target, settings, translators))
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_windows.add(window)
    window.destroyed.connect(lambda: _open_windows.discard(window))
    window.destroyed.connect(engine.dispose)
    window.show()
    return window


def reopen(window: MainWindow, target: str, settings: QSettings,
           translators: Translators | None = None) -> MainWindow | None:
    """A new main window on the database `target` in place of `window`, where it was and as
    large; None, with `window` left as it is, after saying why the database was refused."""
    engine = open_database_or_explain(target, window)
    if engine is None:
        return None
    # The new window takes its geometry, state and column widths from the settings.
    window.save_settings()
    replacement = show_main_window(engine, settings, translators)
    window.close()
    return replacement


def run_gui(db: str | None) -> int:
    """Show the main window on the database `db` (path or URL; None: the one chosen last, else
    the default file) until the user quits; the exit status is 1 when it is refused."""
    name_application()
    app = QApplication(sys.argv)
    # Let Ctrl+C in the terminal that started Zuoci end it, as it ends other programs.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    settings = QSettings()
    translators = Translators(app)
    translators.use(chosen_language(language_setting(settings), QLocale.system()))
    engine = open_start_database(db, settings)
    if engine is None:
        return 1
    show_main_window(engine, settings, translators)
    return app.exec()
