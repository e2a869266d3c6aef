"""The corroboration grade: contested > confirmed > fair > weak, with reasons a reader can check."""

from __future__ import annotations

from typing import Any

from eventwire.link.contradictions import contradictions
from eventwire.link.grade import contests, corroborate
from eventwire.model import Count, Grade


def graded(members: list[Any], reports: dict[str, Any]) -> Any:
    return corroborate(members, reports, contradictions(members, reports))


def test_one_report_is_weak(make: Any) -> None:
    reports = make.by_id(make.report("a", outlet="The Guardian"))
    got = graded([make.incident("m1", "a")], reports)
    assert (got.grade, got.independent_sources) == (Grade.WEAK, 1)
    assert got.reasons == ["a single source: The Guardian"]


def test_two_independent_outlets_are_fair(make: Any) -> None:
    reports = make.by_id(
        make.report("a", outlet="The Guardian"), make.report("b", "Own words.", outlet="BBC")
    )
    got = graded([make.incident("m1", "a"), make.incident("m2", "b")], reports)
    assert (got.grade, got.independent_sources) == (Grade.FAIR, 2)
    assert got.reasons == ["2 independent sources: The Guardian, BBC"]


def test_copies_of_one_wire_story_are_one_source(make: Any) -> None:
    a = make.report("a", "BEIRUT (AFP) - A strike killed seven.", outlet="Al Ahram")
    b = make.report("b", "BEIRUT (AFP) - A strike killed seven people.", outlet="The National")
    got = graded([make.incident("m1", "a"), make.incident("m2", "b")], make.by_id(a, b))
    assert (got.grade, got.independent_sources) == (Grade.WEAK, 1)
    assert "2 reports counted as one source (Agence France-Presse): a, b" in got.reasons


def test_a_military_statement_confirms(make: Any) -> None:
    mod = make.src("the Russian Defence Ministry", "official")
    member = make.incident("m1", "a", actors=[make.perpetrator("russia")], claims=[
        make.claim("event_type", {"event_type": "explosions_remote_violence",
                                  "sub_event_type": "air_drone_strike"}, report_id="a", source=mod),
        make.claim("actor", make.perpetrator("russia"), report_id="a", source=mod),
    ])  # fmt: skip
    got = graded([member], make.by_id(make.report("a", outlet="TASS")))
    assert got.grade is Grade.CONFIRMED
    assert got.reasons[0] == (
        "stated by the Russian Defence Ministry (official), the side of the named perpetrator (russia)"
    )


def test_a_hedged_official_claim_does_not_confirm(make: Any) -> None:
    army = make.src("the Syrian army", "military")
    member = make.incident("m1", "a", claims=[
        make.claim("fatalities", Count(best=3), report_id="a", source=army, hedged=True),
    ])  # fmt: skip
    assert graded([member], make.by_id(make.report("a"))).grade is Grade.WEAK


def test_competing_perpetrators_contest_even_a_confirmed_incident(make: Any) -> None:
    mod = make.src("Russian Defence Ministry", "military", "russian_mod")
    monitor = make.src("SOHR", "monitor", "sohr")
    member = make.incident("m1", "a", claims=[
        make.claim("actor", make.perpetrator("us_led_coalition"), report_id="a", source=mod),
        make.claim("actor", make.perpetrator("russia"), report_id="a", source=monitor),
    ])  # fmt: skip
    got = graded([member], make.by_id(make.report("a")))
    assert got.grade is Grade.CONTESTED
    assert got.reasons[0] == "sources disagree on who did it: us_led_coalition vs russia"
    assert any(r.startswith("stated by Russian Defence Ministry") for r in got.reasons)


def test_differing_tolls_and_names_do_not_contest(aleppo: Any) -> None:
    members, reports = aleppo
    found = contradictions(members, reports)
    assert found and not any(contests(c) for c in found)
    assert corroborate(members, reports, found).grade is Grade.FAIR


def test_a_day_apart_is_within_tolerance_three_days_are_not(make: Any) -> None:
    def member(when_b: str) -> list[Any]:
        tweet = make.src("Raf Sanchez", "social_media")
        return [make.incident("m1", "r", claims=[
            make.claim("date", make.day("2016-08-17"), report_id="r"),
            make.claim("date", make.day(when_b), report_id="r", source=tweet),
        ])]  # fmt: skip

    reports = make.by_id(make.report("r", outlet="The Guardian"))
    near, far = graded(member("2016-08-18"), reports), graded(member("2016-08-20"), reports)
    assert near.grade is Grade.FAIR  # non-overlapping by a day: listed, not contested
    assert far.grade is Grade.CONTESTED
    assert far.reasons[0].startswith("sources disagree on when: 2016-08-17 vs 2016-08-20")


def test_fakes_qaterji_grade_counts_afp_once(qaterji: Any) -> None:
    members, reports = qaterji
    got = graded(members, reports)
    assert (got.grade, got.independent_sources) == (Grade.FAIR, 3)
    assert any("counted as one source (Agence France-Presse)" in r for r in got.reasons)
