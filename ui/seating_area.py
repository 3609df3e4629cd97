"""The seating tab: a chooser of the event's scenes, the chosen scene drawn to scale with its
unplaced guests beside it, seating by hand (drag, swap, unseat, lock, find, re-flow), and the
scene's layout editor in its place when the user switches to laying out the room."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QPoint,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine
from sqlmodel import Session

from models.db import transaction
from models.guest_list import GuestRow, guest_matcher, load_guest_rows
from models.scenes import event_scenes
from models.seat_edits import (
    SeatEdit,
    SeatEditRefused,
    SeatRuleBroken,
    lock_seats,
    reflow_with_snapshots,
    seat_guest,
    swap_seats,
    unplaced_guests,
    unseat_guests,
)
from models.tables import Event, Scene
from ui import settings as keys
from ui.arrange_report import ArrangeReportDialog
from ui.arrange_worker import ArrangeCommand, Arranged
from ui.layout_editor import LayoutEditor
from ui.reflow_dialog import ReflowDialog
from ui.seat_commands import SeatEditCommand
from ui.seating_view import ScenePicture, SeatingView, SeatPicture, load_picture
from ui.stored_change import Failed
from ui.unplaced_list import UnplacedFilter, UnplacedModel, UnplacedView

SeatKey = tuple[int, str]
# One hand edit: (session, scene id, confirmed despite a broken rule) → what undo needs.
Edit = Callable[[Session, int, bool], SeatEdit]


class SeatingArea(QWidget):
    """Shows one scene of the chosen event; says so when the event has no scenes. Every hand
    edit is stored at once and pushed on the window's undo stack."""

    scene_changed = Signal()
    # A scene's seats were changed here (stored): what shows seats elsewhere may refresh.
    seats_changed = Signal(int)
    # The user asked to arrange the chosen seats only (their keys).
    arrange_requested = Signal(list)
    # The user asked to see a guest in the guest list.
    show_in_guest_list = Signal(int)

    def __init__(self, engine: Engine, undo_stack: QUndoStack, failed: Failed,
                 parent: QWidget | None = None, *, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._undo_stack = undo_stack
        self._failed = failed
        self._settings = settings
        self._database_url = engine.url.render_as_string(hide_password=True)
        self._event_id: int | None = None
        self._picture: ScenePicture | None = None
        self._seats: dict[SeatKey, SeatPicture] = {}
        self._guest_seat: dict[int, SeatKey] = {}
        self._rows: dict[int, GuestRow] = {}
        self._found: list[SeatKey] = []
        self._swap_from: SeatKey | None = None
        # The open question or refusal, if any (tests answer it).
        self.dialog: QMessageBox | ReflowDialog | None = None

        self.scene_label = QLabel(self)
        self.scene_chooser = QComboBox(self)
        self.scene_chooser.setObjectName("scenes")
        self.scene_chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scene_chooser.currentIndexChanged.connect(self._scene_chosen)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("findInPlan")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(220)
        self.search_edit.textEdited.connect(self._search)
        self.search_edit.returnPressed.connect(self._search_next)
        self.ranks_button = QToolButton(self)
        self.ranks_button.setObjectName("showRanks")
        self.ranks_button.setCheckable(True)
        self.arrange_button = QPushButton(self)
        self.arrange_button.setObjectName("arrangeChosen")
        self.arrange_button.setEnabled(False)
        self.arrange_button.clicked.connect(self.arrange_chosen)
        self.reflow_button = QPushButton(self)
        self.reflow_button.setObjectName("reflow")
        self.reflow_button.clicked.connect(self.open_reflow)
        self.view = SeatingView(self)
        self.view.setObjectName("seating")
        self.ranks_button.toggled.connect(self.view.set_show_ranks)
        self.view.guest_dropped.connect(self._guest_dropped)
        self.view.seat_dropped.connect(self._seat_dropped)
        self.view.seat_menu.connect(self._show_menu)
        self.view.seat_clicked.connect(self._seat_clicked)
        self.view.scene().selectionChanged.connect(self._selection_changed)
        self.fit_button = QPushButton(self)
        self.fit_button.clicked.connect(self.view.fit)
        self.hint = QLabel(self)
        self.hint.setObjectName("seatingHint")

        self.layout_editor = LayoutEditor(engine, undo_stack, self, settings=settings)
        self.layout_editor.setObjectName("layoutEditor")
        self.layout_editor.changed.connect(self._layout_changed)
        self.layout_editor.scenes_changed.connect(self._scenes_changed)
        self.layout_button = QToolButton(self)
        self.layout_button.setObjectName("editLayout")
        self.layout_button.setCheckable(True)
        self.layout_button.toggled.connect(self._show_mode)
        self.scenes_button = QToolButton(self)
        self.scenes_button.setObjectName("sceneActions")
        self.scenes_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.scenes_menu = QMenu(self)
        editor = self.layout_editor
        for action in (editor.new_scene_action, editor.rename_scene_action,
                       editor.delete_scene_action, editor.move_scene_earlier_action,
                       editor.move_scene_later_action):
            self.scenes_menu.addAction(action)
        self.scenes_button.setMenu(self.scenes_menu)

        self.unplaced = UnplacedModel(self)
        self.unplaced_filter = UnplacedFilter(self.unplaced, self)
        self.unplaced_heading = QLabel(self)
        self.unplaced_edit = QLineEdit(self)
        self.unplaced_edit.setObjectName("unplacedFilter")
        self.unplaced_edit.setClearButtonEnabled(True)
        self.unplaced_edit.textChanged.connect(self.unplaced_filter.set_filter_text)
        self.unplaced_view = UnplacedView(self)
        self.unplaced_view.setObjectName("unplaced")
        self.unplaced_view.setModel(self.unplaced_filter)
        header = self.unplaced_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # A long organisation is cut short rather than pushing the rank out of sight.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.unplaced_view.seat_returned.connect(self._seat_returned)

        # Shortcuts of this tab only: Ctrl+- and Ctrl+0 mean other things elsewhere.
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.zoom_in_action = QAction(self)
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl+="),
                                          QKeySequence(QKeySequence.StandardKey.ZoomIn)])
        self.zoom_in_action.triggered.connect(self.view.zoom_in)
        self.zoom_out_action = QAction(self)
        self.zoom_out_action.setShortcuts(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_action.triggered.connect(self.view.zoom_out)
        self.fit_action = QAction(self)
        self.fit_action.setShortcut(QKeySequence("Ctrl+0"))
        self.fit_action.triggered.connect(self.view.fit)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._focus_search)
        self.cancel_pick_action = QAction(self)
        self.cancel_pick_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_pick_action.triggered.connect(self._cancel_swap)
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action,
                       self.find_action, self.cancel_pick_action):
            action.setShortcutContext(context)
            self.addAction(action)
        # Delete empties the chosen seats only while the plan has the focus: in the search
        # and filter boxes it deletes text.
        self.unseat_action = QAction(self)
        self.unseat_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.unseat_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.unseat_action.triggered.connect(self.unseat_chosen)
        self.view.addAction(self.unseat_action)

        bar = QHBoxLayout()
        bar.addWidget(self.scene_label)
        bar.addWidget(self.scene_chooser)
        bar.addWidget(self.scenes_button)
        bar.addWidget(self.layout_button)
        bar.addWidget(self.search_edit)
        bar.addStretch(1)
        bar.addWidget(self.ranks_button)
        bar.addWidget(self.arrange_button)
        bar.addWidget(self.reflow_button)
        bar.addWidget(self.fit_button)
        # What only seating by hand needs: hidden while the room is laid out.
        self._seating_tools = [self.search_edit, self.ranks_button, self.arrange_button,
                               self.reflow_button, self.fit_button]
        plan = QWidget(self)
        plan_layout = QVBoxLayout(plan)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.addWidget(self.view)
        plan_layout.addWidget(self.hint)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.unplaced_heading)
        side_layout.addWidget(self.unplaced_edit)
        side_layout.addWidget(self.unplaced_view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("planAndUnplaced")
        self.splitter.addWidget(plan)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([900, 280])
        drawing = QWidget(self)
        drawing_layout = QVBoxLayout(drawing)
        drawing_layout.setContentsMargins(0, 0, 0, 0)
        self.modes = QStackedWidget(self)
        self.modes.addWidget(self.splitter)
        self.modes.addWidget(self.layout_editor)
        drawing_layout.addLayout(bar)
        drawing_layout.addWidget(self.modes)

        self.message = QLabel(self)
        self.message.setObjectName("noScenes")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_scene_button = QPushButton(self)
        self.new_scene_button.setObjectName("newScene")
        self.new_scene_button.clicked.connect(self.layout_editor.ask_new_scene)
        empty = QWidget(self)
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.message)
        empty_layout.addWidget(self.new_scene_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self._empty = empty
        self.pages = QStackedWidget(self)
        self.pages.addWidget(drawing)
        self.pages.addWidget(empty)
        self._drawing = drawing
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._retranslate()
        self._restore_view_settings()

    # The scene shown

    def set_event(self, event_id: int | None, *, choose: int | None = None) -> None:
        """Show the scenes of an event (None: no event): the scene `choose` if given, else the
        chosen scene's place is kept; another event opens on the scene last shown for it."""
        keep = self.scene_chooser.currentIndex() if event_id == self._event_id else 0
        if choose is None and event_id is not None and event_id != self._event_id:
            choose = self._last_scene(event_id)
        self._event_id = event_id
        scenes: list[Scene] = []
        if event_id is not None:
            with Session(self._engine) as session:
                scenes = event_scenes(session, event_id)
        self.scene_chooser.blockSignals(True)
        self.scene_chooser.clear()
        for scene in scenes:
            self.scene_chooser.addItem(scene.name, scene.id)
        if choose is not None and self.scene_chooser.findData(choose) >= 0:
            keep = self.scene_chooser.findData(choose)
        self.scene_chooser.setCurrentIndex(min(max(keep, 0), len(scenes) - 1))
        self.scene_chooser.blockSignals(False)
        self.pages.setCurrentWidget(self._drawing if scenes else self._empty)
        self.layout_editor.set_scene(event_id, self.current_scene_id())
        self.refresh()
        self.scene_changed.emit()

    def current_scene_id(self) -> int | None:
        value = self.scene_chooser.currentData()
        return int(value) if value is not None else None

    def refresh(self) -> None:
        """Draw the chosen scene and its unplaced guests again as stored."""
        scene_id = self.current_scene_id()
        picture = None
        waiting: list[int] = []
        rows: dict[int, GuestRow] = {}
        if self._event_id is not None and scene_id is not None:
            with Session(self._engine) as session:
                event = session.get(Event, self._event_id)
                scene = session.get(Scene, scene_id)
                if event is not None and scene is not None:
                    picture = load_picture(session, event, scene)
                    waiting = [g.id for g in unplaced_guests(session, event, scene)
                               if g.id is not None]
                    rows = {row.id: row for row in load_guest_rows(session, event.id)}
        self._picture = picture
        self._rows = rows
        self._seats = {seat.key: seat for seat in picture.seats} if picture else {}
        self._guest_seat = {seat.guest_id: seat.key for seat in self._seats.values()
                            if seat.guest_id is not None}
        self.view.show_picture(picture)
        self.unplaced.set_guests([rows[g] for g in waiting if g in rows])
        self.unplaced_heading.setText(self.tr("Unplaced guests: {count}").format(
            count=len(waiting)))
        self._selection_changed()

    def _last_scene(self, event_id: int) -> int | None:
        if self._settings is None:
            return None
        value = self._settings.value(keys.last_scene_key(self._database_url, event_id))
        return int(value) if str(value).isdigit() else None

    def _scene_chosen(self, _index: int) -> None:
        scene_id = self.current_scene_id()
        if self._settings is not None and self._event_id is not None and scene_id is not None:
            # Kept so that the next start, or coming back to the event, shows the same scene.
            self._settings.setValue(keys.last_scene_key(self._database_url, self._event_id),
                                    scene_id)
        self._cancel_swap()
        self.view.fit()
        self.layout_editor.set_scene(self._event_id, self.current_scene_id())
        self.refresh()
        self.scene_changed.emit()

    def _restore_view_settings(self) -> None:
        """Show the tab as the user left it, and keep it so from now on."""
        settings = self._settings
        if settings is None:
            return
        self.ranks_button.setChecked(settings.value(keys.SEATING_RANKS, False, bool))
        split = settings.value(keys.SEATING_SPLITTER)
        if isinstance(split, QByteArray):
            self.splitter.restoreState(split)
        self.layout_button.setChecked(settings.value(keys.SEATING_LAYOUT_MODE, False, bool))
        self.ranks_button.toggled.connect(
            lambda shown: settings.setValue(keys.SEATING_RANKS, shown))
        self.layout_button.toggled.connect(
            lambda laying_out: settings.setValue(keys.SEATING_LAYOUT_MODE, laying_out))
        self.splitter.splitterMoved.connect(
            lambda *_moved: settings.setValue(keys.SEATING_SPLITTER, self.splitter.saveState()))

    # Laying out the room

    def _show_mode(self, laying_out: bool) -> None:
        """Seat guests in the plan, or lay out the room in the editor: one scene, two modes."""
        self.modes.setCurrentWidget(self.layout_editor if laying_out else self.splitter)
        for widget in self._seating_tools:
            widget.setVisible(not laying_out)
        # The editor has its own zoom, fit and find keys: two actions on one key do nothing.
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action,
                       self.find_action):
            action.setEnabled(not laying_out)
        if not laying_out:
            self.refresh()

    def _layout_changed(self) -> None:
        """A layout edit was stored (or undone): seats may have moved, appeared or gone."""
        scene_id = self.current_scene_id()
        if not self.layout_button.isChecked():
            self.refresh()
        if scene_id is not None:
            self.seats_changed.emit(scene_id)

    def _scenes_changed(self, scene_id: int | None) -> None:
        """A scene was made, renamed, moved or deleted: list the scenes again, on `scene_id`."""
        self.set_event(self._event_id, choose=scene_id)

    def _stored(self, scene_id: int) -> None:
        """After a change to a scene's seats was stored, or undone or redone."""
        if scene_id == self.current_scene_id():
            self.refresh()
        self.seats_changed.emit(scene_id)

    # Seating by hand

    def _edit(self, text: str, change: Edit, confirmed: bool = False) -> None:
        """Make one edit, store it and push it on the undo stack; a broken seating rule is put
        to the user first ("seat anyway?"), a refusal explained."""
        scene_id = self.current_scene_id()
        if scene_id is None:
            return
        try:
            with transaction(self._engine) as session:
                made = change(session, scene_id, confirmed)
        except SeatRuleBroken as broken:
            question = self._open_dialog(QMessageBox.Icon.Question, self.tr("Seat anyway?"),
                                         self.tr("{reasons}\n\nSeat anyway?").format(
                                             reasons="\n".join(broken.reasons)))
            question.setStandardButtons(QMessageBox.StandardButton.Yes
                                        | QMessageBox.StandardButton.No)
            question.setDefaultButton(QMessageBox.StandardButton.No)
            question.accepted.connect(lambda: self._edit(text, change, True))
            return
        except SeatEditRefused as refused:
            self._open_dialog(QMessageBox.Icon.Warning, self.tr("Seating"), str(refused))
            return
        self._undo_stack.push(SeatEditCommand(self._engine, made, text, self._stored,
                                              self._failed))
        self._stored(scene_id)

    def _open_dialog(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda: self._dialog_closed(box))
        self.dialog = box
        box.open()
        return box

    def _dialog_closed(self, dialog: QMessageBox | ReflowDialog) -> None:
        # A dialog closed earlier may go after the next one opened.
        if self.dialog is dialog:
            self.dialog = None

    def _name(self, guest_id: int | None) -> str:
        row = self._rows.get(guest_id) if guest_id is not None else None
        return row.name if row else ""

    def seat_guest(self, guest_id: int, key: SeatKey) -> None:
        """Seat a guest of the unplaced list (or one seated elsewhere) in the seat. On an
        occupied seat the user is asked first: its guest goes back to the unplaced list."""
        seat = self._seats.get(key)
        if seat is None:
            return
        text = self.tr("Seat {name} in {seat}").format(name=self._name(guest_id),
                                                       seat=seat.label)
        occupant = seat.guest_id

        def change(session: Session, scene_id: int, confirmed: bool) -> SeatEdit:
            return seat_guest(session, scene_id, guest_id, key, confirmed=confirmed)

        if occupant is None or occupant == guest_id or guest_id in self._guest_seat:
            self._edit(text, change)
            return
        question = self._open_dialog(
            QMessageBox.Icon.Question, self.tr("Replace the guest?"),
            self.tr("{occupant} sits in {seat}. Seat {name} there instead? {occupant} goes back "
                    "to the unplaced guests.").format(occupant=self._name(occupant),
                                                      seat=seat.label,
                                                      name=self._name(guest_id)))
        question.setStandardButtons(QMessageBox.StandardButton.Yes
                                    | QMessageBox.StandardButton.No)
        question.accepted.connect(lambda: self._edit(text, change))

    def swap(self, first: SeatKey, second: SeatKey) -> None:
        one, other = self._seats.get(first), self._seats.get(second)
        if one is None or other is None:
            return
        if bool(one.guest_id) != bool(other.guest_id):
            # Onto an empty seat the guest moves: the history says so, not "swap".
            seated, empty = (one, other) if one.guest_id else (other, one)
            text = self.tr("Move {name} to {seat}").format(name=self._name(seated.guest_id),
                                                           seat=empty.label)
        else:
            text = self.tr("Swap {first} and {second}").format(first=one.label,
                                                               second=other.label)
        self._edit(text,
                   lambda session, scene_id, confirmed: swap_seats(
                       session, scene_id, first, second, confirmed=confirmed))

    def unseat(self, keys: list[SeatKey]) -> None:
        """Send the guests of these seats back to the unplaced list, as one step."""
        seats = [self._seats[k] for k in keys if k in self._seats and self._seats[k].guest_id]
        if not seats:
            return
        guest_ids = [seat.guest_id for seat in seats if seat.guest_id is not None]
        text = (self.tr("Take {name} out of {seat}").format(name=seats[0].guest_name,
                                                            seat=seats[0].label)
                if len(seats) == 1 else self.tr("Take %n guest(s) out of their seats", "",
                                                len(seats)))
        self._edit(text, lambda session, scene_id, _confirmed: unseat_guests(
            session, scene_id, guest_ids))

    def unseat_chosen(self) -> None:
        self.unseat(self.view.selected_keys())

    def lock(self, keys: list[SeatKey], locked: bool) -> None:
        count = len([k for k in keys if k in self._seats and self._seats[k].guest_id])
        text = (self.tr("Lock %n seat(s)", "", count) if locked
                else self.tr("Unlock %n seat(s)", "", count))
        self._edit(text, lambda session, scene_id, _confirmed: lock_seats(
            session, scene_id, keys, locked))

    def _guest_dropped(self, guest_id: int, key: SeatKey) -> None:
        self.seat_guest(guest_id, key)

    def _seat_dropped(self, source: SeatKey, target: SeatKey) -> None:
        self.swap(source, target)

    def _seat_returned(self, key: SeatKey) -> None:
        self.unseat([key])

    # Swapping by picking the second seat

    def start_swap(self, key: SeatKey) -> None:
        """The next seat clicked is swapped with this one; Esc cancels."""
        seat = self._seats.get(key)
        if seat is None:
            return
        self._swap_from = key
        self.view.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self.hint.setText(self.tr("Click the seat to swap with {seat} (Esc cancels).").format(
            seat=seat.label))

    def _seat_clicked(self, key: SeatKey) -> None:
        if self._swap_from is None:
            return
        first = self._swap_from
        self._cancel_swap()
        if key != first:
            self.swap(first, key)

    def _cancel_swap(self) -> None:
        if self._swap_from is not None:
            self._swap_from = None
            self.view.viewport().unsetCursor()
            self.hint.clear()

    # The seat's menu

    def menu_for(self, key: SeatKey) -> QMenu:
        """The right-click menu of a seat (and of the other seats chosen with it)."""
        seat = self._seats[key]
        chosen = self.view.selected_keys() or [key]
        menu = QMenu(self)
        occupied = seat.guest_id is not None
        if seat.locked:
            action = menu.addAction(self.tr("Unlock"), lambda: self.lock(chosen, False))
            action.setObjectName("unlock")
        else:
            action = menu.addAction(self.tr("Lock"), lambda: self.lock(chosen, True))
            action.setObjectName("lock")
            action.setEnabled(any(self._seats[k].guest_id for k in chosen if k in self._seats))
        action = menu.addAction(self.tr("Take out of the seat"), lambda: self.unseat(chosen))
        action.setObjectName("unseat")
        action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        action.setEnabled(any(self._seats[k].guest_id and not self._seats[k].locked
                              for k in chosen if k in self._seats))
        action = menu.addAction(self.tr("Swap with…"), lambda: self.start_swap(key))
        action.setObjectName("swapWith")
        action.setEnabled(not seat.locked)
        action = menu.addAction(self.tr("Show in the guest list"), lambda: (
            self.show_in_guest_list.emit(seat.guest_id)))
        action.setObjectName("showInList")
        action.setEnabled(occupied)
        menu.addSeparator()
        action = menu.addAction(self.tr("Choose the whole block or table"),
                                lambda: self.view.select(
                                    [k for k in self._seats if k[0] == key[0]]))
        action.setObjectName("chooseElement")
        action = menu.addAction(self.tr("Arrange the chosen seats"), self.arrange_chosen)
        action.setObjectName("arrangeChosen")
        return menu

    def _show_menu(self, key: SeatKey, position: QPoint) -> None:
        if key not in self._seats:
            return
        menu = self.menu_for(key)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(position)

    # Arranging and re-flowing

    def _selection_changed(self) -> None:
        self.arrange_button.setEnabled(bool(self.view.selected_keys()))

    def arrange_chosen(self) -> None:
        keys = self.view.selected_keys()
        if keys:
            self.arrange_requested.emit(keys)

    def open_reflow(self) -> None:
        """Ask how to re-flow the scene, showing the seats it would change; then do it."""
        scene_id = self.current_scene_id()
        if self._event_id is None or scene_id is None:
            return
        dialog = ReflowDialog(self._engine, self._event_id, scene_id,
                              self.scene_chooser.currentText(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: self._dialog_closed(dialog))
        dialog.accepted.connect(lambda: self.reflow(dialog.mode()))
        self.dialog = dialog
        dialog.open()

    def reflow(self, mode: str) -> None:
        scene_id = self.current_scene_id()
        if self._event_id is None or scene_id is None:
            return
        # A second or two for a large hall; the dialog showed what it will change.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with transaction(self._engine) as session:
                event, scene = session.get(Event, self._event_id), session.get(Scene, scene_id)
                if event is None or scene is None:
                    raise SeatEditRefused(self.tr("The scene no longer exists."))
                report, change = reflow_with_snapshots(session, event, scene, mode)
        except LookupError as refused:
            QGuiApplication.restoreOverrideCursor()
            self._open_dialog(QMessageBox.Icon.Warning, self.tr("Re-flow"), str(refused))
            return
        QGuiApplication.restoreOverrideCursor()
        text = self.tr("Re-flow {scene}").format(scene=report.scene)
        self._undo_stack.push(ArrangeCommand(self._engine, Arranged(report, change),
                                             self._stored, self._failed, text))
        self._stored(scene_id)

    def follow_report(self, report: ArrangeReportDialog) -> None:
        """Let the report's links show their guests and seats on this plan."""
        report.guest_clicked.connect(self.show_guest)
        report.guests_clicked.connect(self.show_guests)
        report.seat_clicked.connect(self.show_seat_label)

    # Finding and showing

    def show_guest(self, guest_id: int) -> bool:
        """Centre the plan on the guest's seat, or choose them in the unplaced list."""
        key = self._guest_seat.get(guest_id)
        if key is not None:
            self.view.show_seat(key)
            self.hint.setText(self._seats[key].label)
            return True
        row = self.unplaced.row_of(guest_id)
        if row is None:
            self.hint.setText(self.tr("{name} has no seat in this scene.").format(
                name=self._name(guest_id)))
            return False
        self.unplaced_edit.clear()
        index = self.unplaced_filter.mapFromSource(self.unplaced.index(row, 0))
        self.unplaced_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.unplaced_view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.hint.setText(self.tr("{name} is not seated yet: see the unplaced guests.").format(
            name=self._name(guest_id)))
        return True

    def show_guests(self, names: list[str]) -> None:
        """Choose the seats of the guests named (a rule not kept), centred on the first."""
        keys = [k for k, seat in self._seats.items() if seat.guest_name in names]
        if keys:
            self.view.show_seat(keys[0])
            self.view.select(keys)

    def show_seat_label(self, label: str) -> None:
        key = next((k for k, seat in self._seats.items() if seat.label == label), None)
        if key is not None:
            self.view.show_seat(key)

    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _search(self, text: str) -> None:
        """The seated guests whose name, pinyin or initials match, best seat first; the view
        centres on the first."""
        self._found = []
        if text.strip():
            matches = guest_matcher(text)
            self._found = [key for key, seat in self._seats.items()
                           if seat.guest_id is not None and seat.guest_id in self._rows
                           and matches(self._rows[seat.guest_id])]
        if self._found:
            self.view.show_seat(self._found[0])
            self.hint.setText(self.tr("Found {count}: {name}, {seat}").format(
                count=len(self._found), name=self._seats[self._found[0]].guest_name,
                seat=self._seats[self._found[0]].label))
        elif text.strip():
            self.hint.setText(self.tr("Nobody seated in this scene matches “{text}”.").format(
                text=text))
        else:
            self.hint.clear()

    def _search_next(self) -> None:
        """Enter in the search box: the next match."""
        if len(self._found) > 1:
            self._found = self._found[1:] + self._found[:1]
            seat = self._seats[self._found[0]]
            self.view.show_seat(seat.key)
            self.hint.setText(self.tr("Found {count}: {name}, {seat}").format(
                count=len(self._found), name=seat.guest_name, seat=seat.label))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.scene_label.setText(self.tr("Scene:"))
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Show the whole scene (Ctrl+0)"))
        self.zoom_in_action.setText(self.tr("Zoom in"))
        self.zoom_out_action.setText(self.tr("Zoom out"))
        self.fit_action.setText(self.tr("Fit"))
        self.find_action.setText(self.tr("Find in the plan"))
        self.unseat_action.setText(self.tr("Take out of the seat"))
        self.search_edit.setPlaceholderText(self.tr("Find a guest in the plan (name, pinyin, "
                                                    "initials)"))
        self.ranks_button.setText(self.tr("Ranks"))
        self.ranks_button.setToolTip(self.tr("Show each seat's rank (1 is the most honoured)"))
        self.arrange_button.setText(self.tr("Arrange chosen seats"))
        self.arrange_button.setToolTip(self.tr(
            "Arrange only the chosen seats (Ctrl+click or Shift+drag to choose; right-click a "
            "seat to choose its whole block or table); everyone else stays."))
        self.reflow_button.setText(self.tr("Re-flow…"))
        self.reflow_button.setToolTip(self.tr(
            "After cancellations and new guests: seat the changes, keeping everyone else."))
        self.unplaced_edit.setPlaceholderText(self.tr("Filter: name, pinyin, initials"))
        self.unplaced_view.setToolTip(self.tr(
            "Drag a guest onto a seat; drag a seat here to take its guest out."))
        if self._picture is not None or self.current_scene_id() is not None:
            self.unplaced_heading.setText(self.tr("Unplaced guests: {count}").format(
                count=self.unplaced.rowCount()))
        self.layout_button.setText(self.tr("Lay out the room"))
        self.layout_button.setToolTip(self.tr(
            "Switch between seating guests and laying out the room: add rostrums, blocks, "
            "tables and furniture, move, turn and number them."))
        self.scenes_button.setText(self.tr("Scenes"))
        self.new_scene_button.setText(self.tr("New scene…"))
        self.message.setText(self.tr(
            "This event has no scenes yet, so there is nothing to seat. A scene is one room of "
            "the event with its own seats: the hall with its rostrum, the banquet, the group "
            "photo, the signing table.\n\nCreate the first one with New scene…: it can start "
            "from the usual layout of its kind, which you then change."))
