"""The sample event: a provincial investment conference with about 140 guests of generated names."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session, select

from models.demo_scenes import add_demo_scenes
from models.events import EventNameRefused, create_event
from models.guests import new_guest
from models.lang import say
from models.tables import Event, Gender, Guest, Rsvp

DEMO_EVENT_NAME = "2026年省投资合作大会"
# The same seed gives the same names, phones and choices on every machine and every run.
SEED = 20260521

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
    "苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵"
)
GIVEN_MALE = "伟强军勇杰涛明超刚建国志文辉力斌宇浩凯鹏峰磊波晨昊宏海林旭东岩光亮良成新荣"
GIVEN_FEMALE = "芳娜敏静丽艳娟秀霞平红玲颖婷雪琳慧晶燕莉萍倩洁佳璐蕾雯岚琪"
GIVEN_ANY = "华安永德明春晓思嘉子清一俊昕"
# Uyghur names are written with a middle dot between the given name and the father's name.
UYGHUR_GIVEN = ("艾尔肯", "买买提", "阿不都热合曼", "玉苏甫", "艾力")
UYGHUR_FATHER = ("吐尔逊", "艾买提", "阿布拉", "热西提", "卡德尔")

CITY = "云川市"
CITY_GOVERNMENT = f"{CITY}人民政府"

# Central state-owned enterprises: (name, industry of the project it signs). The names are made
# up in the usual pattern; rank 4 for the heads of the first four, 5 for the rest.
CENTRAL_ENTERPRISES = (
    ("中国华瀚能源集团有限公司", "清洁能源基地"),
    ("中国国建工程集团有限公司", "城市更新"),
    ("中国远洋智运集团有限公司", "港口物流枢纽"),
    ("中国华兴电力集团有限公司", "抽水蓄能电站"),
    ("中国国信通信集团有限公司", "算力中心"),
    ("中国中联化工集团有限公司", "新材料产业园"),
    ("中国航晟装备集团有限公司", "航空装备维修基地"),
    ("中国华宇建材集团有限公司", "绿色建材产业园"),
    ("中国中鼎冶金集团有限公司", "有色金属精深加工"),
    ("中国国恒石化集团有限公司", "炼化一体化"),
    ("中国华安交通建设集团有限公司", "高速公路"),
    ("中国中瑞电子信息集团有限公司", "集成电路封装测试"),
    ("中国华康医药集团有限公司", "生物医药产业园"),
    ("中国国储粮油集团有限公司", "粮食储备库"),
    ("中国中原农业发展集团有限公司", "现代农业示范区"),
    ("中国华驰汽车集团有限公司", "新能源汽车整车"),
    ("中国天衡航空工业集团有限公司", "通用航空产业园"),
    ("中国华海船舶集团有限公司", "内河船舶制造"),
    ("中国国源核能集团有限公司", "核技术应用产业园"),
    ("中国华轨交通装备集团有限公司", "轨道交通装备"),
    ("中国国拓矿业集团有限公司", "矿产资源综合利用"),
    ("中国华旅文化旅游集团有限公司", "文旅综合体"),
    ("中国国运物流集团有限公司", "冷链物流园"),
    ("中国华网数字科技集团有限公司", "数字政府"),
    ("中国中水水利建设集团有限公司", "水网骨干工程"),
    ("中国华林纸业集团有限公司", "林浆纸一体化"),
    ("中国华商国际贸易集团有限公司", "跨境贸易中心"),
    ("中国中绿节能环保集团有限公司", "固废资源化利用"),
    ("中国华源电网建设集团有限公司", "特高压配套工程"),
    ("中国国联钢铁集团有限公司", "钢铁产能置换"),
)
# Of these many central enterprises also a deputy comes, and of some an assistant who
# accompanies the head.
WITH_DEPUTY = 22
WITH_ASSISTANT = (0, 2, 5, 9, 14)
# 22 contracts are signed on stage, one per enterprise.
SIGNING = 22

PROVINCIAL_ENTERPRISES = (
    ("省交通投资集团有限公司", 5), ("省能源集团有限公司", 5), ("省国有资本运营有限公司", 5),
    ("省建设投资集团有限公司", 6), ("省文化旅游投资集团有限公司", 6),
    ("省水利发展集团有限公司", 6), ("省高新技术产业投资有限公司", 6),
    (f"{CITY}城市建设投资集团有限公司", 6),
)
PRIVATE_ENTERPRISES = (
    "云川新能科技股份有限公司", "云川智造装备有限公司", "云川生物制药股份有限公司",
    "云川数智信息技术有限公司", "云川绿源农业科技有限公司", "云川新材料股份有限公司",
    "云川跨境电商产业园运营有限公司",
)


@dataclass
class Role:
    """A place on the guest list before a name is drawn for it."""

    organisation: str
    title: str
    rank_level: int | None
    category: str
    key: str = ""
    companion_of: str = ""
    name: str = ""
    fields: dict[str, Any] = field(default_factory=dict)


class DemoExists(EventNameRefused):
    """The sample event is already there; replacing it must be asked for."""


def _leaders() -> list[Role]:
    province = "省人民政府"
    return [
        Role("国务院国有资产监督管理委员会", "副主任", 4, "leader", key="sasac_deputy",
             fields={"vip": True}),
        Role("国务院国有资产监督管理委员会", "随行秘书", 8, "leader",
             companion_of="sasac_deputy"),
        Role(province, "省长", 3, "leader", key="governor", fields={"vip": True}),
        Role(province, "常务副省长", 4, "leader", key="executive_vice_governor",
             fields={"vip": True}),
        Role(province, "副省长", 4, "leader", key="vice_governor", fields={"vip": True}),
        Role("省政协", "副主席", 4, "leader", key="cppcc_vice_chair", fields={"vip": True}),
        Role(f"中共{CITY}委员会", "书记", 4, "leader", key="city_party_secretary",
             fields={"vip": True}),
        Role(CITY_GOVERNMENT, "市长", 5, "leader", key="mayor", fields={"vip": True}),
        Role(province, "秘书长", 5, "leader"),
        Role("省发展和改革委员会", "主任", 5, "leader"),
        Role("省商务厅", "厅长", 5, "leader", key="commerce_director"),
        Role("省人民政府国有资产监督管理委员会", "主任", 5, "leader"),
        Role("省财政厅", "厅长", 5, "leader"),
        Role("省工业和信息化厅", "厅长", 5, "leader"),
        Role("省科学技术厅", "厅长", 5, "leader", fields={"dietary": "清真"}),
        Role("省地方金融管理局", "局长", 5, "leader"),
        Role(province, "副秘书长", 6, "leader"),
        Role("省发展和改革委员会", "副主任", 6, "leader"),
        Role("省人民政府国有资产监督管理委员会", "副主任", 6, "leader"),
        Role("省投资促进局", "局长", 6, "leader"),
        Role(CITY_GOVERNMENT, "副市长", 6, "leader", key="vice_mayor"),
        Role("省商务厅", "副厅长", 6, "leader"),
        Role(f"{CITY}商务局", "局长", 7, "leader"),
    ]


def _enterprises() -> list[Role]:
    roles: list[Role] = []
    for index, (name, project) in enumerate(CENTRAL_ENTERPRISES):
        head = f"central_{index}"
        fields: dict[str, Any] = {"delegation": name}
        if index < SIGNING:
            fields["custom"] = {"签约项目": f"{CITY}{project}项目"}
        roles.append(Role(name, "党委书记、董事长" if index % 3 else "董事长",
                          4 if index < 4 else 5, "enterprise", key=head, fields=fields))
        if index in WITH_ASSISTANT:
            roles.append(Role(name, "董事长助理", 7, "enterprise", companion_of=head,
                              fields={"delegation": name}))
    for index, (name, _project) in enumerate(CENTRAL_ENTERPRISES[:WITH_DEPUTY]):
        roles.append(Role(name, "副总经理", 6, "enterprise", key=f"central_deputy_{index}",
                          fields={"delegation": name}))
    roles += [Role(name, "董事长", level, "enterprise") for name, level in PROVINCIAL_ENTERPRISES]
    roles += [Role(name, "董事长", None, "enterprise") for name in PRIVATE_ENTERPRISES]
    return roles


def _finance() -> list[Role]:
    return [
        Role("省金融控股集团有限公司", "董事长", 5, "finance", key="finance_holding"),
        Role("省金融控股集团有限公司", "董事会秘书", 8, "finance", companion_of="finance_holding"),
        Role("国家开发银行省分行", "行长", 6, "finance"),
        Role("中国进出口银行省分行", "行长", 6, "finance"),
        Role("中国农业发展银行省分行", "行长", 6, "finance"),
        Role("云川银行股份有限公司", "董事长", 6, "finance"),
        Role("省融资担保集团有限公司", "董事长", 6, "finance"),
        Role("国家开发银行省分行", "副行长", 7, "finance"),
        Role("中国进出口银行省分行", "副行长", 7, "finance"),
        Role("云川农村商业银行股份有限公司", "董事长", 7, "finance"),
        Role("省国际信托有限公司", "总经理", 7, "finance"),
        Role("省产业投资基金管理有限公司", "总经理", 7, "finance"),
        Role("省股权交易中心", "总经理", 7, "finance"),
        Role("云川银行股份有限公司", "公司金融部总经理", 8, "finance"),
    ]


def _research() -> list[Role]:
    return [
        Role("云川大学", "中国工程院院士", 4, "research", key="academician",
             fields={"vip": True, "accessibility": "轮椅，需无障碍通道"}),
        Role("云川大学", "校长", 5, "research"),
        Role("省社会科学院", "院长", 5, "research"),
        Role("省科学院", "院长", 5, "research", key="academy_president"),
        Role("省人民政府发展研究中心", "主任", 5, "research"),
        Role("省工业技术研究院", "院长", 6, "research"),
        Role("云川理工大学", "副校长", 6, "research"),
        Role("省宏观经济研究院", "研究员", None, "research"),
        Role("省社会科学院", "研究员", None, "research"),
        Role("云川大学经济学院", "教授", None, "research"),
        Role("省科学院", "研究员", None, "research"),
    ]


def _media() -> list[Role]:
    return [
        Role("新华社省分社", "副社长", 7, "media"),
        Role("云川日报社", "副总编辑", 7, "media"),
        Role("新华社省分社", "记者", None, "media", key="news_agency_reporter"),
        Role("省广播电视台", "记者", None, "media"),
        Role("省广播电视台", "摄像", None, "media"),
        Role("云川日报社", "记者", None, "media"),
        Role("云川日报社", "摄影记者", None, "media"),
        Role(f"{CITY}融媒体中心", "记者", None, "media"),
    ]


def _staff() -> list[Role]:
    return [
        Role("省商务厅办公室", "主任（会务组组长）", 7, "staff", key="staff_lead"),
        Role("省人民政府办公厅", "礼宾处处长", 7, "staff"),
        Role("省投资促进局", "处长", 7, "staff"),
        Role("省投资促进局", "副处长", 8, "staff"),
        Role(f"{CITY}人民政府办公室", "副主任", 7, "staff"),
        Role("省商务厅", "一级主任科员", 9, "staff"),
        Role("省投资促进局", "科长", 9, "staff"),
        Role("省商务厅", "工作人员", None, "staff"),
        Role("省投资促进局", "工作人员", None, "staff"),
        Role("省投资促进局", "工作人员", None, "staff"),
        Role(CITY_GOVERNMENT, "工作人员", None, "staff"),
        Role(CITY_GOVERNMENT, "工作人员", None, "staff"),
    ]


# Guests whose reply changes the plan, by role key; everyone else confirmed or, a few, tentative.
REPLIES = {
    "central_7": Rsvp.DECLINED, "central_deputy_11": Rsvp.CANCELLED,
    "central_deputy_3": Rsvp.DECLINED, "academy_president": Rsvp.CANCELLED,
    "news_agency_reporter": Rsvp.DECLINED,
}
NEEDS = (
    ("dietary", "素食"), ("dietary", "不吃辣"), ("dietary", "海鲜过敏"), ("dietary", "清真"),
    ("accessibility", "行动不便，请安排靠近通道的座位"),
)
NOTES = {
    "governor": "出席开幕式并致辞",
    "sasac_deputy": "出席开幕式并讲话，会后离场",
    "vice_governor": "主持签约仪式",
    "mayor": f"推介{CITY}投资环境",
}


class _Names:
    """Draws unused names: mostly three characters, some two, a compound surname and Uyghur
    names among them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def draw(self, gender: str, *, short: bool = False) -> str:
        pool = GIVEN_FEMALE if gender == Gender.FEMALE else GIVEN_MALE
        while True:
            given = self.rng.choice(pool)
            if not short:
                given = self.rng.choice(pool + GIVEN_ANY) + given
            name = self.rng.choice(SURNAMES) + given
            # Doubled characters (琳琳) are common in women's names, rare in men's.
            doubled = len(given) == 2 and given[0] == given[1] and gender != Gender.FEMALE
            if name not in self.used and not doubled:
                self.used.add(name)
                return name

    def compound(self, gender: str) -> str:
        name = "欧阳" + self.draw(gender, short=True)[1:]
        self.used.add(name)
        return name

    def uyghur(self) -> str:
        name = f"{self.rng.choice(UYGHUR_GIVEN)}·{self.rng.choice(UYGHUR_FATHER)}"
        self.used.add(name)
        return name


# The organisers' side: the province's and the city's leaders and staff, and the provincial
# enterprises. They host the banquet tables and sign each contract opposite a central enterprise.
GUEST_ORGANISATIONS = ("国务院国有资产监督管理委员会",)
HOST_SIGNATORIES = (
    *((name, "董事长") for name, _level in PROVINCIAL_ENTERPRISES),
    ("省发展和改革委员会", "主任"), ("省商务厅", "厅长"),
    ("省人民政府国有资产监督管理委员会", "主任"), ("省财政厅", "厅长"),
    ("省工业和信息化厅", "厅长"), ("省科学技术厅", "厅长"), ("省地方金融管理局", "局长"),
    ("省投资促进局", "局长"), (CITY_GOVERNMENT, "副市长"), (f"{CITY}商务局", "局长"),
    ("省发展和改革委员会", "副主任"), ("省人民政府国有资产监督管理委员会", "副主任"),
    ("省商务厅", "副厅长"), ("省人民政府", "副秘书长"),
)


def _all_roles() -> list[Role]:
    roles = [*_leaders(), *_enterprises(), *_finance(), *_research(), *_media(), *_staff()]
    provincial = {name for name, _level in PROVINCIAL_ENTERPRISES}
    signatories = {pair: index for index, pair in enumerate(HOST_SIGNATORIES)}
    for role in roles:
        official = role.category in ("leader", "staff")
        if (official and role.organisation not in GUEST_ORGANISATIONS) or \
                role.organisation in provincial:
            role.fields["host_side"] = True
        index = signatories.pop((role.organisation, role.title), None)
        if index is not None:
            project = CENTRAL_ENTERPRISES[index][1]
            role.fields["custom"] = {"签约项目": f"{CITY}{project}项目"}
    return roles


def _name_roles(roles: list[Role], rng: random.Random) -> None:
    """Gender and name for every role, plus the everyday details a real list carries."""
    names = _Names(rng)
    needs = iter(NEEDS)
    for position, role in enumerate(roles):
        gender = Gender.FEMALE if rng.random() < 0.22 else Gender.MALE
        role.fields.setdefault("gender", gender.value)
        if role.key == "academy_president":
            role.name = names.compound(gender)
        elif role.key in ("central_12", "cppcc_vice_chair"):
            role.fields["gender"] = Gender.MALE.value
            role.name = names.uyghur()
        else:
            role.name = names.draw(gender, short=position % 17 == 5)
        role.fields.setdefault("phone", f"1380000{rng.randrange(10000):04d}")
        if position % 23 == 11:
            kind, need = next(needs, ("", ""))
            if kind:
                role.fields.setdefault(kind, need)
        if role.key in NOTES:
            role.fields["notes"] = NOTES[role.key]
        reply = REPLIES.get(role.key)
        if reply is None:
            reply = Rsvp.TENTATIVE if position % 31 == 30 else Rsvp.CONFIRMED
        role.fields["rsvp"] = reply.value


def _add_guests(session: Session, event: Event, rng: random.Random) -> dict[str, Guest]:
    """The guest list in protocol order; the guests with a role key, by key, for later steps."""
    roles = _all_roles()
    _name_roles(roles, rng)
    keyed: dict[str, Guest] = {}
    order_in_level: dict[int | None, int] = {}
    guests: list[tuple[Role, Guest]] = []
    for position, role in enumerate(roles, start=1):
        order_in_level[role.rank_level] = order_in_level.get(role.rank_level, 0) + 1
        guest = new_guest(
            event.id, role.name, list_order=position, organisation=role.organisation,
            title=role.title, rank_level=role.rank_level,
            rank_order=order_in_level[role.rank_level] if role.rank_level else None,
            category=role.category, **role.fields,
        )
        session.add(guest)
        guests.append((role, guest))
        if role.key:
            keyed[role.key] = guest
    session.flush()
    for role, guest in guests:
        if role.companion_of:
            guest.companion_of_id = keyed[role.companion_of].id
    session.flush()
    return keyed


def create_demo(session: Session, *, name: str = DEMO_EVENT_NAME, replace: bool = False) -> Event:
    """Create the sample event with its guests, the same on every run. An event of that name is
    replaced when asked, otherwise DemoExists is raised and nothing changes."""
    existing = session.exec(select(Event).where(Event.name == name)).first()
    if existing is not None:
        if not replace:
            raise DemoExists(say(f"示例活动“{name}”已存在", f"The sample event {name!r} exists"))
        session.delete(existing)
        session.flush()
    event = create_event(
        session, name,
        starts_on=date(2026, 5, 20), ends_on=date(2026, 5, 20),
        venue="云川国际大酒店三楼宴会厅", organiser="省人民政府",
        notes="主办：省人民政府；承办：省商务厅、云川市人民政府。"
              "上午开幕式、主旨推介和项目集中签约，晚上欢迎晚宴。",
    )
    _add_guests(session, event, random.Random(SEED))
    add_demo_scenes(session, event)
    return event
