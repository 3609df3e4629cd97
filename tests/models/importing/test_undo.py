"""Undoing and redoing an import from what it recorded: added guests go, updated ones go back."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from models.db import transaction
from models.guests import new_guest
from models.importing import ImportMode, import_file, plan_import
from models.importing.undo import redo_import, undo_import
from models.tables import Event
from tests.models.importing.files import write_xlsx
from tests.models.importing.stored import EVENT, guests_of


def test_undo_removes_added_guests_and_restores_updated_ones(engine: Engine,
                                                             tmp_path: Path) -> None:
    with transaction(engine) as session:
        event = Event(name=EVENT)
        session.add(event)
        session.flush()
        session.add(new_guest(event.id, "李娜", organisation="国家电网", title="总经理",
                              list_order=1))
    lina = guests_of(engine)[0]
    rows = [["姓名", "单位", "职务", "随行"], ["李娜", "国家电网", "董事长", "刘秘书"],
            ["刘秘书", "国家电网", "秘书", ""]]
    path = write_xlsx(tmp_path / "名单.xlsx", rows)
    report = import_file(engine, path, event_name=EVENT, mode=ImportMode.UPDATE)
    changes = report.changes
    assert changes is not None and changes.event_id == lina.event_id
    imported = guests_of(engine)
    assert [(guest.name, guest.title) for guest in imported] == [("李娜", "董事长"),
                                                                 ("刘秘书", "秘书")]
    assert changes.added == [imported[1].id]

    with transaction(engine) as session:
        undo_import(session, changes)
    [back] = guests_of(engine)
    assert (back.id, back.title, back.companion_of_id, back.updated_at) == (
        lina.id, "总经理", None, lina.updated_at)

    with transaction(engine) as session:
        redo_import(session, changes)
    again = guests_of(engine)
    assert [(guest.id, guest.title, guest.token, guest.companion_of_id) for guest in again] == [
        (guest.id, guest.title, guest.token, guest.companion_of_id) for guest in imported]
    assert again[0].companion_of_id == again[1].id


def test_a_plan_records_no_changes_and_its_json_is_unchanged(engine: Engine,
                                                             tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "名单.xlsx", [["姓名"], ["王伟"]])
    report = plan_import(engine, path, event_name=EVENT)
    assert report.changes is None
    assert "changes" not in import_file(engine, path, event_name=EVENT).to_json()
