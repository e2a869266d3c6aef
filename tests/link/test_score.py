"""Pair scores: vetoes, and evidence that moves the score the way it should."""

from __future__ import annotations

import pytest
from link_profiles import BASE, DAY, make

from eventwire.link import LinkProfile, pair_score
from eventwire.link.profile import name_key, shingles
from eventwire.link.score import names_match


@pytest.mark.parametrize(
    ("other", "veto"),
    [
        (make(id="b", start=DAY + 5, end=DAY + 5), "dates 5 days apart"),
        (make(id="b", reports=frozenset({"r-a"})), "same report"),
        (make(id="b", country="IQ"), "different countries"),
        (make(id="b", start=None, end=None, date_precision=None), "undated"),
    ],
)
def test_vetoes(other: LinkProfile, veto: str) -> None:
    scored = pair_score(BASE, other)
    assert scored.veto is not None and veto in scored.veto
    assert scored.score == 0.0


def test_a_coarser_date_precision_widens_the_tolerance() -> None:
    later = make(id="b", start=DAY + 5, end=DAY + 5, date_precision="week")
    assert pair_score(BASE, later).veto is None


def test_same_event_from_another_outlet_scores_high() -> None:
    assert pair_score(BASE, make(id="b")).score > 0.5


@pytest.mark.parametrize(
    ("worse", "why"),
    [
        (make(id="b", start=DAY + 2, end=DAY + 2), "day(s) apart"),
        (make(id="b", lat=36.40, lon=37.40, place_key="elsewhere"), "far"),
        (make(id="b", event_type="protests", sub_event_type="peaceful_protest"), "incompatible"),
        (make(id="b", perpetrators=frozenset({"syrian_government"})), "different perpetrators"),
        (make(id="b", killed=40), "far tolls"),
    ],
)
def test_contrary_evidence_lowers_the_score(worse: LinkProfile, why: str) -> None:
    same = pair_score(BASE, make(id="b"))
    scored = pair_score(BASE, worse)
    assert scored.score < same.score
    assert any(why in r for r in scored.reasons)


def test_distance_is_judged_by_the_coarser_precision() -> None:
    # 9 km apart: far for a neighbourhood, within a town
    moved = {"lat": 36.30, "lon": 37.13, "place_key": "other"}
    fine = pair_score(BASE, make(id="b", **moved))
    coarse = pair_score(make(geo_precision="town"), make(id="b", geo_precision="town", **moved))
    assert coarse.score > fine.score


def test_a_country_level_place_gives_no_distance_evidence() -> None:
    vague = make(id="b", geo_precision="country", lat=35.0, lon=38.0)
    assert not any("km apart" in r for r in pair_score(BASE, vague).reasons)


def test_shared_victim_name_adds_and_different_names_subtract() -> None:
    named = make(victim_names=frozenset({name_key("Omran Daqneesh")}))
    same = make(id="b", victim_names=frozenset({name_key("Omran")}))
    other = make(id="b", victim_names=frozenset({name_key("Omar")}))
    assert pair_score(named, same).score > pair_score(BASE, make(id="b")).score
    assert pair_score(named, other).score < pair_score(BASE, make(id="b")).score


def test_a_family_name_in_both_adds_less_than_a_whole_name() -> None:
    omran = make(victim_names=frozenset({name_key("Omran Daqneesh")}))
    omar = make(id="b", victim_names=frozenset({name_key("Omar Daqneesh")}))
    omran_too = make(id="b", victim_names=omran.victim_names)
    stranger = make(id="b", victim_names=frozenset({name_key("Ahmad Haddad")}))
    plain = pair_score(BASE, make(id="b")).score
    assert plain < pair_score(omran, omar).score < pair_score(omran, omran_too).score
    assert "a victim's family name in both" in " ".join(pair_score(omran, omar).reasons)
    assert pair_score(omran, stranger).score < plain


@pytest.mark.parametrize(
    ("x", "y", "same"),
    [
        ("al-Qaterji", "Qaterji", True),
        ("Omran Daqneesh", "Omran", True),
        ("Omran", "Omar", False),
        ("Mahmoud Raslan", "Mahmud Raslan", True),
    ],
)
def test_names_match(x: str, y: str, same: bool) -> None:
    assert names_match(name_key(x), name_key(y)) is same


def test_shared_text_adds() -> None:
    text = shingles(["Airstrike on Qaterji kills a family of five"])
    plain = pair_score(BASE, make(id="b")).score
    assert pair_score(make(shingles=text), make(id="b", shingles=text)).score > plain


IDLIB_TOWN = {"lat": 35.9306, "lon": 36.6339, "geo_precision": "town", "admin1": "idlib",
              "place_key": "idlib", "governorate_namesake": True}  # fmt: skip
KHAN_SHAYKHUN = {"lat": 35.4384, "lon": 36.6510, "geo_precision": "town", "admin1": "idlib",
                 "place_key": "khan shaykhun"}  # fmt: skip


def test_a_town_named_like_its_governorate_may_be_the_province() -> None:
    # 'an attack in Syria's Idlib' read as Idlib town, 55 km from Khan Shaykhun in Idlib
    province = pair_score(make(**IDLIB_TOWN), make(id="b", **KHAN_SHAYKHUN))
    assert any("within a governorate" in r for r in province.reasons)
    elsewhere = pair_score(make(**IDLIB_TOWN | {"governorate_namesake": False}),
                           make(id="b", **KHAN_SHAYKHUN))  # fmt: skip
    assert any("beyond a town" in r for r in elsewhere.reasons)
    assert province.score > elsewhere.score


def test_the_namesake_town_keeps_its_own_size_for_a_place_inside_it() -> None:
    aleppo = {"lat": 36.2021, "lon": 37.1343, "geo_precision": "town", "admin1": "aleppo",
              "place_key": "aleppo", "governorate_namesake": True}  # fmt: skip
    reasons = pair_score(make(id="b", **aleppo), BASE).reasons  # Qaterji, 4 km from the centre
    assert any("within a town" in r for r in reasons)
    assert not any("governorate" in r for r in reasons)
