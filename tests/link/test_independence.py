"""Independent sources: one well-known source, one wire story, one outlet each count once."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.link.independence import (
    independent_sources,
    is_proper_name,
    jaccard,
    name_key,
    shingles,
    wire_credit,
    wire_stories,
)
from eventwire.model import Report

BODY = (
    "Dozens of air strikes hit the eastern districts of the city on Sunday, killing at least "
    "sixteen civilians and wounding many more, residents and rescuers said as they dug through "
    "the rubble of a market and two schools."
)


@pytest.mark.parametrize(
    ("text", "outlet", "agency"),
    [
        ("BEIRUT (AFP) - Air strikes hit the city on Sunday.", None, "afp"),
        ("BEIRUT (Reuters) - Air strikes hit the city on Sunday.", None, "reuters"),
        ("Air strikes hit the city on Sunday, killing four.\n- REUTERS", None, "reuters"),
        ("Raids kill 16 civilians Monitor AFP Sunday 5 Jun 2016 Dozens of strikes", None, "afp"),
        ("Raids hit the city, where an AFP photographer saw rubble.", "alaraby", "afp"),
        ("Air strikes hit the city on Sunday.", "Agence France-Presse", "afp"),
        ("Air strikes hit the city on Sunday, AFP said, citing a monitor.", None, None),
        ("Air strikes hit the city on Sunday.", "The Guardian", None),
    ],
)
def test_wire_credit(text: str, outlet: str | None, agency: str | None) -> None:
    assert wire_credit(Report(id="r", text=text, outlet=outlet)) == agency


def test_near_duplicate_texts_are_one_story_and_different_texts_are_not() -> None:
    copy = BODY.replace("Sunday", "Sunday morning").replace("two schools", "a school")
    other = "A car bomb exploded at a checkpoint near the border crossing, a monitor said."
    assert jaccard(shingles(BODY), shingles(copy)) >= 0.6
    reports = {
        "a": Report(id="a", text=BODY, outlet="Outlet A"),
        "b": Report(id="b", text=BODY + " Read more.", outlet="Outlet B"),
        "c": Report(id="c", text=other, outlet="Outlet C"),
    }
    story = wire_stories(["a", "b", "c"], reports)
    assert story["a"] == story["b"] == "story:a"
    assert story["c"] == "report:c"


def test_story_keys_do_not_depend_on_which_pair_is_found_first() -> None:
    reports = {rid: Report(id=rid, text=BODY + suffix) for rid, suffix in
               (("x", ""), ("y", " End."), ("z", " The end."))}  # fmt: skip
    assert set(wire_stories(["x", "y", "z"], reports).values()) == {"story:x"}
    assert set(wire_stories(["z", "y", "x"], reports).values()) == {"story:z"}


@pytest.mark.parametrize(
    ("name", "proper"),
    [
        ("Raf Sanchez", True),
        ("Raf Sanchez (@rafsanchez)", True),
        ("The Daily Telegraph", True),
        ("Aleppo Media Centre", True),
        ("Syrian Observatory for Human Rights", True),
        ("a local doctor", False),
        ("Local activists", False),
        ("residents", False),
    ],
)
def test_proper_names_and_descriptions(name: str, proper: bool) -> None:
    assert is_proper_name(name) is proper


def test_a_tweeter_is_one_source_with_or_without_the_handle() -> None:
    assert name_key("Raf Sanchez (@rafsanchez)") == name_key("Raf Sanchez") == "raf sanchez"


def test_one_well_known_source_under_two_names_is_one(make: Any) -> None:
    a, b = make.report("a", outlet="Outlet A"), make.report("b", "Other words.", outlet="Outlet B")
    sohr = make.src("the Syrian Observatory", "monitor", "sohr")
    monitor = make.src("SOHR", "monitor")  # no canonical id: found by name in the sourcebook
    members = [
        make.incident("m1", "a", claims=[make.claim("fatalities", make.exact(3), report_id="a", source=sohr)]),
        make.incident("m2", "b", claims=[make.claim("fatalities", make.exact(3), report_id="b", source=monitor)]),
    ]  # fmt: skip
    groups = independent_sources(members, make.by_id(a, b))
    sohr_groups = [g for g in groups if g.key == "id:sohr"]
    assert len(sohr_groups) == 1
    assert sohr_groups[0].reports == ("a", "b")
    assert sohr_groups[0].names == ("the Syrian Observatory", "SOHR")
    # The outlets only relay the Observatory: they say nothing of their own.
    assert [g.key for g in groups] == ["id:sohr"]


def test_wire_copies_are_one_source_whatever_the_outlets(make: Any) -> None:
    a = make.report("a", "BEIRUT (AFP) - " + BODY, outlet="Al Ahram")
    b = make.report("b", "(AFP) Strikes on the city killed sixteen.", outlet="The National")
    members = [make.incident("m1", "a"), make.incident("m2", "b")]
    groups = independent_sources(members, make.by_id(a, b))
    assert [(g.key, g.reports) for g in groups] == [("id:afp", ("a", "b"))]
    assert groups[0].name == "Agence France-Presse"


def test_one_outlet_in_two_reports_is_one_source(make: Any) -> None:
    a = make.report("a", "Strikes hit the market.", outlet="The Guardian")
    b = make.report("b", "Rescuers dug all night.", outlet="the guardian")
    members = [make.incident("m1", "a"), make.incident("m2", "b")]
    assert len(independent_sources(members, make.by_id(a, b))) == 1


def test_a_described_source_is_one_only_within_one_story(make: Any) -> None:
    doctor = make.src("a local doctor", "medical")
    raf = make.src("Raf Sanchez", "social_media")

    def member(iid: str, rid: str) -> Any:
        return make.incident(iid, rid, claims=[
            make.claim("injuries", make.exact(7), report_id=rid, source=doctor),
            make.claim("victim", make.OMAR, report_id=rid, source=raf),
        ])  # fmt: skip

    independent = make.by_id(make.report("a", "One text."), make.report("b", "Another text."))
    copies = make.by_id(make.report("a", BODY), make.report("b", BODY))
    members = [member("m1", "a"), member("m2", "b")]
    keys_apart = [g.key for g in independent_sources(members, independent)]
    keys_copied = [g.key for g in independent_sources(members, copies)]
    assert keys_apart.count("name:raf sanchez") == 1
    assert sum(k.endswith(":local doctor") for k in keys_apart) == 2
    assert sum(k.endswith(":local doctor") for k in keys_copied) == 1


def test_a_report_no_claim_cites_still_speaks_for_its_outlet(make: Any) -> None:
    a = make.report("a", outlet="SANA")
    member = make.incident("m1", "a", claims=[])
    groups = independent_sources([member], make.by_id(a))
    assert [(g.key, g.kind) for g in groups] == [("id:sana", "agency")]


def test_the_fakes_qaterji_reports_carry_one_afp_story(qaterji: Any) -> None:
    members, reports = qaterji
    groups = independent_sources(members, reports)
    by_key = {g.key: g for g in groups}
    assert by_key["id:afp"].reports == tuple(reports)  # both reports: one wire story
    assert by_key["id:sohr"].reports == tuple(reports)  # the Observatory once, in both
    assert len(groups) == 3  # AFP, the Observatory, the activists al-Araby adds


def test_same_members_same_groups(qaterji: Any) -> None:
    members, reports = qaterji
    assert independent_sources(members, reports) == independent_sources(members, reports)
