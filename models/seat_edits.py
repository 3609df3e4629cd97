"""Seating guests by hand: seat, swap, unseat, lock and unlock, arrange a selection, re-flow; each
edit one transaction that returns what undoing it needs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from sqlmodel import Session, select

from models.arrange import Person, Place, Result, arrange, count_inversions, may_sit, objective
from models.lang import say
from models.layout import ElementKind
from models.precedence import in_precedence_order
from models.reflow import ReflowMode, restricted
from models.seating import (
    ArrangeReport,
    ScenePlan,
    build_problem,
    current_seats,
    honour_positions,
    neighbours,
    reflow_scene,
    report,
    scene_audience,
    scene_plan,
    store_seats,
    take_snapshot,
    without_companions_of,
)
from models.snapshots import SeatingChange, latest_snapshot
from models.tables import NOT_EXPECTED, ApartPair, Assignment, Event, Guest, Scene, utcnow
from models.vocab import category_label

SeatKey = tuple[int, str]


class SeatEditRefused(LookupError):
    """An edit that cannot be made: a seat or guest that is gone, a locked seat. The message
    says which and why; nothing was written."""


class SeatRuleBroken(SeatEditRefused):
    """An edit that would break a hard seating rule; `reasons` says which. The caller may ask
    the user and make the edit anyway with `confirmed=True`, as staff sometimes must."""

    def __init__(self, reasons: list[str]) -> None:
        super().__init__("\n".join(reasons))
        self.reasons = reasons


@dataclass(frozen=True)
class SeatRow:
    """One stored assignment, as undo puts it back."""

    element_id: int
    seat: str
    guest_id: int
    locked: bool = False

    @property
    def key(self) -> SeatKey:
        return (self.element_id, self.seat)


@dataclass(frozen=True)
class SeatEdit:
    """A hand edit of one scene: the rows of the guests and seats it touched, before and after.
    Undo replaces `after` by `before`, redo the other way round."""

    scene_id: int
    before: tuple[SeatRow, ...]
    after: tuple[SeatRow, ...]

    def guests(self) -> set[int]:
        return {row.guest_id for row in (*self.before, *self.after)}

    def seats(self) -> set[SeatKey]:
        return {row.key for row in (*self.before, *self.after)}


def _scene(session: Session, scene_id: int) -> tuple[Scene, Event]:
    scene = session.get(Scene, scene_id)
    event = session.get(Event, scene.event_id) if scene is not None else None
    if scene is None or event is None:
        raise SeatEditRefused(say("该场景已不存在", "The scene no longer exists"))
    return scene, event


def _guest(session: Session, scene: Scene, guest_id: int) -> Guest:
    guest = session.get(Guest, guest_id)
    if guest is None or guest.event_id != scene.event_id:
        raise SeatEditRefused(say("该嘉宾已不存在", "The guest no longer exists"))
    return guest


def _rows(session: Session, scene_id: int) -> dict[int, Assignment]:
    query = select(Assignment).where(Assignment.scene_id == scene_id)
    return {a.guest_id: a for a in session.exec(query)}


def _row(assignment: Assignment) -> SeatRow:
    return SeatRow(assignment.element_id, assignment.seat, assignment.guest_id, assignment.locked)


def _position(plan: ScenePlan, key: SeatKey) -> int:
    position = plan.index.get(key)
    if position is None:
        raise SeatEditRefused(say("该座位已不存在（场景布局已改）",
                                  "The seat no longer exists (the scene's layout changed)"))
    return position


def _person(guest: Guest) -> Person:
    return Person(id=guest.id or 0, name=guest.name, category=guest.category,
                  delegation=guest.delegation, organisation=guest.organisation,
                  host_side=guest.host_side, needs_aisle=guest.needs_aisle,
                  needs_step_free=guest.needs_step_free,
                  fields=frozenset(k for k, v in guest.custom.items() if str(v).strip()))


def _place(plan: ScenePlan, position: int) -> Place:
    ranked = plan.seats[position]
    return Place(key=(ranked.seat.element_id, ranked.seat.key), party=ranked.party,
                 reserve=ranked.reserve, aisle=ranked.seat.aisle,
                 step_free=ranked.seat.step_free)


def reservation_text(reserve: tuple[str, str] | None) -> str:
    """Whom a reserved seat is for, as the user reads it: “媒体”, “代表团：华能集团”."""
    if reserve is None:
        return ""
    kind, value = reserve
    if kind == "category":
        return category_label(value)
    names = {"delegation": say("代表团", "delegation"),
             "organisation": say("单位", "organisation"),
             "field": say("填有", "with a value in")}
    return f"{names.get(kind, kind)}：{value}" if kind != "field" else f"{names[kind]}“{value}”"


def objections(guest: Guest, plan: ScenePlan, position: int, head: Guest | None = None
               ) -> list[str]:
    """Why the guest should not sit in the seat under the hard rules of models.arrange.may_sit,
    one sentence each; empty when the seat suits them. A companion's reserved block is judged
    on the guest they come with, `head`."""
    person, place = _person(guest), _place(plan, position)
    label = plan.label(position)
    reasons = []
    # Each rule is asked of may_sit alone, so that these reasons never disagree with it.
    if place.reserve is not None and not may_sit(
            person, Place(key=place.key, reserve=place.reserve),
            _person(head) if head is not None else None):
        reasons.append(say(f"{label}是{reservation_text(place.reserve)}的预留座位",
                           f"{label} is reserved for {reservation_text(place.reserve)}"))
    if place.party and not may_sit(person, Place(key=place.key, party=place.party)):
        if place.party == "host":
            reasons.append(say(f"{label}是主方座位，{guest.name}是客方",
                               f"{label} is a host-party seat and {guest.name} is a guest"))
        else:
            reasons.append(say(f"{label}是客方座位，{guest.name}是主方人员",
                               f"{label} is a guest-party seat and {guest.name} is on the "
                               "host's side"))
    if person.needs_aisle and not place.aisle:
        reasons.append(say(f"{guest.name}需要靠通道的座位，{label}不靠通道",
                           f"{guest.name} needs an aisle seat and {label} is not on an aisle"))
    if person.needs_step_free and not place.step_free:
        reasons.append(say(f"{guest.name}需要无台阶的座位，{label}要上台阶",
                           f"{guest.name} needs a step-free seat and {label} has steps"))
    return reasons


def _head(session: Session, guest: Guest) -> Guest | None:
    if guest.companion_of_id is None:
        return None
    return session.get(Guest, guest.companion_of_id)


def _refuse_locked(assignment: Assignment | None, name: str) -> None:
    if assignment is not None and assignment.locked:
        raise SeatEditRefused(say(f"{name}的座位已锁定，请先解锁",
                                  f"{name}'s seat is locked; unlock it first"))


def _replace_rows(session: Session, scene: Scene, old: Iterable[SeatRow],
                  new: Iterable[SeatRow]) -> None:
    """Take out the assignments `old` and store `new` instead, refusing (nothing changed) when
    the seats or guests concerned no longer stand as `old` says: another station changed them."""
    old, new = tuple(old), tuple(new)
    guests = {row.guest_id for row in (*old, *new)}
    seats = {row.key for row in (*old, *new)}
    current = [a for a in session.exec(select(Assignment).where(Assignment.scene_id == scene.id))
               if a.guest_id in guests or (a.element_id, a.seat) in seats]
    if {_row(a) for a in current} != set(old):
        raise SeatEditRefused(say("这些座位已被他人改动，无法撤销或重做",
                                  "These seats were changed elsewhere since; the change cannot "
                                  "be undone or redone"))
    for assignment in current:
        session.delete(assignment)
    # The old rows must be gone before the same seats or guests are taken again (unique keys).
    session.flush()
    session.add_all(Assignment(scene_id=scene.id, element_id=row.element_id, seat=row.seat,
                               guest_id=row.guest_id, locked=row.locked) for row in new)
    scene.updated_at = utcnow()
    session.add(scene)
    session.flush()


def _store(session: Session, scene: Scene, before: list[SeatRow], after: list[SeatRow]
           ) -> SeatEdit:
    _replace_rows(session, scene, before, after)
    return SeatEdit(scene_id=scene.id or 0, before=tuple(before), after=tuple(after))


def undo_seat_edit(session: Session, edit: SeatEdit) -> None:
    scene, _event = _scene(session, edit.scene_id)
    _replace_rows(session, scene, edit.after, edit.before)


def redo_seat_edit(session: Session, edit: SeatEdit) -> None:
    scene, _event = _scene(session, edit.scene_id)
    _replace_rows(session, scene, edit.before, edit.after)


def seat_guest(session: Session, scene_id: int, guest_id: int, key: SeatKey, *,
               confirmed: bool = False) -> SeatEdit:
    """Seat the guest in the seat, moving them from their old seat in the scene. Whoever sat
    there takes the guest's old seat, or goes back to the unplaced guests when the guest had
    none. Raises SeatRuleBroken unless `confirmed` when a hard rule is broken by either move."""
    scene, event = _scene(session, scene_id)
    guest = _guest(session, scene, guest_id)
    plan = scene_plan(session, event, scene)
    position = _position(plan, key)
    rows = _rows(session, scene.id or 0)
    if guest.rsvp in NOT_EXPECTED:
        raise SeatEditRefused(say(f"{guest.name}已谢绝或取消出席，不能入座",
                                  f"{guest.name} declined or cancelled and cannot be seated"))
    mine = rows.get(guest_id)
    occupant = next((a for a in rows.values() if (a.element_id, a.seat) == key), None)
    if occupant is not None and occupant.guest_id == guest_id:
        raise SeatEditRefused(say(f"{guest.name}已坐在这个座位",
                                  f"{guest.name} already sits there"))
    _refuse_locked(mine, guest.name)
    other = session.get(Guest, occupant.guest_id) if occupant is not None else None
    if occupant is not None and other is not None:
        _refuse_locked(occupant, other.name)
    reasons = objections(guest, plan, position, _head(session, guest))
    if other is not None and mine is not None:
        reasons += objections(other, plan, _position(plan, (mine.element_id, mine.seat)),
                              _head(session, other))
    before = [_row(a) for a in (mine, occupant) if a is not None]
    after = [SeatRow(key[0], key[1], guest_id)]
    if occupant is not None and mine is not None:
        after.append(SeatRow(mine.element_id, mine.seat, occupant.guest_id))
    seated = {g: plan.index[(a.element_id, a.seat)] for g, a in rows.items()
              if (a.element_id, a.seat) in plan.index}
    for row in before:
        seated.pop(row.guest_id, None)
    seated.update({row.guest_id: plan.index[row.key] for row in after})
    reasons += _kept_apart(session, event, plan, seated, {row.guest_id for row in after})
    if reasons and not confirmed:
        raise SeatRuleBroken(reasons)
    return _store(session, scene, before, after)


def _kept_apart(session: Session, event: Event, plan: ScenePlan, seated: dict[int, int],
                moved: set[int]) -> list[str]:
    """The keep-apart pairs that the moved guests would break: at one table, or side by side
    (`seated`: guest → seat position after the edit)."""
    pairs = [(pair.first_id, pair.second_id) for pair in session.exec(
        select(ApartPair).where(ApartPair.event_id == event.id))
        if {pair.first_id, pair.second_id} & moved]
    pairs = [(a, b) for a, b in pairs if a in seated and b in seated]
    if not pairs:
        return []
    near = neighbours(plan.seats, plan.elements)
    reasons = []
    for first, second in pairs:
        one, other = plan.seats[seated[first]].seat, plan.seats[seated[second]].seat
        at_table = one.element_id == other.element_id and ElementKind(
            plan.elements[one.element_id].kind) is ElementKind.TABLE
        if at_table or seated[second] in near[seated[first]]:
            a, b = (session.get(Guest, g) for g in (first, second))
            names = (a.name if a else "", b.name if b else "")
            reasons.append(say(f"{names[0]}与{names[1]}须分开就座，不能同桌或相邻",
                               f"{names[0]} and {names[1]} are to be kept apart: not at one "
                               "table nor side by side"))
    return reasons


def swap_seats(session: Session, scene_id: int, first: SeatKey, second: SeatKey, *,
               confirmed: bool = False) -> SeatEdit:
    """Exchange the occupants of two seats (one of them may be empty: a move)."""
    scene, _event = _scene(session, scene_id)
    by_seat = {(a.element_id, a.seat): a for a in _rows(session, scene.id or 0).values()}
    occupant = by_seat.get(first) or by_seat.get(second)
    if first == second or occupant is None:
        raise SeatEditRefused(say("两个座位都是空的，无可交换", "Both seats are empty; nothing "
                                  "to swap"))
    moving = by_seat.get(first)
    if moving is None:
        first, second = second, first
        moving = occupant
    return seat_guest(session, scene_id, moving.guest_id, second, confirmed=confirmed)


def unseat_guests(session: Session, scene_id: int, guest_ids: Iterable[int]) -> SeatEdit:
    """Take the guests out of their seats in the scene, back to the unplaced guests; refused
    whole when one of them has no seat there or sits in a locked seat."""
    scene, _event = _scene(session, scene_id)
    rows = _rows(session, scene.id or 0)
    taken = []
    for guest_id in dict.fromkeys(guest_ids):
        guest = _guest(session, scene, guest_id)
        mine = rows.get(guest_id)
        if mine is None:
            raise SeatEditRefused(say(f"{guest.name}在此场景中没有座位",
                                      f"{guest.name} has no seat in this scene"))
        _refuse_locked(mine, guest.name)
        taken.append(_row(mine))
    if not taken:
        raise SeatEditRefused(say("没有选中已入座的嘉宾", "No seated guest was chosen"))
    return _store(session, scene, taken, [])


def lock_seats(session: Session, scene_id: int, keys: Iterable[SeatKey], locked: bool
               ) -> SeatEdit:
    """Lock (or unlock) the occupied seats among `keys`: automatic arranging keeps a locked
    guest where they are, and hand edits leave them until unlocked."""
    scene, _event = _scene(session, scene_id)
    wanted = set(keys)
    occupied = [a for a in _rows(session, scene.id or 0).values()
                if (a.element_id, a.seat) in wanted]
    if not occupied:
        raise SeatEditRefused(say("空座位无法锁定：请先安排嘉宾入座",
                                  "Empty seats cannot be locked: seat a guest first"))
    rows = [a for a in occupied if a.locked != locked]
    if not rows:
        raise SeatEditRefused(say("所选座位都已锁定", "The chosen seats are all locked already")
                              if locked else
                              say("所选座位都未锁定", "None of the chosen seats is locked"))
    before = [_row(a) for a in rows]
    return _store(session, scene, before, [replace(row, locked=locked) for row in before])


def unplaced_guests(session: Session, event: Event, scene: Scene) -> list[Guest]:
    """The guests the scene should seat (its audience, expected to come) who have no seat in
    it yet, in the order of precedence."""
    everyone = list(session.exec(select(Guest).where(Guest.event_id == event.id)))
    seated = set(current_seats(session, scene))
    waiting = [g for g in scene_audience(scene, everyone) if g.id not in seated]
    return in_precedence_order(waiting, event.tie_break, whole_name=event.stroke_whole_name)


def _with_snapshots(session: Session, scene: Scene, reason_zh: str, reason_en: str
                    ) -> SeatingChange:
    """After a bulk change that kept a snapshot of what it replaced: keep the result too."""
    before = latest_snapshot(session, scene.id or 0)
    assert before is not None and before.id is not None, "store_seats keeps a snapshot"
    after = take_snapshot(session, scene, say(reason_zh, reason_en))
    session.flush()
    assert after.id is not None
    return SeatingChange(scene_id=scene.id or 0, before_id=before.id, after_id=after.id)


def arrange_seats(session: Session, event: Event, scene: Scene, keys: Sequence[SeatKey]
                  ) -> tuple[ArrangeReport, SeatingChange]:
    """Arrange only the chosen seats: everyone seated elsewhere stays; the guests in the chosen
    seats and the unplaced guests are seated there by precedence under the hard rules, locked
    seats kept. Stored with snapshots before and after, as arranging the whole scene is."""
    built = build_problem(session, event, scene)
    plan, problem = built.plan, built.problem
    chosen = sorted({_position(plan, key) for key in keys})
    chosen_set = set(chosen)
    previous = {guest: plan.index[key] for guest, key in current_seats(session, scene).items()
                if key in plan.index}
    outside = {g: p for g, p in previous.items() if p not in chosen_set}
    honour = set(honour_positions(plan))
    problem = without_companions_of(problem, {g for g, p in outside.items() if p in honour})
    candidates = [p for p in problem.people if p.id not in outside]
    part = arrange(restricted(problem, chosen, candidates))
    seats = {**outside, **{guest: chosen[p] for guest, p in part.seats.items()}}
    result = Result(seats=seats, unplaced=part.unplaced, violations=part.violations,
                    inversions=count_inversions(problem, seats),
                    objective=objective(problem, seats))
    changed = store_seats(session, scene, plan, seats, reason=say("选区排座", "Arrange selection"))
    change = _with_snapshots(session, scene, "选区排座结果", "Arranged selection")
    return report(built, result, changed), change


def reflow_with_snapshots(session: Session, event: Event, scene: Scene, mode: ReflowMode
                          ) -> tuple[ArrangeReport, SeatingChange]:
    """Re-flow the scene (models.seating.reflow_scene) and keep the result, to undo and redo."""
    result = reflow_scene(session, event, scene, mode)
    return result, _with_snapshots(session, scene, "重排结果", "Re-flowed")



@dataclass(frozen=True)
class SeatChangeLine:
    """One seat a re-flow changes: where, and who sits there before and after ("" empty)."""

    seat: str
    before: str
    after: str


def reflow_changes(session: Session, event: Event, scene: Scene, mode: ReflowMode
                   ) -> list[SeatChangeLine]:
    """What a re-flow in `mode` would change, seat by seat, best seat first. It is worked out in
    the caller's session, which must roll back afterwards: this is a preview."""
    plan = scene_plan(session, event, scene)
    before = {key: guest for guest, key in current_seats(session, scene).items()}
    reflow_scene(session, event, scene, mode)
    after = {key: guest for guest, key in current_seats(session, scene).items()}
    names = {g.id: g.name for g in session.exec(select(Guest).where(Guest.event_id == event.id))}
    keys = sorted((k for k in set(before) | set(after) if before.get(k) != after.get(k)
                   and k in plan.index), key=plan.index.__getitem__)
    return [SeatChangeLine(plan.label(plan.index[key]), names.get(before.get(key, -1), ""),
                           names.get(after.get(key, -1), "")) for key in keys]
