"""Automatic arrangement: people in precedence order onto places in rank order, under the hard
constraints, with the soft goals weighed. A pure function of data; storing it is separate.

Hard constraints, never broken by the arrangement (a locked seat that breaks one is kept and
reported as a violation): locked seats stay; a reserved block holds only its category,
delegation or organisation, a signatory's chair only someone with a value in the ceremony's
custom field (a companion counts as their guest); host-party places (a banquet
table's host and deputy chairs, the host side of a meeting or signing) take only host-side people
and guest-party places only guests; a guest who needs an aisle or step-free seat gets one; a
companion sits next to their guest; a keep-apart pair is never at one table nor side by side.
Someone no place can take under these is left unplaced, with the reason. In a ring of people who
are each other's companions (a slip in the list) the most senior is seated as the guest and the
others beside the one whose companion they are; the ring is not closed.

Places fill in lists: a guest's reserved blocks first, then their party's places (host-side
people the host-party places, guests the guest-party places), then the general places. A guest
who is neither a companion nor locked, nor has a locked companion, sits in a later list only
while no place of an earlier one is open to them: free, theirs to take, with no keep-apart
partner at its table or beside it, and with a free place beside it that each of their companions
may take. Which of the guests of a list sit in it, and which in later lists, the objective
decides: a delegation's head may take the main table while their members fill the block.

Soft goals and their weights (the objective, lower is better):
- precedence: for each placed person, the rank position of their seat (0 for the best place)
  times their seniority (N - i) / N, where i is their position among the N people in the order of
  precedence (a companion takes the seniority of the guest they sit beside). Any two people
  seated the wrong way round cost more than seated the right way, and a senior person's place
  counts more than a junior's (weight `Weights.precedence`, 1);
- cohesion: for each delegation, each table it uses beyond the fewest it could fill
  (weight `Weights.cohesion`, 6: the most senior person would move 6 places to keep a delegation
  at one table, a junior one much further);
- organisation mix, when asked: each guest beyond the first of one organisation at a table
  (weight `Weights.mix`, 4).
When there are fewer places than people, the most senior are seated first and the most junior
left out.

The arrangement seats each guest with their companions in the order of precedence, each in the
best place open to them (weighing a few places more when a delegation or organisation makes the
choice matter), then improves it: guests seated alone exchange places or move into free ones,
and guests with companions move with them, while that lowers the objective and keeps every rule;
a seeded simulated annealing lets it get past arrangements that no single change improves.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from models.lang import say

# How many feasible places past the first one the arrangement weighs for a person whose
# delegation or organisation gives the choice a cost beyond precedence; also how many places
# before and after a guest's own the improvement looks at.
CANDIDATE_WINDOW = 24
# How many places the search tries for a guest before giving up on seating their companions
# next to them and seating the guest alone.
_COMPANION_ATTEMPTS = 64
# How many places the search for places for a party's companions tries before giving up.
_PARTY_TRIES = 200
# How many times the improvement goes over everyone; it stops sooner once nothing changes.
_IMPROVEMENT_ROUNDS = 8
# The annealing's length: steps for each guest it may move, and at most in all; its temperature
# from start to end, in units of the largest weight; and the seed of its random choices.
_ANNEALING_STEPS_EACH = 2000
_ANNEALING_STEPS = 20_000
_ANNEALING_START = 1.0
_ANNEALING_END = 0.005
_SEED = 2026
# Objective changes smaller than this are rounding, not improvement.
_TOLERANCE = 1e-9
_GENERAL = ("any",)

@dataclass(frozen=True)
class Person:
    id: int
    name: str = ""
    category: str = ""
    delegation: str = ""
    organisation: str = ""
    host_side: bool = False
    companion_of: int | None = None
    needs_aisle: bool = False
    needs_step_free: bool = False
    # The custom fields in which the guest has a value (a signatory's 签约项目).
    fields: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Place:
    """A seat as the arrangement sees it. `table` is the table's element id for seats at a
    table (keep-apart and cohesion count tables), None elsewhere."""

    key: tuple[int, str]
    table: int | None = None
    party: str = ""
    reserve: tuple[str, str] | None = None
    aisle: bool = True
    step_free: bool = True
    neighbours: tuple[int, ...] = ()


@dataclass(frozen=True)
class Weights:
    precedence: float = 1.0
    cohesion: float = 6.0
    mix: float = 4.0


@dataclass(frozen=True)
class Problem:
    places: tuple[Place, ...]
    people: tuple[Person, ...]
    locked: Mapping[int, int] = field(default_factory=dict)
    apart: frozenset[frozenset[int]] = frozenset()
    mix_organisations: bool = False
    weights: Weights = Weights()


@dataclass(frozen=True)
class Unplaced:
    guest: int
    code: str
    reason: str


@dataclass(frozen=True)
class Violation:
    code: str
    guests: tuple[int, ...]
    reason: str


@dataclass
class Result:
    seats: dict[int, int]
    unplaced: list[Unplaced]
    violations: list[Violation]
    inversions: int = 0
    objective: float = 0.0


def _matches(person: Person, reserve: tuple[str, str]) -> bool:
    """Whether a place reserved for a category, delegation, organisation, or for those with a
    value in a custom field (a signing ceremony's signatories), takes the person."""
    kind, value = reserve
    if kind == "field":
        return value in person.fields
    return getattr(person, kind, None) == value


def may_sit(person: Person, place: Place, head: Person | None = None) -> bool:
    """The constraints of a place alone: its reservation (judged on the guest a companion sits
    beside, `head`), its party, an aisle or step-free need."""
    if place.reserve is not None and not _matches(head or person, place.reserve):
        return False
    if place.party == "host" and not person.host_side:
        return False
    if place.party == "guest" and person.host_side:
        return False
    if person.needs_aisle and not place.aisle:
        return False
    return not (person.needs_step_free and not place.step_free)


@dataclass(frozen=True)
class _Parties:
    """Who sits with whom. A party is a guest with their companions (and companions of those),
    seated guest first and everyone after the one they sit next to; `beside` maps each companion
    to that person, `followers` the other way. The reserved blocks judge a companion by the
    guest heading their party."""

    units: list[list[Person]]
    beside: dict[int, int]
    followers: dict[int, list[Person]]
    head: dict[int, Person]
    party: dict[int, list[Person]]


def _parties(problem: Problem) -> _Parties:
    people = {person.id: person for person in problem.people}
    position = {person.id: rank for rank, person in enumerate(problem.people)}
    guest_of = {person.id: person.companion_of for person in problem.people
                if person.companion_of in people and person.companion_of != person.id}
    head_of: dict[int, int] = {}
    for person in problem.people:
        path = [person.id]
        current = person.id
        while current in guest_of and current not in head_of:
            guest = guest_of[current]
            if guest in path:
                ring = path[path.index(guest):]
                head = min(ring, key=position.__getitem__)
                break
            path.append(guest)
            current = guest
        else:
            head = head_of.get(current, current)
        for member in path:
            head_of[member] = head
    beside = {member: guest for member, guest in guest_of.items() if head_of[member] != member}
    followers: dict[int, list[Person]] = defaultdict(list)
    for person in problem.people:
        if person.id in beside:
            followers[beside[person.id]].append(person)
    units = []
    for person in problem.people:
        if head_of[person.id] != person.id:
            continue
        unit = [person]
        for member in unit:
            unit.extend(followers.get(member.id, ()))
        units.append(unit)
    return _Parties(units=units, beside=beside, followers=followers,
                    head={pid: people[head] for pid, head in head_of.items()},
                    party={unit[0].id: unit for unit in units})


class _Board:
    """The places taken so far and the facts the rules and the objective need about them."""

    def __init__(self, problem: Problem, parties: _Parties) -> None:
        self.problem = problem
        self.parties = parties
        self.places = problem.places
        self.weights = problem.weights
        self.people = {person.id: person for person in problem.people}
        self.seniority = seniorities(problem, parties)
        self.occupant: list[int | None] = [None] * len(problem.places)
        self.seat: dict[int, int] = {}
        self.partners: dict[int, set[int]] = defaultdict(set)
        for pair in problem.apart:
            if len(pair) == 2:
                first, second = tuple(pair)
                self.partners[first].add(second)
                self.partners[second].add(first)
        self.table_places: dict[int, list[int]] = defaultdict(list)
        self.lists: dict[tuple, list[int]] = defaultdict(list)
        self.list_of: list[tuple] = []
        for index, place in enumerate(problem.places):
            if place.table is not None:
                self.table_places[place.table].append(index)
            if place.reserve is not None:
                key: tuple = ("reserve", *place.reserve)
            elif place.party in ("host", "guest"):
                key = (place.party,)
            else:
                key = _GENERAL
            self.lists[key].append(index)
            self.list_of.append(key)
        self.free_in = {key: len(places) for key, places in self.lists.items()}
        self.reserves = sorted(key for key in self.lists if key[0] == "reserve")
        self.largest_table = max(map(len, self.table_places.values()), default=1)
        self.tables_of: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        self.at_tables: dict[str, int] = defaultdict(int)
        self.organisations_at: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self._levels: dict[int, dict[tuple, int]] = {}
        # The objective, kept up to date as people are seated and moved, and every change in
        # order, so that a trial can be taken back.
        self.level = 0.0
        self.journal: list[tuple[int, int, bool]] = []
        # Who the order of the lists binds, and for each list those of them seated in a later
        # one: guests who might want a place of it.
        self.bound = {person.id for person in problem.people if self.follows_lists(person)}
        self.waiting: dict[tuple, set[int]] = defaultdict(set)

    def put(self, person_id: int, index: int) -> None:
        person = self.people[person_id]
        table = self.places[index].table
        self.level += self.place_cost(person_id, index) + self.table_change(person, None, table)
        self.journal.append((person_id, index, True))
        if person_id in self.bound:
            levels = self.levels(person)
            turn = levels[self.list_of[index]]
            for key, earlier in levels.items():
                if earlier < turn:
                    self.waiting[key].add(person_id)
        self.occupant[index] = person_id
        self.seat[person_id] = index
        self.free_in[self.list_of[index]] -= 1
        if table is not None:
            if person.delegation:
                self.tables_of[person.delegation][table] += 1
                self.at_tables[person.delegation] += 1
            if person.organisation:
                self.organisations_at[table][person.organisation] += 1

    def remove(self, person_id: int) -> int:
        person = self.people[person_id]
        index = self.seat[person_id]
        table = self.places[index].table
        self.level += self.table_change(person, table, None) - self.place_cost(person_id, index)
        self.journal.append((person_id, index, False))
        if person_id in self.bound:
            for key in self.levels(person):
                self.waiting[key].discard(person_id)
        del self.seat[person_id]
        self.occupant[index] = None
        self.free_in[self.list_of[index]] += 1
        if table is not None:
            if person.delegation:
                self.tables_of[person.delegation][table] -= 1
                if not self.tables_of[person.delegation][table]:
                    del self.tables_of[person.delegation][table]
                self.at_tables[person.delegation] -= 1
            if person.organisation:
                self.organisations_at[table][person.organisation] -= 1
        return index

    def undo(self, mark: int) -> None:
        """Take back every seating change made since the journal was `mark` long."""
        while len(self.journal) > mark:
            person_id, index, was_put = self.journal.pop()
            if was_put:
                self.remove(person_id)
            else:
                self.put(person_id, index)
            self.journal.pop()

    def levels(self, person: Person) -> dict[tuple, int]:
        """The lists of places the person searches, each with its turn: their reserved blocks
        (as the guest heading their party), their party's places, the general places."""
        levels = self._levels.get(person.id)
        if levels is None:
            head = self.parties.head[person.id]
            keys = [key for key in self.reserves if _matches(head, key[1:])]
            keys += [("host",) if person.host_side else ("guest",), _GENERAL]
            levels = self._levels[person.id] = {key: turn for turn, key in enumerate(keys)}
        return levels

    def fits(self, person: Person, index: int) -> bool:
        """The constraints of the place alone: reservation, party, aisle, step-free."""
        return may_sit(person, self.places[index], self.parties.head[person.id])

    def apart_clash(self, person_id: int, index: int) -> int | None:
        """A keep-apart partner at the same table or in a neighbouring seat, if any."""
        place = self.places[index]
        for partner in self.partners.get(person_id, ()):
            where = self.seat.get(partner)
            if where is None or where == index:
                continue
            if where in place.neighbours:
                return partner
            if place.table is not None and self.places[where].table == place.table:
                return partner
        return None

    def allowed(self, person: Person, index: int) -> bool:
        return self.free(index) and self.fits(person, index) and \
            self.apart_clash(person.id, index) is None

    def free(self, index: int) -> bool:
        return self.occupant[index] is None

    def follows_lists(self, person: Person) -> bool:
        """Whether the order of the lists of places binds the person (module documentation):
        a guest heading their party, none of whom is locked."""
        return person.id not in self.parties.beside and not any(
            member.id in self.problem.locked for member in self.parties.party[person.id])

    def room(self, head: Person, index: int) -> bool:
        """Free places around the place for all the guest's companions."""
        return self.party_places(self.parties.party[head.id][1:], {head.id: index}) is not None

    def party_places(self, companions: list[Person],
                     chosen: dict[int, int]) -> dict[int, int] | None:
        """A free place open to each companion beside the one they sit beside (seated, or given
        in `chosen`), all different: the cheapest choice for each that lets everyone after them
        sit too, preferring places beside their own companions already seated (locked). None
        when there is no such choice, or none found within a few hundred tries."""
        chosen = dict(chosen)
        taken = set(chosen.values())
        tries = 0

        def place_from(position: int) -> bool:
            nonlocal tries
            if position == len(companions):
                return True
            companion = companions[position]
            guest = self.parties.beside[companion.id]
            anchor = chosen.get(guest, self.seat.get(guest))
            if anchor is None:
                return False
            kept = self.followers_seated(companion.id)
            spots = [index for index in self.places[anchor].neighbours
                     if index not in taken and self.allowed(companion, index)
                     and not any(_near(self.places, index, chosen[partner])
                                 for partner in self.partners.get(companion.id, ())
                                 if partner in chosen)]
            spots.sort(key=lambda index: (
                not all(seat in self.places[index].neighbours for seat in kept),
                self.cost(companion.id, index)))
            for index in spots:
                tries += 1
                if tries > _PARTY_TRIES:
                    return False
                chosen[companion.id] = index
                taken.add(index)
                if place_from(position + 1):
                    return True
                del chosen[companion.id]
                taken.discard(index)
            return False

        if not place_from(0):
            return None
        return {member.id: chosen[member.id] for member in companions}

    def skipped_open_place(self, person: Person) -> bool:
        """Whether the person sits in a later list of places while an earlier one has a place
        open to them."""
        levels = self.levels(person)
        current = levels[self.list_of[self.seat[person.id]]]
        for key, turn in levels.items():
            if turn >= current or not self.free_in.get(key):
                continue
            for index in self.lists[key]:
                if self.allowed(person, index) and self.room(person, index):
                    return True
        return False

    def place_cost(self, person_id: int, index: int) -> float:
        return self.weights.precedence * self.seniority[person_id] * index

    def cost(self, person_id: int, index: int) -> float:
        return self.place_cost(person_id, index) + self.extra_cost(self.people[person_id], index)

    def extra_cost(self, person: Person, index: int) -> float:
        """What seating the person (not yet seated) in the place adds to the objective beyond
        precedence: a table more for their delegation than it needs, a second guest of one
        organisation at a table."""
        return self.table_change(person, None, self.places[index].table)

    def least_extra_cost(self, person: Person) -> float:
        """The lowest `extra_cost` any place could have for the person."""
        if person.delegation and self.tables_of.get(person.delegation) and \
                self.at_tables[person.delegation] % self.largest_table == 0:
            return -self.weights.cohesion
        return 0.0

    def table_change(self, person: Person, source: int | None, target: int | None, *,
                     delegation: bool = True, organisation: bool = True) -> float:
        """The change in cohesion and mix when the person moves from one table to another (None
        for no table, or not seated before)."""
        if source == target:
            return 0.0
        change = 0.0
        name = person.delegation
        if delegation and name:
            used = self.tables_of.get(name) or {}
            count = self.at_tables[name]
            tables = joined = 0
            if source is not None:
                tables -= used.get(source, 0) == 1
                joined -= 1
            if target is not None:
                tables += not used.get(target, 0)
                joined += 1
            largest = self.largest_table
            change += self.weights.cohesion * (tables - math.ceil((count + joined) / largest)
                                               + math.ceil(count / largest))
        name = person.organisation
        if organisation and name and self.problem.mix_organisations:
            if source is not None and self.organisations_at[source].get(name, 0) >= 2:
                change -= self.weights.mix
            if target is not None and self.organisations_at[target].get(name, 0) >= 1:
                change += self.weights.mix
        return change

    def followers_seated(self, person_id: int) -> list[int]:
        """The places of the person's companions who are already seated (locked)."""
        return [self.seat[f.id] for f in self.parties.followers.get(person_id, ())
                if f.id in self.seat]


class _Search:
    """The first pass: each party in the order of precedence into the best places open to it."""

    def __init__(self, board: _Board) -> None:
        self.board = board
        self.start = dict.fromkeys(board.lists, 0)

    def candidates(self, person: Person) -> Iterable[int]:
        """Free places the person may take, list by list, best first."""
        board = self.board
        for key in board.levels(person):
            places = board.lists.get(key)
            if not places:
                continue
            # Places before `start` are all taken: the search never looks at them again.
            position = self.start[key]
            while position < len(places) and not board.free(places[position]):
                position += 1
            self.start[key] = position
            for index in places[position:]:
                if board.allowed(person, index):
                    yield index

    def choose(self, person: Person) -> int | None:
        """The best place for one person: the first candidate, unless a later one of the same
        list within the window costs less once delegation and organisation are counted."""
        board = self.board
        best: int | None = None
        best_cost = math.inf
        needs_weighing = bool(person.delegation) or (
            board.problem.mix_organisations and bool(person.organisation))
        floor = board.least_extra_cost(person)
        for seen, index in enumerate(self.candidates(person)):
            if best is not None and board.list_of[index] != board.list_of[best]:
                break
            base = board.place_cost(person.id, index)
            cost = base + board.extra_cost(person, index)
            if cost < best_cost:
                best, best_cost = index, cost
            # Later places only cost more on precedence: stop once nothing else can win.
            if not needs_weighing or seen >= CANDIDATE_WINDOW or best_cost <= base + floor:
                break
        return best

    def head_places(self, head: Person) -> Iterable[int]:
        """Places for a guest with companions: beside those of them already seated (locked)
        first, best first; then the usual candidates."""
        board = self.board
        kept = board.followers_seated(head.id)
        tried: set[int] = set()
        if kept:
            near = set(board.places[kept[0]].neighbours)
            for index in kept[1:]:
                near &= set(board.places[index].neighbours)
            for index in sorted(near):
                if board.allowed(head, index):
                    tried.add(index)
                    yield index
        for index in self.candidates(head):
            if index not in tried:
                yield index

    def seat_companions(self, companions: list[Person]) -> list[Person]:
        """Seat the companions all together if they can be (`party_places`); otherwise each in
        the cheapest free place next to the one they sit beside, if any. Returns those who
        could not be seated."""
        board = self.board
        together = board.party_places(companions, {})
        if together is not None:
            for companion in companions:
                board.put(companion.id, together[companion.id])
            return []
        failed = []
        for companion in companions:
            anchor = board.seat.get(board.parties.beside[companion.id])
            spots = [] if anchor is None else [
                index for index in board.places[anchor].neighbours
                if board.allowed(companion, index)]
            if not spots:
                failed.append(companion)
                continue
            kept = board.followers_seated(companion.id)
            both = [index for index in spots
                    if all(seat in board.places[index].neighbours for seat in kept)]
            board.put(companion.id, min(both or spots,
                                        key=lambda index: board.cost(companion.id, index)))
        return failed

    def seat_unit(self, unit: list[Person]) -> list[Person]:
        """Seat a guest and their companions together; failing that, the guest and those of the
        companions who find a place. Returns who could not be seated."""
        board = self.board
        head = unit[0]
        pending = [member for member in unit[1:] if member.id not in board.seat]
        if head.id in board.seat:
            return self.seat_companions(pending)
        if len(unit) == 1:
            index = self.choose(head)
            if index is None:
                return [head]
            board.put(head.id, index)
            return []
        first_choice = None
        for attempt, index in enumerate(self.head_places(head)):
            if first_choice is None:
                first_choice = index
            board.put(head.id, index)
            failed = self.seat_companions(pending)
            if not failed:
                return []
            for member in pending:
                if member.id in board.seat:
                    board.remove(member.id)
            board.remove(head.id)
            if attempt >= _COMPANION_ATTEMPTS:
                break
        if first_choice is None:
            return [head, *pending]
        board.put(head.id, first_choice)
        return self.seat_companions(pending)


class _Improvement:
    """The second pass: guests seated alone (no companions, not locked) exchange places with
    each other or move into free places, and guests with companions move with them, while the
    objective falls and every rule still holds."""

    def __init__(self, board: _Board, units: list[list[Person]]) -> None:
        self.board = board
        locked = board.problem.locked
        self.movable = [unit[0] for unit in units if len(unit) == 1
                        and unit[0].id in board.seat and unit[0].id not in locked]
        self.parties = [unit for unit in units if len(unit) > 1 and all(
            member.id in board.seat and member.id not in locked for member in unit)]
        self.can_move = {person.id for person in self.movable}
        # For each list of places, who searches it (and so may wait for a place in it).
        self.searchers: dict[tuple, list[Person]] = defaultdict(list)
        for person in board.problem.people:
            if person.id in board.bound:
                for key in board.levels(person):
                    if key != _GENERAL:
                        self.searchers[key].append(person)

    def run(self) -> None:
        self.board.journal.clear()
        self.descend()
        if self.movable or self.parties:
            steps = _ANNEALING_STEPS_EACH * (len(self.movable) + len(self.parties))
            self.anneal(min(steps, _ANNEALING_STEPS))
            self.descend()

    def descend(self) -> None:
        for _round in range(_IMPROVEMENT_ROUNDS):
            changed = False
            for person in self.movable:
                if self.improve(person):
                    changed = True
            if not changed:
                break
        self.board.journal.clear()

    def improve(self, person: Person) -> bool:
        """Make the best change of the person's place that lowers the objective, if any."""
        board = self.board
        here = board.seat[person.id]
        moves = []
        for there in self.options(person, here):
            change = self.change(person, here, there)
            if change is not None and change < -_TOLERANCE:
                moves.append((change, there))
        return any(self.try_change(person, here, there) for _change, there in sorted(moves))

    def anneal(self, steps: int) -> None:
        """Simulated annealing over the same changes and moves of whole parties: a change that
        raises the objective is taken now and then, less often as the search cools, so that
        people can get past an arrangement no single change improves (a delegation moving to
        another table one by one). Ends on the best arrangement seen. The random choices are
        seeded: the same problem always gets the same arrangement."""
        board = self.board
        chance = random.Random(_SEED)
        temperature = _ANNEALING_START * max(board.weights.cohesion, board.weights.mix,
                                             board.weights.precedence)
        cooling = (_ANNEALING_END / _ANNEALING_START) ** (1 / max(steps, 1))
        best = board.level
        share = len(self.parties) / (len(self.parties) + len(self.movable))
        for _step in range(steps):
            temperature *= cooling
            mark = len(board.journal)
            before = board.level
            if chance.random() < share:
                if not self.move_party(chance.choice(self.parties), chance):
                    board.undo(mark)
                    continue
                change = board.level - before
                if change > _TOLERANCE and chance.random() >= math.exp(-change / temperature):
                    board.undo(mark)
                    continue
            else:
                person = chance.choice(self.movable)
                here = board.seat[person.id]
                there = chance.randrange(len(board.places)) if chance.random() < 0.2 else \
                    chance.choice(sorted(self.options(person, here)) or [here])
                change = self.change(person, here, there) if there != here else None
                if change is None or (change > _TOLERANCE and
                                      chance.random() >= math.exp(-change / temperature)):
                    continue
                if not self.try_change(person, here, there):
                    continue
            if board.level < best - _TOLERANCE:
                best = board.level
                board.journal.clear()
        board.undo(0)

    def options(self, person: Person, here: int) -> set[int]:
        """Places worth trying: those just better than the person's own; when a delegation or
        organisation is at stake also those just worse and those at their delegation's tables;
        and the places of guests who wait for one in the person's list."""
        board = self.board
        window = CANDIDATE_WINDOW
        options = set(range(max(0, here - window), here))
        weighs_tables = bool(person.delegation) or (board.problem.mix_organisations
                                                    and bool(person.organisation))
        if weighs_tables:
            options.update(range(here + 1, min(len(board.places), here + window + 1)))
            for table in board.tables_of.get(person.delegation) or ():
                options.update(board.table_places[table])
        waiting = sorted(board.seat[other] for other in board.waiting.get(board.list_of[here], ())
                         if other in self.can_move and board.seat[other] < here)
        options.update(waiting[-window:])
        options.discard(here)
        return options

    def change(self, person: Person, here: int, there: int) -> float | None:
        """What moving the person to the place (exchanging with a guest seated alone there)
        would do to the objective; None when it cannot be done."""
        board = self.board
        occupant = board.occupant[there]
        source, target = board.places[here].table, board.places[there].table
        if occupant is None:
            return board.weights.precedence * board.seniority[person.id] * (there - here) + \
                board.table_change(person, source, target)
        if occupant not in self.can_move:
            return None
        other = board.people[occupant]
        same_delegation = person.delegation == other.delegation
        same_organisation = person.organisation == other.organisation
        return (board.weights.precedence * (board.seniority[person.id]
                                            - board.seniority[other.id]) * (there - here)
                + board.table_change(person, source, target, delegation=not same_delegation,
                                     organisation=not same_organisation)
                + board.table_change(other, target, source, delegation=not same_delegation,
                                     organisation=not same_organisation))

    def try_change(self, person: Person, here: int, there: int) -> bool:
        """Move the person (exchanging with the guest seated there) if that keeps every rule;
        otherwise leave things as they were."""
        board = self.board
        occupant = board.occupant[there]
        other = board.people[occupant] if occupant is not None else None
        if not board.fits(person, there) or (other is not None and not board.fits(other, here)):
            return False
        mark = len(board.journal)
        board.remove(person.id)
        if other is not None:
            board.remove(other.id)
            board.put(other.id, here)
        board.put(person.id, there)
        moved = [person] if other is None else [person, other]
        if self.rules_hold(moved, [] if other else [here]):
            return True
        board.undo(mark)
        return False

    def move_party(self, unit: list[Person], chance: random.Random) -> bool:
        """Move a guest and their companions to another place, the companions beside them as
        in the first pass; guests seated alone in the way move to the best places left open to
        them. False when that breaks a rule (the caller takes it back)."""
        board = self.board
        head = unit[0]
        here = board.seat[head.id]
        there = chance.randrange(len(board.places)) if chance.random() < 0.2 else \
            chance.choice(sorted(self.options(head, here)) or [here])
        vacated = [board.remove(member.id) for member in unit]
        displaced = []
        if not self.clear(there, displaced) or not board.allowed(head, there):
            return False
        board.put(head.id, there)
        for companion in unit[1:]:
            anchor = board.seat[board.parties.beside[companion.id]]
            spots = [index for index in board.places[anchor].neighbours
                     if (board.free(index) or board.occupant[index] in self.can_move)
                     and board.fits(companion, index)]
            spots.sort(key=lambda index: (not board.free(index),
                                          board.cost(companion.id, index)))
            for index in spots:
                if self.clear(index, displaced) and board.allowed(companion, index):
                    board.put(companion.id, index)
                    break
            else:
                return False
        search = _Search(board)
        for person in sorted(displaced, key=lambda p: board.seniority[p.id], reverse=True):
            index = search.choose(person)
            if index is None:
                return False
            board.put(person.id, index)
        return self.rules_hold([*unit, *displaced],
                               [index for index in vacated if board.free(index)])

    def clear(self, index: int, displaced: list[Person]) -> bool:
        """Empty the place of a guest seated alone, who will be seated again."""
        occupant = self.board.occupant[index]
        if occupant is None:
            return True
        if occupant not in self.can_move:
            return False
        self.board.remove(occupant)
        displaced.append(self.board.people[occupant])
        return True

    def rules_hold(self, moved: list[Person], vacated: list[int]) -> bool:
        board = self.board
        if any(board.apart_clash(p.id, board.seat[p.id]) is not None for p in moved):
            return False
        # Whose list order the change may have upset: those who moved; anyone whose keep-apart
        # partner moved, or whose companion's did (a place near the partner's old seat may be
        # open to them now); and, where a place fell free, whoever searches its list or the
        # list of a place beside it.
        concerned = {p.id: p for p in moved}
        for p in moved:
            for partner in board.partners.get(p.id, ()):
                if partner in board.seat:
                    head = board.parties.head[partner]
                    concerned[head.id] = head
        for place in vacated:
            for index in (place, *board.places[place].neighbours):
                key = board.list_of[index]
                if key != _GENERAL and board.free(index):
                    concerned.update((p.id, p) for p in self.searchers.get(key, ())
                                     if p.id in board.seat)
        return not any(p.id in board.bound and board.skipped_open_place(p)
                       for p in concerned.values())


def _reason_unplaced(board: _Board, person: Person) -> Unplaced:
    free = [i for i in range(len(board.places)) if board.free(i)]
    if not free:
        return Unplaced(person.id, "no_free_seat",
                        say("没有空座位了", "No free seat is left"))
    if person.id in board.parties.beside:
        guest = board.people[board.parties.beside[person.id]]
        return Unplaced(person.id, "companion_not_adjacent", say(
            f"{guest.name} 身边没有可坐的空位", f"No free seat next to {guest.name or guest.id}"))
    fitting = [i for i in free if board.fits(person, i)]
    if not fitting:
        if person.needs_step_free and not any(board.places[i].step_free for i in free):
            return Unplaced(person.id, "no_step_free_seat",
                            say("没有空的无障碍座位", "No free step-free seat is left"))
        if person.needs_aisle and not any(board.places[i].aisle for i in free):
            return Unplaced(person.id, "no_aisle_seat",
                            say("没有空的靠过道座位", "No free aisle seat is left"))
        return Unplaced(person.id, "no_allowed_seat",
                        say("剩余空座均为其他类别、代表团或主/客方预留",
                            "Every free seat left is reserved for others or for the other "
                            "party"))
    # A guest is left out only when every seat they could take is beside or at the table of
    # someone they must be kept apart from.
    partner = board.apart_clash(person.id, fitting[0])
    name = board.people[partner].name if partner in board.people else str(partner)
    return Unplaced(person.id, "keep_apart",
                    say(f"剩余座位都与需隔开的 {name} 同桌或相邻",
                        f"Every seat left is at the table of, or next to, {name}, "
                        "who must be kept apart"))


def _near(places: tuple[Place, ...], first: int, second: int) -> bool:
    """Side by side or at one table."""
    table = places[first].table
    return second in places[first].neighbours or (
        table is not None and places[second].table == table)


def _check_locked(board: _Board) -> list[Violation]:
    violations = []
    locked = {pid: index for pid, index in board.problem.locked.items() if pid in board.people}
    for person_id, index in locked.items():
        person = board.people[person_id]
        if not board.fits(person, index):
            violations.append(Violation("locked_seat_not_allowed", (person_id,), say(
                f"{person.name} 被锁定在不符合其预留、主客方或通行需要的座位",
                f"{person.name} is locked in a seat reserved for others or the other party, "
                "or without the access they need")))
        for partner in sorted(board.partners.get(person_id, ())):
            if partner in locked and person_id < partner and \
                    _near(board.places, index, locked[partner]):
                other = board.people[partner].name
                violations.append(Violation("locked_keep_apart", (person_id, partner), say(
                    f"锁定的 {person.name} 与 {other} 需隔开，却同桌或相邻",
                    f"Locked {person.name} and {other} must be kept apart but share a table or "
                    "sit side by side")))
    return violations


def _check_locked_companions(board: _Board) -> list[Violation]:
    """A locked companion whose guest sits elsewhere: the guest could not join them."""
    violations = []
    for person_id in board.problem.locked:
        guest_id = board.parties.beside.get(person_id)
        if person_id not in board.people or guest_id is None or guest_id not in board.seat:
            continue
        if board.seat[guest_id] not in board.places[board.seat[person_id]].neighbours:
            person, guest = board.people[person_id], board.people[guest_id]
            violations.append(Violation("locked_companion_not_adjacent", (person_id, guest_id),
                                        say(f"锁定的随行人员 {person.name} 不在 {guest.name} 身边",
                                            f"Locked companion {person.name} does not sit next "
                                            f"to {guest.name}")))
    return violations


def arrange(problem: Problem) -> Result:
    """Seat everyone the constraints allow; see the module's documentation for the rules."""
    parties = _parties(problem)
    board = _Board(problem, parties)
    for person_id, index in problem.locked.items():
        if person_id in board.people:
            board.put(person_id, index)
    violations = _check_locked(board)
    search = _Search(board)
    unplaced: list[Unplaced] = []
    for unit in parties.units:
        for member in search.seat_unit(unit):
            unplaced.append(_reason_unplaced(board, member))
    _Improvement(board, parties.units).run()
    violations.extend(_check_locked_companions(board))
    seats = dict(board.seat)
    return Result(seats=seats, unplaced=unplaced, violations=violations,
                  inversions=count_inversions(problem, seats),
                  objective=objective(problem, seats))


def count_inversions(problem: Problem, seats: Mapping[int, int]) -> int:
    """Pairs of placed people where the junior sits in the better place although the two could
    change places: both sit in places of one kind (the same reservation and party), and neither
    sits where they do as someone's companion. Pairs kept apart by those rules (a secretary
    beside the guest, a host in the host's chair) are no inversion of precedence."""
    ids = {person.id for person in problem.people}
    by_kind: dict[tuple, list[int]] = defaultdict(list)
    for person in problem.people:
        if person.id in seats and person.companion_of not in ids:
            place = problem.places[seats[person.id]]
            by_kind[(place.reserve, place.party)].append(seats[person.id])
    size = len(problem.places) + 1
    inversions = 0
    for positions in by_kind.values():
        tree = [0] * (size + 1)
        for seen, position in enumerate(positions):
            index = position + 1
            better = 0
            while index > 0:
                better += tree[index]
                index -= index & -index
            inversions += seen - better
            index = position + 1
            while index <= size:
                tree[index] += 1
                index += index & -index
    return inversions


def seniorities(problem: Problem, parties: _Parties | None = None) -> dict[int, float]:
    """Each person's weight in the precedence term: (N - i) / N for the i-th of N in the order
    of precedence; a companion takes their guest's, because a companion sits where their guest's
    rank puts them. Otherwise a guest with a companion would be pushed back, since the place the
    companion takes costs every junior guest a place."""
    parties = parties or _parties(problem)
    count = len(problem.people) or 1
    own = {person.id: (count - rank) / count for rank, person in enumerate(problem.people)}
    return {person_id: own[parties.head[person_id].id] if person_id in parties.beside else weight
            for person_id, weight in own.items()}


def objective(problem: Problem, seats: Mapping[int, int]) -> float:
    """The weighted soft-goal cost of an assignment (module documentation)."""
    weights = problem.weights
    placed = [person for person in problem.people if person.id in seats]
    seniority = seniorities(problem)
    precedence = sum(seats[person.id] * seniority[person.id] for person in placed)
    delegation_tables: dict[str, set[int]] = defaultdict(set)
    delegation_size: dict[str, int] = defaultdict(int)
    organisation_count: dict[tuple[int, str], int] = defaultdict(int)
    table_size: dict[int, int] = defaultdict(int)
    for place in problem.places:
        if place.table is not None:
            table_size[place.table] += 1
    largest = max(table_size.values(), default=1)
    for person in placed:
        table = problem.places[seats[person.id]].table
        if table is None:
            continue
        if person.delegation:
            delegation_tables[person.delegation].add(table)
            delegation_size[person.delegation] += 1
        if person.organisation:
            organisation_count[(table, person.organisation)] += 1
    cohesion = sum(len(tables) - math.ceil(delegation_size[name] / largest)
                   for name, tables in delegation_tables.items())
    mix = sum(count - 1 for count in organisation_count.values()) \
        if problem.mix_organisations else 0
    return weights.precedence * precedence + weights.cohesion * cohesion + weights.mix * mix
