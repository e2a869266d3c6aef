"""The one interface every incident store implements, and the values it speaks.

`Store` is a `typing.Protocol`, not a base class: a PostgreSQL/PostGIS backend only has to
provide these methods, and `batch`, `cli` and `serve` never learn which backend they hold.
Everything that crosses the boundary is a model record or a frozen dataclass from here.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from types import TracebackType
from typing import Protocol, Self

from eventwire.errors import UsageError
from eventwire.model import Extraction, Grade, Incident, Report


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What `Store.save` did: ``new`` is False when the report's text was already stored,
    in which case ``report_id`` is the id it was stored under and nothing was added.
    ``incidents_added`` counts new incidents, ``incidents_linked`` the report's incidents
    that joined one already stored."""

    report_id: str
    new: bool
    incidents_added: int
    incidents_linked: int = 0


@dataclass(frozen=True, slots=True)
class LinkDecisions:
    """A person's decisions between members (per-report incidents): pairs to keep
    together (merges) and pairs to keep apart (splits). Each pair is a frozenset of two ids."""

    must: frozenset[frozenset[str]] = frozenset()
    cannot: frozenset[frozenset[str]] = frozenset()


LinkWindow = tuple[date, date, tuple[float, float, float, float] | None]
"""Where a matching member must lie: first and last day, and a box (min_lat, max_lat,
min_lon, max_lon) its point must be in, or None for anywhere. Members placed only coarsely
(governorate, country) or not at all are candidates wherever the box is."""


class Linking(Protocol):
    """How a store links each new per-report incident (a *member*) to the stored ones.

    The store owns the data and the transaction; the linker owns the judgement. It is
    given as a value (``eventwire.link.IncrementalLinker`` implements it) so that the
    store never imports the link stage.
    """

    def window(self, member: Incident) -> LinkWindow | None:
        """Where and when a matching member must lie; None: never link it."""
        ...

    def choose(
        self,
        member: Incident,
        candidates: Sequence[tuple[str, Incident]],
        cannot_link: Collection[frozenset[str]],
    ) -> str | None:
        """The incident id ``member`` joins, among (incident id, stored member) candidates
        (every member of each incident with a member in the window), or None to start a new
        incident."""
        ...

    def combine(
        self, incident_id: str, members: Sequence[Incident], reports: Mapping[str, Report]
    ) -> Incident:
        """The linked incident made of ``members`` (in arrival order)."""
        ...


@dataclass(frozen=True, slots=True)
class IncidentQuery:
    """Which incidents to list. Every filter is optional; given filters all apply (AND).

    ``since``/``until`` keep incidents whose date range overlaps [since, until], so an
    incident dated "August 2016" is found by ``since=2016-08-17``; undated incidents are
    left out as soon as either bound is given. ``near`` is ``(lat, lon, km)``: great-circle
    distance from the incident's location. ``grade`` keeps one corroboration grade,
    ``disputed`` the incidents with at least one flagged disagreement. Results come ordered
    by start date (undated last), then id, so pages are stable.
    """

    event_type: str | None = None
    sub_event_type: str | None = None
    since: date | None = None
    until: date | None = None
    near: tuple[float, float, float] | None = None
    report_id: str | None = None
    grade: Grade | None = None
    disputed: bool = False  # only incidents where sources disagree
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

    def save(self, extraction: Extraction, linking: Linking | None = None) -> SaveResult:
        """Store a report and its incidents in one transaction; all or nothing.

        Each of the report's incidents is kept as a member. Without ``linking`` each is
        stored as its own incident, exactly as given; with it, each either joins the
        stored incident ``linking.choose`` picks (which is then rebuilt by
        ``linking.combine``) or starts a new one. A report whose content hash is already
        stored is skipped (``new=False``), so re-running a batch adds nothing. Raises
        `StoreError` when the report's id is taken by a different text, an incident id is
        already stored, or an incident cites a report that is not stored.
        """
        ...

    def members(self, incident_id: str) -> list[Incident]:
        """The per-report incidents linked into ``incident_id``, in arrival order."""
        ...

    def member_history(self) -> list[tuple[str, Incident]]:
        """Every (incident id, member) in arrival order: what relinking replays."""
        ...

    def link_decisions(self) -> LinkDecisions: ...

    def merge(self, keep: str, other: str, linking: Linking) -> Incident:
        """Move every member of ``other`` into ``keep``, remember the decision, rebuild
        ``keep`` and delete ``other``. `NotFoundError` for an unknown id, `UsageError` for
        an incident merged with itself; nothing changes on error."""
        ...

    def split(self, incident_id: str, report_ids: Collection[str], linking: Linking) -> Incident:
        """Move the members from ``report_ids`` out of ``incident_id`` into a new incident
        (returned), remember that they stay apart, and rebuild both. `UsageError` when the
        incident has one report, when a report is not among its reports, or when every
        report would move; nothing changes on error."""
        ...

    def regroup(self, assignment: Mapping[str, str], linking: Linking) -> int:
        """Rebuild every linked incident from ``assignment`` (member id -> incident id,
        every stored member once), in one transaction; returns how many incidents there
        are now. Used by relinking."""
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

    def replace_incident(self, incident: Incident) -> None:
        """Overwrite the stored incident with the same id (`NotFoundError` if none); its
        members stay as they are."""
        ...

    def delete_incident(self, incident_id: str) -> None:
        """Delete one incident, its claims and its members (`NotFoundError` if none);
        reports stay."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
