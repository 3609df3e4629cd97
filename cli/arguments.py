"""The command line's options and commands, with help in the user's language."""

from __future__ import annotations

import argparse
import io
import sys

from cli.checkin_command import add_checkin_arguments, checkin_help
from models.lang import say, set_language
from printing.documents import DOCUMENTS

LANGUAGES = ("zh", "en")


def _add_global_options(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--db", metavar="PATH|URL", default=default,
        help=say("数据库：SQLite 文件路径或 postgresql+psycopg:// 地址"
                 "（默认：用户数据目录中的文件）",
                 "database: a SQLite file path or a postgresql+psycopg:// URL "
                 "(default: the file in your user data folder)"))
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=default,
        help=say("消息语言（默认跟随系统）", "language of messages (default: the system's)"))


def _add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true",
                        help=say("输出一个 JSON 值，供程序读取",
                                 "print one JSON value for programs"))


def _add_event(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--event", required=True, metavar="NAME",
                        help=say("活动名称", "the event's name"))


def _language_asked(argv: list[str]) -> str | None:
    """The --lang value, looked for before parsing so that --help speaks that language."""
    for index, word in enumerate(argv):
        if word == "--":
            break
        if word == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if word.startswith("--lang="):
            return word.partition("=")[2]
    return None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zuoci",
        description=say("座次：会议嘉宾名单、礼宾排座、打印与签到。不带命令时打开图形界面。",
                        "Zuoci: guest lists, protocol seating, printing and sign-in. "
                        "Without a command the application window opens."))
    _add_global_options(parser, None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND",
                                     title=say("命令", "commands"))

    def command(name: str, zh: str, en: str) -> argparse.ArgumentParser:
        # The global options are accepted after the command too; SUPPRESS keeps a value given
        # before the command from being reset by the command's own default.
        sub = commands.add_parser(name, help=say(zh, en), description=say(zh, en))
        _add_global_options(sub, argparse.SUPPRESS)
        return sub

    demo = command("demo", "创建示例活动（省投资合作大会，姓名为虚构）",
                   "create the sample event (a provincial investment conference, made-up names)")
    demo.add_argument("--replace", action="store_true",
                      help=say("示例活动已存在时删除并重建", "delete and recreate an existing one"))

    events = command("events", "列出活动", "list the events")
    _add_json(events)

    importing = command("import", "从 .xlsx 或 .csv 导入嘉宾（活动不存在时新建）",
                        "import guests from .xlsx or .csv (the event is created when new)")
    importing.add_argument("file", metavar="FILE", help=say("名单文件", "the guest list file"))
    _add_event(importing)
    importing.add_argument("--update", action="store_true",
                           help=say("更新已有嘉宾，其余新增",
                                    "update matching guests, add the rest"))
    importing.add_argument("--sheet", metavar="NAME",
                           help=say("工作表名称（默认自动识别）", "the sheet (default: found)"))
    _add_json(importing)

    export = command("export",
                     "把活动的嘉宾名单导出为 .xlsx 或 .csv；加 --attendance 导出出席情况报告",
                     "export the event's guest list to .xlsx or .csv; with --attendance, the "
                     "attendance report")
    export.add_argument("file", metavar="FILE",
                        help=say("目标文件，按扩展名决定格式",
                                 "the file; its extension sets the format"))
    _add_event(export)
    export.add_argument("--attendance", action="store_true",
                        help=say("导出出席情况报告（.xlsx：汇总、已到、未到、现场登记），"
                                 "而不是嘉宾名单；PDF 版请用 print attendance",
                                 "export the attendance report (.xlsx: summary, arrived, "
                                 "absent, walk-ins) instead of the guest list; for the PDF use "
                                 "print attendance"))

    arrange = command("arrange", "按礼宾次序自动排座（锁定的座位不动）",
                      "arrange the seating by protocol (locked seats stay)")
    _add_event(arrange)
    arrange.add_argument("--scene", metavar="NAME",
                         help=say("只排这个场景（默认全部场景）",
                                  "only this scene (default: every scene)"))
    arrange.add_argument("--reflow", choices=("leave_empty", "shift"),
                         help=say("按变动调整已排座次，而不重排：leave_empty 空出座位，"
                                  "shift 只移动必须移动的人",
                                  "adjust the stored plan to changes instead of arranging "
                                  "afresh: leave_empty leaves seats empty, shift moves only "
                                  "those who must move"))
    _add_json(arrange)

    printing = command("print", "把桌签、胸卡、邀请函、标签等打印为 PDF 文件",
                       "print name cards, badges, invitations, labels... to a PDF file")
    printing.add_argument(
        "document", metavar="DOC", choices=list(DOCUMENTS),
        help=say(f"文档：{'、'.join(f'{key}（{d.title[0]}）' for key, d in DOCUMENTS.items())}",
                 f"the document: {', '.join(DOCUMENTS)}"))
    _add_event(printing)
    printing.add_argument("--scene", metavar="NAME",
                          help=say("按这个场景的座位（默认：全部应到嘉宾，按礼宾次序）",
                                   "by the seats of this scene (default: every expected guest "
                                   "in order of precedence)"))
    printing.add_argument("--template", metavar="NAME|FILE",
                          help=say("内置模板或“我的模板”的名称，或模板文件（默认：该文档的"
                                   "常用模板）",
                                   "the name of a built-in template or of one of yours, or a "
                                   "template file (default: the document's usual one)"))
    printing.add_argument("--font", metavar="FILE",
                          help=say("用这个 TrueType 中文字体文件（.ttf 或 .ttc）打印，"
                                   "模板自带字体的除外（默认：系统的中文字体）",
                                   "print with this TrueType Chinese font file (.ttf or .ttc) "
                                   "unless the template names its own (default: the system's "
                                   "Chinese font)"))
    printing.add_argument("-o", "--output", required=True, metavar="FILE",
                          help=say("要写入的 PDF 文件", "the PDF file to write"))
    printing.add_argument("--changed", action="store_true",
                          help=say("只打印自上次打印以来有变动的嘉宾（座位、姓名、职务、单位）；"
                                   "座次图、名单等整份打印",
                                   "print only the guests changed since the last print (seat, "
                                   "name, title, organisation); charts and lists print whole"))

    add_checkin_arguments(command("checkin", *checkin_help()))

    station = command("station", "打开签到台窗口；连不上数据库时用本机保存的名单副本离线启动",
                      "open a sign-in station window; when the database cannot be reached it "
                      "starts offline from the copy of the list kept on this computer")
    _add_event(station)
    station.add_argument("--station", metavar="NAME",
                         help=say("签到台名称，记入每条签到记录（默认：本机上次使用的名称，"
                                  "没有时询问）",
                                  "the station's name, recorded with every arrival (default: "
                                  "the one used on this computer last, else asked)"))

    stats = command("stats", "签到统计：应到、实到、未到，按类别和场景",
                    "attendance: expected, arrived, absent, by category and scene")
    _add_event(stats)
    _add_json(stats)
    return parser


def _tolerate_narrow_consoles() -> None:
    """A console or pipe whose code page has no Chinese (an English Windows) shows '?' for
    what it cannot encode, rather than the command failing half-way through its report."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """The parsed command line; `command` is None when the window should open. Exits with status
    2 and argparse's message on a usage error."""
    _tolerate_narrow_consoles()
    asked = _language_asked(argv)
    if asked in LANGUAGES:
        set_language(asked)
    return build_parser().parse_args(argv)
