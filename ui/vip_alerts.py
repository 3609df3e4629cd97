"""The ushers' list of VIPs who have arrived, here or at another station: time, name, title and
seat, kept on screen until someone acknowledges them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.checkin import CheckInResult


class VipAlerts(QWidget):
    """Hidden while empty. A VIP's check-in adds a line at the top, once per arrival whichever
    station reports it; a double-click acknowledges one line, the button every line. `station`
    is this station's name: another's is said on its lines."""

    def __init__(self, station: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._station = station
        # The VIPs whose arrival has had its line, acknowledged or not: the same arrival heard
        # again (from this station's scan and then from the server) is not news.
        self._alerted: set[int] = set()
        self.title = QLabel()
        font = QFont()
        font.setPointSize(16)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setStyleSheet("color: #7a0000;")
        self.entries = QListWidget()
        entry_font = QFont()
        entry_font.setPointSize(14)
        self.entries.setFont(entry_font)
        self.entries.setWordWrap(True)
        self.entries.setSpacing(3)
        self.entries.setAlternatingRowColors(True)
        self.entries.setStyleSheet("QListWidget { background: #fff8e1;"
                                   " alternate-background-color: #ffecb3; }")
        # A click must not take the focus from the scanner's field.
        self.entries.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.entries.itemDoubleClicked.connect(self.acknowledge_one)
        self.acknowledge = QPushButton()
        self.acknowledge.setFont(entry_font)
        self.acknowledge.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.acknowledge.clicked.connect(self.acknowledge_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.entries, 1)
        layout.addWidget(self.acknowledge)
        self.retranslate()
        self.setVisible(False)

    def retranslate(self) -> None:
        self.title.setText(self.tr("VIPs arrived"))
        self.acknowledge.setText(self.tr("Acknowledged"))
        self.entries.setToolTip(self.tr("Double-click a line once the ushers have it"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def add(self, result: CheckInResult) -> None:
        """A line for a VIP's arrival not yet shown; other results are not the ushers'
        business."""
        guest = result.guest
        if (guest is None or not guest.vip or result.first_checked_in_at is None
                or guest.id in self._alerted):
            return
        self._alerted.add(guest.id)
        at = result.first_checked_in_at.astimezone().strftime("%H:%M")
        who = "　".join(part for part in (guest.name, guest.title) if part)
        # The first seat is the first scene's: where the ushers take the guest now.
        seat = result.seats[0] if result.seats else self.tr("no seat")
        if result.station and result.station != self._station:
            seat += "　" + self.tr("(checked in at {station})").format(station=result.station)
        item = QListWidgetItem(f"{at}　{who}\n{seat}")
        item.setData(Qt.ItemDataRole.UserRole, guest.id)
        self.entries.insertItem(0, item)
        self.setVisible(True)

    def waiting(self) -> list[int]:
        """The guests not yet acknowledged, newest first."""
        return [self.entries.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.entries.count())]

    def withdraw(self, guest_id: int) -> None:
        """The guest's arrival was undone (a mistaken scan): the ushers need not go, and a
        later arrival is news again."""
        self._alerted.discard(guest_id)
        for row in reversed(range(self.entries.count())):
            if self.entries.item(row).data(Qt.ItemDataRole.UserRole) == guest_id:
                self.entries.takeItem(row)
        self.setVisible(self.entries.count() > 0)

    def acknowledge_one(self, item: QListWidgetItem) -> None:
        self.entries.takeItem(self.entries.row(item))
        self.setVisible(self.entries.count() > 0)

    def acknowledge_all(self) -> None:
        self.entries.clear()
        self.setVisible(False)
