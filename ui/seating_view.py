"""A scene drawn to scale: furniture, tables and seats with their occupants, zoomable."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)
from sqlmodel import Session, select

from models.layout import ElementKind, TableShape
from models.seat_edits import reservation_text
from models.seating import scene_plan
from models.tables import Assignment, Event, Guest, Scene
from printing.base import spaced_name
from printing.lists import split_name

# A seat box in layout centimetres: narrower than the closest seat pitch (55 cm in a block).
SEAT_WIDTH = 52.0
SEAT_HEIGHT = 30.0
# Text height in layout centimetres; names wider than their box are shrunk to fit.
NAME_SIZE = 15
LABEL_SIZE = 28
# Soft fills that keep black names readable, one per built-in category.
CATEGORY_COLOURS = {
    "leader": "#f4c7c3",
    "enterprise": "#c6dbf7",
    "finance": "#fde9b4",
    "research": "#cfe8cf",
    "media": "#e2d3f1",
    "staff": "#dcdcdc",
}
OTHER_CATEGORY = "#f1e3cf"
# Reserved seats and blocks of no built-in category (a delegation, an organisation).
RESERVE_TINT = "#b9d7d3"
RESERVE_MARGIN = 14
RANK_COLOUR = "#9b1c1c"
RANK_SIZE = 11
RANK_NAME_SIZE = 13
ZOOM_STEP = 1.25
# Level of detail, by the width of a seat on screen in pixels: below NO_TEXT_PIXELS the seats
# are coloured boxes only (no glyph would be legible, and painting stays fast); below
# SURNAME_ONLY_PIXELS a seat shows its guest's surname alone, in type as tall as the box;
# above it the whole name. Search zooms in to READABLE_PIXELS at least.
NO_TEXT_PIXELS = 9
SURNAME_ONLY_PIXELS = 40
SURNAME_SIZE = 26
READABLE_PIXELS = 70
# What a drag carries: a guest of the unplaced list (their id), or a seat ("[element, key]").
GUEST_MIME = "application/x-zuoci-guest"
SEAT_MIME = "application/x-zuoci-seat"


@dataclass(frozen=True)
class SeatPicture:
    """One seat as drawn: where, who sits there (spaced name, raw name, id), and its rank."""

    key: tuple[int, str]
    x: float
    y: float
    name: str
    category: str
    label: str
    guest_id: int | None = None
    guest_name: str = ""
    locked: bool = False
    rank: int = 0
    reserve: str = ""
    reserve_category: str = ""


@dataclass(frozen=True)
class ShapePicture:
    """Furniture (a rectangle) or a table (a round or a rectangle), centred on (x, y)."""

    x: float
    y: float
    width: float
    height: float
    rotation: float
    round: bool
    text: str


@dataclass(frozen=True)
class ReservePicture:
    """A block of seats reserved for a category, delegation or organisation: its outline."""

    x: float
    y: float
    width: float
    height: float
    text: str
    category: str


@dataclass(frozen=True)
class ScenePicture:
    shapes: list[ShapePicture]
    seats: list[SeatPicture]
    reserves: list[ReservePicture] = field(default_factory=list)


def _table_shape(element: Any, seats: list[Any], number: int | None) -> ShapePicture:
    round_table = TableShape(element.params["shape"]) is TableShape.ROUND
    size = float(element.params["size"])
    if round_table:
        width = height = size
    else:
        # The seats stand about a chair's depth outside the table's edge.
        xs = [s.x for s in seats] or [element.x]
        ys = [s.y for s in seats] or [element.y]
        width = max(max(xs) - min(xs) - 70, 60)
        height = max(max(ys) - min(ys) - 70, 60)
    return ShapePicture(element.x, element.y, width, height, element.rotation, round_table,
                        str(number) if number else "")


# A signing table stands this far in front of its signatories' chairs and is this deep.
SIGNING_TABLE_OFFSET = 55.0
SIGNING_TABLE_DEPTH = 60.0


def _signing_tables(element: Any, seats: list[Any]) -> list[ShapePicture]:
    """The tables in front of each row of signatories, turned with the element: the layout
    places only the chairs, and a stage of bare chairs does not read as a signing."""
    rows: dict[int, list[Any]] = {}
    for seat in seats:
        if not seat.standing:
            rows.setdefault(seat.row, []).append(seat)
    turn = math.radians(element.rotation)
    # The audience side, +y in the element's own frame, in room coordinates.
    front_x, front_y = -math.sin(turn), math.cos(turn)
    tables = []
    for number, row in sorted(rows.items()):
        first, last = row[0], row[-1]
        length = math.hypot(last.x - first.x, last.y - first.y) + SEAT_WIDTH + 40
        centre_x = sum(seat.x for seat in row) / len(row) + front_x * SIGNING_TABLE_OFFSET
        centre_y = sum(seat.y for seat in row) / len(row) + front_y * SIGNING_TABLE_OFFSET
        label = element.label if number == min(rows) else ""
        tables.append(ShapePicture(centre_x, centre_y, length, SIGNING_TABLE_DEPTH,
                                   element.rotation, False, label))
    return tables


def _reserved_blocks(plan: Any, reserves: dict[int, tuple[str, str]]) -> list[ReservePicture]:
    out = []
    for element_id, reserve in reserves.items():
        seats = [r.seat for r in plan.seats if r.seat.element_id == element_id]
        left = min(s.x for s in seats) - SEAT_WIDTH / 2 - RESERVE_MARGIN
        right = max(s.x for s in seats) + SEAT_WIDTH / 2 + RESERVE_MARGIN
        top = min(s.y for s in seats) - SEAT_HEIGHT / 2 - RESERVE_MARGIN
        bottom = max(s.y for s in seats) + SEAT_HEIGHT / 2 + RESERVE_MARGIN
        out.append(ReservePicture((left + right) / 2, (top + bottom) / 2, right - left,
                                  bottom - top, reservation_text(reserve),
                                  reserve[1] if reserve[0] == "category" else ""))
    return out


def load_picture(session: Session, event: Event, scene: Scene) -> ScenePicture:
    """What the view draws for a scene, as stored now."""
    plan = scene_plan(session, event, scene)
    rows = session.exec(select(Assignment).where(Assignment.scene_id == scene.id))
    occupant = {(a.element_id, a.seat): (a.guest_id, a.locked) for a in rows}
    guests = {g.id: g for g in session.exec(select(Guest).where(Guest.event_id == event.id))}
    seats = []
    by_element: dict[int, list[Any]] = {}
    numbers: dict[int, int | None] = {}
    reserves: dict[int, tuple[str, str]] = {}
    for position, ranked in enumerate(plan.seats):
        seat = ranked.seat
        by_element.setdefault(seat.element_id, []).append(seat)
        numbers[seat.element_id] = ranked.table_number
        guest_id, locked = occupant.get((seat.element_id, seat.key), (None, False))
        guest = guests.get(guest_id) if guest_id is not None else None
        reserve = ranked.reserve
        if reserve is not None and ElementKind(plan.elements[seat.element_id].kind) \
                is ElementKind.BLOCK:
            reserves[seat.element_id] = reserve
        seats.append(SeatPicture(key=(seat.element_id, seat.key), x=seat.x, y=seat.y,
                                 name=spaced_name(guest.name) if guest else "",
                                 category=guest.category if guest else "",
                                 label=plan.label(position),
                                 guest_id=guest.id if guest else None,
                                 guest_name=guest.name if guest else "",
                                 locked=locked, rank=position + 1,
                                 reserve=reservation_text(reserve),
                                 reserve_category=reserve[1] if reserve is not None
                                 and reserve[0] == "category" else ""))
    shapes = []
    for element in plan.elements.values():
        kind = ElementKind(element.kind)
        if kind is ElementKind.FURNITURE:
            shapes.append(ShapePicture(element.x, element.y, float(element.params["width"]),
                                       float(element.params["height"]), element.rotation,
                                       False, element.label or element.params.get("text", "")))
        elif kind is ElementKind.TABLE:
            shapes.append(_table_shape(element, by_element.get(element.id, []),
                                       numbers.get(element.id)))
        elif kind is ElementKind.SIGNING:
            shapes.extend(_signing_tables(element, by_element.get(element.id, [])))
    return ScenePicture(shapes=shapes, seats=seats, reserves=_reserved_blocks(plan, reserves))


def _fitted_text(painter: QPainter, rect: QRectF, text: str, size: int) -> None:
    """Draw `text` centred in `rect`, shrunk (never grown) until it fits on one line."""
    font = QFont(painter.font())
    font.setPixelSize(size)
    painter.setFont(font)
    width = QFontMetricsF(font).horizontalAdvance(text)
    scale = min(1.0, (rect.width() - 4) / width) if width > 0 else 1.0
    painter.save()
    painter.translate(rect.center())
    painter.scale(scale, scale)
    box = QRectF(-rect.width() / scale / 2, -rect.height() / scale / 2,
                 rect.width() / scale, rect.height() / scale)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


# Below this a one-line name is too small to read in its box, and goes on two lines instead.
LEAST_NAME_SCALE = 0.6


def _fitted_name(painter: QPainter, rect: QRectF, name: str, size: int) -> None:
    """A guest's name in their seat's box: on one line, or, where that would be too small to
    read (玉苏甫·热西提, long foreign names), on two lines broken as printed lists break it."""
    font = QFont(painter.font())
    font.setPixelSize(size)
    width = QFontMetricsF(font).horizontalAdvance(name)
    lines = split_name(name, 2) if width and (rect.width() - 4) / width < LEAST_NAME_SCALE \
        else [name]
    if len(lines) == 1:
        _fitted_text(painter, rect, name, size)
        return
    half = rect.height() / 2
    for number, line in enumerate(lines):
        _fitted_text(painter, QRectF(rect.left(), rect.top() + number * half, rect.width(), half),
                     line, size)


def _lighter(colour: str, factor: int) -> QColor:
    return QColor(colour).lighter(factor)


def _draw_lock(painter: QPainter, corner: QPointF) -> None:
    """A small padlock whose body's top right corner is at `corner`."""
    painter.save()
    painter.setPen(QPen(QColor("#7a4b00"), 1.6))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(QRectF(corner.x() - 10, corner.y() - 6, 7, 9), 0, 180 * 16)
    painter.setBrush(QBrush(QColor("#c98a1b")))
    painter.drawRect(QRectF(corner.x() - 12, corner.y() - 1, 11, 8))
    painter.restore()


class SeatItem(QGraphicsItem):
    """One seat: a rounded box in its guest's category colour, or dashed and empty; tinted when
    reserved, with a padlock when locked, its rank on demand. Dragging an occupied seat carries
    it to another seat (a swap) or to the unplaced list (the guest leaves the seat)."""

    def __init__(self, seat: SeatPicture) -> None:
        super().__init__()
        self.seat = seat
        self.show_rank = False
        self.highlighted = False
        self._pressed_at: QPointF | None = None
        self.setPos(seat.x, seat.y)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self._set_tip()

    def set_seat(self, seat: SeatPicture) -> None:
        """The same seat, with who sits there now."""
        self.seat = seat
        self._set_tip()
        self.update()

    def _set_tip(self) -> None:
        lines = [f"{self.seat.rank}. {self.seat.label}"]
        if self.seat.guest_name:
            lines.append(self.seat.guest_name)
        if self.seat.reserve:
            lines.append(QCoreApplication.translate("SeatItem", "Reserved for {whom}").format(
                whom=self.seat.reserve))
        if self.seat.locked:
            lines.append(QCoreApplication.translate("SeatItem", "Locked"))
        self.setToolTip("\n".join(lines))

    def boundingRect(self) -> QRectF:
        return QRectF(-SEAT_WIDTH / 2 - 3, -SEAT_HEIGHT / 2 - 3, SEAT_WIDTH + 6, SEAT_HEIGHT + 6)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        box = QRectF(-SEAT_WIDTH / 2, -SEAT_HEIGHT / 2, SEAT_WIDTH, SEAT_HEIGHT)
        seat = self.seat
        if seat.name:
            colour = CATEGORY_COLOURS.get(seat.category, OTHER_CATEGORY)
            painter.setBrush(QBrush(QColor(colour)))
            painter.setPen(QPen(QColor("#6b6b6b"), 1.2))
        elif seat.reserve:
            tint = CATEGORY_COLOURS.get(seat.reserve_category, RESERVE_TINT)
            painter.setBrush(QBrush(_lighter(tint, 112)))
            painter.setPen(QPen(QColor(tint).darker(150), 1.2, Qt.PenStyle.DashLine))
        else:
            painter.setBrush(QBrush(QColor("#ffffff")))
            painter.setPen(QPen(QColor("#a8a8a8"), 1.2, Qt.PenStyle.DashLine))
        if self.isSelected():
            painter.setPen(QPen(QColor("#1f5fbf"), 4))
        if self.highlighted:
            painter.setPen(QPen(QColor("#e8590c"), 5))
        painter.drawRoundedRect(box, 6, 6)
        # Level of detail: the width of a seat on screen, in pixels, decides what is legible.
        on_screen = SEAT_WIDTH * option.levelOfDetailFromTransform(painter.worldTransform())
        if on_screen < NO_TEXT_PIXELS:
            return
        painter.setPen(QColor("#111111"))
        small = on_screen < SURNAME_ONLY_PIXELS
        if self.show_rank:
            if small or not seat.name:
                painter.setPen(QColor(RANK_COLOUR))
                _fitted_text(painter, box, str(seat.rank), LABEL_SIZE)
                return
            top = QRectF(box.left(), box.top(), box.width(), box.height() * 0.42)
            rest = QRectF(box.left(), top.bottom(), box.width(), box.height() - top.height())
            painter.setPen(QColor(RANK_COLOUR))
            _fitted_text(painter, top, str(seat.rank), RANK_SIZE)
            painter.setPen(QColor("#111111"))
            _fitted_text(painter, rest, seat.name, RANK_NAME_SIZE)
        elif seat.name and small:
            # Too small for a whole name: the surname alone, large enough to read.
            _fitted_text(painter, box, seat.guest_name[:1], SURNAME_SIZE)
        elif seat.name:
            _fitted_name(painter, box, seat.name, NAME_SIZE)
        if seat.locked:
            _draw_lock(painter, QPointF(box.right() + 2, box.top() - 4))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._pressed_at = event.screenPos() if event.button() == Qt.MouseButton.LeftButton \
            else None
        # The press selects; Ctrl adds to the selection, as everywhere.
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._pressed_at is None or self.seat.guest_id is None:
            return
        travelled = (event.screenPos() - self._pressed_at).manhattanLength()
        if travelled < QApplication.startDragDistance():
            return
        self._pressed_at = None
        views = self.scene().views() if self.scene() is not None else []
        if views and isinstance(views[0], SeatingView):
            views[0].drag_seat(self)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._pressed_at = None
        super().mouseReleaseEvent(event)


class ShapeItem(QGraphicsItem):
    """Furniture or a table, with its label or table number in the middle."""

    def __init__(self, shape: ShapePicture) -> None:
        super().__init__()
        self.shape_picture = shape
        self.setPos(shape.x, shape.y)
        self.setRotation(shape.rotation)
        self.setZValue(-1)

    def _rect(self) -> QRectF:
        s = self.shape_picture
        return QRectF(-s.width / 2, -s.height / 2, s.width, s.height)

    def boundingRect(self) -> QRectF:
        return self._rect().adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        rect = self._rect()
        painter.setBrush(QBrush(QColor("#f3f1ec")))
        painter.setPen(QPen(QColor("#8a8578"), 1.5))
        if self.shape_picture.round:
            painter.drawEllipse(rect)
        else:
            painter.drawRect(rect)
        painter.setPen(QColor("#55514a"))
        size = min(LABEL_SIZE, max(int(rect.height() * 0.7), 8))
        _fitted_text(painter, rect, self.shape_picture.text, size)


class ReserveItem(QGraphicsItem):
    """The outline of a reserved block, tinted, with whom it is reserved for above it."""

    def __init__(self, reserve: ReservePicture) -> None:
        super().__init__()
        self.reserve = reserve
        self.setPos(reserve.x, reserve.y)
        self.setZValue(-0.5)
        self.setToolTip(QCoreApplication.translate("SeatItem", "Reserved for {whom}").format(
            whom=reserve.text))

    def _rect(self) -> QRectF:
        r = self.reserve
        return QRectF(-r.width / 2, -r.height / 2, r.width, r.height)

    def boundingRect(self) -> QRectF:
        return self._rect().adjusted(-2, -LABEL_SIZE * 1.6, 2, 2)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        tint = QColor(CATEGORY_COLOURS.get(self.reserve.category, RESERVE_TINT))
        rect = self._rect()
        fill = QColor(tint)
        fill.setAlpha(90)
        painter.setBrush(QBrush(fill))
        painter.setPen(QPen(tint.darker(160), 2, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(rect, 10, 10)
        painter.setPen(tint.darker(220))
        above = QRectF(rect.left(), rect.top() - LABEL_SIZE * 1.5, rect.width(), LABEL_SIZE * 1.4)
        text = QCoreApplication.translate("SeatItem", "Reserved for {whom}").format(
            whom=self.reserve.text)
        _fitted_text(painter, above, text, LABEL_SIZE)


class SeatingView(QGraphicsView):
    """The scene to scale; Ctrl+wheel zooms about the pointer, fitted until the user zooms.

    Dragging the background pans (Shift+drag selects seats with a rubber band); guests and
    seats dropped on a seat, and right-clicks on a seat, are told through the signals."""

    guest_dropped = Signal(int, object)
    seat_dropped = Signal(object, object)
    seat_menu = Signal(object, QPoint)
    seat_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        # Items never move: an index would only cost time on every rebuild.
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(QColor("#fbfaf7"))
        self.setAcceptDrops(True)
        self._fitted = True
        self._items: dict[tuple[int, str], SeatItem] = {}
        self._shapes: list[ShapePicture] = []
        self._show_ranks = False
        self._highlighted: SeatItem | None = None
        # How a seat drag is carried out; tests replace it, as offscreen there is no drag loop.
        self.run_drag: Callable[[QDrag], object] = lambda drag: drag.exec(
            Qt.DropAction.MoveAction)

    def show_picture(self, picture: ScenePicture | None) -> None:
        """Draw the scene; when only the occupants changed, the seats are updated in place so
        that the selection and the view stay where they are."""
        if picture is not None and picture.shapes == self._shapes \
                and [s.key for s in picture.seats] == list(self._items):
            for seat in picture.seats:
                self._items[seat.key].set_seat(seat)
            return
        scene = self.scene()
        scene.clear()
        self._items = {}
        self._highlighted = None
        self._shapes = picture.shapes if picture is not None else []
        if picture is not None:
            for shape in picture.shapes:
                scene.addItem(ShapeItem(shape))
            for reserve in picture.reserves:
                scene.addItem(ReserveItem(reserve))
            for seat in picture.seats:
                item = SeatItem(seat)
                item.show_rank = self._show_ranks
                scene.addItem(item)
                self._items[seat.key] = item
        margin = 60
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-margin, -margin, margin, margin))
        if self._fitted:
            self.fit()

    def seat_items(self) -> list[SeatItem]:
        return list(self._items.values())

    def seat_item(self, key: tuple[int, str]) -> SeatItem | None:
        return self._items.get(key)

    def selected_keys(self) -> list[tuple[int, str]]:
        return [item.seat.key for item in self._items.values() if item.isSelected()]

    def select(self, keys: list[tuple[int, str]]) -> None:
        self.scene().clearSelection()
        for key in keys:
            item = self._items.get(key)
            if item is not None:
                item.setSelected(True)

    def set_show_ranks(self, shown: bool) -> None:
        self._show_ranks = shown
        for item in self._items.values():
            item.show_rank = shown
        self.viewport().update()

    def show_seat(self, key: tuple[int, str]) -> bool:
        """Select and highlight the seat and centre the view on it, zoomed in far enough to read
        names; False when the scene has no such seat."""
        item = self._items.get(key)
        if item is None:
            return False
        if self._highlighted is not None:
            self._highlighted.highlighted = False
            self._highlighted.update()
        item.highlighted = True
        self._highlighted = item
        self.select([key])
        if self.zoom_factor() * SEAT_WIDTH < READABLE_PIXELS:
            self._zoom(READABLE_PIXELS / (self.zoom_factor() * SEAT_WIDTH))
        self.centerOn(item)
        return True

    def seat_at(self, position: QPoint) -> SeatItem | None:
        for item in self.items(position):
            if isinstance(item, SeatItem):
                return item
        return None

    def drag_seat(self, item: SeatItem) -> None:
        """Carry the seat's guest away: to another seat, or to the unplaced list."""
        drag = QDrag(self)
        drag.setMimeData(seat_mime(item.seat.key))
        drag.setPixmap(self._seat_pixmap(item))
        self.run_drag(drag)

    def _seat_pixmap(self, item: SeatItem) -> QPixmap:
        size = QSize(max(int(SEAT_WIDTH * 1.6), 40), max(int(SEAT_HEIGHT * 1.6), 24))
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(size.width() / 2, size.height() / 2)
        painter.scale(1.5, 1.5)
        option = QStyleOptionGraphicsItem()
        item.paint(painter, option)
        painter.end()
        return pixmap

    # Dropping guests and seats on seats

    def _carries(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        data = event.mimeData()
        return data.hasFormat(GUEST_MIME) or data.hasFormat(SEAT_MIME)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._carries(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._carries(event) and self.seat_at(event.position().toPoint()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        item = self.seat_at(event.position().toPoint())
        data = event.mimeData()
        if item is None or not self._carries(event):
            event.ignore()
            return
        event.acceptProposedAction()
        if data.hasFormat(GUEST_MIME):
            self.guest_dropped.emit(guest_from_mime(data), item.seat.key)
        else:
            source = seat_from_mime(data)
            if source != item.seat.key:
                self.seat_dropped.emit(source, item.seat.key)

    # Mouse: rubber band with Shift, seat clicks, the context menu

    def mousePressEvent(self, event: QMouseEvent) -> None:
        item = self.seat_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and item is not None:
            self.seat_clicked.emit(item.seat.key)
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and item is None:
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self.seat_at(event.pos())
        if item is None:
            super().contextMenuEvent(event)
            return
        if not item.isSelected():
            self.select([item.seat.key])
        self.seat_menu.emit(item.seat.key, event.globalPos())

    # Zoom

    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP)

    def fit(self) -> None:
        self._fitted = True
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def _zoom(self, factor: float) -> None:
        self._fitted = False
        self.scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self._zoom(ZOOM_STEP if delta > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    def zoom_factor(self) -> float:
        return self.transform().m11()


def seat_mime(key: tuple[int, str]) -> QMimeData:
    data = QMimeData()
    data.setData(SEAT_MIME, QByteArray(json.dumps([key[0], key[1]]).encode()))
    return data


def seat_from_mime(data: QMimeData) -> tuple[int, str]:
    element_id, seat = json.loads(bytes(data.data(SEAT_MIME).data()).decode())
    return (int(element_id), str(seat))


def guest_mime(guest_id: int) -> QMimeData:
    data = QMimeData()
    data.setData(GUEST_MIME, QByteArray(str(guest_id).encode()))
    return data


def guest_from_mime(data: QMimeData) -> int:
    return int(bytes(data.data(GUEST_MIME).data()).decode())
