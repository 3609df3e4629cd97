"""Re-flow after one cancellation in the 2,000-guest plan: seconds, and how many seats changed.

Run: .venv/bin/python bench/reflow_speed.py [--rounds 3]. Prints JSON; the target is under
0.2 s for each scene.
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import replace

from arrange_speed import make_event, pure_problem

from models.arrange import arrange
from models.reflow import ReflowMode, reflow

TARGET_SECONDS = 0.2


def cancel_one(scene: str, rounds: int) -> dict[str, object]:
    """Arrange the scene, cancel the most senior guest seated on their own (no locked
    seat, no companion) in a general place, and re-flow both ways."""
    event = make_event(2026)
    problem = pure_problem(event, scene)
    plan = arrange(problem).seats
    groups = [place.key[0] for place in problem.places]
    by_place = {place: guest for guest, place in plan.items()}
    ids = {person.id for person in problem.people}
    tied = {p.id for p in problem.people if p.companion_of in ids} | {
        p.companion_of for p in problem.people if p.companion_of in ids}
    alone = sorted(p for p, g in by_place.items() if g not in problem.locked and g not in tied
                   and not problem.places[p].party and problem.places[p].reserve is None)
    cancelled = by_place[alone[0]]
    after = replace(problem, people=tuple(p for p in problem.people if p.id != cancelled))
    figures: dict[str, object] = {"guests": len(problem.people), "seats": len(problem.places)}
    for mode in ReflowMode:
        best = float("inf")
        for _round in range(rounds):
            started = time.perf_counter()
            result = reflow(after, groups, plan, mode)
            best = min(best, time.perf_counter() - started)
        moved = sum(1 for guest, place in plan.items()
                    if guest != cancelled and result.seats.get(guest) != place)
        figures[mode.value] = {"seconds": round(best, 3), "guests_moved": moved,
                               "seats_changed": moved + 1}
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args().rounds
    print(json.dumps({scene: cancel_one(scene, rounds) for scene in ("hall", "banquet")}
                     | {"target_seconds": TARGET_SECONDS}, ensure_ascii=False))


if __name__ == "__main__":
    main()
