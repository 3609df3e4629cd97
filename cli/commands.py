"""What each headless command does: open the database, call the domain, print the outcome."""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, select

from cli.checkin_command import checkin
from models.attendance import attendance_details
from models.attendance_report import export_attendance
from models.db import DatabaseRefused, describe, open_database, transaction
from models.demo import DemoExists, create_demo
from models.events import EventNameRefused, EventNotFound, find_event, list_events
from models.exporting import ExportRefused, export_event
from models.importing import ImportMode, ImportRefused, RowIssue, import_file
from models.lang import say
from models.print_records import (
    changed_since_last_print,
    record_print,
    withdrawn_since_last_print,
)
from models.reflow import ReflowMode
from models.scenes import SceneNotFound, event_scenes, find_scene
from models.seating import ArrangeReport, arrange_scene, reflow_scene
from models.tables import Guest
from models.vocab import category_label
from printing.base import NothingToPrint, PrintRequest
from printing.documents import DOCUMENTS
from printing.fonts import FontMissing
from printing.templates import TemplateError

OK = 0
REFUSED = 1


class Refused(Exception):
    """The command cannot do what was asked; the message, for stderr, says why."""


def _print_json(value: object) -> None:
    # JSON is exchanged as UTF-8 whatever the console's code page (a Windows pipe is not UTF-8).
    if isinstance(sys.stdout, io.TextIOWrapper) and sys.stdout.encoding.lower() != "utf-8":
        sys.stdout.reconfigure(encoding="utf-8")
    print(json.dumps(value, ensure_ascii=False))


def _demo(engine: Engine, arguments: argparse.Namespace) -> int:
    try:
        with transaction(engine) as session:
            event = create_demo(session, replace=arguments.replace)
            guests = session.exec(select(func.count(Guest.id))
                                  .where(Guest.event_id == event.id)).one()
    except DemoExists as error:
        raise Refused(say(f"{error}；如需重建，请加 --replace",
                          f"{error}; add --replace to recreate it")) from error
    print(say(f"已创建示例活动“{event.name}”：{guests} 位嘉宾",
              f"Created the sample event {event.name!r}: {guests} guests"))
    return OK


def _events(engine: Engine, arguments: argparse.Namespace) -> int:
    with Session(engine) as session:
        events = list_events(session)
    if arguments.json:
        _print_json([event.to_json() for event in events])
        return OK
    if not events:
        print(say("还没有活动。可用 demo 命令创建示例活动。",
                  "No events yet. The demo command creates a sample event."))
    for event in events:
        details = [say(f"{event.guests} 位嘉宾", f"{event.guests} guests")]
        details += [text for text in (event.starts_on, event.venue) if text]
        print(f"{event.name}\t" + "\t".join(details))
    return OK


def _import(engine: Engine, arguments: argparse.Namespace) -> int:
    mode = ImportMode.UPDATE if arguments.update else ImportMode.ADD
    report = import_file(engine, Path(arguments.file), event_name=arguments.event, mode=mode,
                         sheet=arguments.sheet)
    if arguments.json:
        _print_json(report.to_json())
        return OK
    print(say(f"“{arguments.event}”：新增 {report.imported} 位嘉宾，更新 {report.updated} 位，"
              f"拒绝 {len(report.rejected)} 行",
              f"{arguments.event}: {report.imported} guests added, {report.updated} updated, "
              f"{len(report.rejected)} rows rejected"))
    for title, issues in ((say("拒绝：", "Rejected:"), report.rejected),
                          (say("提醒：", "Warnings:"), report.warnings)):
        if issues:
            print(title)
        for issue in issues:
            print("  " + _describe_issue(issue))
    return OK


def _describe_issue(issue: RowIssue) -> str:
    if issue.column:
        return say(f"第 {issue.row} 行（{issue.column}）：{issue.reason}",
                   f"row {issue.row} ({issue.column}): {issue.reason}")
    return say(f"第 {issue.row} 行：{issue.reason}", f"row {issue.row}: {issue.reason}")


def _export(engine: Engine, arguments: argparse.Namespace) -> int:
    if arguments.attendance:
        with Session(engine) as session:
            event = find_event(session, arguments.event)
            details = export_attendance(session, event, arguments.file)
        counts = details.counts
        print(say(f"已将“{event.name}”的出席情况报告存为 {arguments.file}：应到 {counts.expected}，"
                  f"实到 {counts.arrived}，未到 {counts.absent}",
                  f"Saved the attendance report of {event.name!r} as {arguments.file}: "
                  f"expected {counts.expected}, arrived {counts.arrived}, "
                  f"absent {counts.absent}"))
        return OK
    with Session(engine) as session:
        event = find_event(session, arguments.event)
        written = export_event(session, event, arguments.file)
    print(say(f"已导出 {written} 位嘉宾到 {arguments.file}",
              f"Exported {written} guests to {arguments.file}"))
    return OK


def _arrange(engine: Engine, arguments: argparse.Namespace) -> int:
    with transaction(engine) as session:
        event = find_event(session, arguments.event)
        scenes = ([find_scene(session, event.id, arguments.scene)] if arguments.scene
                  else event_scenes(session, event.id))
        if not scenes:
            raise Refused(say(f"“{event.name}”还没有场景，请先在座次图中添加场景",
                              f"{event.name} has no scenes yet; add one in the seating plan"))
        if arguments.reflow:
            reports = [reflow_scene(session, event, scene, ReflowMode(arguments.reflow))
                       for scene in scenes]
        else:
            reports = [arrange_scene(session, event, scene) for scene in scenes]
    if arguments.json:
        _print_json({
            "event": event.name,
            "placed": sum(r.placed for r in reports),
            "unplaced": [{**item, "scene": r.scene} for r in reports for item in r.unplaced],
            "violations": [{**item, "scene": r.scene} for r in reports for item in r.violations],
            "inversions": sum(r.inversions for r in reports),
            "scenes": [r.to_json() for r in reports],
        })
        return OK
    for report in reports:
        _print_arrange_report(report)
    return OK


def _print_arrange_report(report: ArrangeReport) -> None:
    print(say(f"{report.scene}：已安排 {report.placed} 人（共 {report.seats} 座），"
              f"未安排 {len(report.unplaced)} 人，违反约束 {len(report.violations)} 处，"
              f"次序倒置 {report.inversions} 对",
              f"{report.scene}: {report.placed} seated ({report.seats} seats), "
              f"{len(report.unplaced)} not seated, {len(report.violations)} violations, "
              f"{report.inversions} precedence inversions"))
    by_reason: dict[str, list[str]] = {}
    for item in report.unplaced:
        by_reason.setdefault(item["reason"], []).append(item["guest"])
    for reason, names in by_reason.items():
        print(say(f"  未安排（{reason}）：{'、'.join(names)}",
                  f"  not seated ({reason}): {', '.join(names)}"))
    for violation in report.violations:
        print(say(f"  违反约束：{violation['reason']}", f"  violation: {violation['reason']}"))
    if report.changed:
        print(say(f"  有变动的座位（{len(report.changed)}）：{'、'.join(report.changed)}",
                  f"  seats changed ({len(report.changed)}): {'; '.join(report.changed)}"))


def _print(engine: Engine, arguments: argparse.Namespace) -> int:
    document = DOCUMENTS[arguments.document]
    output = Path(arguments.output)
    with transaction(engine) as session:
        event = find_event(session, arguments.event)
        scene = find_scene(session, event.id, arguments.scene) if arguments.scene else None
        # A document for the whole event is the same document whatever scene was named.
        recorded = scene if document.by_scene else None
        withdrawn: list[dict[str, Any]] = []
        guest_ids = None
        if arguments.changed:
            changed = changed_since_last_print(session, event, document.key, recorded)
            withdrawn = withdrawn_since_last_print(session, event, document.key, recorded)
            if not changed:
                raise Refused(_nothing_changed(withdrawn))
            if document.by_guest:
                guest_ids = frozenset(changed)
        pdf = document.build(PrintRequest(session, event, scene, arguments.template, guest_ids,
                                          font=arguments.font))
        try:
            output.write_bytes(pdf)
        except OSError as error:
            raise Refused(say(f"无法写入 {output}：{error.strerror}",
                              f"Cannot write {output}: {error.strerror}")) from error
        record_print(session, event, document.key, recorded, arguments.template, guest_ids)
    if guest_ids is None:
        print(say(f"已将“{event.name}”的{document.label}存为 {output}",
                  f"Saved the {document.label.lower()} of {event.name!r} as {output}"))
    else:
        print(say(f"已将“{event.name}”有变动的 {len(guest_ids)} 份{document.label}存为 {output}",
                  f"Saved {len(guest_ids)} changed {document.label.lower()} of "
                  f"{event.name!r} as {output}"))
    for entry in withdrawn:
        print(say(f"  请收回：{_described(entry)}", f"  take back: {_described(entry)}"))
    return OK


def _described(entry: dict[str, Any]) -> str:
    seat = entry["seat"].replace("\n", "; ")
    return say(f"{entry['name']}（{seat}）", f"{entry['name']} ({seat})") if seat else entry["name"]


def _nothing_changed(withdrawn: list[dict[str, Any]]) -> str:
    message = say("自上次打印以来没有变动，无需重印", "nothing changed since the last print")
    if withdrawn:
        names = "、".join(_described(entry) for entry in withdrawn)
        message += say(f"；请收回：{names}", f"; take back: {names}")
    return message


def _stats(engine: Engine, arguments: argparse.Namespace) -> int:
    with Session(engine) as session:
        details = attendance_details(session, find_event(session, arguments.event))
    counts = details.counts
    if arguments.json:
        _print_json(details.to_json())
        return OK
    print(say(f"“{counts.event}”签到统计", f"Attendance at {counts.event}"))
    print(say(f"应到 {counts.expected}  实到 {counts.arrived}  未到 {counts.absent}",
              f"expected {counts.expected}  arrived {counts.arrived}  absent {counts.absent}"))
    if counts.unexpected:
        print(say(f"另有 {counts.unexpected} 位已谢绝或取消的嘉宾到场",
                  f"and {counts.unexpected} guests who had declined or cancelled came"))
    for category, group in counts.by_category.items():
        name = category_label(category) if category else say("未分类", "no category")
        print(say(f"  {name}：应到 {group.expected}  实到 {group.arrived}  未到 {group.absent}",
                  f"  {name}: expected {group.expected}  arrived {group.arrived}  "
                  f"absent {group.absent}"))
    for scene in details.scenes:
        print(say(f"  场景 {scene.scene}：入座 {scene.seated}  应到 {scene.expected}  "
                  f"实到 {scene.arrived}  未到 {scene.absent}",
                  f"  scene {scene.scene}: seated {scene.seated}  expected {scene.expected}  "
                  f"arrived {scene.arrived}  absent {scene.absent}"))
    if details.walk_ins:
        print(say(f"现场登记 {len(details.walk_ins)} 人", f"{len(details.walk_ins)} walk-ins"))
    if details.vips_absent:
        names = [guest.name for guest in details.vips_absent]
        print(say(f"未到贵宾：{'、'.join(names)}", f"VIPs not arrived: {', '.join(names)}"))
    return OK


COMMANDS: dict[str, Callable[[Engine, argparse.Namespace], int]] = {
    "demo": _demo,
    "events": _events,
    "import": _import,
    "export": _export,
    "arrange": _arrange,
    "checkin": checkin,
    "print": _print,
    "stats": _stats,
}


def run_command(arguments: argparse.Namespace) -> int:
    """Run the parsed command; 0 when done, 1 with the reason on stderr when refused."""
    try:
        engine = open_database(arguments.db)
    except DatabaseRefused as error:
        return _refuse(str(error))
    try:
        return COMMANDS[arguments.command](engine, arguments)
    except (Refused, EventNotFound, EventNameRefused, ImportRefused, ExportRefused,
            SceneNotFound, FontMissing, TemplateError, NothingToPrint) as error:
        return _refuse(str(error))
    except OperationalError as error:
        return _refuse(say(f"数据库 {describe(str(engine.url))} 出错：{error.orig}",
                           f"The database {describe(str(engine.url))} failed: {error.orig}"))
    finally:
        engine.dispose()


def _refuse(message: str) -> int:
    print(message, file=sys.stderr)
    return REFUSED
