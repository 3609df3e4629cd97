"""Registering a walk-in at the desk: who they are, a free seat proposed in each scene, and on OK
the guest registered, seated and checked in in one transaction."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine
from sqlmodel import Session

from models.checkin import CheckInResult
from models.vocab import category_label
from models.walk_in import (
    SeatProposal,
    SeatTaken,
    WalkIn,
    event_categories,
    preview_seats,
    store_walk_in,
)


class WalkInDialog(QDialog):
    """The desk's form for a guest who is not on the list. `result` holds the check-in once the
    dialog is accepted."""

    def __init__(self, engine: Engine, event_id: int, station: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._event_id = event_id
        self._station = station
        self.result: CheckInResult | None = None
        self.proposals: list[SeatProposal] = []
        self.seat_boxes: list[QCheckBox] = []

        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.title = QLineEdit()
        self.category = QComboBox()
        self.category.addItem("", "")
        with Session(engine) as session:
            for category in event_categories(session, event_id):
                self.category.addItem(category_label(category), category)
        self.category.currentIndexChanged.connect(self.propose)
        self.name.editingFinished.connect(self.propose)
        self.form = QFormLayout()
        self.name_label, self.organisation_label = QLabel(), QLabel()
        self.title_label, self.category_label = QLabel(), QLabel()
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.organisation_label, self.organisation)
        self.form.addRow(self.title_label, self.title)
        self.form.addRow(self.category_label, self.category)
        self.seats_group = QGroupBox()
        self.seats_layout = QVBoxLayout(self.seats_group)
        self.no_seats = QLabel()
        self.no_seats.setWordWrap(True)
        self.seats_layout.addWidget(self.no_seats)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.register)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.seats_group)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.propose()
        self.name.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Register a walk-in"))
        self.name_label.setText(self.tr("Name (required):"))
        self.organisation_label.setText(self.tr("Organisation:"))
        self.title_label.setText(self.tr("Title:"))
        self.category_label.setText(self.tr("Category:"))
        self.seats_group.setTitle(self.tr("Proposed seats (untick a scene to leave it out)"))
        self.no_seats.setText(self.tr("No free seat open to this guest in any scene: they are "
                                      "registered and checked in without a seat."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Register and check in"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def walk_in(self) -> WalkIn:
        return WalkIn(name=self.name.text(), organisation=self.organisation.text(),
                      title=self.title.text(), category=str(self.category.currentData() or ""))

    def propose(self) -> None:
        """Ask the protocol rules again for the seats: the category decides the blocks and scenes
        open to the guest. Scenes the user unticked stay unticked."""
        left_out = {proposal.scene_id for proposal, box in zip(self.proposals, self.seat_boxes,
                                                               strict=True)
                    if not box.isChecked()}
        for box in self.seat_boxes:
            self.seats_layout.removeWidget(box)
            box.deleteLater()
        self.proposals = preview_seats(self._engine, self._event_id, self.walk_in())
        self.seat_boxes = []
        for proposal in self.proposals:
            box = QCheckBox(f"{proposal.scene_name}：{proposal.label}")
            box.setChecked(proposal.scene_id not in left_out)
            self.seats_layout.addWidget(box)
            self.seat_boxes.append(box)
        self.no_seats.setVisible(not self.proposals)

    def accepted_seats(self) -> list[SeatProposal]:
        return [proposal for proposal, box in zip(self.proposals, self.seat_boxes, strict=True)
                if box.isChecked()]

    def _refuse(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def register(self) -> None:
        """One transaction: the guest, their seats, their arrival. A refusal keeps the dialog
        open with the reason."""
        if not self.name.text().strip():
            self._refuse(self.tr("Enter the guest's name."))
            self.name.setFocus()
            return
        try:
            self.result = store_walk_in(self._engine, self._event_id, self.walk_in(),
                                        self.accepted_seats(), station=self._station)
        except SeatTaken as taken:
            self._refuse(str(taken))
            self.propose()
            return
        self.accept()


def register_walk_in_at(parent: QWidget, engine: Engine, event_id: int,
                        station: str) -> CheckInResult | None:
    """Ask for the walk-in and register them; their check-in, or None when cancelled."""
    dialog = WalkInDialog(engine, event_id, station, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.result
