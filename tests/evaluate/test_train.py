"""Fitting the plausibility model (harness.train) on examples written here."""

from __future__ import annotations

import pytest

from eventwire.errors import UsageError
from eventwire.harness.train import THRESHOLDS, Example, f1_at, fit_plausibility


def test_f1_at_counts_kept_examples_against_all_gold() -> None:
    scores, positive = [0.9, 0.8, 0.2, 0.6], [True, False, True, True]
    # threshold 0.5 keeps 0.9 (tp), 0.8 (fp), 0.6 (tp): P 2/3, R 2/4
    assert f1_at(scores, positive, 4, 0.5) == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    assert f1_at(scores, positive, 4, 0.95) == 0.0


def _examples() -> list[Example]:
    # 20 articles; in each, an incident with a figure that is real and a bare one that is not,
    # with a little noise so the classes overlap.
    out = []
    for a in range(20):
        out.append(Example(f"a{a}", {"killed": 1.0, "first": 1.0}, True))
        out.append(Example(f"a{a}", {"killed": 0.0, "first": 0.0}, a % 7 == 0))
    return out


def test_fit_learns_the_separating_feature_and_picks_a_threshold() -> None:
    model = fit_plausibility(_examples(), n_gold=23, trained_on="written")
    assert model.weights["killed"] > 0
    assert model.threshold in THRESHOLDS
    assert model.details["f1_out_of_fold"] >= model.details["f1_keeping_all"]
    assert model.score({"killed": 1.0, "first": 1.0}) > model.score({})


def test_guarded_examples_are_not_trained_on_but_count_as_kept() -> None:
    guarded = [Example(f"g{i}", {"odd": 1.0}, False, guarded=True) for i in range(30)]
    model = fit_plausibility([*_examples(), *guarded], n_gold=23, trained_on="written")
    assert "odd" not in model.weights  # never seen by the regression
    assert model.details["decided_by_the_model"] == 40
    # 30 kept false positives weigh on the F1 whatever the threshold
    assert model.details["f1_keeping_all"] < 0.7


def test_fit_needs_both_kinds_of_example() -> None:
    only_real = [Example(f"a{i}", {"killed": 1.0}, True) for i in range(10)]
    with pytest.raises(UsageError, match="both"):
        fit_plausibility(only_real, n_gold=10, trained_on="written")
