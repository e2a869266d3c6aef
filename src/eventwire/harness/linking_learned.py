"""How far MAVERICK's record fields can carry a linker: a learned pair model, measured generously.

The hand-weighted linker (`eventwire.link`) reaches pairwise F1 about 0.70 on MAVERICK
against a target of 0.90. This run asks whether better weights could close that gap, or
whether the fields themselves do not tell the events apart. A gradient-boosted classifier
(scikit-learn, dev/train extra) learns "same event" over every pair of records of one
country within `MAX_GAP_DAYS`, from the features of `pair_features` (every field
`evaluate.maverick` reads: dates, coordinates and precision, place name, outlet and its kind,
actor ids by role, counts, type and the headline's words). Its out-of-fold probabilities are
clustered in one batch by average linkage (scipy), which an incremental linker cannot do,
and cut at each threshold of `THRESHOLDS`; the best cut is reported, chosen on the test folds
themselves. Every choice here favours the model, so its figure is a ceiling for what these
fields support, not a fair rival:

* ``records`` — folds of pairs grouped by their earlier record only: test pairs share records,
  days and events with training pairs (leaky on purpose: the most the fields could give);
* ``periods`` — folds by two-month period: the model has not seen the election it is tested on;
* ``countries`` — trained on Côte d'Ivoire, tested on Kenya, and the other way round.

Pairs no fold scores (other countries, further apart, or two records of one article) sit at
the largest distance, as the linker's blocking treats them: they pull a cluster's mean down
but, unlike in `link_all`, do not forbid it, so one article's records may still meet in a
cluster here (one more advantage to the model).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.errors import UsageError
from eventwire.evaluate.clustering import pairwise
from eventwire.evaluate.maverick import load_maverick
from eventwire.evaluate.metrics import Score, ScoreTable
from eventwire.link import LinkProfile, profile_of
from eventwire.link.profile import jaccard
from eventwire.link.score import PRECISION_ORDER, day_gap
from eventwire.model import Incident, km_between

MAX_GAP_DAYS = 20  # beyond this no MAVERICK event has two records a linker could hope to join
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
FOLDS = 5
PERIOD_DAYS = 61
SCHEMES = ("records", "periods", "countries")
PRECISION_RANK = {precision: rank for rank, precision in enumerate(PRECISION_ORDER)}
COUNTRY_RANK = PRECISION_RANK["country"]
FEATURES = (
    "day gap",
    "start days apart",
    "end days apart",
    "range days, summed",
    "km apart (-1: a country-level place)",
    "finer precision",
    "coarser precision",
    "same place name",
    "same outlet",
    "same kind of source",
    "headline overlap",
    "actor overlap",
    "perpetrator overlap",
    "target overlap",
    "same sub-event type",
    "same event type",
    "fewer killed",
    "more killed",
    "same killed",
    "same injured",
)


@dataclass(frozen=True, slots=True)
class Record:
    """What the features read of one MAVERICK record."""

    profile: LinkProfile
    actors: frozenset[str]
    outlet: str
    source_kind: str


def _record(incident: Incident) -> Record:
    claim = incident.claims[0] if incident.claims else None
    return Record(
        profile=profile_of(incident),
        actors=frozenset(a.normalized for a in incident.actors if a.normalized),
        outlet=claim.source.name if claim else "",
        source_kind=claim.source.kind if claim else "",
    )


def _overlap(a: frozenset[Any], b: frozenset[Any]) -> float:
    return jaccard(a, b) if a or b else -1.0


def _figure(value: int | None) -> float:
    return -1.0 if value is None else float(value)


def pair_features(a: Record, b: Record) -> list[float]:
    """The features of FEATURES, in order, for two dated records."""
    p, q = a.profile, b.profile
    assert p.start is not None and p.end is not None and q.start is not None and q.end is not None
    ranks = sorted(PRECISION_RANK.get(x.geo_precision or "country", COUNTRY_RANK) for x in (p, q))
    km = -1.0
    if (
        ranks[1] < COUNTRY_RANK
        and p.lat is not None
        and p.lon is not None
        and q.lat is not None
        and q.lon is not None
    ):
        km = km_between(p.lat, p.lon, q.lat, q.lon)
    killed = sorted((_figure(p.killed), _figure(q.killed)))
    return [
        float(day_gap(p, q)),
        float(abs(p.start - q.start)),
        float(abs(p.end - q.end)),
        float(p.end - p.start + q.end - q.start),
        km,
        float(ranks[0]),
        float(ranks[1]),
        float(bool(p.place_key) and p.place_key == q.place_key),
        float(a.outlet == b.outlet),
        float(a.source_kind == b.source_kind),
        jaccard(p.shingles, q.shingles),
        _overlap(a.actors, b.actors),
        _overlap(p.perpetrators, q.perpetrators),
        _overlap(p.targets, q.targets),
        float(p.sub_event_type == q.sub_event_type),
        float(p.event_type == q.event_type),
        killed[0],
        killed[1],
        float(p.killed is not None and p.killed == q.killed),
        float(p.injured is not None and p.injured == q.injured),
    ]


def candidate_pairs(records: Sequence[Record]) -> list[tuple[int, int]]:
    """Index pairs of dated records of one country within MAX_GAP_DAYS, not of one article."""
    dated = sorted(
        (r.profile.start, i) for i, r in enumerate(records) if r.profile.start is not None
    )
    out: list[tuple[int, int]] = []
    for k, (_, i) in enumerate(dated):
        p = records[i].profile
        assert p.end is not None
        for later_start, j in dated[k + 1 :]:
            if later_start - p.end > MAX_GAP_DAYS:
                break
            q = records[j].profile
            if p.country != q.country or p.reports & q.reports:
                continue
            if day_gap(p, q) <= MAX_GAP_DAYS:
                out.append((min(i, j), max(i, j)))
    return out


def _folds(
    scheme: str, pairs: Sequence[tuple[int, int]], records: Sequence[Record]
) -> list[tuple[list[int], list[int]]]:
    """(train, test) index lists of `pairs` for one scheme."""
    if scheme == "countries":
        country = [records[i].profile.country for i, _ in pairs]
        names = sorted({c for c in country if c})
        return [
            (
                [k for k, c in enumerate(country) if c != name],
                [k for k, c in enumerate(country) if c == name],
            )
            for name in names
        ]
    if scheme == "records":
        group = [zlib.crc32(str(i).encode()) % FOLDS for i, _ in pairs]
    else:
        group = [(records[i].profile.start or 0) // PERIOD_DAYS % FOLDS for i, _ in pairs]
    return [
        (
            [k for k, g in enumerate(group) if g != fold],
            [k for k, g in enumerate(group) if g == fold],
        )
        for fold in range(FOLDS)
    ]


def _average_linkage(n: int, probability: dict[tuple[int, int], float], cut: float) -> list[int]:
    """Cluster labels of n records: batch average linkage over 1 - probability, unscored
    pairs at distance 1, cut where the mean probability falls below `cut`."""
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage

    distance = np.ones(n * (n - 1) // 2)
    for (i, j), p in probability.items():
        # condensed index of (i, j), i < j, in scipy's row-major upper triangle
        distance[n * i - i * (i + 1) // 2 + (j - i - 1)] = 1.0 - p
    tree = linkage(distance, method="average")
    return [int(label) for label in fcluster(tree, t=1.0 - cut + 1e-9, criterion="distance")]


def learned_ceiling(
    records_with_gold: Sequence[tuple[Incident, str]],
    *,
    schemes: Sequence[str] = SCHEMES,
    on_progress: Callable[[str], None] = lambda what: None,
) -> ScoreTable:
    try:
        import numpy as np
        from sklearn.ensemble import HistGradientBoostingClassifier
    except ImportError as err:  # pragma: no cover - the dev and train extras bring them
        raise UsageError(
            "the learned ceiling needs scikit-learn: pip install 'eventwire[train]'"
        ) from err
    records = [_record(incident) for incident, _ in records_with_gold]
    gold = [event for _, event in records_with_gold]
    pairs = candidate_pairs(records)
    features = np.array([pair_features(records[i], records[j]) for i, j in pairs])
    same = np.array([gold[i] == gold[j] for i, j in pairs])
    truth: dict[Hashable, Hashable] = dict(enumerate(gold))
    table = ScoreTable("maverick-learned")
    table.details["candidate pairs"] = len(pairs)
    table.details["gold pairs among them"] = int(same.sum())
    table.details["features"] = list(FEATURES)
    for scheme in schemes:
        probability = np.zeros(len(pairs))
        scored = np.zeros(len(pairs), dtype=bool)
        for train, test in _folds(scheme, pairs, records):
            if not train or not test or same[train].all() or not same[train].any():
                continue
            model = HistGradientBoostingClassifier(random_state=0)
            model.fit(features[train], same[train])
            probability[test] = model.predict_proba(features[test])[:, 1]
            scored[test] = True
        by_pair = {pairs[k]: float(probability[k]) for k in range(len(pairs)) if scored[k]}
        best: tuple[float, float, float, float] | None = None
        for cut in THRESHOLDS:
            labels = _average_linkage(len(records), by_pair, cut)
            score = pairwise(dict(enumerate(labels)), truth)
            if best is None or score.f1 > best[0]:
                best = (score.f1, score.precision, score.recall, cut)
        assert best is not None
        f1, precision, recall, cut = best
        n = f"{len(records)} records, cut {cut}"
        table.add(Score(f"pairwise F1 ({scheme})", f1, n))
        table.add(Score(f"pairwise precision ({scheme})", precision, n))
        table.add(Score(f"pairwise recall ({scheme})", recall, n))
        on_progress(scheme)
    return table


def learned_ceiling_scores(
    path: Path, on_progress: Callable[[str], None] = lambda w: None
) -> ScoreTable:
    """``path``: maverick_event_report.csv."""
    return learned_ceiling(load_maverick(path), on_progress=on_progress)


__all__ = [
    "FEATURES",
    "candidate_pairs",
    "learned_ceiling",
    "learned_ceiling_scores",
    "pair_features",
]
