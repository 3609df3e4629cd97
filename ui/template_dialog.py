"""The templates dialog: a template copied as the user's own, then its paper, font, text sizes
and fields, colours by category and logo changed in a form, with undo, checked before saving."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QImageReader,
    QKeySequence,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.lang import say
from models.vocab import CATEGORIES, category_label
from printing.base import PAGE_SIZES
from printing.documents import DOCUMENTS, TemplateChoice
from printing.fonts import FontMissing, cjk_font, has_chinese
from printing.guest_fields import FIELDS
from printing.templates import (
    DEFAULT_CATEGORY,
    IMAGE_SUFFIXES,
    TEMPLATE_DIR,
    TemplateError,
    copy_template,
    default_template,
    delete_template,
    is_page_document,
    layout_settings,
    rename_template,
    save_template,
    template_data,
    template_path,
)
from ui.settings_dialog import PROBLEM_STYLE

# The key of the picture element the dialog adds to a face template.
LOGO = "logo"
# Where a new logo goes: this square in the face's top right corner, this far from the edges.
LOGO_MM = 20.0
LOGO_MARGIN_MM = 3.0
# The furthest a text may be placed from the face's corner, in mm: the loader checks that it
# stays on the face when the template is saved.
PLACE_MAX_MM = 1000.0
# The height of the box for a text of several lines, in pixels.
LONG_TEXT_HEIGHT = 96
# Text sizes a template may ask for, in points: the largest fills a 297 mm card face.
SIZE_RANGE = (1.0, 400.0)
_ABSENT = object()
_CHANGE_ID = 0x7E4D


def _get(data: dict[str, Any], path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(data, dict) or key not in data:
            return _ABSENT
        data = data[key]
    return data


def _copied(value: Any) -> Any:
    # The marker of a missing value stays itself: a copy of it would be written as a value.
    return value if value is _ABSENT else copy.deepcopy(value)


def _put(data: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    *parents, last = path
    for key in parents:
        data = data.setdefault(key, {})
    if value is _ABSENT:
        data.pop(last, None)
    else:
        data[last] = _copied(value)


class TemplateChange(QUndoCommand):
    """One edit of the template being changed: the value at `path` replaced (or removed).
    Edits of one value in a row, a size typed digit by digit, undo as one."""

    def __init__(self, dialog: TemplateDialog, path: tuple[str, ...], value: Any,
                 text: str) -> None:
        super().__init__(text)
        self._dialog = dialog
        self.path = path
        self._value = _copied(value)
        self._previous = _copied(_get(dialog.data, path))

    def id(self) -> int:
        return _CHANGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, TemplateChange) or other.path != self.path:
            return False
        self._value = _copied(other._value)
        return True

    def redo(self) -> None:
        _put(self._dialog.data, self.path, self._value)
        self._dialog.show_data()

    def undo(self) -> None:
        _put(self._dialog.data, self.path, self._previous)
        self._dialog.show_data()


class TemplateDialog(QDialog):
    """Shows the chosen template; a built-in one is copied as the user's own before it is
    changed. `templates_changed` gives what the print tab should choose afterwards (a user
    template's file, or "" for the default) whenever a file was written, renamed or deleted."""

    templates_changed = Signal(str)

    def __init__(self, document: str, choice: TemplateChoice | None, folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateDialog")
        self._document = document
        self._folder = folder
        self._pages = is_page_document(document)
        # A page template's sizes not written in its file print at the document's defaults.
        self._layout_defaults = (layout_settings(document) or {}) if self._pages else {}
        if choice is None:
            self.path = template_path(default_template(document))
        elif choice.path is not None:
            self.path = choice.path
        else:
            self.path = TEMPLATE_DIR / f"{choice.name}.json"
        self.own = choice is not None and choice.user
        self.data: dict[str, Any] = {}
        self.undo_stack = QUndoStack(self)

        self.heading = QLabel(self)
        self.heading.setObjectName("templateHeading")
        self.heading.setWordWrap(True)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self._ask_copy)
        self.rename_button = QPushButton(self)
        self.rename_button.clicked.connect(self._ask_rename)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self._ask_delete)
        # Actions of their own, not the stack's: those take the edit's name into their text,
        # which would widen the dialog with every edit.
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(self.undo_action.setToolTip)
        self.redo_action = QAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setEnabled(False)
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.redoTextChanged.connect(self.redo_action.setToolTip)
        top = QHBoxLayout()
        for button in (self.copy_button, self.rename_button, self.delete_button):
            top.addWidget(button)
        top.addStretch(1)
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
            tool = QToolButton(self)
            tool.setDefaultAction(action)
            top.addWidget(tool)

        self.form = QWidget(self)
        form = QVBoxLayout(self.form)
        form.addWidget(self._paper_box())
        form.addWidget(self._font_box())
        self.sizes_box = QGroupBox(self)
        self._sizes = QGridLayout(self.sizes_box)
        form.addWidget(self.sizes_box)
        self.colours_box = QGroupBox(self)
        self._colours = QGridLayout(self.colours_box)
        form.addWidget(self.colours_box)
        self.logo_box = self._logo_box()
        form.addWidget(self.logo_box)
        form.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)

        self.problem = QLabel(self)
        self.problem.setObjectName("templateProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(900, 760)
        self._load()
        self._retranslate()

    # The form

    def _paper_box(self) -> QGroupBox:
        self.paper_box = QGroupBox(self)
        self.paper_size = QComboBox(self)
        self.paper_size.setObjectName("templatePaper")
        for size in PAGE_SIZES:
            self.paper_size.addItem(size, size)
        self.paper_size.currentIndexChanged.connect(lambda _index: self._change(
            ("sheet", "size"), self.paper_size.currentData(), self.tr("Change the paper")))
        self.landscape = QCheckBox(self)
        self.landscape.toggled.connect(lambda on: self._change(
            ("sheet", "landscape"), on, self.tr("Turn the paper")))
        row = QHBoxLayout(self.paper_box)
        row.addWidget(self.paper_size)
        row.addWidget(self.landscape)
        row.addStretch(1)
        return self.paper_box

    def _font_box(self) -> QGroupBox:
        self.font_box = QGroupBox(self)
        self.font_path = QLineEdit(self)
        self.font_path.setObjectName("templateFont")
        self.font_path.setReadOnly(True)
        self.font_button = QPushButton(self)
        self.font_button.clicked.connect(self._browse_font)
        self.font_clear = QPushButton(self)
        self.font_clear.clicked.connect(lambda: self._change(
            ("font",), _ABSENT, self.tr("Print with the usual font")))
        row = QHBoxLayout(self.font_box)
        row.addWidget(self.font_path, 1)
        row.addWidget(self.font_button)
        row.addWidget(self.font_clear)
        return self.font_box

    def _logo_box(self) -> QGroupBox:
        box = QGroupBox(self)
        self.logo_path = QLineEdit(self)
        self.logo_path.setObjectName("templateLogo")
        self.logo_path.setReadOnly(True)
        self.logo_button = QPushButton(self)
        self.logo_button.clicked.connect(self._browse_logo)
        self.logo_clear = QPushButton(self)
        self.logo_clear.clicked.connect(lambda: self._change(
            ("elements", LOGO), _ABSENT, self.tr("Remove the logo")))
        row = QHBoxLayout()
        row.addWidget(self.logo_path, 1)
        row.addWidget(self.logo_button)
        row.addWidget(self.logo_clear)
        self.logo_place: dict[str, QDoubleSpinBox] = {}
        self.logo_labels: dict[str, QLabel] = {}
        place = QHBoxLayout()
        for key in ("x", "y", "width", "height"):
            spin = QDoubleSpinBox(self)
            spin.setObjectName(f"templateLogo_{key}")
            spin.setDecimals(1)
            spin.setRange(0.0, 1000.0)
            spin.setSuffix(" mm")
            spin.valueChanged.connect(lambda value, key=key: self._change(
                ("elements", LOGO, key), value, self.tr("Move the logo")))
            label = QLabel(self)
            label.setBuddy(spin)
            self.logo_place[key] = spin
            self.logo_labels[key] = label
            place.addWidget(label)
            place.addWidget(spin)
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addLayout(place)
        return box

    def _load(self) -> None:
        """Read the template's file and lay out the form for what it holds."""
        try:
            self.data = template_data(self.path)
        except TemplateError as error:
            self.data = {}
            self._show_problem(str(error))
        self.undo_stack.clear()
        self._build_sizes()
        self._build_colours()
        self.logo_box.setVisible(not self._pages)
        # Lists and sheets print in black; of the page documents only charts shade by category.
        self.colours_box.setVisible(not self._pages or "category_colours" in self.data)
        self.show_data()
        self._show_mode()

    def _size_rows(self) -> list[tuple[tuple[str, ...], str, bool]]:
        """(path of the size, what it sizes, whether it shows a field or words) for each
        text of the template: the elements of a face, the sizes of a page's layout."""
        if self._pages:
            names = {"title_size": self.tr("Title"), "body_size": self.tr("Text"),
                     "name_size": self.tr("Names")}
            return [(("layout", key), names[key], False) for key in names
                    if key in self._layout_defaults]
        # The texts of the built-in templates that are not named after the field they show.
        texts = {"heading": self.tr("Heading"), "salutation": self.tr("Salutation"),
                 "body": self.tr("Body"), "qr_hint": self.tr("Line under the code")}
        elements = self.data.get("elements", {})
        rows = []
        for key, element in elements.items() if isinstance(elements, dict) else ():
            if isinstance(element, dict) and element.get("type") in ("text", "band"):
                shown = say(*FIELDS[key].title) if key in FIELDS else texts.get(key, key)
                rows.append((("elements", key), shown, True))
        return rows

    def _build_sizes(self) -> None:
        while self._sizes.count():
            item = self._sizes.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.size_spins: dict[tuple[str, ...], QDoubleSpinBox] = {}
        self.field_choosers: dict[tuple[str, ...], QComboBox] = {}
        self.pattern_edits: dict[tuple[str, ...], QLineEdit] = {}
        self.long_text_edits: dict[tuple[str, ...], QPlainTextEdit] = {}
        # The left and top (mm) of each text, by the path of the setting.
        self.place_spins: dict[tuple[str, ...], QDoubleSpinBox] = {}
        grid_row = -1
        for path, shown, has_text in self._size_rows():
            grid_row += 1
            size_path = path if self._pages else (*path, "size")
            label = QLabel(shown, self)
            spin = QDoubleSpinBox(self)
            spin.setObjectName(f"templateSize_{path[-1]}")
            spin.setRange(*SIZE_RANGE)
            spin.setDecimals(1)
            spin.setSuffix(" pt")
            spin.valueChanged.connect(lambda value, p=size_path: self._change(
                p, value, self.tr("Change a text size")))
            label.setBuddy(spin)
            self._sizes.addWidget(label, grid_row, 0)
            self._sizes.addWidget(spin, grid_row, 1)
            self.size_spins[path] = spin
            if not has_text:
                continue
            chooser = QComboBox(self)
            chooser.setObjectName(f"templateField_{path[-1]}")
            for key, field in FIELDS.items():
                chooser.addItem(say(*field.title), "{" + key + "}")
            chooser.addItem(self.tr("Words and fields"), None)
            chooser.activated.connect(lambda _index, p=path: self._field_chosen(p))
            edit = QLineEdit(self)
            edit.setObjectName(f"templateText_{path[-1]}")
            edit.setToolTip(self.tr("What this text prints: words, and fields in braces: "
                                    "{fields}").format(
                fields=" ".join("{" + key + "}" for key in FIELDS)))
            edit.editingFinished.connect(lambda p=path, e=edit: self.set_text(p[-1], e.text()))
            self._sizes.addWidget(chooser, grid_row, 2)
            self._sizes.addWidget(edit, grid_row, 3)
            self.field_choosers[path] = chooser
            self.pattern_edits[path] = edit
            for column, axis in enumerate(("x", "y"), start=4):
                place = QDoubleSpinBox(self)
                place.setObjectName(f"template{axis.upper()}_{path[-1]}")
                place.setDecimals(1)
                place.setRange(0.0, PLACE_MAX_MM)
                place.setSuffix(" mm")
                place.setPrefix(self.tr("left ") if axis == "x" else self.tr("top "))
                place.setToolTip(self.tr("Where the text's box begins, in mm from the face's "
                                         "left edge") if axis == "x" else
                                 self.tr("Where the text's box begins, in mm from the face's "
                                         "top edge"))
                place.valueChanged.connect(lambda value, p=(*path, axis): self._change(
                    p, value, self.tr("Move a text")))
                self._sizes.addWidget(place, grid_row, column)
                self.place_spins[(*path, axis)] = place
            if self._is_long(path):
                # Long words (an invitation's body) are edited on lines of their own.
                edit.hide()
                long_edit = QPlainTextEdit(self)
                long_edit.setObjectName(f"templateLongText_{path[-1]}")
                long_edit.setToolTip(edit.toolTip())
                long_edit.setTabChangesFocus(True)
                long_edit.setFixedHeight(LONG_TEXT_HEIGHT)
                # Taken as typed: the edits of one text in a row undo as one.
                long_edit.textChanged.connect(
                    lambda p=path, e=long_edit: self.set_text(p[-1], e.toPlainText()))
                grid_row += 1
                self._sizes.addWidget(long_edit, grid_row, 1, 1, 5)
                self.long_text_edits[path] = long_edit
        self._sizes.setColumnStretch(3, 1)

    def _is_long(self, path: tuple[str, ...]) -> bool:
        """Whether a text is words on several lines, better edited in a box of its own."""
        element = _get(self.data, path)
        if not isinstance(element, dict) or isinstance(element.get("field"), str):
            return False
        lines = element.get("lines", 1)
        return "\n" in str(element.get("text", "")) or (isinstance(lines, int) and lines > 1)

    def _build_colours(self) -> None:
        while self._colours.count():
            item = self._colours.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.colour_buttons: dict[str, QPushButton] = {}
        categories = [*CATEGORIES] + ([] if self._pages else [DEFAULT_CATEGORY])
        for row, category in enumerate(categories):
            label = QLabel(category_label(category) if category in CATEGORIES
                           else self.tr("Other categories"), self)
            button = QPushButton(self)
            button.setObjectName(f"templateColour_{category}")
            button.clicked.connect(lambda _checked=False, c=category: self._pick_colour(c))
            label.setBuddy(button)
            self._colours.addWidget(label, row // 2, 2 * (row % 2))
            self._colours.addWidget(button, row // 2, 2 * (row % 2) + 1)
            self.colour_buttons[category] = button

    def show_data(self) -> None:
        """Every widget as the template's data now says, without echoing edits back."""
        data = self.data
        widgets: list[QWidget] = [self.paper_size, self.landscape, *self.size_spins.values(),
                                  *self.field_choosers.values(), *self.logo_place.values(),
                                  *self.place_spins.values()]
        for widget in widgets:
            widget.blockSignals(True)
        sheet = data.get("sheet", {}) if isinstance(data.get("sheet"), dict) else {}
        self.paper_size.setCurrentIndex(max(self.paper_size.findData(sheet.get("size")), 0))
        self.landscape.setChecked(bool(sheet.get("landscape", False)))
        font = data.get("font")
        self.font_path.setText(str(font.get("file", "")) if isinstance(font, dict) else "")
        for path, spin in self.size_spins.items():
            value = _get(data, path) if self._pages else _get(data, (*path, "size"))
            if value is _ABSENT and self._pages:
                value = self._layout_defaults.get(path[-1])
            spin.setValue(float(value) if isinstance(value, int | float) else SIZE_RANGE[0])
        for path, chooser in self.field_choosers.items():
            pattern = self._pattern(path)
            row = chooser.findData(pattern)
            chooser.setCurrentIndex(row if row >= 0 else chooser.count() - 1)
            self.pattern_edits[path].setText(pattern)
            if path in self.long_text_edits and \
                    self.long_text_edits[path].toPlainText() != pattern:
                self.long_text_edits[path].setPlainText(pattern)
        for path, spin in self.place_spins.items():
            value = _get(data, path)
            spin.setValue(float(value) if isinstance(value, int | float) else 0.0)
        colours = data.get("category_colours", {})
        for category, button in self.colour_buttons.items():
            value = colours.get(category) if isinstance(colours, dict) else None
            button.setText(value or self.tr("None"))
            button.setStyleSheet(f"background-color: {value}; color: "
                                 f"{'white' if QColor(value).lightness() < 128 else 'black'}"
                                 if value else "")
        logo = _get(data, ("elements", LOGO))
        has_logo = isinstance(logo, dict)
        self.logo_path.setText(str(logo.get("file", "")) if has_logo else "")
        for key, spin in self.logo_place.items():
            spin.setValue(float(logo.get(key, 0)) if has_logo else 0.0)
            spin.setEnabled(has_logo and self.own)
        self.logo_clear.setEnabled(has_logo and self.own)
        for widget in widgets:
            widget.blockSignals(False)

    def _pattern(self, path: tuple[str, ...]) -> str:
        element = _get(self.data, path)
        if not isinstance(element, dict):
            return ""
        if isinstance(element.get("field"), str):
            return "{" + element["field"] + "}"
        return str(element.get("text", ""))

    def _show_mode(self) -> None:
        """Built-in templates are shown, the user's own changed."""
        title = self.data.get("title") if isinstance(self.data.get("title"), dict) else {}
        name = say(str(title.get("zh") or self.path.stem), str(title.get("en") or self.path.stem))
        document = DOCUMENTS[self._document].label
        if self.own:
            self.heading.setText(self.tr("Your template “{name}” for {document}. Changes are "
                                         "saved with OK.").format(name=name, document=document))
        else:
            self.heading.setText(self.tr("Built-in template “{name}” for {document}. Copy it as "
                                         "your own to change it.").format(name=name,
                                                                          document=document))
        readable = bool(self.data)
        self.form.setEnabled(self.own and readable)
        self.copy_button.setEnabled(readable)
        self.rename_button.setVisible(self.own)
        self.delete_button.setVisible(self.own)
        self.rename_button.setEnabled(readable)

    # Edits

    def _change(self, path: tuple[str, ...], value: Any, text: str) -> None:
        if not self.own or _get(self.data, path) == value:
            return
        self.undo_stack.push(TemplateChange(self, path, value, text))

    def set_size(self, key: str, size: float) -> None:
        """The size (pt) of the text `key` (an element, or a layout setting of a page)."""
        path = ("layout", key) if self._pages else ("elements", key, "size")
        self._change(path, size, self.tr("Change a text size"))

    def set_text(self, key: str, pattern: str) -> None:
        """What the text `key` prints: a field alone, "{name}", or words with {fields}."""
        element = _get(self.data, ("elements", key))
        if not isinstance(element, dict) or pattern == self._pattern(("elements", key)):
            return
        changed = {k: v for k, v in element.items() if k not in ("field", "text")}
        inner = pattern[1:-1] if pattern.startswith("{") and pattern.endswith("}") else ""
        if inner in FIELDS:
            changed["field"] = inner
        else:
            changed["text"] = pattern
        self._change(("elements", key), changed, self.tr("Change what a text shows"))

    def set_place(self, key: str, x: float, y: float) -> None:
        """Move the text or band `key`: its top left corner `x`, `y` mm from the face's."""
        element = _get(self.data, ("elements", key))
        if isinstance(element, dict) and (element.get("x"), element.get("y")) != (x, y):
            self._change(("elements", key), {**element, "x": x, "y": y},
                         self.tr("Move a text"))

    def _field_chosen(self, path: tuple[str, ...]) -> None:
        pattern = self.field_choosers[path].currentData()
        if pattern is None:
            self.long_text_edits.get(path, self.pattern_edits[path]).setFocus()
            return
        self.set_text(path[-1], pattern)

    def set_colour(self, category: str, colour: str) -> None:
        """The colour ("#RRGGBB") of a category's band or shading."""
        self._change(("category_colours", category), colour.upper(),
                     self.tr("Change a category's colour"))

    def _pick_colour(self, category: str) -> None:
        current = _get(self.data, ("category_colours", category))
        chosen = QColorDialog.getColor(QColor(current) if isinstance(current, str)
                                       else QColor("#808080"), self,
                                       self.tr("Colour of {category}").format(
                                           category=category_label(category)))
        if chosen.isValid():
            self.set_colour(category, chosen.name())

    def choose_font(self, path: str) -> bool:
        """Print this template with the font file `path`, if it embeds in a PDF; else say
        why and keep the font it had."""
        try:
            registered = cjk_font(path)
        except FontMissing as missing:
            self._show_problem(str(missing))
            return False
        self.problem.hide()
        self._change(("font",), {"file": str(Path(path).expanduser())},
                     self.tr("Change the font"))
        if not has_chinese(registered):
            # Kept, for an event whose names are all in Latin letters; but said plainly.
            self._show_problem(self.tr("This font has no Chinese characters: Chinese names and "
                                       "words will print as empty boxes."))
        return True

    def _browse_font(self) -> None:
        current = self.font_path.text()
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the template's font"),
            str(Path(current).parent) if current else "",
            self.tr("TrueType fonts (*.ttf *.ttc)"))
        if path:
            self.choose_font(path)

    def choose_logo(self, path: str) -> bool:
        """Show the picture in `path` (PNG or JPEG) on every face, where the logo was or in
        the face's top right corner; False, with the reason shown, for a file that is not a
        picture."""
        file = Path(path).expanduser()
        if file.suffix.lower() not in IMAGE_SUFFIXES or QImageReader(str(file)).size().isEmpty():
            self._show_problem(self.tr("{path} is not a PNG or JPEG picture.").format(path=file))
            return False
        self.problem.hide()
        logo = _get(self.data, ("elements", LOGO))
        if isinstance(logo, dict):
            changed = {**logo, "file": str(file)}
        else:
            face = self.data.get("face", {})
            width = float(face.get("width", 0)) if isinstance(face, dict) else 0.0
            height = float(face.get("height", 0)) if isinstance(face, dict) else 0.0
            size = min(LOGO_MM, width / 4, height / 4)
            changed = {"type": "image", "file": str(file),
                       "x": round(width - size - LOGO_MARGIN_MM, 1), "y": LOGO_MARGIN_MM,
                       "width": round(size, 1), "height": round(size, 1)}
        self._change(("elements", LOGO), changed, self.tr("Change the logo"))
        return True

    def set_logo_place(self, x: float, y: float, width: float, height: float) -> None:
        logo = _get(self.data, ("elements", LOGO))
        if isinstance(logo, dict):
            self._change(("elements", LOGO), {**logo, "x": x, "y": y, "width": width,
                                              "height": height}, self.tr("Move the logo"))

    def _browse_logo(self) -> None:
        current = self.logo_path.text()
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), str(Path(current).parent) if current else "",
            self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if path:
            self.choose_logo(path)

    # Files

    def copy_as_mine(self, name: str) -> bool:
        """Copy the template shown as the user's own, called `name`, and change that from now
        on; False, with the reason shown, when the name cannot be used."""
        try:
            path = copy_template(self.path, name, self._document, self._folder)
        except TemplateError as error:
            self._show_problem(str(error))
            return False
        self.problem.hide()
        self.path = path
        self.own = True
        self._load()
        self.templates_changed.emit(str(path))
        return True

    def _ask_copy(self) -> None:
        title = self.data.get("title") if isinstance(self.data.get("title"), dict) else {}
        name, ok = QInputDialog.getText(
            self, self.tr("Copy as my template"), self.tr("Name of your template:"),
            text=self.tr("{name} (mine)").format(name=say(str(title.get("zh") or ""),
                                                          str(title.get("en") or ""))
                                                  or self.path.stem))
        if ok:
            self.copy_as_mine(name)

    def rename_as(self, name: str) -> bool:
        try:
            path = rename_template(self.path, name)
        except TemplateError as error:
            self._show_problem(str(error))
            return False
        self.problem.hide()
        self.path = path
        self.data["title"] = {"zh": name.strip(), "en": name.strip()}
        self._show_mode()
        self.templates_changed.emit(str(path))
        return True

    def _ask_rename(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Rename the template"),
                                        self.tr("New name:"), text=self.path.stem)
        if ok:
            self.rename_as(name)

    def delete(self) -> bool:
        try:
            delete_template(self.path)
        except TemplateError as error:
            self._show_problem(str(error))
            return False
        self.templates_changed.emit("")
        self.undo_stack.clear()
        self.reject()
        return True

    def _ask_delete(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete the template"),
            self.tr("Delete your template “{name}”? This cannot be undone.").format(
                name=self.path.stem))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete()

    def accept(self) -> None:
        """Save the user's template, checked as the print tab will read it; on a fault the
        file stays as it was and the dialog stays open, saying what is wrong and where."""
        if self.own and self.data and not self.undo_stack.isClean():
            try:
                save_template(self.data, self.path, self._document)
            except TemplateError as error:
                self._show_problem(str(error))
                return
            self.undo_stack.setClean()
            self.templates_changed.emit(str(self.path))
        super().accept()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    # Language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Templates"))
        self.copy_button.setText(self.tr("Copy as my template…"))
        self.rename_button.setText(self.tr("Rename…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self.paper_box.setTitle(self.tr("Paper"))
        self.landscape.setText(self.tr("Landscape"))
        self.font_box.setTitle(self.tr("Font"))
        self.font_path.setPlaceholderText(self.tr("The font chosen in the preferences, else "
                                                  "the system's Chinese font"))
        self.font_button.setText(self.tr("Choose…"))
        self.font_clear.setText(self.tr("Usual font"))
        self.sizes_box.setTitle(self.tr("Texts: size, what they show and where (from the "
                                        "face's top left corner)"))
        self.colours_box.setTitle(self.tr("Colours by category"))
        self.logo_box.setTitle(self.tr("Logo"))
        self.logo_path.setPlaceholderText(self.tr("No logo"))
        self.logo_button.setText(self.tr("Choose…"))
        self.logo_clear.setText(self.tr("Remove"))
        for key, text in (("x", self.tr("Left")), ("y", self.tr("Top")),
                          ("width", self.tr("Width")), ("height", self.tr("Height"))):
            self.logo_labels[key].setText(text)
        self._show_mode()
