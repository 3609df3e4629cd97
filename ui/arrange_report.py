"""The report shown after arranging a scene: placed, unplaced and why, rules broken, changes;
each guest and seat in it a link that shows them on the plan."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from models.seating import ArrangeReport


class ArrangeReportDialog(QDialog):
    """Stays open beside the plan (not modal) so that its links can be followed one by one."""

    # A guest left unplaced (their id), the guests of a rule not kept (their names), a seat
    # that changed (its label as the report gives it).
    guest_clicked = Signal(int)
    guests_clicked = Signal(list)
    seat_clicked = Signal(str)

    def __init__(self, report: ArrangeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("arrangeReport")
        self.setWindowTitle(self.tr("Arranged: {scene}").format(scene=report.scene))
        self._report = report
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self.follow)
        self.text.setHtml(self._html(report))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def follow(self, link: QUrl) -> None:
        """Show on the plan what a link of the report names."""
        kind, _colon, value = link.toString().partition(":")
        if not value.isdigit():
            return
        number = int(value)
        if kind == "guest":
            self.guest_clicked.emit(number)
        elif kind == "rule" and number < len(self._report.violations):
            self.guests_clicked.emit(list(self._report.violations[number]["guests"]))
        elif kind == "seat" and number < len(self._report.changed):
            self.seat_clicked.emit(self._report.changed[number])

    def _html(self, report: ArrangeReport) -> str:
        placed = self.tr("Placed: {placed} of {seats} seats").format(placed=report.placed,
                                                                     seats=report.seats)
        inversions = self.tr("Precedence inversions: {count}").format(count=report.inversions)
        hint = self.tr("Click a guest or a seat to show it on the plan.")
        parts = [
            f"<p><b>{escape(placed)}</b></p><p>{escape(inversions)}</p>"
            f"<p><i>{escape(hint)}</i></p>",
            self._section(self.tr("Not placed: {count}").format(count=len(report.unplaced)),
                          [(f"guest:{u['guest_id']}", f"{u['guest']}: {u['reason']}")
                           for u in report.unplaced]),
            self._section(self.tr("Rules not kept: {count}").format(
                count=len(report.violations)),
                [(f"rule:{i}", f"{'、'.join(v['guests'])}: {v['reason']}")
                 for i, v in enumerate(report.violations)]),
            self._section(self.tr("Seats changed: {count}").format(count=len(report.changed)),
                          [(f"seat:{i}", label) for i, label in enumerate(report.changed)]),
        ]
        return "".join(parts)

    @staticmethod
    def _section(heading: str, lines: list[tuple[str, str]]) -> str:
        items = "".join(f'<li><a href="{link}">{escape(line)}</a></li>' for link, line in lines)
        return f"<h4>{escape(heading)}</h4>" + (f"<ul>{items}</ul>" if items else "")
