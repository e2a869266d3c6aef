"""The FA-KES incident sets: read the annotated articles' texts from the FA-KES CSV, extract,
score against our annotations (docs/ANNOTATION.md), and say how much of the sample is done.

Three sets share one scorer: the dev set (tuned on), the held-out test set (never looked at while
developing) and a second, blind annotation of part of the dev set (how far two people agree)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from eventwire.batch import read_reports
from eventwire.errors import EventwireError
from eventwire.evaluate.agreement import AGREEMENT_DIR, score_agreement
from eventwire.evaluate.devset import (
    SAMPLE_SIZE,
    TEST_DATASET,
    TEST_DIR,
    TEST_SAMPLE_FIRST,
    TEST_SAMPLE_SIZE,
    GoldArticle,
    coverage,
    devset_sample,
    load_devset,
    score_devset,
)
from eventwire.evaluate.metrics import ScoreTable
from eventwire.extract.pipeline import Extractor
from eventwire.ingest.presets import FAKES_TEXTS
from eventwire.model import Extraction, Report


def run_devset(
    csv_path: Path,
    extractor: Extractor,
    *,
    held_out: bool = False,
    gold_dir: Path | None = None,
    on_problem: Callable[[EventwireError], None] = lambda err: None,
    on_progress: Callable[[Extraction], None] = lambda ex: None,
) -> ScoreTable:
    """Score the annotated articles of the dev sample, or of the held-out test sample
    (``held_out``). Only articles of the sample count; annotations of rows outside it are
    listed in ``details["coverage"]`` and left out."""
    gold, sample, scored, reports = sample_gold_and_reports(
        csv_path, held_out=held_out, gold_dir=gold_dir, on_problem=on_problem
    )
    extractions = []
    for ex in extractor.extract_many(reports):
        extractions.append(ex)
        on_progress(ex)
    table = score_devset(scored, extractions)
    if held_out:
        table.dataset = TEST_DATASET
    table.details["coverage"] = coverage(gold, sample)
    return table


def sample_gold_and_reports(
    csv_path: Path,
    *,
    held_out: bool = False,
    gold_dir: Path | None = None,
    on_problem: Callable[[EventwireError], None] = lambda err: None,
) -> tuple[list[GoldArticle], list[str], list[GoldArticle], list[Report]]:
    """All annotations of the dev (or held-out test) set, its sample's unit_ids, the annotated
    articles inside the sample, and their reports read from the FA-KES CSV."""
    if held_out:
        gold = load_devset(gold_dir, folder=TEST_DIR)
        sample = devset_sample(csv_path, first=TEST_SAMPLE_FIRST, size=TEST_SAMPLE_SIZE)
    else:
        gold = load_devset(gold_dir)
        sample = devset_sample(csv_path, size=SAMPLE_SIZE)
    in_sample = set(sample)
    scored = [g for g in gold if g.unit_id in in_sample]
    wanted = {g.unit_id for g in scored}
    reports = [r for r in read_reports([csv_path], FAKES_TEXTS, on_problem) if r.id in wanted]
    return gold, sample, scored, reports


def run_agreement(gold_dir: Path | None = None) -> ScoreTable:
    """The second annotation scored against the dev set's, as the system is (no extraction)."""
    reference = load_devset()
    second = load_devset(gold_dir, folder=AGREEMENT_DIR)
    return score_agreement(reference, second)
