"""The layout editor's property panel: the chosen element's name, place and shape.

Its fields are those of the element's kind; a change is handed on when the user finishes it, and
a refusal is shown in place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.layout import ElementKind, Fill, FurnitureKind, Reservation, TableShape
from models.scene_edits import ElementState

# What the user changed: "label", "x", "y", "rotation" or a parameter of the kind, and its value.
Change = dict[str, Any]


@dataclass(frozen=True)
class Field:
    """One row of the panel: the element's attribute or parameter, and how it is entered."""

    name: str
    entry: str  # text, int, count, number, angle, rows, columns, choice, bool
    least: int = 1


_COMMON = [Field("label", "text"), Field("x", "number"), Field("y", "number"),
           Field("rotation", "angle")]
_PITCHES = [Field("seat_pitch", "size"), Field("row_pitch", "size")]
FIELDS: dict[ElementKind, list[Field]] = {
    ElementKind.ROSTRUM: [Field("rows", "rows"), *_PITCHES, Field("step_free", "bool")],
    ElementKind.PHOTO: [Field("rows", "rows"), *_PITCHES],
    ElementKind.BLOCK: [Field("rows", "int"), Field("columns", "int"),
                        Field("aisles", "columns"), Field("first_row", "int"),
                        Field("fill", "choice"), Field("reserve", "choice"),
                        Field("reserve_value", "text"), *_PITCHES, Field("aisle_width", "size"),
                        Field("step_free", "bool")],
    ElementKind.TABLE: [Field("shape", "choice"), Field("seats", "int"), Field("size", "size"),
                        Field("number", "int", least=0), Field("name", "text"),
                        Field("main", "bool"), Field("host", "bool"), Field("deputy", "bool")],
    ElementKind.MEETING: [Field("host_seats", "int"), Field("guest_seats", "int"),
                          Field("seat_pitch", "size")],
    ElementKind.SIGNING: [Field("pairs", "int"), Field("pairs_per_row", "int"),
                          Field("standing_rows", "int", least=0),
                          Field("standing_per_row", "int", least=0), *_PITCHES,
                          Field("signatory_field", "text")],
    ElementKind.FURNITURE: [Field("type", "choice"), Field("width", "size"),
                            Field("height", "size"), Field("text", "text")],
}


class LayoutPanel(QWidget):
    """Shows one element's properties; `edited` carries each finished change."""

    edited = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("layoutPanel")
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setObjectName("layoutError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.fields: dict[str, QWidget] = {}
        self._kind: ElementKind | None = None
        self._count = 0
        self._state: ElementState | None = None
        self._retranslate()

    # What is shown

    def show_selection(self, states: list[ElementState]) -> None:
        """One element's properties, or how many are chosen when several are."""
        self._count = len(states)
        state = states[0] if len(states) == 1 else None
        kind = ElementKind(state.kind) if state is not None else None
        if kind != self._kind:
            self._build(kind)
        self._state = state
        if state is not None:
            self._fill(state)
        self.show_error("")
        self._retranslate()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _build(self, kind: ElementKind | None) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields = {}
        self._kind = kind
        if kind is None:
            return
        for field in [*_COMMON, *FIELDS[kind]]:
            widget = self._entry(field)
            widget.setObjectName(field.name)
            self.fields[field.name] = widget
            self.form.addRow(QLabel(self), widget)

    def _entry(self, field: Field) -> QWidget:
        if field.entry == "bool":
            box = QCheckBox(self)
            box.toggled.connect(lambda on, name=field.name: self.edited.emit({name: on}))
            return box
        if field.entry == "choice":
            combo = QComboBox(self)
            combo.activated.connect(lambda _i, name=field.name, c=combo: self.edited.emit(
                {name: c.currentData()}))
            return combo
        if field.entry == "int":
            spin = QSpinBox(self)
            spin.setRange(field.least, 9999)
            # Only a finished value (Enter, leaving the box, a step) is one change.
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(lambda value, name=field.name: self._int_changed(name,
                                                                                       value))
            return spin
        if field.entry in ("number", "size", "angle"):
            number = QDoubleSpinBox(self)
            number.setDecimals(1)
            number.setKeyboardTracking(False)
            if field.entry == "angle":
                number.setRange(0, 359.9)
                number.setWrapping(True)
                number.setSingleStep(15)
                number.setSuffix("°")
            else:
                number.setRange(0.1 if field.entry == "size" else -100000, 100000)
                number.setSingleStep(10)
                number.setSuffix(" cm")
            number.valueChanged.connect(lambda value, name=field.name: self.edited.emit(
                {name: round(value, 1)}))
            return number
        line = QLineEdit(self)
        line.editingFinished.connect(lambda name=field.name, f=field, w=line: self._text_done(
            name, f, w))
        return line

    def _int_changed(self, name: str, value: int) -> None:
        # 0 in the table number box means "numbered by its rank".
        self.edited.emit({name: None if name == "number" and value == 0 else value})

    def _text_done(self, name: str, field: Field, line: QLineEdit) -> None:
        if self._state is None or not line.isModified():
            return
        line.setModified(False)
        text = line.text().strip()
        if field.entry in ("rows", "columns"):
            numbers = _numbers(text)
            if numbers is None:
                self.show_error(self.tr("{field}: write whole numbers separated by commas, "
                                        "for example 7, 9").format(field=self._label(name)))
                return
            self.edited.emit({name: numbers})
            return
        self.edited.emit({name: text})

    def _fill(self, state: ElementState) -> None:
        values: dict[str, Any] = {"label": state.label, "x": state.x, "y": state.y,
                                  "rotation": state.rotation, **state.params}
        for name, widget in self.fields.items():
            value = values.get(name)
            widget.blockSignals(True)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value or 0))
            elif isinstance(widget, QDoubleSpinBox):
                widget.setValue(float(value or 0))
            elif isinstance(widget, QLineEdit):
                text = ", ".join(str(n) for n in value) if isinstance(value, list) else str(
                    value or "")
                widget.setText(text)
                widget.setModified(False)
            widget.blockSignals(False)

    # Language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        if self._count == 0:
            self.title.setText(self.tr("Click an element to see its properties, or add one "
                                       "from the list on the left."))
        elif self._count > 1:
            self.title.setText(self.tr("%n element(s) chosen: align or distribute them with the "
                                       "toolbar.", None, self._count))
        else:
            self.title.setText(self.tr("<b>Properties</b>"))
        for row in range(self.form.rowCount()):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            assert isinstance(label, QLabel)
            label.setText(self._label(field.objectName()))
            if isinstance(field, QComboBox):
                self._fill_choices(field)
            if isinstance(field, QSpinBox) and field.objectName() == "number":
                field.setSpecialValueText(self.tr("By rank"))
            if field.objectName() == "label":
                field.setToolTip(self.tr("The name shown on the plan; a table's own name is "
                                         "set below"))
        if self._state is not None:
            self._fill(self._state)

    def _fill_choices(self, combo: QComboBox) -> None:
        choices = self._choices()[combo.objectName()]
        combo.blockSignals(True)
        combo.clear()
        for value, text in choices:
            combo.addItem(text, value)
        combo.blockSignals(False)

    def _choices(self) -> dict[str, list[tuple[str, str]]]:
        return {
            "shape": [(TableShape.ROUND.value, self.tr("Round")),
                      (TableShape.RECT.value, self.tr("Square")),
                      (TableShape.LONG.value, self.tr("Long")),
                      (TableShape.U.value, self.tr("U-shaped"))],
            "fill": [(Fill.CENTRE_OUT.value, self.tr("From the centre outward")),
                     (Fill.ROWS.value, self.tr("Row by row")),
                     (Fill.COLUMNS.value, self.tr("Column by column"))],
            "reserve": [(Reservation.NONE.value, self.tr("Not reserved")),
                        (Reservation.CATEGORY.value, self.tr("For a category")),
                        (Reservation.DELEGATION.value, self.tr("For a delegation")),
                        (Reservation.ORGANISATION.value, self.tr("For an organisation"))],
            "type": [(FurnitureKind.STAGE.value, self.tr("Stage or furniture")),
                     (FurnitureKind.SCREEN.value, self.tr("Screen")),
                     (FurnitureKind.DOOR.value, self.tr("Door")),
                     (FurnitureKind.PILLAR.value, self.tr("Pillar")),
                     (FurnitureKind.LABEL.value, self.tr("Text"))],
        }

    def _label(self, name: str) -> str:
        labels = {
            "label": self.tr("Label"), "x": self.tr("Across (x)"), "y": self.tr("Depth (y)"),
            "rotation": self.tr("Rotation"), "rows": self.tr("Rows"),
            "columns": self.tr("Seats per row"), "aisles": self.tr("Aisles after seats"),
            "first_row": self.tr("First row number"), "fill": self.tr("Fill order"),
            "reserve": self.tr("Reserved"), "reserve_value": self.tr("Reserved for"),
            "seat_pitch": self.tr("Seat spacing"), "row_pitch": self.tr("Row spacing"),
            "aisle_width": self.tr("Aisle width"), "step_free": self.tr("Step-free"),
            "shape": self.tr("Shape"), "seats": self.tr("Seats"), "size": self.tr("Size"),
            "number": self.tr("Table number"), "name": self.tr("Table name"),
            "main": self.tr("Main table"), "host": self.tr("Host seat"),
            "deputy": self.tr("Deputy host seat"), "host_seats": self.tr("Host side seats"),
            "guest_seats": self.tr("Guest side seats"), "pairs": self.tr("Signing pairs"),
            "pairs_per_row": self.tr("Pairs per row"),
            "standing_rows": self.tr("Standing rows behind"),
            "standing_per_row": self.tr("Standing per row"),
            "signatory_field": self.tr("Signatory field"), "type": self.tr("Type"),
            "width": self.tr("Width"), "height": self.tr("Depth"), "text": self.tr("Text"),
        }
        return labels.get(name, name)


def _numbers(text: str) -> list[int] | None:
    """"7, 9" or "7，9" or "7 9" as [7, 9]; None when a part is not a whole number."""
    parts = [p for p in text.replace("，", ",").replace(",", " ").split() if p]
    try:
        return [int(p) for p in parts]
    except ValueError:
        return None
