"""The sample conference's scenes: the opening in the hall with its rostrum, the signing stage,
the group photo and the welcome banquet."""

from __future__ import annotations

from sqlmodel import Session

from models.layout import ElementKind, FurnitureKind, Reservation
from models.scenes import add_element, create_scene
from models.tables import Event, Scene, SceneKind

HALL = "主会场"
SIGNING = "签约仪式"
PHOTO = "合影"
BANQUET = "欢迎晚宴"
# The custom field that names a signatory's project; the signing stage seats its holders.
SIGNING_FIELD = "签约项目"


def _hall(session: Session, event: Event) -> Scene:
    """Seven leaders on the rostrum; three blocks for everyone else, the media at the back."""
    hall = create_scene(session, event.id, HALL, SceneKind.HALL, entrance_x=0, entrance_y=1500)
    add_element(session, hall, ElementKind.FURNITURE, x=0, y=-330, label="背景屏",
                type=FurnitureKind.SCREEN.value, width=1600, height=40)
    add_element(session, hall, ElementKind.FURNITURE, x=0, y=-170, label="舞台",
                type=FurnitureKind.STAGE.value, width=1200, height=260)
    add_element(session, hall, ElementKind.ROSTRUM, x=0, y=-170, label="主席台", rows=[7])
    add_element(session, hall, ElementKind.BLOCK, x=0, y=420, label="中区", rows=6,
                columns=12, aisles=[6])
    add_element(session, hall, ElementKind.BLOCK, x=-720, y=420, label="左区", rows=6,
                columns=7)
    add_element(session, hall, ElementKind.BLOCK, x=720, y=420, label="右区", rows=6,
                columns=7)
    add_element(session, hall, ElementKind.BLOCK, x=0, y=1050, label="媒体区", rows=1,
                columns=10, first_row=8, reserve=Reservation.CATEGORY.value,
                reserve_value="media")
    add_element(session, hall, ElementKind.FURNITURE, x=0, y=1450, label="入口",
                type=FurnitureKind.DOOR.value, width=240, height=30)
    return hall


def _signing(session: Session, event: Event) -> Scene:
    """22 pairs of signatories at two rows of tables; the leaders who witness stand behind."""
    signing = create_scene(session, event.id, SIGNING, SceneKind.SIGNING, entrance_x=0,
                           entrance_y=1200, settings={"custom_field": SIGNING_FIELD,
                                                      "include_vip": True})
    add_element(session, signing, ElementKind.FURNITURE, x=0, y=-400, label="背景屏",
                type=FurnitureKind.SCREEN.value, width=2800, height=40)
    add_element(session, signing, ElementKind.SIGNING, x=0, y=0, label="签字台", pairs=22,
                pairs_per_row=11, standing_rows=1, standing_per_row=12,
                signatory_field=SIGNING_FIELD)
    return signing


def _photo(session: Session, event: Event) -> Scene:
    """The group photo of the leaders and heads of enterprises and institutes: three rows."""
    photo = create_scene(session, event.id, PHOTO, SceneKind.PHOTO, entrance_x=0,
                         entrance_y=800, settings={"max_rank_level": 5})
    add_element(session, photo, ElementKind.PHOTO, x=0, y=0, label="合影台",
                rows=[15, 17, 21])
    add_element(session, photo, ElementKind.FURNITURE, x=0, y=600, label="摄影位",
                type=FurnitureKind.LABEL.value, width=120, height=60)
    return photo


# The banquet hall: the main table at the top centre, the others in rows toward the door.
BANQUET_TABLES = ((-450, 0), (450, 0), (-900, 0), (900, 0),
                  (0, 450), (-450, 450), (450, 450), (-900, 450), (900, 450),
                  (-450, 900), (450, 900), (-900, 900), (900, 900))


def _banquet(session: Session, event: Event) -> Scene:
    """Fourteen tables: the main table of 12 and thirteen of 10, each with a host and deputy
    host from the organisers' side. The media are not at the banquet."""
    banquet = create_scene(
        session, event.id, BANQUET, SceneKind.BANQUET, entrance_x=0, entrance_y=1400,
        settings={"categories": ["leader", "enterprise", "finance", "research", "staff"]})
    add_element(session, banquet, ElementKind.FURNITURE, x=0, y=-350, label="舞台",
                type=FurnitureKind.STAGE.value, width=900, height=150)
    add_element(session, banquet, ElementKind.TABLE, x=0, y=0, seats=12, main=True,
                size=240)
    for x, y in BANQUET_TABLES:
        add_element(session, banquet, ElementKind.TABLE, x=x, y=y, seats=10)
    add_element(session, banquet, ElementKind.FURNITURE, x=0, y=1350, label="入口",
                type=FurnitureKind.DOOR.value, width=240, height=30)
    return banquet


def add_demo_scenes(session: Session, event: Event) -> list[Scene]:
    return [_hall(session, event), _signing(session, event), _photo(session, event),
            _banquet(session, event)]
