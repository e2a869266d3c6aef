"""The learned ceiling on MAVERICK: its features, its candidate pairs, and a run on rows written
here whose events the fields do tell apart (so a low figure on the real file is the data's)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from maverick_rows import ROW, write_rows

from eventwire.evaluate.maverick import load_maverick
from eventwire.harness.linking_learned import (
    FEATURES,
    Record,
    _record,
    candidate_pairs,
    learned_ceiling,
    pair_features,
)

OUTLETS = ("AFP", "Reuters", "Xinhua News Agency")
PLACES = {  # country -> (name, lat, lon) of places far enough apart to tell events apart
    "Ivory Coast": [("Abobo", 5.418, -4.020), ("Bouaké", 7.690, -5.030), ("Daloa", 6.877, -6.450)],
    "Kenya": [("Kibera", -1.317, 36.783), ("Kisumu", -0.102, 34.762), ("Eldoret", 0.520, 35.270)],
}


def _records(tmp_path: Path, *rows: dict[str, str]) -> list[Record]:
    return [_record(incident) for incident, _ in load_maverick(write_rows(tmp_path, *rows))]


def _separable_rows() -> list[dict[str, str]]:
    """Three outlets' records of each event; events of a country differ in day or place."""
    rows = []
    for country, places in PLACES.items():
        for e in range(24):
            name, lat, lon = places[e % 3]
            day = (date(2011, 1, 1) + timedelta(days=e // 3)).isoformat()
            for k, outlet in enumerate(OUTLETS):
                rows.append(
                    ROW
                    | {
                        "id": f"{country[:2]}{e}-{k}",
                        "event_id": f"{country[:2]}-{e}",
                        "country": country,
                        "date_start": day,
                        "date_end": day,
                        "city": name,
                        "location": name,
                        "latitude": str(lat),
                        "longitude": str(lon),
                        "deaths_best": str(e + 1),
                        "deaths_low": str(e + 1),
                        "deaths_high": str(e + 1),
                        "source": f"{outlet} ({day}) {name}: {e + 1} killed",
                    }
                )
    return rows


def test_features_of_two_reports_of_one_event(tmp_path: Path) -> None:
    a, b = _records(tmp_path, ROW, ROW | {"id": "r2", "source": "Reuters (2011-01-12) Abobo"})
    features = dict(zip(FEATURES, pair_features(a, b), strict=True))
    assert features["day gap"] == 0 and features["km apart (-1: a country-level place)"] == 0
    assert features["same place name"] == 1 and features["same outlet"] == 0
    assert features["perpetrator overlap"] == 1 and features["same killed"] == 1


def test_a_country_level_place_gives_no_distance(tmp_path: Path) -> None:
    unplaced = ROW | {"id": "r2", "latitude": "", "longitude": "", "source": "AP (2011-01-11) x"}
    a, b = _records(tmp_path, ROW, unplaced)
    assert pair_features(a, b)[FEATURES.index("km apart (-1: a country-level place)")] == -1


def test_candidates_leave_out_one_article_other_countries_and_far_days(tmp_path: Path) -> None:
    rows = [
        ROW,
        ROW | {"id": "same-article"},
        ROW | {"id": "kenya", "country": "Kenya", "source": "AP (2011-01-11) Kenya"},
        ROW | {"id": "later", "date_start": "2011-03-01", "date_end": "2011-03-01",
               "source": "AP (2011-03-01) later"},
        ROW | {"id": "next-day", "date_start": "2011-01-12", "date_end": "2011-01-12",
               "source": "AP (2011-01-12) next day"},
    ]  # fmt: skip
    records = _records(tmp_path, *rows)
    ids = {
        frozenset((records[i].profile.id, records[j].profile.id))
        for i, j in candidate_pairs(records)
    }
    assert ids == {frozenset(("r1", "next-day")), frozenset(("same-article", "next-day"))}


def test_fields_that_tell_events_apart_give_a_high_ceiling(tmp_path: Path) -> None:
    records = load_maverick(write_rows(tmp_path, *_separable_rows()))
    table = learned_ceiling(records, schemes=("records", "countries"))
    assert (table.get("pairwise F1 (records)").value or 0) >= 0.9
    assert (table.get("pairwise F1 (countries)").value or 0) >= 0.9
    assert table.details["gold pairs among them"] == 2 * 24 * 3
