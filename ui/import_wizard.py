"""The import wizard: a guest list file, its sheet and header row, its columns, the import."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy import Engine

from models.events import EventNameRefused
from models.fields import GUEST_FIELDS
from models.importing import (
    CUSTOM,
    ColumnMapping,
    ImportMode,
    ImportRefused,
    ImportReport,
    Preview,
    import_file,
    plan_import,
    preview_file,
)
from models.importing.plan import event_name_of
from ui.import_command import ImportCommand

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# The largest header row the spin box offers: the last row of an Excel sheet.
LAST_ROW = 1_048_576


class ImportState:
    """What the pages have chosen so far, shared by all of them."""

    def __init__(self, engine: Engine, event_name: str) -> None:
        self.engine = engine
        self.event_name = event_name
        self.path = ""
        self.preview: Preview | None = None
        self.mapping: ColumnMapping = {}
        self.mode = ImportMode.ADD
        self.plan: ImportReport | None = None


@contextmanager
def _waiting() -> Iterator[None]:
    """A busy cursor while a file is read on the GUI thread (a few tenths of a second)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def _message_label() -> QLabel:
    """Where a page says why it cannot go on."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("color: #b00020")
    label.hide()
    return label


def _say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def _preview_table() -> QTableWidget:
    table = QTableWidget()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    return table


def show_preview(table: QTableWidget, preview: Preview | None, top_rows: int = 0) -> None:
    """The header row, highlighted, then the first rows, each numbered as the sheet numbers it;
    `top_rows` rows are left free above them."""
    table.clear()
    if preview is None:
        table.setRowCount(0)
        table.setColumnCount(0)
        return
    rows = [preview.headers, *preview.rows]
    numbers = [preview.header_row, *preview.row_numbers]
    table.setColumnCount(len(preview.headers))
    table.setRowCount(top_rows + len(rows))
    table.setHorizontalHeaderLabels(preview.letters)
    table.setVerticalHeaderLabels([""] * top_rows + [str(number) for number in numbers])
    bold = QFont(table.font())
    bold.setBold(True)
    highlight = QBrush(table.palette().color(QPalette.ColorRole.Highlight).lighter(170))
    for row, cells in enumerate(rows, start=top_rows):
        for column, text in enumerate(cells[:len(preview.headers)]):
            item = QTableWidgetItem(text)
            if row == top_rows:
                item.setFont(bold)
                item.setBackground(highlight)
            table.setItem(row, column, item)


class ImportFilePage(QWizardPage):
    """The file to import, and the event to import it into."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.setTitle(self.tr("Choose the guest list"))
        self.setSubTitle(self.tr("An Excel (.xlsx) or CSV file with one guest a row."))
        self.path_edit = QLineEdit()
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.event_edit = QLineEdit(state.event_name)
        self.message = _message_label()
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Event:"), self.event_edit)
        form.addRow(self.message)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the guest list"), str(Path(self.path_edit.text()).parent),
            self.tr("Guest lists (*.xlsx *.csv)"))
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        path = self.path_edit.text().strip()
        try:
            self._state.event_name = event_name_of(self.event_edit.text())
            with _waiting():
                self._state.preview = preview_file(path)
        except (ImportRefused, EventNameRefused) as refused:
            _say(self.message, str(refused))
            return False
        self._state.path = path
        _say(self.message, "")
        return True


class ImportSheetPage(QWizardPage):
    """The sheet and the header row, as found or as the user corrects them."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.setTitle(self.tr("Sheet and header row"))
        self.setSubTitle(self.tr("The highlighted row names the columns. If it is the wrong "
                                 "row, give the row number as Excel shows it."))
        self.sheet_combo = QComboBox()
        self.sheet_combo.currentTextChanged.connect(self._sheet_chosen)
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, LAST_ROW)
        self.header_spin.valueChanged.connect(self._header_chosen)
        self.table = _preview_table()
        self.message = _message_label()
        form = QFormLayout()
        self.sheet_label = QLabel(self.tr("Sheet:"))
        form.addRow(self.sheet_label, self.sheet_combo)
        form.addRow(self.tr("Header row:"), self.header_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:
        preview = self._state.preview
        assert preview is not None
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(preview.sheets)
        if preview.sheet is not None:
            self.sheet_combo.setCurrentText(preview.sheet)
        self.sheet_combo.blockSignals(False)
        # A CSV file has no sheets.
        self.sheet_combo.setVisible(bool(preview.sheets))
        self.sheet_label.setVisible(bool(preview.sheets))
        self._show(preview)

    def _sheet_chosen(self, sheet: str) -> None:
        self._read(sheet or None, None)

    def _header_chosen(self, row: int) -> None:
        self._read(self.sheet_combo.currentText() or None, row)

    def _read(self, sheet: str | None, header_row: int | None) -> None:
        try:
            with _waiting():
                preview = preview_file(self._state.path, sheet, header_row)
        except ImportRefused as refused:
            self._state.preview = None
            show_preview(self.table, None)
            _say(self.message, str(refused))
            self.completeChanged.emit()
            return
        self._show(preview)

    def _show(self, preview: Preview) -> None:
        self._state.preview = preview
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(preview.header_row)
        self.header_spin.blockSignals(False)
        _say(self.message, "")
        show_preview(self.table, preview)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._state.preview is not None


class ImportMappingPage(QWizardPage):
    """Which guest field each column holds, and whether matching guests are updated."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Choose what each column holds. A custom field keeps the "
                                 "column under its header."))
        self.table = _preview_table()
        self.combos: list[QComboBox] = []
        self.add_button = QRadioButton(self.tr("Add the guests to the event"))
        self.update_button = QRadioButton(self.tr(
            "Update the guests already in the event (same name and organisation, or same "
            "sign-in code) and add the others"))
        self.update_button.setObjectName("updateMode")
        self.add_button.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.add_button)
        modes.addButton(self.update_button)
        self.message = _message_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.add_button)
        layout.addWidget(self.update_button)
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        preview = self._state.preview
        assert preview is not None
        show_preview(self.table, preview, top_rows=1)
        self.combos = []
        for column in range(len(preview.headers)):
            combo = QComboBox()
            for field in GUEST_FIELDS:
                combo.addItem(field.header(), field.key)
            combo.addItem(self.tr("Custom field"), CUSTOM)
            combo.addItem(self.tr("Do not import"), None)
            combo.setCurrentIndex(combo.findData(preview.mapping.get(column)))
            self.table.setCellWidget(0, column, combo)
            self.combos.append(combo)
        self.table.resizeColumnsToContents()
        _say(self.message, "")

    def mapping(self) -> ColumnMapping:
        return {column: combo.currentData() for column, combo in enumerate(self.combos)}

    def validatePage(self) -> bool:
        mapping = self.mapping()
        chosen = [combo.currentText() for combo in self.combos
                  if combo.currentData() not in (None, CUSTOM)]
        twice = sorted({text for text in chosen if chosen.count(text) > 1})
        if twice:
            _say(self.message, self.tr("Two columns hold {field}: choose it for one only.")
                 .format(field=twice[0]))
            return False
        state = self._state
        preview = state.preview
        assert preview is not None
        state.mapping = mapping
        state.mode = ImportMode.UPDATE if self.update_button.isChecked() else ImportMode.ADD
        try:
            with _waiting():
                state.plan = plan_import(state.engine, state.path, state.event_name, state.mode,
                                         preview.sheet, preview.header_row, mapping)
        except ImportRefused as refused:
            _say(self.message, str(refused))
            return False
        _say(self.message, "")
        return True


class ImportReportPage(QWizardPage):
    """What the import would do, and the rows it would leave out or take with a doubt."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Nothing has been imported yet. Go back to change the columns "
                                 "or the header row."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.issues = _preview_table()
        self.issues.setColumnCount(4)
        self.issues.verticalHeader().hide()
        self.issues.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.issues, 1)

    def initializePage(self) -> None:
        plan = self._state.plan
        assert plan is not None
        texts = [self.tr("New guests: {count}").format(count=plan.imported),
                 self.tr("Guests updated: {count}").format(count=plan.updated),
                 self.tr("Rows left out: {count}").format(count=len(plan.rejected)),
                 self.tr("Rows taken with a doubt: {count}").format(count=len(plan.warnings))]
        if not self.isComplete():
            texts.append(self.tr("There is nothing to import."))
        self.summary.setText("\n".join(texts))
        self.issues.clear()
        self.issues.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Outcome"), self.tr("Reason")])
        issues = [(self.tr("Left out"), issue) for issue in plan.rejected]
        issues += [(self.tr("Doubtful"), issue) for issue in plan.warnings]
        issues.sort(key=lambda entry: entry[1].row)
        self.issues.setRowCount(len(issues))
        for row, (outcome, issue) in enumerate(issues):
            for column, text in enumerate((str(issue.row), issue.column or "", outcome,
                                           issue.reason)):
                self.issues.setItem(row, column, QTableWidgetItem(text))
        self.issues.resizeColumnsToContents()

    def isComplete(self) -> bool:
        plan = self._state.plan
        return plan is not None and plan.imported + plan.updated > 0


class ImportSignals(QObject):
    """The job's answers; they reach the GUI thread queued, where the page lives."""

    finished = Signal(object)
    failed = Signal(str)


class ImportJob(QRunnable):
    """Import the file in the worker thread; never touches a widget."""

    def __init__(self, state: ImportState) -> None:
        super().__init__()
        self.signals = ImportSignals()
        self._state = state

    def run(self) -> None:
        state = self._state
        preview = state.preview
        assert preview is not None
        try:
            report = import_file(state.engine, state.path, state.event_name, state.mode,
                                 preview.sheet, preview.header_row, state.mapping)
        # Lost with the pool thread, an exception would leave the page waiting for ever: the
        # file may have been changed or removed since it was checked, or the database gone.
        except Exception as error:
            self.signals.failed.emit(str(error))
            return
        self.signals.finished.emit(report)


class ImportRunPage(QWizardPage):
    """The import itself, off the GUI thread, and what it did."""

    imported = Signal(object)

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.running = False
        self._done = False
        self.setTitle(self.tr("Import"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.workers = QThreadPool(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.running, self._done = True, False
        self.status.setText(self.tr("Importing…"))
        self.progress.show()
        self.wizard().button(QWizard.WizardButton.CancelButton).setEnabled(False)
        job = ImportJob(self._state)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self.workers.start(job)

    def _finished(self, report: ImportReport) -> None:
        self.status.setText("\n".join([
            self.tr("Imported into “{event}”.").format(event=report.event),
            self.tr("New guests: {count}").format(count=report.imported),
            self.tr("Guests updated: {count}").format(count=report.updated),
            self.tr("Rows left out: {count}").format(count=len(report.rejected))]))
        self._end()
        self.imported.emit(report)

    def _failed(self, reason: str) -> None:
        self.status.setText(self.tr("Nothing was imported: {reason}").format(reason=reason))
        self._end()

    def _end(self) -> None:
        self.running, self._done = False, True
        self.progress.hide()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._done


class ImportWizard(QWizard):
    """Imports one guest list; `imported` carries the report of a written import."""

    imported = Signal(object)

    def __init__(self, engine: Engine, event_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import guests"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.state = ImportState(engine, event_name)
        self.file_page = ImportFilePage(self.state)
        self.sheet_page = ImportSheetPage(self.state)
        self.mapping_page = ImportMappingPage(self.state)
        self.report_page = ImportReportPage(self.state)
        self.run_page = ImportRunPage(self.state)
        for page in (self.file_page, self.sheet_page, self.mapping_page, self.report_page,
                     self.run_page):
            self.addPage(page)
        self.run_page.imported.connect(self.imported)
        self.resize(820, 600)

    def reject(self) -> None:
        # Closing while the import runs would lose its undo step: it finishes in a moment.
        if not self.run_page.running:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.run_page.running:
            event.ignore()
            return
        super().closeEvent(event)


def push_import(main_window: MainWindow, engine: Engine, report: ImportReport, file: str) -> None:
    """Put a written import on the window's undo stack and show its guests."""
    changes = report.changes
    if changes is None or changes.empty:
        return

    def changed(event_id: int | None) -> None:
        main_window.reload_events(choose=event_id)

    def failed(reason: str) -> None:
        QMessageBox.warning(main_window, QCoreApplication.translate("ImportWizard", "Undo"),
                            reason)

    main_window.undo_stack.push(ImportCommand(engine, changes, file, changed, failed))
    changed(changes.event_id)


def open_import_wizard(main_window: MainWindow) -> None:
    """Open the import wizard over the main window, importing into its chosen event."""
    event = main_window.current_event()
    # The window keeps its database to itself; the wizard needs it to read and write guests.
    engine: Engine = main_window.engine
    wizard = ImportWizard(engine, event.name if event is not None else "", main_window)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.imported.connect(lambda report: push_import(main_window, engine, report,
                                                       Path(wizard.state.path).name))
    wizard.open()
