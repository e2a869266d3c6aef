"""Reconciliation: one incident from its members, each field by its documented rule."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.errors import UsageError
from eventwire.link.reconcile import (
    Figure,
    reconcile,
    reconcile_counts,
    reconcile_date,
    reconcile_location,
    vote_type,
)
from eventwire.model import (
    Count,
    DatePrecision,
    DateRange,
    Grade,
    NamedVictim,
    Outcome,
    VictimGroup,
    Victims,
)

E = {n: Count(low=n, best=n, high=n) for n in (5, 7, 8, 9, 12)}


def fig(count: Count, teller: str, published: str | None = None, order: int = 0) -> Figure:
    return Figure(count, teller, date.fromisoformat(published) if published else None, order)


@pytest.mark.parametrize(
    ("figures", "expected"),
    [
        # All agree: that figure.
        ([fig(E[9], "a"), fig(E[9], "b", order=1)], E[9]),
        # Two tellers disagree: the lower median is best, the spread is low..high.
        ([fig(E[9], "sohr"), fig(Count(best=32), "activists", order=1)], Count(low=9, best=9, high=32)),
        # Three tellers: the median.
        ([fig(E[5], "a"), fig(E[7], "b", order=1), fig(E[8], "c", order=2)], Count(low=5, best=7, high=8)),
        # A strict plurality beats the median.
        ([fig(E[5], "a"), fig(E[9], "b", order=1), fig(E[9], "c", order=2), fig(E[12], "d", order=3)],
         Count(low=5, best=9, high=12)),
        # "At least 16" floors at 16 and raises no ceiling: the ceiling is the other's.
        ([fig(Count(low=16, best=16), "a"), fig(E[9], "b", order=1)], Count(low=9, best=9, high=16)),
        # A later report of the same teller with a higher toll supersedes the earlier one.
        ([fig(E[5], "sana", "2016-06-05"), fig(E[9], "sana", "2016-06-06", order=1)], E[9]),
        # ... a later, lower one does not.
        ([fig(E[9], "sana", "2016-06-05"), fig(E[5], "sana", "2016-06-06", order=1)], E[9]),
        # Publication order, not arrival order, decides which is later.
        ([fig(E[9], "sana", "2016-06-06"), fig(E[12], "sana", "2016-06-05", order=1)], E[12]),
        ([], None),
    ],
)  # fmt: skip
def test_reconcile_counts(figures: list[Figure], expected: Count | None) -> None:
    assert reconcile_counts(figures) == expected


def test_other_sources_figures_widen_the_range_but_not_the_best() -> None:
    members = [fig(E[9], "sohr"), fig(E[9], "sohr", order=1)]
    others = [fig(Count(best=32), "activists")]
    assert reconcile_counts(members, others) == Count(low=9, best=9, high=32)


def test_vote_on_type_then_sub_type(make: Any) -> None:
    m = [make.incident(f"m{i}", "r", sub=s) for i, s in
         enumerate(["attack", "air_drone_strike", "shelling_artillery_missile_attack",
                    "air_drone_strike"])]  # fmt: skip
    assert vote_type(m) == ("explosions_remote_violence", "air_drone_strike")


def test_a_type_tie_goes_to_the_more_specific_sub_type(make: Any) -> None:
    m = [
        make.incident("m1", "r", sub="attack"),
        make.incident("m2", "r", sub="abduction_forced_disappearance"),
    ]
    assert vote_type(m) == ("violence_against_civilians", "abduction_forced_disappearance")
    m = [make.incident("m1", "r", sub="grenade"), make.incident("m2", "r", sub="air_drone_strike")]
    assert vote_type(m)[1] == "grenade"  # equally specific: the first


def test_date_is_the_finest_narrowed_to_the_overlap(make: Any) -> None:
    week = DateRange(start=date(2016, 8, 15), end=date(2016, 8, 21), precision=DatePrecision.WEEK)
    two_days = DateRange(
        start=date(2016, 8, 16), end=date(2016, 8, 17), precision=DatePrecision.DAY
    )
    days = DateRange(start=date(2016, 8, 17), end=date(2016, 8, 18), precision=DatePrecision.DAY)
    stray = make.day("2016-08-25")
    got = reconcile_date([week, two_days, stray, days])
    assert got is not None
    assert (got.start, got.end, got.precision) == (
        date(2016, 8, 17),
        date(2016, 8, 17),
        DatePrecision.DAY,
    )
    assert reconcile_date([]) is None


def test_location_is_the_finest_place_the_others_agree_with(make: Any) -> None:
    assert reconcile_location([make.ALEPPO, make.QATERJI, make.ALEPPO]) == make.QATERJI
    # An outlier is outvoted, not chosen for being first.
    assert reconcile_location([make.IDLIB, make.ALEPPO, make.QATERJI]) == make.QATERJI
    assert reconcile_location([]) is None


def test_a_single_member_comes_back_as_it_is(make: Any) -> None:
    member = make.incident("m1", "r", when=make.day("2016-08-17"), where=make.QATERJI,
                           injuries=Count(best=32), named=[make.OMRAN], summary="A strike.")  # fmt: skip
    got = reconcile("c1", [member], make.by_id(make.report("r", outlet="The Guardian")))
    assert got.id == "c1" and got.members == ["m1"]
    assert got.corroboration is not None and got.corroboration.grade is Grade.WEAK
    kept = {"id", "members", "contradictions", "corroboration"}
    assert got.model_dump(exclude=kept) == member.model_dump(exclude=kept)


def test_no_members_is_an_error(make: Any) -> None:
    with pytest.raises(UsageError, match="c1"):
        reconcile("c1", [], {})


def test_every_claim_and_report_is_kept_in_member_order(aleppo: Any) -> None:
    members, reports = aleppo
    got = reconcile("c1", members, reports)
    assert got.claims == [c for m in members for c in m.claims]
    assert got.reports == ["aleppo-wire", "aleppo-guardian", "aleppo-telegraph"]
    assert got.members == ["m-wire", "m-guardian", "m-telegraph"]


def test_the_perpetrator_most_members_name_leads(make: Any) -> None:
    members = [
        make.incident("m1", "a", actors=[make.perpetrator("russia")]),
        make.incident("m2", "b", actors=[make.perpetrator("syrian_government")]),
        make.incident("m3", "c", actors=[make.perpetrator("unknown"), make.perpetrator("syrian_government")]),
    ]  # fmt: skip
    reports = make.by_id(*(make.report(r, f"Text {r}.") for r in "abc"))
    got = reconcile("c1", members, reports)
    leader = got.perpetrator()
    assert leader is not None and leader.normalized == "syrian_government"
    assert [a.normalized for a in got.actors] == ["syrian_government", "russia", "unknown"]


def test_named_victims_merge_across_spellings(make: Any) -> None:
    members = [
        make.incident("m1", "a", named=[make.OMRAN]),
        make.incident("m2", "b", named=[NamedVictim(name="Omran Daqnish")]),
        make.incident("m3", "c", named=[make.OMRAN, NamedVictim(name="Ahmad Haddad", age=30)]),
    ]
    reports = make.by_id(*(make.report(r, f"Text {r}.") for r in "abc"))
    got = reconcile("c1", members, reports)
    assert got.victims.named == [make.OMRAN, NamedVictim(name="Ahmad Haddad", age=30)]


def test_group_figures_reconcile_but_a_toll_of_people_is_not_listed_again(make: Any) -> None:
    def injured(group: str, n: int) -> VictimGroup:
        return VictimGroup(group=group, outcome=Outcome.INJURED, count=Count(low=n, best=n, high=n))

    members = [
        make.incident("m1", "a", injuries=Count(best=8)).model_copy(
            update={"victims": Victims(groups=[injured("children", 5), injured("women", 1)])}
        ),
        make.incident("m2", "b", injuries=Count(best=5)).model_copy(
            update={"victims": Victims(groups=[injured("people", 5), injured("children", 5)])}
        ),
    ]
    reports = make.by_id(*(make.report(r, f"Text {r}.") for r in "ab"))
    got = reconcile("c1", members, reports)
    assert [(g.group, g.count.best) for g in got.victims.groups] == [("children", 5), ("women", 1)]


def test_aleppo_linked(aleppo: Any) -> None:
    members, reports = aleppo
    got = reconcile("m-wire", members, reports)
    assert got.injuries == Count(low=5, best=7, high=8)
    assert got.location is not None and got.location.name == "Qaterji"
    assert [c.field for c in got.contradictions] == ["victim_name", "injuries"]
    assert got.corroboration is not None
    assert got.corroboration.grade is Grade.FAIR
    assert got.corroboration.independent_sources == 5


def test_fakes_qaterji_linked(qaterji: Any) -> None:
    members, reports = qaterji
    got = reconcile(members[0].id, members, reports)
    assert got.fatalities == Count(low=9, best=9, high=32)
    assert [(c.field, c.note) for c in got.contradictions] == [
        ("fatalities", "about 32 vs 9 killed (23 apart)")
    ]
    assert got.perpetrator() is not None


def test_same_members_in_the_same_order_give_the_same_incident(aleppo: Any) -> None:
    members, reports = aleppo
    first = reconcile("c1", members, reports).model_dump_json()
    assert reconcile("c1", list(members), dict(reports)).model_dump_json() == first
