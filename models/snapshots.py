"""Seating snapshots: finding a scene's latest one, arranging with undo, restoring one exactly."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, delete, select

from models.lang import say
from models.seating import ArrangeReport, arrange_scene, changed_seats, current_seats, take_snapshot
from models.tables import Assignment, Element, Event, Guest, Scene, SeatingSnapshot, utcnow


class SnapshotRefused(LookupError):
    """The snapshot is not the scene's, or names a seat or guest that no longer exists."""


@dataclass(frozen=True)
class SeatingChange:
    """A bulk change to a scene, as two snapshots: undo restores `before`, redo `after`."""

    scene_id: int
    before_id: int
    after_id: int


def latest_snapshot(session: Session, scene_id: int) -> SeatingSnapshot | None:
    # Two snapshots of one change can share a timestamp; the id breaks the tie.
    query = (select(SeatingSnapshot).where(SeatingSnapshot.scene_id == scene_id)
             .order_by(col(SeatingSnapshot.taken_at).desc(), col(SeatingSnapshot.id).desc()))
    return session.exec(query).first()


def arrange_with_snapshots(session: Session, event: Event, scene: Scene
                           ) -> tuple[ArrangeReport, SeatingChange]:
    """Arrange the scene (arrange_scene keeps what it replaces) and keep the result as well,
    so that the arrangement can be undone and done again."""
    report = arrange_scene(session, event, scene)
    before = latest_snapshot(session, scene.id)
    assert before is not None and before.id is not None, "arrange_scene keeps a snapshot"
    after = take_snapshot(session, scene, say("自动排座结果", "Arranged"))
    session.flush()
    assert after.id is not None
    return report, SeatingChange(scene_id=scene.id, before_id=before.id, after_id=after.id)


def restore_snapshot(session: Session, scene_id: int, snapshot_id: int) -> list[tuple[int, str]]:
    """Put the scene's assignments, locks included, back exactly as the snapshot recorded them,
    in the caller's transaction. Returns the seats whose occupant changed. Raises
    SnapshotRefused, with nothing changed, when that is no longer possible."""
    snapshot = session.get(SeatingSnapshot, snapshot_id)
    scene = session.get(Scene, scene_id)
    if snapshot is None or scene is None or snapshot.scene_id != scene_id:
        raise SnapshotRefused(say("找不到该场景的这份座次记录",
                                  "That seating record of the scene no longer exists"))
    rows = snapshot.assignments
    elements = set(session.exec(select(Element.id).where(Element.scene_id == scene_id)))
    guests = set(session.exec(select(Guest.id).where(Guest.event_id == scene.event_id)))
    if any(r["element_id"] not in elements or r["guest_id"] not in guests for r in rows):
        raise SnapshotRefused(say("座次记录中的座位或嘉宾已被删除，无法恢复",
                                  "A seat or guest in the seating record was removed since; "
                                  "it cannot be restored"))
    before = current_seats(session, scene)
    session.exec(delete(Assignment).where(col(Assignment.scene_id) == scene_id))
    # The old rows must be gone before the same seats are taken again (unique seat and guest).
    session.flush()
    session.add_all(Assignment(scene_id=scene_id, element_id=r["element_id"], seat=r["seat"],
                               guest_id=r["guest_id"], locked=r["locked"]) for r in rows)
    scene.updated_at = utcnow()
    session.add(scene)
    session.flush()
    after = {r["guest_id"]: (r["element_id"], r["seat"]) for r in rows}
    return changed_seats(before, after)
