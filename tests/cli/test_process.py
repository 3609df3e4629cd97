"""`python main.py COMMAND` as a real process: no Qt loaded, exit statuses, UTF-8 JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def zuoci(*argv: str, importtime: bool = False,
          console: str = "utf-8") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": console}
    flags = ["-X", "importtime"] if importtime else []
    return subprocess.run([sys.executable, *flags, str(ROOT / "main.py"), *argv], cwd=ROOT,
                          env=env, capture_output=True, timeout=120, check=False)


def _imported_modules(importtime_report: str) -> set[str]:
    """The modules named in `-X importtime` lines: 'import time: self | cumulative | name'."""
    return {line.rsplit("|", 1)[1].strip() for line in importtime_report.splitlines()
            if line.startswith("import time:") and "|" in line}


def test_a_headless_command_loads_no_qt_and_no_gui(tmp_path: Path) -> None:
    done = zuoci("--db", str(tmp_path / "zuoci.db"), "events", importtime=True)
    assert done.returncode == 0, done.stderr.decode()
    modules = _imported_modules(done.stderr.decode())
    assert "cli" in modules and "models.db" in modules
    assert not [name for name in modules
                if name.split(".")[0] in ("PySide6", "shiboken6", "ui")]


def test_exit_statuses_of_a_real_process(tmp_path: Path) -> None:
    db = str(tmp_path / "zuoci.db")
    created = zuoci("--db", db, "--lang", "zh", "demo")
    refused = zuoci("--db", db, "--lang", "zh", "stats", "--event", "没有这个会")
    usage = zuoci("--db", db, "stats")
    assert (created.returncode, refused.returncode, usage.returncode) == (0, 1, 2)
    assert "没有这个会" in refused.stderr.decode("utf-8")
    assert refused.stdout == b""
    assert b"usage" in usage.stderr


def test_json_on_stdout_is_utf8_whatever_the_console(tmp_path: Path) -> None:
    db = str(tmp_path / "zuoci.db")
    zuoci("--db", db, "demo")
    done = zuoci("--db", db, "events", "--json", console="cp1252")
    assert done.returncode == 0
    (event,) = json.loads(done.stdout.decode("utf-8"))
    assert event["name"] == "2026年省投资合作大会"


def test_a_console_without_chinese_gets_question_marks_not_a_crash(tmp_path: Path) -> None:
    db = str(tmp_path / "zuoci.db")
    zuoci("--db", db, "demo")
    done = zuoci("--db", db, "--lang", "zh", "stats", "--event", "2026年省投资合作大会",
                 console="ascii")
    assert done.returncode == 0, done.stderr.decode()
    assert b"2026" in done.stdout
