"""Starting a sign-in station by the event's name: on the database, or, when it cannot be reached,
from this computer's copy of the list for that event and station."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from models.db import DatabaseRefused, describe, open_database
from models.events import EventNotFound, find_event
from models.lang import say
from models.station_copy import FoundCopy, station_copies
from models.station_desk import Desk, unreachable


class StationRefused(Exception):
    """The station cannot start; the message says why and what to do."""


@dataclass(frozen=True)
class StationStart:
    """Where a station starts: on the database `engine` (the caller's to dispose of), or,
    with `engine` None, offline from the copy `found`. `station` is None when none was given
    and none ran here before: the user is asked."""

    event_id: int
    event_name: str
    station: str | None
    engine: Engine | None = None
    found: FoundCopy | None = None

    def offline_desk(self, reconnect: Callable[[], Engine]) -> Desk:
        """The desk of a station started offline; `reconnect` opens the database later."""
        assert self.found is not None
        return Desk.from_copy(self.found, reconnect)


def start_station(db: str | Path | None, event_name: str, station: str | None = None, *,
                  copy_folder: Path | None = None) -> StationStart:
    """Open the database and find the event; if the database cannot be reached, find the newest
    copy of the event (for `station`, or the station that ran here last). StationRefused for a
    database refused for another reason, an event it does not have, or no copy to start from."""
    try:
        engine = open_database(db)
    except DatabaseRefused as refused:
        if not unreachable(refused):
            raise StationRefused(str(refused)) from refused
        return _offline_start(refused, event_name, station, copy_folder)
    try:
        with Session(engine) as session:
            event = find_event(session, event_name)
            event_id, event_uid = event.id, event.uid
    except EventNotFound as missing:
        engine.dispose()
        where = describe(str(engine.url))
        raise StationRefused(say(f"{missing}。可用 events 命令列出数据库 {where} 中的活动。",
                                 f"{missing}. The events command lists the events in "
                                 f"{where}.")) from missing
    except OperationalError as error:
        engine.dispose()
        raise StationRefused(say(f"数据库 {describe(str(engine.url))} 出错：{error.orig}",
                                 f"The database {describe(str(engine.url))} failed: "
                                 f"{error.orig}")) from error
    if station is None:
        # The name this computer's station had for the event: a restart keeps it.
        station = next((copy.event.station for copy in station_copies(copy_folder)
                        if copy.event.uid == event_uid), None)
    return StationStart(event_id=event_id, event_name=event_name, station=station,
                        engine=engine)


def _offline_start(refused: DatabaseRefused, event_name: str, station: str | None,
                   copy_folder: Path | None) -> StationStart:
    copies = [copy for copy in station_copies(copy_folder) if copy.event.name == event_name]
    found = next((copy for copy in copies if station is None or copy.event.station == station),
                 None)
    if found is not None:
        return StationStart(event_id=found.event.id, event_name=event_name,
                            station=found.event.station, found=found)
    if copies:
        names = sorted({copy.event.station for copy in copies})
        raise StationRefused(say(
            f"{refused}\n本机没有签到台“{station}”的名单副本，只有：{'、'.join(names)}。"
            f"请用 --station 指定其中之一离线启动，或在能连接数据库后再打开签到台“{station}”。",
            f"{refused}\nThis computer has no copy of the list for the station {station!r}, "
            f"only for: {', '.join(names)}. Start one of these offline with --station, or "
            f"open {station!r} once the database can be reached."))
    raise StationRefused(say(
        f"{refused}\n本机没有活动“{event_name}”的名单副本，无法离线启动签到台。请检查网络和数据库"
        "地址后重试。今后请在能连接数据库时先打开一次签到台：名单副本会自动保存在本机，断网时"
        "即可离线启动。",
        f"{refused}\nThis computer has no copy of the list of {event_name!r}, so the station "
        "cannot start offline. Check the network and the database address and try again. Next "
        "time, open the station once while the database can be reached: it keeps a copy of the "
        "list on this computer, and can then start without the database."))
