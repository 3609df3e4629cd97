"""Chinese fonts for printed documents: found on the system or chosen by the user, registered
once with ReportLab, embedded as TrueType subsets."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from models.lang import say

# Fonts that embed (TrueType outlines) and cover GB2312, in order of preference for name cards:
# a 黑体 reads best from across a table. Noto Sans CJK is left out on purpose: its CFF outlines
# cannot be embedded by ReportLab ("postscript outlines are not supported").
CANDIDATES: dict[str, tuple[tuple[str, int], ...]] = {
    "win32": (("simhei.ttf", 0), ("msyh.ttc", 0), ("msyh.ttf", 0), ("simsun.ttc", 0),
              ("simkai.ttf", 0)),
    "darwin": (("STHeiti Medium.ttc", 0), ("STHeiti Light.ttc", 0), ("Hiragino Sans GB.ttc", 0),
               ("Songti.ttc", 0), ("Arial Unicode.ttf", 0)),
    "linux": (("wqy-zenhei.ttc", 0), ("wqy-microhei.ttc", 0), ("DroidSansFallbackFull.ttf", 0),
              ("DroidSansFallback.ttf", 0), ("uming.ttc", 0), ("ukai.ttc", 0)),
}
FONT_FOLDERS: dict[str, tuple[str, ...]] = {
    "win32": (os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts"),
              os.path.join(os.environ.get("LOCALAPPDATA", ""), "Microsoft", "Windows", "Fonts")),
    "darwin": ("/System/Library/Fonts", "/System/Library/Fonts/Supplemental", "/Library/Fonts",
               str(Path.home() / "Library" / "Fonts")),
    "linux": ("/usr/share/fonts", "/usr/local/share/fonts", str(Path.home() / ".fonts"),
              str(Path.home() / ".local" / "share" / "fonts")),
}
INSTALL_HINT = {
    "win32": ("请确认 Windows 的“黑体”(simhei.ttf) 或“微软雅黑”已安装，"
              "或在设置中选择一个 TrueType 中文字体文件",
              "Make sure SimHei (simhei.ttf) or Microsoft YaHei is installed, or choose a "
              "TrueType Chinese font file in the settings"),
    "darwin": ("请在设置中选择一个 TrueType 中文字体文件（如华文黑体 STHeiti）",
               "Choose a TrueType Chinese font file (such as STHeiti) in the settings"),
    "linux": ("请安装文泉驿正黑字体（Debian/Ubuntu：apt install fonts-wqy-zenhei），"
              "或在设置中选择一个 TrueType 中文字体文件",
              "Install WenQuanYi Zen Hei (Debian/Ubuntu: apt install fonts-wqy-zenhei), or "
              "choose a TrueType Chinese font file in the settings"),
}


class FontMissing(Exception):
    """No embeddable Chinese font: printing would give boxes, so it is refused with advice."""


@dataclass(frozen=True)
class FontChoice:
    path: Path
    subfont: int = 0

    @property
    def name(self) -> str:
        """The name the font is registered under with ReportLab, one per file and subfont."""
        return f"Zuoci-{self.path.stem}-{self.subfont}"


def _platform() -> str:
    if sys.platform.startswith("win"):
        return "win32"
    return "darwin" if sys.platform == "darwin" else "linux"


def find_cjk_font() -> FontChoice | None:
    """The first installed font of the platform's list, searching its font folders."""
    platform = _platform()
    folders = [Path(folder) for folder in FONT_FOLDERS[platform] if folder]
    for file_name, subfont in CANDIDATES[platform]:
        for folder in folders:
            if not folder.is_dir():
                continue
            direct = folder / file_name
            if direct.is_file():
                return FontChoice(direct, subfont)
            for found in folder.rglob(file_name):
                return FontChoice(found, subfont)
    return None


_registered: dict[FontChoice, str] = {}


def register(choice: FontChoice) -> str:
    """Register the font with ReportLab (once per process) and give its name."""
    if choice in _registered:
        return _registered[choice]
    try:
        font = TTFont(choice.name, str(choice.path), subfontIndex=choice.subfont)
    except (TTFError, OSError) as error:
        raise FontMissing(say(f"字体文件 {choice.path} 无法嵌入 PDF：{error}",
                              f"The font file {choice.path} cannot be embedded in a PDF: "
                              f"{error}")) from error
    pdfmetrics.registerFont(font)
    _registered[choice] = choice.name
    return choice.name


def cjk_font(path: str | Path | None = None, subfont: int = 0) -> str:
    """The registered name of the Chinese font to print with: the file the user or template
    chose, else the system's. Raises FontMissing saying what to install."""
    if path:
        chosen = Path(path).expanduser()
        if not chosen.is_file():
            raise FontMissing(say(f"找不到字体文件 {chosen}", f"The font file {chosen} is missing"))
        return register(FontChoice(chosen, subfont))
    found = find_cjk_font()
    if found is None:
        raise FontMissing(say(f"没有找到可嵌入 PDF 的中文字体。{INSTALL_HINT[_platform()][0]}",
                              "No Chinese font that can be embedded in a PDF was found. "
                              f"{INSTALL_HINT[_platform()][1]}"))
    return register(found)


# Characters every Chinese font has: 中国人名 — one missing means names print as boxes.
CHINESE_SAMPLE = "中国人名"


def has_chinese(font: str) -> bool:
    """Whether the registered font draws Chinese characters: a Latin font chosen by mistake
    embeds well enough but prints every Chinese name as boxes."""
    glyphs = pdfmetrics.getFont(font).face.charToGlyph
    return all(ord(char) in glyphs for char in CHINESE_SAMPLE)
