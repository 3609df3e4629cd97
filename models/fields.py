"""The guest fields as spreadsheets name them: headers in Chinese and English, with variants."""

from __future__ import annotations

from dataclasses import dataclass

from models.lang import language


@dataclass(frozen=True)
class GuestField:
    """One column of a guest list. `key` is the Guest attribute; `aliases` are the header texts
    organisers use for it (compared after removing spaces and case)."""

    key: str
    zh: str
    en: str
    aliases: tuple[str, ...] = ()

    def header(self) -> str:
        return self.zh if language() == "zh" else self.en


GUEST_FIELDS: tuple[GuestField, ...] = (
    GuestField("name", "姓名", "Name", (
        "名字", "嘉宾姓名", "代表姓名", "人员姓名", "姓 名", "参会人员", "参会人", "出席人员",
        "full name", "guest", "guest name")),
    GuestField("gender", "性别", "Gender", ("sex",)),
    GuestField("organisation", "单位", "Organisation", (
        "工作单位", "所在单位", "单位名称", "企业名称", "公司", "公司名称", "机构", "部门及单位",
        "organization", "company", "institution", "affiliation")),
    GuestField("title", "职务", "Title", (
        "职位", "职称", "职务职称", "现任职务", "职务/职称", "position", "job title")),
    GuestField("rank_level", "级别", "Rank level", ("职级", "行政级别", "层级", "rank", "level")),
    GuestField("rank_order", "级内排序", "Order in level", ("排序", "排位", "顺序", "order")),
    GuestField("category", "类别", "Category", (
        "分类", "类型", "身份", "嘉宾类别", "type", "group")),
    GuestField("delegation", "代表团", "Delegation", ("团组", "组别", "所属团组")),
    GuestField("phone", "联系电话", "Phone", (
        "手机", "手机号", "手机号码", "电话", "联系方式", "联系手机", "移动电话", "电话号码",
        "mobile", "telephone", "tel")),
    GuestField("email", "电子邮箱", "E-mail", ("邮箱", "电子邮件", "电子信箱", "email", "mail")),
    GuestField("rsvp", "回执", "RSVP", (
        "参会情况", "是否参会", "出席情况", "是否出席", "参会回执", "状态", "status")),
    GuestField("vip", "重要嘉宾", "VIP", ("贵宾", "是否贵宾", "vip")),
    GuestField("companion_of", "随行对象", "Companion of", (
        "随同", "陪同对象", "随行", "accompanying")),
    GuestField("host_side", "主办方人员", "Host side", (
        "东道主", "主方", "主陪", "主办方", "host")),
    GuestField("needs_aisle", "需靠过道", "Needs aisle seat", ("靠过道", "aisle")),
    GuestField("needs_step_free", "需无障碍座位", "Needs step-free seat", (
        "无障碍座位", "轮椅座位", "step-free", "wheelchair")),
    GuestField("contact_person", "联络人", "Contact person", ("联系人", "对接人", "contact")),
    GuestField("dietary", "饮食禁忌", "Dietary needs", (
        "饮食要求", "清真", "忌口", "dietary", "diet")),
    GuestField("accessibility", "无障碍需求", "Accessibility", (
        "无障碍", "特殊需求", "access needs")),
    GuestField("notes", "备注", "Notes", ("说明", "remarks", "remark", "note", "comments")),
    GuestField("token", "签到码", "Sign-in code", ("sign-in token", "二维码")),
)

# Header texts that number the rows of a list; such a column is read as nothing.
IGNORED_HEADERS: frozenset[str] = frozenset(
    {"序号", "编号", "序", "no", "no.", "#", "number", "seq", "行号"}
)

BY_KEY: dict[str, GuestField] = {field.key: field for field in GUEST_FIELDS}


def header_key(text: str) -> str:
    """How a header is compared: no spaces of any width, no colon, lower case."""
    return "".join(text.split()).replace("\u3000", "").rstrip(":：").lower()


def field_for_header(text: str) -> GuestField | None:
    """The field a header names, or None for a header Zuoci does not know (a custom field)."""
    wanted = header_key(text)
    for field in GUEST_FIELDS:
        names = (field.zh, field.en, field.key, *field.aliases)
        if wanted in {header_key(name) for name in names}:
            return field
    return None
