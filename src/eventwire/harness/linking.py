"""Linking runs: MAVERICK's report-level records clustered into incidents by `link_all`.

Records are linked in a fixed order (by end date, then record id) from their fields alone
(`evaluate.maverick` reads them into incidents) and the clusters scored against the coders'
``event_id`` with `evaluate.clustering` (pairwise and B-cubed), on the whole file and on each
country separately: the weights were set on Côte d'Ivoire, so Kenya is the check.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from pathlib import Path
from typing import Any

from eventwire.evaluate.clustering import b_cubed, pairwise
from eventwire.evaluate.maverick import load_maverick
from eventwire.evaluate.metrics import Score, ScoreTable
from eventwire.link import LinkProfile, link_all, profile_of
from eventwire.model import Incident

PAIRWISE_F1_TARGET = 0.90
COUNTRIES = ("CI", "KE")
EXAMPLES = 5  # worst merges and splits kept in the details


def arrival_order(records: Sequence[tuple[Incident, str]]) -> list[tuple[Incident, str]]:
    """By end date, then id: the order reports of a conflict would arrive in. A report is
    written once the days it tells are over, so the end date stands in for the publication
    date, which MAVERICK gives but sometimes wrongly (a 2017 event "published" 2023-01-01).
    Ordering by start date let a record of a fortnight ("23 Nov to 7 Dec") arrive first and
    seed the incident that the day's reports then split around (pairwise F1 0.682, not 0.697)."""
    return sorted(records, key=lambda r: (_end(r[0]), r[0].id))


def _end(incident: Incident) -> int:
    # records without a date (none in MAVERICK) go first; the linker never links them
    return incident.date.end.toordinal() if incident.date else 0


def link_records(records: Sequence[tuple[Incident, str]]) -> dict[str, str]:
    """Member id -> cluster id for the records, linked in arrival order."""
    return link_all(profile_of(incident) for incident, _ in arrival_order(records))


def _label(p: LinkProfile, gold: str) -> str:
    return f"{gold} {p.id[:8]}"


def _worst(
    grouping: dict[str, str], other: dict[str, str], describe: dict[str, str]
) -> list[dict[str, Any]]:
    """Groups of `grouping` spread over the most labels of `other`, with their members."""
    groups: defaultdict[str, list[str]] = defaultdict(list)
    for item, label in grouping.items():
        groups[label].append(item)
    spread = sorted(
        groups.items(), key=lambda g: (-len({other[i] for i in g[1]}), -len(g[1]), g[0])
    )
    out = []
    for label, items in spread[:EXAMPLES]:
        parts = Counter(other[i] for i in items)
        if len(parts) < 2:
            break
        out.append(
            {
                "group": label,
                "split_over": len(parts),
                "members": [describe[i] for i in sorted(items)][:12],
            }
        )
    return out


def _scores(
    table: ScoreTable, predicted: dict[str, str], gold: dict[str, str], suffix: str
) -> None:
    # the scorers take Mapping[Hashable, Hashable], which is invariant in its key type
    pred: dict[Hashable, Hashable] = {k: v for k, v in predicted.items()}
    truth: dict[Hashable, Hashable] = {k: v for k, v in gold.items()}
    pair = pairwise(pred, truth)
    cubed = b_cubed(pred, truth)
    target = PAIRWISE_F1_TARGET if not suffix else None
    n = f"{len(gold)} records"
    table.add(Score(f"pairwise F1{suffix}", pair.f1, n, target))
    table.add(Score(f"pairwise precision{suffix}", pair.precision, n))
    table.add(Score(f"pairwise recall{suffix}", pair.recall, n))
    table.add(Score(f"B3 F1{suffix}", cubed.f1, n))


def score_linking(records: Sequence[tuple[Incident, str]], predicted: dict[str, str]) -> ScoreTable:
    table = ScoreTable("maverick")
    gold = {incident.id: event for incident, event in records}
    _scores(table, predicted, gold, "")
    for country in COUNTRIES:
        ids = {i.id for i, _ in records if i.location and i.location.country_code == country}
        _scores(
            table,
            {i: predicted[i] for i in ids},
            {i: gold[i] for i in ids},
            f" ({country})",
        )
    describe = {
        i.id: f"{event} {i.date.start if i.date else '?'} {i.location.name if i.location else '?'}: {i.summary or ''}"[
            :140
        ]
        for i, event in records
    }
    table.details["worst merges"] = _worst(predicted, gold, describe)
    table.details["worst splits"] = _worst(gold, predicted, describe)
    table.details["clusters"] = len(set(predicted.values()))
    table.details["gold events"] = len(set(gold.values()))
    return table


def maverick_scores(path: Path) -> ScoreTable:
    """``path``: maverick_event_report.csv."""
    records = load_maverick(path)
    return score_linking(records, link_records(records))
