"""Importing guest lists from .xlsx and .csv files: preview, plan, then one transaction."""

from models.importing.header import CUSTOM, ColumnMapping
from models.importing.plan import plan_import
from models.importing.preview import Preview, preview_file
from models.importing.report import ImportMode, ImportRefused, ImportReport, RowIssue
from models.importing.writing import import_file

__all__ = [
    "CUSTOM",
    "ColumnMapping",
    "ImportMode",
    "ImportRefused",
    "ImportReport",
    "Preview",
    "RowIssue",
    "import_file",
    "plan_import",
    "preview_file",
]
