"""Assembly: figures a sentence tells for places apart, a bomb the report took up or says was
dropped, and one strike on a neighbourhood among many on its town."""

from __future__ import annotations

from datetime import date

from written_reports import extract_published

from eventwire.extract.pipeline import Extractor
from eventwire.model import Incident

extract = extract_published(date(2016, 6, 6))


def at(incidents: list[Incident], name: str) -> Incident:
    (found,) = [i for i in incidents if i.location is not None and i.location.name == name]
    return found


# --------------------------------------------------------------------------- figures apart


def test_a_figure_told_with_another_place_is_not_summed_into_the_first(
    extractor: Extractor,
) -> None:
    # 'six others' is more than the four, so read as one toll it would add up to ten
    text = (
        "Government shelling struck the Sukkari neighbourhood of Aleppo on Sunday. "
        "Medics said four people were killed in Sukkari and six others died in Bustan al-Qasr."
    )
    sukkari = at(extract(extractor, text), "Sukkari")
    assert sukkari.fatalities is not None and sukkari.fatalities.best == 4


def test_one_figure_for_two_places_still_joins_the_incident(extractor: Extractor) -> None:
    # a control: one figure and the place it is told with, beside a second place, stays whole
    text = (
        "Government shelling struck the Sukkari neighbourhood of Aleppo on Sunday. "
        "Seven people were killed in Sukkari, near Bustan al-Qasr, medics said."
    )
    sukkari = at(extract(extractor, text), "Sukkari")
    assert sukkari.fatalities is not None and sukkari.fatalities.best == 7


def test_a_figure_for_other_districts_is_not_the_neighbourhoods(extractor: Extractor) -> None:
    text = (
        "Government shelling struck the Sukkari neighbourhood of Aleppo on Sunday, killing six "
        "people, medics said. Another eight people were killed in other districts of the city."
    )
    sukkari = at(extract(extractor, text), "Sukkari")
    assert sukkari.fatalities is not None and sukkari.fatalities.best == 6


# --------------------------------------------------------------------------- the device


def test_the_explosive_devices_taken_up_after_barrel_bombs_are_the_air_strike(
    extractor: Extractor,
) -> None:
    text = (
        "Helicopters dropped barrel bombs on Douma on Monday. "
        "The explosive devices destroyed the Sukkari school in Douma, killing four children."
    )
    types = {i.sub_event_type for i in extract(extractor, text)}
    assert types == {"air_drone_strike"}


def test_an_explosive_device_dropped_is_an_air_strike(extractor: Extractor) -> None:
    text = "An explosive device dropped by a drone hit Saraqeb on Monday, killing two men."
    (incident,) = extract(extractor, text)
    assert incident.sub_event_type == "air_drone_strike"


def test_an_explosive_device_on_its_own_is_still_a_remote_explosive(
    extractor: Extractor,
) -> None:
    text = "An explosive device went off in a market in Azaz on Monday, killing three people."
    (incident,) = extract(extractor, text)
    assert incident.sub_event_type == "remote_explosive_landmine_ied"


def test_the_explosive_device_after_a_car_bomb_stays_a_remote_explosive(
    extractor: Extractor,
) -> None:
    text = (
        "A car bomb exploded in Azaz on Monday. "
        "The explosive device had been hidden in a van, killing five people, police said."
    )
    types = {i.sub_event_type for i in extract(extractor, text)}
    assert "air_drone_strike" not in types


# --------------------------------------------------------------------------- one of many


def test_one_strike_on_a_neighbourhood_is_apart_from_dozens_on_the_town(
    extractor: Extractor,
) -> None:
    text = (
        "Dozens of air strikes on Aleppo killed 20 civilians on Sunday, a monitor said. "
        "An air strike hit the al-Shaar neighbourhood, killing six people."
    )
    found = extract(extractor, text)
    shaar, aleppo = at(found, "al-Shaar"), at(found, "Aleppo")
    assert shaar.fatalities is not None and shaar.fatalities.best == 6
    assert aleppo.fatalities is not None and aleppo.fatalities.best == 20


def test_strikes_on_a_town_then_its_neighbourhood_are_one_incident(
    extractor: Extractor,
) -> None:
    # a control: strikes not counted by the many, then where they hit, are one strike told twice
    text = (
        "Air strikes on Aleppo killed 20 civilians on Sunday, a monitor said. "
        "The strikes hit the al-Shaar neighbourhood."
    )
    (incident,) = extract(extractor, text)
    assert incident.location is not None and incident.location.name == "al-Shaar"
