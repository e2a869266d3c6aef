"""The FA-KES incident dev set: loading and validating the annotations, the sample rule, the
matching rules (one per test) and each field measure, on hand-built incidents."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate.devset import (
    GoldArticle,
    GoldIncident,
    GoldSource,
    compatible,
    coverage,
    devset_sample,
    figure_source,
    gold_files,
    load_devset,
    match_incidents,
    same_source_name,
    sample_ids,
    score_devset,
    source_name_key,
)
from eventwire.model import (
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

FAKES_CSV = Path(__file__).resolve().parents[3] / "shared/data/fa-kes/FA-KES-Dataset.csv"
PUBLISHED = "2017-04-05"

# --------------------------------------------------------------------------- gold builders


def gold_incident(**changes: Any) -> dict[str, Any]:
    """A valid gold incident as JSON data: an air strike in Khan Sheikhoun, 70 killed (WHO)."""
    record: dict[str, Any] = {
        "sub_event_type": "air_drone_strike",
        "date": {"start": "2017-04-04", "end": "2017-04-04", "precision": "day", "stated": True},
        "place": {"text": "Khan Sheikhoun", "governorate": "idlib", "precision": "town"},
        "killed": {"low": 70, "best": 70, "high": None},
        "injured": None,
        "victims": {},
        "perpetrator": "syrian_government",
        "killed_source": {"name": "WHO", "kind": "medical"},
        "injured_source": None,
        "sentence_start": 0,
        "background": False,
    }
    record.update(changes)
    return record


def gold_record(unit_id: str = "1914947530", *incidents: dict[str, Any]) -> dict[str, Any]:
    return {
        "unit_id": unit_id,
        "annotator": "A1",
        "published": PUBLISHED,
        "incidents": list(incidents),
        "notes": "",
    }


def article(unit_id: str, *incidents: dict[str, Any]) -> GoldArticle:
    return GoldArticle.model_validate_json(json.dumps(gold_record(unit_id, *incidents)))


def one_gold(**changes: Any) -> GoldIncident:
    return article("1", gold_incident(**changes)).incidents[0]


def write_jsonl(path: Path, *records: dict[str, Any] | str) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --------------------------------------------------------------------------- extracted builders

IDLIB_TOWN = ("Khan Sheikhoun", "Idlib", "SY", 35.44, 36.65)
PLACES = {
    "Khan Sheikhoun": IDLIB_TOWN,
    "Aleppo": ("Aleppo", "Aleppo", "SY", 36.2, 37.16),
    "Douma": ("Douma", "Rif Dimashq", "SY", 33.57, 36.4),
    "Harasta": ("Harasta", "Rif Dimashq", "SY", 33.56, 36.37),
    "Jobar": ("Jobar", "Damascus", "SY", 33.53, 36.33),
    "Latakia": ("Latakia", "Latakia", "SY", 35.52, 35.79),
    "Gaziantep": ("Gaziantep", "Gaziantep", "TR", 37.07, 37.38),
}


def place(name: str) -> Place:
    text, admin1, country, lat, lon = PLACES[name]
    return Place(
        name=text,
        lat=lat,
        lon=lon,
        country_code=country,
        admin1=admin1,
        precision=GeoPrecision.TOWN,
        text=text,
    )


def day(iso: str, end: str | None = None) -> DateRange:
    return DateRange(
        start=date.fromisoformat(iso),
        end=date.fromisoformat(end or iso),
        precision=DatePrecision.DAY,
    )


OUTLET = Source(name="the report", kind="outlet")


def claim(field: str, value: Any, start: int, source: Source = OUTLET) -> Claim:
    return Claim(
        field=field,
        value=value,
        source=source,
        report_id="r",
        quote="…",
        start=start,
        end=start + 1,
    )


def extracted(
    sub_event_type: str = "air_drone_strike",
    *,
    where: str | None = "Khan Sheikhoun",
    when: DateRange | None = None,
    killed: Count | None = None,
    injured: Count | None = None,
    actors: list[Actor] | None = None,
    claims: list[Claim] | None = None,
    at: int = 0,
) -> Incident:
    from eventwire.model import SUB_EVENT_TYPES

    return Incident(
        id=f"inc_{sub_event_type}_{where}_{at}",
        event_type=SUB_EVENT_TYPES[sub_event_type],
        sub_event_type=sub_event_type,
        date=when if when is not None else day("2017-04-04"),
        location=place(where) if where else None,
        fatalities=killed,
        injuries=injured,
        actors=actors or [],
        claims=[claim("event_type", {"sub_event_type": sub_event_type}, at), *(claims or [])],
    )


def extraction(unit_id: str, *incidents: Incident, text: str = "x" * 1000) -> Extraction:
    return Extraction(report=Report(id=unit_id, text=text), incidents=list(incidents))


def score_one(gold: GoldIncident | dict[str, Any], *found: Incident) -> dict[str, Any]:
    """Score one article with one gold incident; measure → (value, n)."""
    record = gold if isinstance(gold, dict) else gold.model_dump(mode="json")
    table = score_devset([article("1", record)], [extraction("1", *found)])
    return {s.measure: (s.value, s.n) for s in table.scores}


# --------------------------------------------------------------------------- loading


def test_good_records_load_from_every_file(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a1.jsonl", gold_record("1", gold_incident()), "", gold_record("7"))
    write_jsonl(
        tmp_path / "a2.jsonl",
        gold_record(
            "13",
            gold_incident(
                place=None,
                killed={"low": 24, "best": None, "high": None},
                injured={"low": None, "best": 5, "high": 9},
                injured_source={"name": "a local doctor", "kind": "medical"},
                victims={"killed": {"children": 3}},
                alternatives=[
                    {
                        "field": "killed",
                        "value": {"low": 32, "best": 32, "high": None},
                        "source": {"name": "SANA", "kind": "agency"},
                    }
                ],
                date={
                    "start": "2017-04-04",
                    "end": PUBLISHED,
                    "precision": "week",
                    "stated": False,
                },
            ),
        ),
    )
    (tmp_path / "notes.txt").write_text("not an annotation file")
    articles = load_devset(tmp_path)
    assert [a.unit_id for a in articles] == ["1", "7", "13"]
    assert [f.name for f in gold_files(tmp_path)] == ["a1.jsonl", "a2.jsonl"]
    third = articles[2].incidents[0]
    assert third.place is None and third.killed is not None and third.killed.best is None
    assert third.victims == {"killed": {"children": 3}}
    assert third.event_type == "explosions_remote_violence"
    assert articles[1].incidents == []


def test_no_directory_is_no_annotations(tmp_path: Path) -> None:
    assert load_devset(tmp_path / "absent") == []


BAD_RECORDS: list[tuple[str, Any, str]] = [
    ("not json", '{"unit_id": "1", ', "Invalid JSON"),
    ("unknown field", {**gold_record("2"), "text": "quoted"}, "Extra inputs are not permitted"),
    (
        "missing incidents",
        {k: v for k, v in gold_record("2").items() if k != "incidents"},
        "incidents",
    ),
    ("unit_id a number", {**gold_record("2"), "unit_id": 2}, "unit_id"),
    ("unit_id not digits", gold_record("u2"), "unit_id"),
    ("unknown type", gold_record("2", gold_incident(sub_event_type="airstrike")), "sub-event type"),
    (
        "governorate spelling",
        gold_record(
            "2", gold_incident(place={"text": "Idlib", "governorate": "Idleb", "precision": "town"})
        ),
        "governorate 'Idleb'",
    ),
    (
        "place precision",
        gold_record(
            "2", gold_incident(place={"text": "Idlib", "governorate": "idlib", "precision": "city"})
        ),
        "place.precision",
    ),
    (
        "count as string",
        gold_record("2", gold_incident(killed={"low": None, "best": "70", "high": None})),
        "killed.best",
    ),
    (
        "count not ordered",
        gold_record("2", gold_incident(killed={"low": 9, "best": 5, "high": None})),
        "not ordered",
    ),
    (
        "empty count",
        gold_record("2", gold_incident(killed={"low": None, "best": None, "high": None})),
        "at least one",
    ),
    (
        "negative count",
        gold_record("2", gold_incident(killed={"low": None, "best": -1, "high": None})),
        "killed.best",
    ),
    (
        "figure without source",
        gold_record("2", gold_incident(killed_source=None)),
        "killed_source is null",
    ),
    (
        "source without figure",
        gold_record("2", gold_incident(injured_source={"name": "SANA", "kind": "agency"})),
        "injured is null",
    ),
    (
        "source kind",
        gold_record("2", gold_incident(killed_source={"name": "WHO", "kind": "health"})),
        "killed_source.kind",
    ),
    ("perpetrator", gold_record("2", gold_incident(perpetrator="regime")), "perpetrator"),
    (
        "no background",
        gold_record("2", {k: v for k, v in gold_incident().items() if k != "background"}),
        "background",
    ),
    ("background not bool", gold_record("2", gold_incident(background="no")), "background"),
    (
        "date backwards",
        gold_record(
            "2",
            gold_incident(date={"start": "2017-04-04", "end": "2017-04-01", "precision": "day"}),
        ),
        "before it starts",
    ),
    (
        "date after publication",
        gold_record(
            "2",
            gold_incident(date={"start": "2017-04-06", "end": "2017-04-06", "precision": "day"}),
        ),
        "after publication",
    ),
    (
        "null date despite a dateline",
        gold_record("2", gold_incident(date=None)),
        "null, but the article has a dateline",
    ),
    (
        "victims outcome",
        gold_record("2", gold_incident(victims={"dead": {"children": 3}})),
        "victims",
    ),
    ("offset", gold_record("2", gold_incident(sentence_start=-4)), "sentence_start"),
]


@pytest.mark.parametrize(
    ("bad", "problem"), [(b, p) for _, b, p in BAD_RECORDS], ids=[n for n, _, _ in BAD_RECORDS]
)
def test_a_bad_record_names_file_line_and_problem(tmp_path: Path, bad: Any, problem: str) -> None:
    write_jsonl(tmp_path / "a2.jsonl", gold_record("1"), bad)
    with pytest.raises(EvaluationError) as err:
        load_devset(tmp_path)
    assert str(err.value).startswith("a2.jsonl:2: ")
    assert problem in str(err.value)


def test_a_unit_id_annotated_twice_across_files_is_an_error(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a1.jsonl", gold_record("1"), gold_record("7"))
    write_jsonl(tmp_path / "a2.jsonl", gold_record("13"), gold_record("7"))
    with pytest.raises(
        EvaluationError, match=r"a2.jsonl:2: unit_id 7 already annotated at a1.jsonl:2"
    ):
        load_devset(tmp_path)


# --------------------------------------------------------------------------- the sample


def test_sample_is_every_sixth_row_from_the_first_capped_at_120() -> None:
    ids = [str(i) for i in range(804)]
    sample = sample_ids(ids)
    assert sample[:3] == ["0", "6", "12"]
    assert len(sample) == 120 and sample[-1] == "714"
    assert sample_ids(ids[:13]) == ["0", "6", "12"]


def test_sample_from_a_csv_and_coverage(tmp_path: Path) -> None:
    path = tmp_path / "fakes.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["unit_id", "article_content"])
        writer.writerows([str(100 + i), f"text {i}"] for i in range(20))
    sample = devset_sample(path)
    assert sample == ["100", "106", "112", "118"]
    cov = coverage([article("106"), article("112"), article("101")], sample)
    assert cov == {
        "sample": 4,
        "annotated": 2,
        "missing": ["100", "118"],
        "outside_sample": ["101"],
    }


def test_sample_of_a_file_that_is_not_fakes(tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("id,text\n1,a\n")
    with pytest.raises(EvaluationError, match="no column unit_id"):
        devset_sample(path)


def test_the_real_sample() -> None:
    sample = devset_sample(FAKES_CSV)
    assert len(sample) == 120 and sample[0] == "1914947530"


# --------------------------------------------------------------------------- matching rules


def test_event_types_must_be_equal() -> None:
    gold = one_gold()
    assert not compatible(gold, extracted("armed_clash"))
    scores = score_one(gold, extracted("armed_clash"))
    assert scores["incident F1"][0] == 0.0
    assert scores["incident precision"][1] == "tp=0 fp=1 fn=1"


def test_sub_event_types_may_differ_within_an_event_type() -> None:
    assert compatible(one_gold(), extracted("shelling_artillery_missile_attack"))


def test_governorates_must_be_equal() -> None:
    gold = one_gold()
    assert compatible(gold, extracted(where="Khan Sheikhoun"))
    assert not compatible(gold, extracted(where="Aleppo"))


def test_governorate_keys_are_normalised() -> None:
    latakia = one_gold(place={"text": "Latakia", "governorate": "latakia", "precision": "town"})
    assert compatible(latakia, extracted(where="Latakia"))


def test_rif_dimashq_is_not_damascus_unless_merged() -> None:
    douma = one_gold(place={"text": "Douma", "governorate": "rif dimashq", "precision": "town"})
    assert compatible(douma, extracted(where="Harasta"))
    assert not compatible(douma, extracted(where="Jobar"))
    assert compatible(douma, extracted(where="Jobar"), merge_countryside=True)


def test_places_outside_syria_compare_by_country() -> None:
    abroad = one_gold(place={"text": "Gaziantep", "governorate": "TR", "precision": "town"})
    assert compatible(abroad, extracted(where="Gaziantep"))
    assert not compatible(abroad, extracted(where="Aleppo"))
    syria = one_gold(place={"text": "Syria", "governorate": "SY", "precision": "country"})
    assert compatible(syria, extracted(where="Aleppo"))


def test_date_ranges_must_overlap() -> None:
    gold = one_gold(date={"start": "2017-04-03", "end": "2017-04-04", "precision": "week"})
    assert compatible(gold, extracted(when=day("2017-04-04", "2017-04-05")))
    assert not compatible(gold, extracted(when=day("2017-04-05")))
    assert not compatible(gold, extracted(when=day("2017-03-30", "2017-04-02")))


def test_an_undated_extraction_matches_any_date() -> None:
    gold = one_gold()
    undated = extracted().model_copy(update={"date": None})
    assert compatible(gold, undated)


def test_no_place_on_either_side_matches_any_governorate() -> None:
    assert compatible(one_gold(place=None), extracted(where="Aleppo"))
    assert compatible(one_gold(), extracted(where=None))


def test_matching_is_one_to_one() -> None:
    golds = article("1", gold_incident(), gold_incident(sentence_start=50)).incidents
    assert match_incidents(golds, [extracted(at=55)]) == [(1, 0)]
    scores = score_one(gold_incident(), extracted(at=0), extracted(at=100))
    assert scores["incident precision"] == (0.5, "tp=1 fp=1 fn=0")


def test_best_first_prefers_the_same_sub_event_type() -> None:
    golds = article(
        "1", gold_incident(sub_event_type="shelling_artillery_missile_attack"), gold_incident()
    ).incidents
    assert match_incidents(golds, [extracted("air_drone_strike")]) == [(1, 0)]


def test_best_first_then_the_same_place_text() -> None:
    douma = {"text": "Douma", "governorate": "rif dimashq", "precision": "town"}
    harasta = {"text": "Harasta", "governorate": "rif dimashq", "precision": "town"}
    golds = article("1", gold_incident(place=douma), gold_incident(place=harasta)).incidents
    assert match_incidents(golds, [extracted(where="Harasta")]) == [(1, 0)]


def test_best_first_then_the_closest_dates() -> None:
    week = {"start": "2017-04-01", "end": "2017-04-04", "precision": "week"}
    golds = article("1", gold_incident(date=week), gold_incident()).incidents
    assert match_incidents(golds, [extracted(when=day("2017-04-04"))]) == [(1, 0)]


def test_best_first_then_the_nearest_sentence() -> None:
    golds = article(
        "1", gold_incident(sentence_start=0), gold_incident(sentence_start=300)
    ).incidents
    found = [extracted(at=320), extracted(at=10)]
    assert sorted(match_incidents(golds, found)) == [(0, 1), (1, 0)]


def test_best_pairs_go_first_not_the_first_gold() -> None:
    aleppo = {"text": "Aleppo", "governorate": "aleppo", "precision": "town"}
    golds = article("1", gold_incident(place=None), gold_incident(place=aleppo)).incidents
    # Gold 0 (no place) could take the Aleppo extraction, but gold 1 names the same place.
    pairs = match_incidents(golds, [extracted(where="Aleppo"), extracted(where="Khan Sheikhoun")])
    assert sorted(pairs) == [(0, 1), (1, 0)]


# --------------------------------------------------------------------------- incidents


def test_an_article_without_incidents_makes_every_extraction_a_false_positive() -> None:
    table = score_devset([article("1")], [extraction("1", extracted())])
    assert table.get("incident precision").value == 0.0
    assert table.get("incident precision").n == "tp=0 fp=1 fn=0"
    assert table.details["articles_with_errors"]["1"]["spurious"] == [
        "air_drone_strike at Khan Sheikhoun (idlib), 2017-04-04..2017-04-04 @0"
    ]


def test_nothing_to_count_is_no_score_not_zero() -> None:
    table = score_devset([article("1")], [extraction("1")])
    assert table.get("incident F1").value is None


def test_a_gold_article_without_extraction_counts_its_incidents_as_missed() -> None:
    table = score_devset([article("1", gold_incident())], [extraction("99", extracted())])
    assert table.get("incident recall").n == "tp=0 fp=0 fn=1"
    assert table.details["not_extracted"] == ["1"]
    assert table.details["articles_with_errors"]["1"]["missed"] == [
        "air_drone_strike at Khan Sheikhoun (idlib), 2017-04-04..2017-04-04 @0"
    ]


def test_background_incidents_are_left_out_of_the_main_scores() -> None:
    old = {"start": "2013-08-21", "end": "2013-08-21", "precision": "day"}
    gold = article(
        "1",
        gold_incident(),
        gold_incident(
            sub_event_type="chemical_weapon", date=old, background=True, sentence_start=200
        ),
        gold_incident(sub_event_type="armed_clash", background=True, sentence_start=400),
    )
    found = [extracted(), extracted("chemical_weapon", when=day("2013-08-21"), at=210)]
    table = score_devset([gold], [extraction("1", *found)])
    # The old attack is found: neither a hit nor a false positive; the clash is not needed.
    assert table.get("incident F1").value == 1.0
    assert table.get("incident F1").n == "tp=1 fp=0 fn=0"
    assert table.get("incident F1 (incl. background)").n == "tp=2 fp=0 fn=1"
    assert table.get("incident F1 (incl. background)").value == pytest.approx(0.8)
    assert table.details["extracted_matching_background"] == 1
    assert table.get("sub_event_type exact").n == "1/1"  # fields: non-background pairs only


def test_offsets_beyond_the_text_are_reported() -> None:
    table = score_devset([article("1", gold_incident(sentence_start=5000))], [extraction("1")])
    assert table.details["offset_problems"] == ["1: sentence_start 5000 beyond the text (1000)"]


# --------------------------------------------------------------------------- field measures


def test_sub_event_type_exact() -> None:
    scores = score_one(gold_incident(), extracted("shelling_artillery_missile_attack"))
    assert scores["incident F1"][0] == 1.0
    assert scores["sub_event_type exact"] == (0.0, "0/1")
    assert score_one(gold_incident(), extracted())["sub_event_type exact"] == (1.0, "1/1")


def test_date_exact_needs_start_and_end() -> None:
    week = {"start": "2017-04-03", "end": "2017-04-04", "precision": "week"}
    assert score_one(gold_incident(date=week), extracted(when=day("2017-04-04")))[
        "date exact (start and end)"
    ] == (0.0, "0/1")
    assert score_one(gold_incident(date=week), extracted(when=day("2017-04-03", "2017-04-04")))[
        "date exact (start and end)"
    ] == (1.0, "1/1")
    undated = extracted().model_copy(update={"date": None})
    assert score_one(gold_incident(), undated)["date exact (start and end)"] == (0.0, "0/1")


def test_killed_best_exact_counts_no_figure_on_both_sides_as_right() -> None:
    assert score_one(gold_incident(), extracted(killed=Count(low=70, best=70)))[
        "killed best exact"
    ] == (1.0, "1/1")
    assert score_one(gold_incident(), extracted(killed=Count(best=71)))["killed best exact"] == (
        0.0,
        "0/1",
    )
    none = score_one(gold_incident(killed=None, killed_source=None), extracted())
    assert none["killed best exact"] == (1.0, "1/1")
    assert none["killed best exact (gold has a figure)"] == (None, "0/0")


def test_killed_without_a_best_differs_from_no_figure() -> None:
    dozens = gold_incident(killed={"low": 24, "best": None, "high": None})
    assert score_one(dozens, extracted())["killed best exact"] == (0.0, "0/1")
    assert score_one(dozens, extracted(killed=Count(low=24)))["killed best exact"] == (1.0, "1/1")


def test_injured_best_exact() -> None:
    hurt = gold_incident(
        injured={"low": None, "best": 12, "high": None},
        injured_source={"name": "the White Helmets", "kind": "rescue"},
    )
    scores = score_one(hurt, extracted(injured=Count(best=12)))
    assert scores["injured best exact"] == (1.0, "1/1")
    assert scores["injured best exact (gold has a figure)"] == (1.0, "1/1")
    assert score_one(hurt, extracted())["injured best exact"] == (0.0, "0/1")
    assert score_one(gold_incident(), extracted())["injured best exact"] == (1.0, "1/1")


def test_perpetrator_is_the_first_perpetrator_else_unknown() -> None:
    target = Actor(text="rebels", normalized="rebels", role=ActorRole.TARGET)
    regime = Actor(
        text="regime warplanes", normalized="syrian_government", role=ActorRole.PERPETRATOR
    )
    russia = Actor(text="Russian jets", normalized="russia", role=ActorRole.PERPETRATOR)
    assert score_one(gold_incident(), extracted(actors=[target, regime, russia]))[
        "perpetrator exact"
    ] == (1.0, "1/1")
    assert score_one(gold_incident(), extracted(actors=[russia, regime]))["perpetrator exact"] == (
        0.0,
        "0/1",
    )
    assert score_one(gold_incident(perpetrator="unknown"), extracted(actors=[target]))[
        "perpetrator exact"
    ] == (1.0, "1/1")


SOHR = Source(name="The Syrian Observatory for Human Rights", kind="monitor")
SANA = Source(name="SANA", kind="agency")


def test_the_source_of_a_figure_is_that_of_the_claim_with_its_best() -> None:
    inc = extracted(
        killed=Count(low=9, best=32),
        claims=[
            claim("fatalities", {"low": 9, "best": 9, "high": None}, 40, SANA),
            claim("fatalities", {"low": 32, "best": 32, "high": None}, 80, SOHR),
        ],
    )
    assert figure_source(inc, "killed") == SOHR
    summed = inc.model_copy(update={"fatalities": Count(best=41)})
    assert figure_source(summed, "killed") == SANA  # none equals the best: the first
    assert figure_source(inc, "injured") is None


def test_an_attributed_claim_of_the_best_is_the_figure_source() -> None:
    outlet = Source(name="ahram", kind="outlet")
    inc = extracted(
        killed=Count(low=9, best=9),
        claims=[
            claim("fatalities", {"low": 9, "best": 9, "high": None}, 10, outlet),  # headline
            claim("fatalities", {"low": 9, "best": 9, "high": None}, 80, SOHR),
        ],
    )
    assert figure_source(inc, "killed") == SOHR
    only_outlet = inc.model_copy(update={"claims": inc.claims[:2]})  # event type, headline
    assert figure_source(only_outlet, "killed") == outlet


def test_two_names_of_one_known_source_are_the_same_source() -> None:
    gold = GoldSource(name="Syrian Observatory for Human Rights", kind="monitor")
    director = Source(name="Observatory director Rami Abdel Rahman", kind="monitor")
    assert same_source_name(gold, director)
    described = Source(name="a monitor", kind="monitor", canonical_id="sohr")
    assert same_source_name(gold, described)
    assert not same_source_name(gold, Source(name="a monitor", kind="monitor"))
    assert not same_source_name(gold, Source(name="SANA", kind="agency", canonical_id="sana"))
    # Unknown sources keep the plain comparison.
    doctor = GoldSource(name="a local doctor", kind="medical")
    assert same_source_name(doctor, Source(name="A local  doctor", kind="medical"))
    assert not same_source_name(doctor, Source(name="a doctor", kind="medical"))


def test_killed_source_kind_and_name() -> None:
    gold = gold_incident(
        killed={"low": 32, "best": 32, "high": None},
        killed_source={"name": "the Syrian Observatory for  Human Rights", "kind": "monitor"},
    )
    fig = [claim("fatalities", {"low": 32, "best": 32, "high": None}, 40, SOHR)]
    right = score_one(gold, extracted(killed=Count(low=32, best=32), claims=fig))
    assert right["killed source kind exact"] == (1.0, "1/1")
    assert right["killed source name match"] == (1.0, "1/1")
    other = [claim("fatalities", {"low": 32, "best": 32, "high": None}, 40, SANA)]
    wrong = score_one(gold, extracted(killed=Count(low=32, best=32), claims=other))
    assert wrong["killed source kind exact"] == (0.0, "0/1")
    assert wrong["killed source name match"] == (0.0, "0/1")
    missing = score_one(gold, extracted())
    assert missing["killed source kind exact"] == (0.0, "0/1")
    # Gold without a figure: the source measures do not count the pair.
    assert score_one(gold_incident(killed=None, killed_source=None), extracted())[
        "killed source kind exact"
    ] == (None, "0/0")


def test_an_unattributed_figure_is_the_outlet_whatever_its_name() -> None:
    gold = gold_incident(killed_source={"name": "Reuters", "kind": "outlet"})
    fig = [claim("fatalities", {"low": 70, "best": 70, "high": None}, 40)]
    scores = score_one(gold, extracted(killed=Count(low=70, best=70), claims=fig))
    assert scores["killed source kind exact"] == (1.0, "1/1")
    assert scores["killed source name match"] == (1.0, "1/1")


def test_injured_source_is_scored_too() -> None:
    gold = gold_incident(
        injured={"low": None, "best": 12, "high": None},
        injured_source={"name": "a local doctor", "kind": "medical"},
    )
    doctor = Source(name="A local doctor", kind="medical")
    fig = [claim("injuries", {"low": None, "best": 12, "high": None}, 40, doctor)]
    scores = score_one(gold, extracted(injured=Count(best=12), claims=fig))
    assert scores["injured source kind exact"] == (1.0, "1/1")
    assert scores["injured source name match"] == (1.0, "1/1")


def test_source_names_ignore_case_spacing_and_a_leading_article() -> None:
    assert source_name_key("The  Syrian Observatory") == "syrian observatory"
    assert source_name_key("a local doctor") == source_name_key("Local Doctor")
    assert source_name_key("Theatre staff") == "theatre staff"


def test_field_errors_are_listed() -> None:
    table = score_devset(
        [article("1", gold_incident())],
        [extraction("1", extracted(when=day("2017-04-03", "2017-04-04")))],
    )
    errors = table.details["field_errors"]
    assert (
        "1 date exact (start and end): gold 2017-04-04..2017-04-04, extracted 2017-04-03..2017-04-04"
        in errors
    )
    assert "1 killed best exact: gold 70, extracted null" in errors


# --------------------------------------------------------------------------- the real files


def test_the_real_annotations_load() -> None:
    """Fails (never skips) on a malformed record, and until a first annotation exists."""
    articles = load_devset()
    assert articles, "no annotation in src/eventwire/evaluate/data/fakes_dev/*.jsonl yet"


def test_the_real_annotations_are_of_the_sample_and_fit_their_texts() -> None:
    articles = load_devset()
    sample = set(devset_sample(FAKES_CSV))
    outside = [a.unit_id for a in articles if a.unit_id not in sample]
    assert not outside, f"annotated but not in the sample (a typo in unit_id?): {outside}"
    with FAKES_CSV.open(encoding="utf-8", newline="") as f:
        csv.field_size_limit(1 << 30)
        lengths = {row["unit_id"]: len(row["article_content"]) for row in csv.DictReader(f)}
    beyond = [
        f"{a.unit_id}: {inc.sentence_start}"
        for a in articles
        for inc in a.incidents
        if inc.sentence_start >= lengths[a.unit_id]
    ]
    assert not beyond, f"sentence_start beyond the article text: {beyond}"
