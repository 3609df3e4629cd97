"""The import wizard: driven page by page over a messy list, then undone and redone as one step."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from models.importing import CUSTOM
from tests.models.importing.stored import guests_of
from tests.ui.guest_data import FEW_GUESTS, add_event
from ui.import_wizard import ImportWizard, open_import_wizard
from ui.main_window import MainWindow

EVENT = "省投资大会"
HEADER = ["序号", "姓名", "单位", "职务", "入住酒店"]


def messy_xlsx(path: Path) -> Path:
    """A title merged above the header in row 3, and a guest without a name in row 6."""
    book = Workbook()
    sheet = book.active
    sheet.title = "嘉宾名单"
    sheet.append(["2026年省投资大会嘉宾名单"])
    sheet.append([])
    sheet.append(HEADER)
    sheet.append([1, "赵敏", "国家电网", "总经理", "金陵饭店"])
    sheet.append([2, "钱进", "中国银行", "行长", "香格里拉"])
    sheet.append([3, "", "江苏省商务厅", "处长", "金陵饭店"])
    sheet.merge_cells("A1:E1")
    book.save(path)
    return path


@pytest.fixture
def window(sqlite_engine: Engine, open_window: Callable[[Engine], MainWindow],
           qtbot: QtBot) -> MainWindow:
    add_event(sqlite_engine, EVENT, FEW_GUESTS)
    window = open_window(sqlite_engine)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def wizard(window: MainWindow, qtbot: QtBot) -> ImportWizard:
    open_import_wizard(window)
    wizard = window.findChild(ImportWizard)
    assert wizard is not None
    qtbot.waitExposed(wizard)
    return wizard


def said(context: str, text: str, count: int) -> str:
    """The line as the interface shows it, in whichever language it is translated to."""
    return QCoreApplication.translate(context, text).format(count=count)


def names(engine: Engine) -> list[str]:
    return [guest.name for guest in guests_of(engine, EVENT)]


def test_a_messy_list_is_imported_page_by_page_and_undone_as_one_step(
        window: MainWindow, wizard: ImportWizard, sqlite_engine: Engine, tmp_path: Path,
        qtbot: QtBot) -> None:
    before = names(sqlite_engine)
    assert wizard.file_page.event_edit.text() == EVENT
    wizard.file_page.path_edit.setText(str(messy_xlsx(tmp_path / "名单.xlsx")))
    wizard.next()
    assert wizard.currentPage() is wizard.sheet_page

    sheet = wizard.sheet_page
    assert sheet.sheet_combo.currentText() == "嘉宾名单"
    assert sheet.header_spin.value() == 3
    table = sheet.table
    assert table.verticalHeaderItem(0).text() == "3"
    assert [table.item(0, column).text() for column in range(5)] == HEADER
    assert table.item(0, 1).font().bold() and not table.item(1, 1).font().bold()
    assert table.verticalHeaderItem(1).text() == "4"
    wizard.next()

    mapping = wizard.mapping_page
    assert [combo.currentData() for combo in mapping.combos] == [
        None, "name", "organisation", "title", CUSTOM]
    assert mapping.combos[1].currentText() == "姓名"
    title = mapping.combos[3]
    title.setCurrentIndex(title.findData("notes"))
    wizard.next()

    report = wizard.report_page
    assert wizard.currentPage() is report
    assert said("ImportReportPage", "New guests: {count}", 2) in report.summary.text()
    issues = report.issues
    assert issues.rowCount() == 1
    assert issues.item(0, 0).text() == "6"
    assert issues.item(0, 1).text() == "姓名 (B)"
    assert names(sqlite_engine) == before

    wizard.next()
    qtbot.waitUntil(wizard.run_page.isComplete)
    assert said("ImportRunPage", "New guests: {count}", 2) in wizard.run_page.status.text()
    assert names(sqlite_engine) == [*before, "赵敏", "钱进"]
    zhao = guests_of(sqlite_engine, EVENT)[-2]
    assert (zhao.notes, zhao.title, zhao.custom) == ("总经理", "", {"入住酒店": "金陵饭店"})
    assert window.guests.rowCount() == len(before) + 2
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == QCoreApplication.translate(
        "ImportCommand", "Import {file}").format(file="名单.xlsx")
    wizard.button(QWizard.WizardButton.FinishButton).click()

    window.undo_stack.undo()
    assert names(sqlite_engine) == before
    assert window.guests.rowCount() == len(before)
    window.undo_stack.redo()
    assert names(sqlite_engine) == [*before, "赵敏", "钱进"]
    assert guests_of(sqlite_engine, EVENT)[-2].token == zhao.token
    assert window.guests.rowCount() == len(before) + 2


def test_a_file_that_is_no_guest_list_is_refused_on_the_file_page(
        wizard: ImportWizard, tmp_path: Path) -> None:
    path = tmp_path / "名单.txt"
    path.write_text("王伟\n", encoding="utf-8")
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.message.isVisible()
    assert "名单.txt" in wizard.file_page.message.text()


def test_a_column_chosen_twice_is_explained_on_the_mapping_page(
        wizard: ImportWizard, tmp_path: Path) -> None:
    wizard.file_page.path_edit.setText(str(messy_xlsx(tmp_path / "名单.xlsx")))
    wizard.next()
    wizard.next()
    mapping = wizard.mapping_page
    mapping.combos[3].setCurrentIndex(mapping.combos[3].findData("organisation"))
    wizard.next()
    assert wizard.currentPage() is mapping
    assert "单位" in mapping.message.text()
