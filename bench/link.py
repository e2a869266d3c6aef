"""Linking at scale: `link_all` over 10k, 100k and 1M synthetic per-report incidents.

    python bench/link.py [--sizes 10000 100000 1000000] [--period-days 365] [--json]

Each size runs in a fresh child process, so its peak RSS is its own. The child generates the
stream (bench/synthetic_incidents.py: 150 incidents a day worldwide, so a larger N is a longer
period; --period-days packs every N into a fixed period instead), then times one
`link_all` over the profiles in arrival order; generation is not timed. Reported per size:

* time per record (µs, wall clock and CPU time: the CPU figure is steadier on a shared
  machine) and records per second of `link_all` alone;
* peak RSS of the child (`resource.getrusage().ru_maxrss`: the generated stream, the
  linker's block index and its result together) and the RSS just before linking, so the
  difference is roughly what linking holds;
* mean candidates per record: blocking replayed into a fresh `BlockIndex` with the linker's
  assignments, asking `candidates` for every k-th record (the same blocks `link_all` saw),
  split by profile kind (fine place, coarse place, long date range);
* pairwise precision and recall against the generator's truth: a check that the bench links
  something, not a quality claim (the hot spots are dense: a dozen incidents a day in Aleppo).

The ratio of CPU time per record at the largest size to the smallest is the issue #4 target
(<= 1.5).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections import Counter
from typing import Any

from eventwire.evaluate.clustering import pairwise
from eventwire.link.blocking import BlockIndex, is_fine, is_long
from eventwire.link.linker import link_all
from eventwire.link.profile import LinkProfile
from synthetic_incidents import INCIDENTS_PER_DAY, MEAN_REPORTS, period_for, synthetic_stream

DEFAULT_SIZES = (10_000, 100_000, 1_000_000)
CANDIDATE_SAMPLES = 20_000  # records whose candidates are counted, spread over the stream


def current_rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def kind_of(p: LinkProfile) -> str:
    if p.start is None:
        return "undated"
    if is_long(p):
        return "long"
    return "fine" if is_fine(p) else "coarse"


def candidate_counts(
    profiles: list[LinkProfile], assigned: dict[str, str], every: int
) -> dict[str, Any]:
    """Blocking replayed as link_all ran it; candidates counted on every `every`-th record."""
    index = BlockIndex()
    totals: Counter[str] = Counter()
    sampled: Counter[str] = Counter()
    seconds = 0.0
    for i, p in enumerate(profiles):
        if i % every == 0:
            kind = kind_of(p)
            t0 = time.perf_counter()
            found = index.candidates(p) if p.start is not None else []
            seconds += time.perf_counter() - t0
            totals[kind] += len(found)
            sampled[kind] += 1
        index.add(assigned[p.id], p)
    n = sum(sampled.values())
    return {
        "mean": round(sum(totals.values()) / n, 1),
        "by_kind": {
            k: {"share": round(sampled[k] / n, 3), "mean": round(totals[k] / sampled[k], 1)}
            for k in sorted(sampled)
        },
        "blocking_us_per_record": round(seconds / n * 1e6, 1),
    }


def run_one(
    n: int, *, seed: int, incidents_per_day: float, period_days: int | None
) -> dict[str, Any]:
    t0 = time.perf_counter()
    profiles, truth = synthetic_stream(
        n, seed=seed, incidents_per_day=incidents_per_day, period_days=period_days
    )
    generate_s = time.perf_counter() - t0
    rss_before = current_rss_mb()
    t0, cpu0 = time.perf_counter(), time.process_time()
    assigned = link_all(profiles)
    link_s, cpu_s = time.perf_counter() - t0, time.process_time() - cpu0
    peak = peak_rss_mb()
    quality = pairwise(assigned, truth)
    candidates = candidate_counts(profiles, assigned, max(1, n // CANDIDATE_SAMPLES))
    return {
        "records": n,
        "incidents_true": len(set(truth.values())),
        "incidents_linked": len(set(assigned.values())),
        "period_days": period_days or period_for(n, incidents_per_day),
        "generate_s": round(generate_s, 1),
        "link_s": round(link_s, 2),
        "us_per_record": round(link_s / n * 1e6, 1),
        "cpu_us_per_record": round(cpu_s / n * 1e6, 1),
        "records_per_s": round(n / link_s),
        "rss_before_link_mb": round(rss_before),
        "peak_rss_mb": round(peak),
        "candidates_per_record": candidates,
        "pairwise_precision": round(quality.precision, 3),
        "pairwise_recall": round(quality.recall, 3),
    }


def run_child(n: int, args: argparse.Namespace) -> dict[str, Any]:
    command = [sys.executable, __file__, "--one", str(n), "--seed", str(args.seed)]
    command += ["--incidents-per-day", str(args.incidents_per_day)]
    if args.period_days:
        command += ["--period-days", str(args.period_days)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def table(results: list[dict[str, Any]]) -> str:
    head = "| records | days | µs/record (CPU) | µs/record (wall) | records/s | candidates/record | peak RSS MB | RSS before link MB | pairwise P / R |"
    rows = [head, "|" + "---|" * 9]
    for r in results:
        rows.append(
            f"| {r['records']:,} | {r['period_days']:,} | {r['cpu_us_per_record']:,.0f} | {r['us_per_record']:,.0f} "
            f"| {r['records_per_s']:,} "
            f"| {r['candidates_per_record']['mean']} | {r['peak_rss_mb']:,} | {r['rss_before_link_mb']:,} "
            f"| {r['pairwise_precision']:.2f} / {r['pairwise_recall']:.2f} |"
        )
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--incidents-per-day", type=float, default=INCIDENTS_PER_DAY)
    parser.add_argument(
        "--period-days",
        type=int,
        default=None,
        help="Pack every size into this many days (adversarial).",
    )
    parser.add_argument("--json", action="store_true", help="Print JSON instead of a table.")
    parser.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)  # the child's size
    args = parser.parse_args()

    if args.one is not None:
        result = run_one(
            args.one,
            seed=args.seed,
            incidents_per_day=args.incidents_per_day,
            period_days=args.period_days,
        )
        print(json.dumps(result))
        return

    results = []
    for n in args.sizes:
        results.append(run_child(n, args))
        if not args.json:
            print(
                f"{n:,} records: {results[-1]['cpu_us_per_record']} CPU µs/record",
                file=sys.stderr,
                flush=True,
            )
    summary = {
        "setting": (
            f"{args.period_days} days fixed"
            if args.period_days
            else f"{args.incidents_per_day:g} incidents/day x {MEAN_REPORTS:.2f} reports each"
        ),
        "ratio_largest_to_smallest": round(
            results[-1]["us_per_record"] / results[0]["us_per_record"], 2
        ),
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "results": results,
    }
    if args.json:
        print(json.dumps(summary, indent=2))
        return
    print(f"setting: {summary['setting']}; {summary['machine']}, Python {summary['python']}")
    print(table(results))
    print(
        f"CPU time per record, {results[-1]['records']:,} vs {results[0]['records']:,}: x{summary['ratio_largest_to_smallest']}"
    )
    for r in results:
        by_kind = ", ".join(
            f"{k} {v['share']:.0%} x {v['mean']}"
            for k, v in r["candidates_per_record"]["by_kind"].items()
        )
        print(f"{r['records']:,}: candidates by kind (share x mean): {by_kind}")


if __name__ == "__main__":
    main()
