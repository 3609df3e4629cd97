"""The guests a scene still has to seat, beside its plan: filtered as the guest list is, dragged
onto seats, and receiving seats dragged back."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from models.guest_list import GuestRow, guest_matcher
from models.vocab import rank_label
from ui.seating_view import GUEST_MIME, SEAT_MIME, guest_mime, seat_from_mime

Index = QModelIndex | QPersistentModelIndex


class UnplacedModel(QAbstractTableModel):
    """Name, organisation and rank of each guest without a seat, in the order of precedence."""

    COLUMNS = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[GuestRow] = []

    def set_guests(self, rows: Sequence[GuestRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def guest(self, row: int) -> GuestRow:
        return self._rows[row]

    def row_of(self, guest_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == guest_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.name, row.organisation, rank_label(row.rank_level))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return " ".join(part for part in (row.name, row.organisation, row.title) if part)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Organisation"), self.tr("Rank"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def mimeTypes(self) -> list[str]:
        return [GUEST_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return guest_mime(self._rows[rows[0]].id) if rows else QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction


class UnplacedFilter(QSortFilterProxyModel):
    """Keeps the guests whose name, pinyin or initials match what was typed."""

    def __init__(self, source: UnplacedModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self._source = source
        self._matches = guest_matcher("")

    def set_filter_text(self, text: str) -> None:
        self.beginFilterChange()
        self._matches = guest_matcher(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, _parent: Index) -> bool:
        return self._matches(self._source.guest(source_row))


class UnplacedView(QTreeView):
    """The list itself: a guest dragged from it goes to a seat; a seat dropped on it is
    emptied (`seat_returned`)."""

    seat_returned = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDropIndicatorShown(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(SEAT_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not event.mimeData().hasFormat(SEAT_MIME):
            event.ignore()
            return
        event.acceptProposedAction()
        self.seat_returned.emit(seat_from_mime(event.mimeData()))
