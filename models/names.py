"""Guest names: normalising what spreadsheets hold, pinyin with surnames read as surnames."""

from __future__ import annotations

import functools
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
# Full-width digits and Latin letters (Ａ, ｂ, ３) become ASCII; full-width punctuation such as
# （）and ，stays, because it is correct Chinese text in titles and notes.
_FULL_WIDTH_ALNUM = {code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A),
                                                      *range(0xFF21, 0xFF3B),
                                                      *range(0xFF41, 0xFF5B))}
# The stored pinyin and initials fit their columns (Guest.pinyin, Guest.initials).
PINYIN_LENGTH = 300
INITIALS_LENGTH = 50


def normalise_text(value: str) -> str:
    """What a cell should have said: composed (NFC), full-width letters and digits as ASCII,
    spaces of every width folded to one, trimmed."""
    text = unicodedata.normalize("NFC", value).translate(_FULL_WIDTH_ALNUM)
    return _SPACES.sub(" ", text).strip()


def normalise_name(value: str) -> str:
    """A person's name as stored: spaces inside a Chinese name dropped (王　伟 → 王伟), those
    between the words of a foreign name kept single; middle dots unified."""
    name = unicodedata.normalize("NFKC", normalise_text(value))
    name = name.replace("．", "·").replace("•", "·").replace("・", "·")
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


@functools.lru_cache(maxsize=65536)
def _given_name_pinyin(text: str) -> tuple[str, ...]:
    # Given names repeat a great deal in long lists; pypinyin is the slowest step of an import.
    return tuple(lazy_pinyin(text, errors=lambda rest: rest.replace("·", " ").split()))


def name_pinyin(name: str) -> list[str]:
    """The syllables of a name, toneless and lower case, surname read as a surname."""
    head, rest = _surname_split(name)
    syllables = head + list(_given_name_pinyin(rest))
    return [s.lower() for s in syllables if s.strip() and s.strip() != "·"]


def pinyin_and_initials(name: str) -> tuple[str, str]:
    """('wang wei', 'ww') for 王伟; Latin words keep their first letter as an initial."""
    syllables = name_pinyin(name)
    pinyin = " ".join(syllables)[:PINYIN_LENGTH]
    initials = "".join(s[0] for s in syllables if s and s[0].isalnum())[:INITIALS_LENGTH]
    return pinyin, initials


