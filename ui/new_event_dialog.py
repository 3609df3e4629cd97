"""The dialog that asks for a new event's name and shows why a name is refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from models.events import NAME_LENGTH

# Creates the event and returns None, or returns why the name was refused.
CreateEvent = Callable[[str], str | None]


class NewEventDialog(QDialog):
    """Asks for the name; closes only once `create` has accepted it, else shows its reason."""

    def __init__(self, create: CreateEvent, parent: Any = None, name: str = "") -> None:
        super().__init__(parent)
        self._create = create
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setMaxLength(NAME_LENGTH)
        self.name_edit.selectAll()
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name_edit)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.form.addRow(self.name_label, self.name_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.name_edit.textChanged.connect(self._name_changed)
        self._name_changed(self.name_edit.text())
        self._retranslate()
        self.setMinimumWidth(420)

    def accept(self) -> None:
        problem = self._create(self.name_edit.text())
        if problem is None:
            super().accept()
            return
        self.problem.setText(problem)
        self.problem.show()
        self.name_edit.selectAll()
        self.name_edit.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _name_changed(self, text: str) -> None:
        self.problem.hide()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text.strip()))

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("New event"))
        self.name_label.setText(self.tr("Event &name:"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Provincial Investment Conference 2025"))
