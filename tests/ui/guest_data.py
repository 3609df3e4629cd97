"""Guest lists for the interface tests: a handful of named guests, and a generated conference."""

from __future__ import annotations

import random
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Engine

from models.db import transaction
from models.events import create_event
from models.guests import new_guest
from models.tables import Rsvp

# Chosen for the filter: ww finds 王伟 and 吴文华, not 张卫国 (zhang wei guo); wangwei finds only
# 王伟; oyn finds 欧阳娜娜. Rank levels 10 and 2 sort wrongly as text.
FEW_GUESTS: tuple[dict[str, Any], ...] = (
    {"name": "李明", "organisation": "省人民政府", "title": "副省长", "rank_level": 4,
     "category": "leader", "phone": "13800000001"},
    {"name": "王伟", "organisation": "中国石油天然气集团", "title": "科长", "rank_level": 10,
     "category": "enterprise", "rsvp": Rsvp.CONFIRMED, "phone": "13800000002"},
    {"name": "张卫国", "organisation": "国务院国资委", "title": "副主任", "rank_level": 2,
     "category": "leader", "phone": "13800000003"},
    {"name": "吴文华", "organisation": "中国银行省分行", "title": "处长", "rank_level": 9,
     "category": "finance", "rsvp": Rsvp.DECLINED, "phone": "13800000004"},
    {"name": "欧阳娜娜", "organisation": "省社会科学院", "title": "研究员",
     "category": "research", "phone": "13800000005"},
    {"name": "陈静", "organisation": "省发展改革委", "title": "主任", "rank_level": 5,
     "category": "leader", "phone": "13800000006"},
)

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑"
            "梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁任沈")
GIVEN = "伟芳敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂华玉兰飞鹏辉建国志红文斌宇浩凯东晓海波峰"
GROUPS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[int, ...]], ...] = (
    ("leader", ("省人民政府", "省委办公厅", "省发展改革委", "省商务厅", "市人民政府",
                "市投资促进局"),
     ("副省长", "秘书长", "主任", "厅长", "市长", "副市长", "局长"), (3, 4, 5, 6)),
    ("enterprise", ("中国石油天然气集团有限公司", "国家电网有限公司", "中国建筑集团有限公司",
                    "中国中车集团有限公司", "中国宝武钢铁集团有限公司", "招商局集团有限公司",
                    "中国华能集团有限公司", "中国移动通信集团有限公司"),
     ("董事长", "总经理", "副总经理", "总会计师"), (4, 5, 6)),
    ("finance", ("中国工商银行省分行", "中国银行省分行", "国家开发银行省分行", "中国人寿保险公司"),
     ("行长", "副行长", "总经理"), (5, 6, 7)),
    ("research", ("中国科学院", "省社会科学院", "清华大学", "省工业技术研究院"),
     ("院长", "研究员", "教授"), (5, 6, 7, 8)),
    ("media", ("新华社", "省广播电视台"), ("记者", "编辑"), (8, 9)),
)


def conference_guests(count: int = 140, seed: int = 2025) -> list[dict[str, Any]]:
    """A conference list in the shape of the real one: leaders, enterprises, banks, institutes."""
    chance = random.Random(seed)
    guests = []
    for place in range(count):
        category, organisations, titles, ranks = GROUPS[place % len(GROUPS)]
        name = chance.choice(SURNAMES) + "".join(
            chance.choice(GIVEN) for _ in range(chance.choice((1, 2, 2))))
        guests.append({
            "name": name,
            "organisation": chance.choice(organisations),
            "title": chance.choice(titles),
            "rank_level": chance.choice(ranks),
            "category": category,
            "rsvp": chance.choice((Rsvp.CONFIRMED, Rsvp.CONFIRMED, Rsvp.INVITED,
                                   Rsvp.TENTATIVE, Rsvp.DECLINED)),
            "phone": f"13{chance.randrange(10**9):09d}",
        })
    return guests


def add_event(engine: Engine, name: str, guests: Iterable[dict[str, Any]] = ()) -> int:
    """A new event with the guests in list order; its id."""
    with transaction(engine) as session:
        event_id = create_event(session, name).id
        for order, fields in enumerate(guests, start=1):
            session.add(new_guest(event_id, list_order=order, **fields))
    return event_id
