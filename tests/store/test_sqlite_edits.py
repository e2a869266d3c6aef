"""The editing hooks a linking stage (or a person) needs: replace, delete, merge, split."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from eventwire.errors import NotFoundError, StoreError
from eventwire.model import Count, Extraction, Incident
from eventwire.store import IncidentQuery, SQLiteStore

Dump = Callable[[Path], dict[str, list[tuple[object, ...]]]]


def only(extraction: Extraction) -> Incident:
    return extraction.incidents[0]


def test_replace_incident_overwrites_it(filled: SQLiteStore, aleppo: Extraction) -> None:
    edited = only(aleppo).model_copy(update={"fatalities": Count(best=1)})
    filled.replace_incident(edited)
    assert filled.get_incident(edited.id) == edited
    assert filled.stats().fatalities == 7


def test_replace_of_an_unknown_incident_is_not_found(
    filled: SQLiteStore, aleppo: Extraction
) -> None:
    stranger = only(aleppo).model_copy(update={"id": "inc_stranger"})
    with pytest.raises(NotFoundError, match="inc_stranger"):
        filled.replace_incident(stranger)


def test_delete_removes_the_incident_its_claims_and_its_place(
    filled: SQLiteStore, aleppo: Extraction
) -> None:
    strike = only(aleppo)
    filled.delete_incident(strike.id)
    with pytest.raises(NotFoundError):
        filled.get_incident(strike.id)
    assert filled.stats().claims == 1
    assert filled.incidents(IncidentQuery(near=(36.2089, 37.1622, 10.0))) == []
    assert filled.get_report("rep_aleppo") == aleppo.report  # the evidence stays


def test_delete_of_an_unknown_incident_is_not_found(filled: SQLiteStore) -> None:
    with pytest.raises(NotFoundError, match="no incident 'inc_nope'"):
        filled.delete_incident("inc_nope")


def test_merge_two_incidents_into_one(
    filled: SQLiteStore, aleppo: Extraction, damascus: Extraction
) -> None:
    a, b = only(aleppo), only(damascus)
    merged = a.model_copy(
        update={"reports": [*a.reports, *b.reports], "claims": [*a.claims, *b.claims]}
    )
    filled.replace_incidents([a.id, b.id], [merged])
    assert filled.count_incidents() == 3
    for report_id in ("rep_aleppo", "rep_damascus"):
        found = filled.incidents(
            IncidentQuery(report_id=report_id, sub_event_type="air_drone_strike")
        )
        assert found == [merged]


def test_split_one_incident_into_two(filled: SQLiteStore, damascus: Extraction) -> None:
    shelling = only(damascus)
    first = shelling.model_copy(update={"fatalities": Count(best=1)})
    second = shelling.model_copy(update={"id": "inc_split_2", "fatalities": Count(best=3)})
    filled.replace_incidents([shelling.id], [first, second])
    found = filled.incidents(IncidentQuery(report_id="rep_damascus"))
    # Same date: ordered by id; the undated clash comes last.
    expected = [*sorted([first.id, second.id]), damascus.incidents[1].id]
    assert [i.id for i in found] == expected
    assert filled.get_incident(second.id) == second


@pytest.mark.parametrize(
    "case",
    ["unknown id to remove", "added id still stored", "added incident cites unknown report"],
)
def test_a_failing_replace_changes_nothing(
    filled: SQLiteStore, aleppo: Extraction, db_path: Path, dump: Dump, case: str
) -> None:
    strike = only(aleppo)
    remove, add = {
        "unknown id to remove": ([strike.id, "inc_nope"], []),
        "added id still stored": ([], [strike]),
        "added incident cites unknown report": (
            [strike.id],
            [strike.model_copy(update={"reports": ["rep_nowhere"]})],
        ),
    }[case]
    before = dump(db_path)
    with pytest.raises(StoreError):
        filled.replace_incidents(remove, add)
    assert dump(db_path) == before
