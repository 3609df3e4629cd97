"""The user's settings kept in QSettings: every key in one place, with what it holds."""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from enum import Enum

from PySide6.QtCore import QCoreApplication, QSettings

from models.event_settings import ProtocolSettings
from models.tables import Convention, TieBreak

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
# The seating tab as the user left it: ranks shown on the seats (a bool), the plan | unplaced
# list split (QSplitter.saveState), and whether the room's layout was being edited (a bool).
SEATING_RANKS = "seating/ranks"
SEATING_SPLITTER = "seating/splitter"
SEATING_LAYOUT_MODE = "seating/layout_mode"
# The protocol settings new events start with, one key per field of ProtocolSettings
# ("protocol/convention", "protocol/tie_break", ...); absent ones are ProtocolSettings' own.
PROTOCOL_GROUP = "protocol"


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


def last_scene_key(database_url: str, event_id: int) -> str:
    """The key of the scene last shown in the seating tab for an event (its id)."""
    return f"{_database_prefix(database_url)}/events/{event_id}/last_scene"


def _database_prefix(database_url: str) -> str:
    digest = hashlib.sha256(database_url.encode()).hexdigest()[:16]
    return f"databases/{digest}"


def language_setting(settings: QSettings) -> str:
    return str(settings.value(LANGUAGE, "system"))


def print_font_setting(settings: QSettings) -> str:
    """The chosen font file, or "" for the system's Chinese font."""
    return str(settings.value(PRINT_FONT, "") or "")


def _flag(value: object, default: bool) -> bool:
    """A yes/no setting: an ini file gives back "true" and "false" as text."""
    if isinstance(value, bool):
        return value
    return {"true": True, "false": False}.get(str(value).lower(), default)


def protocol_defaults(settings: QSettings) -> ProtocolSettings:
    """The protocol settings for new events; a value edited by hand into nonsense is ignored."""
    default = ProtocolSettings()

    def value(name: str) -> object:
        return settings.value(f"{PROTOCOL_GROUP}/{name}", getattr(default, name))

    convention = str(value("convention"))
    tie_break = str(value("tie_break"))
    return ProtocolSettings(
        Convention(convention) if convention in set(Convention) else default.convention,
        TieBreak(tie_break) if tie_break in set(TieBreak) else default.tie_break,
        _flag(value("even_centre_left"), default.even_centre_left),
        _flag(value("tables_right_first"), default.tables_right_first),
        _flag(value("stroke_whole_name"), default.stroke_whole_name))


def _plain(chosen: ProtocolSettings) -> dict[str, object]:
    """The settings by field name, as stored: the enums as their values."""
    return {name: value.value if isinstance(value, Enum) else value
            for name, value in asdict(chosen).items()}


def set_protocol_defaults(settings: QSettings, chosen: ProtocolSettings) -> None:
    for name, value in _plain(chosen).items():
        settings.setValue(f"{PROTOCOL_GROUP}/{name}", value)


def new_event_fields(settings: QSettings) -> dict[str, object]:
    """The fields of a new event that the protocol defaults give (an Event's column names)."""
    return _plain(protocol_defaults(settings))
