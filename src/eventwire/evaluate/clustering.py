"""Scores of a clustering against gold clusters: pairwise and B-cubed precision/recall/F1.

Both take two mappings item -> cluster label over the same items. Pairwise counts the
unordered pairs put together (a predicted pair is right when gold puts it together too);
B-cubed (Bagga & Baldwin 1998) averages, over items, how much of the item's predicted
cluster is in its gold cluster (precision) and the reverse (recall). Pure functions.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _check_same_items(predicted: Mapping[Any, Any], gold: Mapping[Any, Any]) -> None:
    if predicted.keys() != gold.keys():
        missing = len(gold.keys() - predicted.keys())
        extra = len(predicted.keys() - gold.keys())
        raise ValueError(
            f"clusterings cover different items ({missing} gold items unclustered, "
            f"{extra} predicted items not in gold)"
        )


def _pairs(sizes: Mapping[Any, int]) -> int:
    return sum(n * (n - 1) // 2 for n in sizes.values())


def pairwise(predicted: Mapping[Any, Any], gold: Mapping[Any, Any]) -> PRF:
    """Pairwise precision and recall; 1.0 when there are no pairs to get wrong."""
    _check_same_items(predicted, gold)
    both = Counter((predicted[i], gold[i]) for i in gold)
    together_both = _pairs(both)
    together_pred = _pairs(Counter(predicted.values()))
    together_gold = _pairs(Counter(gold.values()))
    return PRF(
        precision=together_both / together_pred if together_pred else 1.0,
        recall=together_both / together_gold if together_gold else 1.0,
    )


def b_cubed(predicted: Mapping[Any, Any], gold: Mapping[Any, Any]) -> PRF:
    """B-cubed precision and recall, each the mean over items."""
    _check_same_items(predicted, gold)
    if not gold:
        return PRF(1.0, 1.0)
    both = Counter((predicted[i], gold[i]) for i in gold)
    pred_size = Counter(predicted.values())
    gold_size = Counter(gold.values())
    # each of the n items in an intersection contributes n/|P| and n/|G|; fsum, so the figure
    # does not depend on the order the items came in (a set's order varies between runs)
    precision = math.fsum(n * n / pred_size[p] for (p, _), n in both.items())
    recall = math.fsum(n * n / gold_size[g] for (_, g), n in both.items())
    return PRF(precision / len(gold), recall / len(gold))


def clusters_of(labels: Mapping[Any, Any]) -> list[list[Hashable]]:
    """The clusters as lists of items, largest first, for error dumps."""
    groups: defaultdict[Hashable, list[Hashable]] = defaultdict(list)
    for item, label in labels.items():
        groups[label].append(item)
    return sorted(groups.values(), key=len, reverse=True)
