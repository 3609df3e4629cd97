"""Editing guests in the table: lists to choose categories, RSVP states and ranks from, and the
dialog that changes several guests at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from models.guest_list import GuestColumn
from models.tables import Rsvp
from models.vocab import CATEGORIES, RANK_LEVELS, category_label, rank_label, rsvp_label
from ui.guest_table import COLUMNS

# What a bulk-edit list holds while the user leaves that field as it is.
KEEP = object()
# The columns edited by choosing from a list.
LISTED = (GuestColumn.RANK, GuestColumn.CATEGORY, GuestColumn.RSVP)


def choices(column: GuestColumn, current: Any, used_categories: set[str]) -> list[tuple[str, Any]]:
    """The (label, stored value) pairs a list offers for the column, the current value among
    them even when the vocabulary lacks it (a plain rank number, an event's own category)."""
    match column:
        case GuestColumn.RSVP:
            found = [(rsvp_label(state), state.value) for state in Rsvp]
        case GuestColumn.RANK:
            found = [("", None)] + [(rank_label(level), level) for level, *_ in RANK_LEVELS]
        case GuestColumn.CATEGORY:
            own = sorted(used_categories - set(CATEGORIES) - {""})
            found = [("", "")] + [(category_label(key), key) for key in (*CATEGORIES, *own)]
        case _:
            return []
    if all(value != current for _label, value in found):
        label = rank_label(current) if column == GuestColumn.RANK else str(current)
        found.append((label, current))
    return found


def fill(combo: QComboBox, items: list[tuple[str, Any]], current: Any) -> None:
    combo.clear()
    for label, value in items:
        combo.addItem(label, value)
    combo.setCurrentIndex(next(
        (place for place, (_label, value) in enumerate(items) if value == current), 0))


class GuestItemDelegate(QStyledItemDelegate):
    """Lists for the columns whose values come from a vocabulary; plain text for the others."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex) -> QWidget:
        if COLUMNS[index.column()] in LISTED:
            combo = QComboBox(parent)
            combo.setObjectName("guestChoice")
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            used = {str(index.model().index(row, index.column()).data(Qt.ItemDataRole.EditRole))
                    for row in range(index.model().rowCount())}
            current = index.data(Qt.ItemDataRole.EditRole)
            fill(editor, choices(COLUMNS[index.column()], current, used), current)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class BulkEditDialog(QDialog):
    """The fields to give every chosen guest; a field left on “keep” is not changed."""

    def __init__(self, count: int, used_categories: set[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkEdit")
        self.setWindowTitle(QCoreApplication.translate(
            "BulkEditDialog", "Edit %n guest(s)", None, count))
        keep = QCoreApplication.translate("BulkEditDialog", "(keep as it is)")
        self.category = QComboBox(self)
        self.rank = QComboBox(self)
        self.rsvp = QComboBox(self)
        # A value every list holds, so that none gains an item for it.
        combo_blank = {GuestColumn.CATEGORY: "", GuestColumn.RANK: None,
                       GuestColumn.RSVP: Rsvp.INVITED.value}
        for combo, column in ((self.category, GuestColumn.CATEGORY),
                              (self.rank, GuestColumn.RANK), (self.rsvp, GuestColumn.RSVP)):
            fill(combo, [(keep, KEEP), *choices(column, combo_blank[column], used_categories)],
                 KEEP)
        self.delegation = QLineEdit(self)
        self.delegation.setPlaceholderText(keep)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(GuestColumn.CATEGORY.header(), self.category)
        layout.addRow(GuestColumn.RANK.header(), self.rank)
        layout.addRow(GuestColumn.RSVP.header(), self.rsvp)
        layout.addRow(QCoreApplication.translate("BulkEditDialog", "Delegation"),
                      self.delegation)
        layout.addRow(buttons)

    def fields(self) -> dict[str, Any]:
        """The fields the user chose to change, with their new values."""
        chosen = {"category": self.category.currentData(), "rank_level": self.rank.currentData(),
                  "rsvp": self.rsvp.currentData()}
        fields = {key: value for key, value in chosen.items() if value is not KEEP}
        if self.delegation.text().strip():
            fields["delegation"] = self.delegation.text()
        return fields
