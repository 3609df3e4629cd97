"""The `checkin CODE --event NAME [--station NAME] [--json]` command."""

from __future__ import annotations

import argparse
import io
import json
import sys

from sqlalchemy import Engine
from sqlmodel import Session

from models.checkin import CheckInResult, scan
from models.events import find_event
from models.lang import say

OK = 0
REFUSED = 1


def add_checkin_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's own arguments, added to the parser made for `checkin`."""
    parser.add_argument("code", metavar="CODE",
                        help=say("扫到的签到码文本（ZC1:… 或单独的令牌）",
                                 "the scanned sign-in code (ZC1:… or the bare token)"))
    parser.add_argument("--event", required=True, metavar="NAME",
                        help=say("活动名称", "the event's name"))
    parser.add_argument("--station", default="", metavar="NAME",
                        help=say("签到台名称，记入签到记录", "the sign-in station, recorded"))
    parser.add_argument("--json", action="store_true",
                        help=say("输出一个 JSON 值，供程序读取",
                                 "print one JSON value for programs"))


def checkin_help() -> tuple[str, str]:
    """The command's help in Chinese and English, for the parser's `command(name, zh, en)`."""
    return ("按签到码为嘉宾签到，并显示座位", "check a guest in by their sign-in code and show "
            "their seats")


def _print_json(value: object) -> None:
    # JSON is exchanged as UTF-8 whatever the console's code page (a Windows pipe is not UTF-8).
    if isinstance(sys.stdout, io.TextIOWrapper) and sys.stdout.encoding.lower() != "utf-8":
        sys.stdout.reconfigure(encoding="utf-8")
    print(json.dumps(value, ensure_ascii=False))


def _print_human(result: CheckInResult) -> None:
    print(result.message())
    guest = result.guest
    if guest is not None:
        described = "  ".join(text for text in (guest.organisation, guest.title) if text)
        if described:
            print(described)
    for seat in result.seats:
        print(say(f"座位：{seat}", f"Seat: {seat}"))
    if guest is not None and result.admitted and not result.seats:
        print(say("尚未安排座位", "No seat assigned yet"))


def checkin(engine: Engine, arguments: argparse.Namespace) -> int:
    """Check in the guest whose code was given: 0 when they are in (now or before), 1 with the
    reason on stderr when the code is refused."""
    with Session(engine) as session:
        event_id = find_event(session, arguments.event).id
    result = scan(engine, event_id, arguments.code, station=arguments.station)
    if arguments.json:
        _print_json(result.to_json())
    if result.admitted:
        if not arguments.json:
            _print_human(result)
        return OK
    print(result.message(), file=sys.stderr)
    return REFUSED
