"""The print tab: a document, its template and scope chosen, previewed, saved as PDF, printed;
the user's own templates offered beside the built-in ones and edited from here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QRectF,
    QSettings,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QPainter, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine
from sqlmodel import Session

from models.events import EventSummary
from models.scenes import event_scenes
from printing.documents import DOCUMENTS, TemplateChoice, template_choices
from printing.templates import user_template_folder
from ui import settings as keys
from ui.pdf_files import ask_pdf_path
from ui.print_worker import PrintJob, PrintOptions, record_printed
from ui.template_dialog import TemplateDialog

# Option changes within this many milliseconds make one preview, not one each.
SETTLE_MS = 150
# Rendering a page at a 1200 dpi printer's own resolution takes over half a gigabyte; above
# this the page is rendered at this resolution and the printer scales it.
MAX_RENDER_DPI = 600
POINTS_PER_INCH = 72
# Printing that takes longer than this (ms) shows its progress and a Cancel button.
PROGRESS_AFTER_MS = 1000


def print_pages(document: QPdfDocument, printer: QPrinter,
                progress: Callable[[int, int], bool] | None = None) -> bool:
    """Draw the document's pages (those chosen in the printer, else all) on the printer, each
    at its own size from the paper's corner; False when the printer cannot be painted on.
    `progress`, when given, is told (pages drawn, pages in all) before each page and after the
    last; answering False stops there and withdraws the job where the printer allows it."""
    first = max(printer.fromPage(), 1) - 1
    last = min((printer.toPage() or document.pageCount()) - 1, document.pageCount() - 1)
    total = max(last - first + 1, 0)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = min(printer.resolution(), MAX_RENDER_DPI)
        scale = printer.resolution() / POINTS_PER_INCH
        for page in range(first, last + 1):
            if progress is not None and not progress(page - first, total):
                printer.abort()
                return True
            if page > first:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(page, QSize(round(points.width() * dpi / POINTS_PER_INCH),
                                                round(points.height() * dpi / POINTS_PER_INCH)))
            painter.drawImage(QRectF(0, 0, points.width() * scale, points.height() * scale),
                              image)
        if progress is not None:
            progress(total, total)
    finally:
        if painter.isActive():
            painter.end()
    return True


class PrintArea(QWidget):
    """Previews the chosen document of the chosen event, built in the background; a newer choice
    supersedes a build still running. `page_printed` tells (pages drawn, pages in all) while
    the document goes to the printer."""

    page_printed = Signal(int, int)

    def __init__(self, engine: Engine, settings: QSettings, database_url: str,
                 parent: QWidget | None = None, *, template_folder: Path | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._settings = settings
        self._database_url = database_url
        # The user's own templates: their data folder unless given (tests give their own).
        self.template_folder = template_folder or user_template_folder()
        self._choices: list[TemplateChoice] = []
        # The build running, to cancel when the user asks or a newer choice supersedes it.
        self._job: PrintJob | None = None
        self._event: EventSummary | None = None
        self._pdf: bytes | None = None
        self._buffer: QBuffer | None = None
        # The number of the latest request: answers to any other are stale.
        self._request = 0
        self._options: PrintOptions | None = None
        # The options of the PDF shown, which a newer request may not have replaced yet.
        self._printed_options: PrintOptions | None = None
        # Options changed while the tab was hidden: the preview is built when it is shown.
        self._stale = True
        # The progress of the document going to the printer, while it does.
        self.printing_progress: QProgressDialog | None = None
        self.workers = QThreadPool(self)
        self.workers.setMaxThreadCount(1)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._build)

        self.document_label = QLabel(self)
        self.document_chooser = QComboBox(self)
        self.document_chooser.setObjectName("printDocuments")
        for key in DOCUMENTS:
            self.document_chooser.addItem("", key)
        self.document_chooser.currentIndexChanged.connect(self._document_chosen)
        self.template_label = QLabel(self)
        self.template_chooser = QComboBox(self)
        self.template_chooser.setObjectName("printTemplates")
        self.template_chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.template_chooser.currentIndexChanged.connect(self._template_chosen)
        self.template_button = QPushButton(self)
        self.template_button.setObjectName("printTemplateButton")
        self.template_button.clicked.connect(self.edit_templates)
        self.scope_label = QLabel(self)
        self.scope_chooser = QComboBox(self)
        self.scope_chooser.setObjectName("printScope")
        self.scope_chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope_chooser.currentIndexChanged.connect(lambda _index: self.refresh())
        self.progress = QProgressBar(self)
        self.progress.setObjectName("printProgress")
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("printCancel")
        self.cancel_button.clicked.connect(self.cancel_build)
        self.cancel_button.hide()

        # Shortcuts of this tab only: elsewhere there is no document to print or save.
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence.StandardKey.SaveAs)
        self.save_action.triggered.connect(self.save_pdf)
        self.print_action = QAction(self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_document)
        buttons = []
        for action in (self.save_action, self.print_action):
            action.setShortcutContext(context)
            action.setEnabled(False)
            self.addAction(action)
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.append(button)

        bar = QHBoxLayout()
        chosen: tuple[tuple[QLabel, QComboBox, QAbstractButton | None], ...] = (
            (self.document_label, self.document_chooser, None),
            (self.template_label, self.template_chooser, self.template_button),
            (self.scope_label, self.scope_chooser, None))
        for label, chooser, extra in chosen:
            bar.addWidget(label)
            bar.addWidget(chooser)
            if extra is not None:
                bar.addWidget(extra)
            bar.addSpacing(12)
        bar.addStretch(1)
        bar.addWidget(self.progress)
        bar.addWidget(self.cancel_button)
        for button in buttons:
            bar.addWidget(button)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("printPreview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setPageSpacing(12)
        self.message = QLabel(self)
        self.message.setObjectName("printMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setMargin(24)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.pages)
        self._retranslate()

    # What is chosen

    def set_event(self, event: EventSummary | None) -> None:
        """Offer the event's scenes and its last document and template; None: no event."""
        self._event = event
        scenes = []
        if event is not None:
            with Session(self._engine) as session:
                scenes = [(scene.name, scene.id) for scene in event_scenes(session, event.id)]
        self.scope_chooser.blockSignals(True)
        self.scope_chooser.clear()
        self.scope_chooser.addItem(self.tr("Whole event"), None)
        for name, scene_id in scenes:
            self.scope_chooser.addItem(name, scene_id)
        self.scope_chooser.blockSignals(False)
        document = self._settings.value(keys.print_document_key(self._database_url, event.id)) \
            if event is not None else None
        row = self.document_chooser.findData(document) if document in DOCUMENTS else 0
        self.document_chooser.blockSignals(True)
        self.document_chooser.setCurrentIndex(max(row, 0))
        self.document_chooser.blockSignals(False)
        self._fill_templates()
        self.refresh()

    def current_document(self) -> str:
        return str(self.document_chooser.currentData())

    def options(self) -> PrintOptions | None:
        if self._event is None:
            return None
        document = self.current_document()
        scene = self.scope_chooser.currentData() if DOCUMENTS[document].by_scene else None
        template = self.template_chooser.currentData()
        return PrintOptions(self._event.id, document, int(scene) if scene else None,
                            str(template) if template else None,
                            keys.print_font_setting(self._settings) or None)

    def current_choice(self) -> TemplateChoice | None:
        """The template chosen; None for the document's default."""
        row = self.template_chooser.currentIndex() - 1
        return self._choices[row] if 0 <= row < len(self._choices) else None

    def _fill_templates(self, chosen: str | None = None) -> None:
        """The chosen document's templates, built in then the user's own (by file), `chosen`
        or else the event's last choice for it chosen again."""
        document = self.current_document()
        if chosen is None:
            chosen = ""
            if self._event is not None:
                chosen = str(self._settings.value(
                    keys.print_template_key(self._database_url, self._event.id, document), ""))
        self._choices = template_choices(document, self.template_folder)
        self.template_chooser.blockSignals(True)
        self.template_chooser.clear()
        self.template_chooser.addItem("", "")
        for choice in self._choices:
            self.template_chooser.addItem("", str(choice.path) if choice.user else choice.name)
            if choice.error:
                self.template_chooser.setItemData(self.template_chooser.count() - 1,
                                                  choice.error, Qt.ItemDataRole.ToolTipRole)
        self._label_templates()
        self.template_chooser.setCurrentIndex(max(self.template_chooser.findData(chosen), 0))
        self.template_chooser.blockSignals(False)
        self.scope_chooser.setEnabled(DOCUMENTS[document].by_scene)

    def _label_templates(self) -> None:
        if not self.template_chooser.count():
            return
        self.template_chooser.setItemText(0, self.tr("Default"))
        # The templates' titles are the domain's, in the language it speaks.
        for row, choice in enumerate(self._choices, start=1):
            if choice.error:
                text = self.tr("{template} (mine, cannot be used)")
            elif choice.user:
                text = self.tr("{template} (mine)")
            else:
                text = "{template}"
            self.template_chooser.setItemText(row, text.format(template=choice.label))

    def edit_templates(self) -> None:
        """Open the templates dialog on the chosen template; when it has saved, copied,
        renamed or deleted one, offer the templates again and preview what it chose."""
        choice = self.current_choice()
        dialog = TemplateDialog(self.current_document(), choice, self.template_folder, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.templates_changed.connect(self._templates_changed)
        dialog.open()

    def _templates_changed(self, chosen: str) -> None:
        self._fill_templates(chosen)
        self._template_chosen(self.template_chooser.currentIndex())

    def _document_chosen(self, _index: int) -> None:
        if self._event is not None:
            self._settings.setValue(keys.print_document_key(self._database_url, self._event.id),
                                    self.current_document())
        self._fill_templates()
        self.refresh()

    def _template_chosen(self, _index: int) -> None:
        if self._event is not None:
            self._settings.setValue(
                keys.print_template_key(self._database_url, self._event.id,
                                        self.current_document()),
                self.template_chooser.currentData() or "")
        self.refresh()

    # Building the preview

    def refresh(self) -> None:
        """Build the preview again, soon when the tab is shown, else when it next is."""
        if self.isVisible():
            self._settle.start()
        else:
            self._stale = True

    def building(self) -> bool:
        return not self.progress.isHidden() or self._settle.isActive()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._settle.start()

    def _build(self) -> None:
        self._stale = False
        self._request += 1
        # Builds not yet started are superseded; the one running stops at its next page.
        self.workers.clear()
        if self._job is not None:
            self._job.cancel()
        options = self.options()
        if options is None:
            self._show_message(self.tr("Choose an event to print its documents."))
            return
        choice = self.current_choice()
        if choice is not None and choice.error:
            self._show_message(self.tr("This template cannot be used: {reason}").format(
                reason=choice.error))
            return
        self._options = options
        job = PrintJob(self._engine, options, self._request)
        job.signals.built.connect(self._built)
        job.signals.refused.connect(self._refused)
        job.signals.failed.connect(self._failed)
        job.signals.progressed.connect(self._progressed)
        job.signals.cancelled.connect(self._cancelled)
        self._job = job
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.workers.start(job)

    def cancel_build(self) -> None:
        """Stop the build running; the preview shown before stays."""
        if self._job is not None:
            self._job.cancel()
        self._settle.stop()

    def _progressed(self, request: int, done: int, total: int) -> None:
        if request == self._request:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _cancelled(self, request: int) -> None:
        if request == self._request:
            self._end_build()

    def _end_build(self) -> None:
        self._job = None
        self.progress.hide()
        self.cancel_button.hide()

    def _built(self, request: int, pdf: bytes) -> None:
        if request != self._request:
            return
        self._end_build()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        # Loading closes the previous document, which reads its buffer until then.
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        if self.document.status() != QPdfDocument.Status.Ready:
            self._show_message(self.tr("The document was built but cannot be shown ({error})."
                                       ).format(error=self.document.error().name))
            return
        self._pdf = pdf
        self._printed_options = self._options
        self.pages.setCurrentWidget(self.view)
        self._enable_output(True)

    def _refused(self, request: int, reason: str) -> None:
        if request == self._request:
            self._show_message(reason)

    def _failed(self, request: int, reason: str) -> None:
        if request == self._request:
            self._show_message(self.tr("The document could not be built: {reason}").format(
                reason=reason))

    def _show_message(self, text: str) -> None:
        self._end_build()
        self._pdf = None
        self.document.close()
        self.message.setText(text)
        self.pages.setCurrentWidget(self.message)
        self._enable_output(False)

    def _enable_output(self, enabled: bool) -> None:
        self.save_action.setEnabled(enabled)
        self.print_action.setEnabled(enabled)

    def pdf(self) -> bytes | None:
        """The document previewed, as built; None while there is none."""
        return self._pdf

    # Saving and printing

    def _document_name(self) -> str:
        event = self._event.name if self._event else ""
        name = f"{event} {self.document_chooser.currentText()}".strip()
        # An event's name may hold characters a file name cannot.
        return "".join("-" if char in '/\\:*?"<>|' else char for char in name)

    def save_pdf(self) -> None:
        if self._pdf is None:
            return
        path = ask_pdf_path(self, self.tr("Save PDF"), self._document_name())
        if path is None:
            return
        try:
            path.write_bytes(self._pdf)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Save PDF"), self.tr(
                "Cannot write {path}: {reason}").format(path=path, reason=error.strerror))
            return
        self._record()

    def print_document(self) -> None:
        if self._pdf is None or self.document.pageCount() == 0:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._document_name())
        # Templates place cells and cut marks in millimetres from the sheet's edge: the sheet is
        # printed at its size, not shrunk into the printer's margins.
        printer.setFullPage(True)
        points = self.document.pagePointSize(0)
        landscape = points.width() > points.height()
        printer.setPageSize(QPageSize(QSize(round(min(points.width(), points.height())),
                                            round(max(points.width(), points.height()))),
                                      "", QPageSize.SizeMatchPolicy.FuzzyMatch))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                   else QPageLayout.Orientation.Portrait)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print the previewed document on `printer` (set up by the print dialog), page by
        page with a progress dialog whose Cancel stops before the next page; True when every
        page was printed, which is then recorded as printed."""
        progress = QProgressDialog(self)
        progress.setObjectName("printingProgress")
        progress.setWindowTitle(self.tr("Print"))
        progress.setCancelButtonText(self.tr("Cancel"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(PROGRESS_AFTER_MS)
        progress.setAutoReset(False)
        self.printing_progress = progress
        stopped_at: list[tuple[int, int]] = []

        def step(done: int, total: int) -> bool:
            # A modal progress dialog handles the events itself as its value changes: the
            # window repaints and the Cancel button answers between pages.
            progress.setMaximum(max(total, 1))
            progress.setLabelText(self.tr("Sending page {page} of {pages} to the printer…")
                                  .format(page=min(done + 1, total), pages=total))
            progress.setValue(done)
            self.page_printed.emit(done, total)
            if progress.wasCanceled() and done < total:
                stopped_at.append((done, total))
                return False
            return True

        try:
            started = print_pages(self.document, printer, step)
        finally:
            progress.close()
            progress.deleteLater()
            self.printing_progress = None
        if not started:
            QMessageBox.warning(self, self.tr("Print"),
                                self.tr("The printer could not be started."))
            return False
        if stopped_at:
            done, total = stopped_at[0]
            if printer.printerState() != QPrinter.PrinterState.Aborted and done:
                # Printers that take the job only as a whole (CUPS, PDF) keep what was drawn.
                QMessageBox.information(self, self.tr("Print"), self.tr(
                    "Printing was stopped after {done} of {pages} pages. The pages already "
                    "sent may still come out: remove the job from the printer's queue if they "
                    "are not wanted.").format(done=done, pages=total))
            return False
        self._record()
        return True

    def _record(self) -> None:
        """Remember what was printed or saved, so that a later reprint of what changed
        compares with it (as the print command does)."""
        options = self._printed_options
        if options is not None:
            record_printed(self._engine, options)

    def shut_down(self) -> None:
        """Drop the builds not started and wait for the one running, before the window goes."""
        self._settle.stop()
        self.workers.clear()
        self.cancel_build()
        self.workers.waitForDone()

    # Language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() \
                and self._options is not None \
                and self._options.font != (keys.print_font_setting(self._settings) or None):
            # Back from the preferences with another printing font: the preview shows it.
            self.refresh()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.document_label.setText(self.tr("Document:"))
        self.template_label.setText(self.tr("Template:"))
        self.template_button.setText(self.tr("Templates…"))
        self.template_button.setToolTip(self.tr(
            "Copy the chosen template as your own and change its fonts, sizes, fields, colours "
            "and logo"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop building the document; the preview shown "
                                              "before stays"))
        self.scope_label.setText(self.tr("For:"))
        self.save_action.setText(self.tr("Save PDF…"))
        self.save_action.setToolTip(self.tr("Save the document as a PDF file ({keys})").format(
            keys=self.save_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.print_action.setText(self.tr("Print…"))
        self.print_action.setToolTip(self.tr("Print the document ({keys})").format(
            keys=self.print_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        # The documents' names are the domain's, in the language it speaks.
        for row, key in enumerate(DOCUMENTS):
            self.document_chooser.setItemText(row, DOCUMENTS[key].label)
        self._label_templates()
        if self.scope_chooser.count():
            self.scope_chooser.setItemText(0, self.tr("Whole event"))
