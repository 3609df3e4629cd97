"""The layout editor's palette: the kinds of element a user adds, by click or by drag."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from models.layout import ElementKind, FurnitureKind, TableShape

MIME_TYPE = "application/x-zuoci-layout-preset"


@dataclass(frozen=True)
class Preset:
    """One entry of the palette: what it adds, and whether the element is named after it."""

    key: str
    kind: str
    params: dict[str, Any] = field(default_factory=dict)
    labelled: bool = False

    def name(self) -> str:
        return preset_names()[self.key]


def preset_names() -> dict[str, str]:
    """Each entry's name in the language in use."""
    return {
        "rostrum": QCoreApplication.translate("LayoutPalette", "Rostrum rows"),
        "block": QCoreApplication.translate("LayoutPalette", "Seating block"),
        "round": QCoreApplication.translate("LayoutPalette", "Round table"),
        "long": QCoreApplication.translate("LayoutPalette", "Long table"),
        "rect": QCoreApplication.translate("LayoutPalette", "Square table"),
        "u": QCoreApplication.translate("LayoutPalette", "U-shaped table"),
        "meeting": QCoreApplication.translate("LayoutPalette", "Meeting room sides"),
        "signing": QCoreApplication.translate("LayoutPalette", "Signing table"),
        "photo": QCoreApplication.translate("LayoutPalette", "Photo rows"),
        "lectern": QCoreApplication.translate("LayoutPalette", "Lectern"),
        "stage": QCoreApplication.translate("LayoutPalette", "Stage"),
        "screen": QCoreApplication.translate("LayoutPalette", "Screen"),
        "pillar": QCoreApplication.translate("LayoutPalette", "Pillar"),
        "door": QCoreApplication.translate("LayoutPalette", "Door"),
        "text": QCoreApplication.translate("LayoutPalette", "Text"),
    }


PRESETS = [
    Preset("rostrum", ElementKind.ROSTRUM, {}, labelled=True),
    Preset("block", ElementKind.BLOCK),
    Preset("round", ElementKind.TABLE, {"shape": TableShape.ROUND.value, "seats": 10}),
    Preset("long", ElementKind.TABLE, {"shape": TableShape.LONG.value, "seats": 12,
                                       "size": 240}),
    Preset("rect", ElementKind.TABLE, {"shape": TableShape.RECT.value, "seats": 8}),
    Preset("u", ElementKind.TABLE, {"shape": TableShape.U.value, "seats": 12, "size": 240}),
    Preset("meeting", ElementKind.MEETING, {}),
    Preset("signing", ElementKind.SIGNING, {}, labelled=True),
    Preset("photo", ElementKind.PHOTO, {}, labelled=True),
    Preset("lectern", ElementKind.FURNITURE, {"type": FurnitureKind.STAGE.value, "width": 80,
                                              "height": 60}, labelled=True),
    Preset("stage", ElementKind.FURNITURE, {"type": FurnitureKind.STAGE.value, "width": 800,
                                            "height": 200}, labelled=True),
    Preset("screen", ElementKind.FURNITURE, {"type": FurnitureKind.SCREEN.value, "width": 800,
                                             "height": 40}, labelled=True),
    Preset("pillar", ElementKind.FURNITURE, {"type": FurnitureKind.PILLAR.value, "width": 60,
                                             "height": 60}),
    Preset("door", ElementKind.FURNITURE, {"type": FurnitureKind.DOOR.value, "width": 200,
                                           "height": 30}, labelled=True),
    Preset("text", ElementKind.FURNITURE, {"type": FurnitureKind.LABEL.value, "width": 200,
                                           "height": 60}, labelled=True),
]
BY_KEY = {preset.key: preset for preset in PRESETS}


class LayoutPalette(QListWidget):
    """Click an entry to add one in the middle of the view; drag it to where it should go."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("layoutPalette")
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for preset in PRESETS:
            item = QListWidgetItem(self)
            item.setData(Qt.ItemDataRole.UserRole, preset.key)
        self.itemClicked.connect(
            lambda item: self.chosen.emit(str(item.data(Qt.ItemDataRole.UserRole))))
        self.itemActivated.connect(
            lambda item: self.chosen.emit(str(item.data(Qt.ItemDataRole.UserRole))))
        self._retranslate()

    def item_of(self, key: str) -> QListWidgetItem:
        return next(self.item(row) for row in range(self.count())
                    if self.item(row).data(Qt.ItemDataRole.UserRole) == key)

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        if items:
            data.setData(MIME_TYPE, str(items[0].data(Qt.ItemDataRole.UserRole)).encode())
        return data

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        for row in range(self.count()):
            item = self.item(row)
            preset = BY_KEY[str(item.data(Qt.ItemDataRole.UserRole))]
            item.setText(preset.name())
            item.setToolTip(QCoreApplication.translate(
                "LayoutPalette", "Click to add in the middle of the view, or drag onto the plan"))
