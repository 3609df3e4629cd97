"""Reissuing a lost sign-in code: confirm, store the new code, show it large, print or save the
guest's badge."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine
from sqlmodel import Session, select

from models.db import transaction
from models.guests import regenerate_token
from models.print_records import record_print
from models.signin_code import signin_payload
from models.tables import Event, Guest
from printing.badges import build_badges
from printing.base import NothingToPrint, PrintRequest
from printing.fonts import FontMissing
from printing.qr import QUIET_ZONE, qr_matrix
from ui.pdf_files import ask_pdf_path
from ui.print_area import print_pages

# The code on screen: large enough for a phone or the desk's own camera to read it off the
# monitor, which is how a guest without a badge gets in while theirs prints.
QR_SIDE = 360


def qr_image(payload: str, side: int = QR_SIDE) -> QImage:
    """The QR code of `payload`, quiet zone included, as a black-on-white picture about `side`
    pixels square (whole pixels per module, so that no module blurs)."""
    matrix = qr_matrix(payload)
    count = len(matrix) + 2 * QUIET_ZONE
    module = max(side // count, 1)
    image = QImage(count * module, count * module, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for row, cells in enumerate(matrix):
        for column, dark in enumerate(cells):
            if dark:
                painter.fillRect((column + QUIET_ZONE) * module, (row + QUIET_ZONE) * module,
                                 module, module, QColor("black"))
    painter.end()
    return image


def reissue_code(engine: Engine, event_id: int, guest_id: int) -> str:
    """Give the guest a new code in a transaction of its own; the full payload of the new code.
    The old one answers unknown_code from now on, at every station."""
    with transaction(engine) as session:
        guest = session.exec(select(Guest).where(Guest.event_id == event_id,
                                                 Guest.id == guest_id)).one()
        event = session.get_one(Event, event_id)
        return signin_payload(event.uid, regenerate_token(session, guest))


def guest_badge(engine: Engine, event_id: int, guest_id: int) -> bytes:
    """The one guest's badge as PDF, as the print tab would print it."""
    with Session(engine) as session:
        event = session.get_one(Event, event_id)
        return build_badges(PrintRequest(session=session, event=event,
                                         guest_ids=frozenset({guest_id})))


class NewCodeDialog(QDialog):
    """The new code on screen, with the guest's badge to print or save."""

    def __init__(self, engine: Engine, event_id: int, guest_id: int, guest_name: str,
                 payload: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._event_id = event_id
        self._guest_id = guest_id
        self._guest_name = guest_name
        self.payload = payload
        self._pdf: bytes | None = None

        self.setWindowTitle(self.tr("New sign-in code"))
        self.heading = QLabel(self.tr("New sign-in code for {name}").format(name=guest_name))
        font = self.heading.font()
        font.setPointSize(20)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code = QLabel()
        self.code.setPixmap(QPixmap.fromImage(qr_image(payload)))
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = QLabel(self.tr("The old code no longer works. The guest can scan this code "
                                   "at the desk, or take the badge printed now."))
        self.note.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("Print badge…"))
        self.save_button = QPushButton(self.tr("Save badge as PDF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_badge)
        self.save_button.clicked.connect(self.save_badge)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.code)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def badge(self) -> bytes | None:
        """The guest's badge PDF, built once; None (and the reason shown) when it cannot be."""
        if self._pdf is None:
            try:
                self._pdf = guest_badge(self._engine, self._event_id, self._guest_id)
            except (FontMissing, NothingToPrint) as refused:
                self._say(str(refused))
                return None
        return self._pdf

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _file_name(self) -> str:
        name = self.tr("{name} badge").format(name=self._guest_name)
        return "".join("-" if char in '/\\:*?"<>|' else char for char in name)

    def save_badge(self) -> None:
        pdf = self.badge()
        if pdf is None:
            return
        path = ask_pdf_path(self, self.tr("Save badge"), self._file_name())
        if path is None:
            return
        try:
            path.write_bytes(pdf)
        except OSError as error:
            self._say(self.tr("Cannot write {path}: {reason}").format(path=path,
                                                                     reason=error.strerror))
            return
        self._record()
        self._say(self.tr("Saved to {path}").format(path=path))

    def print_badge(self) -> None:
        pdf = self.badge()
        if pdf is None:
            return
        document = QPdfDocument(self)
        buffer = QBuffer(document)
        buffer.setData(QByteArray(pdf))
        buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        document.load(buffer)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._file_name())
        # The badge template places the badge and its cut marks from the sheet's edge.
        printer.setFullPage(True)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if not print_pages(document, printer):
            self._say(self.tr("The printer could not be started."))
            return
        self._record()

    def _record(self) -> None:
        """The reprinted badge counts as printed, so that "print only what changed" leaves it
        out next time."""
        with transaction(self._engine) as session:
            event = session.get_one(Event, self._event_id)
            record_print(session, event, "badges", None, None, {self._guest_id})


def ask_and_reissue(parent: QWidget, engine: Engine, event_id: int, guest_id: int,
                    guest_name: str) -> NewCodeDialog | None:
    """Confirm, reissue the guest's code and show the new one; None when the user declines."""
    title = QCoreApplication.translate("NewCodeDialog", "Reissue sign-in code")
    question = QCoreApplication.translate(
        "NewCodeDialog", "Give {name} a new sign-in code? The old code, on the printed badge or "
        "invitation, stops working at once.").format(name=guest_name)
    answer = QMessageBox.question(parent, title, question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    payload = reissue_code(engine, event_id, guest_id)
    dialog = NewCodeDialog(engine, event_id, guest_id, guest_name, payload, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog

