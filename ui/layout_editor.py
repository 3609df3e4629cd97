"""The scene layout editor: palette, canvas and property panel, each edit stored and undoable.

The room is drawn to scale with its elements; every edit is written at once and is one step on
the undo stack."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QPointF, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine
from sqlmodel import Session

from models.db import transaction
from models.layout import ElementKind, LayoutError
from models.scene_edits import (
    Alignment,
    ElementState,
    LayoutEdit,
    Numbering,
    SceneEditRefused,
    add_elements,
    align,
    change_element,
    delete_scene,
    distribute,
    guests_losing_seats,
    new_scene,
    number_tables,
    paste_elements,
    place_elements,
    remove_elements,
    rename_scene,
    reorder_scenes,
    save_scene,
    seated_guest_names,
    set_entrance,
    snap,
    snap_positions,
)
from models.scenes import SceneNameRefused, event_scenes, scene_elements
from models.seat_labels import table_name
from models.seat_ranks import rank_seats
from models.seating import rank_settings
from models.tables import Element, Event, Scene, SceneKind
from ui.layout_commands import (
    DeleteSceneCommand,
    LayoutEditCommand,
    NewSceneCommand,
    RenameSceneCommand,
    ReorderScenesCommand,
)
from ui.layout_items import ROTATE_STEP, ElementItem, EntranceItem, RotateHandle
from ui.layout_palette import BY_KEY, LayoutPalette
from ui.layout_panel import LayoutPanel
from ui.layout_view import LayoutView

# QSettings keys of the editor: whether dragging snaps, and the grid's spacing in cm.
SNAP_SETTING = "layout/snap"
GRID_SETTING = "layout/grid"
DEFAULT_GRID = 50
CLIPBOARD_TYPE = "application/x-zuoci-layout-elements"
# How far each paste lands from the copied elements, so that copies never hide the originals.
PASTE_STEP = 100.0
# At most this many names in a warning; the rest are counted.
NAMES_SHOWN = 8

# Asks the user a yes/no question (title, text); tests answer it themselves.
Confirm = Callable[[str, str], bool]


class NewSceneDialog(QDialog):
    """The name and kind of a new scene, and whether it starts with the usual room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New scene"))
        self.name = QLineEdit(self)
        self.name.setObjectName("sceneName")
        self.kind = QComboBox(self)
        self.kind.setObjectName("sceneKind")
        kinds = [(SceneKind.HALL, self.tr("Hall with rostrum")),
                 (SceneKind.BANQUET, self.tr("Banquet")),
                 (SceneKind.MEETING, self.tr("Meeting")),
                 (SceneKind.SIGNING, self.tr("Signing ceremony")),
                 (SceneKind.PHOTO, self.tr("Group photo")),
                 (SceneKind.OTHER, self.tr("Other"))]
        for kind, text in kinds:
            self.kind.addItem(text, kind.value)
        self.starting = QCheckBox(self.tr("Start with the usual layout of this kind"), self)
        self.starting.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.name.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.starting)
        form.addRow(buttons)


class LayoutEditor(QWidget):
    """Edits the layout of one scene; `changed` follows every edit, undo and redo, and
    `scenes_changed` (with the scene to show, or None) every scene made, renamed, moved or
    deleted."""

    changed = Signal()
    scenes_changed = Signal(object)

    def __init__(self, engine: Engine, undo_stack: QUndoStack, parent: QWidget | None = None,
                 *, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._stack = undo_stack
        self._settings = settings
        self._event_id: int | None = None
        self._scene_id: int | None = None
        self._scene_name = ""
        self._event: Event | None = None
        self._entrance = (0.0, 0.0)
        self._pastes = 0
        self.items: dict[int, ElementItem] = {}
        self.confirm: Confirm = self._ask
        self.scene_dialog: NewSceneDialog | None = None
        self.rename_dialog: QInputDialog | None = None

        snapping = True if settings is None else settings.value(SNAP_SETTING, True, bool)
        grid = DEFAULT_GRID if settings is None else settings.value(GRID_SETTING, DEFAULT_GRID,
                                                                    int)
        self.palette = LayoutPalette(self)
        self.palette.chosen.connect(lambda key: self.add_preset(key))
        self.view = LayoutView(self.grid, self)
        self.view.setObjectName("layoutView")
        self.view.released.connect(self._drag_ended)
        self.view.dropped.connect(self.add_preset)
        self.view.scene().selectionChanged.connect(self._selection_changed)
        self.entrance = EntranceItem()
        self.handle = RotateHandle(self._turned)
        self.view.scene().addItem(self.handle)
        self.panel = LayoutPanel(self)
        self.panel.edited.connect(self._property_edited)
        self.message = QLabel(self)
        self.message.setObjectName("layoutMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()
        self.scene_title = QLabel(self)
        self.scene_title.setObjectName("layoutScene")

        self._create_actions(snapping, grid)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("layoutTools")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_scene_action, self.rename_scene_action,
                       self.delete_scene_action, self.move_scene_earlier_action,
                       self.move_scene_later_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.snap_action)
        self.grid_box = QSpinBox(self)
        self.grid_box.setObjectName("grid")
        self.grid_box.setRange(5, 500)
        self.grid_box.setSingleStep(5)
        self.grid_box.setValue(grid)
        self.grid_box.setSuffix(" cm")
        self.grid_box.valueChanged.connect(self._grid_changed)
        self.toolbar.addWidget(self.grid_box)
        self.toolbar.addAction(self.fit_action)
        # Two rows: all of it in one would not fit beside the other tabs' width.
        self.edit_toolbar = QToolBar(self)
        self.edit_toolbar.setObjectName("layoutEditTools")
        self.edit_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.copy_action, self.paste_action, self.delete_action,
                       self.rotate_action, self.rotate_quarter_action):
            self.edit_toolbar.addAction(action)
        self.edit_toolbar.addSeparator()
        for action in (*self.align_actions.values(), self.distribute_across_action,
                       self.distribute_down_action, self.grid_selected_action):
            self.edit_toolbar.addAction(action)
        self.edit_toolbar.addSeparator()
        for action in (self.number_by_rank_action, self.number_by_position_action):
            self.edit_toolbar.addAction(action)

        canvas = QWidget(self)
        canvas_layout = QVBoxLayout(canvas)
        canvas_layout.setContentsMargins(0, 0, 0, 0)
        canvas_layout.addWidget(self.scene_title)
        canvas_layout.addWidget(self.message)
        canvas_layout.addWidget(self.view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.palette)
        self.splitter.addWidget(canvas)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([150, 700, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.edit_toolbar)
        layout.addWidget(self.splitter)
        self._retranslate()
        self._update_actions()

    # Actions

    def _create_actions(self, snapping: bool, grid: int) -> None:
        self.new_scene_action = QAction(self)
        self.new_scene_action.triggered.connect(self.ask_new_scene)
        self.rename_scene_action = QAction(self)
        self.rename_scene_action.triggered.connect(self.ask_rename_scene)
        self.delete_scene_action = QAction(self)
        self.delete_scene_action.triggered.connect(self.delete_current_scene)
        self.move_scene_earlier_action = QAction(self)
        self.move_scene_earlier_action.triggered.connect(lambda: self.move_scene(-1))
        self.move_scene_later_action = QAction(self)
        self.move_scene_later_action.triggered.connect(lambda: self.move_scene(1))

        # Keys of the canvas only: elsewhere Delete and Ctrl+C belong to the guest list.
        on_canvas = Qt.ShortcutContext.WidgetShortcut
        self.copy_action = QAction(self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.triggered.connect(self.copy_selected)
        self.paste_action = QAction(self)
        self.paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        self.paste_action.triggered.connect(self.paste)
        self.delete_action = QAction(self)
        self.delete_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete),
                                         QKeySequence(Qt.Key.Key_Backspace)])
        self.delete_action.triggered.connect(self.delete_selected)
        self.rotate_action = QAction(self)
        self.rotate_action.setShortcut(QKeySequence(Qt.Key.Key_R))
        self.rotate_action.triggered.connect(lambda: self.rotate_selected(ROTATE_STEP))
        self.rotate_quarter_action = QAction(self)
        self.rotate_quarter_action.setShortcut(QKeySequence("Shift+R"))
        self.rotate_quarter_action.triggered.connect(lambda: self.rotate_selected(90.0))
        self.select_all_action = QAction(self)
        self.select_all_action.setShortcut(QKeySequence.StandardKey.SelectAll)
        self.select_all_action.triggered.connect(self.select_all)
        for action in (self.copy_action, self.paste_action, self.delete_action,
                       self.rotate_action, self.rotate_quarter_action, self.select_all_action):
            action.setShortcutContext(on_canvas)
            self.view.addAction(action)

        self.align_actions: dict[Alignment, QAction] = {}
        for how in Alignment:
            action = QAction(self)
            action.triggered.connect(lambda _checked=False, h=how: self.align_selected(h))
            self.align_actions[how] = action
        self.distribute_across_action = QAction(self)
        self.distribute_across_action.triggered.connect(lambda: self.distribute_selected(True))
        self.grid_selected_action = QAction(self)
        self.grid_selected_action.triggered.connect(self.put_selected_on_grid)
        self.distribute_down_action = QAction(self)
        self.distribute_down_action.triggered.connect(lambda: self.distribute_selected(False))
        self.number_by_rank_action = QAction(self)
        self.number_by_rank_action.triggered.connect(
            lambda: self.number_tables(Numbering.RANK))
        self.number_by_position_action = QAction(self)
        self.number_by_position_action.triggered.connect(
            lambda: self.number_tables(Numbering.POSITION))
        self.snap_action = QAction(self)
        self.snap_action.setCheckable(True)
        self.snap_action.setChecked(snapping)
        self.snap_action.toggled.connect(self._snap_toggled)
        self.fit_action = QAction(self)
        self.fit_action.setShortcut(QKeySequence("Ctrl+0"))
        self.fit_action.setShortcutContext(on_canvas)
        self.fit_action.triggered.connect(self.view.fit)
        self.view.addAction(self.fit_action)

    def _update_actions(self) -> None:
        has_scene = self._scene_id is not None
        chosen = len(self.selected_ids())
        self.new_scene_action.setEnabled(self._event_id is not None)
        for action in (self.rename_scene_action, self.delete_scene_action,
                       self.move_scene_earlier_action, self.move_scene_later_action,
                       self.paste_action, self.number_by_rank_action,
                       self.number_by_position_action, self.select_all_action):
            action.setEnabled(has_scene)
        for action in (self.copy_action, self.delete_action, self.rotate_action,
                       self.rotate_quarter_action, self.grid_selected_action):
            action.setEnabled(chosen > 0)
        for action in self.align_actions.values():
            action.setEnabled(chosen > 1)
        self.distribute_across_action.setEnabled(chosen > 2)
        self.distribute_down_action.setEnabled(chosen > 2)
        self.palette.setEnabled(has_scene)

    # Grid

    def grid(self) -> float:
        return float(self.grid_box.value()) if self.snap_action.isChecked() else 0.0

    def _snap_toggled(self, on: bool) -> None:
        if self._settings is not None:
            self._settings.setValue(SNAP_SETTING, on)
        self.view.grid_changed()

    def _grid_changed(self, value: int) -> None:
        if self._settings is not None:
            self._settings.setValue(GRID_SETTING, value)
        self.view.grid_changed()

    # The scene shown

    def set_scene(self, event_id: int | None, scene_id: int | None) -> None:
        """Edit this scene of this event (None: nothing to edit)."""
        self._event_id = event_id
        self._scene_id = scene_id if event_id is not None else None
        self._pastes = 0
        self._reload()
        self.view.fit()

    def scene_id(self) -> int | None:
        return self._scene_id

    def _reload(self) -> None:
        scene = self.view.scene()
        # Off the items first: removing an item takes its children out of the scene with it.
        self.handle.attach(None)
        scene.blockSignals(True)
        for item in self.items.values():
            scene.removeItem(item)
        if self.entrance.scene() is not None:
            scene.removeItem(self.entrance)
        scene.blockSignals(False)
        self.items = {}
        self._event = None
        self._scene_name = ""
        with Session(self._engine) as session:
            stored = session.get(Scene, self._scene_id) if self._scene_id is not None else None
            if stored is None or stored.event_id != self._event_id:
                self._scene_id = None
            else:
                self._event = session.get(Event, stored.event_id)
                self._scene_name = stored.name
                for element in scene_elements(session, stored.id):
                    assert element.id is not None
                    item = ElementItem(element.id, _state_of(element))
                    self.items[element.id] = item
                    scene.addItem(item)
                scene.addItem(self.entrance)
                self._entrance = (stored.entrance_x, stored.entrance_y)
                self.entrance.show_entrance(stored.entrance_x, stored.entrance_y,
                                            self.tr("Entrance"))
        self._update_captions()
        self._update_scene_rect()
        self._show_message("")
        self._selection_changed()
        self._retranslate_title()

    def _update_scene_rect(self) -> None:
        # Room to drag into around what is there; the rect only grows while a scene is shown.
        bounds = self.view.scene().itemsBoundingRect().adjusted(-1500, -1500, 1500, 1500)
        self.view.scene().setSceneRect(bounds.united(self.view.scene().sceneRect())
                                       if self.items else bounds)

    def _update_captions(self) -> None:
        """Each element's name on the plan; a table without its own shows the number its rank
        gives it, which any move may change."""
        # The order of the tables depends on where they stand and which is the main one, not
        # on their chairs: one seat each finds it as well, many times faster.
        # Built without validation: the states were checked when stored, and a few thousand
        # validated Elements would take most of a second.
        tables = [Element.model_construct(
            id=i, scene_id=self._scene_id or 0, kind=item.state.kind, x=item.state.x,
            y=item.state.y, rotation=0.0, label=item.state.label,
            params={**item.state.params, "seats": 1, "shape": "round"})
            for i, item in self.items.items() if item.state.kind == ElementKind.TABLE]
        numbers: dict[int, int | None] = {}
        if tables and self._event is not None:
            scene = Scene(event_id=self._event.id or 0, name="", entrance_x=self._entrance[0],
                          entrance_y=self._entrance[1])
            for ranked in rank_seats(tables, rank_settings(self._event, scene)):
                numbers.setdefault(ranked.group, ranked.table_number)
        by_id = {t.id: t for t in tables}
        for element_id, item in self.items.items():
            if element_id in by_id:
                caption = table_name(by_id[element_id], numbers.get(element_id))
            else:
                caption = self._caption(item.state)
            if caption != item.caption:
                item.caption = caption
                item.setToolTip(caption)
                item.update()

    def _caption(self, state: ElementState) -> str:
        if state.label:
            return state.label
        names = {ElementKind.ROSTRUM: self.tr("Rostrum"), ElementKind.MEETING: self.tr(
            "Meeting room"), ElementKind.SIGNING: self.tr("Signing table"),
            ElementKind.PHOTO: self.tr("Group photo")}
        if state.kind == ElementKind.FURNITURE:
            return str(state.params.get("text") or "")
        return names.get(ElementKind(state.kind), "")

    def _show_edit(self, edit: LayoutEdit) -> None:
        """Draw again what an edit, its undo or its redo touched, if its scene is shown."""
        if edit.scene_id != self._scene_id:
            self.changed.emit()
            return
        scene = self.view.scene()
        ids = set(edit.before) | set(edit.after)
        with Session(self._engine) as session:
            for element_id in sorted(ids):
                element = session.get(Element, element_id)
                item = self.items.get(element_id)
                if element is None:
                    if item is not None:
                        if self.handle.element() is item:
                            self.handle.attach(None)
                        scene.removeItem(item)
                        del self.items[element_id]
                    continue
                state = _state_of(element)
                if item is None:
                    item = ElementItem(element_id, state)
                    self.items[element_id] = item
                    scene.addItem(item)
                else:
                    item.show_state(state, item.caption)
            stored = session.get(Scene, edit.scene_id)
            if stored is not None:
                self._entrance = (stored.entrance_x, stored.entrance_y)
                self.entrance.show_entrance(stored.entrance_x, stored.entrance_y,
                                            self.tr("Entrance"))
        self._update_captions()
        self._update_scene_rect()
        self._selection_changed()
        self.changed.emit()

    # Choosing

    def selected_ids(self) -> list[int]:
        return sorted(item.element_id for item in self.view.scene().selectedItems()
                      if isinstance(item, ElementItem))

    def select(self, element_ids: list[int]) -> None:
        scene = self.view.scene()
        scene.blockSignals(True)
        scene.clearSelection()
        for element_id in element_ids:
            if element_id in self.items:
                self.items[element_id].setSelected(True)
        scene.blockSignals(False)
        self._selection_changed()

    def select_all(self) -> None:
        self.select(list(self.items))

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        self.handle.attach(self.items[ids[0]] if len(ids) == 1 else None)
        self.panel.show_selection([self.items[i].state for i in ids])
        self._update_actions()

    # Edits

    def _edit(self, make: Callable[[Session], LayoutEdit], text: str, *,
              in_panel: bool = False) -> LayoutEdit | None:
        """Make one edit in one transaction and put it on the undo stack; a refusal is shown
        (in the property panel when it came from there) and changes nothing."""
        try:
            with transaction(self._engine) as session:
                edit = make(session)
        except (LayoutError, SceneEditRefused) as refused:
            if in_panel:
                self.panel.show_error(str(refused))
            else:
                self._show_message(str(refused))
            self._reset_places()
            return None
        self._show_message("")
        self._stack.push(LayoutEditCommand(self._engine, self._failed, edit, text,
                                           self._show_edit))
        self._show_edit(edit)
        return edit

    def _reset_places(self) -> None:
        """After a refused move: every item back where its element is stored."""
        for item in self.items.values():
            if item.moved():
                item.show_state(item.state, item.caption)
        if self.entrance.moved():
            self.entrance.show_entrance(*self._entrance, self.entrance.caption)

    def add_preset(self, key: str, at: QPointF | None = None) -> int | None:
        """Add a palette entry at `at` (layout cm), or in the middle of the view; its id."""
        if self._scene_id is None:
            return None
        preset = BY_KEY[key]
        if at is None:
            at = self.view.mapToScene(self.view.viewport().rect().center())
        grid = self.grid()
        state = ElementState(preset.kind, snap(at.x(), grid), snap(at.y(), grid), 0.0,
                             preset.name() if preset.labelled else "", dict(preset.params))
        scene_id = self._scene_id
        edit = self._edit(lambda s: add_elements(s, scene_id, [state]),
                          self.tr("Add {name}").format(name=preset.name()))
        if edit is None:
            return None
        self.select(edit.added_ids())
        return edit.added_ids()[0]

    def _drag_ended(self) -> None:
        moved = {i: item for i, item in self.items.items() if item.moved()}
        if moved:
            places = {i: {"x": round(item.pos().x(), 1), "y": round(item.pos().y(), 1)}
                      for i, item in moved.items()}
            self._edit(lambda s: place_elements(s, places),
                       self.tr("Move %n element(s)", None, len(places)))
        if self.entrance.moved() and self._scene_id is not None:
            scene_id, x, y = self._scene_id, self.entrance.pos().x(), self.entrance.pos().y()
            self._edit(lambda s: set_entrance(s, scene_id, x, y), self.tr("Move the entrance"))

    def rotate_selected(self, step: float) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        places = {i: {"rotation": self.items[i].state.rotation + step} for i in ids}
        self._edit(lambda s: place_elements(s, places),
                   self.tr("Rotate %n element(s)", None, len(ids)))

    def _turned(self, element_id: int, rotation: float) -> None:
        """The rotation handle let go: store the new rotation, or put the element back."""
        item = self.items.get(element_id)
        if item is None:
            return
        if rotation == item.state.rotation:
            item.setRotation(item.state.rotation)
            return
        self._edit(lambda s: place_elements(s, {element_id: {"rotation": rotation}}),
                   self.tr("Rotate {name}").format(name=self._caption_of(element_id)))

    def _property_edited(self, change: dict[str, Any]) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        element_id = ids[0]
        state = self.items[element_id].state
        name = self._caption_of(element_id)
        if set(change) <= {"x", "y", "rotation"}:
            self._edit(lambda s: place_elements(s, {element_id: change}),
                       self.tr("Move {name}").format(name=name), in_panel=True)
            return
        params = {k: v for k, v in change.items() if k != "label"}
        if params and not self._losing_seats_agreed(element_id, params):
            self.panel.show_selection([state])
            return
        self._edit(lambda s: change_element(s, element_id, **change),
                   self.tr("Change {name}").format(name=name), in_panel=True)

    def _caption_of(self, element_id: int) -> str:
        item = self.items[element_id]
        return item.caption or self.tr("the element")

    def _losing_seats_agreed(self, element_id: int, params: dict[str, Any], *,
                             removed: bool = False) -> bool:
        """Ask first when guests would lose their seats; True when none would, or the user
        agrees."""
        try:
            with Session(self._engine) as session:
                guests = guests_losing_seats(session, element_id, removed=removed, **params)
                names = seated_guest_names(session, guests)
        except (LayoutError, SceneEditRefused):
            # The edit itself will be refused, and say why.
            return True
        if not names:
            return True
        return self.confirm(self.tr("Guests lose their seats"), self._unseating_text(names))

    def _unseating_text(self, names: list[str]) -> str:
        shown = "、".join(names[:NAMES_SHOWN])
        if len(names) > NAMES_SHOWN:
            shown += self.tr(" and %n more", None, len(names) - NAMES_SHOWN)
        return self.tr("%n guest(s) seated here will lose their seats: {names}.\n\nUndo gives "
                       "them their seats back. Go on?", None, len(names)).format(names=shown)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        try:
            with Session(self._engine) as session:
                guests = sorted(g for i in ids
                                for g in guests_losing_seats(session, i, removed=True))
                names = seated_guest_names(session, guests)
        except SceneEditRefused as refused:
            self._show_message(str(refused))
            return
        if names and not self.confirm(self.tr("Guests lose their seats"),
                                      self._unseating_text(names)):
            return
        self._edit(lambda s: remove_elements(s, ids),
                   self.tr("Delete %n element(s)", None, len(ids)))

    def copy_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        data = QMimeData()
        payload = json.dumps([self.items[i].state.to_json() for i in ids], ensure_ascii=False)
        data.setData(CLIPBOARD_TYPE, payload.encode())
        data.setText("\n".join(self.items[i].caption for i in ids if self.items[i].caption))
        QApplication.clipboard().setMimeData(data)
        self._pastes = 0

    def paste(self) -> list[int]:
        """Paste the copied elements beside where they were copied from; their new ids."""
        if self._scene_id is None:
            return []
        data = QApplication.clipboard().mimeData()
        if data is None or not data.hasFormat(CLIPBOARD_TYPE):
            self._show_message(self.tr("Nothing to paste: copy elements of a plan first."))
            return []
        try:
            copied = [ElementState.from_json(item)
                      for item in json.loads(bytes(data.data(CLIPBOARD_TYPE).data()).decode())]
        except (ValueError, TypeError) as error:
            self._show_message(str(error))
            return []
        self._pastes += 1
        offset = (PASTE_STEP * self._pastes, PASTE_STEP * self._pastes)
        scene_id = self._scene_id
        edit = self._edit(lambda s: paste_elements(s, scene_id, copied, offset),
                          self.tr("Paste %n element(s)", None, len(copied)))
        if edit is None:
            return []
        self.select(edit.added_ids())
        return edit.added_ids()

    def align_selected(self, how: Alignment) -> None:
        ids = self.selected_ids()
        if len(ids) < 2:
            return
        places = align({i: self.items[i].box() for i in ids}, how)
        self._place(places, self.tr("Align %n element(s)", None, len(ids)))

    def distribute_selected(self, horizontal: bool) -> None:
        ids = self.selected_ids()
        if len(ids) < 3:
            return
        places = distribute({i: self.items[i].box() for i in ids}, horizontal=horizontal)
        self._place(places, self.tr("Distribute %n element(s)", None, len(ids)))

    def put_selected_on_grid(self) -> None:
        """Move the chosen elements to the nearest grid points (placed off it with Shift)."""
        ids = self.selected_ids()
        if not ids:
            return
        places = snap_positions({i: self.items[i].stored_place() for i in ids},
                                float(self.grid_box.value()))
        self._place(places, self.tr("Put %n element(s) on the grid", None, len(ids)))

    def _place(self, places: dict[int, tuple[float, float]], text: str) -> None:
        moves = {i: {"x": x, "y": y} for i, (x, y) in places.items()
                 if (round(x, 1), round(y, 1)) != self.items[i].stored_place()}
        if moves:
            self._edit(lambda s: place_elements(s, moves), text)

    def number_tables(self, numbering: Numbering) -> None:
        if self._scene_id is None:
            return
        scene_id = self._scene_id
        text = (self.tr("Number the tables by rank") if numbering is Numbering.RANK
                else self.tr("Number the tables by position"))
        self._edit(lambda s: number_tables(s, scene_id, numbering), text)

    # Scenes

    def ask_new_scene(self) -> None:
        if self._event_id is None:
            return
        self.scene_dialog = NewSceneDialog(self)
        self.scene_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.scene_dialog.accepted.connect(self._new_scene_accepted)
        self.scene_dialog.finished.connect(self._scene_dialog_closed)
        self.scene_dialog.open()

    def _scene_dialog_closed(self) -> None:
        self.scene_dialog = None

    def _new_scene_accepted(self) -> None:
        dialog = self.scene_dialog
        assert dialog is not None
        self.create_scene(dialog.name.text(), str(dialog.kind.currentData()),
                          starting_layout=dialog.starting.isChecked())

    def create_scene(self, name: str, kind: str, *, starting_layout: bool = True) -> int | None:
        """Make a new scene of the event and show it; its id, or None when refused."""
        if self._event_id is None:
            return None
        event_id = self._event_id
        try:
            with transaction(self._engine) as session:
                scene = new_scene(session, event_id, name, kind,
                                  starting_layout=starting_layout)
                assert scene.id is not None
                scene_id, scene_name = scene.id, scene.name
                # Kept as a deleted scene is, so that redo after undo brings back the same one.
                saved = save_scene(session, scene_id)
        except (SceneNameRefused, SceneEditRefused, LayoutError) as refused:
            self._show_message(str(refused))
            return None
        self._stack.push(NewSceneCommand(self._engine, self._failed, saved,
                                         self.tr("New scene {name}").format(name=scene_name),
                                         self._show_scene))
        self._show_scene(scene_id)
        return scene_id

    def ask_rename_scene(self) -> None:
        if self._scene_id is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Rename scene"))
        dialog.setLabelText(self.tr("New name of the scene:"))
        dialog.setTextValue(self._scene_name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self.rename_scene)
        dialog.finished.connect(lambda _result: setattr(self, "rename_dialog", None))
        self.rename_dialog = dialog
        dialog.open()

    def rename_scene(self, name: str) -> bool:
        if self._scene_id is None:
            return False
        scene_id = self._scene_id
        try:
            with transaction(self._engine) as session:
                old = rename_scene(session, scene_id, name)
                renamed = session.get(Scene, scene_id)
                assert renamed is not None
                new = renamed.name
        except (SceneNameRefused, SceneEditRefused) as refused:
            self._show_message(str(refused))
            return False
        if old == new:
            return True
        self._stack.push(RenameSceneCommand(
            self._engine, self._failed, scene_id, old, new,
            self.tr("Rename scene {old} to {new}").format(old=old, new=new), self._show_scene))
        self._show_scene(scene_id)
        return True

    def delete_current_scene(self) -> None:
        if self._scene_id is None:
            return
        scene_id, name = self._scene_id, self._scene_name
        with Session(self._engine) as session:
            seated = save_scene(session, scene_id).seated_count
        question = self.tr("Delete the scene {name} with its layout?").format(name=name)
        if seated:
            question += "\n\n" + self.tr("%n guest(s) seated in it lose their seats there.",
                                         None, seated)
        question += "\n\n" + self.tr("Undo brings it back.")
        if not self.confirm(self.tr("Delete scene"), question):
            return
        try:
            with transaction(self._engine) as session:
                saved = delete_scene(session, scene_id)
        except SceneEditRefused as refused:
            self._show_message(str(refused))
            return
        self._stack.push(DeleteSceneCommand(self._engine, self._failed, saved,
                                            self.tr("Delete scene {name}").format(name=name),
                                            self._show_scene))
        self._show_scene(None)

    def move_scene(self, step: int) -> None:
        """Move the shown scene earlier (-1) or later (+1) among the event's scenes."""
        if self._scene_id is None or self._event_id is None:
            return
        scene_id, event_id = self._scene_id, self._event_id
        try:
            with transaction(self._engine) as session:
                order = [s.id for s in event_scenes(session, event_id) if s.id is not None]
                place = order.index(scene_id)
                target = place + step
                if not 0 <= target < len(order):
                    return
                new = list(order)
                new[place], new[target] = new[target], new[place]
                old = reorder_scenes(session, event_id, new)
        except SceneEditRefused as refused:
            self._show_message(str(refused))
            return
        self._stack.push(ReorderScenesCommand(
            self._engine, self._failed, event_id, old, new, scene_id,
            self.tr("Move scene {name}").format(name=self._scene_name), self._show_scene))
        self._show_scene(scene_id)

    def _show_scene(self, scene_id: int | None) -> None:
        """After a scene change: show `scene_id` (None: the event's first scene) and say so."""
        if scene_id is None and self._event_id is not None:
            with Session(self._engine) as session:
                scenes = event_scenes(session, self._event_id)
                scene_id = scenes[0].id if scenes else None
        self.set_scene(self._event_id, scene_id)
        self.scenes_changed.emit(scene_id)
        self.changed.emit()

    # Messages

    def _failed(self, reason: str) -> None:
        self._show_message(reason)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    # Language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate_title(self) -> None:
        if self._scene_id is None:
            self.scene_title.setText(self.tr("No scene chosen. Make one with New scene."))
        else:
            self.scene_title.setText(self.tr("Layout of {name}: drag to move, R to rotate, "
                                             "Shift while dragging to leave the grid")
                                     .format(name=self._scene_name))

    def _retranslate(self) -> None:
        self.new_scene_action.setText(self.tr("New scene…"))
        self.rename_scene_action.setText(self.tr("Rename…"))
        self.delete_scene_action.setText(self.tr("Delete scene"))
        self.move_scene_earlier_action.setText(self.tr("Earlier"))
        self.move_scene_earlier_action.setToolTip(self.tr("Move the scene before the one "
                                                          "ahead of it"))
        self.move_scene_later_action.setText(self.tr("Later"))
        self.move_scene_later_action.setToolTip(self.tr("Move the scene after the next one"))
        self.copy_action.setText(self.tr("Copy"))
        self.paste_action.setText(self.tr("Paste"))
        self.delete_action.setText(self.tr("Delete"))
        self.rotate_action.setText(self.tr("Rotate 15°"))
        self.rotate_action.setToolTip(self.tr("Rotate the chosen elements by 15° (R)"))
        self.rotate_quarter_action.setText(self.tr("Rotate 90°"))
        self.rotate_quarter_action.setToolTip(self.tr("Rotate the chosen elements by 90° "
                                                      "(Shift+R)"))
        self.select_all_action.setText(self.tr("Select all"))
        align_texts = {Alignment.LEFT: self.tr("Align left"),
                       Alignment.CENTRE: self.tr("Align centres"),
                       Alignment.RIGHT: self.tr("Align right"),
                       Alignment.TOP: self.tr("Align front"),
                       Alignment.MIDDLE: self.tr("Align middles"),
                       Alignment.BOTTOM: self.tr("Align back")}
        for how, action in self.align_actions.items():
            action.setText(align_texts[how])
        self.distribute_across_action.setText(self.tr("Space across"))
        self.distribute_across_action.setToolTip(self.tr("Equal gaps from left to right"))
        self.distribute_down_action.setText(self.tr("Space front to back"))
        self.distribute_down_action.setToolTip(self.tr("Equal gaps from front to back"))
        self.grid_selected_action.setText(self.tr("On the grid"))
        self.grid_selected_action.setToolTip(self.tr("Move the chosen elements to the nearest "
                                                     "grid points"))
        self.number_by_rank_action.setText(self.tr("Number by rank"))
        self.number_by_rank_action.setToolTip(self.tr("Number the tables 1, 2, 3… in protocol "
                                                      "order, the main table first"))
        self.number_by_position_action.setText(self.tr("Number by position"))
        self.number_by_position_action.setToolTip(self.tr("Number the tables left to right, "
                                                          "the front row first"))
        self.snap_action.setText(self.tr("Snap to grid"))
        self.snap_action.setToolTip(self.tr("Moved elements land on the grid; hold Shift while "
                                            "dragging to place freely"))
        self.grid_box.setToolTip(self.tr("Grid spacing"))
        self.fit_action.setText(self.tr("Fit"))
        self._retranslate_title()
        if self._scene_id is not None:
            self.entrance.show_entrance(*self._entrance, self.tr("Entrance"))
        if self.items:
            self._update_captions()


def _state_of(element: Element) -> ElementState:
    return ElementState(kind=element.kind, x=element.x, y=element.y, rotation=element.rotation,
                        label=element.label, params=dict(element.params))

