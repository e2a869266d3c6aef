"""Blocking: which stored members a new profile is scored against, so cost grows near-linearly.

A profile is filed under one key per day of its date range and per place block:

* fine places (with coordinates, a district or finer) under ``("cell", day, i, j)``, the
  CELL_DEGREES grid cell of its point, and coarse ones (governorate, country, no coordinates)
  under ``("coarse", day, country)``;
* every profile also under ``("all", day, country)``, where coarse profiles look.

A fine profile probes the 3 x 3 cells around its own (0.5 degree cells reach >= 55 km, a
district's scale) plus the coarse block of its country; a coarse profile probes every profile
of its country on those days. Days probed run from start - tolerance to end + tolerance, the
tolerance of the profile's own date precision (`score.DATE_TOLERANCE_DAYS`, the pair veto).

Ranges longer than LONG_RANGE_DAYS ("in January", "over two weeks") would otherwise be filed
under dozens of days: they go under ``("long", month, country)`` for each month they touch,
and every profile probes the ``long`` keys of the months it touches. For long ranges to find
the rest, every profile also files month keys: ``("month", month, country)``, and, like the
day keys, ``("month-cell", month, i, j)`` when fine or ``("month-coarse", month, country)``
when coarse. A long range with a fine place probes its own month cell and its country's
month-coarse block (not the 3 x 3 cells: over a month, a busy city's neighbouring cells hold
thousands of reports, and a month-vague report of a place 50 km off is rarely the same event);
only a long range with a coarse place probes the whole country's month.

Undated profiles get no keys: they are never linked.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable
from datetime import date

from eventwire.link.profile import LinkProfile
from eventwire.link.score import DATE_TOLERANCE_DAYS

CELL_DEGREES = 0.5
LONG_RANGE_DAYS = 14
FINE_PRECISIONS = frozenset({"neighbourhood", "town", "district"})
NO_COUNTRY = "?"


def is_fine(p: LinkProfile) -> bool:
    return p.lat is not None and p.lon is not None and p.geo_precision in FINE_PRECISIONS


def cell_of(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / CELL_DEGREES), math.floor(lon / CELL_DEGREES)


def is_long(p: LinkProfile) -> bool:
    return p.start is not None and p.end is not None and p.end - p.start > LONG_RANGE_DAYS


def months_between(start: int, end: int) -> list[int]:
    """Month numbers (year * 12 + month - 1) touched by a range of day ordinals."""
    first, last = date.fromordinal(start), date.fromordinal(end)
    return list(range(first.year * 12 + first.month - 1, last.year * 12 + last.month))


def _country(p: LinkProfile) -> str:
    return p.country or NO_COUNTRY


def _tolerance(p: LinkProfile) -> int:
    return DATE_TOLERANCE_DAYS.get(p.date_precision or "day", 3)


def index_keys(p: LinkProfile) -> list[Hashable]:
    """The blocks a profile is stored under."""
    if p.start is None or p.end is None:
        return []
    country = _country(p)
    months = months_between(p.start, p.end)
    keys: list[Hashable] = [("month", m, country) for m in months]
    if is_fine(p):
        assert p.lat is not None and p.lon is not None
        keys += [("month-cell", m, *cell_of(p.lat, p.lon)) for m in months]
    else:
        keys += [("month-coarse", m, country) for m in months]
    if is_long(p):
        keys += [("long", m, country) for m in months]
        return keys
    for day in range(p.start, p.end + 1):
        keys.append(("all", day, country))
        if is_fine(p):
            assert p.lat is not None and p.lon is not None
            keys.append(("cell", day, *cell_of(p.lat, p.lon)))
        else:
            keys.append(("coarse", day, country))
    return keys


def probe_keys(p: LinkProfile) -> list[Hashable]:
    """The blocks to look in for candidates."""
    if p.start is None or p.end is None:
        return []
    country = _country(p)
    tolerance = _tolerance(p)
    first, last = p.start - tolerance, p.end + tolerance
    months = months_between(first, last)
    keys: list[Hashable] = [("long", m, country) for m in months]
    if is_long(p):
        # Only the range's own months: a member dated outside a long range is a day or more
        # apart, and each day apart costs a pair more than any other evidence can give back
        # (score.PER_DAY_APART), so the tolerance would only add candidates that never join.
        own = months_between(p.start, p.end)
        if not is_fine(p):
            return keys + [("month", m, country) for m in own]
        assert p.lat is not None and p.lon is not None
        cell = cell_of(p.lat, p.lon)
        keys += [("month-cell", m, *cell) for m in own]
        return keys + [("month-coarse", m, country) for m in own]
    for day in range(first, last + 1):
        if is_fine(p):
            assert p.lat is not None and p.lon is not None
            i, j = cell_of(p.lat, p.lon)
            keys += [("cell", day, i + di, j + dj) for di in (-1, 0, 1) for dj in (-1, 0, 1)]
            keys.append(("coarse", day, country))
        else:
            keys.append(("all", day, country))
    return keys


class BlockIndex:
    """In-memory blocks of linked members, for evaluation, benchmarks and relinking."""

    def __init__(self) -> None:
        self._blocks: defaultdict[Hashable, list[str]] = defaultdict(list)
        self._members: dict[str, LinkProfile] = {}
        self._cluster: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._members)

    def add(self, cluster_id: str, p: LinkProfile) -> None:
        if p.id in self._members:
            raise ValueError(f"member {p.id!r} is already indexed")
        self._members[p.id] = p
        self._cluster[p.id] = cluster_id
        for k in index_keys(p):
            self._blocks[k].append(p.id)

    def move(self, member_id: str, to_cluster: str) -> None:
        if member_id not in self._members:
            raise KeyError(f"no member {member_id!r} in the index")
        self._cluster[member_id] = to_cluster

    def cluster_of(self, member_id: str) -> str:
        return self._cluster[member_id]

    def candidates(self, p: LinkProfile) -> list[tuple[str, LinkProfile]]:
        """(cluster id, member) pairs from the blocks p probes, sorted, without p itself."""
        found: set[str] = set()
        for k in probe_keys(p):
            block = self._blocks.get(k)
            if block:
                found.update(block)
        found.discard(p.id)
        ordered = sorted((self._cluster[m], m) for m in found)
        return [(cluster, self._members[m]) for cluster, m in ordered]
