"""Every printable document by key, for the print command and the GUI: adding one is one entry."""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from models.lang import say

if TYPE_CHECKING:
    from printing.base import PrintRequest


@dataclass(frozen=True)
class Document:
    """A printed document: its key on the command line, its name, and the function that builds
    it from a PrintRequest, named "module:function" so that listing documents loads no
    ReportLab and no document module until one is printed. `by_scene` says whether a scene
    narrows the document; without one it covers the whole event. `by_guest` says whether it
    is one copy per guest, so that a few guests' copies can be printed alone: such a document
    prints faces, the others print pages, whose templates' "layout" settings are named by
    `layout`, "module:NAME" of their defaults."""

    key: str
    title: tuple[str, str]
    builder: str
    by_scene: bool = True
    by_guest: bool = False
    layout: str = ""

    @property
    def label(self) -> str:
        return say(*self.title)

    def build(self, request: PrintRequest) -> bytes:
        module_name, _, function_name = self.builder.partition(":")
        function = getattr(importlib.import_module(module_name), function_name)
        return cast("Callable[[PrintRequest], bytes]", function)(request)


DOCUMENTS: dict[str, Document] = {document.key: document for document in (
    Document("cards", ("桌签", "Name cards"), "printing.cards:build_cards",
             by_guest=True),
    Document("badges", ("胸卡", "Badges"), "printing.badges:build_badges",
             by_guest=True),
    Document("chart", ("座次图", "Seating chart"), "printing.chart:build_chart",
             layout="printing.chart:LAYOUT"),
    Document("list", ("名单", "Guest list"), "printing.lists:build_list",
             layout="printing.lists:LAYOUT"),
    Document("signin-sheet", ("签到表", "Sign-in sheet"),
             "printing.signin_sheet:build_signin_sheet", layout="printing.signin_sheet:LAYOUT"),
    Document("invitations", ("邀请函", "Invitations"), "printing.invitations:build_invitations",
             by_scene=False, by_guest=True),
    Document("labels", ("标签", "Labels"), "printing.labels:build_labels",
             by_guest=True),
    Document("attendance", ("出席情况报告", "Attendance report"),
             "printing.attendance:build_attendance", by_scene=False,
             layout="printing.attendance:LAYOUT"),
)}


@dataclass(frozen=True)
class TemplateChoice:
    """A template as offered for choosing: its name, its title, whether it is the user's own
    (then `path` is its file), and what is wrong with it when it cannot be used."""

    name: str
    title: tuple[str, str]
    path: Path | None = None
    error: str = ""

    @property
    def label(self) -> str:
        return say(*self.title)

    @property
    def user(self) -> bool:
        return self.path is not None


TEMPLATE_DIR = Path(__file__).resolve().parents[1] / "resources" / "templates"


def _title(data: object, name: str) -> tuple[str, str]:
    title = data.get("title") if isinstance(data, dict) else None
    zh, en = (title.get("zh"), title.get("en")) if isinstance(title, dict) else (None, None)
    return str(zh or name), str(en or name)


def template_choices(key: str, user_folder: Path | None = None) -> list[TemplateChoice]:
    """The built-in templates of a document, by name, from their "document" and "title" only
    (a fault is reported when one is printed with), then the user's own from `user_folder`
    (None: the user's data folder), each checked: a broken one is offered with its fault."""
    found = []
    for path in sorted(TEMPLATE_DIR.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(data, dict) or data.get("document") != key:
            continue
        found.append(TemplateChoice(path.stem, _title(data, path.stem)))
    # Here, not at the top: printing.templates reads DOCUMENTS, and loads ReportLab, which
    # listing the documents does not.
    from printing.templates import user_templates

    for own in user_templates(key, user_folder):
        title = own.template.title if own.template is not None else (own.name, own.name)
        found.append(TemplateChoice(own.name, title, own.path, own.error))
    return found
