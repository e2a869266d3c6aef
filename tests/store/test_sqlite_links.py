"""Members, linking and a person's merges and splits, through the store alone.

The judgement is the link stage's; here a plain `Linking` joins incidents of the same
sub-event type dated on overlapping days, and combines by concatenation, so that what is
tested is the store's bookkeeping: members kept, ids stable, one transaction, errors change
nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import date, timedelta
from pathlib import Path

import pytest

from eventwire.errors import NotFoundError, UsageError
from eventwire.model import Extraction, GeoPrecision, Incident, Report
from eventwire.store import SQLiteStore
from eventwire.store.base import LinkWindow


class SameTypeLinking:
    def window(self, member: Incident) -> LinkWindow | None:
        if member.date is None:
            return None
        return member.date.start - timedelta(days=1), member.date.end + timedelta(days=1), None

    def choose(
        self,
        member: Incident,
        candidates: Sequence[tuple[str, Incident]],
        cannot_link: Collection[frozenset[str]],
    ) -> str | None:
        for incident_id, other in candidates:
            if other.sub_event_type != member.sub_event_type:
                continue
            if frozenset((member.id, other.id)) in cannot_link:
                continue
            return incident_id
        return None

    def combine(
        self, incident_id: str, members: Sequence[Incident], reports: Mapping[str, Report]
    ) -> Incident:
        assert all(r in reports for m in members for r in m.reports)
        first = members[0]
        return first.model_copy(
            update={
                "id": incident_id,
                "members": [m.id for m in members],
                "reports": sorted({r for m in members for r in m.reports}),
                "claims": [c for m in members for c in m.claims],
            }
        )


LINKING = SameTypeLinking()
Dump = Callable[[Path], dict[str, list[tuple[object, ...]]]]


def retold(extraction: Extraction, report_id: str, text: str) -> Extraction:
    """The same incidents told again by another report."""
    report = extraction.report.model_copy(
        update={"id": report_id, "text": text, "content_hash": ""}
    )
    report = Report.model_validate(report.model_dump() | {"content_hash": ""})
    incidents = [
        i.model_copy(
            update={
                "id": f"{i.id}_{report_id}",
                "reports": [report_id],
                "claims": [c.model_copy(update={"report_id": report_id}) for c in i.claims],
            }
        )
        for i in extraction.incidents
    ]
    return Extraction(report=report, incidents=incidents)


@pytest.fixture
def linked(store: SQLiteStore, aleppo: Extraction) -> SQLiteStore:
    store.save(aleppo, LINKING)
    store.save(retold(aleppo, "rep_again", "Retold: an air strike on Qaterji."), LINKING)
    return store


def test_without_linking_each_incident_is_stored_as_given_and_kept_as_a_member(
    store: SQLiteStore, aleppo: Extraction
) -> None:
    store.save(aleppo)
    (strike,) = aleppo.incidents
    assert store.get_incident(strike.id) == strike
    assert store.members(strike.id) == [strike]


def test_a_second_report_of_the_incident_joins_it(linked: SQLiteStore, aleppo: Extraction) -> None:
    (strike,) = aleppo.incidents
    assert linked.count_incidents() == 1
    incident = linked.get_incident(strike.id)  # the first member's id stays the incident's
    assert incident.members == [strike.id, f"{strike.id}_rep_again"]
    assert incident.reports == ["rep_again", "rep_aleppo"]
    assert [m.id for m in linked.members(strike.id)] == incident.members


def test_save_reports_what_was_linked(store: SQLiteStore, aleppo: Extraction) -> None:
    first = store.save(aleppo, LINKING)
    second = store.save(retold(aleppo, "rep_again", "Told again."), LINKING)
    assert (first.incidents_added, first.incidents_linked) == (1, 0)
    assert (second.incidents_added, second.incidents_linked) == (0, 1)


def test_an_incident_of_another_day_is_not_a_candidate(
    store: SQLiteStore, aleppo: Extraction
) -> None:
    store.save(aleppo, LINKING)
    later = retold(aleppo, "rep_later", "A month later.")
    (inc,) = later.incidents
    moved = inc.date.model_copy(  # type: ignore[union-attr]
        update={"start": date(2016, 9, 20), "end": date(2016, 9, 20)}
    )
    later = later.model_copy(update={"incidents": [inc.model_copy(update={"date": moved})]})
    assert store.save(later, LINKING).incidents_added == 1
    assert store.count_incidents() == 2


def test_split_moves_a_report_out_and_remembers_it(linked: SQLiteStore, aleppo: Extraction) -> None:
    (strike,) = aleppo.incidents
    new = linked.split(strike.id, ["rep_again"], LINKING)
    assert new.id == f"{strike.id}_rep_again"
    assert new.reports == ["rep_again"]
    assert linked.get_incident(strike.id).reports == ["rep_aleppo"]
    assert linked.link_decisions().cannot == {frozenset((strike.id, new.id))}


def test_merge_brings_the_split_back_and_remembers_it(
    linked: SQLiteStore, aleppo: Extraction
) -> None:
    (strike,) = aleppo.incidents
    new = linked.split(strike.id, ["rep_again"], LINKING)
    merged = linked.merge(strike.id, new.id, LINKING)
    assert merged.members == [strike.id, new.id]
    assert linked.count_incidents() == 1
    decisions = linked.link_decisions()
    assert decisions.must == {frozenset((strike.id, new.id))}
    assert decisions.cannot == frozenset()  # the later decision replaces the earlier


def test_regroup_rebuilds_incidents_from_an_assignment(
    linked: SQLiteStore, aleppo: Extraction
) -> None:
    (strike,) = aleppo.incidents
    apart = {strike.id: strike.id, f"{strike.id}_rep_again": f"{strike.id}_rep_again"}
    assert linked.regroup(apart, LINKING) == 2
    assert linked.get_incident(f"{strike.id}_rep_again").members == [f"{strike.id}_rep_again"]
    with pytest.raises(UsageError, match="every stored member"):
        linked.regroup({strike.id: strike.id}, LINKING)


@pytest.mark.parametrize(
    "case",
    ["merge unknown", "merge itself", "split one report", "split unknown report", "split all"],
)
def test_a_refused_edit_changes_nothing(
    linked: SQLiteStore,
    store: SQLiteStore,
    aleppo: Extraction,
    damascus: Extraction,
    db_path: Path,
    dump: Dump,
    case: str,
) -> None:
    (strike,) = aleppo.incidents
    linked.save(damascus, LINKING)
    shelling = damascus.incidents[0]
    before = dump(db_path)
    with pytest.raises((NotFoundError, UsageError)) as err:
        if case == "merge unknown":
            linked.merge(strike.id, "inc_nope", LINKING)
        elif case == "merge itself":
            linked.merge(strike.id, strike.id, LINKING)
        elif case == "split one report":
            linked.split(shelling.id, ["rep_damascus"], LINKING)
        elif case == "split unknown report":
            linked.split(strike.id, ["rep_damascus"], LINKING)
        else:
            linked.split(strike.id, ["rep_aleppo", "rep_again"], LINKING)
    assert "\n" not in str(err.value)
    assert dump(db_path) == before


def test_delete_removes_the_members_too(linked: SQLiteStore, aleppo: Extraction) -> None:
    (strike,) = aleppo.incidents
    linked.delete_incident(strike.id)
    assert linked.member_history() == []


class BoxLinking(SameTypeLinking):
    """Looks within 0.5 degrees of a located member."""

    def window(self, member: Incident) -> LinkWindow | None:
        days = super().window(member)
        if days is None or member.location is None:
            return days
        lat, lon = member.location.lat, member.location.lon
        return days[0], days[1], (lat - 0.5, lat + 0.5, lon - 0.5, lon + 0.5)


def _moved(extraction: Extraction, report_id: str, **place: object) -> Extraction:
    told = retold(extraction, report_id, f"Told again from {report_id}.")
    (inc,) = told.incidents
    assert inc.location is not None
    located = inc.model_copy(update={"location": inc.location.model_copy(update=place)})
    return told.model_copy(update={"incidents": [located]})


def test_a_member_outside_the_box_is_no_candidate(store: SQLiteStore, aleppo: Extraction) -> None:
    store.save(aleppo, BoxLinking())
    far = _moved(aleppo, "rep_far", lat=33.5, lon=36.3)  # Damascus, 300 km away
    assert store.save(far, BoxLinking()).incidents_added == 1


def test_a_coarsely_placed_member_is_a_candidate_across_its_reach(
    store: SQLiteStore, aleppo: Extraction
) -> None:
    coarse = _moved(aleppo, "rep_syria", lat=35.0, lon=38.5, precision=GeoPrecision.COUNTRY)
    store.save(coarse, BoxLinking())
    assert store.save(aleppo, BoxLinking()).incidents_linked == 1
