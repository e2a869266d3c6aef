"""FA-KES: read the 804 texts (without the gold date column), extract, score."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from eventwire.batch import read_reports
from eventwire.errors import EventwireError
from eventwire.evaluate.fakes import load_fakes_gold, score_fakes
from eventwire.evaluate.metrics import ScoreTable
from eventwire.extract.pipeline import Extractor
from eventwire.ingest.presets import FAKES_TEXTS
from eventwire.model import Extraction


def run_fakes(
    path: Path,
    extractor: Extractor,
    *,
    limit: int | None = None,
    on_problem: Callable[[EventwireError], None] = lambda err: None,
    on_progress: Callable[[Extraction], None] = lambda ex: None,
) -> ScoreTable:
    gold = load_fakes_gold(path)
    reports = list(read_reports([path], FAKES_TEXTS, on_problem))[:limit]
    extractions = []
    for ex in extractor.extract_many(reports):
        extractions.append(ex)
        on_progress(ex)
    return score_fakes(gold, extractions)
