"""Starting the GUI: the real start-up path in a child process, and a refused database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.ui.gui_process import child_environment, run_gui_child
from ui.app import open_database_or_explain


def test_a_refused_database_is_explained_and_nothing_opens(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stranger = tmp_path / "notes.db"
    stranger.write_text("these are not guests", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr("ui.app.QMessageBox.critical",
                        lambda parent, title, text: shown.append(text))
    assert open_database_or_explain(stranger) is None
    assert shown == [f"{stranger} 不是 Zuoci 数据库（不是 SQLite 文件）；未作任何修改。"]


def test_starting_on_a_refused_database_says_why_and_exits_with_1(tmp_path: Path) -> None:
    stranger = tmp_path / "notes.db"
    stranger.write_text("these are not guests", encoding="utf-8")
    result = run_gui_child(stranger, tmp_path / "never.png",
                           child_environment(tmp_path, "zh_CN.UTF-8", "offscreen"))
    assert result.returncode == 1, result.stderr
    assert f"座次无法打开数据库\n{stranger} 不是 Zuoci 数据库" in result.stderr
    assert result.stdout == ""
    assert stranger.read_text(encoding="utf-8") == "these are not guests"


def test_starting_shows_the_window_in_the_systems_language(tmp_path: Path) -> None:
    picture = tmp_path / "window.png"
    result = run_gui_child(tmp_path / "zuoci.db", picture,
                           child_environment(tmp_path, "zh_CN.UTF-8", "offscreen"))
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["saved"]
    # File, Edit, Seating, Sign-in, Help.
    assert len(shown["menus"]) == 5
    assert shown["menus"][:3] == ["文件(&F)", "编辑(&E)", "座次(&S)"]
    assert shown["menus"][-1] == "帮助(&H)"
    assert shown["page"] == "NO_EVENTS"
    assert (tmp_path / "cache" / "Zuoci" / "translations" / "zuoci_zh_CN.qm").exists()
