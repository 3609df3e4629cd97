"""What the layout editor draws: elements with their seats, the entrance, the rotation handle."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from models.layout import ElementKind, FurnitureKind, Seat, TableShape, element_seats
from models.scene_edits import Box, ElementState
from ui.seating_view import SEAT_HEIGHT, SEAT_WIDTH

# Room around the seats and outline for the label and the selection frame, in cm.
MARGIN = 40.0
LABEL_SIZE = 26
# The step of R and of the rotation handle, in degrees.
ROTATE_STEP = 15.0
OUTLINE = QColor("#8a8578")
SELECTED = QColor("#2f6fd0")
TABLE_FILL = QColor("#f3f1ec")
MAIN_FILL = QColor("#f6e3b0")
SEAT_FILL = QColor("#ffffff")
SEAT_PEN = QColor("#9c978c")
FURNITURE_FILLS = {
    FurnitureKind.STAGE: QColor("#e9e4d8"),
    FurnitureKind.SCREEN: QColor("#5d5a55"),
    FurnitureKind.DOOR: QColor("#cfe3cf"),
    FurnitureKind.PILLAR: QColor("#b9b4aa"),
    FurnitureKind.LABEL: QColor(0, 0, 0, 0),
}

class ElementItem(QGraphicsItem):
    """One element of the scene: its outline and its seats, drawn about its centre and turned
    with it. Drawn once into a cache, so dragging it only moves a picture."""

    def __init__(self, element_id: int, state: ElementState) -> None:
        super().__init__()
        self.element_id = element_id
        self.state = state
        self.caption = ""
        self._seats: list[QPointF] = []
        self._outline = QPainterPath()
        self._extent = QRectF()
        self._bounds = QRectF()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.show_state(state, "")

    def show_state(self, state: ElementState, caption: str) -> None:
        """Draw the element as `state` says, named `caption`."""
        self.prepareGeometryChange()
        self.state = state
        self.caption = caption
        seats = element_seats(0, state.kind, state.params)
        self._seats = [QPointF(s.x, s.y) for s in seats]
        self._outline = _outline(state, self._seats)
        if state.kind == ElementKind.SIGNING:
            desks = _signing_desks(seats)
            # The frame takes in the desks in front of the last row too.
            frame = QPainterPath()
            frame.addRoundedRect(self._outline.boundingRect().united(
                desks.boundingRect().adjusted(-10, -10, 10, 10)), 12, 12)
            frame.addPath(desks)
            self._outline = frame
        extent = self._outline.boundingRect()
        for point in self._seats:
            extent = extent.united(QRectF(point.x() - SEAT_WIDTH / 2, point.y() - SEAT_HEIGHT / 2,
                                          SEAT_WIDTH, SEAT_HEIGHT))
        self._extent = extent
        self._bounds = extent.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        # Furniture lies under the seats of what stands on it (the rostrum on the stage).
        self.setZValue(-1 if state.kind == ElementKind.FURNITURE else 0)
        self.setPos(state.x, state.y)
        self.setRotation(state.rotation)
        self.setToolTip(caption)
        self.update()

    def stored_place(self) -> tuple[float, float]:
        return (self.state.x, self.state.y)

    def moved(self) -> bool:
        """Whether the item stands elsewhere than the element as stored."""
        return (round(self.pos().x(), 1), round(self.pos().y(), 1)) != self.stored_place()

    def box(self) -> Box:
        """Where the element is and the room it covers, for aligning and distributing."""
        rect = self.mapRectToScene(self._extent)
        return Box(x=self.pos().x(), y=self.pos().y(), left=rect.left(), top=rect.top(),
                   right=rect.right(), bottom=rect.bottom())

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._extent)
        return path


    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        state = self.state
        selected = self.isSelected()
        kind = ElementKind(state.kind)
        if kind is ElementKind.FURNITURE:
            fill = FURNITURE_FILLS[FurnitureKind(state.params["type"])]
            pen = QPen(SELECTED if selected else OUTLINE, 3 if selected else 1.5)
            if state.params["type"] == FurnitureKind.LABEL:
                pen.setStyle(Qt.PenStyle.DashLine)
        elif kind is ElementKind.TABLE:
            fill = MAIN_FILL if state.params["main"] else TABLE_FILL
            pen = QPen(SELECTED if selected else OUTLINE, 3 if selected else 1.5)
        else:
            # Rows and blocks: a light frame around their seats, the seats themselves matter.
            fill = QColor(0, 0, 0, 0)
            pen = QPen(SELECTED if selected else QColor("#c9c4b8"), 3 if selected else 1.2,
                       Qt.PenStyle.SolidLine if selected else Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawPath(self._outline)
        painter.setPen(QPen(SELECTED if selected else SEAT_PEN, 1.2))
        painter.setBrush(QBrush(SEAT_FILL))
        for point in self._seats:
            painter.drawRoundedRect(QRectF(point.x() - SEAT_WIDTH / 2,
                                           point.y() - SEAT_HEIGHT / 2,
                                           SEAT_WIDTH, SEAT_HEIGHT), 6, 6)
        if self.caption:
            self._paint_caption(painter, kind)

    def _paint_caption(self, painter: QPainter, kind: ElementKind) -> None:
        screen = kind is ElementKind.FURNITURE and self.state.params["type"] == FurnitureKind.SCREEN
        painter.setPen(QColor("#ffffff") if screen else QColor("#3f3b35"))
        font = painter.font()
        if kind in (ElementKind.TABLE, ElementKind.FURNITURE):
            rect = self._outline.boundingRect()
            size = min(LABEL_SIZE, max(int(rect.height() * 0.6), 8))
        else:
            # Above the seats, where no seat hides it.
            rect = QRectF(self._extent.left(), self._extent.top() - MARGIN,
                          self._extent.width(), MARGIN)
            size = LABEL_SIZE
        font.setPixelSize(size)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.caption)


def _outline(state: ElementState, seats: list[QPointF]) -> QPainterPath:
    """The element's own shape about its centre: the table top, the furniture, or a frame
    around the seats."""
    path = QPainterPath()
    params = state.params
    kind = ElementKind(state.kind)
    if kind is ElementKind.FURNITURE:
        width, height = float(params["width"]), float(params["height"])
        rect = QRectF(-width / 2, -height / 2, width, height)
        if params["type"] == FurnitureKind.PILLAR:
            path.addEllipse(rect)
        else:
            path.addRect(rect)
        return path
    if kind is ElementKind.TABLE:
        return _table_outline(params, seats)
    if not seats:
        path.addRect(QRectF(-50, -50, 100, 100))
        return path
    xs, ys = [p.x() for p in seats], [p.y() for p in seats]
    pad_x, pad_y = SEAT_WIDTH / 2 + 10, SEAT_HEIGHT / 2 + 10
    path.addRoundedRect(QRectF(min(xs) - pad_x, min(ys) - pad_y,
                               max(xs) - min(xs) + 2 * pad_x, max(ys) - min(ys) + 2 * pad_y),
                        12, 12)
    return path


def _signing_desks(seats: list[Seat]) -> QPainterPath:
    """The signing desks: one long desk in front of each row of signatories, toward the
    audience (+y)."""
    path = QPainterPath()
    rows: dict[float, list[float]] = {}
    for seat in seats:
        if seat.role.endswith("_signatory"):
            rows.setdefault(seat.y, []).append(seat.x)
    for y, xs in rows.items():
        path.addRect(QRectF(min(xs) - SEAT_WIDTH / 2, y + SEAT_HEIGHT / 2 + 5,
                            max(xs) - min(xs) + SEAT_WIDTH, 40))
    return path


def _table_outline(params: dict[str, Any], seats: list[QPointF]) -> QPainterPath:
    path = QPainterPath()
    shape, size = TableShape(params["shape"]), float(params["size"])
    if shape is TableShape.ROUND:
        path.addEllipse(QRectF(-size / 2, -size / 2, size, size))
        return path
    xs, ys = [p.x() for p in seats], [p.y() for p in seats]
    # The chairs stand about 35 cm outside the table's edge (models.layout).
    left, right = min(xs) + 35, max(xs) - 35
    top, bottom = min(ys) + 35, max(ys) - 35
    if shape is TableShape.U:
        depth = 60.0
        outer = QPolygonF([QPointF(left, bottom), QPointF(left, top), QPointF(right, top),
                           QPointF(right, bottom), QPointF(right - depth, bottom),
                           QPointF(right - depth, top + depth), QPointF(left + depth, top + depth),
                           QPointF(left + depth, bottom)])
        path.addPolygon(outer)
        path.closeSubpath()
        return path
    if shape is TableShape.LONG:
        # Nobody sits at the ends: the table runs a little past the outer chairs.
        left, right = min(xs) - SEAT_WIDTH / 2, max(xs) + SEAT_WIDTH / 2
    path.addRect(QRectF(left, top, max(right - left, 40), max(bottom - top, 40)))
    return path


class EntranceItem(QGraphicsItem):
    """Where guests come in: an arrow pointing into the room, dragged to move the entrance."""

    RADIUS = 45.0

    def __init__(self) -> None:
        super().__init__()
        self.caption = ""
        self.stored = (0.0, 0.0)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(10)

    def show_entrance(self, x: float, y: float, caption: str) -> None:
        self.stored = (x, y)
        self.caption = caption
        self.setToolTip(caption)
        self.setPos(x, y)
        self.update()

    def moved(self) -> bool:
        return (round(self.pos().x(), 1), round(self.pos().y(), 1)) != self.stored

    def boundingRect(self) -> QRectF:
        r = self.RADIUS
        return QRectF(-r * 2, -r - 4, r * 4, r * 2 + LABEL_SIZE + 12)


    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        r = self.RADIUS
        colour = SELECTED if self.isSelected() else QColor("#2e7d32")
        painter.setPen(QPen(colour, 2))
        painter.setBrush(QBrush(QColor("#c8e6c9")))
        # An arrow pointing up the room, toward the stage (smaller y).
        tip = [QPointF(0, -r), QPointF(r * math.cos(math.radians(30)), r / 2),
               QPointF(0, r / 6), QPointF(-r * math.cos(math.radians(30)), r / 2)]
        painter.drawPolygon(QPolygonF(tip))
        font = painter.font()
        font.setPixelSize(LABEL_SIZE)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(QRectF(-r * 2, r / 2 + 4, r * 4, LABEL_SIZE + 6),
                         Qt.AlignmentFlag.AlignCenter, self.caption)


# Told the element and its new rotation when the user lets go of the handle.
Turned = Callable[[int, float], None]
HANDLE_RADIUS = 7.0
# How far above the element the handle stands, in layout cm: clear of the label above it.
HANDLE_GAP = MARGIN + 30


class RotateHandle(QGraphicsItem):
    """A knob above the chosen element: drag it around the element to turn it, in steps of
    15° unless Shift is held. Kept the same size on screen at every zoom."""

    def __init__(self, turned: Turned) -> None:
        super().__init__()
        self._turned = turned
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setZValue(20)
        self.setToolTip(QCoreApplication.translate(
            "RotateHandle", "Drag to rotate; hold Shift to leave the 15° steps"))
        self.hide()

    def attach(self, item: ElementItem | None) -> None:
        """Stand above `item`, turning and moving with it; None hides the handle."""
        self.setParentItem(item)
        if item is None:
            self.hide()
            return
        self.setPos(0, item.shape().boundingRect().top() - HANDLE_GAP)
        self.show()

    def element(self) -> ElementItem | None:
        parent = self.parentItem()
        return parent if isinstance(parent, ElementItem) else None

    def boundingRect(self) -> QRectF:
        r = HANDLE_RADIUS + 2
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.setBrush(QBrush(SELECTED))
        painter.drawEllipse(QPointF(0, 0), HANDLE_RADIUS, HANDLE_RADIUS)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        element = self.element()
        if element is not None:
            element.setRotation(self._angle(element, event))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        element = self.element()
        if element is not None:
            self._turned(element.element_id, self._angle(element, event))

    @staticmethod
    def _angle(element: ElementItem, event: QGraphicsSceneMouseEvent) -> float:
        # The handle stands on the element's -y side: turned by a, that side points along
        # (sin a, -cos a) on screen.
        dx = event.scenePos().x() - element.pos().x()
        dy = event.scenePos().y() - element.pos().y()
        angle = math.degrees(math.atan2(dx, -dy)) % 360
        if not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            angle = (round(angle / ROTATE_STEP) * ROTATE_STEP) % 360
        return round(angle, 1)
