"""The live attendance dashboard (签到看板) of one event, refreshed every two seconds and, on
PostgreSQL, at once when a station checks a guest in; the attendance report exported as .xlsx
or PDF."""

from __future__ import annotations

import contextlib
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QAreaSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDateTime,
    QEvent,
    QObject,
    QRunnable,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine
from sqlmodel import Session

from models.attendance import AttendanceDetails, GuestAttendance, attendance_details
from models.attendance_report import write_attendance_workbook
from models.exporting import ExportRefused
from models.station_listen import CheckInListener
from models.tables import Event
from models.vocab import category_label
from printing.base import Cancelled, NothingToPrint, PrintRequest
from printing.documents import DOCUMENTS
from printing.fonts import FontMissing
from printing.templates import TemplateError
from ui.settings import print_font_setting

# Other stations' arrivals show within this long, as the sign-in desk's own counts do.
REFRESH_MS = 2000
# Notices of a burst of check-ins (a queue sent by a station back online) are read once, this
# long after the first.
HEARD_DELAY_MS = 150
# The latest arrivals listed; older ones are in the exported report.
LATEST = 15
# Labels under the arrivals chart; more would run into each other.
MOST_TICKS = 8
# The intervals offered for the arrivals chart, in minutes; 0 lets the chart choose.
INTERVALS = (0, 5, 10, 15, 30, 60)
# QSettings keys of the dashboard (the window's size belongs to the screen, the interval to the
# user's habit, the export folder to where they keep reports): the same for every database.
GEOMETRY_KEY = "dashboard/geometry"
INTERVAL_KEY = "dashboard/interval"
FOLDER_KEY = "dashboard/export_folder"

ARRIVED_COLOUR, ABSENT_COLOUR, LINE_COLOUR = "#2e7d32", "#bdbdbd", "#1565c0"

# Asks where to save: (parent, caption, suggested path, filter) → the path, or "" to cancel.
AskPath = Callable[[QWidget, str, str, str], str]


def ask_save_path(parent: QWidget, caption: str, suggested: str, filter_text: str) -> str:
    path, _chosen = QFileDialog.getSaveFileName(parent, caption, suggested, filter_text)
    return path


@dataclass(frozen=True)
class Snapshot:
    """The attendance of one event as read at one refresh."""

    event_id: int
    event_name: str
    details: AttendanceDetails


class DashboardSignals(QObject):
    """Answers of the background reads, each with the number of the refresh it answers."""

    loaded = Signal(int, object)
    failed = Signal(int, str)


class HeardSignal(QObject):
    """Carries the PostgreSQL listener's notice, from its thread, to the window's."""

    heard = Signal()

    def tell(self) -> None:
        # The window may have gone between the notice and now: nobody is left to refresh.
        with contextlib.suppress(RuntimeError):
            self.heard.emit()


class RefreshJob(QRunnable):
    """Read the event's attendance in a session of its own; never touches a widget."""

    def __init__(self, engine: Engine, event_id: int, minutes: int | None, number: int) -> None:
        super().__init__()
        self.signals = DashboardSignals()
        self._engine = engine
        self._event_id = event_id
        self._minutes = minutes
        self._number = number

    def run(self) -> None:
        try:
            with Session(self._engine) as session:
                event = session.get(Event, self._event_id)
                if event is None:
                    self.signals.failed.emit(self._number, QCoreApplication.translate(
                        "DashboardWindow", "This event no longer exists."))
                    return
                details = attendance_details(session, event, minutes=self._minutes,
                                             vips_only=True)
                snapshot = Snapshot(self._event_id, event.name, details)
        # A database that went away (a server restarting) is said on the window; the next
        # refresh tries again.
        except Exception as error:
            self.signals.failed.emit(self._number, str(error))
            return
        self.signals.loaded.emit(self._number, snapshot)


class ExportSignals(QObject):
    done = Signal(str)
    refused = Signal(str)


class ExportJob(QRunnable):
    """Write the attendance report of an event to a file, .xlsx or PDF by `kind`; `cancelled`
    stops it before the file is written."""

    def __init__(self, engine: Engine, event_id: int, kind: str, path: str,
                 font: str | None) -> None:
        super().__init__()
        self.signals = ExportSignals()
        self.cancelled = threading.Event()
        self._engine = engine
        self._event_id = event_id
        self._kind = kind
        self._path = path
        self._font = font

    def run(self) -> None:
        try:
            with Session(self._engine) as session:
                event = session.get(Event, self._event_id)
                if event is None:
                    raise ExportRefused(QCoreApplication.translate(
                        "DashboardWindow", "This event no longer exists."))
                if self._kind == "xlsx":
                    details = attendance_details(session, event)
                    if self.cancelled.is_set():
                        return
                    write_attendance_workbook(details, self._path)
                else:
                    request = PrintRequest(session, event, font=self._font,
                                           progress=self._going_on)
                    pdf = DOCUMENTS["attendance"].build(request)
                    if self.cancelled.is_set():
                        return
                    Path(self._path).write_bytes(pdf)
        except Cancelled:
            return
        except (ExportRefused, NothingToPrint, FontMissing, TemplateError) as refused:
            self.signals.refused.emit(str(refused))
            return
        except OSError as error:
            self.signals.refused.emit(QCoreApplication.translate(
                "DashboardWindow", "Cannot write {path}: {reason}").format(
                    path=self._path, reason=error.strerror or error))
            return
        # Anything else would be lost with the pool thread and leave the progress open.
        except Exception as error:
            self.signals.refused.emit(str(error))
            return
        self.signals.done.emit(self._path)

    def _going_on(self, _done: int, _total: int) -> bool:
        return not self.cancelled.is_set()


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


class Tile(QFrame):
    """One big number with its caption."""

    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setStyleSheet(f"QFrame#tile {{ border: 1px solid #d0d0d0; border-radius: 10px;"
                           f" background: white; }} QLabel {{ color: {colour}; }}")
        self.caption = QLabel(self)
        self.caption.setFont(_font(14))
        self.value = QLabel("—", self)
        self.value.setFont(_font(40, bold=True))
        layout = QVBoxLayout(self)
        for label in (self.caption, self.value):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)


def _table(parent: QWidget, name: str, columns: int, stretch: int) -> QTableWidget:
    """A read-only table of `columns` columns; the `stretch` one takes the width left over."""
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setColumnCount(columns)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], *, numeric_from: int | None = None) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            # A cell too narrow for a guest's seats shows them whole under the pointer.
            item.setToolTip(value)
            if numeric_from is not None and column >= numeric_from:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)


def _rate(came: int, expected: int) -> str:
    return f"{came / expected:.1%}" if expected else "—"


class DashboardWindow(QMainWindow):
    """The attendance of the event in use, read again every REFRESH_MS in the background.
    `ask_path` asks where an export goes; a test gives its own instead of the file dialog."""

    def __init__(self, engine: Engine, event_id: int, settings: QSettings,
                 parent: QWidget | None = None, *, ask_path: AskPath = ask_save_path) -> None:
        super().__init__(parent)
        self._engine = engine
        self._event_id = event_id
        self._event_name = ""
        self._settings = settings
        self.ask_path = ask_path
        # The number of the latest refresh asked for: an answer to any other is stale (an
        # earlier event's, or overtaken), and is dropped.
        self._request = 0
        self._running = False
        # A refresh asked for while one runs (a station's notice): read again when it answers.
        self._again = False
        self._error = ""
        # What is shown: the latest snapshot of the event in use, None until the first read.
        self.snapshot: Snapshot | None = None
        self.export_job: ExportJob | None = None
        self.export_progress: QProgressDialog | None = None
        # The message of the last export, for the user and for tests.
        self.export_message = ""
        self.workers = QThreadPool(self)
        self.workers.setMaxThreadCount(1)
        self.export_workers = QThreadPool(self)
        self.export_workers.setMaxThreadCount(1)
        self._build()
        self.retranslate()
        geometry = settings.value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(1400, 900)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.heard_timer = QTimer(self)
        self.heard_timer.setSingleShot(True)
        self.heard_timer.setInterval(HEARD_DELAY_MS)
        self.heard_timer.timeout.connect(self.refresh)
        self._notices = HeardSignal(self)
        self._notices.heard.connect(self.heard_timer.start)
        self.listener: CheckInListener | None = None
        if engine.dialect.name == "postgresql":
            self.listener = CheckInListener(engine, event_id, self._notices.tell)
            self.listener.start()
            # A window deleted with its parent gets no closeEvent.
            self.destroyed.connect(self.listener.stop)
        self.refresh()

    # Building the window

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setFont(_font(20, bold=True))
        self.updated = QLabel(self)
        self.updated.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.updated)

        self.expected_tile = Tile("#37474f", self)
        self.arrived_tile = Tile(ARRIVED_COLOUR, self)
        self.absent_tile = Tile("#b3261e", self)
        self.rate_tile = Tile(LINE_COLOUR, self)
        tiles = QHBoxLayout()
        for tile in (self.expected_tile, self.arrived_tile, self.absent_tile, self.rate_tile):
            tiles.addWidget(tile)
        self.extra = QLabel(self)
        self.extra.setFont(_font(12))

        self.category_chart = QChart()
        self.category_chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.category_view = QChartView(self.category_chart, self)
        self.category_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.time_chart = QChart()
        self.time_chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.time_view = QChartView(self.time_chart, self)
        self.time_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        charts = QSplitter(Qt.Orientation.Horizontal, self)
        charts.addWidget(self.category_view)
        charts.addWidget(self.time_view)

        self.scenes_title, self.vips_title, self.latest_title = (QLabel(self) for _ in range(3))
        for title in (self.scenes_title, self.vips_title, self.latest_title):
            title.setFont(_font(13, bold=True))
        self.scene_table = _table(self, "dashboardScenes", 5, 0)
        self.vip_table = _table(self, "dashboardVips", 4, 3)
        self.latest_table = _table(self, "dashboardLatest", 4, 2)
        lists = QGridLayout()
        for column, (title, table) in enumerate(((self.scenes_title, self.scene_table),
                                                 (self.vips_title, self.vip_table),
                                                 (self.latest_title, self.latest_table))):
            lists.addWidget(title, 0, column)
            lists.addWidget(table, 1, column)
            lists.setColumnStretch(column, 1)
        lower = QWidget(self)
        lower.setLayout(lists)
        for view in (self.category_view, self.time_view):
            view.setMinimumHeight(280)
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(charts)
        body.addWidget(lower)
        body.setChildrenCollapsible(False)
        # The charts are what is watched from across the room: they get the larger share.
        body.setSizes([560, 320])

        self.interval_label = QLabel(self)
        self.interval_chooser = QComboBox(self)
        self.interval_chooser.setObjectName("dashboardInterval")
        for minutes in INTERVALS:
            self.interval_chooser.addItem("", minutes)
        saved = int(self._settings.value(INTERVAL_KEY, 0) or 0)
        self.interval_chooser.setCurrentIndex(max(0, self.interval_chooser.findData(saved)))
        self.interval_chooser.currentIndexChanged.connect(self._interval_chosen)
        self.xlsx_button = QPushButton(self)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.pdf_button = QPushButton(self)
        self.pdf_button.clicked.connect(self.export_pdf)
        bottom = QHBoxLayout()
        bottom.addWidget(self.interval_label)
        bottom.addWidget(self.interval_chooser)
        bottom.addStretch(1)
        bottom.addWidget(self.xlsx_button)
        bottom.addWidget(self.pdf_button)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addWidget(self.extra)
        layout.addWidget(body, 1)
        layout.addLayout(bottom)
        self.setCentralWidget(central)

    def retranslate(self) -> None:
        self.expected_tile.caption.setText(self.tr("Expected"))
        self.arrived_tile.caption.setText(self.tr("Arrived"))
        self.absent_tile.caption.setText(self.tr("Absent"))
        self.rate_tile.caption.setText(self.tr("Attendance rate"))
        self.category_chart.setTitle(self.tr("By category"))
        self.time_chart.setTitle(self.tr("Arrivals over time"))
        self.scenes_title.setText(self.tr("By scene"))
        self.vips_title.setText(self.tr("VIPs not yet arrived"))
        self.latest_title.setText(self.tr("Latest arrivals"))
        self.scene_table.setHorizontalHeaderLabels(
            [self.tr("Scene"), self.tr("Expected"), self.tr("Arrived"), self.tr("Absent"),
             self.tr("Rate")])
        self.vip_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Title"), self.tr("Organisation"), self.tr("Seats")])
        self.latest_table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Name"), self.tr("Organisation"), self.tr("Station")])
        self.interval_label.setText(self.tr("Arrivals counted every:"))
        for index, minutes in enumerate(INTERVALS):
            self.interval_chooser.setItemText(
                index, self.tr("{minutes} minutes").format(minutes=minutes) if minutes
                else self.tr("Automatic"))
        self.xlsx_button.setText(self.tr("Export Excel…"))
        self.pdf_button.setText(self.tr("Export PDF…"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        self.heard_timer.stop()
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
        if self.export_job is not None:
            self.export_job.cancelled.set()
        self.workers.waitForDone()
        self.export_workers.waitForDone()
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)

    # Reading

    @property
    def event_id(self) -> int:
        return self._event_id

    def show_event(self, event_id: int) -> None:
        """Show another event from now on; nothing of the one before stays on screen, and a
        read of it still running is dropped when it answers."""
        if event_id == self._event_id:
            self.refresh()
            return
        self._event_id = event_id
        if self.listener is not None:
            self.listener.follow(event_id)
        self._request += 1
        self._running = False
        self.snapshot = None
        self._event_name = ""
        self._show()
        self.refresh()

    def minutes(self) -> int | None:
        return int(self.interval_chooser.currentData()) or None

    def refresh(self) -> None:
        """Read the attendance again in the background; while a read runs, once more after it."""
        if self._running:
            self._again = True
            return
        self._again = False
        self._running = True
        self._request += 1
        job = RefreshJob(self._engine, self._event_id, self.minutes(), self._request)
        job.signals.loaded.connect(self._loaded)
        job.signals.failed.connect(self._failed)
        self.workers.start(job)

    def refreshing(self) -> bool:
        return self._running

    def _loaded(self, number: int, snapshot: Snapshot) -> None:
        if number != self._request:
            return
        self._running = False
        if self._again:
            self.refresh()
        if snapshot.event_id != self._event_id:
            return
        self.snapshot, self._error = snapshot, ""
        self._event_name = snapshot.event_name
        self._show()

    def _failed(self, number: int, reason: str) -> None:
        if number != self._request:
            return
        self._running = False
        if self._again:
            self.refresh()
        self._error = reason
        self._show_time()

    def _interval_chosen(self, _index: int) -> None:
        self._settings.setValue(INTERVAL_KEY, self.interval_chooser.currentData())
        # The chart is counted again at once rather than at the next tick.
        self._request += 1
        self._running = False
        self.refresh()

    # Showing

    def _show(self) -> None:
        self.setWindowTitle(self.tr("Attendance: {event}").format(event=self._event_name)
                            if self._event_name else self.tr("Attendance"))
        self.heading.setText(self._event_name)
        snapshot = self.snapshot
        details = snapshot.details if snapshot else None
        self._show_time()
        if details is None:
            for tile in (self.expected_tile, self.arrived_tile, self.absent_tile,
                         self.rate_tile):
                tile.value.setText("—")
            self.extra.setText("")
            for table in (self.scene_table, self.vip_table, self.latest_table):
                table.setRowCount(0)
            self._clear(self.category_chart)
            self._clear(self.time_chart)
            return
        counts = details.counts
        self.expected_tile.value.setText(str(counts.expected))
        self.arrived_tile.value.setText(str(counts.arrived))
        self.absent_tile.value.setText(str(counts.absent))
        self.rate_tile.value.setText(_rate(counts.expected - counts.absent, counts.expected))
        extra = [self.tr("Walk-ins: {count}").format(count=len(details.walk_ins))]
        if counts.unexpected:
            extra.append(self.tr("Came after declining or cancelling: {count}").format(
                count=counts.unexpected))
        self.extra.setText("　".join(extra))
        _fill(self.scene_table, [[scene.scene, str(scene.expected), str(scene.arrived),
                                  str(scene.absent),
                                  _rate(scene.expected - scene.absent, scene.expected)]
                                 for scene in details.scenes], numeric_from=1)
        _fill(self.vip_table, [[guest.name, guest.title, guest.organisation,
                                "；".join(guest.seats)] for guest in details.vips_absent])
        latest = details.arrived[::-1][:LATEST]
        _fill(self.latest_table, [[self._clock(guest), guest.name, guest.organisation,
                                   guest.station] for guest in latest])
        self._chart_categories(details)
        self._chart_times(details)

    def _show_time(self) -> None:
        snapshot = self.snapshot
        if self._error:
            self.updated.setText(self.tr("Not updated: {reason}").format(reason=self._error))
            self.updated.setStyleSheet("color: #b3261e;")
        elif snapshot is not None:
            at = snapshot.details.as_of.astimezone().strftime("%H:%M:%S")
            self.updated.setText(self.tr("Updated at {time}").format(time=at))
            self.updated.setStyleSheet("")
        else:
            self.updated.setText(self.tr("Reading…"))
            self.updated.setStyleSheet("")

    @staticmethod
    def _clock(guest: GuestAttendance) -> str:
        return guest.arrived_at.astimezone().strftime("%H:%M:%S") if guest.arrived_at else ""

    def _clear(self, chart: QChart) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)

    def _chart_categories(self, details: AttendanceDetails) -> None:
        chart = self.category_chart
        self._clear(chart)
        groups = [(category_label(category) or self.tr("No category"), group)
                  for category, group in details.counts.by_category.items() if group.expected]
        arrived = QBarSet(self.tr("Arrived"))
        arrived.setColor(QColor(ARRIVED_COLOUR))
        absent = QBarSet(self.tr("Absent"))
        absent.setColor(QColor(ABSENT_COLOUR))
        for _name, group in groups:
            arrived.append(group.expected - group.absent)
            absent.append(group.absent)
        series = QStackedBarSeries()
        series.append(arrived)
        series.append(absent)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([name for name, _group in groups])
        chart.addAxis(names, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        counts = QValueAxis()
        counts.setLabelFormat("%d")
        counts.setRange(0, max([group.expected for _name, group in groups] or [1]))
        counts.applyNiceNumbers()
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(counts)

    def _chart_times(self, details: AttendanceDetails) -> None:
        chart = self.time_chart
        self._clear(chart)
        timeline = details.timeline
        buckets = timeline.buckets
        total = QLineSeries()
        outline = QLineSeries()
        each = QLineSeries()
        each.setName(self.tr("Per {minutes} minutes").format(minutes=timeline.minutes))
        step_ms = timeline.minutes * 60_000
        for bucket in buckets:
            start = bucket.start.timestamp() * 1000
            # The running total as a staircase: each interval's arrivals are in by its end.
            for series in (total, outline):
                series.append(start, bucket.cumulative - bucket.arrived)
                series.append(start + step_ms, bucket.cumulative)
            each.append(start + step_ms / 2, bucket.arrived)
        area = QAreaSeries(total)
        # The area only points at its line: the line goes when the area is removed.
        total.setParent(area)
        area.setName(self.tr("Arrived in all"))
        # The area is drawn without its outline, which would drop to zero after the last
        # interval; the line over it is the running total alone.
        area.setPen(Qt.PenStyle.NoPen)
        colour = QColor(LINE_COLOUR)
        outline.setColor(colour)
        colour.setAlpha(70)
        area.setBrush(colour)
        each.setColor(QColor(ARRIVED_COLOUR))
        for series in (area, outline, each):
            chart.addSeries(series)
        for marker in chart.legend().markers(outline):
            marker.setVisible(False)
        times = QDateTimeAxis()
        times.setFormat("HH:mm")
        if buckets:
            # Ticks fall on interval boundaries, at most MOST_TICKS of them: the range runs on
            # past the last interval to a whole number of ticks.
            per_tick = math.ceil(len(buckets) / MOST_TICKS)
            ticks = math.ceil(len(buckets) / per_tick)
            first = buckets[0].start.timestamp() * 1000
            times.setRange(QDateTime.fromMSecsSinceEpoch(int(first)),
                           QDateTime.fromMSecsSinceEpoch(int(first + ticks * per_tick
                                                             * step_ms)))
            times.setTickCount(ticks + 1)
        chart.addAxis(times, Qt.AlignmentFlag.AlignBottom)
        counts = QValueAxis()
        counts.setLabelFormat("%d")
        counts.setRange(0, max(details.counts.expected, 1))
        counts.applyNiceNumbers()
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        for series in (area, outline, each):
            series.attachAxis(times)
            series.attachAxis(counts)

    # Exporting

    def export_xlsx(self) -> str:
        return self._export("xlsx", self.tr("Export the attendance report"),
                            self.tr("Excel workbook (*.xlsx)"))

    def export_pdf(self) -> str:
        return self._export("pdf", self.tr("Save the attendance report as PDF"),
                            self.tr("PDF document (*.pdf)"))

    def _export(self, kind: str, caption: str, filter_text: str) -> str:
        """Ask where, then write in the background with a progress that can cancel; the path
        chosen, or "" when the user cancelled the question or an export is running."""
        if self.export_job is not None:
            return ""
        folder = str(self._settings.value(FOLDER_KEY, "") or Path.home())
        name = self.tr("{event} attendance").format(event=self._event_name or "")
        path = self.ask_path(self, caption, str(Path(folder) / f"{name}.{kind}"), filter_text)
        if not path:
            return ""
        if Path(path).suffix.lower() != f".{kind}":
            path += f".{kind}"
        self._settings.setValue(FOLDER_KEY, str(Path(path).parent))
        font = print_font_setting(self._settings) or None
        job = ExportJob(self._engine, self._event_id, kind, path, font)
        job.signals.done.connect(self._exported)
        job.signals.refused.connect(self._export_refused)
        self.export_job = job
        progress = QProgressDialog(self.tr("Writing {path}…").format(path=path),
                                   self.tr("Cancel"), 0, 0, self)
        progress.setWindowTitle(caption)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(self._cancel_export)
        self.export_progress = progress
        self.export_message = ""
        self.export_workers.start(job)
        return path

    def exporting(self) -> bool:
        return self.export_job is not None

    def _cancel_export(self) -> None:
        if self.export_job is not None:
            self.export_job.cancelled.set()
            self.export_message = self.tr("Export cancelled.")
        self._end_export()

    def _end_export(self) -> None:
        self.export_job = None
        if self.export_progress is not None:
            self.export_progress.canceled.disconnect(self._cancel_export)
            self.export_progress.close()
            self.export_progress.deleteLater()
            self.export_progress = None

    def _current_export(self) -> bool:
        """Whether the answer comes from the export running, not from one cancelled."""
        job = self.export_job
        return job is not None and self.sender() is job.signals

    def _exported(self, path: str) -> None:
        if not self._current_export():
            return
        self._end_export()
        self.export_message = self.tr("Saved the attendance report as {path}").format(path=path)
        self.statusBar().showMessage(self.export_message, 10000)

    def _export_refused(self, reason: str) -> None:
        if not self._current_export():
            return
        self._end_export()
        self.export_message = reason
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export failed"), reason,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def open_dashboard(parent: QWidget, engine: Engine, event_id: int | None,
                   settings: QSettings, **options: Any) -> DashboardWindow | None:
    """Show the dashboard of the event in use: the parent's open one, switched to that event,
    or a new one; None when no event is chosen."""
    if event_id is None:
        return None
    window = parent.findChild(DashboardWindow)
    if window is None:
        window = DashboardWindow(engine, event_id, settings, parent, **options)
        window.setWindowFlag(Qt.WindowType.Window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    else:
        window.show_event(event_id)
    window.show()
    window.activateWindow()
    return window
