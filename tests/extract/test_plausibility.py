"""The plausibility model: features of an incident, scoring, keeping, and the shipped weights.

Pure: incidents are built by hand, no language model is loaded."""

from __future__ import annotations

import json
import math
from datetime import date

import pytest

from eventwire.extract.plausibility import (
    FEATURES_VERSION,
    PlausibilityModel,
    home_country,
    incident_features,
    is_well_evidenced,
    keep_plausible,
)
from eventwire.model import (
    Claim,
    Count,
    DatePrecision,
    DateRange,
    GeoPrecision,
    Incident,
    Place,
    Source,
)

PUBLISHED = date(2016, 8, 19)


def _place(country: str) -> Place:
    return Place(name="X", lat=36.2, lon=37.1, country_code=country, precision=GeoPrecision.TOWN)


def _incident(
    *,
    killed: int | None = None,
    country: str = "SY",
    day: date | None = date(2016, 8, 18),
    start: int = 0,
    speaker: str = "outlet",
) -> Incident:
    claim = Claim(
        field="event_type",
        value="air_drone_strike",
        source=Source(name="someone", kind=speaker),
        report_id="r",
        quote="Jets struck.",
        start=start,
        end=start + 12,
    )
    return Incident(
        id=f"i{start}",
        event_type="explosions_remote_violence",
        sub_event_type="air_drone_strike",
        date=DateRange(start=day, end=day, precision=DatePrecision.DAY) if day else None,
        location=_place(country),
        fatalities=Count(best=killed) if killed is not None else None,
        claims=[claim],
    )


def _features(incident: Incident, **kw: object) -> dict[str, float]:
    args: dict[str, object] = {
        "rank": 0,
        "count": 1,
        "published": PUBLISHED,
        "text_length": 1000,
        "home": "SY",
    }
    args.update(kw)
    return incident_features(incident, **args)  # type: ignore[arg-type]


def test_features_name_type_figures_rank_and_position() -> None:
    f = _features(_incident(killed=9, start=250), rank=2, count=5)
    assert f["type=explosions_remote_violence"] == 1.0 and f["sub=air_drone_strike"] == 1.0
    assert f["killed"] == 1.0 and f["injured"] == 0.0
    assert f["first"] == 0.0 and f["rank"] == pytest.approx(2 / 8)
    assert f["pos"] == pytest.approx(0.25)
    assert f["sourced"] == 0.0  # only the outlet speaks


def test_a_named_speaker_counts_as_sourced() -> None:
    assert _features(_incident(speaker="monitor"))["sourced"] == 1.0


@pytest.mark.parametrize(
    ("day", "week", "far", "future"),
    [
        (date(2016, 8, 18), 1.0, 0.0, 0.0),  # the day before publication
        (date(2016, 5, 1), 0.0, 1.0, 0.0),  # months before: likely background
        (date(2016, 8, 25), 0.0, 0.0, 1.0),  # after publication: a plan or a misread
    ],
)
def test_date_gap_to_publication(day: date, week: float, far: float, future: float) -> None:
    f = _features(_incident(day=day))
    assert (f["gap_week"], f["gap_far"], f["gap_future"]) == (week, far, future)


def test_no_date_gap_without_a_date_or_a_publication_day() -> None:
    assert "gap_week" not in _features(_incident(day=None))
    assert "gap_week" not in _features(_incident(), published=None)


def test_abroad_is_relative_to_the_reports_country() -> None:
    assert _features(_incident(country="IQ"), home="SY")["abroad"] == 1.0
    assert _features(_incident(country="IQ"), home="IQ")["abroad"] == 0.0
    assert _features(_incident(country="IQ"), home=None)["abroad"] == 0.0


def test_home_country_is_the_most_named() -> None:
    assert home_country([_place("SY"), _place("IQ"), _place("SY")]) == "SY"
    assert home_country([]) is None


def test_score_is_the_logistic_of_the_weighted_sum() -> None:
    model = PlausibilityModel(intercept=-1.0, weights={"killed": 2.0}, threshold=0.5)
    assert model.score({"killed": 1.0}) == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert model.score({"unknown feature": 5.0}) == pytest.approx(1 / (1 + math.exp(1.0)))


def test_keep_plausible_drops_what_scores_below_the_threshold_and_keeps_order() -> None:
    model = PlausibilityModel(intercept=-1.0, weights={"killed": 2.0}, threshold=0.5)
    a, b, c = _incident(killed=3, start=0), _incident(start=100), _incident(killed=1, start=200)
    kept = keep_plausible(
        [a, b, c], model, published=PUBLISHED, text_length=1000, places=[_place("SY")]
    )
    assert [i.id for i in kept] == [a.id, c.id]


def test_weights_round_trip_through_json() -> None:
    model = PlausibilityModel(intercept=0.5, weights={"killed": 1.5}, threshold=0.3, trained_on="t")
    again = PlausibilityModel.from_json(model.to_json())
    assert (again.intercept, dict(again.weights), again.threshold) == (0.5, {"killed": 1.5}, 0.3)


def test_weights_of_another_feature_version_are_refused() -> None:
    text = json.dumps(
        {"features_version": FEATURES_VERSION + 1, "intercept": 0, "weights": {}, "threshold": 0}
    )
    with pytest.raises(ValueError, match="retrain"):
        PlausibilityModel.from_json(text, where="old.json")


def test_shipped_weights_load_and_were_trained() -> None:
    model = PlausibilityModel.load()
    assert model.weights, "the shipped weights are empty: run `eventwire train plausibility`"
    assert 0.0 < model.threshold < 1.0
    assert model.details["f1_out_of_fold"] >= model.details["f1_keeping_all"]


def test_a_stated_toll_or_a_named_neighbourhood_is_never_dropped() -> None:
    never = PlausibilityModel(intercept=-50.0, weights={}, threshold=0.5)  # scores ~0
    bare = _incident(start=0)
    with_toll = _incident(killed=3, start=100)
    at_hospital = _incident(start=200).model_copy(
        update={
            "location": Place(
                name="M10",
                lat=36.2,
                lon=37.1,
                country_code="SY",
                precision=GeoPrecision.NEIGHBOURHOOD,
            )
        }
    )
    assert not is_well_evidenced(bare)
    kept = keep_plausible(
        [bare, with_toll, at_hospital], never, published=PUBLISHED, text_length=1000, places=[]
    )
    assert [i.id for i in kept] == [with_toll.id, at_hospital.id]
