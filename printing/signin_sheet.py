"""签到表: the expected guests by category, with a wide column to sign in by hand."""

from __future__ import annotations

from typing import Any

from models.lang import say
from models.vocab import CATEGORIES, category_label
from printing.base import Align, NothingToPrint, PrintRequest
from printing.guest_fields import PrintedGuest
from printing.lists import (
    Column,
    RuledSheets,
    Section,
    by_pinyin,
    by_precedence,
    by_strokes,
    event_subtitle,
    expected_people,
    guest_row,
    sheet_style,
)
from printing.templates import load_page_template

DEFAULT_TEMPLATE = "signin_sheet_a4"
LAYOUT: dict[str, Any] = {
    "order": ("precedence", "strokes", "pinyin"),
    "margin": 12.0,
    "title_size": 16.0,
    "body_size": 9.5,
    # A signature needs about a centimetre of height to be legible.
    "row_height": 13.0,
    "category_per_page": True,
    "widths": {"number": 10.0, "name": 22.0, "organisation": 56.0, "title": 36.0, "seat": 46.0,
               "signature": 60.0, "notes": 30.0},
}


def signin_columns(widths: dict[str, float], seat_title: str) -> list[Column]:
    return [Column(say("序号", "No."), widths["number"], Align.CENTRE),
            Column(say("姓名", "Name"), widths["name"], Align.CENTRE, name=True),
            Column(say("单位", "Organisation"), widths["organisation"]),
            Column(say("职务", "Title"), widths["title"]),
            Column(seat_title, widths["seat"], small=True),
            Column(say("签名", "Signature"), widths["signature"]),
            Column(say("备注", "Notes"), widths["notes"])]


def by_category(guests: list[PrintedGuest]) -> list[tuple[str, list[PrintedGuest]]]:
    """The guests of each category, the built-in categories first in their usual order, the
    event's own after them as they first appear."""
    groups: dict[str, list[PrintedGuest]] = {}
    for person in guests:
        groups.setdefault(person.guest.category, []).append(person)
    known = list(CATEGORIES)
    order = sorted(groups, key=lambda c: known.index(c) if c in known else len(known))
    return [(category, groups[category]) for category in order]


def build_signin_sheet(request: PrintRequest) -> bytes:
    """Every expected guest, or those seated in the scene, category by category (each on its
    own pages, for its own desk, unless the template says otherwise), in the template's order."""
    session, event, scene = request.session, request.event, request.scene
    template = load_page_template(request.template or DEFAULT_TEMPLATE, "signin-sheet", LAYOUT)
    layout = template.layout
    people = expected_people(session, event, scene)
    if not people:
        raise NothingToPrint(
            say(f"场景“{scene.name}”还没有人入座，请先排座",
                f"Nobody is seated in {scene.name!r} yet; arrange it first") if scene else
            say(f"“{event.name}”没有应到的嘉宾", f"{event.name} has no expected guests"))
    order = {"precedence": by_precedence, "strokes": by_strokes, "pinyin": by_pinyin}[
        layout["order"]]
    per_page = layout["category_per_page"]
    sections = []
    for category, group in by_category(people):
        label = category_label(category) or say("未分类", "No category")
        rows = [(*guest_row(number, person), "", "")
                for number, person in enumerate(order(event, group), start=1)]
        sections.append(Section(rows, heading="" if per_page else label, new_page=per_page,
                                caption=say(f"类别：{label}", f"Category: {label}")
                                if per_page else ""))
    where = f"{event.name} {scene.name}" if scene else event.name
    title = say(f"{where} 签到表", f"{where}: sign-in sheet")
    seat = say(f"{scene.name}座位", f"Seat in {scene.name}") if scene else say("座位", "Seats")
    font = template.font(request.font)
    sheets = RuledSheets(sheet_style(template), signin_columns(layout["widths"], seat), font,
                         title=title, subtitle=event_subtitle(event))
    return sheets.render(sections, title, request.step)
