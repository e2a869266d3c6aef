"""Small pure scoring helpers and the one result type every scorer returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Ratio:
    """hits out of n, printed as a share."""

    hits: int
    n: int

    @property
    def value(self) -> float | None:
        return self.hits / self.n if self.n else None

    def __str__(self) -> str:
        return "n/a" if self.value is None else f"{self.value:.3f}"


@dataclass(frozen=True, slots=True)
class Score:
    """One measure of one data set: a value in [0, 1] (or a plain number such as km), how many
    items it is over, and the published bar or our target where there is one."""

    measure: str
    value: float | None
    n: str = ""
    target: float | None = None
    higher_is_better: bool = True

    @classmethod
    def of(cls, measure: str, ratio: Ratio, target: float | None = None) -> Score:
        return cls(measure, ratio.value, f"{ratio.hits}/{ratio.n}", target)

    def meets_target(self) -> bool | None:
        if self.target is None or self.value is None:
            return None
        return self.value >= self.target if self.higher_is_better else self.value <= self.target


@dataclass
class ScoreTable:
    """What one scorer reports: a named list of scores plus free diagnostics."""

    dataset: str
    scores: list[Score] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    def add(self, score: Score) -> None:
        self.scores.append(score)

    def get(self, measure: str) -> Score:
        for s in self.scores:
            if s.measure == measure:
                return s
        raise KeyError(f"{self.dataset}: no measure {measure!r}")

    def as_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "scores": [
                {"measure": s.measure, "value": s.value, "n": s.n, "target": s.target}
                for s in self.scores
            ],
            "details": self.details,
        }


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f
