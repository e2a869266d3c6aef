"""The one interface every incident store implements, and the values it speaks.

`Store` is a `typing.Protocol`, not a base class: a PostgreSQL/PostGIS backend only has to
provide these methods, and `batch`, `cli` and `serve` never learn which backend they hold.
Everything that crosses the boundary is a model record or a frozen dataclass from here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from types import TracebackType
from typing import Protocol, Self

from eventwire.errors import UsageError
from eventwire.model import Extraction, Incident, Report


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What `Store.save` did: ``new`` is False when the report's text was already stored,
    in which case ``report_id`` is the id it was stored under and nothing was added."""

    report_id: str
    new: bool
    incidents_added: int


@dataclass(frozen=True, slots=True)
class IncidentQuery:
    """Which incidents to list. Every filter is optional; given filters all apply (AND).

    ``since``/``until`` keep incidents whose date range overlaps [since, until], so an
    incident dated "August 2016" is found by ``since=2016-08-17``; undated incidents are
    left out as soon as either bound is given. ``near`` is ``(lat, lon, km)``: great-circle
    distance from the incident's location. Results come ordered by start date (undated
    last), then id, so pages are stable.
    """

    event_type: str | None = None
    sub_event_type: str | None = None
    since: date | None = None
    until: date | None = None
    near: tuple[float, float, float] | None = None
    report_id: str | None = None
    limit: int | None = None
    offset: int = 0

    def __post_init__(self) -> None:
        # Checked here, once, so that every backend can trust the values it gets.
        if self.limit is not None and self.limit < 0:
            raise UsageError(f"limit must be 0 or more (got {self.limit})")
        if self.offset < 0:
            raise UsageError(f"offset must be 0 or more (got {self.offset})")
        if self.since and self.until and self.since > self.until:
            raise UsageError(f"since ({self.since}) is after until ({self.until}); swap them")
        if self.near is not None:
            lat, lon, km = self.near
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise UsageError(f"near: ({lat}, {lon}) is not a latitude/longitude in degrees")
            if not km >= 0:  # also rejects NaN
                raise UsageError(f"near: radius must be 0 km or more (got {km})")


@dataclass(frozen=True, slots=True)
class Stats:
    """Counts over the whole store. ``fatalities``/``injuries`` sum the best estimates that
    are known; incidents without a figure add nothing."""

    reports: int
    incidents: int
    claims: int
    located: int
    dated: int
    first_date: date | None
    last_date: date | None
    fatalities: int
    injuries: int
    by_event_type: Mapping[str, int] = field(default_factory=dict)
    by_sub_event_type: Mapping[str, int] = field(default_factory=dict)
    by_country: Mapping[str, int] = field(default_factory=dict)


class Store(Protocol):
    """A database of reports and the incidents extracted from them."""

    def save(self, extraction: Extraction) -> SaveResult:
        """Store a report and its incidents in one transaction; all or nothing.

        A report whose content hash is already stored is skipped (``new=False``), so
        re-running a batch adds nothing. Raises `StoreError` when the report's id is taken
        by a different text, an incident id is already stored, or an incident cites a
        report that is not stored.
        """
        ...

    def get_report(self, report_id: str) -> Report:
        """The stored report; `NotFoundError` if there is none."""
        ...

    def get_incident(self, incident_id: str) -> Incident:
        """The stored incident, equal to the one saved; `NotFoundError` if there is none."""
        ...

    def incidents(self, query: IncidentQuery | None = None) -> list[Incident]:
        """Incidents matching ``query`` (all if None), in the order `IncidentQuery` states."""
        ...

    def count_incidents(self, query: IncidentQuery | None = None) -> int:
        """How many incidents match ``query``, ignoring its limit and offset."""
        ...

    def reports(self, *, limit: int | None = None, offset: int = 0) -> list[Report]:
        """Stored reports ordered by publication date (undated last), then id."""
        ...

    def stats(self) -> Stats: ...

    def replace_incidents(self, remove: Sequence[str], add: Sequence[Incident]) -> None:
        """In one transaction, delete the incidents ``remove`` and store ``add``.

        The hook for editing by hand: merge is ``replace_incidents([a, b], [merged])``,
        split is ``replace_incidents([x], [x1, x2])``. Every id in ``remove`` must exist
        (`NotFoundError`); nothing changes if any check fails.
        """
        ...

    def replace_incident(self, incident: Incident) -> None:
        """Overwrite the stored incident with the same id (`NotFoundError` if none)."""
        ...

    def delete_incident(self, incident_id: str) -> None:
        """Delete one incident and its claims (`NotFoundError` if none); reports stay."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
