"""Assembly on state-media bulletins (air force, control taken or restored, repelled
attacks), the rest of a toll counted out, and dates."""

from __future__ import annotations

from datetime import date

from written_reports import extract_published

from eventwire.extract.pipeline import Extractor
from eventwire.model import Incident

extract = extract_published(date(2017, 3, 7))


def types(incidents: list[Incident]) -> list[str]:
    return [inc.sub_event_type for inc in incidents]


# ------------------------------------------------------------------ a toll counted out


def test_the_other_n_killed_are_the_rest_of_the_toll_told(extractor: Extractor) -> None:
    text = (
        "At least twelve civilians were killed by rocket fire on Homs on Monday. "
        "Eight of the dead were women, the monitor said. "
        "The other four civilians were killed by rocket fire on the district of Bab Dreib."
    )
    assert types(extract(extractor, text)) == ["shelling_artillery_missile_attack"]


def test_another_rocket_attack_in_a_named_district_stays_apart(extractor: Extractor) -> None:
    text = (
        "At least twelve civilians were killed by rocket fire on Homs on Monday. "
        "Four more civilians were killed by rocket fire on the district of Bab Dreib."
    )
    assert len(extract(extractor, text)) == 2


# ------------------------------------------------------------------ state-media bulletins


def test_the_army_establishing_control_regains_territory(extractor: Extractor) -> None:
    text = "The Syrian army advanced on Monday and established full control over Palmyra."
    assert types(extract(extractor, text)) == ["government_regains_territory"]


def test_rebels_establishing_control_overtake_territory(extractor: Extractor) -> None:
    text = "Rebel fighters established control over the town of Morek on Monday."
    assert types(extract(extractor, text)) == ["non_state_actor_overtakes_territory"]


def test_the_air_force_destroying_targets_is_an_air_strike(extractor: Extractor) -> None:
    text = "On Monday the Syrian Air Force destroyed vehicles of the militants near Palmyra."
    (inc,) = extract(extractor, text)
    assert inc.sub_event_type == "air_drone_strike"
    assert inc.location is not None and inc.location.text == "Palmyra"


# ------------------------------------------------------------------ dates


def test_a_telling_day_beats_a_day_borrowed_from_the_incident_before(
    extractor: Extractor,
) -> None:
    text = (
        "Air strikes hit Douma on Sunday, killing five people. "
        "Also on Monday state media said two people were killed when mortars struck Damascus."
    )
    incidents = extract(extractor, text)  # published on Tuesday 7 March 2017
    (mortars,) = [i for i in incidents if i.sub_event_type == "shelling_artillery_missile_attack"]
    assert mortars.date is not None
    assert mortars.date.end == date(2017, 3, 6)


# ------------------------------------------------------------------ one bombing, two readings


def test_a_car_bombing_told_next_as_a_suicide_attack_is_one_suicide_bombing(
    extractor: Extractor,
) -> None:
    text = (
        "Car bombing kills nine in Homs. "
        "A suicide bomber blew up his vehicle at a checkpoint in Homs on Monday, killing nine people."
    )
    assert types(extract(extractor, text)) == ["suicide_bomb"]


def test_a_car_bomb_and_a_suicide_attack_told_apart_stay_two(extractor: Extractor) -> None:
    text = (
        "A car bomb exploded at a checkpoint in Homs on Monday, killing nine people. "
        "Rescue teams searched the site for hours. "
        "Residents fled the area after the blast. "
        "A suicide bomber blew himself up at a market in Homs on Monday, killing four people."
    )
    assert sorted(types(extract(extractor, text))) == [
        "remote_explosive_landmine_ied",
        "suicide_bomb",
    ]
