"""The fields a template can print: each evaluates on a real guest, in the user's words."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from models.signin_code import parse_signin_payload
from models.tables import Event, Scene
from printing.guest_fields import FIELDS, FieldContext, event_date, guests_to_print
from tests.printing.conftest import ENGLISH_NAME


def test_every_field_has_a_title_a_sample_and_a_value_for_a_seated_guest(
        session: Session, event: Event, hall: Scene) -> None:
    first = guests_to_print(session, event, hall)[0]
    context = FieldContext(event, first, date(2026, 5, 6))
    values = {key: field.value(context) for key, field in FIELDS.items()}
    assert all(field.title[0] and field.title[1] and field.sample for field in FIELDS.values())
    assert values["name"] == first.guest.name
    assert values["addressee"] == first.guest.name + first.guest.title
    assert values["category"] == "领导"
    assert values["seat"] == "主席台 第1排 4座"
    assert values["seats"].splitlines()[0] == "主会场 主席台 第1排 4座"
    assert values["date"] == "2026年5月20日" and values["today"] == "2026年5月6日"
    assert parse_signin_payload(values["signin"]) == (1, event.uid, first.guest.token)


def test_a_latin_name_is_kept_apart_from_its_title(session: Session, event: Event) -> None:
    guest = next(p for p in guests_to_print(session, event, None)
                 if p.guest.name == ENGLISH_NAME)
    context = FieldContext(event, guest, date(2026, 5, 6))
    assert FIELDS["addressee"].value(context) == f"{ENGLISH_NAME} Chair"


def test_an_event_of_several_days_gives_the_span() -> None:
    event = Event(name="会", starts_on=date(2026, 5, 20), ends_on=date(2026, 5, 22))
    assert event_date(event) == "2026年5月20日至22日"
    event.ends_on = date(2026, 6, 1)
    assert event_date(event) == "2026年5月20日至6月1日"
    event.ends_on = date(2027, 1, 2)
    assert event_date(event) == "2026年5月20日至2027年1月2日"
    assert event_date(Event(name="未定")) == ""
