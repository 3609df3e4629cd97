"""The main window: the events on the left, the chosen event's guests and seating on the right."""

from __future__ import annotations

from enum import Enum, auto
from importlib.metadata import version
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPoint,
    QSettings,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QUndoView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine
from sqlmodel import Session

from models.db import describe, transaction
from models.demo import DemoExists, create_demo
from models.event_copy import SavedEvent, delete_event, restore_event
from models.events import EventNameRefused, EventSummary, create_event, list_events
from models.guest_list import GuestColumn, GuestRow, SceneSeats, load_guest_rows, scene_seats
from ui import settings as keys
from ui.arrange_report import ArrangeReportDialog
from ui.arrange_worker import ArrangeCommand, Arranged, ArrangeJob, CommitGate
from ui.dashboard import open_dashboard
from ui.database_dialog import DatabaseDialog, choose_database
from ui.event_commands import EventCommand, EventEditing, ShowEvents
from ui.event_dialogs import DuplicateEventDialog, RenameEventDialog
from ui.event_export import ExportJob, export_target, put_in_place, temporary_file
from ui.event_list import EventItemDelegate, EventListModel
from ui.guest_commands import GuestEditing
from ui.guest_editing import BulkEditDialog, GuestItemDelegate
from ui.guest_table import (
    COLUMNS,
    GUEST_ID_ROLE,
    GuestFilterBar,
    GuestFilterProxy,
    GuestTableModel,
)
from ui.import_wizard import open_import_wizard
from ui.merge_dialog import MergeDialog, load_merge_groups
from ui.new_code_dialog import ask_and_reissue
from ui.new_event_dialog import NewEventDialog
from ui.precedence_area import PrecedenceArea
from ui.print_area import PrintArea
from ui.seating_area import SeatingArea
from ui.settings_dialog import ProtocolDialog, SettingsDialog
from ui.station import open_station
from ui.stored_change import Failed
from ui.translations import Translators

# Widest a column is made when fitted to its contents; the user may widen it further.
MAX_FITTED_WIDTH = 320


class Page(Enum):
    """What the right-hand side shows."""

    NO_EVENTS = auto()
    NO_EVENT_CHOSEN = auto()
    NO_GUESTS = auto()
    GUESTS = auto()


class NewEventCommand(EventCommand):
    """An event created, empty or the sample: undo deletes it whole and shows the event chosen
    before; redo brings the same event back (same ids and sign-in codes)."""

    def __init__(self, engine: Engine, failed: Failed, shown: ShowEvents, event_id: int,
                 previous_id: int | None, text: str) -> None:
        super().__init__(engine, failed, shown, text)
        self._event_id = event_id
        self._previous_id = previous_id
        self._saved: SavedEvent | None = None

    def _redo(self, session: Session) -> None:
        assert self._saved is not None
        restore_event(session, self._saved)
        self._show_next = self._event_id

    def _undo(self, session: Session) -> None:
        self._saved = delete_event(session, self._event_id)
        self._show_next = self._previous_id


class MainWindow(QMainWindow):
    """Lists the events of one database, and the guests and seating of the chosen one."""

    # A database the user chose and that opened; ui.app shows it in a new window.
    database_chosen = Signal(str)

    def __init__(self, engine: Engine, settings: QSettings, parent: Any = None, *,
                 translators: Translators | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._settings = settings
        self._translators = translators
        self._database_url = engine.url.render_as_string(hide_password=True)
        self._database = describe(engine.url.render_as_string(hide_password=False))
        self._event: EventSummary | None = None
        # Columns are fitted to the first guests shown, unless the user's own widths come back.
        self._columns_fitted = False
        self.undo_stack = QUndoStack(self)
        # Arrangements run here, off the GUI thread; tests wait for it to be idle.
        self.workers = QThreadPool(self)
        self.workers.setMaxThreadCount(1)
        self.arrange_progress: QProgressDialog | None = None
        # The export running, if any; tests wait for it to be gone.
        self.export_progress: QProgressDialog | None = None
        self._export_jobs: set[ExportJob] = set()
        self._arrange_gate: CommitGate | None = None
        self.arrange_report: ArrangeReportDialog | None = None
        # The open confirmation, refusal or bulk-edit dialog of the guest list, if any.
        self.guest_dialog: QMessageBox | BulkEditDialog | MergeDialog | None = None
        # The open rename, duplicate or delete dialog of the event list, if any.
        self.event_dialog: QMessageBox | RenameEventDialog | DuplicateEventDialog | None = None

        self.events = EventListModel(self)
        self.guests = GuestTableModel(self)
        self.guest_filter = GuestFilterProxy(self.guests, self)
        self.guest_editing = GuestEditing(engine, self.undo_stack, self.guests,
                                          self._undo_failed)
        self.event_editing = EventEditing(engine, self.undo_stack, self._undo_failed,
                                          self.reload_events)
        self.guests.set_editor(self._edit_guest)
        self.guests.rowsInserted.connect(self._show_page)
        self.guests.rowsRemoved.connect(self._show_page)
        self.guests.rowsInserted.connect(self._guest_count_changed)
        self.guests.rowsRemoved.connect(self._guest_count_changed)

        self._create_actions()
        self._create_menus()
        self._create_widgets()
        self._create_status_bar()
        self._retranslate()
        self._restore_settings()
        self.reload_events(choose=self._last_event_id())

    # Building the window

    def _create_actions(self) -> None:
        self.new_event_action = QAction(self)
        self.new_event_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_event_action.triggered.connect(self.new_event)
        self.quit_action = QAction(self)
        # Outside GNOME and KDE Qt knows no Quit key; Ctrl+Q is what every desktop uses.
        self.quit_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
                                      or [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q)])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.find_guest)
        self.sample_event_action = QAction(self)
        self.sample_event_action.triggered.connect(self.create_sample_event)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.undo_stack.undoTextChanged.connect(self._name_undo_actions)
        self.undo_stack.redoTextChanged.connect(self._name_undo_actions)
        self.add_guest_action = QAction(self)
        self.add_guest_action.setShortcuts([QKeySequence("Ctrl+Shift+N"),
                                            QKeySequence(Qt.Key.Key_Insert)])
        self.add_guest_action.triggered.connect(self.add_guest)
        self.edit_guests_action = QAction(self)
        self.edit_guests_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.edit_guests_action.triggered.connect(self.edit_selected_guests)
        self.delete_guests_action = QAction(self)
        self.delete_guests_action.setShortcut(QKeySequence.StandardKey.Delete)
        # Delete means other things in the seating plan and in text boxes: the guest table's only.
        self.delete_guests_action.setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_guests_action.triggered.connect(self.delete_selected_guests)
        self.reissue_code_action = QAction(self)
        self.reissue_code_action.triggered.connect(self.reissue_sign_in_code)
        self.arrange_action = QAction(self)
        self.arrange_action.setObjectName("arrange")
        self.arrange_action.triggered.connect(self.arrange)
        self.open_database_action = QAction(self)
        self.open_database_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_database_action.triggered.connect(
            lambda: self._choose_database(DatabaseDialog.FILE_PAGE))
        self.connect_server_action = QAction(self)
        self.connect_server_action.triggered.connect(
            lambda: self._choose_database(DatabaseDialog.SERVER_PAGE))
        self.preferences_action = QAction(self)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        # Linux desktops have no standard key for Preferences; Ctrl+, is the usual one there.
        self.preferences_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
            or [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma)])
        self.preferences_action.triggered.connect(self.show_preferences)
        self.preferences_action.setEnabled(self._translators is not None)
        self.protocol_action = QAction(self)
        self.protocol_action.triggered.connect(self.edit_protocol_settings)
        self.import_action = QAction(self)
        self.import_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I))
        self.import_action.triggered.connect(self.import_guests)
        self.station_action = QAction(self)
        self.station_action.triggered.connect(self.open_sign_in_station)
        self.dashboard_action = QAction(self)
        self.dashboard_action.triggered.connect(self.open_attendance_dashboard)
        self.attendance_export_action = QAction(self)
        self.attendance_export_action.triggered.connect(self.export_attendance_report)
        self.rename_event_action = QAction(self)
        self.rename_event_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_event_action.triggered.connect(self.rename_event)
        self.duplicate_event_action = QAction(self)
        self.duplicate_event_action.triggered.connect(self.duplicate_event)
        self.delete_event_action = QAction(self)
        self.delete_event_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_event_action.triggered.connect(self.delete_event)
        # F2 and Delete edit cells and delete guests in the guest table: on the event list only.
        for action in (self.rename_event_action, self.delete_event_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_action = QAction(self)
        self.export_action.setShortcuts([
            *QKeySequence.keyBindings(QKeySequence.StandardKey.SaveAs),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E)])
        # In the print tab Save As saves the document shown: the keys work everywhere else.
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_action.triggered.connect(lambda: self.export_guests())
        self.merge_action = QAction(self)
        self.merge_action.triggered.connect(self.merge_duplicates)
        self.history_action = QAction(self)
        self.history_action.setCheckable(True)
        self.history_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_H))

    def _create_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.new_event_action)
        self.file_menu.addAction(self.sample_event_action)
        self.file_menu.addAction(self.rename_event_action)
        self.file_menu.addAction(self.duplicate_event_action)
        self.file_menu.addAction(self.delete_event_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.open_database_action)
        self.file_menu.addAction(self.connect_server_action)
        self.file_menu.addAction(self.preferences_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addAction(self.history_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.add_guest_action)
        self.edit_menu.addAction(self.edit_guests_action)
        self.edit_menu.addAction(self.delete_guests_action)
        self.edit_menu.addAction(self.merge_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.seating_menu = self.menuBar().addMenu("")
        self.seating_menu.addAction(self.arrange_action)
        self.seating_menu.addAction(self.protocol_action)
        self.sign_in_menu = self.menuBar().addMenu("")
        self.sign_in_menu.addAction(self.station_action)
        self.sign_in_menu.addAction(self.dashboard_action)
        self.sign_in_menu.addAction(self.attendance_export_action)
        self.sign_in_menu.addSeparator()
        self.sign_in_menu.addAction(self.reissue_code_action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)

    def _create_widgets(self) -> None:
        self.events_heading = QLabel(self)
        heading_font = self.events_heading.font()
        heading_font.setBold(True)
        self.events_heading.setFont(heading_font)
        self.event_view = QListView(self)
        self.event_view.setObjectName("events")
        self.event_view.setModel(self.events)
        self.event_view.setItemDelegate(EventItemDelegate(self.event_view))
        self.event_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.event_view.setUniformItemSizes(True)
        self.event_view.selectionModel().currentChanged.connect(self._current_event_changed)
        self.event_view.addActions([self.rename_event_action, self.delete_event_action])
        self.event_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.event_view.customContextMenuRequested.connect(self._event_menu)
        self.new_event_button = QPushButton(self)
        self.new_event_button.clicked.connect(self.new_event)
        events_panel = QWidget(self)
        events_layout = QVBoxLayout(events_panel)
        events_layout.setContentsMargins(6, 6, 0, 6)
        events_layout.addWidget(self.events_heading)
        events_layout.addWidget(self.event_view)
        events_layout.addWidget(self.new_event_button)

        self.filter_bar = GuestFilterBar(self.guest_filter, self)
        self.filter_bar.changed.connect(self._update_title_and_status)
        self.filter_edit = self.filter_bar.text
        self.guest_view = QTableView(self)
        self.guest_view.setObjectName("guests")
        self.guest_view.setModel(self.guest_filter)
        self.guest_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.guest_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.EditKeyPressed
                                        | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.guest_view.setItemDelegate(GuestItemDelegate(self.guest_view))
        self.guest_view.addAction(self.delete_guests_action)
        self.guest_view.addAction(self.reissue_code_action)
        self.guest_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.guest_view.setAlternatingRowColors(True)
        self.guest_view.setWordWrap(False)
        self.guest_view.verticalHeader().hide()
        header = self.guest_view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Unsorted at first: the organisers' own order. A third click on a heading returns to it.
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.guest_view.setSortingEnabled(True)
        guest_panel = QWidget(self)
        guest_layout = QVBoxLayout(guest_panel)
        guest_layout.setContentsMargins(0, 0, 0, 0)
        guest_layout.addWidget(self.filter_bar)
        guest_layout.addWidget(self.guest_view)

        self.message = QLabel(self)
        self.message.setObjectName("emptyState")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The message quotes a command line; staff copy it from here.
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        message_font = self.message.font()
        message_font.setPointSizeF(message_font.pointSizeF() * 1.2)
        self.message.setFont(message_font)
        self.message.setMaximumWidth(640)
        self.message_button = QPushButton(self)
        self.message_button.clicked.connect(self.new_event)
        self.sample_button = QPushButton(self)
        self.sample_button.clicked.connect(self.create_sample_event)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.import_guests)
        # The message takes the width it may have (a word-wrapped label given only its size
        # hint wraps early and loses its last lines), up to a comfortable line length.
        message_row = QHBoxLayout()
        message_row.addStretch(1)
        message_row.addWidget(self.message, 8)
        message_row.addStretch(1)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.message_button)
        button_row.addWidget(self.sample_button)
        button_row.addWidget(self.import_button)
        button_row.addStretch(1)
        message_panel = QWidget(self)
        message_layout = QVBoxLayout(message_panel)
        message_layout.addStretch(1)
        message_layout.addLayout(message_row)
        message_layout.addLayout(button_row)
        message_layout.addStretch(2)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(guest_panel)
        self.pages.addWidget(message_panel)
        self._guest_panel = guest_panel
        self._message_panel = message_panel
        self.seating = SeatingArea(self._engine, self.undo_stack, self._undo_failed, self,
                                   settings=self._settings)
        self.seating.scene_changed.connect(self._update_actions)
        self.seating.arrange_requested.connect(self.arrange_seats)
        self.seating.seats_changed.connect(lambda _scene_id: self.printing.refresh())
        self.seating.show_in_guest_list.connect(self._show_guest_in_list)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("guestsAndSeating")
        self.tabs.addTab(self.pages, "")
        self.tabs.addTab(self.seating, "")
        self.printing = PrintArea(self._engine, self._settings, self._database_url, self)
        self.tabs.addTab(self.printing, "")
        self.precedence = PrecedenceArea(self._engine, self.undo_stack, self._undo_failed, self)
        self.tabs.addTab(self.precedence, "")
        for area in (events_panel, self.pages, self.seating, self.precedence):
            area.addAction(self.export_action)
        self.tabs.currentChanged.connect(self._update_actions)
        self.tabs.currentChanged.connect(self._refresh_seats)
        self.undo_stack.indexChanged.connect(self._refresh_seats)
        guests_side = QWidget(self)
        guests_layout = QVBoxLayout(guests_side)
        guests_layout.setContentsMargins(0, 6, 6, 6)
        guests_layout.addWidget(self.tabs)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("seatingTools")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.new_event_action)
        self.toolbar.addAction(self.import_action)
        self.toolbar.addAction(self.export_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.add_guest_action)
        self.toolbar.addAction(self.merge_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.arrange_action)
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.addToolBar(self.toolbar)

        self.history = QUndoView(self.undo_stack, self)
        self.history.setObjectName("history")
        self.history_dock = QDockWidget(self)
        self.history_dock.setObjectName("historyDock")
        self.history_dock.setWidget(self.history)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()
        self.history_dock.visibilityChanged.connect(self.history_action.setChecked)
        self.history_action.toggled.connect(self.history_dock.setVisible)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("eventsAndGuests")
        self.splitter.addWidget(events_panel)
        self.splitter.addWidget(guests_side)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([260, 1000])
        self.setCentralWidget(self.splitter)

    def _create_status_bar(self) -> None:
        self.count_label = QLabel(self)
        self.database_label = QLabel(self)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.database_label)

    # What the window shows

    def page(self) -> Page:
        if self.events.rowCount() == 0:
            return Page.NO_EVENTS
        if self._event is None:
            return Page.NO_EVENT_CHOSEN
        if self.guests.rowCount() == 0:
            return Page.NO_GUESTS
        return Page.GUESTS

    def current_event(self) -> EventSummary | None:
        return self._event

    def _show_page(self) -> None:
        self._update_actions()
        page = self.page()
        if page == Page.GUESTS:
            self.pages.setCurrentWidget(self._guest_panel)
        else:
            self.message.setText(self._message_text(page))
            self.message_button.setVisible(page == Page.NO_EVENTS)
            self.sample_button.setVisible(page == Page.NO_EVENTS)
            self.import_button.setVisible(page == Page.NO_GUESTS)
            self.pages.setCurrentWidget(self._message_panel)
        self._update_title_and_status()

    def _message_text(self, page: Page) -> str:
        match page:
            case Page.NO_EVENTS:
                return self.tr("No events yet. Create a new event for your meeting, or create "
                               "the sample event, a provincial investment conference of 140 "
                               "guests, to look around first.")
            case Page.NO_EVENT_CHOSEN:
                return self.tr("Choose an event on the left to see its guests.")
            case _:
                name = self._event.name if self._event else ""
                return self.tr("The event “{event}” has no guests yet. Import the guest list "
                               "from an Excel (.xlsx) or CSV file, or add guests one by one "
                               "with Edit › Add guest.").format(event=name)

    def _update_title_and_status(self) -> None:
        application = self.tr("Zuoci")
        title = f"{self._event.name} – {application}" if self._event else application
        self.setWindowTitle(title)
        self.count_label.setText(self._count_text() if self._event else "")
        text = self.tr("Database: {database}").format(database=self._database)
        # A deep path must not widen the window: shorten it in the middle, whole in the tooltip.
        metrics = self.database_label.fontMetrics()
        self.database_label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, 520))
        self.database_label.setToolTip(self._database)

    def _count_text(self) -> str:
        """How many guests the event has, and how many the filter shows.

        These texts name their context instead of using self.tr(): in a subclass, PySide's tr()
        tries the subclass's context first and keeps its untranslated answer, which already
        differs from the source text once %n is filled in."""
        total = self.guests.rowCount()
        shown = self.guest_filter.rowCount()
        if shown == total:
            return QCoreApplication.translate("MainWindow", "%n guest(s)", None, total)
        return QCoreApplication.translate(
            "MainWindow", "Showing {shown} of %n guest(s)", None, total).format(shown=shown)

    # Loading

    def reload_events(self, choose: int | None = None) -> None:
        """Read the events again and choose one: `choose` when it exists, else the first."""
        with Session(self._engine) as session:
            events = list_events(session)
        self._event = None
        self.events.set_events(events)
        row = self.events.row_of(choose) if choose is not None else None
        if row is None and events:
            row = 0
        if row is None:
            self.guests.event_id = None
            self.guests.set_rows([])
            self.seating.set_event(None)
            self.printing.set_event(None)
            self.precedence.set_event(None)
            self._show_page()
        else:
            self.event_view.setCurrentIndex(self.events.index(row))

    def _current_event_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        event = self.events.event_at(current.row()) if current.isValid() else None
        rows: list[GuestRow] = []
        if event is not None:
            with Session(self._engine) as session:
                rows = load_guest_rows(session, event.id)
            self._settings.setValue(keys.last_event_key(self._database_url), event.id)
        self._event = event
        self.guests.event_id = event.id if event else None
        # A filter typed for one event would hide the next event's guests for no visible reason;
        # the lists of category, RSVP and seat status stay as chosen, shown beside the table.
        self.filter_edit.clear()
        self.guests.set_rows(rows)
        self.filter_bar.set_choices({row.category for row in rows}, self._scene_seats())
        if rows and not self._columns_fitted:
            self._fit_columns()
        self.seating.set_event(event.id if event else None)
        self.printing.set_event(event)
        self.precedence.set_event(event.id if event else None)
        self._show_page()

    def _fit_columns(self) -> None:
        self._columns_fitted = True
        self.guest_view.resizeColumnsToContents()
        header = self.guest_view.horizontalHeader()
        # Some air between columns: tightly fitted Chinese text reads as one block.
        air = self.guest_view.fontMetrics().height()
        for section in range(header.count()):
            header.resizeSection(section, min(header.sectionSize(section) + air,
                                              MAX_FITTED_WIDTH))

    def _last_event_id(self) -> int | None:
        value = self._settings.value(keys.last_event_key(self._database_url))
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            # A settings file edited by hand must not stop the window from opening.
            return None

    # Actions

    def new_event(self) -> None:
        dialog = NewEventDialog(self._create_event, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _create_event(self, name: str) -> str | None:
        """Create the event and choose it; or say why the name is refused."""
        try:
            with transaction(self._engine) as session:
                event = create_event(session, name, **keys.new_event_fields(self._settings))
                event_id, name = event.id, event.name
        except EventNameRefused as refused:
            return str(refused)
        assert event_id is not None
        self._push_new_event(event_id, QCoreApplication.translate(
            "MainWindow", "New event “{event}”").format(event=name))
        return None

    def create_sample_event(self) -> None:
        """Create the sample conference and choose it; say so if it exists already."""
        try:
            with transaction(self._engine) as session:
                event_id = create_demo(session).id
        except DemoExists as exists:
            QMessageBox.information(self, self.tr("Sample event"), str(exists))
            return
        assert event_id is not None
        self._push_new_event(event_id, QCoreApplication.translate(
            "MainWindow", "Create the sample event"))

    def _push_new_event(self, event_id: int, text: str) -> None:
        """The event just created, as one undo step; then it is chosen."""
        previous_id = self._event.id if self._event is not None else None
        self.undo_stack.push(NewEventCommand(self._engine, self._undo_failed,
                                             self.reload_events, event_id, previous_id, text))
        self.reload_events(choose=event_id)

    @property
    def engine(self) -> Engine:
        return self._engine

    def _choose_database(self, page: int) -> None:
        target = choose_database(self, self._settings, page)
        if target is not None:
            self.database_chosen.emit(target)

    def show_preferences(self) -> None:
        if self._translators is None:
            return
        dialog = SettingsDialog(self._settings, self._translators, self._database, self)
        dialog.font_changed.connect(self.printing.refresh)
        dialog.other_database.connect(self.open_database_action.trigger)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def edit_protocol_settings(self) -> None:
        if self._event is None:
            return
        dialog = ProtocolDialog(self._engine, self._event.id, self.undo_stack,
                                self._undo_failed, self._protocol_changed, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _protocol_changed(self) -> None:
        self.seating.refresh()
        self.printing.refresh()

    def import_guests(self) -> None:
        open_import_wizard(self)

    def open_attendance_dashboard(self) -> None:
        """The live attendance of the chosen event (签到看板), in a window of its own."""
        event = self.current_event()
        open_dashboard(self, self._engine, event.id if event else None, self._settings)

    def open_sign_in_station(self) -> None:
        """A sign-in station window for the chosen event (it asks for the station's name)."""
        event = self.current_event()
        open_station(self, self._engine, event.id if event else None)

    def export_attendance_report(self) -> None:
        """The chosen event's attendance report as .xlsx, written by its dashboard."""
        event = self.current_event()
        dashboard = open_dashboard(self, self._engine, event.id if event else None,
                                   self._settings)
        if dashboard is not None:
            dashboard.export_xlsx()

    def reissue_sign_in_code(self) -> None:
        """A new sign-in code for the one chosen guest, who lost theirs; asked first. Not an
        undo step: bringing a lost code back to life is what this is there to prevent."""
        event = self.current_event()
        chosen = self.selected_guest_ids()
        if event is None or len(chosen) != 1:
            self._tell(self.tr("Reissue sign-in code"), self.tr("Choose one guest first."))
            return
        name = next((row.name for row in self.guests.rows() if row.id == chosen[0]), "")
        ask_and_reissue(self, self._engine, event.id, chosen[0], name)

    def find_guest(self) -> None:
        if self.page() == Page.GUESTS:
            self.tabs.setCurrentWidget(self.pages)
            self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.filter_edit.selectAll()

    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("About Zuoci"),
            self.tr("Zuoci {version}\n\nGuest lists, protocol seating, printing and sign-in "
                    "for official meetings.").format(version=version("zuoci")))

    def _update_actions(self) -> None:
        for action in (self.rename_event_action, self.duplicate_event_action,
                       self.delete_event_action, self.export_action, self.merge_action):
            action.setEnabled(self._event is not None)
        # The seating tab's own Find searches its plan; two actions on one key do nothing.
        self.find_action.setEnabled(self.tabs.currentWidget() is not self.seating)
        idle = self.arrange_progress is None
        self.arrange_action.setEnabled(idle and self.seating.current_scene_id() is not None)

    def arrange(self) -> None:
        """Arrange the chosen scene in the background, with a progress dialog that can cancel."""
        self.arrange_seats(None)

    def arrange_seats(self, seats: list[tuple[int, str]] | None) -> None:
        """Arrange only these seats of the chosen scene (None: all of them), as arrange()."""
        scene_id = self.seating.current_scene_id()
        if self._event is None or scene_id is None or self.arrange_progress is not None:
            return
        self.tabs.setCurrentWidget(self.seating)
        gate = self._arrange_gate = CommitGate()
        job = ArrangeJob(self._engine, self._event.id, scene_id, gate, seats)
        job.signals.finished.connect(self._arranged)
        job.signals.cancelled.connect(self._arrange_cancelled)
        job.signals.failed.connect(self._arrange_failed)
        progress = QProgressDialog(self.tr("Arranging {scene}…").format(
            scene=self.seating.scene_chooser.currentText()), self.tr("Cancel"), 0, 0, self)
        progress.setObjectName("arrangeProgress")
        progress.setWindowTitle(self.tr("Arrange seats"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.canceled.connect(self._cancel_arranging)
        progress.setMinimumDuration(0)
        progress.setValue(0)
        self.arrange_progress = progress
        self._update_actions()
        self.workers.start(job)

    def _cancel_arranging(self) -> None:
        if self._arrange_gate is not None and self._arrange_gate.cancel():
            self.statusBar().showMessage(self.tr("Cancelling the arrangement…"))

    def _end_arranging(self) -> None:
        if self.arrange_progress is not None:
            self.arrange_progress.reset()
            self.arrange_progress.deleteLater()
            self.arrange_progress = None
        self._arrange_gate = None
        self._update_actions()

    def _arranged(self, arranged: Arranged) -> None:
        self._end_arranging()
        self.undo_stack.push(ArrangeCommand(self._engine, arranged, self._seating_changed,
                                            self._restore_failed))
        self.seating.refresh()
        self.printing.refresh()
        self.statusBar().showMessage(self.tr("Arranged {scene}").format(
            scene=arranged.report.scene), 5000)
        self.arrange_report = ArrangeReportDialog(arranged.report, self)
        self.arrange_report.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.arrange_report.destroyed.connect(self._report_closed)
        # Not modal: the report's links show their guests and seats on the plan behind it.
        self.seating.follow_report(self.arrange_report)
        self.arrange_report.show()

    def _report_closed(self) -> None:
        self.arrange_report = None

    def _arrange_cancelled(self) -> None:
        self._end_arranging()
        self.statusBar().showMessage(
            self.tr("Arrangement cancelled; the seating was not changed."), 5000)

    def _arrange_failed(self, reason: str) -> None:
        self._end_arranging()
        QMessageBox.warning(self, self.tr("Arrange seats"),
                            self.tr("The seats could not be arranged: {reason}").format(
                                reason=reason))

    def _seating_changed(self, scene_id: int) -> None:
        if self.seating.current_scene_id() == scene_id:
            self.seating.refresh()
        self.printing.refresh()

    def _show_guest_in_list(self, guest_id: int) -> None:
        self.tabs.setCurrentWidget(self.pages)
        self.filter_bar.clear()
        row = self.guests.table_row(guest_id)
        index = self.guest_filter.mapFromSource(self.guests.index(row, 0)) \
            if row is not None else None
        if index is not None and index.isValid():
            self.guest_view.selectRow(index.row())
            self.guest_view.scrollTo(index)

    def _restore_failed(self, reason: str) -> None:
        QMessageBox.warning(self, self.tr("Undo"), reason)

    # Editing guests

    def _edit_guest(self, guest_id: int, field: str, value: object) -> bool:
        """A cell edited in the table; a refused value is explained, the cell left as it was."""
        refused = self.guest_editing.edit([guest_id], {field: value})
        if refused is not None:
            self._tell(self.tr("Edit guest"), refused)
        return refused is None

    def selected_guest_ids(self) -> list[int]:
        """The chosen guests, top to bottom as the table shows them."""
        rows = sorted(self.guest_view.selectionModel().selectedRows(), key=QModelIndex.row)
        return [index.data(GUEST_ID_ROLE) for index in rows]

    def add_guest(self) -> None:
        """Add a guest at the end of the list and start typing their name."""
        if self._event is None:
            return
        added = self.guest_editing.add(self._event.id, self.tr("New guest"))
        if isinstance(added, str):
            self._tell(self.tr("Add guest"), added)
            return
        self.tabs.setCurrentIndex(0)
        # The new guest must be in sight, whatever was being looked for.
        self.filter_bar.clear()
        table_row = self.guests.table_row(added)
        assert table_row is not None
        index = self.guest_filter.mapFromSource(
            self.guests.index(table_row, COLUMNS.index(GuestColumn.NAME)))
        self.guest_view.setCurrentIndex(index)
        self.guest_view.scrollTo(index)
        self.guest_view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.guest_view.edit(index)

    def edit_selected_guests(self) -> None:
        """Ask for the fields to give every chosen guest, then change them as one step."""
        guest_ids = self.selected_guest_ids()
        if not guest_ids:
            return
        dialog = BulkEditDialog(len(guest_ids), {row.category for row in self.guests.rows()},
                                self)

        def chosen() -> None:
            fields = dialog.fields()
            refused = self.guest_editing.edit(guest_ids, fields) if fields else None
            if refused is not None:
                self._tell(self.tr("Edit guests"), refused)

        dialog.accepted.connect(chosen)
        self._open_guest_dialog(dialog)

    def delete_selected_guests(self) -> None:
        """Delete the chosen guests once the user confirms how many."""
        guest_ids = self.selected_guest_ids()
        if not guest_ids:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete guests"),
                          QCoreApplication.translate(
                              "MainWindow", "Delete %n guest(s)? Their seats go with them. "
                              "Undo brings them back.", None, len(guest_ids)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)

        def answered() -> None:
            if box.clickedButton() is yes:
                refused = self.guest_editing.delete(guest_ids)
                if refused is not None:
                    self._tell(self.tr("Delete guests"), refused)

        box.finished.connect(answered)
        self._open_guest_dialog(box)

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self)
        self._open_guest_dialog(box)

    def _open_guest_dialog(self, dialog: QMessageBox | BulkEditDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._guest_dialog_closed)
        self.guest_dialog = dialog
        dialog.open()

    def _guest_dialog_closed(self) -> None:
        self.guest_dialog = None

    def _undo_failed(self, reason: str) -> None:
        self._tell(self.tr("Undo"), reason)

    def merge_duplicates(self) -> None:
        """Show the event's likely duplicates; merge the groups the user confirms."""
        if self._event is None:
            return
        groups = load_merge_groups(self._engine, self._event.id)
        if not groups:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Merge duplicate guests"),
                              self.tr("No duplicates found: no two guests share a name and "
                                      "organisation, or a phone number."),
                              QMessageBox.StandardButton.Ok, self)
            self._open_guest_dialog(box)
            return
        dialog = MergeDialog(groups, self)

        def chosen() -> None:
            refused = self.guest_editing.merge(dialog.plans())
            if refused is not None:
                self._tell(self.tr("Merge duplicate guests"), refused)

        dialog.accepted.connect(chosen)
        self._open_guest_dialog(dialog)

    def export_guests(self, path: str | None = None) -> None:
        """Write the event's guest list, every field, to an .xlsx or .csv file the user names."""
        if self._event is None:
            return
        if path is None:
            path, _chosen = QFileDialog.getSaveFileName(
                self, self.tr("Export guest list"), f"{self._event.name}.xlsx",
                self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
            if not path:
                return
        if self.export_progress is not None:
            return
        target = export_target(path)
        temporary = temporary_file(target)
        job = ExportJob(self._engine, self._event.id, temporary)
        progress = QProgressDialog(QCoreApplication.translate(
            "MainWindow", "Exporting %n guest(s)…", None, self.guests.rowCount()),
            self.tr("Cancel"), 0, 0, self)
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(self.tr("Export guest list"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.setMinimumDuration(0)
        self.export_progress = progress
        cancelled = False

        def cancel() -> None:
            nonlocal cancelled
            cancelled = True
            self._end_export()
            self.statusBar().showMessage(
                self.tr("Export cancelled; {path} was not changed.").format(path=target), 8000)

        def finished(count: int) -> None:
            if cancelled:
                temporary.unlink(missing_ok=True)
                return
            self._end_export()
            refused = put_in_place(temporary, target)
            if refused is not None:
                self._tell(self.tr("Export guest list"), refused)
                return
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "Exported %n guest(s) to {path}", None, count).format(
                    path=target), 8000)

        def failed(reason: str) -> None:
            temporary.unlink(missing_ok=True)
            if not cancelled:
                self._end_export()
                self._tell(self.tr("Export guest list"), reason)

        progress.canceled.connect(cancel)
        job.signals.finished.connect(finished)
        job.signals.failed.connect(failed)
        # Held until it answers: its signals go with it, and the answer would be lost.
        self._export_jobs.add(job)
        job.signals.finished.connect(lambda _count: self._export_jobs.discard(job))
        job.signals.failed.connect(lambda _reason: self._export_jobs.discard(job))
        progress.setValue(0)
        self.workers.start(job)

    def _end_export(self) -> None:
        if self.export_progress is not None:
            self.export_progress.reset()
            self.export_progress.deleteLater()
            self.export_progress = None

    # Events

    def _event_menu(self, position: QPoint) -> None:
        """The event list's context menu, on the event under the mouse."""
        index = self.event_view.indexAt(position)
        if index.isValid():
            self.event_view.setCurrentIndex(index)
        menu = QMenu(self.event_view)
        menu.addAction(self.new_event_action)
        if index.isValid():
            menu.addAction(self.rename_event_action)
            menu.addAction(self.duplicate_event_action)
            menu.addSeparator()
            menu.addAction(self.delete_event_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.event_view.viewport().mapToGlobal(position))

    def rename_event(self) -> None:
        event = self._event
        if event is None:
            return
        self._open_event_dialog(RenameEventDialog(
            lambda name: self.event_editing.rename(event.id, name), event.name, self))

    def duplicate_event(self) -> None:
        event = self._event
        if event is None:
            return
        name = self.tr("{event} (copy)").format(event=event.name)
        self._open_event_dialog(DuplicateEventDialog(
            lambda copy_name, with_guests: self.event_editing.duplicate(
                event.id, copy_name, with_guests), name, self))

    def delete_event(self) -> None:
        """Delete the chosen event, with everything in it, once the user confirms."""
        event = self._event
        if event is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Delete event"),
            QCoreApplication.translate(
                "MainWindow", "Delete the event “{event}” with its %n guest(s), scenes, seats, "
                "check-ins and print records?", None, self.guests.rowCount()).format(
                    event=event.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("Edit › Undo brings it back whole."))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Delete"))

        def answered() -> None:
            if box.clickedButton() is yes:
                refused = self.event_editing.delete(event.id)
                if refused is not None:
                    QMessageBox.warning(self, self.tr("Delete event"), refused)

        box.finished.connect(answered)
        self._open_event_dialog(box)

    def _open_event_dialog(self, dialog: QMessageBox | RenameEventDialog
                           | DuplicateEventDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._event_dialog_closed)
        self.event_dialog = dialog
        dialog.open()

    def _event_dialog_closed(self) -> None:
        self.event_dialog = None

    def _guest_count_changed(self) -> None:
        """Guests added, deleted or merged: the event list counts them again."""
        if self._event is not None and self._event.id == self.guests.event_id:
            shown = self.events.set_guest_count(self._event.id, self.guests.rowCount())
            self._event = shown or self._event

    def _scene_seats(self) -> list[SceneSeats]:
        if self._event is None:
            return []
        with Session(self._engine) as session:
            return scene_seats(session, self._event.id)

    def _refresh_seats(self) -> None:
        """Seats change in the seating plan and by undo: a seat filter in use follows them."""
        if self.guest_filter.seat_filter() is not None and self.tabs.currentIndex() == 0:
            self.filter_bar.seats_changed(self._scene_seats())

    # Language and settings

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.seating_menu.setTitle(self.tr("&Seating"))
        self.sign_in_menu.setTitle(self.tr("Sign-&in"))
        self.arrange_action.setText(self.tr("&Arrange seats automatically"))
        self.arrange_action.setIconText(self.tr("Arrange seats"))
        self.toolbar.setWindowTitle(self.tr("Seating"))
        self.tabs.setTabText(0, self.tr("Guests"))
        self.tabs.setTabText(1, self.tr("Seating"))
        self.tabs.setTabText(2, self.tr("Print"))
        self.tabs.setTabText(3, self.tr("Order"))
        self.new_event_action.setText(self.tr("&New event…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Find guest"))
        self.about_action.setText(self.tr("&About Zuoci"))
        self.add_guest_action.setText(self.tr("&Add guest"))
        self.edit_guests_action.setText(self.tr("&Edit chosen guests…"))
        self.delete_guests_action.setText(self.tr("&Delete chosen guests…"))
        self.reissue_code_action.setText(self.tr("Reissue sign-in code…"))
        self.events_heading.setText(self.tr("Events"))
        self.new_event_button.setText(self.tr("New event…"))
        self.message_button.setText(self.tr("New event…"))
        self.sample_button.setText(self.tr("Create the sample event"))
        self.import_button.setText(self.tr("Import guest list…"))
        self.open_database_action.setText(self.tr("&Open database…"))
        self.connect_server_action.setText(self.tr("Connect to a ser&ver…"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.protocol_action.setText(self.tr("&Protocol settings…"))
        self.import_action.setText(self.tr("&Import guest list…"))
        self.sample_event_action.setText(self.tr("Create the &sample event"))
        self.station_action.setText(self.tr("Sign-in s&tation…"))
        self.dashboard_action.setText(self.tr("Attendance &dashboard…"))
        self.attendance_export_action.setText(self.tr("&Export the attendance report…"))
        self.rename_event_action.setText(self.tr("&Rename event…"))
        self.duplicate_event_action.setText(self.tr("D&uplicate event…"))
        self.delete_event_action.setText(self.tr("De&lete event…"))
        self.export_action.setText(self.tr("&Export guest list…"))
        self.merge_action.setText(self.tr("&Merge duplicate guests…"))
        self.merge_action.setIconText(self.tr("Merge duplicates"))
        # The toolbar names the buttons only; the menu says what would be undone.
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self._name_undo_actions()
        self.history_action.setText(self.tr("&History"))
        self.history_dock.setWindowTitle(self.tr("History"))
        self.history.setEmptyLabel(self.tr("(as opened)"))
        self.filter_bar.retranslate()
        self.guests.retranslate()
        self.event_view.viewport().update()
        self._show_page()

    def _restore_settings(self) -> None:
        geometry = self._settings.value(keys.WINDOW_GEOMETRY)
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            state = self._settings.value(keys.WINDOW_STATE)
            if isinstance(state, QByteArray):
                self.restoreState(state)
        else:
            self.resize(1280, 800)
        splitter = self._settings.value(keys.SPLITTER)
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        header_state = self._settings.value(keys.GUEST_HEADER)
        header = self.guest_view.horizontalHeader()
        if isinstance(header_state, QByteArray) and header.restoreState(header_state):
            self._columns_fitted = True
            self.guest_view.sortByColumn(header.sortIndicatorSection(),
                                         header.sortIndicatorOrder())

    def _name_undo_actions(self) -> None:
        """Name the undo and redo menu items in the language in use. QUndoStack would keep
        the words of the language the window was opened in (and Qt's Chinese mixes 撤消 and
        撤销)."""
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.undo_action.setText(self.tr("Undo {action}").format(action=undo) if undo
                                 else self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo {action}").format(action=redo) if redo
                                 else self.tr("Redo"))

    def save_settings(self) -> None:
        self._settings.setValue(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self._settings.setValue(keys.WINDOW_STATE, self.saveState())
        self._settings.setValue(keys.SPLITTER, self.splitter.saveState())
        self._settings.setValue(keys.GUEST_HEADER,
                                self.guest_view.horizontalHeader().saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        # A running arrangement finishes (or is cancelled) before its window goes.
        self._cancel_arranging()
        self.workers.waitForDone()
        self.printing.shut_down()
        self.save_settings()
        super().closeEvent(event)
