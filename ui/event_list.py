"""The list of events: a Qt model over the domain's event summaries, and how an item is drawn."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from models.events import EventSummary

GUEST_COUNT_ROLE = Qt.ItemDataRole.UserRole

Index = QModelIndex | QPersistentModelIndex


def guest_count_text(count: int) -> str:
    return QCoreApplication.translate("EventList", "%n guest(s)", None, count)


class EventListModel(QAbstractListModel):
    """One row per event: its name, and how many guests it has (GUEST_COUNT_ROLE)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._events: list[EventSummary] = []

    def set_events(self, events: list[EventSummary]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def event_at(self, row: int) -> EventSummary:
        return self._events[row]

    def row_of(self, event_id: int) -> int | None:
        for row, event in enumerate(self._events):
            if event.id == event_id:
                return row
        return None

    def set_guest_count(self, event_id: int, count: int) -> EventSummary | None:
        """Show a new number of guests for the event; its summary as it is now."""
        row = self.row_of(event_id)
        if row is None:
            return None
        self._events[row] = replace(self._events[row], guests=count)
        self.dataChanged.emit(self.index(row), self.index(row))
        return self._events[row]

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._events)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return event.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{event.name} · {guest_count_text(event.guests)}"
        if role == GUEST_COUNT_ROLE:
            return event.guests
        return None


class EventItemDelegate(QStyledItemDelegate):
    """Draws the event's name and, in a quieter colour on the right, its number of guests."""

    MARGIN = 8

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        count = guest_count_text(int(index.data(GUEST_COUNT_ROLE)))
        count_width = item.fontMetrics.horizontalAdvance(count) + 2 * self.MARGIN
        # The style draws the background, selection and name, leaving room for the count.
        name_rect = item.rect.adjusted(0, 0, -count_width, 0)
        item.text = item.fontMetrics.elidedText(item.text, Qt.TextElideMode.ElideRight,
                                                name_rect.width() - 2 * self.MARGIN)
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Active if item.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        colour = item.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.PlaceholderText)
        painter.save()
        painter.setPen(colour)
        painter.drawText(item.rect.adjusted(0, 0, -self.MARGIN, 0),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, count)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() * 2))
