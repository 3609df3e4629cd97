"""The dialog that merges duplicate guests: per group, the guest kept and the value of each field
where the guests differ."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine
from sqlmodel import Session

from models.fields import BY_KEY
from models.guest_merge import DuplicateReason, find_duplicates, merge_choices
from models.tables import Guest
from models.vocab import category_label, gender_label, rank_label, rsvp_label


@dataclass(frozen=True)
class MergeGroup:
    """Guests who are probably one person: (id, how they are described) in list order, why they
    were grouped, and each guest's value of every field where they differ."""

    guests: tuple[tuple[int, str], ...]
    reasons: frozenset[str]
    choices: dict[str, list[tuple[int, Any]]]


# One merge: the guest kept, the guests merged into them, the values the kept guest takes.
MergePlan = tuple[int, list[int], dict[str, Any]]


def load_merge_groups(engine: Engine, event_id: int) -> list[MergeGroup]:
    """The event's likely duplicates, ready for the dialog."""
    with Session(engine) as session:
        groups = []
        for group in find_duplicates(session, event_id):
            guests = [session.get(Guest, guest_id) for guest_id in group.guest_ids]
            described = tuple((guest.id, _described(guest)) for guest in guests
                              if guest is not None and guest.id is not None)
            groups.append(MergeGroup(described, group.reasons,
                                     merge_choices(session, list(group.guest_ids))))
        return groups


def _described(guest: Guest) -> str:
    return " · ".join(part for part in (guest.name, guest.organisation, guest.title, guest.phone)
                      if part)


def value_text(field: str, value: Any) -> str:
    """A field's value as the user reads it; an empty value says so."""
    match field:
        case "rank_level":
            text = rank_label(value)
        case "category":
            text = category_label(value)
        case "rsvp":
            text = rsvp_label(value)
        case "gender":
            text = gender_label(value)
        case _ if isinstance(value, bool):
            text = (QCoreApplication.translate("MergeDialog", "Yes") if value
                    else QCoreApplication.translate("MergeDialog", "No"))
        case _:
            text = "" if value is None else str(value)
    return text or QCoreApplication.translate("MergeDialog", "(empty)")


class MergeGroupBox(QGroupBox):
    """One group: checked to merge it, the guest to keep, the winning value of each field."""

    def __init__(self, group: MergeGroup, parent: Any = None) -> None:
        super().__init__(parent)
        self.group = group
        self.setCheckable(True)
        # An office or a secretary's number is often given for several people: a group found
        # only by its phone number waits for the user to check it.
        self.setChecked(DuplicateReason.NAME_AND_ORGANISATION in group.reasons)
        reasons = []
        if DuplicateReason.NAME_AND_ORGANISATION in group.reasons:
            reasons.append(self.tr("same name and organisation"))
        if DuplicateReason.PHONE in group.reasons:
            reasons.append(self.tr("same phone"))
        self.setTitle(self.tr("{name} ({reasons})").format(
            name=group.guests[0][1].split(" · ")[0], reasons=" / ".join(reasons)))
        self.kept = QComboBox(self)
        self.kept.setObjectName("keptGuest")
        for guest_id, described in group.guests:
            self.kept.addItem(described, guest_id)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Keep:"), self.kept)
        self.fields: dict[str, QComboBox] = {}
        for field, values in group.choices.items():
            combo = QComboBox(self)
            combo.setObjectName(f"value_{field}")
            distinct = list(dict.fromkeys(value for _guest, value in values))
            for value in distinct:
                combo.addItem(value_text(field, value), value)
            self.fields[field] = combo
            layout.addRow(BY_KEY[field].header(), combo)
        if not group.choices:
            layout.addRow(QLabel(self.tr("Every field is the same."), self))
        self.kept.currentIndexChanged.connect(self._kept_changed)
        self._kept_changed()

    def _kept_changed(self) -> None:
        """Each field starts at the kept guest's value, or the first other value when theirs is
        empty: a merge should not lose a phone number one record had."""
        kept = self.kept.currentData()
        for field, combo in self.fields.items():
            values = dict(self.group.choices[field])
            value = values[kept]
            if value in (None, ""):
                value = next((other for other in values.values() if other not in (None, "")),
                             value)
            combo.setCurrentIndex(combo.findData(value) if combo.findData(value) >= 0 else 0)

    def plan(self) -> MergePlan:
        kept = self.kept.currentData()
        others = [guest_id for guest_id, _described in self.group.guests if guest_id != kept]
        return kept, others, {field: combo.currentData() for field, combo in self.fields.items()}


class MergeDialog(QDialog):
    """The likely duplicates of the event, one box per group; merges the groups left checked."""

    def __init__(self, groups: list[MergeGroup], parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeGuests")
        self.setWindowTitle(self.tr("Merge duplicate guests"))
        self.boxes = [MergeGroupBox(group) for group in groups]
        intro = QLabel(QCoreApplication.translate(
            "MergeDialog", "Found %n group(s) of guests who may be the same person. For each "
            "group, choose the guest to keep and the value of each field that differs; the "
            "others' seats, check-ins and companions go to the guest kept. Only checked groups "
            "are merged; groups found by a shared phone number alone start unchecked.", None,
            len(groups)), self)
        intro.setWordWrap(True)
        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        for box in self.boxes:
            inner_layout.addWidget(box)
        inner_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 520)

    def plans(self) -> list[MergePlan]:
        """The merges the user asked for, one per checked group."""
        return [box.plan() for box in self.boxes if box.isChecked()]
