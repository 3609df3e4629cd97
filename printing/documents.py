"""Every printable document by key, for the print command and the GUI: adding one is one entry."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from models.lang import say

if TYPE_CHECKING:
    from printing.base import PrintRequest


@dataclass(frozen=True)
class Document:
    """A printed document: its key on the command line, its name, and the function that builds
    it from a PrintRequest, named "module:function" so that listing documents loads no
    ReportLab and no document module until one is printed."""

    key: str
    title: tuple[str, str]
    builder: str

    @property
    def label(self) -> str:
        return say(*self.title)

    def build(self, request: PrintRequest) -> bytes:
        module_name, _, function_name = self.builder.partition(":")
        function = getattr(importlib.import_module(module_name), function_name)
        return cast("Callable[[PrintRequest], bytes]", function)(request)


DOCUMENTS: dict[str, Document] = {document.key: document for document in (
    Document("cards", ("桌签", "Name cards"), "printing.cards:build_cards"),
    Document("badges", ("胸卡", "Badges"), "printing.badges:build_badges"),
    Document("chart", ("座次图", "Seating chart"), "printing.chart:build_chart"),
    Document("list", ("名单", "Guest list"), "printing.lists:build_list"),
    Document("signin-sheet", ("签到表", "Sign-in sheet"),
             "printing.signin_sheet:build_signin_sheet"),
    Document("invitations", ("邀请函", "Invitations"), "printing.invitations:build_invitations"),
    Document("labels", ("标签", "Labels"), "printing.labels:build_labels"),
)}
