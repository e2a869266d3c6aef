"""Editing one stored incident by hand: replace and delete (merge and split: test_sqlite_links)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from eventwire.errors import NotFoundError
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
