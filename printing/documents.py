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
    is one copy per guest, so that a few guests' copies can be printed alone."""

    key: str
    title: tuple[str, str]
    builder: str
    by_scene: bool = True
    by_guest: bool = False

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
    Document("chart", ("座次图", "Seating chart"), "printing.chart:build_chart"),
    Document("list", ("名单", "Guest list"), "printing.lists:build_list"),
    Document("signin-sheet", ("签到表", "Sign-in sheet"),
             "printing.signin_sheet:build_signin_sheet"),
    Document("invitations", ("邀请函", "Invitations"), "printing.invitations:build_invitations",
             by_scene=False, by_guest=True),
    Document("labels", ("标签", "Labels"), "printing.labels:build_labels",
             by_guest=True),
)}


@dataclass(frozen=True)
class TemplateChoice:
    """A built-in template as offered for choosing: its name and its title."""

    name: str
    title: tuple[str, str]

    @property
    def label(self) -> str:
        return say(*self.title)


TEMPLATE_DIR = Path(__file__).resolve().parents[1] / "resources" / "templates"


def template_choices(key: str) -> list[TemplateChoice]:
    """The built-in templates of a document, by name, from their "document" and "title" only:
    face and page documents have templates of different shapes. A file that is not JSON is not
    offered; any other fault is reported when the template is printed with."""
    found = []
    for path in sorted(TEMPLATE_DIR.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(data, dict) or data.get("document") != key:
            continue
        title = data.get("title")
        zh, en = (title.get("zh"), title.get("en")) if isinstance(title, dict) else (None, None)
        found.append(TemplateChoice(path.stem, (str(zh or path.stem), str(en or path.stem))))
    return found
