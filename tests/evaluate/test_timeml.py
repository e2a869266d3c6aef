"""TimeML gold loaders on the real files, and the TempEval-3 scores on a pair we can count."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate.timeml import (
    Targets,
    TimemlDoc,
    align,
    load_meantime,
    load_te3,
    score_timexes,
)
from eventwire.timex import Timex3


@pytest.fixture(scope="module")
def te3(shared_dir: Path) -> list[TimemlDoc]:
    return load_te3(shared_dir / "data" / "te3-platinum")


@pytest.fixture(scope="module")
def meantime(shared_dir: Path) -> list[TimemlDoc]:
    return load_meantime(shared_dir / "data" / "meantime-en")


# --------------------------------------------------------------------------- TempEval-3


def test_te3_has_its_documents_and_timexes_without_the_dct(te3: list[TimemlDoc]) -> None:
    # The README: 20 documents, 158 TIMEX3s of which 20 are DCTs.
    assert len(te3) == 20
    assert sum(len(d.timexes) for d in te3) == 138
    types = Counter(t.type for d in te3 for t in d.timexes)
    assert types == {"DATE": 96, "DURATION": 34, "TIME": 4, "SET": 4}


def test_te3_offsets_point_at_the_words(te3: list[TimemlDoc]) -> None:
    assert all(d.text[t.start : t.end] == t.text for d in te3 for t in d.timexes)
    assert all("<" not in d.text for d in te3)


def test_te3_reads_the_dct_and_the_example_of_the_readme(te3: list[TimemlDoc]) -> None:
    ap = next(d for d in te3 if d.doc_id == "AP_20130322")
    assert ap.dct == date(2013, 3, 22)
    assert ap.dct_span is None and ap.annotated_to is None
    found = {(t.text, t.type, t.value) for t in ap.timexes}
    assert {("Friday", "DATE", "2013-03-22"), ("the last week", "DATE", "2013-W11")} <= found


def test_te3_folder_without_files_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match=r"no \.tml files"):
        load_te3(tmp_path)


def test_a_tml_file_without_a_dct_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "x.tml").write_text("<TimeML><TEXT>On Friday.</TEXT></TimeML>")
    with pytest.raises(EvaluationError, match="no <DCT>"):
        load_te3(tmp_path)


# --------------------------------------------------------------------------- MEANTIME


def test_meantime_has_its_documents_and_textual_timexes(meantime: list[TimemlDoc]) -> None:
    # 525 TIMEX3s: 37 are not written in the text, 120 are creation times (two of them the
    # datelines of documents whose creation time is missing).
    assert len(meantime) == 120
    assert sum(len(d.timexes) for d in meantime) == 368


def test_meantime_text_is_rebuilt_from_tokens(meantime: list[TimemlDoc]) -> None:
    barra = next(d for d in meantime if d.doc_id == "1007169")
    assert barra.text.startswith(
        "Mary Barra appointed as General Motors chief\nDecember 10, 2013\n"
        "The United States's largest car manufacturer General Motors today named"
    )
    assert barra.dct == date(2013, 12, 10)
    assert barra.dct_span is not None
    assert barra.text[slice(*barra.dct_span)] == "December 10, 2013"
    assert all(d.text[t.start : t.end] == t.text for d in meantime for t in d.timexes)


def test_meantime_gold_lies_in_the_annotated_sentences(meantime: list[TimemlDoc]) -> None:
    assert all(
        d.annotated_to is not None and t.end <= d.annotated_to for d in meantime for t in d.timexes
    )


def test_meantime_without_a_creation_time_takes_the_dateline(meantime: list[TimemlDoc]) -> None:
    flight = next(d for d in meantime if d.doc_id == "8951")
    assert flight.dct == date(2005, 4, 27)
    assert all(t.value != "2005-04-27" or t.start > 60 for t in flight.timexes)


def test_meantime_reads_the_day_first_creation_time(meantime: list[TimemlDoc]) -> None:
    sales = next(d for d in meantime if d.doc_id == "120578")
    assert sales.dct == date(2009, 2, 3)  # written 03-02-2009 for "February 03, 2009"


# --------------------------------------------------------------------------- scoring

TEXT = "On Monday the town fell; by 2012 it was retaken for two days."


def span(text: str, words: str, kind: str, value: str) -> Timex3:
    start = text.index(words)
    return Timex3(start, start + len(words), words, kind, value)


GOLD = TimemlDoc(
    "d1",
    TEXT,
    date(2013, 3, 22),
    (
        span(TEXT, "Monday", "DATE", "2013-03-18"),
        span(TEXT, "2012", "DATE", "2012"),
        span(TEXT, "two days", "DURATION", "P2D"),
    ),
)
OURS = [
    span(TEXT, "Monday", "DATE", "2013-03-18"),  # strict, right value
    span(TEXT, "for two days", "DURATION", "P3D"),  # relaxed only, wrong value, right type
    span(TEXT, "the town", "DATE", "XXXX-XX-XX"),  # spurious
]  # "2012" is missed

# A document whose DCT is in the text and whose gold stops early: what we find on the DCT
# and after the annotated part is not counted.
DATELINE = "March 22, 2013\nIt fell. Later text on Friday."
SECOND = TimemlDoc("d2", DATELINE, date(2013, 3, 22), (), dct_span=(0, 14), annotated_to=24)
SECOND_OURS = [
    span(DATELINE, "March 22, 2013", "DATE", "2013-03-22"),
    span(DATELINE, "Friday", "DATE", "2013-03-22"),
]


@pytest.fixture(scope="module")
def scored() -> dict[str, float | None]:
    table = score_timexes(
        "tiny",
        [GOLD, SECOND],
        {"d1": OURS, "d2": SECOND_OURS},
        targets=Targets(value_accuracy=0.85, value_f1=0.776),
    )
    return {s.measure: s.value for s in table.scores}


@pytest.mark.parametrize(
    ("measure", "value"),
    [
        ("strict span precision", 1 / 3),
        ("strict span recall", 1 / 3),
        ("strict span F1", 1 / 3),
        ("relaxed span precision", 2 / 3),
        ("relaxed span recall", 2 / 3),
        ("relaxed span F1", 2 / 3),
        ("value accuracy (relaxed matches)", 1 / 2),
        ("type accuracy (relaxed matches)", 1.0),
        ("value F1 (TE3: relaxed F1 × value accuracy)", 1 / 3),
        ("type F1 (relaxed F1 × type accuracy)", 2 / 3),
    ],
)
def test_scores_of_a_pair_we_can_count(
    scored: dict[str, float | None], measure: str, value: float
) -> None:
    assert scored[measure] == pytest.approx(value)


def test_targets_and_diagnostics() -> None:
    table = score_timexes("tiny", [GOLD], {"d1": OURS}, targets=Targets(0.85, 0.776))
    assert table.get("value accuracy (relaxed matches)").meets_target() is False
    assert table.get("value F1 (TE3: relaxed F1 × value accuracy)").target == 0.776
    assert table.details["missed"] == ["d1: '2012' DATE 2012"]
    assert table.details["spurious"] == ["d1: 'the town' DATE XXXX-XX-XX"]
    assert len(table.details["wrong_values"]) == 1


def test_a_document_we_say_nothing_about_counts_as_all_missed() -> None:
    table = score_timexes("tiny", [GOLD], {})
    assert table.get("relaxed span recall").value == 0.0
    assert table.get("value accuracy (relaxed matches)").value is None


def test_alignment_is_one_to_one() -> None:
    gold = [Timex3(0, 10, "x" * 10, "DATE", "2013")]
    ours = [Timex3(0, 4, "xxxx", "DATE", "2013"), Timex3(5, 10, "xxxxx", "DATE", "2013")]
    assert len(align(gold, ours)) == 1


def test_alignment_takes_equal_spans_first() -> None:
    a, b = Timex3(0, 10, "a", "DATE", "1"), Timex3(8, 12, "b", "DATE", "2")
    x, y = Timex3(8, 12, "x", "DATE", "2"), Timex3(0, 9, "y", "DATE", "1")
    assert align([a, b], [y, x]) == [(a, y), (b, x)]


# --------------------------------------------------------------------------- the runs


def test_te3_run_meets_its_targets(shared_dir: Path) -> None:
    from eventwire.harness.timeml import run_te3

    table = run_te3(shared_dir / "data" / "te3-platinum")
    assert table.get("value accuracy (relaxed matches)").meets_target()
    assert table.get("value F1 (TE3: relaxed F1 × value accuracy)").meets_target()


def test_meantime_run_reports_every_measure(shared_dir: Path) -> None:
    from eventwire.harness.timeml import run_meantime

    table = run_meantime(shared_dir / "data" / "meantime-en")
    assert len(table.scores) == 10
    assert table.details["documents"] == 120
