"""Changing an event's protocol settings: checked, all at once, the old values given for undo."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from models.db import transaction
from models.event_settings import (
    ProtocolSettings,
    ProtocolSettingsRefused,
    change_protocol_settings,
    protocol_settings,
)
from models.events import create_event
from models.tables import Convention, Event, TieBreak

INTERNATIONAL = ProtocolSettings(Convention.INTERNATIONAL, TieBreak.PINYIN,
                                 even_centre_left=False, tables_right_first=False,
                                 stroke_whole_name=True)


def new_event(engine: Engine) -> int:
    with transaction(engine) as session:
        return create_event(session, "外事接待").id


def read(engine: Engine, event_id: int) -> ProtocolSettings:
    with transaction(engine) as session:
        return protocol_settings(session, event_id)


def test_a_new_event_has_the_domestic_defaults(engine: Engine) -> None:
    assert read(engine, new_event(engine)) == ProtocolSettings()


def test_a_change_returns_the_old_settings_and_giving_them_back_undoes_it(engine: Engine) -> None:
    event_id = new_event(engine)
    with transaction(engine) as session:
        before = session.get(Event, event_id).updated_at
        previous = change_protocol_settings(session, event_id, INTERNATIONAL)
    assert previous == ProtocolSettings()
    assert read(engine, event_id) == INTERNATIONAL
    with transaction(engine) as session:
        assert session.get(Event, event_id).updated_at > before
        assert change_protocol_settings(session, event_id, previous) == INTERNATIONAL
    assert read(engine, event_id) == ProtocolSettings()


def test_plain_strings_from_a_form_are_accepted(engine: Engine) -> None:
    event_id = new_event(engine)
    with transaction(engine) as session:
        change_protocol_settings(session, event_id, ProtocolSettings(
            "international", "list_order"))  # type: ignore[arg-type]
    assert read(engine, event_id).tie_break is TieBreak.LIST_ORDER


@pytest.mark.parametrize(("settings", "message"), [
    (ProtocolSettings(convention="left"), "未知的礼宾惯例：'left'"),  # type: ignore[arg-type]
    (ProtocolSettings(tie_break="age"), "未知的同级排序方式：'age'"),  # type: ignore[arg-type]
    (ProtocolSettings(stroke_whole_name="yes"),  # type: ignore[arg-type]
     "stroke_whole_name 须为是或否，而非 'yes'"),
])
def test_a_setting_without_meaning_is_refused_and_nothing_changes(
        engine: Engine, settings: ProtocolSettings, message: str) -> None:
    event_id = new_event(engine)
    with pytest.raises(ProtocolSettingsRefused, match=message), transaction(engine) as session:
        change_protocol_settings(session, event_id, settings)
    assert read(engine, event_id) == ProtocolSettings()


def test_a_deleted_event_is_refused(engine: Engine) -> None:
    with pytest.raises(ProtocolSettingsRefused, match="该活动已被删除"), \
            transaction(engine) as session:
        change_protocol_settings(session, 999, INTERNATIONAL)
