"""The sign-in station at the door: a scan or a search checks a guest in; their seats show large."""

from __future__ import annotations

import time
import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QFont, QInputMethodEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from models.checkin import ArrivedGuest, CheckInResult, CheckInStatus, NothingToUndo
from models.guest_list import GuestRow
from models.station_desk import Desk, SyncReport
from ui.camera_scan import CameraPanel
from ui.kiosk import Kiosk
from ui.new_code_dialog import NewCodeDialog, ask_and_reissue
from ui.station_data import DeskLink, desk_guests, desk_matcher
from ui.station_sounds import StationSounds
from ui.vip_alerts import VipAlerts
from ui.walk_in_dialog import register_walk_in_at

# Often enough that another station's arrivals show before anyone looks up.
COUNTS_REFRESH_MS = 2000
# A focus that wandered (a click on the panel, a stray Tab) comes back this fast.
REFOCUS_MS = 300
# The search box gives the scanner its field back after this long untouched.
SEARCH_IDLE_S = 20.0
# More matches than this means the query is too short to choose from.
MAX_MATCHES = 30

GREEN, AMBER, RED, GREY, NEUTRAL = "#1e7e34", "#b86e00", "#b3261e", "#5f6368", "#37474f"
# How long "N check-ins sent" stays beside the online status.
SENT_SHOWN_S = 30.0
# Notices of other stations' check-ins coming in a burst are read once, this long after the first.
HEARD_DELAY_MS = 150
COLOURS = {
    CheckInStatus.CHECKED_IN: GREEN,
    CheckInStatus.ALREADY_CHECKED_IN: AMBER,
    CheckInStatus.UNKNOWN_CODE: RED,
    CheckInStatus.OTHER_EVENT: RED,
    CheckInStatus.NOT_EXPECTED: GREY,
}


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


class ScanField(QLineEdit):
    """The field the keyboard-wedge scanner types into.

    The input method is off so that a scan typed while a Chinese IME is active arrives as the
    ASCII the scanner sent; an IME that still commits text (some do on X11) is accepted, folded
    from full width. Ctrl+Z is left to the window's undo of the last check-in, not the text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.setInputMethodHints(Qt.InputMethodHint.ImhLatinOnly
                                 | Qt.InputMethodHint.ImhNoPredictiveText
                                 | Qt.InputMethodHint.ImhNoAutoUppercase
                                 | Qt.InputMethodHint.ImhPreferLatin)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        committed = event.commitString()
        if committed:
            self.insert(unicodedata.normalize("NFKC", committed))
        event.accept()

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.Undo)):
            event.ignore()
            return False
        return super().event(event)


class StationWindow(QMainWindow):
    """One sign-in station of an event; `station` names it in every arrival it records.
    `desk` is one started offline from its copy (Desk.from_copy), `engine` then unused."""

    def __init__(self, engine: Engine | None, event_id: int, station: str,
                 parent: QWidget | None = None, *, settings: QSettings | None = None,
                 copy_folder: Path | None = None, desk: Desk | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        # Scans go through the link's desk: the server, or the station's copy while offline.
        self.link = DeskLink(engine, event_id, station, copy_folder, self, desk=desk)
        self._sent: tuple[int, float] = (0, 0.0)
        self._sync_failure = ""
        self._station = station
        self._event_name = self.link.desk.event_name
        self._guests: list[GuestRow] = self.link.desk.guest_rows()
        self._result: CheckInResult | None = None
        self._undone: ArrivedGuest | None = None
        self._undo_refused = ""
        # The last guest this station checked in: what Undo cancels.
        self.last_checked_in: ArrivedGuest | None = None
        self._search_touched = 0.0
        self._build()
        self.retranslate()
        self.refresh_counts()

        self.counts_timer = QTimer(self)
        self.counts_timer.setInterval(COUNTS_REFRESH_MS)
        self.counts_timer.timeout.connect(self.refresh_counts)
        self.counts_timer.timeout.connect(self.link.sync_soon)
        self.counts_timer.start()
        self.heard_timer = QTimer(self)
        self.heard_timer.setSingleShot(True)
        self.heard_timer.setInterval(HEARD_DELAY_MS)
        self.heard_timer.timeout.connect(self.refresh_counts)
        # Another station's arrival may be a VIP's: the sync brings it to the ushers' list.
        self.heard_timer.timeout.connect(self.link.sync_soon)
        self.link.others_changed.connect(self.heard_timer.start)
        self.link.synced.connect(self._synced)
        self.link.failed.connect(self._sync_failed)
        self.focus_timer = QTimer(self)
        self.focus_timer.setInterval(REFOCUS_MS)
        self.focus_timer.timeout.connect(self._keep_focus)
        self.focus_timer.start()
        self._app = QApplication.instance()
        if isinstance(self._app, QApplication):
            self._app.focusChanged.connect(self._focus_changed)

    def _build(self) -> None:
        self.counts = QLabel()
        self.counts.setFont(_font(22, bold=True))
        self.station_label = QLabel()
        self.station_label.setFont(_font(14))
        self.station_label.setAlignment(Qt.AlignmentFlag.AlignRight
                                        | Qt.AlignmentFlag.AlignVCenter)
        self.link_status = QLabel()
        self.link_status.setFont(_font(14, bold=True))
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(self.link_status)
        top.addWidget(self.station_label)
        self.start_notice = QLabel()
        self.start_notice.setFont(_font(14, bold=True))
        self.start_notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_notice.setStyleSheet(f"color: white; background: {AMBER};"
                                        " border-radius: 6px; padding: 4px 10px;")
        self.start_notice.setVisible(False)

        self.banner = QLabel()
        self.banner.setFont(_font(30, bold=True))
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setStyleSheet("background: #ffd54f; color: #7a0000; border-radius: 8px;"
                                  " padding: 6px;")
        self.headline = QLabel()
        self.headline.setFont(_font(26, bold=True))
        self.name = QLabel()
        self.name.setFont(_font(80, bold=True))
        self.affiliation = QLabel()
        self.affiliation.setFont(_font(24))
        self.seats = QLabel()
        self.seats.setFont(_font(28, bold=True))
        self.detail = QLabel()
        self.detail.setFont(_font(20))
        self.panel = QFrame()
        self.panel.setObjectName("result")
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.setContentsMargins(32, 24, 32, 24)
        panel_layout.addWidget(self.banner)
        panel_layout.addStretch(1)
        for label in (self.headline, self.name, self.affiliation, self.seats, self.detail):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            panel_layout.addWidget(label)
        panel_layout.addStretch(1)

        self.search_field = QLineEdit()
        self.search_field.setFont(_font(16))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textEdited.connect(self._search)
        self.search_field.returnPressed.connect(self._choose_current)
        self.matches = QListWidget()
        self.matches.setFont(_font(15))
        self.matches.itemActivated.connect(self._choose)
        self.matches.currentRowChanged.connect(self._touch_search)
        self.search_title = QLabel()
        self.search_title.setFont(_font(14, bold=True))
        side = QVBoxLayout()
        side.addWidget(self.search_title)
        side.addWidget(self.search_field)
        side.addWidget(self.matches, 1)

        middle = QHBoxLayout()
        middle.addWidget(self.panel, 3)
        middle.addLayout(side, 1)

        self.scan_title = QLabel()
        self.scan_title.setFont(_font(16))
        self.scan_field = ScanField()
        self.scan_field.setFont(_font(16))
        self.scan_field.returnPressed.connect(self._scanned)
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.undo_action.triggered.connect(self.undo_last)
        self.addAction(self.undo_action)
        self.undo_button = QPushButton()
        self.undo_button.setFont(_font(14))
        # A click must not take the focus from the scanner's field.
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.clicked.connect(self.undo_last)
        bottom = QHBoxLayout()
        bottom.addWidget(self.scan_title)
        bottom.addWidget(self.scan_field, 1)
        bottom.addWidget(self.undo_button)

        self._build_desk_tools(side, bottom)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.start_notice)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        self.setCentralWidget(central)
        self.setFocusProxy(self.scan_field)
        self.scan_field.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign-in: {event} ({station})").format(
            event=self._event_name, station=self._station))
        self.station_label.setText(self.tr("Station: {station}").format(station=self._station))
        self.banner.setText(self.tr("VIP arriving"))
        self.search_title.setText(self.tr("Find a guest"))
        self.search_field.setPlaceholderText(
            self.tr("Name, pinyin initials or last 4 digits of the phone"))
        self.scan_title.setText(self.tr("Scan:"))
        self.scan_field.setPlaceholderText(self.tr("Scan a sign-in code"))
        self.undo_action.setText(self.tr("Undo last check-in"))
        self.undo_button.setText(self.tr("Undo last check-in (Ctrl+Z)"))
        self._retranslate_desk_tools()
        self._show()
        self.refresh_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.counts_timer.stop()
        self.focus_timer.stop()
        self.heard_timer.stop()
        self.link.close()
        self.camera.stop()
        if isinstance(self._app, QApplication):
            self._app.focusChanged.disconnect(self._focus_changed)
            self._app = None
        super().closeEvent(event)

    # Checking in

    def check_in(self, text: str) -> CheckInResult:
        """Check in what was scanned or chosen. A direct call: it takes about 10 ms on SQLite,
        well under what a person at the door notices, and keeps the scans in order."""
        result = self.link.desk.scan(text)
        if result.status == CheckInStatus.CHECKED_IN:
            self.last_checked_in = result.guest
        self._answered(result)
        self._result, self._undone, self._undo_refused = result, None, ""
        self._show()
        self.refresh_counts()
        self.scan_field.setFocus()
        return result

    def _scanned(self) -> None:
        text = self.scan_field.text()
        self.scan_field.clear()
        if text.strip():
            self.check_in(text)

    def undo_last(self) -> None:
        guest = self.last_checked_in
        self._undone = None
        if guest is None:
            self._undo_refused = self.tr("This station has no check-in to undo.")
        else:
            try:
                self.link.desk.undo(guest.id)
            except NothingToUndo as refused:
                self._undo_refused = str(refused)
            else:
                self._undone, self._undo_refused = guest, ""
                self.vip_alerts.withdraw(guest.id)
            self.last_checked_in = None
        self._result = None
        self._show()
        self.refresh_counts()
        self.scan_field.setFocus()

    def refresh_counts(self) -> None:
        counts = self.link.desk.counts()
        self.counts.setText(self.tr("Arrived {arrived} / expected {expected}").format(
            arrived=counts.arrived, expected=counts.expected))
        self._show_link()

    # Online or offline

    def _synced(self, report: SyncReport) -> None:
        if report.sent:
            self._sent = (report.sent, time.monotonic())
        self._sync_failure = ""
        for guest_id in report.withdrawn:
            self.vip_alerts.withdraw(guest_id)
        # Oldest first, so that the newest ends at the top of the list.
        for result in reversed(report.heard):
            self.vip_alerts.add(result)
        if report.refreshed:
            self._guests = self.link.desk.guest_rows()
            if self.link.desk.event_name != self._event_name:
                self._event_name = self.link.desk.event_name
                self.retranslate()
        self.refresh_counts()

    def _sync_failed(self, message: str) -> None:
        self._sync_failure = message
        self._show_link()

    def _show_link(self) -> None:
        desk = self.link.desk
        if desk.online:
            text, colour = self.tr("Online"), GREEN
            sent, when = self._sent
            if sent and time.monotonic() - when < SENT_SHOWN_S:
                text = self.tr("Online: %n check-in(s) made offline sent", None, sent)
        else:
            text, colour = self.tr("Offline: %n check-in(s) waiting to be sent", None,
                                   desk.pending()), RED
        tip = self.tr("Check-ins go to the shared database.") if desk.online else self.tr(
            "The database cannot be reached. Guests are checked in against this station's "
            "copy of the list, and the check-ins are sent when it is back.")
        if self._sync_failure:
            tip += "\n" + self.tr("Last sync failed: {reason}").format(reason=self._sync_failure)
        self.link_status.setText(text)
        self.link_status.setToolTip(tip)
        self.link_status.setStyleSheet(f"color: white; background: {colour};"
                                       " border-radius: 6px; padding: 4px 10px;")
        self._show_start_notice()

    def _show_start_notice(self) -> None:
        """While a station started without the database has not reached it: how old its list
        is, so that a guest added since is looked for at another station."""
        desk = self.link.desk
        copied = desk.copied_at if desk.started_offline else None
        self.start_notice.setVisible(copied is not None)
        if copied is None:
            return
        local = copied.astimezone()
        same_day = local.date() == datetime.now().astimezone().date()
        at = local.strftime("%H:%M" if same_day else "%m-%d %H:%M")
        self.start_notice.setText(self.tr(
            "Started offline: using the guest list copied at {time}").format(time=at))
        self.start_notice.setToolTip(self.tr(
            "The database could not be reached when this station started. Guests added or "
            "changed since {time} are not on this list; check-ins are kept on this computer "
            "and sent when the database is back.").format(time=at))

    # The result panel

    def _show(self) -> None:
        result = self._result
        guest = result.guest if result else None
        self.banner.setVisible(bool(guest and guest.vip and result and result.admitted))
        if result is not None:
            colour = COLOURS[result.status]
            self.headline.setText(self._headline(result))
        elif self._undone is not None:
            colour = NEUTRAL
            self.headline.setText(self.tr("Check-in undone"))
        elif self._undo_refused:
            colour = NEUTRAL
            self.headline.setText(self._undo_refused)
        else:
            colour = NEUTRAL
            self.headline.setText(self.tr("Ready: scan a sign-in code"))
        shown = guest or self._undone
        self.name.setText(shown.name if shown else "")
        self.affiliation.setText(" ".join(part for part in (shown.organisation, shown.title)
                                          if part) if shown else "")
        # One scene a line: a line break inside a seat's label would split "1排" from "6位".
        self.seats.setText("\n".join(result.seats) if result else "")
        self.seats.setVisible(bool(result and result.seats))
        self.detail.setText(self._detail(result))
        self.panel.setStyleSheet(f"QFrame#result {{ background: {colour}; border-radius: 16px; }}"
                                 " QFrame#result QLabel { color: white; }")

    def _headline(self, result: CheckInResult) -> str:
        match result.status:
            case CheckInStatus.CHECKED_IN:
                return self.tr("Checked in")
            case CheckInStatus.ALREADY_CHECKED_IN:
                return self.tr("Already checked in")
            case CheckInStatus.NOT_EXPECTED:
                return self.tr("Not expected: declined or cancelled")
            case CheckInStatus.OTHER_EVENT:
                return self.tr("This code is for another event")
            case _:
                return self.tr("Unknown code")

    def _detail(self, result: CheckInResult | None) -> str:
        if result is None:
            return ""
        match result.status:
            case CheckInStatus.ALREADY_CHECKED_IN if result.first_checked_in_at:
                at = result.first_checked_in_at.astimezone().strftime("%H:%M:%S")
                if result.station:
                    return self.tr("First checked in at {time} at {station}").format(
                        time=at, station=result.station)
                return self.tr("First checked in at {time}").format(time=at)
            case CheckInStatus.NOT_EXPECTED:
                return self.tr("No arrival recorded: ask the person in charge")
            case CheckInStatus.UNKNOWN_CODE | CheckInStatus.OTHER_EVENT:
                return self.tr("Find the guest by name instead")
            case _:
                return ""

    # The search

    def _search(self, text: str) -> None:
        self._touch_search()
        matches = desk_matcher(text)
        self.matches.clear()
        for row in [row for row in self._guests if matches(row)][:MAX_MATCHES]:
            details = " ".join(part for part in (row.organisation, row.title) if part)
            item = QListWidgetItem(f"{row.name}　{details}" if details else row.name)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0)

    def _choose_current(self) -> None:
        item = self.matches.currentItem()
        if item is not None:
            self._choose(item)

    def _choose(self, item: QListWidgetItem) -> None:
        token = self.link.desk.token(item.data(Qt.ItemDataRole.UserRole))
        self.search_field.clear()
        self.matches.clear()
        if token is None:
            # Removed from the list since the window opened.
            self._guests = self.link.desk.guest_rows()
            self.scan_field.setFocus()
            return
        self.check_in(token)

    def _touch_search(self, *_args: Any) -> None:
        self._search_touched = time.monotonic()

    # The desk's tools: camera, sounds, VIP alerts, walk-ins, lost codes, full screen

    def _build_desk_tools(self, side: QVBoxLayout, bottom: QHBoxLayout) -> None:
        self.sounds = StationSounds(self.settings, self)
        # The last code reissued here, shown until closed.
        self.new_code_dialog: NewCodeDialog | None = None
        self.reissue_action = QAction(self)
        self.reissue_action.triggered.connect(self.reissue_code)
        self.matches.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.matches.addAction(self.reissue_action)
        self.matches.currentRowChanged.connect(self._match_chosen)
        self.reissue_button = QPushButton()
        self.reissue_button.clicked.connect(self.reissue_code)
        self.vip_alerts = VipAlerts(self._station)
        self.camera = CameraPanel(self.settings)
        self.camera.scanned.connect(self.check_in)
        side.addWidget(self.reissue_button)
        side.addWidget(self.vip_alerts, 1)
        side.addWidget(self.camera)
        self.walk_in_button = QPushButton()
        self.walk_in_button.clicked.connect(self.register_walk_in)
        self.mute_button = QPushButton()
        self.mute_button.setCheckable(True)
        self.mute_button.setChecked(self.sounds.muted)
        self.mute_button.toggled.connect(self.sounds.set_muted)
        self.kiosk_button = QPushButton()
        for button in (self.reissue_button, self.walk_in_button, self.mute_button,
                       self.kiosk_button):
            button.setFont(_font(14))
            # A click must not take the focus from the scanner's field.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for button in (self.walk_in_button, self.mute_button, self.kiosk_button):
            bottom.addWidget(button)
        self.kiosk = Kiosk(self, self.settings, [
            self.undo_button, self.undo_action, self.walk_in_button, self.reissue_button,
            self.reissue_action, self.mute_button])
        self.kiosk_button.clicked.connect(self.kiosk.toggle)
        self.kiosk.changed.connect(self._retranslate_desk_tools)
        self._match_chosen()

    def _retranslate_desk_tools(self) -> None:
        self.reissue_action.setText(self.tr("Reissue sign-in code…"))
        self.reissue_button.setText(self.tr("Reissue sign-in code…"))
        self.reissue_button.setToolTip(self.tr(
            "For a guest who lost their badge: a new code, the old one stops working"))
        self.walk_in_button.setText(self.tr("Register walk-in…"))
        self.mute_button.setText(self.tr("Mute"))
        self.mute_button.setToolTip(self.tr("No sounds at this station"))
        self.kiosk_button.setText(self.tr("Leave full screen…") if self.kiosk.active
                                  else self.tr("Full-screen sign-in"))
        self.kiosk_button.setToolTip(self.tr(
            "Full screen for the door: nothing can be edited, and leaving asks for the PIN"))

    def _answered(self, result: CheckInResult) -> None:
        """What a result does besides the panel: its sound, and the ushers' list for a VIP."""
        self.sounds.play(result.status)
        if result.status == CheckInStatus.CHECKED_IN:
            self.vip_alerts.add(result)

    def _match_chosen(self, *_args: Any) -> None:
        chosen = self.matches.currentItem() is not None
        self.reissue_button.setEnabled(chosen)
        self.reissue_action.setEnabled(chosen)

    def _server(self) -> Engine | None:
        """The database for what only it can do (a walk-in, a new code); None offline."""
        desk = self.link.desk
        return desk.server if desk.online else None

    def _refuse_offline_walk_in(self) -> None:
        QMessageBox.warning(self, self.tr("Register walk-in"), self.tr(
            "The database cannot be reached, so this station cannot register a walk-in now. "
            "Register the guest at a station that is online, or here once the status at the "
            "top shows Online again."))

    def _refuse_offline_reissue(self) -> None:
        QMessageBox.warning(self, self.tr("Reissue sign-in code"), self.tr(
            "The database cannot be reached, so this station cannot issue a new sign-in code "
            "now. Issue it at a station that is online, or here once the status at the top "
            "shows Online again; meanwhile the guest can be found by name and checked in."))

    def register_walk_in(self) -> None:
        """A guest not on the list: registered, seated and checked in, shown as any check-in.
        Only with the database: a guest made offline would have no place on the server."""
        server = self._server()
        result = None
        if server is None:
            self._refuse_offline_walk_in()
        else:
            try:
                result = register_walk_in_at(self, server, self.link.desk.event_id,
                                             self._station)
            except OperationalError:
                self.link.desk.online = False
                self._show_link()
                self._refuse_offline_walk_in()
        if result is not None and server is not None:
            self._guests = desk_guests(server, self.link.desk.event_id)
            # Into the copy at once: their new badge may be scanned offline.
            self.link.sync_soon()
            self.last_checked_in = result.guest
            self._result, self._undone, self._undo_refused = result, None, ""
            self._answered(result)
            self._show()
            self.refresh_counts()
        # The form had the keyboard; the scanner types into this window's field.
        self.activateWindow()
        self.scan_field.setFocus()

    def reissue_code(self) -> None:
        """A new code for the guest chosen in the search; the old one answers unknown code."""
        item = self.matches.currentItem()
        if item is None:
            return
        guest_id = item.data(Qt.ItemDataRole.UserRole)
        name = next((row.name for row in self._guests if row.id == guest_id), "")
        server = self._server()
        if server is None:
            self._refuse_offline_reissue()
        else:
            try:
                self.new_code_dialog = ask_and_reissue(self, server, self.link.desk.event_id,
                                                       guest_id, name)
            except OperationalError:
                self.link.desk.online = False
                self._show_link()
                self._refuse_offline_reissue()
        self.search_field.clear()
        self.matches.clear()

    # Keeping the scanner's field focused

    def _searching(self, widget: QWidget | None) -> bool:
        in_search = widget in (self.search_field, self.matches, self.matches.viewport())
        return in_search and time.monotonic() - self._search_touched < SEARCH_IDLE_S

    def _keep_focus(self) -> None:
        if not self.isActiveWindow():
            return
        focused = QApplication.focusWidget()
        if focused is self.scan_field or self._searching(focused):
            return
        if focused in (self.search_field, self.matches):
            self.search_field.clear()
            self.matches.clear()
        self.scan_field.setFocus()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or new is self.scan_field or not self.isAncestorOf(new):
            return
        if new in (self.search_field, self.matches):
            self._touch_search()
            return
        QTimer.singleShot(0, self._keep_focus)


def ask_station_name(parent: QWidget | None) -> str | None:
    """The name the user gives this station; None when they cancel or give none."""
    title = QApplication.translate("StationWindow", "Sign-in station")
    prompt = QApplication.translate("StationWindow",
                                    "Name of this station (shown with every arrival):")
    station, accepted = QInputDialog.getText(parent, title, prompt, text=title)
    return station.strip() if accepted and station.strip() else None


def open_station(parent: QWidget, engine: Engine, event_id: int | None) -> StationWindow | None:
    """Ask for the station's name and open its window; None when there is no event or the
    user cancels."""
    if event_id is None:
        return None
    station = ask_station_name(parent)
    if station is None:
        return None
    window = StationWindow(engine, event_id, station, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # The desk's screen is the station's alone: names in large type and every seat need it all.
    window.showMaximized()
    return window
