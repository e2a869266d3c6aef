"""How likely an assembled incident is one the report actually tells, rather than a statistic,
a background mention or a misread: a logistic model over features of the incident itself.

Rules decide what an incident is; this model only weighs the evidence they leave behind (an
incident with figures, a stated doer and the report's lead position is rarely spurious; a bare
"attack" deep in an article, dated in the future, often is). The weights are learned from the
annotated dev set by `eventwire train plausibility` and ship as JSON beside this module, so
nothing is downloaded or trained at run time, and scoring is a dot product.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.model import GeoPrecision, Incident, Place

# Bump when `incident_features` changes meaning: weights of another version are refused.
FEATURES_VERSION = 1
WEIGHTS_FILE = "plausibility.json"

# Place precisions fine enough to be evidence on their own.
FINE_PLACES = frozenset({GeoPrecision.NEIGHBOURHOOD})

# Claim fields whose presence is evidence on its own.
EVIDENCE_FIELDS = ("perpetrator", "victims", "target", "actor", "location", "date")


def home_country(places: Sequence[Place]) -> str | None:
    """The country the report names most often (ties: the first named)."""
    codes = Counter(p.country_code for p in places if p.country_code)
    return codes.most_common(1)[0][0] if codes else None


def incident_features(
    incident: Incident,
    *,
    rank: int,
    count: int,
    published: date | None,
    text_length: int,
    home: str | None,
) -> dict[str, float]:
    """The features of one incident, the `rank`-th of the `count` its report yielded, in a
    report `text_length` characters long about the country `home`."""
    f: dict[str, float] = {
        f"type={incident.event_type}": 1.0,
        f"sub={incident.sub_event_type}": 1.0,
        "killed": float(incident.fatalities is not None),
        "injured": float(incident.injuries is not None),
        "nclaims": min(len(incident.claims), 10) / 10,
        "nfields": min(len({c.field for c in incident.claims}), 10) / 10,
        "first": float(rank == 0),
        "rank": min(rank, 8) / 8,
        "n_in_article": min(count, 20) / 20,
        "sourced": float(any(c.source.kind != "outlet" for c in incident.claims)),
    }
    for name in EVIDENCE_FIELDS:
        f[f"has_{name}"] = float(any(c.field.startswith(name) for c in incident.claims))
    place = incident.location
    f[f"prec={place.precision.value if place else 'none'}"] = 1.0
    f["abroad"] = float(
        place is not None and home is not None and place.country_code not in (None, home)
    )
    when = incident.date
    f[f"date={when.precision.value if when else 'none'}"] = 1.0
    if when is not None and published is not None:
        gap = (published - when.end).days
        f["gap_week"] = float(0 <= gap <= 7)
        f["gap_far"] = float(gap > 31)
        f["gap_future"] = float(gap < 0)
        f["wide"] = float((when.end - when.start).days > 7)
    told_at = incident.told_at()
    f["pos"] = told_at / max(text_length, 1) if told_at is not None else 0.0
    return f


@dataclass(frozen=True)
class PlausibilityModel:
    """Logistic weights over `incident_features`, and the score below which an incident is dropped."""

    intercept: float
    weights: Mapping[str, float]
    threshold: float
    trained_on: str = ""
    details: Mapping[str, Any] = field(default_factory=dict)

    def score(self, features: Mapping[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> str:
        return json.dumps(
            {
                "features_version": FEATURES_VERSION,
                "intercept": self.intercept,
                "weights": dict(sorted(self.weights.items())),
                "threshold": self.threshold,
                "trained_on": self.trained_on,
                "details": dict(self.details),
            },
            indent=1,
        )

    @classmethod
    def from_json(cls, text: str, *, where: str = "weights") -> PlausibilityModel:
        data = json.loads(text)
        if data.get("features_version") != FEATURES_VERSION:
            raise ValueError(
                f"{where}: features version {data.get('features_version')!r}, "
                f"this eventwire reads {FEATURES_VERSION}; retrain with `eventwire train plausibility`"
            )
        return cls(
            intercept=float(data["intercept"]),
            weights={str(k): float(v) for k, v in data["weights"].items()},
            threshold=float(data["threshold"]),
            trained_on=str(data.get("trained_on", "")),
            details=data.get("details", {}),
        )

    @classmethod
    def load(cls, path: Path | None = None) -> PlausibilityModel:
        """The shipped weights, or those at `path`."""
        if path is not None:
            return cls.from_json(path.read_text(encoding="utf-8"), where=str(path))
        shipped = resources.files("eventwire.extract").joinpath("models", WEIGHTS_FILE)
        return cls.from_json(shipped.read_text(encoding="utf-8"), where=WEIGHTS_FILE)


def is_well_evidenced(incident: Incident) -> bool:
    """Evidence the model is not allowed to overrule: a stated toll, or a scene as fine as a
    neighbourhood or a named site (an earlier strike the report recalls, such as a hospital hit
    "in early August", is real even when the report's news is elsewhere)."""
    if incident.fatalities is not None or incident.injuries is not None:
        return True
    place = incident.location
    return place is not None and place.precision in FINE_PLACES


def keep_plausible(
    incidents: Sequence[Incident],
    model: PlausibilityModel,
    *,
    published: date | None,
    text_length: int,
    places: Sequence[Place],
) -> list[Incident]:
    """The incidents that score at or above the model's threshold, in their order."""
    home = home_country(places)
    kept = []
    for rank, incident in enumerate(incidents):
        features = incident_features(
            incident,
            rank=rank,
            count=len(incidents),
            published=published,
            text_length=text_length,
            home=home,
        )
        if is_well_evidenced(incident) or model.score(features) >= model.threshold:
            kept.append(incident)
    return kept
