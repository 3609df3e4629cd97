"""The sample conference arranged once for every printing test, with three guests whose names
test the fitting: a two-character name, a long Uyghur name and an English name."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from models.db import open_database, transaction
from models.demo import create_demo
from models.events import find_event
from models.guests import new_guest
from models.lang import set_language
from models.scenes import event_scenes, find_scene
from models.seating import arrange_scene
from models.tables import Event, Scene
from printing.base import PrintRequest

# Its failed asserts then show the values, as in a test module.
pytest.register_assert_rewrite("tests.printing.pdf_checks")

SHORT_NAME = "王伟"
LONG_NAME = "阿不都热合曼·艾买提吐尔逊"
ENGLISH_NAME = "Alexandra Montgomery-Whitfield"
HALL = "主会场"


@pytest.fixture(scope="session")
def demo_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    set_language("zh")
    engine = open_database(tmp_path_factory.mktemp("printing") / "zuoci.db")
    with transaction(engine) as session:
        event = create_demo(session)
        for order, (name, organisation, title) in enumerate((
                (SHORT_NAME, "云川市人民政府", "副市长"),
                (LONG_NAME, "新疆维吾尔自治区商务厅", "副厅长"),
                (ENGLISH_NAME, "British Chamber of Commerce in China", "Chair")), start=900):
            session.add(new_guest(event.id, name, list_order=order, organisation=organisation,
                                  title=title, category="enterprise", rsvp="confirmed"))
        session.flush()
        for scene in event_scenes(session, event.id):
            arrange_scene(session, event, scene)
    yield engine
    engine.dispose()


@pytest.fixture
def session(demo_engine: Engine) -> Iterator[Session]:
    with Session(demo_engine) as session:
        yield session


@pytest.fixture
def event(session: Session) -> Event:
    return find_event(session, "2026年省投资合作大会")


@pytest.fixture
def hall(session: Session, event: Event) -> Scene:
    return find_scene(session, event.id, HALL)


def request_for(session: Session, event: Event, scene: Scene | None = None,
                template: str | None = None) -> PrintRequest:
    return PrintRequest(session, event, scene, template)


@pytest.fixture
def write_pdf(tmp_path: Path) -> Callable[..., Path]:
    """Writes PDF bytes to a file of the test's own, for the poppler tools to read."""

    def write(pdf: bytes, name: str = "document.pdf") -> Path:
        path = tmp_path / name
        path.write_bytes(pdf)
        return path
    return write
