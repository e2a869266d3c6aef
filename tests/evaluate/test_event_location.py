"""Event-location linking: the loader on the real file, the scorer on hand-made cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate.event_location import (
    EventLocationRecord,
    load_event_location,
    score_event_location,
)


def test_loader_reads_accepted_records_with_character_offsets(shared_dir: Path) -> None:
    records = load_event_location(shared_dir / "data" / "event-location")
    located = [r for r in records if r.locations]
    assert len(located) == 3153
    assert len(records) - len(located) == 1967
    assert sum(r.source == "RELABEL" for r in located) == 336
    # spans hold text, including the records whose own offsets are token indices (2 records
    # carry token indices and no tokens to read them by)
    empty = [r for r in located if not all(r.text[a:b].strip() for a, b in (r.verb, *r.locations))]
    assert len(empty) == 2
    first = located[0]
    assert first.text[first.verb[0] : first.verb[1]] == "murdered"
    assert first.text[first.locations[0][0] : first.locations[0][1]] == "Reshimbagh"


def test_loader_rejects_a_missing_archive(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="cannot read"):
        load_event_location(tmp_path)


def _rec(text: str, verb: str, *places: str, source: str = "AP") -> EventLocationRecord:
    def span(word: str) -> tuple[int, int]:
        at = text.index(word)
        return at, at + len(word)

    return EventLocationRecord(text, span(verb), tuple(span(p) for p in places), source, "d")


def test_scorer_counts_right_wrong_and_none() -> None:
    text = "Jets from Iran struck Aleppo in Syria."
    right = _rec(text, "struck", "Aleppo", source="RELABEL")
    wrong = _rec(text, "struck", "Aleppo")
    none = _rec(text, "struck", "Aleppo")
    empty = _rec("Talks began.", "began")
    picks = [(22, 26), (10, 14), None, None]  # 'Alep' overlaps, 'Iran' does not
    table = score_event_location([right, wrong, none, empty], picks)
    assert table.get("place picked = gold location (overlap)").value == pytest.approx(1 / 3)
    assert table.get("place picked = gold location (exact span)").value == 0.0
    assert table.get("no place picked").value == pytest.approx(1 / 3)
    assert table.get("RELABEL: place picked = gold location (overlap)").value == 1.0
    assert table.get("Syria/Aleppo: no place picked").value == pytest.approx(1 / 3)
    assert table.get("no gold location: no place picked").value == 1.0
    assert table.details["wrong_picks_sample"] == ["struck: Aleppo -> Iran"]
