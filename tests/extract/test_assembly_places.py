"""Assembly picks the event's place: not a place inside an actor's or a source's name, and one
incident per place of a list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from written_reports import extract_published

from eventwire.extract.pipeline import Extractor
from eventwire.extract.place_roles import names_an_actor_or_source
from eventwire.model import Incident

extract = extract_published(date(2017, 3, 8))


def country_codes(incidents: list[Incident]) -> set[str | None]:
    return {i.location.country_code if i.location else None for i in incidents}


@pytest.mark.parametrize(
    ("sentence", "place_text", "is_name"),
    [
        ("A UK-based monitor said the shelling went on.", "UK", True),
        ("The Qatar Red Crescent said the shelling went on.", "Qatar", True),
        ("U.S. air strikes went on overnight.", "U.S.", True),
        ("Shelling went on in Turkey overnight.", "Turkey", False),
        ("The Aleppo market was shelled overnight.", "Aleppo", False),
    ],
)
def test_a_place_in_a_name_is_told_apart(
    make_nlp: Callable[..., object], sentence: str, place_text: str, is_name: bool
) -> None:
    nlp = make_nlp("eventwire_places", "eventwire_actors", "eventwire_sources")
    doc = nlp(sentence)  # type: ignore[operator]
    (place,) = [p for p in doc.spans["ew_places"] if p.text == place_text]
    assert names_an_actor_or_source(place) is is_name


def test_the_monitors_base_is_not_the_event_place(extractor: Extractor) -> None:
    text = "A Britain-based monitor said warplanes bombed Saraqeb on Monday."
    (inc,) = extract(extractor, text)
    assert inc.location is not None and inc.location.text == "Saraqeb"


def test_whose_strikes_they_were_is_not_where(extractor: Extractor) -> None:
    (inc,) = extract(extractor, "U.S. air strikes killed twelve fighters on Monday.")
    assert country_codes([inc]) != {"US"}


def test_places_listed_for_one_strike_make_one_incident_each(extractor: Extractor) -> None:
    text = "On Monday warplanes bombed Saraqeb, Binnish and Ariha."
    incidents = extract(extractor, text)
    assert sorted(i.location.text for i in incidents if i.location) == [
        "Ariha",
        "Binnish",
        "Saraqeb",
    ]
    assert len({i.id for i in incidents}) == 3


def test_one_figure_for_listed_places_keeps_one_incident(extractor: Extractor) -> None:
    text = "On Monday warplanes bombed Saraqeb and Binnish, killing nine civilians."
    assert len(extract(extractor, text)) == 1
