"""A town named as what the event was near ('near Shadadi', 'around Raqqa') still says where it
happened better than the country or governorate around it, and a scene told later within a
district's reach of that town is the same event."""

from __future__ import annotations

from datetime import date

import pytest
from written_reports import extract_published

from eventwire.extract.pipeline import Extractor
from eventwire.model import GeoPrecision

extract = extract_published(date(2016, 5, 10))


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("On Monday warplanes bombed a farm in eastern Syria near the city of Raqqa.", "Raqqa"),
        ("Jets struck a convoy in Syria around Manbij on Monday, killing four.", "Manbij"),
        (
            "Rebels clashed with soldiers in the north of Aleppo province near Azaz on Monday.",
            "Azaz",
        ),
    ],
)
def test_a_landmark_town_beats_the_region(extractor: Extractor, text: str, town: str) -> None:
    (inc,) = extract(extractor, text)
    assert inc.location is not None
    assert inc.location.precision is GeoPrecision.TOWN
    assert town in inc.location.text


def test_the_region_stays_when_no_town_is_named(extractor: Extractor) -> None:
    text = "Rebels shelled army posts in northern Hama province on Monday, killing three soldiers."
    (inc,) = extract(extractor, text)
    assert inc.location is not None and inc.location.precision is GeoPrecision.GOVERNORATE


def test_a_landmark_town_told_later_replaces_the_country(extractor: Extractor) -> None:
    text = (
        "A car bomb killed 12 people in Syria on Monday. "
        "The car bomb went off at a checkpoint near the town of Azaz, the monitor said."
    )
    (inc,) = extract(extractor, text)
    assert inc.location is not None and "Azaz" in inc.location.text


def test_the_scene_near_a_landmark_is_the_same_event(extractor: Extractor) -> None:
    # Tal Rifaat lies about 30 km from Azaz: the strike 'near Azaz' is the strike on it.
    text = (
        "A missile strike on a base near Azaz killed five soldiers on Monday. "
        "The missiles hit the base at Tal Rifaat on Monday, the monitor said."
    )
    (inc,) = extract(extractor, text)
    assert inc.fatalities is not None and inc.fatalities.best == 5


def test_towns_far_apart_stay_apart_even_near_a_landmark(extractor: Extractor) -> None:
    text = (
        "A missile strike on a base near Azaz killed five soldiers on Monday. "
        "Another missile strike hit a base in Daraa on Monday, killing two."
    )
    assert len(extract(extractor, text)) == 2


def test_the_air_strike_that_carried_the_gas_is_the_chemical_attack(extractor: Extractor) -> None:
    text = (
        "A suspected chlorine gas attack killed nine people in the town of Saraqeb on Monday. "
        "Government helicopters carried out the air strike on Saraqeb on Monday, activists said."
    )
    (inc,) = extract(extractor, text)
    assert inc.sub_event_type == "chemical_weapon"
    assert inc.fatalities is not None and inc.fatalities.best == 9


def test_an_air_strike_elsewhere_is_no_delivery(extractor: Extractor) -> None:
    text = (
        "A suspected chlorine gas attack killed nine people in the town of Saraqeb on Monday. "
        "Government helicopters carried out an air strike on Daraa on Monday, activists said."
    )
    types = sorted(i.sub_event_type for i in extract(extractor, text))
    assert types == ["air_drone_strike", "chemical_weapon"]
