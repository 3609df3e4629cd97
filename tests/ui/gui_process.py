"""Running the real GUI start-up in a child process (run_gui_child.py) with its own home."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

CHILD = Path(__file__).with_name("run_gui_child.py")
ROOT = Path(__file__).resolve().parents[2]


def child_environment(home: Path, language: str, platform: str, **extra: str) -> dict[str, str]:
    """The child's own settings, caches and language (a locale such as zh_CN.UTF-8), never
    the user's; `platform` is Qt's (offscreen, or xcb with DISPLAY in `extra`)."""
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith(("LC_", "LANG", "XDG_"))}
    environment.update({
        "LANG": language, "LC_ALL": language, "QT_QPA_PLATFORM": platform,
        "XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_DATA_HOME": str(home / "data"), "PYTHONPATH": str(ROOT), **extra})
    return environment


def run_gui_child(database: Path, picture: Path, environment: dict[str, str], scene: str = "",
                  document: str = "", *, options: Sequence[str] = ()
                  ) -> subprocess.CompletedProcess[str]:
    """The child's answer; with `scene` the seating tab shows it, with `document` the print tab
    previews it; `options` are the child's own (--layout SCENE, --dashboard, --station ...)."""
    arguments = [*options] or ([scene] if scene else ["--print", document] if document else [])
    return subprocess.run([sys.executable, str(CHILD), str(database), str(picture), *arguments],
                          env=environment, capture_output=True, text=True, timeout=120,
                          check=False, cwd=ROOT)
