"""FA-KES (Abu Salem et al. 2019): 804 Syrian-war articles with a crowdsourced event date and
governorate. Its ``date`` is mostly the publication date and is noisy, so three things are
scored separately: the publication date we find in the text (dateline), the date of the main
incident we extract, and the governorate of the main incident (else of the places mentioned).
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from eventwire.errors import EvaluationError
from eventwire.evaluate.metrics import Ratio
from eventwire.geo import normalise_governorate
from eventwire.model import DatePrecision, Extraction, Incident, Place

COLUMNS = ("unit_id", "article_content", "date", "location")


@dataclass(frozen=True, slots=True)
class FakesGold:
    unit_id: str
    date: date
    governorate: str  # canonical key, see geo.normalise_governorate


def load_fakes_gold(path: Path) -> dict[str, FakesGold]:
    """unit_id → gold date and governorate."""
    csv.field_size_limit(sys.maxsize)
    try:
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise EvaluationError(
                    f"{path}: not the FA-KES CSV (no column {', '.join(missing)})"
                )
            gold = {}
            for row in reader:
                gold[row["unit_id"]] = FakesGold(
                    unit_id=row["unit_id"],
                    date=datetime.strptime(row["date"], "%m/%d/%Y").date(),
                    governorate=normalise_governorate(row["location"]),
                )
    except OSError as err:
        raise EvaluationError(f"{path}: cannot read ({err.strerror})") from err
    except ValueError as err:
        raise EvaluationError(f"{path}: bad row ({err})") from err
    return gold


def main_incident(incidents: list[Incident]) -> Incident | None:
    """The incident a report is mainly about: the first one told (news leads with it) that has a
    place, preferring one with casualty figures among the first three."""
    if not incidents:
        return None
    lead = incidents[:3]
    with_figures = [i for i in lead if i.fatalities is not None or i.injuries is not None]
    return (with_figures or lead)[0]


def report_governorate(extraction: Extraction) -> str | None:
    """The main incident's governorate, else the governorate the report names most."""
    inc = main_incident([i for i in extraction.incidents if i.location is not None])
    if inc is not None and inc.location is not None and inc.location.admin1:
        return normalise_governorate(inc.location.admin1)
    return most_named_governorate(extraction.places)


def most_named_governorate(places: list[Place]) -> str | None:
    counts = Counter(
        normalise_governorate(p.admin1) for p in places if p.admin1 and p.country_code == "SY"
    )
    return counts.most_common(1)[0][0] if counts else None


@dataclass
class FakesScores:
    articles: int = 0
    published_found: Ratio = field(default_factory=lambda: Ratio(0, 0))
    published_exact: Ratio = field(default_factory=lambda: Ratio(0, 0))
    published_within_1: Ratio = field(default_factory=lambda: Ratio(0, 0))
    event_dated: Ratio = field(default_factory=lambda: Ratio(0, 0))
    event_exact: Ratio = field(default_factory=lambda: Ratio(0, 0))
    event_within_1: Ratio = field(default_factory=lambda: Ratio(0, 0))
    event_in_range: Ratio = field(default_factory=lambda: Ratio(0, 0))
    governorate: Ratio = field(default_factory=lambda: Ratio(0, 0))
    governorate_answered: Ratio = field(default_factory=lambda: Ratio(0, 0))
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)

    def rows(self) -> list[tuple[str, str, str]]:
        def row(name: str, r: Ratio) -> tuple[str, str, str]:
            return name, str(r), f"{r.hits}/{r.n}"

        return [
            row("publication date found in text", self.published_found),
            row("publication date = gold date (exact)", self.published_exact),
            row("publication date = gold date (±1 day)", self.published_within_1),
            row("main incident has a date", self.event_dated),
            row("main incident date = gold (exact, day precision)", self.event_exact),
            row("main incident date = gold (±1 day)", self.event_within_1),
            row("gold date inside main incident's range", self.event_in_range),
            row("governorate = gold", self.governorate),
            row("governorate answered", self.governorate_answered),
        ]

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"articles": self.articles}
        for name, value, frac in self.rows():
            out[name] = {"value": None if value == "n/a" else float(value), "hits_of_n": frac}
        out["governorate_confusions"] = {
            f"{g}->{p}": n for (g, p), n in self.confusions.most_common(15)
        }
        return out


def score_fakes(gold: dict[str, FakesGold], extractions: list[Extraction]) -> FakesScores:
    s = FakesScores()
    pub_found = pub_exact = pub_near = dated = ev_exact = ev_near = ev_in = gov_ok = (
        gov_answered
    ) = 0
    n = 0
    for ex in extractions:
        g = gold.get(ex.report.id)
        if g is None:
            continue
        n += 1
        pub = ex.report.published if ex.report.published_from == "dateline" else None
        if pub is not None:
            pub_found += 1
            pub_exact += pub == g.date
            pub_near += abs((pub - g.date).days) <= 1
        inc = main_incident(ex.incidents)
        if inc is not None and inc.date is not None:
            dated += 1
            day = inc.date.start if inc.date.precision is DatePrecision.DAY else None
            ev_exact += day == g.date
            ev_near += day is not None and abs((day - g.date).days) <= 1
            ev_in += inc.date.start <= g.date <= inc.date.end
        gov = report_governorate(ex)
        if gov is not None:
            gov_answered += 1
        if gov == g.governorate:
            gov_ok += 1
        else:
            s.confusions[(g.governorate, gov or "none")] += 1
    s.articles = n
    s.published_found, s.published_exact, s.published_within_1 = (
        Ratio(pub_found, n),
        Ratio(pub_exact, n),
        Ratio(pub_near, n),
    )
    s.event_dated, s.event_exact, s.event_within_1, s.event_in_range = (
        Ratio(dated, n),
        Ratio(ev_exact, n),
        Ratio(ev_near, n),
        Ratio(ev_in, n),
    )
    s.governorate, s.governorate_answered = Ratio(gov_ok, n), Ratio(gov_answered, n)
    return s
