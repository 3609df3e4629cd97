"""Guest names: normalising what spreadsheets hold, pinyin with surnames read as surnames."""

from __future__ import annotations

import re
import unicodedata

from pypinyin import lazy_pinyin

# Surnames whose reading differs from the character's everyday reading. pypinyin reads names as
# ordinary words (单 dān, 曾 céng), so the first character, or the first two for a compound
# surname, is looked up here first.
SURNAME_READINGS: dict[str, list[str]] = {
    "单": ["shan"], "曾": ["zeng"], "解": ["xie"], "区": ["ou"], "仇": ["qiu"], "朴": ["piao"],
    "查": ["zha"], "盖": ["ge"], "缪": ["miao"], "尉": ["yu"], "乐": ["yue"], "覃": ["qin"],
    "种": ["chong"], "秘": ["bi"], "冼": ["xian"], "柏": ["bai"], "褚": ["chu"], "翟": ["zhai"],
    "员": ["yun"], "华": ["hua"], "任": ["ren"], "黑": ["he"], "繁": ["po"], "句": ["gou"],
    "能": ["nai"], "祭": ["zhai"], "折": ["she"], "过": ["guo"], "朝": ["chao"], "长": ["chang"],
    "教": ["jiao"], "召": ["shao"], "纪": ["ji"], "燕": ["yan"], "牟": ["mou"], "宓": ["mi"],
    "都": ["du"], "沈": ["shen"], "重": ["chong"], "隗": ["wei"], "卜": ["bu"], "薄": ["bo"],
    "莘": ["shen"], "蕃": ["pi"], "阚": ["kan"], "尕": ["ga"], "难": ["ning"], "万": ["wan"],
    "尉迟": ["yu", "chi"], "万俟": ["mo", "qi"], "单于": ["chan", "yu"], "长孙": ["zhang", "sun"],
    "欧阳": ["ou", "yang"], "令狐": ["ling", "hu"], "澹台": ["tan", "tai"],
    "中行": ["zhong", "hang"],
    "皇甫": ["huang", "fu"], "尉缭": ["yu", "liao"], "乐正": ["yue", "zheng"],
}

_SPACES = re.compile(r"[\s\u3000\u00a0\u2000-\u200b\ufeff]+")
_HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")


def normalise_text(value: str) -> str:
    """NFKC, spaces of every width folded to one, trimmed: what a cell should have said."""
    folded = unicodedata.normalize("NFKC", value)
    return _SPACES.sub(" ", folded).strip()


def normalise_name(value: str) -> str:
    """A person's name as stored: spaces inside a Chinese name dropped (王　伟 → 王伟), those
    between the words of a foreign name kept single; middle dots unified."""
    name = normalise_text(value).replace("．", "·").replace("•", "·").replace("・", "·")
    if _HAN.search(name):
        parts = name.split(" ")
        joined = parts[0]
        for part in parts[1:]:
            # Keep a space only between two Latin words (e.g. "Li Ming" written in a Chinese list).
            if joined[-1:].isascii() and part[:1].isascii() and joined[-1:].isalpha():
                joined += " " + part
            else:
                joined += part
        name = joined
    return name


def _surname_split(name: str) -> tuple[list[str], str]:
    for length in (2, 1):
        head = name[:length]
        if len(head) == length and head in SURNAME_READINGS:
            return list(SURNAME_READINGS[head]), name[length:]
    return [], name


def name_pinyin(name: str) -> list[str]:
    """The syllables of a name, toneless and lower case, surname read as a surname."""
    head, rest = _surname_split(name)
    syllables = head + lazy_pinyin(rest, errors=lambda text: text.replace("·", " ").split())
    return [s.lower() for s in syllables if s.strip() and s.strip() != "·"]


def pinyin_and_initials(name: str) -> tuple[str, str]:
    """('wang wei', 'ww') for 王伟; Latin words keep their first letter as an initial."""
    syllables = name_pinyin(name)
    pinyin = " ".join(syllables)
    initials = "".join(s[0] for s in syllables if s and s[0].isalnum())
    return pinyin, initials


