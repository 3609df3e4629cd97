"""The words of a guest list: categories, RSVP states, genders and rank levels, zh and en."""

from __future__ import annotations

from models.lang import say
from models.names import normalise_text
from models.tables import Gender, Rsvp

# Built-in categories; an event may use its own words besides these, stored as written.
CATEGORIES: dict[str, tuple[str, str]] = {
    "leader": ("领导", "Leader"),
    "enterprise": ("企业", "Enterprise"),
    "finance": ("金融", "Finance"),
    "research": ("科研", "Research"),
    "media": ("媒体", "Media"),
    "staff": ("工作人员", "Staff"),
}
CATEGORY_ALIASES: dict[str, str] = {
    "领导": "leader", "领导嘉宾": "leader", "党政领导": "leader", "政府": "leader",
    "企业": "enterprise", "企业家": "enterprise", "央企": "enterprise", "企业代表": "enterprise",
    "金融": "finance", "银行": "finance", "金融机构": "finance",
    "科研": "research", "科研院所": "research", "高校": "research", "专家": "research",
    "媒体": "media", "记者": "media", "新闻": "media",
    "工作人员": "staff", "会务": "staff", "主办方": "staff",
}

RSVP_LABELS: dict[str, tuple[str, str]] = {
    Rsvp.INVITED: ("已邀请", "Invited"),
    Rsvp.CONFIRMED: ("确认参加", "Confirmed"),
    Rsvp.DECLINED: ("谢绝", "Declined"),
    Rsvp.TENTATIVE: ("待定", "Tentative"),
    Rsvp.CANCELLED: ("已取消", "Cancelled"),
}
RSVP_ALIASES: dict[str, str] = {
    "已邀请": Rsvp.INVITED, "邀请": Rsvp.INVITED, "未回复": Rsvp.INVITED,
    "确认参加": Rsvp.CONFIRMED, "确认": Rsvp.CONFIRMED, "参加": Rsvp.CONFIRMED,
    "出席": Rsvp.CONFIRMED, "是": Rsvp.CONFIRMED, "已确认": Rsvp.CONFIRMED,
    "谢绝": Rsvp.DECLINED, "不参加": Rsvp.DECLINED, "请假": Rsvp.DECLINED, "否": Rsvp.DECLINED,
    "缺席": Rsvp.DECLINED,
    "待定": Rsvp.TENTATIVE, "未定": Rsvp.TENTATIVE,
    "已取消": Rsvp.CANCELLED, "取消": Rsvp.CANCELLED,
}

GENDER_LABELS: dict[str, tuple[str, str]] = {
    Gender.MALE: ("男", "Male"),
    Gender.FEMALE: ("女", "Female"),
}
GENDER_ALIASES: dict[str, str] = {
    "男": Gender.MALE, "m": Gender.MALE, "male": Gender.MALE,
    "女": Gender.FEMALE, "f": Gender.FEMALE, "female": Gender.FEMALE,
}

# Chinese official rank levels, most senior first; a list may also give plain numbers.
RANK_LEVELS: tuple[tuple[int, str, str, tuple[str, ...]], ...] = (
    (1, "国家级正职", "State leader", ("国家级",)),
    (2, "国家级副职", "Deputy state leader", ("副国级",)),
    (3, "省部级正职", "Minister / governor", ("省部级", "正部级", "正省级", "部级", "正部",
                                             "正省")),
    (4, "省部级副职", "Vice minister / vice governor", ("副部级", "副省级", "副部", "副省")),
    (5, "厅局级正职", "Director-general", ("厅局级", "正厅级", "正局级", "厅级", "局级", "地厅级",
                                          "正厅", "正局")),
    (6, "厅局级副职", "Deputy director-general", ("副厅级", "副局级", "副厅", "副局")),
    (7, "县处级正职", "Division director", ("县处级", "正处级", "正县级", "处级", "正处",
                                           "正县")),
    (8, "县处级副职", "Deputy division director", ("副处级", "副县级", "副处", "副县")),
    (9, "乡科级正职", "Section chief", ("乡科级", "正科级", "科级", "正科")),
    (10, "乡科级副职", "Deputy section chief", ("副科级", "副科")),
)
RANK_ALIASES: dict[str, int] = {
    alias: level
    for level, zh, en, aliases in RANK_LEVELS
    for alias in (zh, en.lower(), *aliases)
}


def label(pair: tuple[str, str]) -> str:
    return say(*pair)


def category_label(category: str) -> str:
    """The category as the user reads it; the event's own categories are shown as written."""
    pair = CATEGORIES.get(category)
    return label(pair) if pair else category


def rsvp_label(rsvp: str) -> str:
    return label(RSVP_LABELS[Rsvp(rsvp)])


def gender_label(gender: str) -> str:
    pair = GENDER_LABELS.get(gender)
    return label(pair) if pair else ""


def rank_label(level: int | None) -> str:
    if level is None:
        return ""
    for number, zh, en, _aliases in RANK_LEVELS:
        if number == level:
            return say(zh, en)
    return str(level)


def _lookup(text: str, aliases: dict[str, str], labels: dict[str, tuple[str, str]]) -> str | None:
    word = normalise_text(text).lower()
    if word in labels:
        return word
    for key, (zh, en) in labels.items():
        if word in (zh.lower(), en.lower()):
            return key
    found = aliases.get(word)
    return str(found) if found is not None else None


def parse_category(text: str) -> str:
    """A built-in category key, or the text itself as the event's own category."""
    word = normalise_text(text)
    return _lookup(word, CATEGORY_ALIASES, CATEGORIES) or word


def parse_rsvp(text: str) -> str | None:
    return _lookup(text, RSVP_ALIASES, RSVP_LABELS)


def parse_gender(text: str) -> str | None:
    return _lookup(text, GENDER_ALIASES, GENDER_LABELS)


def parse_rank_level(text: str) -> int | None:
    """1 (most senior) and up from a number or an official rank name; None when unreadable."""
    word = normalise_text(text).lower()
    if word.isdecimal() and word.isascii():
        return int(word)
    return RANK_ALIASES.get(word)


def parse_yes_no(text: str) -> bool | None:
    word = normalise_text(text).lower()
    if word in {"是", "y", "yes", "true", "1", "√", "✓", "vip", "贵宾"}:
        return True
    if word in {"否", "n", "no", "false", "0", "", "×"}:
        return False
    return None
