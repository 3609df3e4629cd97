"""What an import did or would do: counts, rejected and doubtful rows, and refusals."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from models.lang import say

if TYPE_CHECKING:
    from models.importing.undo import ImportChanges


class ImportMode(StrEnum):
    """ADD puts the file's guests into the event; UPDATE changes the guests it matches and adds
    the rest."""

    ADD = "add"
    UPDATE = "update"


class ImportRefused(Exception):
    """The file cannot be read as a guest list at all; the message names the file and says why.
    Nothing was written."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.file = Path(path).name
        self.reason = reason
        super().__init__(say(f"无法导入“{self.file}”：{reason}",
                             f"Cannot import {self.file!r}: {reason}"))


@dataclass(frozen=True)
class RowIssue:
    """A rejected or doubtful row: its row number as the spreadsheet shows it, the column (header
    and, for .xlsx, its letter) when one cell is at fault, and why."""

    row: int
    column: str | None
    reason: str

    def to_json(self) -> dict[str, object]:
        return {"row": self.row, "column": self.column, "reason": self.reason}


@dataclass
class ImportReport:
    """The outcome of an import, or of its plan: how many guests are new and how many updated,
    which rows were rejected, and which were taken with a warning."""

    event: str
    mode: ImportMode
    sheet: str | None
    header_row: int
    encoding: str | None
    imported: int = 0
    updated: int = 0
    rejected: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    # What a written import changed, to undo it; None for a plan.
    changes: ImportChanges | None = field(default=None, compare=False, repr=False)

    def to_json(self) -> dict[str, object]:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "rejected": [issue.to_json() for issue in self.rejected],
            "warnings": [issue.to_json() for issue in self.warnings],
            "sheet": self.sheet,
            "header_row": self.header_row,
            "encoding": self.encoding,
            "event": self.event,
            "mode": self.mode.value,
        }
