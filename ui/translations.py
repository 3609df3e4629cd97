"""The interface language: choosing it, compiling the translations and installing them."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import PySide6
from platformdirs import user_cache_dir
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from models.lang import set_language

LANGUAGES = ("zh_CN", "en")
SYSTEM = "system"
TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"

log = logging.getLogger(__name__)


def chosen_language(setting: str | None, system: QLocale) -> str:
    """The language to use: the one set in the settings, else the system's, else English."""
    if setting in LANGUAGES:
        return setting
    return "zh_CN" if system.language() == QLocale.Language.Chinese else "en"


def default_cache_dir() -> Path:
    return Path(user_cache_dir("Zuoci", appauthor=False)) / "translations"


def _lrelease() -> Path:
    """The lrelease that ships inside the PySide6 wheel (what pyside6-lrelease runs)."""
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).resolve().parent / name


def compiled_translation(language: str, cache_dir: Path, source_dir: Path = TRANSLATIONS
                         ) -> Path | None:
    """The .qm file for a language, compiled from its .ts when missing or older than the .ts.

    The .qm files are build products and are not kept in the repository, and a plain
    `pip install -e .` runs no build step, so they are made here, once per change of the .ts.
    They go to the user's cache folder because the source folder may not be writable (a
    system-wide install). None, with the reason logged, when the translation cannot be built:
    the interface then shows its English source texts rather than failing to start.
    """
    source = source_dir / f"zuoci_{language}.ts"
    target = cache_dir / f"zuoci_{language}.qm"
    if not source.exists():
        log.warning("No translation source %s", source)
        return None
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    # Built under a private name and renamed, so that two copies of Zuoci starting together
    # never load a half-written file.
    partial = target.with_name(f"{target.stem}.{os.getpid()}.partial.qm")
    try:
        result = subprocess.run([str(_lrelease()), "-silent", str(source), "-qm", str(partial)],
                                capture_output=True, text=True, check=False)
    except OSError as error:
        log.warning("Cannot run lrelease to compile %s: %s", source, error)
        return None
    if result.returncode != 0 or not partial.exists():
        log.warning("lrelease could not compile %s: %s", source, result.stderr.strip())
        partial.unlink(missing_ok=True)
        return None
    os.replace(partial, target)
    return target


class Translators:
    """The translators installed on the application for the language in use.

    Installing or removing a translator makes Qt send every widget a LanguageChange event, which
    is how open windows switch language without restarting."""

    def __init__(self, app: QCoreApplication, cache_dir: Path | None = None) -> None:
        self._app = app
        self._cache_dir = cache_dir or default_cache_dir()
        self._installed: list[QTranslator] = []

    def use(self, language: str) -> None:
        """Switch the interface and the domain's messages to zh_CN or en."""
        if language not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}, not {language!r}")
        # The domain's words (categories, ranks, headings) must be in the new language before
        # the widgets hear of the change and redraw.
        set_language("zh" if language == "zh_CN" else "en")
        self.uninstall()
        ours = compiled_translation(language, self._cache_dir)
        if ours is not None:
            self._install(str(ours.parent), ours.stem)
        if language != "en":
            # Qt's own texts: the buttons and titles of standard dialogs.
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._install(qt_folder, f"qtbase_{language}")

    def uninstall(self) -> None:
        """Remove every installed translator: the interface falls back to its English texts."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()

    def _install(self, folder: str, name: str) -> None:
        translator = QTranslator(self._app)
        if not translator.load(name, folder):
            log.warning("Cannot load the translation %s from %s", name, folder)
            translator.deleteLater()
            return
        self._app.installTranslator(translator)
        self._installed.append(translator)
