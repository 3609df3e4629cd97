"""Full-screen sign-in (kiosk) mode: the station fills the screen, shows nothing that edits, and
is left only with the PIN, kept salted and hashed in QSettings."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

# "salt$digest", both hex: PBKDF2-HMAC-SHA256 of the PIN. Never the PIN itself: the settings
# file of a laptop left at the door can be read by anyone who gets to it.
KIOSK_PIN = "station/kiosk_pin"
PIN_ITERATIONS = 200_000
PIN_DIGITS = (4, 12)


def _digest(pin: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, PIN_ITERATIONS)


def has_pin(settings: QSettings) -> bool:
    return "$" in str(settings.value(KIOSK_PIN, "") or "")


def set_pin(settings: QSettings, pin: str) -> None:
    salt = secrets.token_bytes(16)
    settings.setValue(KIOSK_PIN, f"{salt.hex()}${_digest(pin, salt).hex()}")
    settings.sync()


def pin_matches(settings: QSettings, pin: str) -> bool:
    stored = str(settings.value(KIOSK_PIN, "") or "")
    salt, _dollar, digest = stored.partition("$")
    try:
        expected = bytes.fromhex(digest)
        salt_bytes = bytes.fromhex(salt)
    except ValueError:
        return False
    return bool(expected) and hmac.compare_digest(_digest(pin, salt_bytes), expected)


def pin_problem(pin: str, repeated: str) -> str:
    """Why a new PIN is refused, in the user's language; empty when it is good."""
    low, high = PIN_DIGITS
    if not (pin.isdigit() and pin.isascii() and low <= len(pin) <= high):
        return QCoreApplication.translate(
            "PinDialog", "The PIN must be {low} to {high} digits.").format(low=low, high=high)
    if pin != repeated:
        return QCoreApplication.translate("PinDialog", "The two PINs differ.")
    return ""


class PinDialog(QDialog):
    """Asks for the PIN, or (when `check` is None) for a new one, twice. A wrong or unfit PIN is
    said in the dialog, which stays open; `pin` holds the PIN accepted."""

    def __init__(self, check: Callable[[str], bool] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self.pin = ""
        self.field = QLineEdit()
        self.repeat = QLineEdit()
        for field in (self.field, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
            field.setMaxLength(PIN_DIGITS[1])
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()
        form = QFormLayout()
        self.field_label, self.repeat_label = QLabel(), QLabel()
        form.addRow(self.field_label, self.field)
        if check is None:
            form.addRow(self.repeat_label, self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if check is None:
            self.setWindowTitle(self.tr("Set the full-screen PIN"))
            self.explain.setText(self.tr("Choose a PIN of digits. It is asked for to leave "
                                         "full-screen sign-in; tell it only to those in "
                                         "charge."))
            self.field_label.setText(self.tr("New PIN:"))
            self.repeat_label.setText(self.tr("Repeat:"))
        else:
            self.setWindowTitle(self.tr("Leave full-screen sign-in"))
            self.explain.setText(self.tr("Enter the PIN to leave full-screen sign-in."))
            self.field_label.setText(self.tr("PIN:"))

    def _ok(self) -> None:
        pin = self.field.text()
        if self._check is None:
            problem = pin_problem(pin, self.repeat.text())
        else:
            problem = "" if self._check(pin) else self.tr("Wrong PIN.")
        if problem:
            self.message.setText(problem)
            self.message.show()
            self.field.clear()
            self.repeat.clear()
            self.field.setFocus()
            return
        self.pin = pin
        self.accept()


def ask_new_pin(parent: QWidget) -> str | None:
    dialog = PinDialog(None, parent)
    return dialog.pin if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_pin(parent: QWidget, check: Callable[[str], bool]) -> bool:
    return PinDialog(check, parent).exec() == QDialog.DialogCode.Accepted


class Kiosk(QObject):
    """Full-screen sign-in for one station window. While on, the `editing` controls are hidden
    and the main window too, and the station cannot be closed, left by Esc or un-fullscreened
    without the PIN."""

    changed = Signal(bool)

    def __init__(self, window: QMainWindow, settings: QSettings,
                 editing: list[QWidget | QAction]) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._editing = editing
        self._hidden_main: QWidget | None = None
        self._was_maximised = False
        self._geometry = QByteArray()
        self.active = False
        # Esc reaches the window from any of its widgets, the scan field included.
        self.escape = QAction(window)
        self.escape.setShortcut(Qt.Key.Key_Escape)
        self.escape.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.escape.setEnabled(False)
        self.escape.triggered.connect(self.leave)
        window.addAction(self.escape)
        window.installEventFilter(self)

    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    def enter(self) -> bool:
        """Go full screen; the first time a PIN is chosen. False when the user cancels it."""
        if self.active:
            return True
        if not has_pin(self._settings):
            pin = ask_new_pin(self._window)
            if pin is None:
                return False
            set_pin(self._settings, pin)
        self.active = True
        for control in self._editing:
            control.setVisible(False)
        main = self._window.parentWidget()
        if main is not None and main.isVisible():
            main.hide()
            self._hidden_main = main
        self._was_maximised = self._window.isMaximized()
        self._geometry = self._window.saveGeometry()
        # Full screen is a request the window manager may ignore (or there is none): the window
        # is also given the whole screen itself.
        screen = self._window.screen()
        if screen is not None:
            self._window.setGeometry(screen.geometry())
        self._window.showFullScreen()
        self.escape.setEnabled(True)
        self.changed.emit(True)
        return True

    def leave(self) -> bool:
        """Ask the PIN and leave full screen if it is right; False while still in."""
        if not self.active:
            return True
        if not ask_pin(self._window, lambda pin: pin_matches(self._settings, pin)):
            return False
        self.active = False
        self.escape.setEnabled(False)
        for control in self._editing:
            control.setVisible(True)
        self._window.showNormal()
        self._window.restoreGeometry(self._geometry)
        if self._was_maximised:
            self._window.showMaximized()
        if self._hidden_main is not None:
            self._hidden_main.show()
            self._hidden_main = None
        self.changed.emit(False)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and self.active:
            if event.type() == QEvent.Type.Close and isinstance(event, QCloseEvent):
                # Alt+F4, the window's close button, a closing parent: only with the PIN.
                event.ignore()
                QTimer.singleShot(0, self._close_with_pin)
                return True
            if (event.type() == QEvent.Type.WindowStateChange
                    and not self._window.isFullScreen()):
                QTimer.singleShot(0, self._back_to_full_screen)
        return super().eventFilter(watched, event)

    def _close_with_pin(self) -> None:
        if self.active and self.leave():
            self._window.close()

    def _back_to_full_screen(self) -> None:
        if self.active and not self._window.isFullScreen():
            self._window.showFullScreen()
