"""Starting a sign-in station on its own (`main.py station --event NAME`), with or without the
database: only the station's window, no main window."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from models.db import open_database
from models.station_start import StationRefused, StationStart, start_station
from ui.settings import language_setting, name_application
from ui.station import StationWindow, ask_station_name
from ui.translations import Translators, chosen_language

# Qt deletes a window without parent once Python lets go of it: the station is held here.
_open_stations: set[StationWindow] = set()


def open_station_window(start: StationStart, station: str, db: str | Path | None,
                        settings: QSettings, *,
                        copy_folder: Path | None = None) -> StationWindow:
    """The station's window, shown: on the database, or offline from its copy with `db`
    opened again by each sync until it answers. It is let go, and its database disposed of,
    when it closes."""
    if start.engine is not None:
        window = StationWindow(start.engine, start.event_id, station, settings=settings,
                               copy_folder=copy_folder)
        window.destroyed.connect(start.engine.dispose)
    else:
        desk = start.offline_desk(lambda: open_database(db))
        window = StationWindow(None, start.event_id, station, settings=settings, desk=desk)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_stations.add(window)
    window.destroyed.connect(lambda: _open_stations.discard(window))
    # A station on its own is the door's whole screen.
    window.showMaximized()
    return window


def run_station(db: str | None, event_name: str, station: str | None, *,
                copy_folder: Path | None = None) -> int:
    """Run a station of the event until its window closes. 1, with the reason on stderr and no
    window opened, when it cannot start: an event the database does not have, a database
    refused, or no database and no copy of the list on this computer."""
    try:
        start = start_station(db, event_name, station, copy_folder=copy_folder)
    except StationRefused as refused:
        print(refused, file=sys.stderr)
        return 1
    name_application()
    app = QApplication(sys.argv)
    # Let Ctrl+C in the terminal that started the station end it, as it ends other programs.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    settings = QSettings()
    translators = Translators(app)
    translators.use(chosen_language(language_setting(settings), QLocale.system()))
    name = start.station or ask_station_name(None)
    if name is None:
        if start.engine is not None:
            start.engine.dispose()
        return 0
    open_station_window(start, name, db, settings, copy_folder=copy_folder)
    return app.exec()
