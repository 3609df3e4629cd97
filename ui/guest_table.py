"""The guest table: an editable Qt model over the domain's guest rows, and its filter proxy."""

from __future__ import annotations

from bisect import bisect
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from models.guest_list import GuestColumn, GuestRow, cell_text, guest_matcher, guest_order

COLUMNS: tuple[GuestColumn, ...] = tuple(GuestColumn)
GUEST_ID_ROLE = Qt.ItemDataRole.UserRole

Index = QModelIndex | QPersistentModelIndex
# Asked to give a guest (by id) a new value for a field; whether the value was taken.
Editor = Callable[[int, str, Any], bool]
# Removing more rows than this one by one would cost more than showing the list again.
MAX_ROWS_REMOVED_ONE_BY_ONE = 50


class GuestTableModel(QAbstractTableModel):
    """One row per guest, one column per GuestColumn.

    The model stores nothing: an edited cell is handed to the editor given to set_editor(), which
    changes the guest and calls refresh_guests() with the rows as stored.

    The model sorts itself (sort()) in the domain's order for the column. Sorting in a
    QSortFilterProxyModel would call data() from C++ for every comparison: about 0.3 s for
    10,000 guests, against a few milliseconds for one Python sort here."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[GuestRow] = []
        # Table row -> index in _rows; _rows itself stays in list order.
        self._order: list[int] = []
        self._sorted_by = (-1, Qt.SortOrder.AscendingOrder)
        # Guest id -> index in _rows.
        self._place: dict[int, int] = {}
        self._editor: Editor | None = None

    def set_editor(self, editor: Editor | None) -> None:
        self._editor = editor

    def set_rows(self, rows: Sequence[GuestRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._order = self._ordered(*self._sorted_by)
        self._place = {row.id: place for place, row in enumerate(self._rows)}
        self.endResetModel()

    def table_row(self, guest_id: int) -> int | None:
        """The table row showing the guest, or None when they are not in the list."""
        place = self._place.get(guest_id)
        return None if place is None else self._order.index(place)

    def refresh_guests(self, rows: Iterable[GuestRow]) -> None:
        """Show the guests' new values in their rows, where they are; the list is not re-sorted
        under the user's eyes."""
        for row in rows:
            table_row = self.table_row(row.id)
            if table_row is None:
                continue
            self._rows[self._place[row.id]] = row
            self.dataChanged.emit(self.index(table_row, 0),
                                  self.index(table_row, len(COLUMNS) - 1))

    def insert_guests(self, rows: Sequence[GuestRow]) -> None:
        """Add guests, each in their place in the list order, then sort as before."""
        if not rows:
            return
        keys = [(row.list_order, row.id) for row in self._rows]
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        for row in rows:
            place = bisect(keys, (row.list_order, row.id))
            keys.insert(place, (row.list_order, row.id))
            self._rows.insert(place, row)
            self._order = [index + (index >= place) for index in self._order] + [place]
        self._place = {row.id: place for place, row in enumerate(self._rows)}
        self.endInsertRows()
        self.sort(*self._sorted_by)

    def remove_guests(self, guest_ids: Iterable[int]) -> None:
        gone = {guest_id for guest_id in guest_ids if guest_id in self._place}
        if len(gone) > MAX_ROWS_REMOVED_ONE_BY_ONE:
            self.set_rows([row for row in self._rows if row.id not in gone])
            return
        for guest_id in gone:
            table_row = self.table_row(guest_id)
            assert table_row is not None
            self.beginRemoveRows(QModelIndex(), table_row, table_row)
            place = self._order.pop(table_row)
            del self._rows[place]
            self._order = [index - (index > place) for index in self._order]
            self._place = {row.id: place for place, row in enumerate(self._rows)}
            self.endRemoveRows()

    def rows(self) -> Sequence[GuestRow]:
        """The guests in list order."""
        return self._rows

    def row_at(self, row: int) -> GuestRow:
        """The guest shown in table row `row`."""
        return self._rows[self._order[row]]

    def retranslate(self) -> None:
        """Redraw headings and labels after the language changed (they come from the domain)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMNS) - 1),
                                  [Qt.ItemDataRole.DisplayRole])

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(self.row_at(index.row()), COLUMNS[index.column()])
        if role == Qt.ItemDataRole.EditRole:
            return getattr(self.row_at(index.row()), COLUMNS[index.column()].value)
        if role == GUEST_ID_ROLE:
            return self.row_at(index.row()).id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._editor is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or self._editor is None or not index.isValid()
                or not 0 <= index.row() < len(self._rows)):
            return False
        row = self.row_at(index.row())
        field = COLUMNS[index.column()].value
        if value == getattr(row, field):
            return False
        return self._editor(row.id, field, value)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return COLUMNS[section].header()
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (-1: back to list order), keeping selections on their guests."""
        self._sorted_by = (column, order)
        new_order = self._ordered(column, order)
        if new_order == self._order:
            return
        self.layoutAboutToBeChanged.emit()
        new_row = [0] * len(new_order)
        for row, guest in enumerate(new_order):
            new_row[guest] = row
        before = self.persistentIndexList()
        after = [self.index(new_row[self._order[index.row()]], index.column())
                 for index in before]
        self._order = new_order
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _ordered(self, column: int, order: Qt.SortOrder) -> list[int]:
        if not 0 <= column < len(COLUMNS):
            return list(range(len(self._rows)))
        return guest_order(self._rows, COLUMNS[column],
                           descending=order == Qt.SortOrder.DescendingOrder)


class GuestFilterProxy(QSortFilterProxyModel):
    """Shows the guests the filter text matches, by the domain's rule; the source model sorts."""

    def __init__(self, guests: GuestTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._guests = guests
        self.setSourceModel(guests)
        self._matches = guest_matcher("")

    def set_filter_text(self, text: str) -> None:
        self.beginFilterChange()
        self._matches = guest_matcher(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return self._matches(self._guests.row_at(source_row))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The view asks the proxy to sort; the proxy keeps the source's order, so pass it on."""
        self._guests.sort(column, order)
