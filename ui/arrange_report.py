"""The report shown after arranging a scene: placed, unplaced and why, rules broken, changes."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from models.seating import ArrangeReport


class ArrangeReportDialog(QDialog):
    def __init__(self, report: ArrangeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("arrangeReport")
        self.setWindowTitle(self.tr("Arranged: {scene}").format(scene=report.scene))
        self.text = QTextBrowser(self)
        self.text.setHtml(self._html(report))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def _html(self, report: ArrangeReport) -> str:
        placed = self.tr("Placed: {placed} of {seats} seats").format(placed=report.placed,
                                                                     seats=report.seats)
        inversions = self.tr("Precedence inversions: {count}").format(count=report.inversions)
        parts = [
            f"<p><b>{escape(placed)}</b></p><p>{escape(inversions)}</p>",
            self._section(self.tr("Not placed: {count}").format(count=len(report.unplaced)),
                          [f"{u['guest']}: {u['reason']}" for u in report.unplaced]),
            self._section(self.tr("Rules not kept: {count}").format(
                count=len(report.violations)),
                [f"{'、'.join(v['guests'])}: {v['reason']}" for v in report.violations]),
            self._section(self.tr("Seats changed: {count}").format(count=len(report.changed)),
                          report.changed),
        ]
        return "".join(parts)

    @staticmethod
    def _section(heading: str, lines: list[str]) -> str:
        items = "".join(f"<li>{escape(line)}</li>" for line in lines)
        return f"<h4>{escape(heading)}</h4>" + (f"<ul>{items}</ul>" if items else "")
