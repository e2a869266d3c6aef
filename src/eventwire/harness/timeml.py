"""TempEval-3 platinum and MEANTIME: tag each text with our temporal grammar and resolver
(`eventwire.timex.annotate`, the document creation time as anchor) and score the TIMEX3s."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from eventwire.evaluate.metrics import ScoreTable
from eventwire.evaluate.timeml import (
    Targets,
    TimemlDoc,
    iter_texts,
    load_meantime,
    load_te3,
    score_timexes,
)
from eventwire.timex import Timex3, annotate

# TempEval-3 platinum: our target for value accuracy, and HeidelTime's value F1 (the best
# published rule-based figure, UzZaman et al. 2013).
TE3_TARGETS = Targets(value_accuracy=0.85, value_f1=0.776)


def tag(docs: Sequence[TimemlDoc]) -> dict[str, list[Timex3]]:
    """Our TIMEX3s for each document, read from its creation time."""
    return {doc_id: annotate(text, dct) for doc_id, text, dct in iter_texts(docs)}


def run_te3(path: Path) -> ScoreTable:
    """``path``: the te3-platinum folder of ``.tml`` files."""
    docs = load_te3(path)
    return score_timexes("te3-platinum", docs, tag(docs), targets=TE3_TARGETS)


def run_meantime(path: Path) -> ScoreTable:
    """``path``: the meantime-en folder (its ``corpus_*`` folders are read). WikiNews with its
    own conventions, reported without targets."""
    docs = load_meantime(path)
    return score_timexes("meantime-en", docs, tag(docs))
