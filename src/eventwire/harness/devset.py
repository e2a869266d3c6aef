"""The FA-KES incident dev set: read the annotated articles' texts from the FA-KES CSV, extract,
score against our annotations (docs/ANNOTATION.md), and say how much of the sample is done."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from eventwire.batch import read_reports
from eventwire.errors import EventwireError
from eventwire.evaluate.devset import coverage, devset_sample, load_devset, score_devset
from eventwire.evaluate.metrics import ScoreTable
from eventwire.extract.pipeline import Extractor
from eventwire.ingest.presets import FAKES_TEXTS
from eventwire.model import Extraction


def run_devset(
    csv_path: Path,
    extractor: Extractor,
    *,
    gold_dir: Path | None = None,
    on_problem: Callable[[EventwireError], None] = lambda err: None,
    on_progress: Callable[[Extraction], None] = lambda ex: None,
) -> ScoreTable:
    """Score the annotated articles of the sample (only those; annotations of rows outside the
    sample are listed in ``details["coverage"]`` and left out)."""
    gold = load_devset(gold_dir)
    sample = devset_sample(csv_path)
    in_sample = set(sample)
    scored = [g for g in gold if g.unit_id in in_sample]
    wanted = {g.unit_id for g in scored}
    reports = [r for r in read_reports([csv_path], FAKES_TEXTS, on_problem) if r.id in wanted]
    extractions = []
    for ex in extractor.extract_many(reports):
        extractions.append(ex)
        on_progress(ex)
    table = score_devset(scored, extractions)
    table.details["coverage"] = coverage(gold, sample)
    return table
