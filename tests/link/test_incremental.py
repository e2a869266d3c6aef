"""IncrementalLinker: a whole history replayed, and the two real FA-KES Qaterji reports of issue #4."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from eventwire.link import IncrementalLinker
from eventwire.model import (
    Claim,
    Count,
    DatePrecision,
    DateRange,
    Extraction,
    GeoPrecision,
    Incident,
    Place,
    Source,
)

QATERJI_REPORTS = ("1923102958", "1923848269")  # one barrel-bomb day in Aleppo, two outlets
QATERJI = Place(
    name="Qaterji", lat=36.2155, lon=37.169, country_code="SY", admin1="Aleppo",
    precision=GeoPrecision.NEIGHBOURHOOD,
)  # fmt: skip


def _claim(report: str, source: Source) -> Claim:
    quote = "Barrel bombs hit Qaterji."
    return Claim(
        field="event_type",
        value="air_drone_strike",
        source=source,
        report_id=report,
        quote=quote,
        start=0,
        end=len(quote),
    )


def _member(member_id: str, report: str, killed: int) -> Incident:
    """A member as extraction gives it: the outlet's own voice and the monitor it quotes."""
    return Incident(
        id=member_id,
        event_type="explosions_remote_violence",
        sub_event_type="air_drone_strike",
        date=DateRange(start=date(2016, 6, 5), end=date(2016, 6, 5), precision=DatePrecision.DAY),
        location=QATERJI,
        fatalities=Count(low=killed, best=killed, high=killed),
        claims=[
            _claim(report, Source(name=f"outlet of {report}", kind="outlet")),
            _claim(report, Source(name="the Observatory", kind="monitor", canonical_id="sohr")),
        ],
        reports=[report],
    )


def test_the_window_is_days_around_and_a_box_around_a_fine_place() -> None:
    member = _member("a", "r1", 9)
    window = IncrementalLinker().window(member)
    assert window is not None
    start, end, box = window
    assert (start, end) == (date(2016, 6, 2), date(2016, 6, 8))
    assert box is not None
    min_lat, max_lat, min_lon, max_lon = box
    assert min_lat < QATERJI.lat < max_lat and min_lon < QATERJI.lon < max_lon
    assert 1.0 < max_lat - min_lat < 5.0  # a few hundred km: beyond it no pair could link


def test_a_coarse_or_undated_member_has_no_box_or_no_window() -> None:
    syria = QATERJI.model_copy(update={"precision": GeoPrecision.COUNTRY})
    coarse = _member("a", "r1", 9).model_copy(update={"location": syria})
    window = IncrementalLinker().window(coarse)
    assert window is not None and window[2] is None
    undated = _member("b", "r1", 9).model_copy(update={"date": None})
    assert IncrementalLinker().window(undated) is None


def test_a_later_report_of_the_same_strike_joins_the_earlier_one() -> None:
    history = [_member("a1", "rep_a", 9), _member("b1", "rep_b", 9)]
    assert IncrementalLinker().assign(history) == {"a1": "a1", "b1": "a1"}


def test_two_incidents_of_one_report_stay_apart_however_alike() -> None:
    history = [_member("a1", "rep_a", 9), _member("a2", "rep_a", 9)]
    assert IncrementalLinker().assign(history) == {"a1": "a1", "a2": "a2"}


def test_a_monitor_quoted_by_both_outlets_is_not_a_same_source_penalty() -> None:
    # both members quote SOHR; were it read as one outlet telling two events, the pair would
    # lose a point of log-odds
    linker = IncrementalLinker()
    a, b = (linker.profile(m) for m in (_member("a1", "rep_a", 9), _member("b1", "rep_b", 9)))
    assert not a.sources & b.sources


# --------------------------------------------------------------------------- real FA-KES articles


def _qaterji_extractions(shared_dir: Path) -> list[Extraction]:
    from eventwire.batch import read_reports
    from eventwire.extract.pipeline import Extractor
    from eventwire.ingest.presets import FAKES_TEXTS

    csv_path = shared_dir / "data" / "fa-kes" / "FA-KES-Dataset.csv"
    reports = [
        r
        for r in read_reports([csv_path], FAKES_TEXTS, lambda err: None)
        if r.id in QATERJI_REPORTS
    ]
    assert sorted(r.id for r in reports) == sorted(QATERJI_REPORTS)
    found = Extractor(n_process=1).extract_many(reports)
    return sorted(found, key=lambda ex: (ex.report.published or date.max, ex.report.id))


@pytest.fixture(scope="module")
def qaterji(shared_dir: Path) -> tuple[list[Extraction], list[Incident]]:
    """Both reports extracted, linked in publication order and reconciled."""
    extractions = _qaterji_extractions(shared_dir)
    linker = IncrementalLinker()
    members = [i for ex in extractions for i in ex.incidents]
    assignment = linker.assign(members)
    groups: defaultdict[str, list[Incident]] = defaultdict(list)
    for m in members:
        groups[assignment[m.id]].append(m)
    reports = {ex.report.id: ex.report for ex in extractions}
    linked = [linker.combine(cid, ms, reports) for cid, ms in groups.items() if len(ms) > 1]
    return extractions, linked


@pytest.mark.model
def test_the_qaterji_reports_link(qaterji: tuple[list[Extraction], list[Incident]]) -> None:
    _, linked = qaterji
    assert linked, "no incident of the later report joined one of the earlier"
    assert all(set(i.reports) == set(QATERJI_REPORTS) for i in linked)
    places = {i.location.name for i in linked if i.location}
    assert any("Qaterji" in name for name in places), places


def _figures(value: object) -> set[int]:
    """The figures of one side's count ({'low': 16, 'best': 16, 'high': 16} -> {16})."""
    if not isinstance(value, dict):
        return set()
    return {v for v in value.values() if isinstance(v, int) and v}


def _fatality_sides(incident: Incident) -> list[set[int]]:
    """Per fatalities contradiction, every figure either side gives."""
    return [
        set().union(*(_figures(side.value) for side in c.sides))
        for c in incident.contradictions
        if c.field == "fatalities"
    ]


@pytest.mark.model
def test_the_activists_about_32_killed_is_flagged_against_a_lower_toll(
    qaterji: tuple[list[Extraction], list[Incident]],
) -> None:
    _, linked = qaterji
    sides = [s for i in linked for s in _fatality_sides(i)]
    assert any(32 in s and min(s) < 32 for s in sides), sides


@pytest.mark.model
def test_the_linked_qaterji_strike_is_an_air_strike_killing_nine(
    qaterji: tuple[list[Extraction], list[Incident]],
) -> None:
    # the Observatory's nine in Qaterji, not summed with the two it tells for Mayssar, and the
    # barrel bomb ('the crude unguided explosive devices') typed as the air strike it is
    _, linked = qaterji
    (strike,) = [i for i in linked if i.location is not None and i.location.name == "Qaterji"]
    assert strike.sub_event_type == "air_drone_strike"
    assert strike.fatalities is not None and strike.fatalities.best == 9


@pytest.mark.model
@pytest.mark.xfail(
    strict=True,
    reason="the 'around 32' is the activists' toll of the day's strikes on the whole city (flagged "
    "against the Observatory's 16 on the Aleppo incident), and alaraby's lede gives it to 'a human "
    "rights monitor', which the report names as the Observatory: given to Qaterji it would be one "
    "source's 32 against its own 9, which is no contradiction between independent sources",
)
def test_the_qaterji_incident_flags_9_against_about_32(
    qaterji: tuple[list[Extraction], list[Incident]],
) -> None:
    _, linked = qaterji
    sides = [s for i in linked for s in _fatality_sides(i)]
    assert any({9, 32} <= s for s in sides), sides
