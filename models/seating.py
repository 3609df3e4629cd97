"""Seating a scene in storage: its ranked seats, the arrangement problem built from the event's
guests, and storing a result with a snapshot of what it replaced."""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from sqlmodel import Session, col, delete, select

from models.arrange import (
    Person,
    Place,
    Problem,
    Result,
    arrange,
    count_inversions,
    objective,
)
from models.lang import say
from models.layout import ElementKind
from models.precedence import in_precedence_order
from models.reflow import ReflowMode, reflow, restricted
from models.scenes import scene_elements
from models.seat_labels import full_seat_label, seat_label
from models.seat_ranks import RankedSeat, RankSettings, rank_seats
from models.tables import (
    NOT_EXPECTED,
    ApartPair,
    Assignment,
    Convention,
    Element,
    Event,
    Guest,
    Scene,
    SeatingSnapshot,
    utcnow,
)

# Seats closer than this many times the nearest spacing in their row count as side by side.
ADJACENT_SPACING = 1.3


@dataclass(frozen=True)
class ScenePlan:
    """A scene's seats, best first, with what the GUI, the reports and the printing need."""

    scene: Scene
    elements: dict[int, Element]
    seats: list[RankedSeat]
    index: dict[tuple[int, str], int]

    def label(self, position: int, *, with_scene: bool = False) -> str:
        ranked = self.seats[position]
        element = self.elements[ranked.seat.element_id]
        if with_scene:
            return full_seat_label(self.scene.name, element, ranked.seat, ranked.table_number)
        return seat_label(element, ranked.seat, ranked.table_number)


def rank_settings(event: Event, scene: Scene) -> RankSettings:
    return RankSettings(convention=Convention(event.convention),
                        even_centre_left=event.even_centre_left,
                        tables_right_first=event.tables_right_first,
                        entrance=(scene.entrance_x, scene.entrance_y))


def scene_plan(session: Session, event: Event, scene: Scene) -> ScenePlan:
    elements = scene_elements(session, scene.id)
    seats = rank_seats(elements, rank_settings(event, scene))
    index = {(r.seat.element_id, r.seat.key): position for position, r in enumerate(seats)}
    return ScenePlan(scene=scene, elements={e.id: e for e in elements}, seats=seats, index=index)


def neighbours(seats: list[RankedSeat], elements: dict[int, Element]) -> list[tuple[int, ...]]:
    """For each seat, the seats beside it: same element and row, next in number, and not across
    an aisle or the end of a long table (judged by distance)."""
    rows: dict[tuple[int, int, bool], list[int]] = defaultdict(list)
    for position, ranked in enumerate(seats):
        seat = ranked.seat
        rows[(seat.element_id, seat.row, seat.standing)].append(position)
    result: list[list[int]] = [[] for _ in seats]
    for (element_id, _row, _standing), members in rows.items():
        members.sort(key=lambda p: seats[p].seat.number)
        pairs = list(itertools.pairwise(members))
        if ElementKind(elements[element_id].kind) is ElementKind.TABLE and len(members) > 2:
            pairs.append((members[-1], members[0]))
        if not pairs:
            continue
        gaps = [math.dist((seats[a].seat.x, seats[a].seat.y), (seats[b].seat.x, seats[b].seat.y))
                for a, b in pairs]
        limit = min(gaps) * ADJACENT_SPACING
        for (a, b), gap in zip(pairs, gaps, strict=True):
            if gap <= limit:
                result[a].append(b)
                result[b].append(a)
    return [tuple(n) for n in result]


def scene_audience(scene: Scene, guests: list[Guest]) -> list[Guest]:
    """The guests this scene seats: everyone expected, or those its settings name: the
    categories listed, those with a rank level up to a limit, those with a value in a custom
    field (a signing ceremony's signatories); VIPs too when the settings include them."""
    settings = scene.settings
    categories = settings.get("categories") or []
    field_name = settings.get("custom_field") or ""
    top_level = settings.get("max_rank_level")

    def named(guest: Guest) -> bool:
        if categories and guest.category not in categories:
            return False
        if top_level is not None and (guest.rank_level is None or guest.rank_level > top_level):
            return False
        return not field_name or bool(str(guest.custom.get(field_name, "")).strip())

    include_vip = bool(settings.get("include_vip"))
    return [g for g in guests if g.rsvp not in NOT_EXPECTED
            and (named(g) or (include_vip and g.vip))]


@dataclass
class SceneProblem:
    plan: ScenePlan
    problem: Problem
    guests: dict[int, Guest]
    locked: dict[int, int] = field(default_factory=dict)


def build_problem(session: Session, event: Event, scene: Scene, *,
                  mix_organisations: bool | None = None) -> SceneProblem:
    plan = scene_plan(session, event, scene)
    everyone = list(session.exec(select(Guest).where(Guest.event_id == event.id)))
    audience = in_precedence_order(scene_audience(scene, everyone), event.tie_break,
                                   whole_name=event.stroke_whole_name)
    by_id = {g.id: g for g in everyone}
    near = neighbours(plan.seats, plan.elements)
    places = tuple(
        Place(key=(r.seat.element_id, r.seat.key), table=r.group if r.table_number else None,
              party=r.party, reserve=r.reserve, aisle=r.seat.aisle, step_free=r.seat.step_free,
              neighbours=near[position])
        for position, r in enumerate(plan.seats)
    )
    locked: dict[int, int] = {}
    query = select(Assignment).where(Assignment.scene_id == scene.id,
                                     col(Assignment.locked).is_(True))
    for assignment in session.exec(query):
        position = plan.index.get((assignment.element_id, assignment.seat))
        if position is not None:
            locked[assignment.guest_id] = position
    seated = audience + [by_id[g] for g in locked if by_id[g] not in audience]
    people = tuple(
        Person(id=g.id, name=g.name, category=g.category, delegation=g.delegation,
               organisation=g.organisation, host_side=g.host_side, companion_of=g.companion_of_id,
               needs_aisle=g.needs_aisle, needs_step_free=g.needs_step_free,
               fields=frozenset(key for key, value in g.custom.items() if str(value).strip()))
        for g in seated
    )
    ids = {p.id for p in people}
    apart = frozenset(
        frozenset((pair.first_id, pair.second_id))
        for pair in session.exec(select(ApartPair).where(ApartPair.event_id == event.id))
        if pair.first_id in ids and pair.second_id in ids
    )
    if mix_organisations is None:
        mix_organisations = bool(scene.settings.get("mix_organisations", False))
    problem = Problem(places=places, people=people, locked=locked, apart=apart,
                      mix_organisations=mix_organisations)
    return SceneProblem(plan=plan, problem=problem, guests=by_id, locked=locked)


def take_snapshot(session: Session, scene: Scene, reason: str) -> SeatingSnapshot:
    """Keep the scene's assignments as they are, before a bulk change."""
    rows = session.exec(select(Assignment).where(Assignment.scene_id == scene.id))
    snapshot = SeatingSnapshot(scene_id=scene.id, reason=reason, assignments=[
        {"element_id": a.element_id, "seat": a.seat, "guest_id": a.guest_id, "locked": a.locked}
        for a in rows
    ])
    session.add(snapshot)
    return snapshot


def current_seats(session: Session, scene: Scene) -> dict[int, tuple[int, str]]:
    """Guest id → (element id, seat key) for the scene as stored."""
    query = select(Assignment).where(Assignment.scene_id == scene.id)
    return {a.guest_id: (a.element_id, a.seat) for a in session.exec(query)}


def seated_in_seat_order(session: Session, event: Event, scene: Scene, *,
                         with_scene: bool = False) -> list[tuple[int, str]]:
    """(guest id, seat label) of everyone seated in the scene, the best seat first; the label
    names the scene too when asked ("主会场 主席台 第1排 4座")."""
    plan = scene_plan(session, event, scene)
    seated = sorted((plan.index[key], guest_id)
                    for guest_id, key in current_seats(session, scene).items()
                    if key in plan.index)
    return [(guest_id, plan.label(position, with_scene=with_scene))
            for position, guest_id in seated]


def store_seats(session: Session, scene: Scene, plan: ScenePlan, seats: dict[int, int],
                *, reason: str) -> list[tuple[int, str]]:
    """Replace the scene's unlocked assignments by `seats` (guest → seat position), after a
    snapshot. Returns the seats whose occupant changed."""
    before = current_seats(session, scene)
    take_snapshot(session, scene, reason)
    locked_rows = session.exec(select(Assignment).where(
        Assignment.scene_id == scene.id, col(Assignment.locked).is_(True)))
    locked = {a.guest_id for a in locked_rows}
    session.exec(delete(Assignment).where(col(Assignment.scene_id) == scene.id,
                                          col(Assignment.locked).is_(False)))
    session.flush()
    after: dict[int, tuple[int, str]] = {}
    new_rows = []
    for guest_id, position in seats.items():
        key = plan.seats[position].seat
        after[guest_id] = (key.element_id, key.key)
        if guest_id not in locked:
            new_rows.append(Assignment(scene_id=scene.id, element_id=key.element_id,
                                       seat=key.key, guest_id=guest_id))
    session.add_all(new_rows)
    scene.updated_at = utcnow()
    session.add(scene)
    session.flush()
    return changed_seats(before, after)


def changed_seats(before: dict[int, tuple[int, str]],
                  after: dict[int, tuple[int, str]]) -> list[tuple[int, str]]:
    """Seats whose occupant is not the same as before (emptied, filled or changed)."""
    occupant_before = {seat: guest for guest, seat in before.items()}
    occupant_after = {seat: guest for guest, seat in after.items()}
    seats = set(occupant_before) | set(occupant_after)
    return sorted(s for s in seats if occupant_before.get(s) != occupant_after.get(s))


@dataclass
class ArrangeReport:
    scene: str
    placed: int
    unplaced: list[dict[str, Any]]
    violations: list[dict[str, Any]]
    inversions: int
    objective: float
    seats: int
    changed: list[str]

    def to_json(self) -> dict[str, Any]:
        return {"scene": self.scene, "placed": self.placed, "unplaced": self.unplaced,
                "violations": self.violations, "inversions": self.inversions,
                "objective": round(self.objective, 3), "seats": self.seats,
                "changed": self.changed}


def report(built: SceneProblem, result: Result, changed: list[tuple[int, str]]) -> ArrangeReport:
    guests = built.guests
    plan = built.plan
    return ArrangeReport(
        scene=plan.scene.name,
        placed=len(result.seats),
        unplaced=[{"guest": guests[u.guest].name, "guest_id": u.guest, "code": u.code,
                   "reason": u.reason} for u in result.unplaced],
        violations=[{"code": v.code, "guests": [guests[g].name for g in v.guests],
                     "reason": v.reason} for v in result.violations],
        inversions=result.inversions,
        objective=result.objective,
        seats=len(plan.seats),
        changed=[plan.label(plan.index[key]) for key in changed if key in plan.index],
    )


# Places of honour, on a stage or at the main table: their people are chosen by precedence
# alone, and no companion comes with them; a companion of someone there sits elsewhere by their
# own rank (a secretary is not seated on the rostrum or at the main table).
STAGE_KINDS = frozenset({ElementKind.ROSTRUM, ElementKind.PHOTO, ElementKind.SIGNING,
                         ElementKind.MEETING})


def _of_honour(element: Element) -> bool:
    kind = ElementKind(element.kind)
    return kind in STAGE_KINDS or (kind is ElementKind.TABLE and bool(element.params["main"]))


def honour_positions(plan: ScenePlan) -> list[int]:
    return [position for position, ranked in enumerate(plan.seats)
            if _of_honour(plan.elements[ranked.seat.element_id])]


def without_companions_of(problem: Problem, honoured: set[int]) -> Problem:
    """The problem with no companion tied to a guest in `honoured` (seated at a place of
    honour): such a companion sits elsewhere by their own rank."""
    people = tuple(replace(p, companion_of=None) if p.companion_of in honoured else p
                   for p in problem.people)
    return replace(problem, people=people)


def solve(built: SceneProblem) -> Result:
    """Arrange a scene: the places of honour first (rostrum, photo rows, signing table, meeting
    chairs, the main table), by precedence and without companions, then everyone else around
    those who took them."""
    problem = built.problem
    stage = honour_positions(built.plan)
    if not stage or len(stage) == len(problem.places):
        return arrange(problem)
    ids = {person.id for person in problem.people}
    stage_set = set(stage)
    elsewhere = {g for g, p in problem.locked.items() if p not in stage_set}
    candidates = tuple(p for p in problem.people
                       if p.companion_of not in ids and p.id not in elsewhere)
    first = arrange(restricted(problem, stage, candidates))
    on_stage = {guest: stage[position] for guest, position in first.seats.items()}
    second = without_companions_of(problem, set(on_stage))
    final = arrange(replace(second, locked={**problem.locked, **on_stage}))
    return Result(seats=final.seats, unplaced=final.unplaced, violations=final.violations,
                  inversions=count_inversions(problem, final.seats),
                  objective=objective(problem, final.seats))


def reflow_scene(session: Session, event: Event, scene: Scene,
                 mode: ReflowMode) -> ArrangeReport:
    """Re-flow the stored plan after changes: guests who cancelled or declined leave their
    seats, new guests are seated, and guests changed since the last arrangement (rank,
    category, needs) are seated again; in SHIFT mode the tables and rows touched close up."""
    built = build_problem(session, event, scene)
    plan = built.plan
    previous = {guest: plan.index[key] for guest, key in current_seats(session, scene).items()
                if key in plan.index}
    last = session.exec(select(SeatingSnapshot.taken_at).where(
        SeatingSnapshot.scene_id == scene.id).order_by(col(SeatingSnapshot.taken_at).desc())
    ).first()
    touched = frozenset(g.id for g in built.guests.values()
                        if last is not None and g.updated_at > last and g.id in previous)
    groups = [ranked.seat.element_id for ranked in plan.seats]
    honour = set(honour_positions(plan))
    problem = without_companions_of(built.problem,
                                    {g for g, p in previous.items() if p in honour})
    result = reflow(problem, groups, previous, ReflowMode(mode), touched=touched)
    changed = store_seats(session, scene, plan, result.seats,
                          reason=say("调整后重排", "Re-flow"))
    return report(built, result, changed)


def arrange_scene(session: Session, event: Event, scene: Scene, *,
                  mix_organisations: bool | None = None) -> ArrangeReport:
    """Arrange the whole scene automatically, keeping locked seats, and store it."""
    built = build_problem(session, event, scene, mix_organisations=mix_organisations)
    result = solve(built)
    changed = store_seats(session, scene, built.plan, result.seats,
                          reason=say("自动排座", "Arrange"))
    return report(built, result, changed)
