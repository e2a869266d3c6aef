"""Train the plausibility model (`eventwire.extract.plausibility`) on the annotated dev set.

Every incident the rules assemble from a dev article is an example: positive when it matches a
gold incident (the scorer's own matching), negative when it matches none. An incident matching a
background incident (an earlier strike the report recalls, such as the M10 hospital strike in the
Aleppo example) is a real incident, so it is a positive too, but it is not counted in the F1 used
to choose the threshold, as the scorer does not count it. A logistic regression
(scikit-learn, needed for training only) learns the weights; the threshold is the one that
maximises incident F1 over out-of-fold scores, folds grouped by article, so the threshold is
chosen on articles the weights did not see. The held-out test set is never used here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.errors import EventwireError, UsageError
from eventwire.evaluate.devset import match_incidents
from eventwire.extract.pipeline import Extractor
from eventwire.extract.plausibility import (
    PlausibilityModel,
    home_country,
    incident_features,
    is_well_evidenced,
)
from eventwire.harness.devset import sample_gold_and_reports

# Regularisation strength (scikit-learn's C) and the thresholds tried.
C = 1.0
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(1, 13))  # 0.05 … 0.60
FOLDS = 5


@dataclass(frozen=True)
class Example:
    article: str
    features: dict[str, float]
    positive: bool
    scored: bool = True  # False: matches a background incident (a positive the scorer ignores)
    guarded: bool = False  # well evidenced: kept whatever the model says, so not trained on


def labelled_examples(
    csv_path: Path,
    extractor: Extractor,
    on_problem: Callable[[EventwireError], None] = lambda err: None,
) -> tuple[list[Example], int]:
    """The examples of the dev sample, and how many current (non-background) gold incidents
    it has (the recall denominator)."""
    if extractor.plausibility is not None:
        raise UsageError(
            "training needs every assembled incident: use Extractor() without drop_unlikely"
        )
    _, _, in_sample, reports = sample_gold_and_reports(csv_path, on_problem=on_problem)
    gold = {g.unit_id: g for g in in_sample}
    examples: list[Example] = []
    n_gold = sum(not inc.background for g in gold.values() for inc in g.incidents)
    # The CSV repeats some unit_ids; like the scorer, keep the last extraction of each.
    extractions = {ex.report.id: ex for ex in extractor.extract_many(reports)}
    for ex in extractions.values():
        article = gold[ex.report.id]
        matched = dict(
            (ei, article.incidents[gi])
            for gi, ei in match_incidents(article.incidents, ex.incidents)
        )
        home = home_country(ex.places)
        for rank, incident in enumerate(ex.incidents):
            match = matched.get(rank)
            features = incident_features(
                incident,
                rank=rank,
                count=len(ex.incidents),
                published=ex.report.published,
                text_length=len(ex.report.text),
                home=home,
            )
            background = match is not None and match.background
            examples.append(
                Example(
                    ex.report.id,
                    features,
                    match is not None,
                    scored=not background,
                    guarded=is_well_evidenced(incident),
                )
            )
    return examples, n_gold


def f1_at(
    scores: Sequence[float],
    positive: Sequence[bool],
    n_gold: int,
    threshold: float,
    scored: Sequence[bool] | None = None,
) -> float:
    """Incident F1 if only the examples scoring at least `threshold` were kept; examples not
    `scored` (matching background incidents) count neither way."""
    counted = scored if scored is not None else [True] * len(scores)
    kept = [p for s, p, c in zip(scores, positive, counted, strict=True) if c and s >= threshold]
    tp, fp = sum(kept), len(kept) - sum(kept)
    if tp == 0:
        return 0.0
    precision, recall = tp / (tp + fp), tp / n_gold
    return 2 * precision * recall / (precision + recall)


def fit_plausibility(
    examples: Sequence[Example], n_gold: int, *, trained_on: str
) -> PlausibilityModel:
    """Weights from the examples the model decides (not `guarded`); the threshold from their
    out-of-fold scores, with the guarded ones counted as kept, as `keep_plausible` keeps them."""
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import GroupKFold
    except ImportError as err:
        raise UsageError(
            "training needs scikit-learn: pip install 'eventwire[train]' (or '.[dev]')"
        ) from err
    decided = [e for e in examples if not e.guarded]
    if len({e.positive for e in decided}) < 2:
        raise UsageError("training needs both matched and spurious incidents; got one kind only")
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([e.features for e in decided])
    y = [int(e.positive) for e in decided]
    groups = [e.article for e in decided]
    fold_scores = [0.0] * len(decided)
    for train, test in GroupKFold(n_splits=FOLDS).split(x, y, groups):
        fold = LogisticRegression(C=C, max_iter=5000).fit(x[train], [y[i] for i in train])
        for i, p in zip(test, fold.predict_proba(x[test])[:, 1], strict=True):
            fold_scores[i] = float(p)
    by_example = dict(zip(map(id, decided), fold_scores, strict=True))
    out_of_fold = [by_example.get(id(e), 1.0) for e in examples]  # guarded: always kept
    positive = [e.positive for e in examples]
    scored = [e.scored for e in examples]
    by_threshold = {t: f1_at(out_of_fold, positive, n_gold, t, scored) for t in THRESHOLDS}
    best = max(THRESHOLDS, key=lambda t: (round(by_threshold[t], 6), -t))  # ties: keep more
    model = LogisticRegression(C=C, max_iter=5000).fit(x, y)
    names = vectorizer.get_feature_names_out()
    details: dict[str, Any] = {
        "examples": len(examples),
        "decided_by_the_model": len(decided),
        "positives": sum(e.positive for e in examples),
        "gold_incidents": n_gold,
        "background": sum(not e.scored for e in examples),
        "f1_keeping_all": round(f1_at(out_of_fold, positive, n_gold, 0.0, scored), 4),
        "f1_out_of_fold": round(by_threshold[best], 4),
        "C": C,
        "folds": FOLDS,
    }
    return PlausibilityModel(
        intercept=round(float(model.intercept_[0]), 6),
        weights={
            str(n): round(float(w), 6) for n, w in zip(names, model.coef_[0], strict=True) if w
        },
        threshold=best,
        trained_on=trained_on,
        details=details,
    )


def train_plausibility(
    csv_path: Path,
    extractor: Extractor,
    on_problem: Callable[[EventwireError], None] = lambda err: None,
) -> PlausibilityModel:
    examples, n_gold = labelled_examples(csv_path, extractor, on_problem)
    return fit_plausibility(
        examples,
        n_gold,
        trained_on=f"FA-KES dev set, {len({e.article for e in examples})} articles",
    )
