"""An event's protocol settings: reading them, and changing them with the old ones kept for undo."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from models.lang import say
from models.tables import Convention, Event, TieBreak, utcnow


class ProtocolSettingsRefused(ValueError):
    """The event is gone or a setting has no meaning; the message says which. Nothing changed."""


@dataclass(frozen=True)
class ProtocolSettings:
    """How an event ranks its seats and its guests (PROTOCOL.md)."""

    convention: Convention = Convention.DOMESTIC
    tie_break: TieBreak = TieBreak.STROKES
    # The even rostrum row's reading: rank 1 left of centre as the audience sees it.
    even_centre_left: bool = True
    # The host's right side of the main table ranks before the left.
    tables_right_first: bool = True
    # 姓氏笔画 counted over the whole name, not the surname alone.
    stroke_whole_name: bool = False


def _event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise ProtocolSettingsRefused(say("该活动已被删除", "The event was deleted"))
    return event


def protocol_settings(session: Session, event_id: int) -> ProtocolSettings:
    event = _event(session, event_id)
    return ProtocolSettings(Convention(event.convention), TieBreak(event.tie_break),
                            event.even_centre_left, event.tables_right_first,
                            event.stroke_whole_name)


def _checked(settings: ProtocolSettings) -> ProtocolSettings:
    """The settings with their enums made proper, or ProtocolSettingsRefused naming the bad one."""
    try:
        convention = Convention(settings.convention)
    except ValueError:
        raise ProtocolSettingsRefused(say(f"未知的礼宾惯例：{settings.convention!r}",
                                          f"Unknown convention: {settings.convention!r}")
                                      ) from None
    try:
        tie_break = TieBreak(settings.tie_break)
    except ValueError:
        raise ProtocolSettingsRefused(say(f"未知的同级排序方式：{settings.tie_break!r}",
                                          f"Unknown tie-break: {settings.tie_break!r}")
                                      ) from None
    for name in ("even_centre_left", "tables_right_first", "stroke_whole_name"):
        value = getattr(settings, name)
        if not isinstance(value, bool):
            raise ProtocolSettingsRefused(say(f"{name} 须为是或否，而非 {value!r}",
                                              f"{name} must be yes or no, not {value!r}"))
    return ProtocolSettings(convention, tie_break, settings.even_centre_left,
                            settings.tables_right_first, settings.stroke_whole_name)


def change_protocol_settings(session: Session, event_id: int, settings: ProtocolSettings
                             ) -> ProtocolSettings:
    """Give the event these settings; returns the ones it had, which undo gives back."""
    checked = _checked(settings)
    event = _event(session, event_id)
    previous = protocol_settings(session, event_id)
    event.convention = checked.convention.value
    event.tie_break = checked.tie_break.value
    event.even_centre_left = checked.even_centre_left
    event.tables_right_first = checked.tables_right_first
    event.stroke_whole_name = checked.stroke_whole_name
    event.updated_at = utcnow()
    session.add(event)
    session.flush()
    return previous
