"""The preferences (language, printing font, protocol for new events, database in use) and an
event's protocol settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine
from sqlmodel import Session

from models.db import transaction
from models.event_settings import (
    ProtocolSettings,
    ProtocolSettingsRefused,
    change_protocol_settings,
    protocol_settings,
)
from models.tables import Convention, TieBreak
from printing.fonts import FontMissing, cjk_font, find_cjk_font, has_chinese
from ui import settings as keys
from ui.stored_change import Failed, StoredChange
from ui.translations import SYSTEM, Translators, chosen_language

# Called after every change, undo and redo: the seating and the documents rank anew.
Changed = Callable[[], None]
PROBLEM_STYLE = "color: #c0392b;"


class SettingsDialog(QDialog):
    """The preferences, each applied and remembered as soon as it is changed.
    `font_changed` tells the print tab to preview in the printing font now chosen."""

    font_changed = Signal()
    # The user asked to work in another database: the main window asks which, and opens it.
    other_database = Signal()

    def __init__(self, settings: QSettings, translators: Translators, database: str,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._translators = translators
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        # The languages are named in themselves, so that each reader finds their own.
        self.language.addItem("", SYSTEM)
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(
            keys.language_setting(settings))))
        self.language.activated.connect(self._language_chosen)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)

        self.font_path = QLineEdit(self)
        self.font_path.setObjectName("fontPath")
        self.font_path.setReadOnly(True)
        self.font_label = QLabel(self)
        self.font_label.setBuddy(self.font_path)
        self.choose_font_button = QPushButton(self)
        self.choose_font_button.clicked.connect(self._browse_font)
        self.system_font_button = QPushButton(self)
        self.system_font_button.clicked.connect(self.use_system_font)
        self.font_status = QLabel(self)
        self.font_status.setObjectName("fontStatus")
        self.font_status.setWordWrap(True)
        self.font_problem = QLabel(self)
        self.font_problem.setObjectName("fontProblem")
        self.font_problem.setWordWrap(True)
        self.font_problem.setStyleSheet(PROBLEM_STYLE)
        self.font_problem.hide()

        self.protocol_box = QGroupBox(self)
        self.protocol = ProtocolForm(self.protocol_box)
        self.protocol.setObjectName("protocolDefaults")
        self.protocol.show_settings(keys.protocol_defaults(settings))
        self.protocol.changed.connect(self._protocol_chosen)
        QVBoxLayout(self.protocol_box).addWidget(self.protocol)

        self.database = QLineEdit(database, self)
        self.database.setObjectName("database")
        self.database.setReadOnly(True)
        self.database_label = QLabel(self)
        self.database_label.setBuddy(self.database)
        self.other_database_button = QPushButton(self)
        self.other_database_button.setObjectName("otherDatabase")
        self.other_database_button.clicked.connect(self._other_database)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        font_row = QHBoxLayout()
        font_row.addWidget(self.font_path, 1)
        font_row.addWidget(self.choose_font_button)
        font_row.addWidget(self.system_font_button)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.font_label, font_row)
        form.addRow("", self.font_status)
        form.addRow("", self.font_problem)
        database_row = QHBoxLayout()
        database_row.addWidget(self.database, 1)
        database_row.addWidget(self.other_database_button)
        form.addRow(self.database_label, database_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.protocol_box)
        layout.addWidget(self.buttons)
        self._retranslate()
        self.setMinimumWidth(560)

    def choose_font(self, path: str) -> bool:
        """Print with this font file from now on, if it embeds in a PDF; else say why and keep
        the font in use."""
        try:
            cjk_font(path)
        except FontMissing as missing:
            self.font_problem.setText(str(missing))
            self.font_problem.show()
            return False
        self._settings.setValue(keys.PRINT_FONT, str(Path(path).expanduser().resolve()))
        self.font_problem.hide()
        self._show_font()
        self.font_changed.emit()
        return True

    def use_system_font(self) -> None:
        self._settings.remove(keys.PRINT_FONT)
        self.font_problem.hide()
        self._show_font()
        self.font_changed.emit()

    def _browse_font(self) -> None:
        chosen = keys.print_font_setting(self._settings)
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the printing font"), str(Path(chosen).parent) if chosen else "",
            self.tr("TrueType fonts (*.ttf *.ttc)"))
        if path:
            self.choose_font(path)

    def _other_database(self) -> None:
        self.accept()
        self.other_database.emit()

    def _protocol_chosen(self) -> None:
        keys.set_protocol_defaults(self._settings, self.protocol.chosen())

    def _language_chosen(self, index: int) -> None:
        setting = self.language.itemData(index)
        self._settings.setValue(keys.LANGUAGE, setting)
        self._translators.use(chosen_language(setting, QLocale.system()))

    def _show_font(self) -> None:
        chosen = keys.print_font_setting(self._settings)
        self.font_path.setText(chosen)
        self.system_font_button.setEnabled(bool(chosen))
        if chosen:
            status = self.tr("Documents print with this font, except those whose template "
                             "names a font of its own.")
            try:
                if not has_chinese(cjk_font(chosen)):
                    # Kept, for an event whose names are all in Latin letters; but said plainly.
                    status += " " + self.tr("This font has no Chinese characters: Chinese "
                                            "names and words will print as empty boxes.")
            except FontMissing as missing:
                status = str(missing)
            self.font_status.setText(status)
            return
        found = find_cjk_font()
        if found is None:
            self.font_status.setText(self.tr(
                "No Chinese font that embeds in a PDF was found on this computer: choose a "
                "TrueType font file (.ttf or .ttc)."))
        else:
            self.font_status.setText(self.tr("No font chosen: documents print with the "
                                             "system's {font}.").format(font=found.path))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setItemText(0, self.tr("Follow the system"))
        self.font_label.setText(self.tr("Printing &font:"))
        self.font_path.setPlaceholderText(self.tr("The system's Chinese font"))
        self.choose_font_button.setText(self.tr("Choose…"))
        self.system_font_button.setText(self.tr("Use the system font"))
        self.database_label.setText(self.tr("Database in use:"))
        self.other_database_button.setText(self.tr("Open another…"))
        self.protocol_box.setTitle(self.tr("Protocol for new events"))
        self._show_font()


class ProtocolSettingsCommand(StoredChange):
    """A change of an event's protocol settings, already made when pushed."""

    refusals = (ProtocolSettingsRefused,)

    def __init__(self, engine: Engine, event_id: int, previous: ProtocolSettings,
                 chosen: ProtocolSettings, failed: Failed, changed: Changed) -> None:
        super().__init__(engine, failed, QCoreApplication.translate(
            "ProtocolSettingsCommand", "Change the protocol settings"))
        self._event_id = event_id
        self._previous = previous
        self._chosen = chosen
        self._changed = changed

    def _redo(self, session: Session) -> None:
        change_protocol_settings(session, self._event_id, self._chosen)

    def _undo(self, session: Session) -> None:
        change_protocol_settings(session, self._event_id, self._previous)

    def _applied(self) -> None:
        self._changed()


class ProtocolForm(QWidget):
    """The fields of the protocol settings (PROTOCOL.md): for one event, or for new events.
    `changed` tells of every field the user changes."""

    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.convention = QComboBox(self)
        self.convention.setObjectName("convention")
        for convention in Convention:
            self.convention.addItem("", convention)
        self.tie_break = QComboBox(self)
        self.tie_break.setObjectName("tieBreak")
        for tie_break in (TieBreak.STROKES, TieBreak.PINYIN, TieBreak.LIST_ORDER):
            self.tie_break.addItem("", tie_break)
        self.tie_break.currentIndexChanged.connect(self._tie_break_changed)
        self.even_row = QComboBox(self)
        self.even_row.setObjectName("evenRow")
        self.even_row.addItem("", True)
        self.even_row.addItem("", False)
        self.main_table = QComboBox(self)
        self.main_table.setObjectName("mainTable")
        self.main_table.addItem("", True)
        self.main_table.addItem("", False)
        self.whole_name = QCheckBox(self)
        self.whole_name.setObjectName("wholeName")
        self.labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(self.labels, (self.convention, self.tie_break, self.even_row,
                                              self.main_table), strict=True):
            label.setBuddy(field)
            field.activated.connect(self.changed)
        self.whole_name.clicked.connect(self.changed)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.labels[0], self.convention)
        form.addRow(self.labels[1], self.tie_break)
        form.addRow("", self.whole_name)
        form.addRow(self.labels[2], self.even_row)
        form.addRow(self.labels[3], self.main_table)
        self._retranslate()

    def chosen(self) -> ProtocolSettings:
        return ProtocolSettings(self.convention.currentData(), self.tie_break.currentData(),
                                self.even_row.currentData(), self.main_table.currentData(),
                                self.whole_name.isChecked())

    def show_settings(self, current: ProtocolSettings) -> None:
        self.convention.setCurrentIndex(self.convention.findData(current.convention))
        self.tie_break.setCurrentIndex(self.tie_break.findData(current.tie_break))
        self.even_row.setCurrentIndex(self.even_row.findData(current.even_centre_left))
        self.main_table.setCurrentIndex(self.main_table.findData(current.tables_right_first))
        self.whole_name.setChecked(current.stroke_whole_name)

    def _tie_break_changed(self) -> None:
        # Whole names only change how strokes are counted.
        self.whole_name.setEnabled(self.tie_break.currentData() == TieBreak.STROKES)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        # The texts keep the context of the dialog they were first written for.
        self.labels[0].setText(QCoreApplication.translate("ProtocolDialog", "&Convention:"))
        self.convention.setItemText(0, QCoreApplication.translate(
            "ProtocolDialog", "Left ranks higher (以左为上, domestic)"))
        self.convention.setItemText(1, QCoreApplication.translate(
            "ProtocolDialog", "Right ranks higher (以右为上, international)"))
        self.labels[1].setText(QCoreApplication.translate(
            "ProtocolDialog", "&Same rank in order of:"))
        self.tie_break.setItemText(0, QCoreApplication.translate(
            "ProtocolDialog", "Surname strokes (姓氏笔画)"))
        self.tie_break.setItemText(1, QCoreApplication.translate("ProtocolDialog", "Pinyin"))
        self.tie_break.setItemText(2, QCoreApplication.translate(
            "ProtocolDialog", "Order of the guest list"))
        self.whole_name.setText(QCoreApplication.translate(
            "ProtocolDialog", "Count the strokes of the &whole name"))
        self.labels[2].setText(QCoreApplication.translate("ProtocolDialog",
                                                          "&Even rostrum rows:"))
        self.even_row.setItemText(0, QCoreApplication.translate(
            "ProtocolDialog", "Rank 1 left of centre, as the audience sees it"))
        self.even_row.setItemText(1, QCoreApplication.translate(
            "ProtocolDialog", "Rank 1 right of centre, as the audience sees it"))
        self.labels[3].setText(QCoreApplication.translate("ProtocolDialog", "&Main table:"))
        self.main_table.setItemText(0, QCoreApplication.translate(
            "ProtocolDialog", "The host's right side ranks first"))
        self.main_table.setItemText(1, QCoreApplication.translate(
            "ProtocolDialog", "The host's left side ranks first"))


class ProtocolDialog(QDialog):
    """The protocol settings of one event; OK saves them as one undoable step."""

    def __init__(self, engine: Engine, event_id: int, undo_stack: QUndoStack, failed: Failed,
                 changed: Changed, parent: Any = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._event_id = event_id
        self._undo_stack = undo_stack
        self._failed = failed
        self._changed = changed
        self.form = ProtocolForm(self)
        self.convention = self.form.convention
        self.tie_break = self.form.tie_break
        self.even_row = self.form.even_row
        self.main_table = self.form.main_table
        self.whole_name = self.form.whole_name
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._retranslate()
        self._current = self._load()

    def chosen(self) -> ProtocolSettings:
        return self.form.chosen()

    def accept(self) -> None:
        chosen = self.chosen()
        if chosen == self._current:
            super().accept()
            return
        try:
            with transaction(self._engine) as session:
                previous = change_protocol_settings(session, self._event_id, chosen)
        except ProtocolSettingsRefused as refused:
            self._refuse(str(refused))
            return
        self._undo_stack.push(ProtocolSettingsCommand(self._engine, self._event_id, previous,
                                                      chosen, self._failed, self._changed))
        self._changed()
        super().accept()

    def _load(self) -> ProtocolSettings | None:
        try:
            with transaction(self._engine) as session:
                current = protocol_settings(session, self._event_id)
        except ProtocolSettingsRefused as refused:
            self._refuse(str(refused))
            return None
        self.form.show_settings(current)
        return current

    def _refuse(self, reason: str) -> None:
        self.problem.setText(reason)
        self.problem.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Protocol settings"))
