"""A scene drawn to scale: furniture, tables and seats with their occupants, zoomable."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)
from sqlmodel import Session, select

from models.layout import ElementKind, TableShape
from models.seating import current_seats, scene_plan
from models.tables import Event, Guest, Scene
from printing.base import spaced_name

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
ZOOM_STEP = 1.25


@dataclass(frozen=True)
class SeatPicture:
    key: tuple[int, str]
    x: float
    y: float
    name: str
    category: str
    label: str


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
class ScenePicture:
    shapes: list[ShapePicture]
    seats: list[SeatPicture]


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


def load_picture(session: Session, event: Event, scene: Scene) -> ScenePicture:
    """What the view draws for a scene, as stored now."""
    plan = scene_plan(session, event, scene)
    occupant = {seat: guest for guest, seat in current_seats(session, scene).items()}
    guests = {g.id: g for g in session.exec(select(Guest).where(Guest.event_id == event.id))}
    seats = []
    by_element: dict[int, list[Any]] = {}
    numbers: dict[int, int | None] = {}
    for position, ranked in enumerate(plan.seats):
        seat = ranked.seat
        by_element.setdefault(seat.element_id, []).append(seat)
        numbers[seat.element_id] = ranked.table_number
        guest = guests.get(occupant.get((seat.element_id, seat.key), -1))
        seats.append(SeatPicture(key=(seat.element_id, seat.key), x=seat.x, y=seat.y,
                                 name=spaced_name(guest.name) if guest else "",
                                 category=guest.category if guest else "",
                                 label=plan.label(position)))
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
    return ScenePicture(shapes=shapes, seats=seats)


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


class SeatItem(QGraphicsItem):
    """One seat: a rounded box in its guest's category colour, or dashed and empty."""

    def __init__(self, seat: SeatPicture) -> None:
        super().__init__()
        self.seat = seat
        self.setPos(seat.x, seat.y)
        self.setToolTip(f"{seat.label}\n{seat.name}" if seat.name else seat.label)

    def boundingRect(self) -> QRectF:
        return QRectF(-SEAT_WIDTH / 2 - 1, -SEAT_HEIGHT / 2 - 1, SEAT_WIDTH + 2, SEAT_HEIGHT + 2)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        box = QRectF(-SEAT_WIDTH / 2, -SEAT_HEIGHT / 2, SEAT_WIDTH, SEAT_HEIGHT)
        if self.seat.name:
            colour = CATEGORY_COLOURS.get(self.seat.category, OTHER_CATEGORY)
            painter.setBrush(QBrush(QColor(colour)))
            painter.setPen(QPen(QColor("#6b6b6b"), 1.2))
        else:
            painter.setBrush(QBrush(QColor("#ffffff")))
            painter.setPen(QPen(QColor("#a8a8a8"), 1.2, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(box, 6, 6)
        if self.seat.name:
            painter.setPen(QColor("#111111"))
            _fitted_text(painter, box, self.seat.name, NAME_SIZE)


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


class SeatingView(QGraphicsView):
    """The scene to scale; Ctrl+wheel zooms about the pointer, fitted until the user zooms."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QColor("#fbfaf7"))
        self._fitted = True

    def show_picture(self, picture: ScenePicture | None) -> None:
        scene = self.scene()
        scene.clear()
        if picture is not None:
            for shape in picture.shapes:
                scene.addItem(ShapeItem(shape))
            for seat in picture.seats:
                scene.addItem(SeatItem(seat))
        margin = 60
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-margin, -margin, margin, margin))
        if self._fitted:
            self.fit()

    def seat_items(self) -> list[SeatItem]:
        return [item for item in self.scene().items() if isinstance(item, SeatItem)]

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
