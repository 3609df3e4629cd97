"""The seating tab: a chooser of the event's scenes and the chosen scene drawn to scale."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine
from sqlmodel import Session

from models.scenes import event_scenes
from models.tables import Event, Scene
from ui.seating_view import SeatingView, load_picture


class SeatingArea(QWidget):
    """Shows one scene of the chosen event; says so when the event has no scenes."""

    scene_changed = Signal()

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._event_id: int | None = None

        self.scene_label = QLabel(self)
        self.scene_chooser = QComboBox(self)
        self.scene_chooser.setObjectName("scenes")
        self.scene_chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scene_chooser.currentIndexChanged.connect(self._scene_chosen)
        self.view = SeatingView(self)
        self.view.setObjectName("seating")
        self.fit_button = QPushButton(self)
        self.fit_button.clicked.connect(self.view.fit)

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
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            action.setShortcutContext(context)
            self.addAction(action)

        bar = QHBoxLayout()
        bar.addWidget(self.scene_label)
        bar.addWidget(self.scene_chooser)
        bar.addStretch(1)
        bar.addWidget(self.fit_button)
        drawing = QWidget(self)
        drawing_layout = QVBoxLayout(drawing)
        drawing_layout.setContentsMargins(0, 0, 0, 0)
        drawing_layout.addLayout(bar)
        drawing_layout.addWidget(self.view)

        self.message = QLabel(self)
        self.message.setObjectName("noScenes")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(drawing)
        self.pages.addWidget(self.message)
        self._drawing = drawing
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._retranslate()

    def set_event(self, event_id: int | None) -> None:
        """Show the scenes of an event (None: no event), keeping the chosen scene's place."""
        keep = self.scene_chooser.currentIndex() if event_id == self._event_id else 0
        self._event_id = event_id
        scenes: list[Scene] = []
        if event_id is not None:
            with Session(self._engine) as session:
                scenes = event_scenes(session, event_id)
        self.scene_chooser.blockSignals(True)
        self.scene_chooser.clear()
        for scene in scenes:
            self.scene_chooser.addItem(scene.name, scene.id)
        self.scene_chooser.setCurrentIndex(min(max(keep, 0), len(scenes) - 1))
        self.scene_chooser.blockSignals(False)
        self.pages.setCurrentWidget(self._drawing if scenes else self.message)
        self.refresh()
        self.scene_changed.emit()

    def current_scene_id(self) -> int | None:
        value = self.scene_chooser.currentData()
        return int(value) if value is not None else None

    def refresh(self) -> None:
        """Draw the chosen scene again as stored."""
        scene_id = self.current_scene_id()
        picture = None
        if self._event_id is not None and scene_id is not None:
            with Session(self._engine) as session:
                event = session.get(Event, self._event_id)
                scene = session.get(Scene, scene_id)
                if event is not None and scene is not None:
                    picture = load_picture(session, event, scene)
        self.view.show_picture(picture)

    def _scene_chosen(self, _index: int) -> None:
        self.view.fit()
        self.refresh()
        self.scene_changed.emit()

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
        self.message.setText(self.tr(
            "This event has no scenes yet, so there is nothing to seat. Scenes (the hall, the "
            "banquet, the group photo) will be drawn in the scene editor, which comes in a later "
            "version.\n\nTo look at seating now, create the sample event: it has four scenes "
            "(python main.py demo at the command line, or File › Create the sample event)."))
