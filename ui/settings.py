"""The user's settings kept in QSettings: every key in one place, with what it holds."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QCoreApplication, QSettings

ORGANISATION = "Zuoci"
APPLICATION = "Zuoci"

# "zh_CN", "en", or "system" (the default): the interface language.
LANGUAGE = "language"
# QMainWindow.saveGeometry / saveState of the main window. Kept for every database alike:
# the size of the window belongs to the screen, not to the data.
WINDOW_GEOMETRY = "main_window/geometry"
WINDOW_STATE = "main_window/state"
# QSplitter.saveState of the events | guests split.
SPLITTER = "main_window/splitter"
# QHeaderView.saveState of the guest table: column widths and the sorted column.
GUEST_HEADER = "main_window/guest_header"
# The path of the TrueType font file (.ttf or .ttc) documents print with; empty or absent for
# the Chinese font found on the system (printing.fonts.cjk_font's own choice).
PRINT_FONT = "printing/font"
# The database chosen last in the database dialog, opened at the next start when no --db is
# given: a SQLite file path or a server URL, never with its password.
LAST_DATABASE = "database/last"
# The server URL last entered in the database dialog, without its password, to fill it again.
DATABASE_SERVER = "database/server"


def name_application() -> None:
    """Name the application, which is where QSettings() keeps its settings."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)


def last_event_key(database_url: str) -> str:
    """The key of the last chosen event's id. Event ids only mean something inside their own
    database, so the key is per database (a digest: URLs hold characters QSettings keys cannot)."""
    return f"{_database_prefix(database_url)}/last_event"


def print_document_key(database_url: str, event_id: int) -> str:
    """The key of the document last previewed for an event (a key of printing's DOCUMENTS)."""
    return f"{_database_prefix(database_url)}/events/{event_id}/print_document"


def print_template_key(database_url: str, event_id: int, document: str) -> str:
    """The key of the template last chosen for a document of an event; empty for its default."""
    return f"{_database_prefix(database_url)}/events/{event_id}/print_template/{document}"


def _database_prefix(database_url: str) -> str:
    digest = hashlib.sha256(database_url.encode()).hexdigest()[:16]
    return f"databases/{digest}"


def language_setting(settings: QSettings) -> str:
    return str(settings.value(LANGUAGE, "system"))


def print_font_setting(settings: QSettings) -> str:
    """The chosen font file, or "" for the system's Chinese font."""
    return str(settings.value(PRINT_FONT, "") or "")
