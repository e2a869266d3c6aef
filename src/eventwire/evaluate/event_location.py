"""Event-location linking (Halterman 2019, "Geolocating Political Events in Text").

Each record is a sentence (sometimes two) with one event verb marked (VERB) and the place where
*that* event happened (LOCATION, one or more spans). We score the records an annotator accepted
that have both: did we pick, for that verb, a place span overlapping a gold LOCATION span
(accuracy; exact span as well), and how often did we pick none. Accepted records with a verb
but no location are scored apart: there the right answer is no place in the sentence, though a
system that fills a place from context may still be right to give one.

Span offsets are read from the records' tokens (in about a third of the records the spans'
``start``/``end`` are token indices). Subsets reported beside the whole: ``RELABEL`` (the adjudicated gold standard per the data's
README) and records naming Syria or Aleppo.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.errors import EvaluationError
from eventwire.evaluate.metrics import Ratio, Score, ScoreTable

ARCHIVE = "labeled_text.jsonl.zip"
MEMBER = "labeled_text.jsonl"
SYRIA_WORDS = ("Syria", "Aleppo")
TARGET = None  # no published bar for a rule-based linker on this set

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class EventLocationRecord:
    text: str
    verb: Span
    locations: tuple[Span, ...]
    source: str
    doc_id: str

    @property
    def syrian(self) -> bool:
        return any(w in self.text for w in SYRIA_WORDS)


def load_event_location(path: Path) -> list[EventLocationRecord]:
    """Every accepted record with exactly one VERB span (with or without LOCATION spans).

    ``path`` is the ``event-location`` folder or the zip itself."""
    file = path / ARCHIVE if path.is_dir() else path
    try:
        with zipfile.ZipFile(file) as archive, archive.open(MEMBER) as handle:
            rows = json.load(handle)
    except (OSError, KeyError, zipfile.BadZipFile) as err:
        raise EvaluationError(f"{file}: cannot read {MEMBER} ({err})") from err
    except json.JSONDecodeError as err:
        raise EvaluationError(f"{file}: {MEMBER} is not JSON ({err})") from err
    if not isinstance(rows, list):
        raise EvaluationError(f"{file}: {MEMBER} is not one JSON array of records")
    records = []
    for row in rows:
        if row.get("answer") != "accept":
            continue
        spans = row.get("spans") or []
        tokens = row.get("tokens") or []
        verbs = [_chars(s, tokens) for s in spans if s.get("label") == "VERB"]
        if len(verbs) != 1:
            continue
        places = tuple(sorted(_chars(s, tokens) for s in spans if s.get("label") == "LOCATION"))
        records.append(
            EventLocationRecord(
                text=row["text"],
                verb=verbs[0],
                locations=places,
                source=str(row.get("source") or ""),
                doc_id=str(row.get("doc_id") or ""),
            )
        )
    if not records:
        raise EvaluationError(f"{file}: no accepted records with a VERB span")
    return records


def _chars(span: dict[str, Any], tokens: list[dict[str, Any]]) -> Span:
    """A span's character offsets, read from its tokens: in about a third of the records the
    span's own ``start``/``end`` hold token indices, not characters."""
    first, last = span.get("token_start"), span.get("token_end")
    if isinstance(first, int) and isinstance(last, int) and 0 <= first <= last < len(tokens):
        return int(tokens[first]["start"]), int(tokens[last]["end"])
    return int(span["start"]), int(span["end"])


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass(frozen=True, slots=True)
class Tally:
    n: int = 0
    right: int = 0
    exact: int = 0
    none: int = 0

    def add(self, record: EventLocationRecord, pick: Span | None) -> Tally:
        right = pick is not None and any(_overlaps(pick, g) for g in record.locations)
        exact = pick is not None and pick in record.locations
        return Tally(self.n + 1, self.right + right, self.exact + exact, self.none + (pick is None))


def score_event_location(
    records: Sequence[EventLocationRecord], picks: Sequence[Span | None]
) -> ScoreTable:
    """``picks[i]``: the character span of the place we chose for record i's verb, or None."""
    if len(records) != len(picks):
        raise EvaluationError(f"{len(records)} records but {len(picks)} answers")
    whole, relabel, syria = Tally(), Tally(), Tally()
    empty_n = empty_none = 0
    wrong: list[str] = []
    for rec, pick in zip(records, picks, strict=True):
        if not rec.locations:
            empty_n += 1
            empty_none += pick is None
            continue
        whole = whole.add(rec, pick)
        if rec.source == "RELABEL":
            relabel = relabel.add(rec, pick)
        if rec.syrian:
            syria = syria.add(rec, pick)
        if pick is not None and not any(_overlaps(pick, g) for g in rec.locations):
            gold = rec.text[rec.locations[0][0] : rec.locations[0][1]]
            wrong.append(
                f"{rec.text[rec.verb[0] : rec.verb[1]]}: {gold} -> {rec.text[pick[0] : pick[1]]}"
            )
    table = ScoreTable("event-location")
    for prefix, t in (("", whole), ("RELABEL: ", relabel), ("Syria/Aleppo: ", syria)):
        table.add(Score.of(f"{prefix}place picked = gold location (overlap)", Ratio(t.right, t.n)))
        table.add(
            Score.of(f"{prefix}place picked = gold location (exact span)", Ratio(t.exact, t.n))
        )
        table.add(Score.of(f"{prefix}no place picked", Ratio(t.none, t.n)))
    table.add(Score.of("no gold location: no place picked", Ratio(empty_none, empty_n)))
    table.details["records_with_location"] = whole.n
    table.details["records_without_location"] = empty_n
    table.details["wrong_picks_sample"] = wrong[:30]
    return table
