"""The print command: a PDF for each document, and a message with status 1 for what it cannot
print."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine

from cli import parse_arguments
from models.demo import DEMO_EVENT_NAME
from printing.templates import TEMPLATE_DIR
from tests.cli.running import run
from tests.printing.conftest import HALL
from tests.printing.pdf_checks import LATIN_FONT, LATIN_FONT_NAME, font_names, fonts, page_texts


@pytest.fixture
def db(demo_engine: Engine) -> str:
    return str(demo_engine.url.database)


@pytest.mark.parametrize("document", ["cards", "badges", "invitations", "labels"])
def test_each_document_is_written_to_the_file_given(
        db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], document: str) -> None:
    output = tmp_path / f"{document}.pdf"
    status, out, err = run(capsys, "--db", db, "print", document, "--event", DEMO_EVENT_NAME,
                           "--scene", HALL, "-o", str(output))
    assert (status, err) == (0, "")
    assert str(output) in out
    assert output.read_bytes().startswith(b"%PDF-") and page_texts(output)
    assert all(font["emb"] == "yes" for font in fonts(output))


def test_a_template_is_chosen_by_name(db: str, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "acrylic.pdf"
    status, _out, err = run(capsys, "--db", db, "print", "cards", "--event", DEMO_EVENT_NAME,
                            "--template", "acrylic_180x90", "-o", str(output))
    assert (status, err) == (0, "")
    assert output.exists()


def test_the_output_file_is_required() -> None:
    with pytest.raises(SystemExit) as caught:
        parse_arguments(["print", "cards", "--event", DEMO_EVENT_NAME])
    assert caught.value.code == 2


def test_an_unknown_document_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as caught:
        parse_arguments(["print", "posters", "--event", DEMO_EVENT_NAME, "-o", "x.pdf"])
    assert caught.value.code == 2


@pytest.mark.parametrize(("arguments", "words"), [
    (["--event", "没有的活动"], "没有的活动"),
    (["--event", DEMO_EVENT_NAME, "--scene", "后花园"], "后花园"),
    (["--event", DEMO_EVENT_NAME, "--template", "name_card_a4"], "不能用于打印 “badges”"),
    (["--event", DEMO_EVENT_NAME, "--template", "no_such_template"], "no_such_template.json"),
])
def test_what_cannot_be_printed_is_refused_with_status_1_and_no_file(
        db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str],
        words: str) -> None:
    output = tmp_path / "badges.pdf"
    status, out, err = run(capsys, "--db", db, "print", "badges", *arguments, "-o", str(output))
    assert (status, out) == (1, "")
    assert words in err
    assert not output.exists()


def test_a_missing_font_is_refused_naming_the_file_and_no_pdf_of_boxes_is_written(
        db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    template = json.loads((TEMPLATE_DIR / "labels_2x7.json").read_text("utf-8"))
    template["font"] = {"file": "missing/simhei.ttf"}
    template_path = tmp_path / "labels_simhei.json"
    template_path.write_text(json.dumps(template, ensure_ascii=False), encoding="utf-8")
    output = tmp_path / "labels.pdf"
    status, out, err = run(capsys, "--db", db, "print", "labels", "--event", DEMO_EVENT_NAME,
                           "--template", str(template_path), "-o", str(output))
    assert (status, out) == (1, "")
    assert str(tmp_path / "missing" / "simhei.ttf") in err
    assert not output.exists()


def test_a_scene_nobody_is_seated_in_yet_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "fresh.db")
    assert run(capsys, "--db", db, "demo")[0] == 0
    status, out, err = run(capsys, "--db", db, "print", "cards", "--event", DEMO_EVENT_NAME,
                           "--scene", HALL, "-o", str(tmp_path / "cards.pdf"))
    assert (status, out) == (1, "")
    assert "请先排座" in err


def test_the_font_given_is_the_font_printed_with(
        db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "list.pdf"
    status, _out, err = run(capsys, "--db", db, "print", "list", "--event", DEMO_EVENT_NAME,
                            "--font", str(LATIN_FONT), "-o", str(output))
    assert (status, err) == (0, "")
    assert font_names(output) == {LATIN_FONT_NAME}


def test_a_font_given_that_is_missing_is_refused_naming_it(
        db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "cards.pdf"
    status, out, err = run(capsys, "--db", db, "print", "cards", "--event", DEMO_EVENT_NAME,
                           "--font", str(tmp_path / "nowhere.ttf"), "-o", str(output))
    assert (status, out) == (1, "")
    assert str(tmp_path / "nowhere.ttf") in err
    assert not output.exists()
