"""Where to save a PDF: the save dialog, opened in the user's documents folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def ask_pdf_path(parent: QWidget, caption: str, file_name: str) -> Path | None:
    """The file the user chose for a PDF (".pdf" added when left out), or None if cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _filter = QFileDialog.getSaveFileName(
        parent, caption, str(Path(folder) / f"{file_name}.pdf"),
        QCoreApplication.translate("PdfFiles", "PDF files (*.pdf)"))
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    return Path(path)
