"""The layout editor's canvas: the room on a grid, zoomable, taking drops from the palette."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QWidget

from models.scene_edits import snap
from ui.layout_palette import MIME_TYPE
from ui.seating_view import ZOOM_STEP

BACKGROUND = QColor("#fbfaf7")
GRID_LINE = QColor("#ebe7de")
# Grid lines closer than this on screen are left out: they would grey the whole room.
LEAST_GRID_PIXELS = 8


class LayoutView(QGraphicsView):
    """Drag to move what is chosen, drag on empty floor to choose with a rubber band,
    Ctrl+wheel to zoom about the pointer."""

    # The mouse let go: a drag of elements or of the entrance may have ended.
    released = Signal()
    # A palette entry dropped here: its key and where, in layout centimetres.
    dropped = Signal(str, QPointF)

    def __init__(self, grid: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = grid
        scene = QGraphicsScene(self)
        # The default index: a BSP tree keeps finding the items under a moved one cheap.
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setScene(scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # While elements are dragged, everything else is one picture taken when the drag
        # began: a frame then draws that picture and the dragged items, however big the room.
        self._still: QPixmap | None = None
        self._still_view: tuple[QTransform, int, int] | None = None
        self._hidden: list[QGraphicsItem] = []
        # Fitted until the user zooms: a fitted room is fitted again when the view is resized,
        # as when it is first shown after being laid out hidden.
        self._fitted = True

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        # The picture of the still room is of the view as it was: scrolled, it no longer fits.
        self._release_still()
        super().scrollContentsBy(dx, dy)

    def fit(self) -> None:
        self._fitted = True
        self._release_still()
        rect = self.scene().itemsBoundingRect()
        if rect.isEmpty():
            rect = QRectF(-1000, -600, 2000, 1800)
        self.fitInView(rect.adjusted(-80, -80, 80, 80), Qt.AspectRatioMode.KeepAspectRatio)
        self.resetCachedContent()

    def zoom(self, factor: float) -> None:
        self._fitted = False
        self._release_still()
        self.scale(factor, factor)
        self.resetCachedContent()

    def grid_changed(self) -> None:
        self.resetCachedContent()
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom(ZOOM_STEP if delta > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        dragging = (self.scene().mouseGrabberItem() is not None
                    and bool(event.buttons() & Qt.MouseButton.LeftButton))
        if dragging and self._still is None:
            self._hold_still()
        super().mouseMoveEvent(event)
        # Qt places dragged items from where the drag began plus the mouse's travel, so
        # putting them on the grid after each move never adds up an error. Shift, read from
        # the move itself, leaves them where the mouse is.
        scene = self.scene()
        grid = self._grid()
        if (grid and scene.mouseGrabberItem() is not None
                and event.buttons() & Qt.MouseButton.LeftButton
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            for item in scene.selectedItems():
                if item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable:
                    item.setPos(snap(item.pos().x(), grid), snap(item.pos().y(), grid))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._release_still()
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.released.emit()

    def _view_now(self) -> tuple[QTransform, int, int]:
        return (self.transform(), self.horizontalScrollBar().value(),
                self.verticalScrollBar().value())

    def _hold_still(self) -> None:
        """Picture the room without the dragged items; hide the rest behind the picture."""
        scene = self.scene()
        grabber = scene.mouseGrabberItem()
        moving = {item for item in scene.selectedItems()
                  if item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable}
        if not moving or grabber is None:
            return
        # What is held (an element, or the handle turning one) and what hangs from it.
        moving |= {grabber, *grabber.childItems()}
        for item in moving:
            item.setOpacity(0.0)
        # A grab paints the view as shown, from the items' caches: far quicker than render().
        picture = self.viewport().grab()
        for item in moving:
            item.setOpacity(1.0)
        # Fully transparent items are passed over when painting: that is what saves the time.
        self._hidden = [item for item in scene.items() if item not in moving]
        for item in self._hidden:
            item.setOpacity(0.0)
        self._still = picture
        self._still_view = self._view_now()
        self.resetCachedContent()

    def _release_still(self) -> None:
        if self._still is None:
            return
        for item in self._hidden:
            item.setOpacity(1.0)
        self._hidden = []
        self._still = None
        self._still_view = None
        self.resetCachedContent()
        self.viewport().update()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        if self._still is not None and self._still_view == self._view_now():
            painter.save()
            painter.resetTransform()
            painter.drawPixmap(0, 0, self._still)
            painter.restore()
            return
        painter.fillRect(rect, BACKGROUND)
        grid = self._grid()
        if grid <= 0 or grid * self.transform().m11() < LEAST_GRID_PIXELS:
            return
        painter.setPen(QPen(GRID_LINE, 0))
        left = math.floor(rect.left() / grid) * grid
        top = math.floor(rect.top() / grid) * grid
        x = left
        while x <= rect.right():
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            x += grid
        y = top
        while y <= rect.bottom():
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            y += grid

    # Drops from the palette

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME_TYPE):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(MIME_TYPE):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not event.mimeData().hasFormat(MIME_TYPE):
            super().dropEvent(event)
            return
        key = bytes(event.mimeData().data(MIME_TYPE).data()).decode()
        event.acceptProposedAction()
        self.dropped.emit(key, self.mapToScene(event.position().toPoint()))
