"""Linking as a store uses it: one member at a time, against the stored members of its days.

`IncrementalLinker` is what `Store.save(extraction, linking)` is given (it satisfies the
store's `Linking` protocol by shape; this package does not import the store). The store
finds the members dated within `window` and hands them over with the incident each belongs
to; `choose` scores them (`linker.choose`) and `combine` rebuilds the incident
(`reconcile.reconcile`). `assign` replays a whole member history for relinking, honouring
a person's merges and splits.

Two incidents told by one report are never linked to each other here: extraction already
decided they are distinct, so an incident holding a member of the same report is no
candidate.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date, timedelta

from eventwire.link.blocking import is_fine
from eventwire.link.linker import DEFAULT_THRESHOLD, choose, link_all
from eventwire.link.profile import LinkProfile, profile_of
from eventwire.link.reconcile import reconcile
from eventwire.link.score import PLACE_SCALE_KM
from eventwire.model import Incident, Report

# How far apart two reports' dates of one incident may be. Day-precise dates of one event
# differ by a day when one report counts from the night before ('late on Wednesday' vs
# 'Thursday'); more is another event or a slip the pair score has to weigh.
WINDOW_DAYS = 3
# How far a finely placed member may lie: beyond four times a district's scale the pair
# score counts two places as far apart (score.FAR_APART), so farther members never join.
WINDOW_KM = 4 * PLACE_SCALE_KM["district"]
KM_PER_DEGREE = 111.2
# Profiles kept between saves (a few KB each): the members of a busy week's windows.
PROFILE_CACHE_SIZE = 100_000


class IncrementalLinker:
    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        # Members are immutable once stored, so their profiles can be kept by id.
        self._profiles: dict[str, LinkProfile] = {}

    def profile(self, member: Incident) -> LinkProfile:
        found = self._profiles.get(member.id)
        if found is None:
            if len(self._profiles) >= PROFILE_CACHE_SIZE:
                self._profiles.clear()  # a long ingest: start again rather than grow unbounded
            found = self._profiles[member.id] = profile_of(member)
        return found

    def window(
        self, member: Incident
    ) -> tuple[date, date, tuple[float, float, float, float] | None] | None:
        """The days around the member's, and for a finely placed member a box around its
        point (coarse and unplaced stored members are candidates wherever they are)."""
        if member.date is None:
            return None
        pad = timedelta(days=WINDOW_DAYS)
        start, end = member.date.start - pad, member.date.end + pad
        profile = self.profile(member)
        if not is_fine(profile) or profile.lat is None or profile.lon is None:
            return start, end, None
        dlat = WINDOW_KM / KM_PER_DEGREE
        dlon = dlat / max(math.cos(math.radians(profile.lat)), 0.1)
        box = (profile.lat - dlat, profile.lat + dlat, profile.lon - dlon, profile.lon + dlon)
        return start, end, box

    def choose(
        self,
        member: Incident,
        candidates: Sequence[tuple[str, Incident]],
        cannot_link: Collection[frozenset[str]],
    ) -> str | None:
        own_reports = set(member.reports)
        decision = choose(
            self.profile(member),
            [(cid, self.profile(other)) for cid, other in candidates],
            threshold=self.threshold,
            cannot_link=cannot_link,
            forbidden_clusters={c for c, other in candidates if own_reports & set(other.reports)},
            cluster_sizes=Counter(cid for cid, _ in candidates),
        )
        return decision.cluster_id

    def combine(
        self, incident_id: str, members: Sequence[Incident], reports: Mapping[str, Report]
    ) -> Incident:
        return reconcile(incident_id, members, reports)

    def assign(
        self,
        history: Iterable[Incident],
        *,
        must_link: Collection[frozenset[str]] = (),
        cannot_link: Collection[frozenset[str]] = (),
    ) -> dict[str, str]:
        """Member id -> incident id for a whole history replayed in arrival order
        (`link_all`, which keeps members of one report apart, as `choose` does here)."""
        return link_all(
            [self.profile(m) for m in history],
            threshold=self.threshold,
            must_link=must_link,
            cannot_link=cannot_link,
        )
