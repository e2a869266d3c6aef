"""Contradictions between sources: names, tolls, dates, perpetrators, places, kinds of event."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.link.contradictions import (
    contradictions,
    count_gap,
    describe_count,
    places_agree,
    same_spelling,
)
from eventwire.model import Count, NamedVictim, Outcome

EXACT = {n: Count(low=n, best=n, high=n) for n in (5, 7, 8, 9)}


def two_sources(make: Any, field: str, a: Any, b: Any, *, hedged: bool = False) -> list[Any]:
    """One report, two sources (the article and the tweet it quotes) claiming ``field``."""
    tweet = make.src("Raf Sanchez", "social_media")
    return [
        make.incident("m1", "r", claims=[
            make.claim(field, a, report_id="r", hedged=hedged),
            make.claim(field, b, report_id="r", source=tweet, hedged=hedged),
        ])
    ]  # fmt: skip


def fields_of(members: list[Any], make: Any) -> list[str]:
    reports = make.by_id(make.report("r", outlet="The Guardian"))
    return [c.field for c in contradictions(members, reports)]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("al-Qaterji", "Qaterji", True),
        ("Daqneesh", "Daqnish", True),
        ("Omran", "Omar", False),
        ("Daqneesh", "Haddad", False),
    ],
)
def test_same_spelling_is_transliteration_aware(a: str, b: str, same: bool) -> None:
    assert same_spelling(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        ("Omran Daqneesh", "Omar Daqneesh", True),
        ("Omran Daqneesh", "Omran Daqnish", False),
        ("Ahmad al-Qaterji", "Ahmad Qaterji", False),
        ("Omran Daqneesh", "Omran Daqneesh", False),
    ],
)
def test_victim_names(make: Any, a: str, b: str, flagged: bool) -> None:
    va = NamedVictim(name=a, age=5, outcome=Outcome.INJURED)
    vb = NamedVictim(name=b, age=5, outcome=Outcome.INJURED)
    assert ("victim_name" in fields_of(two_sources(make, "victim", va, vb), make)) is flagged


def test_two_names_of_different_ages_are_two_people(make: Any) -> None:
    va = NamedVictim(name="Omran Daqneesh", age=5)
    vb = NamedVictim(name="Ahmad Daqneesh", age=11)
    assert fields_of(two_sources(make, "victim", va, vb), make) == []


def test_siblings_named_by_one_source_are_not_taken_for_one_person(make: Any) -> None:
    omran, ahmad = NamedVictim(name="Omran Daqneesh"), NamedVictim(name="Ahmad Daqneesh")
    tweet = make.src("Raf Sanchez", "social_media")
    members = [make.incident("m1", "r", claims=[
        make.claim("victim", omran, report_id="r"),
        make.claim("victim", ahmad, report_id="r"),
        make.claim("victim", ahmad, report_id="r", source=tweet),
    ])]  # fmt: skip
    assert fields_of(members, make) == []


def test_one_source_spelling_a_name_two_ways_is_not_a_contradiction(make: Any) -> None:
    members = [make.incident("m1", "r", named=[make.OMRAN, make.OMAR])]
    assert fields_of(members, make) == []


@pytest.mark.parametrize(
    ("a", "b", "gap"),
    [
        (EXACT[9], Count(best=32), 23),
        (EXACT[7], EXACT[8], 1),
        (Count(low=5, best=5), EXACT[8], 0),  # "at least 5" vs 8
        (Count(low=5, best=5), EXACT[9], 0),
        (Count(high=30), Count(low=21, best=21), 0),  # "up to 30" vs "more than 20"
        (Count(high=30), EXACT[9].model_copy(update={"low": 40, "best": 40, "high": 40}), 10),
    ],
)
def test_count_gap(a: Count, b: Count, gap: int) -> None:
    assert count_gap(a, b) == gap == count_gap(b, a)


@pytest.mark.parametrize(
    ("count", "words"),
    [
        (EXACT[9], "9"),
        (Count(low=16, best=16), "at least 16"),
        (Count(best=32), "about 32"),
        (Count(high=30), "up to 30"),
        (Count(low=10, best=10, high=15), "10-15"),
    ],
)
def test_describe_count(count: Count, words: str) -> None:
    assert describe_count(count) == words


def test_differing_tolls_within_one_report_are_flagged_with_the_gap(make: Any) -> None:
    found = contradictions(
        two_sources(make, "injuries", EXACT[7], EXACT[8]),
        make.by_id(make.report("r", outlet="The Guardian")),
    )
    assert [(c.field, c.note) for c in found] == [("injuries", "7 vs 8 injured (1 apart)")]
    assert [s.source.name for s in found[0].sides] == ["the report", "Raf Sanchez"]


def test_an_at_least_figure_does_not_contradict_a_higher_one(make: Any) -> None:
    members = two_sources(make, "fatalities", Count(low=5, best=5), EXACT[8])
    assert fields_of(members, make) == []


def test_a_source_raising_its_own_toll_later_is_an_update(make: Any) -> None:
    sohr = make.src("SOHR", "monitor", "sohr")
    early, late = (
        make.report("a", published="2016-06-05"),
        make.report("b", "Later text.", published="2016-06-06"),
    )
    members = [
        make.incident("m1", "a", claims=[make.claim("fatalities", EXACT[5], report_id="a", source=sohr)]),
        make.incident("m2", "b", claims=[make.claim("fatalities", EXACT[9], report_id="b", source=sohr)]),
    ]  # fmt: skip
    assert contradictions(members, make.by_id(early, late)) == []


def test_a_superseded_figure_is_not_compared(make: Any) -> None:
    sohr = make.src("SOHR", "monitor", "sohr")
    other = make.src("Raf Sanchez", "social_media")
    early, late = (
        make.report("a", published="2016-06-05"),
        make.report("b", "More.", published="2016-06-06"),
    )
    members = [
        make.incident("m1", "a", claims=[make.claim("fatalities", EXACT[5], report_id="a", source=sohr)]),
        make.incident("m2", "b", claims=[
            make.claim("fatalities", EXACT[9], report_id="b", source=sohr),
            make.claim("fatalities", EXACT[9], report_id="b", source=other),
        ]),
    ]  # fmt: skip
    assert contradictions(members, make.by_id(early, late)) == []


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [("2016-08-17", "2016-08-17", False), ("2016-08-17", "2016-08-19", True)],
)
def test_dates(make: Any, a: str, b: str, flagged: bool) -> None:
    members = two_sources(make, "date", make.day(a), make.day(b))
    assert ("date" in fields_of(members, make)) is flagged


def test_inferred_dates_are_no_statement(make: Any) -> None:
    members = two_sources(make, "date", make.day("2016-08-10"), make.day("2016-08-19"), hedged=True)
    assert fields_of(members, make) == []


def test_date_note_counts_the_days(make: Any) -> None:
    members = two_sources(make, "date", make.day("2016-08-17"), make.day("2016-08-20"))
    found = contradictions(members, make.by_id(make.report("r")))
    assert found[0].note == "2016-08-17 vs 2016-08-20 (3 days apart)"


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        ("russia", "syrian_government", True),
        ("russia", "russia", False),
        ("russia", "unknown", False),
    ],
)
def test_perpetrators(make: Any, a: str, b: str, flagged: bool) -> None:
    members = two_sources(make, "actor", make.perpetrator(a), make.perpetrator(b))
    assert ("perpetrator" in fields_of(members, make)) is flagged


def test_a_source_naming_two_perpetrators_agrees_with_one_naming_either(make: Any) -> None:
    tweet = make.src("Raf Sanchez", "social_media")
    members = [make.incident("m1", "r", claims=[
        make.claim("actor", make.perpetrator("russia"), report_id="r"),
        make.claim("actor", make.perpetrator("syrian_government"), report_id="r"),
        make.claim("actor", make.perpetrator("russia"), report_id="r", source=tweet),
    ])]  # fmt: skip
    assert fields_of(members, make) == []


def test_places_agree_when_nested_or_near(make: Any) -> None:
    assert places_agree(make.QATERJI, make.ALEPPO)
    assert places_agree(make.ALEPPO, make.QATERJI)
    assert not places_agree(make.ALEPPO, make.IDLIB)


def test_places_far_apart_are_flagged_with_the_distance(make: Any) -> None:
    members = two_sources(make, "location", make.ALEPPO, make.IDLIB)
    found = contradictions(members, make.by_id(make.report("r")))
    assert [c.field for c in found] == ["location"]
    assert found[0].note.startswith("Aleppo vs Idlib (")
    assert fields_of(two_sources(make, "location", make.ALEPPO, make.QATERJI), make) == []


def test_kinds_of_event(make: Any) -> None:
    strike = {"event_type": "explosions_remote_violence", "sub_event_type": "air_drone_strike"}
    shelling = {
        "event_type": "explosions_remote_violence",
        "sub_event_type": "shelling_artillery_missile_attack",
    }
    found = contradictions(
        two_sources(make, "event_type", strike, shelling), make.by_id(make.report("r"))
    )
    assert [(c.field, c.note) for c in found] == [
        ("sub_event_type", "air drone strike vs shelling artillery missile attack")
    ]


def test_copies_of_one_wire_story_never_contradict_each_other(make: Any) -> None:
    a = make.report("a", "BEIRUT (AFP) - Strikes killed seven.", outlet="Al Ahram")
    b = make.report("b", "BEIRUT (AFP) - Strikes killed eight.", outlet="The National")
    members = [
        make.incident("m1", "a", fatalities=EXACT[7]),
        make.incident("m2", "b", fatalities=EXACT[8]),
    ]
    assert contradictions(members, make.by_id(a, b)) == []


def test_aleppo_name_and_injuries(aleppo: Any) -> None:
    members, reports = aleppo
    found = {c.field: c for c in contradictions(members, reports)}
    assert set(found) == {"victim_name", "injuries"}
    names = found["victim_name"]
    assert names.note == "Omran Daqneesh vs Omar Daqneesh"
    assert [(s.source.name, s.report_id) for s in names.sides] == [
        ("the report", "aleppo-wire"),
        ("Raf Sanchez", "aleppo-guardian"),
    ]
    assert "Omar Daqneesh" in names.sides[1].quote
    injuries = found["injuries"]
    assert injuries.note == "5 vs 7 vs 8 injured (3 apart)"
    assert {s.source.name for s in injuries.sides} >= {"A local doctor", "the report"}
    assert {s.report_id for s in injuries.sides} == set(reports)


def test_fakes_qaterji_nine_vs_around_32(qaterji: Any) -> None:
    members, reports = qaterji
    found = contradictions(members, reports)
    assert [c.field for c in found] == ["fatalities"]
    sides = found[0].sides
    assert sorted((Count.model_validate(s.value).best, s.source.kind) for s in sides) == [
        (9, "monitor"),
        (32, "activist"),
    ]
    assert found[0].note == "about 32 vs 9 killed (23 apart)"
    assert all(s.quote and s.quote in reports[s.report_id].text for s in sides)


def test_same_members_same_contradictions(aleppo: Any) -> None:
    members, reports = aleppo
    assert contradictions(members, reports) == contradictions(list(members), dict(reports))


def test_parts_of_a_reports_total_are_no_toll_of_their_own(make: Any) -> None:
    """'wounding five children' and 'four other children, a woman and two men were also
    wounded' are parts of the report's eight injured, not three tolls that disagree."""
    doctor = make.src("a doctor in the city", "medical")
    wire = make.incident(
        "w",
        "r1",
        injuries=EXACT[8],
        claims=[
            make.claim("injuries", EXACT[5], report_id="r1"),
            make.claim("injuries", EXACT[7], report_id="r1", source=doctor),
        ],
    )
    paper = make.incident("p", "r2", injuries=EXACT[8])
    reports = make.by_id(make.report("r1", outlet="Wire"), make.report("r2", outlet="Paper"))
    assert contradictions([wire, paper], reports) == []
    video = make.incident("v", "r3", injuries=Count(low=4, best=4, high=4))
    reports = make.by_id(
        make.report("r1", outlet="Wire"),
        make.report("r2", outlet="Paper"),
        make.report("r3", outlet="Monitor"),
    )
    (flag,) = contradictions([wire, paper, video], reports)
    assert flag.note == "8 vs 4 injured (4 apart)"


def _injured_groups(member: Any, *groups: tuple[str, int]) -> Any:
    from eventwire.model import VictimGroup, Victims

    counted = [
        VictimGroup(
            group=g, outcome=Outcome.INJURED, count=EXACT.get(n, Count(low=n, best=n, high=n))
        )
        for g, n in groups
    ]
    return member.model_copy(update={"victims": Victims(groups=counted)})


@pytest.mark.parametrize(
    ("children", "people", "flagged"),
    [(4, 8, False), (8, 8, False), (9, 8, True)],
)
def test_a_figure_of_some_groups_is_a_floor_against_one_of_everyone(
    make: Any, children: int, people: int, flagged: bool
) -> None:
    kids = Count(low=children, best=children, high=children)
    everyone = Count(low=people, best=people, high=people)
    a = _injured_groups(make.incident("a", "r1", injuries=kids), ("children", children))
    b = _injured_groups(make.incident("b", "r2", injuries=everyone), ("people", people))
    reports = make.by_id(make.report("r1", outlet="Wire"), make.report("r2", outlet="Paper"))
    assert bool(contradictions([a, b], reports)) is flagged


def test_figures_of_the_same_group_are_compared_as_they_are(make: Any) -> None:
    a = _injured_groups(make.incident("a", "r1", injuries=EXACT[5]), ("children", 5))
    b = _injured_groups(make.incident("b", "r2", injuries=EXACT[7]), ("children", 7))
    reports = make.by_id(make.report("r1", outlet="Wire"), make.report("r2", outlet="Paper"))
    (flag,) = contradictions([a, b], reports)
    assert flag.note == "5 vs 7 injured (2 apart)"
