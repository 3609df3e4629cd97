"""The language of messages the domain writes (Chinese or English), following the system."""

from __future__ import annotations

import locale
import os

_language: list[str] = []


def system_language() -> str:
    """'zh' when the system speaks Chinese, 'en' otherwise."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    found = locale.getlocale()[0] or ""
    return "zh" if found.lower().startswith("zh") else "en"


def set_language(language: str) -> None:
    """Choose 'zh' or 'en' for every message from now on (the GUI's language switch)."""
    if language not in ("zh", "en"):
        raise ValueError(f"language must be 'zh' or 'en', not {language!r}")
    _language[:] = [language]


def language() -> str:
    return _language[0] if _language else system_language()


def say(zh: str, en: str) -> str:
    """The message in the language in use; the domain has no Qt, so no tr()."""
    return zh if language() == "zh" else en
