"""`LinkProfile`s for the scoring, blocking and linker tests (imported by name, not a conftest):
one base profile (a day in Aleppo's Qaterji) and `make` for variations of it.

Profiles are the linker's flat view, built here directly. The pydantic records (incidents,
reports, claims) the reconciliation, contradiction, independence and grade tests need come
from conftest.py's `make` fixture instead; the two build different things."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from eventwire.link import LinkProfile

DAY = date(2016, 8, 18).toordinal()
BASE = LinkProfile(
    id="a",
    event_type="explosions_remote_violence",
    sub_event_type="air_drone_strike",
    start=DAY,
    end=DAY,
    date_precision="day",
    lat=36.2236,
    lon=37.1744,
    geo_precision="neighbourhood",
    country="SY",
    admin1="aleppo",
    place_key="qaterji",
    perpetrators=frozenset({"russia"}),
    targets=frozenset(),
    victim_names=frozenset(),
    killed=1,
    injured=5,
    shingles=frozenset(),
    reports=frozenset({"r-a"}),
    sources=frozenset({"src-a"}),
)


def make(**changes: Any) -> LinkProfile:
    """The base profile with changes; a new id also gets its own report and source."""
    if "id" in changes:
        changes.setdefault("reports", frozenset({f"r-{changes['id']}"}))
        changes.setdefault("sources", frozenset({f"src-{changes['id']}"}))
    return replace(BASE, **changes)
