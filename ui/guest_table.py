"""The guest table: an editable Qt model over the domain's guest rows, its filter proxy, and the
bar of filters above it."""

from __future__ import annotations

from bisect import bisect
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from models.guest_list import (
    GuestColumn,
    GuestRow,
    SceneSeats,
    cell_text,
    guest_matcher,
    guest_order,
    narrows,
)
from models.tables import Rsvp
from models.vocab import CATEGORIES, category_label, rsvp_label

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
        # The event whose guests are shown, set by whoever loads them.
        self.event_id: int | None = None

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

    def table_rows(self) -> list[GuestRow]:
        """The guests in the table's order."""
        rows = self._rows
        return [rows[place] for place in self._order]

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
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        # Not the base class's answer: PySide hands back its empty answer as a None it holds no
        # reference to, and the many calls of a repaint would wear None's count down to a crash.
        return None

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


class SeatFilter(NamedTuple):
    """Guests with a seat (`seated`) or without one, in a scene or, for None, in any scene."""

    seated: bool
    scene_id: int | None = None


class GuestFilterProxy(QSortFilterProxyModel):
    """Shows the guests the filter text matches, by the domain's rule, who also have the chosen
    category, RSVP state and seat status; the source model sorts.

    Each change of the filters decides about every table row in one Python pass, before Qt asks
    row by row: as the user types on, only the guests still shown are tested again. Once the
    table changes (sorted, edited, guests added or removed), rows are decided as Qt asks."""

    def __init__(self, guests: GuestTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._guests = guests
        # Whether each table row is shown, while the table is as it was when decided; Qt asks
        # once per row, so this is what keeps a keystroke fast.
        self._shown: list[bool] | None = None
        # Connected before the proxy connects to the same signals, so that the list is dropped
        # before the proxy asks about rows that moved.
        for signal in (guests.modelAboutToBeReset, guests.layoutAboutToBeChanged,
                       guests.rowsAboutToBeInserted, guests.rowsAboutToBeRemoved,
                       guests.dataChanged):
            signal.connect(self._table_changing)
        self.setSourceModel(guests)
        self._text = ""
        self._matches = guest_matcher("")
        self._category: str | None = None
        self._rsvp: str | None = None
        self._seat: SeatFilter | None = None
        self._seats: Sequence[SceneSeats] = ()
        # The guests the seat filter lets through (seated) or holds back (unseated).
        self._seat_ids: frozenset[int] = frozenset()
        self._accepts: Callable[[GuestRow], bool] = self._matches

    def set_filter_text(self, text: str) -> None:
        narrowing = narrows(self._text, text)
        self._text = text
        self._matches = guest_matcher(text)
        self._refilter(narrowing)

    def set_category(self, category: str | None) -> None:
        """Only guests of this category ("" for those without one); None for every category."""
        narrowing = self._category is None
        self._category = category
        self._refilter(narrowing)

    def set_rsvp(self, rsvp: str | None) -> None:
        narrowing = self._rsvp is None
        self._rsvp = rsvp
        self._refilter(narrowing)

    def set_seat_filter(self, seat: SeatFilter | None, seats: Sequence[SceneSeats] | None = None
                        ) -> None:
        """Filter by seat status; `seats` (the scenes and who sits in them) when they changed."""
        narrowing = self._seat is None and seats is None
        self._seat = seat
        if seats is not None:
            self._seats = seats
        if seat is None:
            self._seat_ids = frozenset()
        elif seat.scene_id is None:
            self._seat_ids = frozenset().union(*(scene.guest_ids for scene in self._seats))
        else:
            self._seat_ids = next((scene.guest_ids for scene in self._seats
                                   if scene.scene_id == seat.scene_id), frozenset())
        self._refilter(narrowing)

    def seat_filter(self) -> SeatFilter | None:
        return self._seat

    def _refilter(self, narrowing: bool) -> None:
        """Decide about every guest; when the filters only narrowed, the guests hidden stay
        hidden untested."""
        self.beginFilterChange()
        accepts = self._accepts = self._acceptor()
        rows = self._guests.table_rows()
        before = self._shown if narrowing else None
        if before is None or len(before) != len(rows):
            self._shown = [accepts(row) for row in rows]
        else:
            self._shown = [was and accepts(row) for was, row in zip(before, rows, strict=True)]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _table_changing(self, *_arguments: object) -> None:
        self._shown = None

    def _acceptor(self) -> Callable[[GuestRow], bool]:
        """The test of a guest against every filter, with only the filters in use."""
        matches, category, rsvp = self._matches, self._category, self._rsvp
        seat, seat_ids = self._seat, self._seat_ids
        if category is None and rsvp is None and seat is None:
            return matches

        def accepts(row: GuestRow) -> bool:
            return ((category is None or row.category == category)
                    and (rsvp is None or row.rsvp == rsvp)
                    and (seat is None or (row.id in seat_ids) == seat.seated)
                    and matches(row))

        return accepts

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._shown is not None:
            return self._shown[source_row]
        return self._accepts(self._guests.row_at(source_row))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The view asks the proxy to sort; the proxy keeps the source's order, so pass it on."""
        self._guests.sort(column, order)


class GuestFilterBar(QWidget):
    """The filters above the guest table: text typed, category, RSVP state and seat status.
    Each is applied to the proxy as it changes, then `changed` is emitted."""

    changed = Signal()

    def __init__(self, proxy: GuestFilterProxy, parent: Any = None) -> None:
        super().__init__(parent)
        self._proxy = proxy
        self._seats: list[SceneSeats] = []
        self._categories: list[str] = []
        self._values: dict[QComboBox, list[Any]] = {}
        self.text = QLineEdit(self)
        self.text.setObjectName("guestFilter")
        self.text.setClearButtonEnabled(True)
        self.text.textChanged.connect(self._text_changed)
        self.category = QComboBox(self)
        self.category.setObjectName("categoryFilter")
        self.rsvp = QComboBox(self)
        self.rsvp.setObjectName("rsvpFilter")
        self.seat = QComboBox(self)
        self.seat.setObjectName("seatFilter")
        for combo in (self.category, self.rsvp, self.seat):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.rsvp.currentIndexChanged.connect(self._rsvp_changed)
        self.seat.currentIndexChanged.connect(self._seat_changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.category)
        layout.addWidget(self.rsvp)
        layout.addWidget(self.seat)
        self.retranslate()

    def _text_changed(self, text: str) -> None:
        self._proxy.set_filter_text(text)
        self.changed.emit()

    def _category_changed(self) -> None:
        self._proxy.set_category(self.chosen(self.category))
        self.changed.emit()

    def _rsvp_changed(self) -> None:
        self._proxy.set_rsvp(self.chosen(self.rsvp))
        self.changed.emit()

    def _seat_changed(self) -> None:
        self._proxy.set_seat_filter(self.chosen(self.seat))
        self.changed.emit()

    def set_choices(self, categories: Iterable[str], seats: Sequence[SceneSeats]) -> None:
        """The categories the event uses and its scenes, keeping what is chosen while it is
        still there."""
        self._categories = sorted(set(categories),
                                  key=lambda key: (key == "", key not in CATEGORIES,
                                                   list(CATEGORIES).index(key)
                                                   if key in CATEGORIES else 0, key))
        self._seats = list(seats)
        self._proxy.set_seat_filter(self._proxy.seat_filter(), self._seats)
        self.retranslate()
        self.changed.emit()

    def seats_changed(self, seats: Sequence[SceneSeats]) -> None:
        """Who sits where changed: the seat filter follows without losing its choice."""
        if [(scene.scene_id, scene.name) for scene in seats] != [
                (scene.scene_id, scene.name) for scene in self._seats]:
            self.set_choices(self._categories, seats)
            return
        self._seats = list(seats)
        self._proxy.set_seat_filter(self._proxy.seat_filter(), self._seats)
        self.changed.emit()

    def active(self) -> bool:
        """Whether any filter hides guests."""
        return bool(self.text.text().strip()) or any(
            self.chosen(combo) is not None for combo in (self.category, self.rsvp, self.seat))

    def clear(self) -> None:
        self.text.clear()
        for combo in (self.category, self.rsvp, self.seat):
            combo.setCurrentIndex(0)

    def retranslate(self) -> None:
        self.text.setPlaceholderText(self.tr(
            "Filter by name, pinyin, initials, organisation or phone (e.g. wangwei, ww)"))
        self._refill(self.category, [(self.tr("All categories"), None)] + [
            (category_label(key) if key else self.tr("No category"), key)
            for key in self._categories])
        self._refill(self.rsvp, [(self.tr("Any RSVP"), None)] + [
            (rsvp_label(state), state.value) for state in Rsvp])
        seat_items: list[tuple[str, SeatFilter | None]] = [
            (self.tr("Seated or not"), None),
            (self.tr("Seated in any scene"), SeatFilter(True)),
            (self.tr("Seated in no scene"), SeatFilter(False))]
        for scene in self._seats:
            seat_items.append((self.tr("{scene}: seated").format(scene=scene.name),
                               SeatFilter(True, scene.scene_id)))
            seat_items.append((self.tr("{scene}: not seated").format(scene=scene.name),
                               SeatFilter(False, scene.scene_id)))
        self._refill(self.seat, seat_items)

    def values(self, combo: QComboBox) -> list[Any]:
        """The values of one of the lists, in its order: None for "all"."""
        return list(self._values.get(combo, []))

    def chosen(self, combo: QComboBox) -> Any:
        """The value chosen in one of the lists: None for "all"."""
        values = self._values.get(combo, [])
        return values[combo.currentIndex()] if 0 <= combo.currentIndex() < len(values) else None

    def _refill(self, combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        """Put the items in the list, choosing again what was chosen, or "all" when it went;
        the filter is told only when the choice changed.

        The values stay here, not in the list's item data: PySide loses count of the references
        to None handed back by currentData() and eventually crashes the interpreter."""
        texts = [text for text, _value in items]
        if self._values.get(combo) == [value for _text, value in items] and texts == [
                combo.itemText(index) for index in range(combo.count())]:
            return
        chosen = self.chosen(combo)
        blocked = combo.blockSignals(True)
        combo.clear()
        self._values[combo] = [value for _text, value in items]
        combo.addItems(texts)
        place = next((index for index, (_text, value) in enumerate(items) if value == chosen), 0)
        combo.setCurrentIndex(place)
        combo.blockSignals(blocked)
        if items[place][1] != chosen:
            combo.currentIndexChanged.emit(place)
