"""Choosing the database to work in: a SQLite file, or a PostgreSQL server, tested before use."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url

from models.db import DatabaseRefused, open_database
from ui import settings as keys

DRIVER = "postgresql+psycopg"
PG_PORT = 5432


def server_url(host: str, port: int, database: str, user: str, password: str) -> str:
    """The SQLAlchemy URL of a PostgreSQL database, with the password when one is given."""
    return URL.create(DRIVER, username=user or None, password=password or None, host=host,
                      port=port, database=database).render_as_string(hide_password=False)


def without_password(target: str) -> str:
    """What may be written to the settings file: a path as it is, a URL with no password."""
    if "://" not in target:
        return target
    url = make_url(target)
    # URL.set(password=None) would keep the password: None there means "unchanged".
    return URL.create(url.drivername, username=url.username, host=url.host, port=url.port,
                      database=url.database, query=url.query
                      ).render_as_string(hide_password=False)


class DatabaseDialog(QDialog):
    """A file page and a server page; Open tries the database and closes only if it opens."""

    FILE_PAGE = 0
    SERVER_PAGE = 1

    def __init__(self, settings: QSettings, page: int = FILE_PAGE, parent: Any = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._target: str | None = None

        self.path = QLineEdit(self)
        self.path.setObjectName("path")
        self.path_label = QLabel(self)
        self.path_label.setBuddy(self.path)
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self._browse)
        file_page = QWidget(self)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse_button)
        file_form = QFormLayout(file_page)
        file_form.addRow(self.path_label, path_row)

        self.host = QLineEdit(self)
        self.host.setObjectName("host")
        self.port = QSpinBox(self)
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(PG_PORT)
        self.database = QLineEdit(self)
        self.database.setObjectName("databaseName")
        self.user = QLineEdit(self)
        self.user.setObjectName("user")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.server_labels = [QLabel(self) for _ in range(5)]
        server_page = QWidget(self)
        server_form = QFormLayout(server_page)
        for label, field in zip(self.server_labels, (self.host, self.port, self.database,
                                                     self.user, self.password), strict=True):
            label.setBuddy(field)
            server_form.addRow(label, field)

        self.pages = QTabWidget(self)
        self.pages.addTab(file_page, "")
        self.pages.addTab(server_page, "")
        self.pages.setCurrentIndex(page)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self._fill_server()
        last = str(settings.value(keys.LAST_DATABASE, "") or "")
        if last and "://" not in last:
            self.path.setText(last)
        self._retranslate()
        self.setMinimumWidth(520)

    def target(self) -> str | None:
        """The database that opened (a path or a URL with its password); None until then."""
        return self._target

    def accept(self) -> None:
        target = self._entered()
        if target is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            open_database(target).dispose()
        except DatabaseRefused as refused:
            self._refuse(str(refused))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._settings.setValue(keys.LAST_DATABASE, without_password(target))
        if self.pages.currentIndex() == self.SERVER_PAGE:
            self._settings.setValue(keys.DATABASE_SERVER, without_password(target))
        self._target = target
        super().accept()

    def _entered(self) -> str | None:
        """The target typed in on the page shown, or None after saying what is missing."""
        if self.pages.currentIndex() == self.FILE_PAGE:
            path = self.path.text().strip()
            if not path:
                self._refuse(self.tr("Choose a database file."))
                return None
            if not Path(path).expanduser().is_file():
                self._refuse(self.tr("The file {path} does not exist.").format(path=path))
                return None
            return str(Path(path).expanduser().resolve())
        if not self.host.text().strip() or not self.database.text().strip():
            self._refuse(self.tr("Enter the server's address and the database's name."))
            return None
        return server_url(self.host.text().strip(), self.port.value(),
                          self.database.text().strip(), self.user.text().strip(),
                          self.password.text())

    def _refuse(self, reason: str) -> None:
        self.problem.setText(reason)
        self.problem.show()

    def _fill_server(self) -> None:
        remembered = str(self._settings.value(keys.DATABASE_SERVER, "") or "")
        if not remembered:
            return
        url = make_url(remembered)
        self.host.setText(url.host or "")
        self.port.setValue(url.port or PG_PORT)
        self.database.setText(url.database or "")
        self.user.setText(url.username or "")

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a database"), str(Path(self.path.text()).parent),
            self.tr("Zuoci databases (*.db *.sqlite);;All files (*)"))
        if path:
            self.path.setText(path)
            self.problem.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open a database"))
        self.pages.setTabText(self.FILE_PAGE, self.tr("File on this computer"))
        self.pages.setTabText(self.SERVER_PAGE, self.tr("Server"))
        self.path_label.setText(self.tr("&File:"))
        self.browse_button.setText(self.tr("Choose…"))
        for label, text in zip(self.server_labels, (
                self.tr("&Address:"), self.tr("&Port:"), self.tr("&Database:"),
                self.tr("&User:"), self.tr("Pass&word:")), strict=True):
            label.setText(text)


def choose_database(parent: QWidget | None, settings: QSettings,
                    page: int = DatabaseDialog.FILE_PAGE) -> str | None:
    """Ask for a database until one opens or the user cancels; the target to open, or None."""
    dialog = DatabaseDialog(settings, page, parent)
    try:
        return dialog.target() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
