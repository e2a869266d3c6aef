from __future__ import annotations

import pytest

from eventwire.evaluate.clustering import b_cubed, clusters_of, pairwise

GOLD = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}


def test_perfect_clustering_scores_one() -> None:
    same = {k: f"x{v}" for k, v in GOLD.items()}
    assert pairwise(same, GOLD).f1 == 1.0
    assert b_cubed(same, GOLD).f1 == 1.0


def test_all_singletons_have_full_precision_and_no_pairwise_recall() -> None:
    singletons = {k: k for k in GOLD}
    pw = pairwise(singletons, GOLD)
    assert (pw.precision, pw.recall, pw.f1) == (1.0, 0.0, 0.0)
    b3 = b_cubed(singletons, GOLD)
    assert b3.precision == 1.0
    # recall per item: a,b,c get 1/3 each, d,e get 1/2 each
    assert b3.recall == pytest.approx((3 * (1 / 3) + 2 * (1 / 2)) / 5)


def test_one_big_cluster_has_full_recall() -> None:
    lumped = {k: 0 for k in GOLD}
    pw = pairwise(lumped, GOLD)
    assert pw.recall == 1.0
    assert pw.precision == pytest.approx(4 / 10)  # 3 + 1 gold pairs of 10
    b3 = b_cubed(lumped, GOLD)
    assert b3.recall == 1.0
    assert b3.precision == pytest.approx((3 * 3 / 5 + 2 * 2 / 5) / 5)


def test_one_misplaced_item() -> None:
    predicted = {"a": 1, "b": 1, "c": 2, "d": 2, "e": 2}
    pw = pairwise(predicted, GOLD)
    # predicted pairs: ab, cd, ce, de -> ab and de right
    assert pw.precision == pytest.approx(2 / 4)
    assert pw.recall == pytest.approx(2 / 4)


def test_different_items_are_refused() -> None:
    with pytest.raises(ValueError, match="different items"):
        pairwise({"a": 1}, {"b": 1})


def test_clusters_of_lists_largest_first() -> None:
    assert clusters_of(GOLD)[0] == ["a", "b", "c"]
