"""Linking as `eventwire ingest` does it: every report saved to a SQLite store with linking.

    python bench/link_store.py [--sizes 5000 20000 50000] [--json]

`bench/link.py` times the linker over profiles in memory; this times the whole store path
per report: the window query (days and a box around a finely placed member), reading the
candidate members' JSON, scoring, rebuilding the joined incident (reconciliation,
contradictions, grade) and writing it, one transaction per report. The stream is the same
synthetic one (bench/synthetic_incidents.py), each profile turned into a one-incident report
(no text: the text-similarity evidence is absent here). Each size runs in a fresh process
on a fresh database file in a temporary directory.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.link import IncrementalLinker, LinkProfile
from eventwire.model import (
    SUB_EVENT_TYPES,
    Actor,
    ActorRole,
    Claim,
    Count,
    DatePrecision,
    DateRange,
    Extraction,
    GeoPrecision,
    Incident,
    Place,
    Report,
    Source,
)
from eventwire.store import SQLiteStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic_incidents import synthetic_stream


def as_extraction(p: LinkProfile) -> Extraction:
    """The profile as the one-incident report extraction would have made of it."""
    report_id = min(p.reports)
    day = DateRange(
        start=date.fromordinal(p.start or 1),
        end=date.fromordinal(p.end or 1),
        precision=DatePrecision(p.date_precision or "day"),
    )
    place = (
        None
        if p.lat is None or p.lon is None
        else Place(
            name=p.place_key or "somewhere",
            lat=p.lat,
            lon=p.lon,
            country_code=p.country,
            admin1=p.admin1,
            precision=GeoPrecision(p.geo_precision or "country"),
        )
    )
    source = Source(name=min(p.sources) if p.sources else "the report", kind="outlet")
    quote = f"{p.sub_event_type} reported."
    incident = Incident(
        id=p.id,
        event_type=SUB_EVENT_TYPES[p.sub_event_type],
        sub_event_type=p.sub_event_type,
        date=day if p.start is not None else None,
        location=place,
        fatalities=None if p.killed is None else Count(low=p.killed, best=p.killed, high=p.killed),
        actors=[
            Actor(text=a, normalized=a, role=ActorRole.PERPETRATOR) for a in sorted(p.perpetrators)
        ],
        claims=[
            Claim(
                field="event_type",
                value={
                    "event_type": SUB_EVENT_TYPES[p.sub_event_type],
                    "sub_event_type": p.sub_event_type,
                },
                source=source,
                report_id=report_id,
                quote=quote,
                start=0,
                end=len(quote),
            )
        ],
        reports=[report_id],
    )
    report = Report(
        id=report_id, text=f"{report_id}: {quote}", published=day.end, outlet=source.name
    )
    return Extraction(report=report, incidents=[incident])


def run_one(n: int) -> dict[str, Any]:
    profiles, _ = synthetic_stream(n)
    extractions = [as_extraction(p) for p in profiles]
    linker = IncrementalLinker()
    with tempfile.TemporaryDirectory() as tmp, SQLiteStore(Path(tmp) / "bench.db") as store:
        cpu0, wall0 = time.process_time(), time.perf_counter()
        linked = 0
        for ex in extractions:
            linked += store.save(ex, linker).incidents_linked
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        incidents = store.count_incidents()
    return {
        "records": n,
        "cpu_us_per_record": 1e6 * cpu / n,
        "wall_us_per_record": 1e6 * wall / n,
        "linked": linked,
        "incidents": incidents,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000, 50000])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child)))
        return
    rows = []
    for n in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(n)],
            check=True,
            capture_output=True,
            text=True,
        )
        rows.append(json.loads(out.stdout))
        print(f"{n:,} reports: {rows[-1]['cpu_us_per_record']:.0f} CPU µs/report", file=sys.stderr)
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print("| reports | µs/report (CPU) | µs/report (wall) | linked | incidents | peak RSS MB |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['records']:,} | {r['cpu_us_per_record']:,.0f} | {r['wall_us_per_record']:,.0f} "
            f"| {r['linked']:,} | {r['incidents']:,} | {r['peak_rss_mb']:,.0f} |"
        )
    first, last = rows[0], rows[-1]
    ratio = last["cpu_us_per_record"] / first["cpu_us_per_record"]
    print(f"CPU time per report, {last['records']:,} vs {first['records']:,}: x{ratio:.2f}")


if __name__ == "__main__":
    main()
