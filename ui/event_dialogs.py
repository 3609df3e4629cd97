"""The dialogs that rename an event and copy one as the template of a new event."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel

from ui.new_event_dialog import CreateEvent, NewEventDialog

# Copies the event under the name, with or without its guests; None, or why it was refused.
CopyEvent = Callable[[str, bool], str | None]


class RenameEventDialog(NewEventDialog):
    """Asks for the event's new name, starting from the one it has."""

    def __init__(self, rename: CreateEvent, name: str, parent: Any = None) -> None:
        self._old_name = name
        super().__init__(rename, parent, name)
        self.setObjectName("renameEvent")

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rename event"))
        self.name_label.setText(self.tr("New &name:"))
        self.name_edit.setPlaceholderText(self._old_name)


class DuplicateEventDialog(NewEventDialog):
    """Asks for the new event's name, and whether its guests come along (without their seats
    and check-ins: the new event has its own day)."""

    def __init__(self, copy: CopyEvent, name: str, parent: Any = None) -> None:
        self._source_name = name
        self.with_guests = QCheckBox()
        self.note = QLabel()
        super().__init__(lambda new_name: copy(new_name, self.with_guests.isChecked()), parent,
                         name)
        self.setObjectName("duplicateEvent")
        self.note.setParent(self)
        self.note.setWordWrap(True)
        self.with_guests.setParent(self)
        self.form.addRow(self.note)
        self.form.addRow(self.with_guests)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Duplicate event"))
        self.name_label.setText(self.tr("&Name of the copy:"))
        self.name_edit.setPlaceholderText(self._source_name)
        self.with_guests.setText(self.tr(
            "Copy the guest list too (without seats or check-ins)"))
        self.note.setText(self.tr(
            "The copy takes the protocol settings and every scene with its room layout."))
