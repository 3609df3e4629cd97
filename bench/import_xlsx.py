"""Importing a 10,000-guest .xlsx against a bare openpyxl read of the same file, in one run.

Prints JSON: rows, import_seconds, openpyxl_read_seconds and their ratio (the target is at most
2), with pinyin_seconds, the share of the import spent on names' pinyin. Each figure is the best
of several rounds, each import into a fresh SQLite database.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook, load_workbook

from models.db import open_database
from models.importing import import_file
from models.names import pinyin_and_initials

# Surnames roughly by frequency: the common ones come up far more often.
SURNAMES = ("王" * 8 + "李" * 8 + "张" * 7 + "刘" * 6 + "陈" * 5 + "杨" * 3 + "黄" * 2 + "赵" * 2
            + "吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
            "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
            "万钱严覃武戴莫孔向汤欧阳")
GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国志海燕红梅玉春晓东文斌宁琳"
         "雪峰波辉鹏飞亮颖倩婷浩宇博凯健鑫杨帆晨阳思远嘉怡子涵佳琪")
PLACES = ("北京", "上海", "广东", "江苏", "浙江", "山东", "四川", "湖北", "湖南", "河南", "福建",
          "安徽", "陕西", "重庆", "天津", "云南", "贵州", "江西", "广西", "辽宁")
ORGANISATIONS = (
    "{p}省人民政府", "{p}市人民政府", "{p}省发展和改革委员会", "{p}省商务厅", "{p}市投资促进局",
    "中国建设银行{p}分行", "中国工商银行{p}分行", "国家开发银行{p}分行", "中国银行{p}分行",
    "国家电网{p}电力公司", "中国石油化工集团有限公司", "中国中车集团有限公司",
    "中国建筑集团有限公司", "中国移动通信集团{p}有限公司", "{p}大学", "中国科学院{p}分院",
    "{p}日报社", "{p}广播电视台", "{p}交通投资集团有限公司", "{p}高新技术产业开发区管委会",
)
TITLES = ("省长", "副省长", "市长", "副市长", "主任", "副主任", "厅长", "局长", "董事长",
          "总经理", "副总经理", "行长", "副行长", "院长", "教授", "总编辑", "记者", "处长")
RANKS = ("省部级正职", "省部级副职", "厅局级正职", "厅局级副职", "县处级正职", "", "", "")
CATEGORIES = ("领导", "企业", "金融", "科研", "媒体")
HEADERS = ("序号", "姓名", "性别", "单位", "职务", "级别", "类别", "联系电话", "电子邮箱",
           "回执", "备注")


def write_list(path: Path, rows: int, seed: int = 2026) -> None:
    """A list as organisers send it: a merged title row and a date row above the header,
    phone numbers stored as floats."""
    chance = random.Random(seed)
    book = Workbook()
    sheet = book.active
    sheet.append(["2026年投资大会嘉宾名单"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    sheet.append(["制表日期：2026年3月1日"])
    sheet.append(list(HEADERS))
    people: set[tuple[str, str]] = set()
    for number in range(1, rows + 1):
        # Every row a different person, so that the whole list is imported.
        while True:
            name = chance.choice(SURNAMES) + "".join(
                chance.choice(GIVEN) for _ in range(chance.choice((1, 2, 2))))
            organisation = chance.choice(ORGANISATIONS).format(p=chance.choice(PLACES))
            if (name, organisation) not in people:
                people.add((name, organisation))
                break
        sheet.append([
            number, name, chance.choice("男男男女"), organisation, chance.choice(TITLES),
            chance.choice(RANKS), chance.choice(CATEGORIES),
            float(13_000_000_000 + chance.randrange(999_999_999)),
            f"guest{number}@example.cn", chance.choice(("确认参加", "待定", "")),
            chance.choice(("", "", "", "清真", "需要轮椅")),
        ])
    book.save(path)


def bare_read(path: Path) -> float:
    started = time.perf_counter()
    book = load_workbook(path, read_only=True, data_only=True)
    for row in book.active.iter_rows(values_only=True):
        for _value in row:
            pass
    book.close()
    return time.perf_counter() - started


def timed_import(path: Path, folder: Path, round_number: int) -> tuple[float, int]:
    engine = open_database(folder / f"round{round_number}.db")
    try:
        started = time.perf_counter()
        report = import_file(engine, path, event_name="2026年投资大会")
        return time.perf_counter() - started, report.imported
    finally:
        engine.dispose()


def pinyin_cost(path: Path) -> float:
    book = load_workbook(path, read_only=True)
    names = [row[1] for row in book.active.iter_rows(min_row=4, values_only=True)]
    book.close()
    started = time.perf_counter()
    for name in names:
        pinyin_and_initials(name)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        path = folder / "guests.xlsx"
        write_list(path, arguments.rows)
        reads, imports = [], []
        imported = 0
        for round_number in range(arguments.rounds):
            reads.append(bare_read(path))
            seconds, imported = timed_import(path, folder, round_number)
            imports.append(seconds)
        pinyin = pinyin_cost(path)
    import_seconds, read_seconds = min(imports), min(reads)
    print(json.dumps({
        "rows": arguments.rows,
        "imported": imported,
        "import_seconds": round(import_seconds, 3),
        "openpyxl_read_seconds": round(read_seconds, 3),
        "ratio": round(import_seconds / read_seconds, 2),
        "pinyin_seconds": round(pinyin, 3),
        "rounds": arguments.rounds,
    }))


if __name__ == "__main__":
    main()
