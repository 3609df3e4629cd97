"""The order tab: expected guests by rank level, reordered by dragging inside a level."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from models.db import transaction
from models.precedence_edits import (
    PrecedenceEditRefused,
    PrecedenceLevel,
    apply_tie_break,
    precedence_levels,
    reorder_in_level,
    restore_rank_orders,
    restore_tie_break,
    tie_break_of,
)
from models.tables import TieBreak
from models.vocab import rank_label
from ui.stored_change import Failed, StoredChange

# A level's guests in their new order, from a drop.
Reordered = Callable[[int | None, list[int]], None]

MIME_TYPE = "application/x-zuoci-guest-ids"
# Internal ids of the tree's rows (unsigned): a level row carries NO_LEVEL, a guest row its
# level's row plus one.
NO_LEVEL = 0
Index = QModelIndex | QPersistentModelIndex


class PrecedenceModel(QAbstractItemModel):
    """Levels at the top, their guests below them; a drop gives the level's new order to
    `reordered` and leaves the rows to the refresh that follows."""

    def __init__(self, reordered: Reordered, refused: Failed, parent: Any = None) -> None:
        super().__init__(parent)
        self._levels: list[PrecedenceLevel] = []
        # Each level's first position in the whole order of precedence, counting from 1.
        self._starts: list[int] = []
        self._reordered = reordered
        self._refused = refused

    def set_levels(self, levels: Sequence[PrecedenceLevel]) -> None:
        self.beginResetModel()
        self._levels = list(levels)
        self._starts = []
        start = 1
        for level in self._levels:
            self._starts.append(start)
            start += len(level.guests)
        self.endResetModel()

    def levels(self) -> list[PrecedenceLevel]:
        return self._levels

    def guest_at(self, index: Index) -> tuple[int, int] | None:
        """The level row and the row in it of a guest's index; None for a level's."""
        if not index.isValid() or index.internalId() == NO_LEVEL:
            return None
        return index.internalId() - 1, index.row()

    def index_of(self, guest_id: int) -> QModelIndex:
        for level_row, level in enumerate(self._levels):
            for row, guest in enumerate(level.guests):
                if guest.id == guest_id:
                    return self.index(row, 0, self.index(level_row, 0))
        return QModelIndex()

    def index(self, row: int, column: int, parent: Index | None = None) -> QModelIndex:
        parent = parent if parent is not None else QModelIndex()
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1 if parent.isValid() else NO_LEVEL)

    def parent(self, index: Index | None = None) -> QModelIndex:  # type: ignore[override]
        if index is None or not index.isValid() or index.internalId() == NO_LEVEL:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, NO_LEVEL)

    def rowCount(self, parent: Index | None = None) -> int:
        if parent is None or not parent.isValid():
            return len(self._levels)
        if parent.internalId() == NO_LEVEL and parent.column() == 0:
            return len(self._levels[parent.row()].guests)
        return 0

    def columnCount(self, parent: Index | None = None) -> int:
        return 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (QCoreApplication.translate("PrecedenceModel", "Position"),
                QCoreApplication.translate("PrecedenceModel", "Name"),
                QCoreApplication.translate("PrecedenceModel", "Organisation"),
                QCoreApplication.translate("PrecedenceModel", "Title"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.internalId() == NO_LEVEL:
            level = self._levels[index.row()]
            if index.column() != 0:
                return None
            return rank_label(level.level) or QCoreApplication.translate(
                "PrecedenceModel", "No rank level")
        level_row = index.internalId() - 1
        guest = self._levels[level_row].guests[index.row()]
        return (str(self._starts[level_row] + index.row()), guest.name, guest.organisation,
                guest.title)[index.column()]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == NO_LEVEL:
            return flags | Qt.ItemFlag.ItemIsDropEnabled
        return flags | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({(index.internalId() - 1, index.row()) for index in indexes
                       if index.isValid() and index.internalId() != NO_LEVEL})
        mime = QMimeData()
        mime.setData(MIME_TYPE, json.dumps(
            [self._levels[level].guests[row].id for level, row in rows]).encode())
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return data.hasFormat(MIME_TYPE) and self._target(data, row, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        target = self._target(data, row, parent)
        if target is None:
            self._refused(QCoreApplication.translate(
                "PrecedenceModel", "Guests can only be moved within their own rank level."))
            return False
        level_row, before = target
        moved = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        ids = [guest.id for guest in self._levels[level_row].guests]
        # Rows above the drop point that move shift it up by one each.
        before -= sum(1 for guest_id in ids[:before] if guest_id in moved)
        rest = [guest_id for guest_id in ids if guest_id not in moved]
        order = rest[:before] + moved + rest[before:]
        if order != ids:
            self._reordered(self._levels[level_row].level, order)
        return True

    def _target(self, data: QMimeData, row: int, parent: Index) -> tuple[int, int] | None:
        """The level row and the place in it a drop goes to; None when it is another level."""
        if not parent.isValid():
            return None
        if parent.internalId() == NO_LEVEL:
            level_row = parent.row()
            before = row if row >= 0 else len(self._levels[level_row].guests)
        else:
            level_row, before = parent.internalId() - 1, parent.row()
        moved = set(json.loads(bytes(data.data(MIME_TYPE).data()).decode()))
        ids = {guest.id for guest in self._levels[level_row].guests}
        return (level_row, before) if moved and moved <= ids else None

    def move(self, level_row: int, rows: list[int], to_level_row: int, before: int) -> bool:
        """Move guest rows of a level to before row `before` of a level, as a drop would."""
        indexes = [self.index(row, 0, self.index(level_row, 0)) for row in rows]
        return self.dropMimeData(self.mimeData(indexes), Qt.DropAction.MoveAction, before, 0,
                                 self.index(to_level_row, 0))


class PrecedenceCommand(StoredChange):
    """A change of the order of precedence, already made when pushed."""

    refusals = (PrecedenceEditRefused,)

    def __init__(self, engine: Engine, failed: Failed, text: str,
                 redo: Callable[[Any], Any], undo: Callable[[Any], None]) -> None:
        super().__init__(engine, failed, text)
        self._redo = redo
        self._undo = undo


class PrecedenceArea(QWidget):
    """The chosen event's order of precedence; every change is one step on the undo stack."""

    def __init__(self, engine: Engine, undo_stack: QUndoStack, failed: Failed,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._undo_stack = undo_stack
        self._failed = failed
        self._event_id: int | None = None
        self.model = PrecedenceModel(self._reorder, failed, self)
        self.view = QTreeView(self)
        self.view.setObjectName("precedenceView")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.tie_break_label = QLabel(self)
        self.tie_break = QComboBox(self)
        self.tie_break.setObjectName("precedenceTieBreak")
        for tie_break in (TieBreak.STROKES, TieBreak.PINYIN, TieBreak.LIST_ORDER):
            self.tie_break.addItem("", tie_break)
        self.tie_break_label.setBuddy(self.tie_break)
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("applyTieBreak")
        self.apply_button.clicked.connect(self.apply_tie_break)
        # The keyboard's way to reorder, for those who do not drag (and for long levels).
        self.move_up_action = QAction(self)
        self.move_up_action.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Up))
        self.move_up_action.triggered.connect(lambda: self.move_chosen(-1))
        self.move_down_action = QAction(self)
        self.move_down_action.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down))
        self.move_down_action.triggered.connect(lambda: self.move_chosen(1))
        self.move_up_button = QToolButton(self)
        self.move_up_button.setDefaultAction(self.move_up_action)
        self.move_down_button = QToolButton(self)
        self.move_down_button.setDefaultAction(self.move_down_action)
        for action in (self.move_up_action, self.move_down_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.view.addAction(action)
        self.view.selectionModel().selectionChanged.connect(self._update_moves)
        row = QHBoxLayout()
        row.addWidget(self.tie_break_label)
        row.addWidget(self.tie_break)
        row.addWidget(self.apply_button)
        row.addStretch(1)
        row.addWidget(self.move_up_button)
        row.addWidget(self.move_down_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view)
        # Guest edits, protocol settings and this tab's own steps all change the order.
        undo_stack.indexChanged.connect(self.refresh)
        self._retranslate()
        self._update_moves()

    def set_event(self, event_id: int | None) -> None:
        self._event_id = event_id
        self.refresh()

    def chosen_guest_ids(self) -> list[int]:
        """The chosen guests, senior first."""
        places = sorted(place for place in map(self.model.guest_at,
                                               self.view.selectionModel().selectedRows())
                        if place is not None)
        return [self.model.levels()[level].guests[row].id for level, row in places]

    def choose(self, guest_ids: list[int]) -> None:
        """Choose these guests (those still listed), the first one current."""
        selection = QItemSelection()
        indexes = [index for index in map(self.model.index_of, guest_ids) if index.isValid()]
        for index in indexes:
            selection.select(index, index.siblingAtColumn(self.model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag
        chooser = self.view.selectionModel()
        chooser.select(selection, flags.ClearAndSelect | flags.Rows)
        if indexes:
            chooser.setCurrentIndex(indexes[0], flags.NoUpdate)
            self.view.scrollTo(indexes[0])

    def move_chosen(self, step: int) -> None:
        """Move the chosen guests one place up (step -1) or down (+1) in their level."""
        places = sorted(place for place in map(self.model.guest_at,
                                               self.view.selectionModel().selectedRows())
                        if place is not None)
        levels = {level for level, _row in places}
        if len(levels) != 1:
            return
        level_row = levels.pop()
        rows = [row for _level, row in places]
        size = len(self.model.levels()[level_row].guests)
        if (step < 0 and rows[0] == 0) or (step > 0 and rows[-1] == size - 1):
            return
        before = rows[0] - 1 if step < 0 else rows[-1] + 2
        self.model.move(level_row, rows, level_row, before)

    def _update_moves(self) -> None:
        places = {place for place in map(self.model.guest_at,
                                         self.view.selectionModel().selectedRows())
                  if place is not None}
        in_one_level = len({level for level, _row in places}) == 1
        for action in (self.move_up_action, self.move_down_action):
            action.setEnabled(in_one_level)

    def refresh(self) -> None:
        # The chosen guests stay chosen through the reload: moving one step at a time works.
        chosen = self.chosen_guest_ids()
        levels: list[PrecedenceLevel] = []
        if self._event_id is not None:
            try:
                with transaction(self._engine) as session:
                    levels = precedence_levels(session, self._event_id)
                    tie_break = tie_break_of(session, self._event_id)
            except PrecedenceEditRefused:
                # The event was deleted elsewhere; the event list catches up on its next reload.
                levels = []
            else:
                self.tie_break.setCurrentIndex(self.tie_break.findData(tie_break))
        self.model.set_levels(levels)
        self.view.expandAll()
        for level_row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(level_row, QModelIndex(), True)
        # Organisations are long (中国华瀚能源集团有限公司): every column fits what it shows.
        for column in range(self.model.columnCount()):
            self.view.resizeColumnToContents(column)
        self.apply_button.setEnabled(self._event_id is not None)
        self.choose(chosen)
        self._update_moves()

    def _reorder(self, level: int | None, guest_ids: list[int]) -> None:
        event_id = self._event_id
        if event_id is None:
            return
        try:
            with transaction(self._engine) as session:
                previous = reorder_in_level(session, event_id, level, guest_ids)
        except PrecedenceEditRefused as refused:
            self._failed(str(refused))
            return
        text = QCoreApplication.translate("PrecedenceArea", "Reorder {level}").format(
            level=rank_label(level) or QCoreApplication.translate("PrecedenceModel",
                                                                  "No rank level"))
        self._undo_stack.push(PrecedenceCommand(
            self._engine, self._failed, text,
            lambda session: reorder_in_level(session, event_id, level, guest_ids),
            lambda session: restore_rank_orders(session, previous)))

    def apply_tie_break(self) -> None:
        """Let the chosen tie-break order every level, dropping the orders set by hand."""
        event_id = self._event_id
        if event_id is None:
            return
        chosen = self.tie_break.currentData()
        try:
            with transaction(self._engine) as session:
                previous = apply_tie_break(session, event_id, chosen)
        except PrecedenceEditRefused as refused:
            self._failed(str(refused))
            return
        saved = {"previous": previous}

        def redo(session: Any) -> None:
            saved["previous"] = apply_tie_break(session, event_id, chosen)

        self._undo_stack.push(PrecedenceCommand(
            self._engine, self._failed,
            QCoreApplication.translate("PrecedenceArea", "Apply the ordering rule"), redo,
            lambda session: restore_tie_break(session, event_id, saved["previous"])))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.tie_break_label.setText(self.tr("Same rank in order of:"))
        self.tie_break.setItemText(0, self.tr("Surname strokes (姓氏笔画)"))
        self.tie_break.setItemText(1, self.tr("Pinyin"))
        self.tie_break.setItemText(2, self.tr("Order of the guest list"))
        self.apply_button.setText(self.tr("Apply the ordering rule"))
        self.move_up_action.setText(self.tr("Move up"))
        self.move_up_action.setToolTip(self.tr("Move the chosen guests one place up (Alt+↑)"))
        self.move_down_action.setText(self.tr("Move down"))
        self.move_down_action.setToolTip(self.tr(
            "Move the chosen guests one place down (Alt+↓)"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self.model.layoutChanged.emit()
