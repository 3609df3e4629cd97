"""The print tab: previews built in the background, superseded, cancelled, saved, printed,
refused plainly, in the font the preferences name."""

from __future__ import annotations

import math
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import Session, select

from models.db import transaction
from models.demo import create_demo
from models.print_records import changed_since_last_print
from models.scenes import event_scenes
from models.seating import arrange_scene
from models.tables import Event
from printing.base import spaced_name
from printing.documents import DOCUMENTS
from printing.fonts import find_cjk_font
from printing.guest_fields import guests_to_print
from printing.templates import USER_TEMPLATE_ENV, load_template
from tests.printing.pdf_checks import LATIN_FONT, LATIN_FONT_NAME, font_names
from tests.ui.guest_data import add_event
from ui import settings as keys
from ui.main_window import MainWindow
from ui.print_area import PrintArea, print_pages
from ui.print_worker import PrintJob
from ui.settings_dialog import SettingsDialog
from ui.translations import Translators

OpenWindow = Callable[[Engine], MainWindow]
BUILD_TIMEOUT = 30000


@pytest.fixture(autouse=True)
def own_templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The user's templates from a folder of the test's own, never the user's."""
    monkeypatch.setenv(USER_TEMPLATE_ENV, str(tmp_path / "own_templates"))


@pytest.fixture
def demo_engine(sqlite_engine: Engine) -> Engine:
    """The sample conference with every scene arranged."""
    with transaction(sqlite_engine) as session:
        event = create_demo(session)
        for scene in event_scenes(session, event.id):
            arrange_scene(session, event, scene)
    return sqlite_engine


def open_print_tab(window: MainWindow, qtbot: QtBot) -> PrintArea:
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.printing)
    return window.printing


def choose(area: PrintArea, qtbot: QtBot, document: str, template: str = "") -> None:
    area.document_chooser.setCurrentIndex(area.document_chooser.findData(document))
    area.template_chooser.setCurrentIndex(area.template_chooser.findData(template))
    wait_for_preview(area, qtbot)


def wait_for_preview(area: PrintArea, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not area.building(), timeout=BUILD_TIMEOUT)


def expected_cards(engine: Engine) -> int:
    with Session(engine) as session:
        event = session.exec(select(Event)).one()
        guests = guests_to_print(session, event, None)
    return math.ceil(len(guests) / load_template("name_card_a4", "cards").grid.per_page)


def test_the_documents_are_offered_by_their_names_in_the_users_language(
        demo_engine: Engine, open_window: OpenWindow) -> None:
    window = open_window(demo_engine)
    area = window.printing
    labels = [area.document_chooser.itemText(row)
              for row in range(area.document_chooser.count())]
    assert labels == [document.label for document in DOCUMENTS.values()]
    assert "桌签" in labels and "座次图" in labels


def test_name_cards_are_previewed_one_sheet_per_expected_guest(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot) -> None:
    window = open_window(demo_engine)
    area = open_print_tab(window, qtbot)
    choose(area, qtbot, "cards", "name_card_a4")

    assert area.pages.currentWidget() is area.view
    assert area.document.status() == QPdfDocument.Status.Ready
    assert area.document.pageCount() == expected_cards(demo_engine)
    assert area.print_action.isEnabled() and area.save_action.isEnabled()


def test_every_document_offers_its_own_templates_page_documents_too(
        demo_engine: Engine, open_window: OpenWindow) -> None:
    window = open_window(demo_engine)
    area = window.printing
    area.document_chooser.setCurrentIndex(area.document_chooser.findData("chart"))
    names = [area.template_chooser.itemData(row) for row in range(area.template_chooser.count())]
    assert names[0] == "" and "chart_a4_landscape" in names
    assert all(name.startswith("chart_") for name in names[1:])


def test_choosing_another_document_builds_its_preview(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot) -> None:
    window = open_window(demo_engine)
    area = open_print_tab(window, qtbot)
    choose(area, qtbot, "cards", "name_card_a4")
    cards = area.pdf()

    choose(area, qtbot, "badges", "badge_card_10")

    assert area.pdf() is not None and area.pdf() != cards
    assert area.document.status() == QPdfDocument.Status.Ready
    assert area.document.pageCount() == math.ceil(expected_cards(demo_engine) / 10)


def test_invitations_cover_the_whole_event_whatever_the_scene(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot) -> None:
    window = open_window(demo_engine)
    area = open_print_tab(window, qtbot)
    area.scope_chooser.setCurrentIndex(1)
    choose(area, qtbot, "invitations")
    assert not area.scope_chooser.isEnabled()
    assert area.options() is not None and area.options().scene_id is None
    assert area.document.status() == QPdfDocument.Status.Ready


def test_a_newer_choice_supersedes_a_build_still_running(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot) -> None:
    window = open_window(demo_engine)
    area = open_print_tab(window, qtbot)
    choose(area, qtbot, "list")
    area.document_chooser.setCurrentIndex(area.document_chooser.findData("cards"))
    area._build()  # the cards start building at once
    area.document_chooser.setCurrentIndex(area.document_chooser.findData("labels"))
    area.template_chooser.setCurrentIndex(area.template_chooser.findData("labels_3x8"))
    wait_for_preview(area, qtbot)
    area.workers.waitForDone()
    qtbot.wait(50)

    with Session(demo_engine) as session:
        guests = len(guests_to_print(session, session.exec(select(Event)).one(), None))
    assert area.document.pageCount() == math.ceil(guests / 24)


def test_saving_writes_the_previewed_pdf_with_the_guests_names(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(demo_engine)
    area = open_print_tab(window, qtbot)
    choose(area, qtbot, "cards", "name_card_a4")
    target = tmp_path / "桌签"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args: (str(target), "PDF (*.pdf)"))

    area.save_action.trigger()

    saved = target.with_suffix(".pdf")
    assert saved.read_bytes() == area.pdf()
    text = subprocess.run(["pdftotext", str(saved), "-"], capture_output=True, text=True,
                          check=True).stdout
    with Session(demo_engine) as session:
        first = guests_to_print(session, session.exec(select(Event)).one(), None)[0]
    assert spaced_name(first.guest.name) in text or first.guest.name in text


def test_a_saved_print_is_recorded_so_nothing_counts_as_changed_after_it(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(demo_engine)
    area = open_print_tab(window, qtbot)
    choose(area, qtbot, "cards", "name_card_a4")
    with Session(demo_engine) as session:
        event = session.exec(select(Event)).one()
        assert changed_since_last_print(session, event, "cards", None)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args: (str(tmp_path / "桌签.pdf"), "PDF (*.pdf)"))

    area.save_action.trigger()

    with Session(demo_engine) as session:
        event = session.exec(select(Event)).one()
        assert changed_since_last_print(session, event, "cards", None) == []


def test_the_keys_are_the_platforms_print_and_save_as(
        demo_engine: Engine, open_window: OpenWindow) -> None:
    window = open_window(demo_engine)
    area = window.printing
    assert area.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert area.save_action.shortcut().matches(QKeySequence("Ctrl+Shift+S")) \
        == QKeySequence.SequenceMatch.ExactMatch


def test_printing_draws_every_page_at_the_sheets_size(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(demo_engine)
    area = open_print_tab(window, qtbot)
    choose(area, qtbot, "badges", "badge_card_10")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    printer.setFullPage(True)

    assert print_pages(area.document, printer)

    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True,
                          check=True).stdout
    assert f"Pages: {area.document.pageCount()}" in " ".join(info.split())
    assert "595 x 842 pts (A4)" in info


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setFullPage(True)
    return printer


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          check=True).stdout
    return int(info.split("Pages:")[1].split()[0])


def test_printing_tells_its_progress_page_by_page_and_is_recorded(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(demo_engine)
    area = open_print_tab(window, qtbot)
    choose(area, qtbot, "cards", "acrylic_180x90")
    pages = area.document.pageCount()
    told: list[tuple[int, int]] = []
    shown: list[str] = []
    area.page_printed.connect(lambda done, total: (
        told.append((done, total)),
        shown.append(area.printing_progress.labelText() if area.printing_progress else "")))

    assert area.print_to(pdf_printer(tmp_path / "printed.pdf"))

    assert told == [(done, pages) for done in range(pages + 1)]
    assert str(pages) in shown[0]
    assert area.printing_progress is None
    assert pdf_pages(tmp_path / "printed.pdf") == pages
    with Session(demo_engine) as session:
        event = session.exec(select(Event)).one()
        assert changed_since_last_print(session, event, "cards", None) == []


def test_cancelling_the_printing_stops_before_the_next_page_and_records_nothing(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(demo_engine)
    area = open_print_tab(window, qtbot)
    choose(area, qtbot, "cards", "acrylic_180x90")
    assert area.document.pageCount() > 3
    told: list[int] = []
    said: list[str] = []
    monkeypatch.setattr("ui.print_area.QMessageBox.information",
                        lambda _parent, _title, text: said.append(text))

    def cancel_after_two(done: int, _total: int) -> None:
        told.append(done)
        if done == 2 and area.printing_progress is not None:
            area.printing_progress.cancel()

    area.page_printed.connect(cancel_after_two)

    assert not area.print_to(pdf_printer(tmp_path / "printed.pdf"))

    assert told == [0, 1, 2]
    # A PDF file, like a CUPS queue, takes the job as a whole: the two pages drawn are kept,
    # and the user is told so.
    assert pdf_pages(tmp_path / "printed.pdf") == 2
    assert len(said) == 1 and "2" in said[0]
    with Session(demo_engine) as session:
        event = session.exec(select(Event)).one()
        assert changed_since_last_print(session, event, "cards", None)


def test_an_event_without_guests_says_there_is_nothing_to_print(
        sqlite_engine: Engine, open_window: OpenWindow, qtbot: QtBot) -> None:
    add_event(sqlite_engine, "空活动", [])
    window = open_window(sqlite_engine)
    area = open_print_tab(window, qtbot)
    choose(area, qtbot, "cards")

    assert area.pages.currentWidget() is area.message
    assert "没有应到的嘉宾" in area.message.text()
    assert not area.print_action.isEnabled() and not area.save_action.isEnabled()


def test_a_faulty_template_is_reported_in_the_tab(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(demo_engine)
    area = open_print_tab(window, qtbot)
    # A template of another document stands in for a broken file.
    monkeypatch.setattr(area.template_chooser, "currentData", lambda: "badge_lanyard")
    choose(area, qtbot, "cards")

    assert area.pages.currentWidget() is area.message
    assert "badge_lanyard" in area.message.text()


def test_the_last_document_and_template_come_back_for_the_event(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot) -> None:
    window = open_window(demo_engine)
    area = open_print_tab(window, qtbot)
    choose(area, qtbot, "badges", "badge_card_8")
    window.close()

    again_window = open_window(demo_engine)
    again = again_window.printing
    assert again.current_document() == "badges"
    assert again.template_chooser.currentData() == "badge_card_8"


def test_a_long_build_shows_its_progress_and_cancelling_keeps_the_previous_preview(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(demo_engine)
    area = open_print_tab(window, qtbot)
    choose(area, qtbot, "list")
    shown, pages = area.pdf(), area.document.pageCount()
    first_page = threading.Event()
    go_on = threading.Event()
    hear = PrintJob._progress

    def held(job: PrintJob, done: int, total: int) -> bool:
        # The build waits after its first sheet until the test has cancelled it.
        answer = hear(job, done, total)
        first_page.set()
        go_on.wait(BUILD_TIMEOUT / 1000)
        return answer and not job._stop.is_set()

    monkeypatch.setattr(PrintJob, "_progress", held)
    area.document_chooser.setCurrentIndex(area.document_chooser.findData("badges"))
    qtbot.waitUntil(first_page.is_set, timeout=BUILD_TIMEOUT)
    qtbot.waitUntil(lambda: area.progress.value() == 1, timeout=BUILD_TIMEOUT)
    per_sheet = load_template("badge_lanyard", "badges").grid.per_page
    assert area.progress.maximum() == math.ceil(expected_cards(demo_engine) / per_sheet)
    assert area.cancel_button.isVisible() and area.building()

    area.cancel_button.click()
    go_on.set()
    wait_for_preview(area, qtbot)

    assert not area.cancel_button.isVisible()
    assert area.pages.currentWidget() is area.view
    assert area.pdf() == shown and area.document.pageCount() == pages


def test_the_preferences_font_prints_the_preview(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot, settings: QSettings,
        tmp_path: Path) -> None:
    settings.setValue(keys.PRINT_FONT, str(LATIN_FONT))
    window = open_window(demo_engine)
    area = open_print_tab(window, qtbot)
    choose(area, qtbot, "signin-sheet")

    assert area.options() is not None and area.options().font == str(LATIN_FONT)
    path = tmp_path / "sheet.pdf"
    path.write_bytes(area.pdf() or b"")
    assert font_names(path) == {LATIN_FONT_NAME}


def test_back_from_the_preferences_with_another_font_the_preview_is_built_again(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot, settings: QSettings,
        tmp_path: Path) -> None:
    window = open_window(demo_engine)
    area = open_print_tab(window, qtbot)
    choose(area, qtbot, "signin-sheet")
    settings.setValue(keys.PRINT_FONT, str(LATIN_FONT))

    # The window is active again when the preferences close.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QApplication.sendEvent(area, QEvent(QEvent.Type.ActivationChange))
    qtbot.waitUntil(area.building)
    wait_for_preview(area, qtbot)

    path = tmp_path / "sheet.pdf"
    path.write_bytes(area.pdf() or b"")
    assert font_names(path) == {LATIN_FONT_NAME}


def test_the_preferences_warn_of_a_font_without_chinese_characters(
        qtbot: QtBot, settings: QSettings) -> None:
    dialog = SettingsDialog(settings, Translators(QApplication.instance()), "/data/zuoci.db")
    qtbot.addWidget(dialog)
    heard: list[bool] = []
    dialog.font_changed.connect(lambda: heard.append(True))
    chinese = find_cjk_font()
    assert chinese is not None and dialog.choose_font(str(chinese.path))
    fine = dialog.font_status.text()

    assert dialog.choose_font(str(LATIN_FONT))

    assert heard == [True, True]
    # The same words, and the warning after them.
    warned = dialog.font_status.text()
    assert warned.startswith(fine) and len(warned) > len(fine) + 10
