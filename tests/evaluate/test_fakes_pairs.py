"""The FA-KES linked-pairs dev set: its loader's checks, the scorer's arithmetic, and the real file."""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate.devset import TEST_SAMPLE_FIRST, TEST_SAMPLE_SIZE, devset_sample
from eventwire.evaluate.fakes_pairs import (
    DEV,
    HELD_OUT,
    TARGET_F1,
    LinkedPair,
    load_pairs,
    parse_pairs,
    score_pairs,
    split_of_component,
    split_pairs,
)

FAKES_CSV = Path(__file__).resolve().parents[3] / "shared/data/fa-kes/FA-KES-Dataset.csv"
needs_fakes = pytest.mark.skipif(not FAKES_CSV.exists(), reason=f"{FAKES_CSV} not present")

HEADER = "unit_id_a,unit_id_b,label,incident_note\n"
QATERJI = ("1923102958", "1923848269")

# --------------------------------------------------------------------------- loader


def test_reads_rows_with_quoted_notes_and_skips_blank_lines() -> None:
    text = HEADER + '1,2,same,"air strike, Qaterji (Aleppo), 2016-06-05"\n\n3,4,different,x\n'
    assert [(p.a, p.b, p.same, p.note) for p in parse_pairs(text)] == [
        ("1", "2", True, "air strike, Qaterji (Aleppo), 2016-06-05"),
        ("3", "4", False, "x"),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a,b,label,note\n1,2,same,x\n", r"pairs\.csv: the header must be unit_id_a,"),
        ("", "header must be .* \\(got nothing\\)"),
        (HEADER, r"pairs\.csv: no pairs"),
        (HEADER + "1,2,same\n", r"pairs\.csv:2: expected 4 fields, got 3"),
        (HEADER + "1,2,same,x,extra\n", "expected 4 fields, got 5"),
        (HEADER + "19231O2958,2,same,x\n", "'19231O2958' is not a FA-KES unit_id"),
        (HEADER + "1,,same,x\n", "'' is not a FA-KES unit_id"),
        (HEADER + "7,7,same,x\n", "unit_id 7 is paired with itself"),
        (HEADER + "1,2,Same?,x\n", "label 'Same\\?' is not one of same, different"),
        (HEADER + "1,2,same,  \n", "incident_note is empty"),
        (
            HEADER + "1,2,same,x\n3,4,same,y\n2,1,different,z\n",
            ":4: pair 2,1 already judged on line 2",
        ),
    ],
)
def test_bad_files_are_refused_with_the_line_and_the_problem(text: str, message: str) -> None:
    with pytest.raises(EvaluationError, match=message):
        parse_pairs(text)


def test_load_names_the_missing_file(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match=r"nope\.csv: no such file"):
        load_pairs(tmp_path / "nope.csv")


def test_load_reads_a_given_file(tmp_path: Path) -> None:
    path = tmp_path / "pairs.csv"
    path.write_text(HEADER + "10,20,different,x\n", encoding="utf-8")
    assert load_pairs(path) == [LinkedPair("10", "20", False, "x", split_of_component("10"))]


def test_load_refuses_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "pairs.csv"
    path.write_bytes(HEADER.encode() + b"1,2,same,Qat\xe9rji\n")
    with pytest.raises(EvaluationError, match=r"pairs\.csv: cannot read"):
        load_pairs(path)


# --------------------------------------------------------------------------- halves


def _halves(pairs: list[LinkedPair]) -> dict[tuple[str, str], str | None]:
    return {(p.a, p.b): p.split for p in split_pairs(pairs)}


def test_every_parsed_pair_falls_in_one_half() -> None:
    pairs = parse_pairs(HEADER + "1,2,same,x\n3,4,different,y\n")
    assert all(p.split in (DEV, HELD_OUT) for p in pairs)


def test_pairs_sharing_an_article_fall_in_the_same_half() -> None:
    # 1-2, 2-3 and 3-4 chain one incident's articles (and a hard negative) together
    chain = [LinkedPair(a, b, True, "n") for a, b in (("1", "2"), ("3", "2"), ("4", "3"))]
    assert len(set(_halves(chain).values())) == 1


def test_a_components_half_is_the_half_of_its_smallest_unit_id() -> None:
    chain = [LinkedPair("7", "5", True, "n"), LinkedPair("9", "7", False, "n")]
    assert set(_halves(chain).values()) == {split_of_component("5")}


def test_adding_another_incidents_pairs_moves_no_pair() -> None:
    before = [LinkedPair(str(i), str(i + 100), True, "n") for i in range(1, 30)]
    after = [*before, LinkedPair("500", "600", False, "n")]
    old, new = _halves(before), _halves(after)
    assert all(new[k] == v for k, v in old.items())


def test_both_halves_get_pairs_of_many_incidents() -> None:
    halves = _halves([LinkedPair(str(i), str(i + 1000), True, "n") for i in range(1, 41)])
    counts = Counter(halves.values())
    assert counts[DEV] >= 10 and counts[HELD_OUT] >= 10, counts


# --------------------------------------------------------------------------- scorer

SAME = [LinkedPair(str(i), str(i + 100), True, "s") for i in range(1, 5)]  # 4 same
DIFFERENT = [LinkedPair(str(i), str(i + 100), False, "d") for i in range(5, 8)]  # 3 hard negatives


def linker(*links: tuple[str, str]) -> set[tuple[str, str]]:
    return set(links)


def test_scorer_counts_hits_false_links_and_missed_links() -> None:
    # links 3 of the 4 same pairs, and 1 of the 3 hard negatives
    said = linker(("1", "101"), ("2", "102"), ("3", "103"), ("6", "106"))
    table = score_pairs(SAME + DIFFERENT, lambda a, b: (a, b) in said)
    assert table.get("pairwise precision").value == pytest.approx(3 / 4)
    assert table.get("pairwise precision").n == "3/4"
    assert table.get("pairwise recall").value == pytest.approx(3 / 4)
    assert table.get("pairwise F1").value == pytest.approx(0.75)
    assert table.get("pairwise F1").n == "3 tp, 1 fp, 1 fn"
    assert table.get("hard negatives linked").value == 1
    assert table.get("hard negatives linked").n == "1/3"
    assert table.details["false_links"] == [{"a": "6", "b": "106", "note": "d"}]
    assert table.details["missed_links"] == [{"a": "4", "b": "104", "note": "s"}]
    assert (table.details["same"], table.details["different"]) == (4, 3)


def test_f1_is_held_to_the_issue_target() -> None:
    perfect = score_pairs(SAME + DIFFERENT, lambda a, b: int(a) < 5)
    assert perfect.get("pairwise F1").value == 1.0
    assert perfect.get("pairwise F1").target == TARGET_F1
    assert perfect.get("pairwise F1").meets_target()
    assert perfect.get("hard negatives linked").value == 0
    nothing = score_pairs(SAME + DIFFERENT, lambda a, b: False)
    assert nothing.get("pairwise F1").value == 0.0
    assert nothing.get("pairwise precision").value is None  # nothing linked: undefined
    assert nothing.get("pairwise F1").meets_target() is False


def test_linking_everything_is_punished_by_every_hard_negative() -> None:
    table = score_pairs(SAME + DIFFERENT, lambda a, b: True)
    assert table.get("pairwise precision").value == pytest.approx(4 / 7)
    assert table.get("pairwise recall").value == 1.0
    assert table.get("hard negatives linked").n == "3/3"


def test_the_linker_is_asked_once_per_pair_in_file_order() -> None:
    asked: list[tuple[str, str]] = []
    score_pairs(SAME[:2], lambda a, b: asked.append((a, b)) is None)
    assert asked == [("1", "101"), ("2", "102")]


def test_halves_are_scored_apart_and_together() -> None:
    pairs = [
        LinkedPair("1", "101", True, "s", DEV),
        LinkedPair("2", "102", True, "s", DEV),
        LinkedPair("3", "103", True, "s", HELD_OUT),
        LinkedPair("5", "105", False, "d", HELD_OUT),
    ]
    # a hit in each half, a miss in dev, a false link in held-out
    table = score_pairs(pairs, lambda a, b: a in ("1", "3", "5"))
    assert table.get("pairwise F1").n == "2 tp, 1 fp, 1 fn"
    assert table.get("pairwise F1 (dev)").n == "1 tp, 0 fp, 1 fn"
    assert table.get("pairwise F1 (held-out)").n == "1 tp, 1 fp, 0 fn"
    assert table.get("hard negatives linked (held-out)").n == "1/1"
    assert table.get("pairwise F1 (dev)").target is None  # the target is held on all pairs
    assert table.details["halves"] == {DEV: 2, HELD_OUT: 2}
    assert [d["split"] for d in table.details["missed_links"]] == [DEV]
    assert [d["split"] for d in table.details["false_links"]] == [HELD_OUT]


def test_pairs_without_halves_get_no_half_scores() -> None:
    table = score_pairs(SAME, lambda a, b: True)
    assert not [s for s in table.scores if "(" in s.measure]
    assert "halves" not in table.details


def test_no_pairs_cannot_be_scored() -> None:
    with pytest.raises(EvaluationError, match="no pairs to score"):
        score_pairs([], lambda a, b: True)


# --------------------------------------------------------------------------- the real file


def test_the_real_file_has_enough_of_each_label_and_the_qaterji_pair() -> None:
    pairs = load_pairs()
    labels = Counter(p.same for p in pairs)
    assert labels[True] >= 60 and labels[False] >= 60, labels
    qaterji = [p for p in pairs if {p.a, p.b} == set(QATERJI)]
    assert len(qaterji) == 1 and qaterji[0].same


def test_the_real_files_halves_hold_both_labels_and_share_no_article() -> None:
    pairs = load_pairs()
    for half in (DEV, HELD_OUT):
        labels = Counter(p.same for p in pairs if p.split == half)
        assert labels[True] >= 30 and labels[False] >= 20, (half, labels)
    articles = {h: {u for p in pairs if p.split == h for u in (p.a, p.b)} for h in (DEV, HELD_OUT)}
    assert not articles[DEV] & articles[HELD_OUT]


def fakes_rows() -> dict[str, list[dict[str, str]]]:
    csv.field_size_limit(1 << 30)
    rows: dict[str, list[dict[str, str]]] = defaultdict(list)
    with FAKES_CSV.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            rows[row["unit_id"]].append(row)
    return rows


@needs_fakes
def test_every_unit_id_names_one_fakes_article() -> None:
    rows = fakes_rows()
    ids = {u for p in load_pairs() for u in (p.a, p.b)}
    missing = sorted(u for u in ids if u not in rows)
    assert not missing, f"not in FA-KES (a typo?): {missing}"
    # FA-KES repeats a few unit_ids; one that carries two different texts cannot be judged
    ambiguous = sorted(u for u in ids if len({r["article_content"] for r in rows[u]}) > 1)
    assert not ambiguous, f"unit_ids with more than one text: {ambiguous}"


@needs_fakes
def test_every_pair_crosses_outlets_and_avoids_the_held_out_sample() -> None:
    rows = fakes_rows()
    pairs = load_pairs()
    one_outlet = [(p.a, p.b) for p in pairs if rows[p.a][0]["source"] == rows[p.b][0]["source"]]
    assert not one_outlet, f"pairs from a single outlet: {one_outlet}"
    held_out = set(devset_sample(FAKES_CSV, first=TEST_SAMPLE_FIRST, size=TEST_SAMPLE_SIZE))
    leaked = sorted({u for p in pairs for u in (p.a, p.b)} & held_out)
    assert not leaked, f"held-out test-set articles in the pairs: {leaked}"
