"""Our FA-KES linked pairs: extract both articles of each judged pair, link, score.

A pair counts as linked when, ingesting the two articles in publication order, one
incident of the later joins an incident of the earlier: the same question a store answers
when the second report arrives (`IncrementalLinker`, as `eventwire ingest` uses it). Dates
come from the article text (datelines), never from FA-KES's `date` column. The table holds
all pairs and each half (`dev`, tuned on; `held-out`, only reported: see
`evaluate.fakes_pairs`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from eventwire.batch import read_reports
from eventwire.errors import EventwireError
from eventwire.evaluate.fakes_pairs import load_pairs, score_pairs
from eventwire.evaluate.metrics import ScoreTable
from eventwire.extract.pipeline import Extractor
from eventwire.ingest.presets import FAKES_TEXTS
from eventwire.link import IncrementalLinker
from eventwire.model import Extraction


def run_fakes_pairs(
    csv_path: Path,
    extractor: Extractor,
    *,
    pairs_path: Path | None = None,
    on_problem: Callable[[EventwireError], None] = lambda err: None,
    on_progress: Callable[[Extraction], None] = lambda ex: None,
) -> ScoreTable:
    pairs = load_pairs(pairs_path)
    wanted = {u for p in pairs for u in (p.a, p.b)}
    reports = [r for r in read_reports([csv_path], FAKES_TEXTS, on_problem) if r.id in wanted]
    extractions: dict[str, Extraction] = {}
    for ex in extractor.extract_many(reports):
        extractions[ex.report.id] = ex
        on_progress(ex)
    linker = IncrementalLinker()

    def linked(a: str, b: str) -> bool:
        if a not in extractions or b not in extractions:
            return False
        first, second = sorted((extractions[a], extractions[b]), key=_arrival)
        assignment = linker.assign([*first.incidents, *second.incidents])
        earlier = {assignment[i.id] for i in first.incidents}
        return any(assignment[i.id] in earlier for i in second.incidents)

    table = score_pairs(pairs, linked)
    table.details["articles missing"] = sorted(wanted - extractions.keys())
    return table


def _arrival(extraction: Extraction) -> tuple[date, str]:
    return extraction.report.published or date.max, extraction.report.id
