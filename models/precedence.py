"""The order of precedence between people (PROTOCOL.md §1): rank level, order in the level,
then the event's tie-break."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from models.protocol import name_stroke_key
from models.tables import TieBreak

# Guests without a rank level or an order inside it come after those who have one.
_UNRANKED = 10_000


class Ranked(Protocol):
    name: str
    pinyin: str
    list_order: int
    rank_level: int | None
    rank_order: int | None


def precedence_key(guest: Ranked, tie_break: str | TieBreak = TieBreak.STROKES, *,
                   whole_name: bool = False) -> tuple:
    """Sort key: senior first. Level 1 is the most senior; inside a level the organiser's
    explicit order; then list order, 姓氏笔画 or pinyin as the event chooses; list order last
    so that the order is total."""
    level = guest.rank_level if guest.rank_level is not None else _UNRANKED
    order = guest.rank_order if guest.rank_order is not None else _UNRANKED
    rule = TieBreak(tie_break)
    if rule is TieBreak.STROKES:
        tie: tuple = name_stroke_key(guest.name, whole_name=whole_name)
    elif rule is TieBreak.PINYIN:
        tie = (guest.pinyin, guest.name)
    else:
        tie = ()
    return (level, order, tie, guest.list_order)


RankedT = TypeVar("RankedT", bound=Ranked)


def in_precedence_order(guests: Sequence[RankedT],
                        tie_break: str | TieBreak = TieBreak.STROKES, *,
                        whole_name: bool = False) -> list[RankedT]:
    return sorted(guests, key=lambda guest: precedence_key(guest, tie_break,
                                                           whole_name=whole_name))
