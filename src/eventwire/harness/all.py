"""Every evaluation, in one call: what `eventwire evaluate all` and the accuracy regression test run."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from eventwire.evaluate.metrics import ScoreTable
from eventwire.extract.pipeline import Extractor

FAKES_CSV = Path("fa-kes") / "FA-KES-Dataset.csv"
MAVERICK_CSV = Path("maverick") / "maverick_event_report.csv"


def run_all(
    data: Path, extractor: Extractor, *, on_start: Callable[[str], None] = lambda name: None
) -> list[ScoreTable]:
    """Score every gold set under ``data`` (the shared data folder), in a fixed order."""
    from eventwire.harness.devset import run_agreement, run_devset
    from eventwire.harness.ecbplus import ecbplus_scores
    from eventwire.harness.fakes import run_fakes
    from eventwire.harness.fakes_pairs import run_fakes_pairs
    from eventwire.harness.geoparse import (
        run_event_location,
        run_geovirus,
        run_geowebnews,
        run_trnews,
    )
    from eventwire.harness.linking import maverick_scores
    from eventwire.harness.timeml import run_meantime, run_te3

    runs: list[tuple[str, Callable[[], ScoreTable]]] = [
        ("te3-platinum", lambda: run_te3(data / "te3-platinum")),
        ("meantime-en", lambda: run_meantime(data / "meantime-en")),
        ("tr-news", lambda: run_trnews(data / "tr-news")),
        ("geowebnews", lambda: run_geowebnews(data / "geowebnews")),
        ("geovirus", lambda: run_geovirus(data / "geovirus")),
        ("event-location", lambda: run_event_location(data / "event-location")),
        ("fakes", lambda: run_fakes(data / FAKES_CSV, extractor)),
        ("devset", lambda: run_devset(data / FAKES_CSV, extractor)),
        ("testset", lambda: run_devset(data / FAKES_CSV, extractor, held_out=True)),
        ("agreement", run_agreement),
        ("maverick", lambda: maverick_scores(data / MAVERICK_CSV)),
        ("ecbplus", lambda: ecbplus_scores(data / "ecbplus", extractor)),
        ("fakes-pairs", lambda: run_fakes_pairs(data / FAKES_CSV, extractor)),
    ]
    tables = []
    for name, run in runs:
        on_start(name)
        tables.append(run())
    return tables
