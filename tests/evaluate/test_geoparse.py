"""Geoparsing gold loaders (on the real files) and scorers (on hand-made cases)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate.geoparse import (
    ASSOCIATIVE_TYPES,
    LITERAL_TYPES,
    Errors,
    GoldDoc,
    GoldToponym,
    Predicted,
    load_geovirus,
    load_geowebnews,
    load_trnews,
    realign,
    recognise,
    score_geocoding,
    score_geoparse,
    score_geowebnews,
)


def _data(shared_dir: Path, name: str) -> Path:
    return shared_dir / "data" / name


def test_trnews_loads_every_article_and_toponym(shared_dir: Path) -> None:
    docs = load_trnews(_data(shared_dir, "tr-news"))
    assert len(docs) == 118
    assert sum(len(d.toponyms) for d in docs) == 1319
    first = docs[0].toponyms[0]
    assert (first.text, first.start, first.end, first.geonames_id) == ("Turkish", 2, 9, 298795)
    assert (first.lat, first.lon) == (39.0, 35.0)
    # 117 spans sit a few characters off their name; all but 2 are moved onto it
    assert sum(d.realigned for d in docs) == 117
    held = sum(d.text[t.start : t.end] == t.text for d in docs for t in d.toponyms)
    assert held == 1319


def test_geowebnews_keeps_types(shared_dir: Path) -> None:
    docs = load_geowebnews(_data(shared_dir, "geowebnews"))
    assert len(docs) == 200
    tops = [t for d in docs for t in d.toponyms]
    assert len(tops) == 6612
    assert sum(t.lat is not None for t in tops) == 2601
    assert sum(t.kind in LITERAL_TYPES for t in tops) == 1456
    assert sum(t.kind in ASSOCIATIVE_TYPES for t in tops) == 1154


def test_geovirus_spans_are_moved_onto_their_names(shared_dir: Path) -> None:
    docs = load_geovirus(_data(shared_dir, "geovirus"))
    assert len(docs) == 229
    tops = [(d, t) for d in docs for t in d.toponyms]
    assert len(tops) == 2170
    assert all(d.text[t.start : t.end] == t.text for d, t in tops)
    pandi = docs[0].toponyms[0]
    assert (pandi.text, pandi.start, pandi.lat) == ("Pandi", 169, 14.87)


def test_loader_rejects_other_files(tmp_path: Path) -> None:
    bad = tmp_path / "x.xml"
    bad.write_text("<articles/>", encoding="utf-8")
    with pytest.raises(EvaluationError, match="not TR-News"):
        load_trnews(bad)
    bad.write_text("<articles", encoding="utf-8")
    with pytest.raises(EvaluationError, match="not well-formed"):
        load_geovirus(bad)


def test_realign_takes_the_nearest_occurrence() -> None:
    text = "Paris, then Paris again"
    assert realign(text, 13, 18, "Paris") == (12, 17)
    assert realign(text, 0, 5, "Paris") == (0, 5)
    assert realign(text, 3, 9, "Lyon") == (3, 9)


def _doc(*tops: GoldToponym) -> GoldDoc:
    return GoldDoc("d", "x" * 100, tops)


def test_recognition_exact_and_overlap() -> None:
    gold = _doc(GoldToponym(0, 5, "Aleppo"), GoldToponym(10, 20, "Idlib province"))
    preds = [Predicted(0, 5, "a"), Predicted(10, 15, "b"), Predicted(30, 35, "c")]
    rec = recognise([gold], [preds])
    assert (rec.exact_tp, rec.overlap_tp, rec.predicted, rec.gold) == (1, 2, 3, 2)
    p, r, _f = rec.overlap()
    assert (p, r) == pytest.approx((2 / 3, 1.0))
    assert rec.exact() == pytest.approx((1 / 3, 0.5, 0.4))
    assert [s.text for s in rec.spurious] == ["c"]


def test_neutral_kinds_are_neither_hits_nor_false_positives() -> None:
    gold = _doc(
        GoldToponym(0, 5, "Syria", kind="Literal"),
        GoldToponym(10, 16, "Syrian", kind="Non_Literal_Modifier"),
    )
    preds = [Predicted(0, 5, "Syria"), Predicted(10, 16, "Syrian")]
    literal = recognise([gold], [preds], counted=LITERAL_TYPES, neutral=ASSOCIATIVE_TYPES)
    assert (literal.overlap_tp, literal.predicted, literal.gold) == (1, 1, 1)
    every = recognise([gold], [preds], counted=LITERAL_TYPES)
    assert (every.overlap_tp, every.predicted) == (1, 2)


def test_errors_measures() -> None:
    errors = Errors((0.0, 100.0, 300.0, None))
    assert errors.within(161).value == 0.5
    assert errors.within(25).value == 0.25
    assert errors.answered().value == 0.75
    assert errors.mean() == pytest.approx(400 / 3)
    assert errors.median() == 100.0
    auc = errors.auc()
    assert auc is not None and 0.25 < auc < 0.75


def test_score_geoparse_on_a_known_case() -> None:
    gold = _doc(
        GoldToponym(0, 6, "Aleppo", 36.2, 37.16, geonames_id=170063),
        GoldToponym(10, 15, "Homs", 34.73, 36.72, geonames_id=169577),
        GoldToponym(20, 25, "Hama", None, None),
    )
    preds = [
        Predicted(0, 6, "Aleppo", 36.2, 37.16, 170063),
        Predicted(10, 15, "Homs", 32.64, 14.26, 2219905),  # Al Khums, Libya
    ]
    table = score_geoparse("t", [gold], [preds])
    assert table.get("recognition recall (exact)").value == pytest.approx(2 / 3)
    assert table.get("resolved within 161 km").value == 0.5
    assert table.get("same GeoNames id").value == 0.5
    assert table.details["most_misplaced"] == {"Homs -> 32.6,14.3": 1}


def test_score_geowebnews_counts_literal_and_associative() -> None:
    gold = _doc(
        GoldToponym(0, 5, "Syria", 35.0, 38.0, kind="Literal"),
        GoldToponym(10, 16, "Syrian", 35.0, 38.0, kind="Non_Literal_Modifier"),
        GoldToponym(20, 28, "Syrians", kind="Demonym"),
    )
    preds = [Predicted(0, 5, "Syria", 35.0, 38.0), Predicted(20, 28, "Syrians", 35.0, 38.0)]
    table = score_geowebnews([gold], [preds])
    assert table.get("recognition recall (exact)").value == 0.5
    assert table.get("recognition precision (exact)").value == 0.5  # the demonym is no toponym
    assert table.get("literal: recognition recall (exact)").value == 1.0
    assert table.details["predictions_on_non_toponyms"] == {"Demonym": 1}


def test_score_geocoding_needs_one_answer_per_name() -> None:
    gold = _doc(GoldToponym(0, 5, "Pandi", 14.87, 120.95), GoldToponym(6, 9, "Nowhere", 0.0, 0.0))
    table = score_geocoding("g", [gold], [[(14.9, 120.9), None]])
    assert table.get("resolved within 161 km").value == 0.5
    assert table.get("given a point").value == 0.5
    with pytest.raises(EvaluationError):
        score_geocoding("g", [gold], [[None]])
