"""Re-flow after a change the night before: a guest cancels, is added or changes rank. The plan
keeps everyone it can where they were and reports exactly which seats changed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from enum import StrEnum

from models.arrange import Person, Problem, Result, arrange, count_inversions, may_sit, objective


class ReflowMode(StrEnum):
    """LEAVE_EMPTY: a cancelled guest's seat stays empty unless a new guest takes it; nobody
    else moves. SHIFT: in the table, block or rostrum a cancelled guest leaves, the guests ranked
    after the empty seat move up one place each, so the gap ends at its least honoured seat;
    nobody outside moves."""

    LEAVE_EMPTY = "leave_empty"
    SHIFT = "shift"


def restricted(problem: Problem, positions: Sequence[int], people: Sequence[Person]) -> Problem:
    """The problem on some of its places and people only, the places renumbered."""
    new_index = {old: new for new, old in enumerate(positions)}
    places = tuple(
        replace(problem.places[old], neighbours=tuple(
            new_index[n] for n in problem.places[old].neighbours if n in new_index))
        for old in positions)
    ids = {person.id for person in people}
    return replace(problem, places=places, people=tuple(people),
                   locked={g: new_index[p] for g, p in problem.locked.items()
                           if g in ids and p in new_index},
                   apart=frozenset(pair for pair in problem.apart if pair <= ids))


def _still_allowed(problem: Problem, kept: dict[int, int]) -> dict[int, int]:
    """The kept seats whose guests may still sit there (a changed category can bar a reserved
    block); the others are seated afresh."""
    trial = arrange(replace(problem, locked={**problem.locked, **kept}))
    barred = {guest for violation in trial.violations for guest in violation.guests
              if guest not in problem.locked}
    return {guest: place for guest, place in kept.items() if guest not in barred}


def reflow(problem: Problem, groups: Sequence[int], previous: Mapping[int, int],
           mode: ReflowMode, *, touched: frozenset[int] = frozenset()) -> Result:
    """The plan after the change. `problem` holds the people to seat now (with their current
    precedence), `groups[i]` the table, block or row element of place i, `previous` the seats
    before (guest → place), `touched` the guests changed since (rank, category, needs), who are
    seated again. New guests take the best free places they may."""
    present = {person.id for person in problem.people}
    kept = {g: p for g, p in previous.items() if g in present and g not in problem.locked
            and g not in touched}
    kept = _still_allowed(problem, kept)
    base = arrange(replace(problem, locked={**problem.locked, **kept}))
    seats = dict(base.seats)
    if mode is ReflowMode.SHIFT:
        taken = set(seats.values())
        gaps = sorted({p for g, p in previous.items() if g not in kept and p not in taken})
        for gap in gaps:
            _move_up(problem, groups, gap, seats, frozenset(kept))
    return Result(seats=seats, unplaced=base.unplaced, violations=base.violations,
                  inversions=count_inversions(problem, seats),
                  objective=objective(problem, seats))


def _move_up(problem: Problem, groups: Sequence[int], gap: int, seats: dict[int, int],
             movable: frozenset[int]) -> None:
    """Close a gap: each guest of its group seated after it (in rank order) who may take the
    seat before moves up one, until the gap reaches the group's least honoured seat. A guest
    who may not take it (a reserved or host's chair, a companion, a keep-apart partner beside
    it) stays, and the one after tries."""
    people = {person.id: person for person in problem.people}
    ids = set(people)
    tied = {p.companion_of for p in problem.people if p.companion_of in ids} | {
        p.id for p in problem.people if p.companion_of in ids}
    occupant = {place: guest for guest, place in seats.items()}
    for position in range(gap + 1, len(problem.places)):
        if groups[position] != groups[gap]:
            continue
        guest = occupant.get(position)
        if guest is None or guest not in movable or guest in tied:
            continue
        if not may_sit(people[guest], problem.places[gap]):
            continue
        trial = {**seats, guest: gap}
        if not _keeps_apart(problem, trial):
            continue
        seats[guest] = gap
        del occupant[position]
        occupant[gap] = guest
        gap = position


def _keeps_apart(problem: Problem, seats: Mapping[int, int]) -> bool:
    """No keep-apart pair at one table or side by side."""
    for pair in problem.apart:
        if len(pair) != 2:
            continue
        first, second = tuple(pair)
        if first not in seats or second not in seats:
            continue
        one, other = problem.places[seats[first]], problem.places[seats[second]]
        if seats[second] in one.neighbours or (one.table is not None and one.table == other.table):
            return False
    return True
