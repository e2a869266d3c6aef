"""Agreement between two annotations, scored with the system's own scorer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eventwire.evaluate.agreement import as_extraction, score_agreement
from eventwire.evaluate.devset import GoldArticle, load_devset


def _incident(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "sub_event_type": "air_drone_strike",
        "date": {"start": "2016-08-17", "end": "2016-08-17", "precision": "day"},
        "place": {"text": "Qaterji", "governorate": "aleppo", "precision": "neighbourhood"},
        "killed": {"low": 3, "best": 3, "high": None},
        "injured": None,
        "victims": {},
        "perpetrator": "russia",
        "killed_source": {"name": "a local doctor", "kind": "medical"},
        "injured_source": None,
        "sentence_start": 0,
        "background": False,
    }
    base.update(changes)
    return base


def _article(annotator: str, *incidents: dict[str, Any], unit_id: str = "1") -> GoldArticle:
    record = {
        "unit_id": unit_id,
        "annotator": annotator,
        "published": "2016-08-18",
        "incidents": list(incidents),
    }
    return GoldArticle.model_validate_json(json.dumps(record))  # as the loader reads them


def _value(table: Any, measure: str) -> float | None:
    value: float | None = table.get(measure).value
    return value


def test_identical_annotations_agree_on_everything() -> None:
    table = score_agreement([_article("A", _incident())], [_article("B", _incident())])
    assert _value(table, "incident F1") == 1.0
    for measure in (
        "sub_event_type exact",
        "date exact (start and end)",
        "killed best exact",
        "perpetrator exact",
        "killed source kind exact",
        "killed source name match",
    ):
        assert _value(table, measure) == 1.0, measure


def test_a_different_figure_and_source_are_disagreements() -> None:
    other = _incident(
        killed={"low": 5, "best": 5, "high": None},
        killed_source={"name": "SANA", "kind": "agency"},
    )
    table = score_agreement([_article("A", _incident())], [_article("B", other)])
    assert _value(table, "incident F1") == 1.0
    assert _value(table, "killed best exact") == 0.0
    assert _value(table, "killed source kind exact") == 0.0


def test_another_governorate_is_a_miss_and_a_false_incident() -> None:
    other = _incident(place={"text": "Homs", "governorate": "homs", "precision": "town"})
    table = score_agreement([_article("A", _incident())], [_article("B", other)])
    assert table.get("incident precision").n == "tp=0 fp=1 fn=1"


def test_the_second_annotators_background_incidents_are_left_out() -> None:
    old = _incident(
        date={"start": "2013-08-21", "end": "2013-08-21", "precision": "day"}, background=True
    )
    extraction = as_extraction(_article("B", _incident(), old))
    assert len(extraction.incidents) == 1
    table = score_agreement([_article("A", _incident())], [_article("B", _incident(), old)])
    assert _value(table, "incident precision") == 1.0


def test_only_articles_both_annotated_are_compared() -> None:
    reference = [_article("A", _incident(), unit_id="1"), _article("A", _incident(), unit_id="2")]
    table = score_agreement(reference, [_article("B", _incident(), unit_id="2")])
    assert table.details["compared_articles"] == ["2"]
    assert _value(table, "incident F1") == 1.0


def test_a_foreign_place_keeps_its_country() -> None:
    abroad = _incident(place={"text": "Mosul", "governorate": "IQ", "precision": "town"})
    incident = as_extraction(_article("B", abroad)).incidents[0]
    assert incident.location is not None
    assert incident.location.country_code == "IQ"
    assert incident.location.admin1 is None


def test_run_agreement_reads_the_second_annotation_from_its_folder(tmp_path: Path) -> None:
    from eventwire.harness.devset import run_agreement

    first = next(a for a in load_devset() if any(not inc.background for inc in a.incidents))
    copy = first.model_copy(update={"annotator": "B9"})
    (tmp_path / "b9.jsonl").write_text(copy.model_dump_json() + "\n", encoding="utf-8")
    table = run_agreement(tmp_path)
    assert table.details["compared_articles"] == [first.unit_id]
    assert table.details["annotators"] == sorted({first.annotator, "B9"})
    assert _value(table, "incident F1") == 1.0
