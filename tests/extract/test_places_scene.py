"""Which country a report is about, which governorate a named place lies in, and places larger
than any country.

Sentences written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.language import Language

from eventwire.extract.place_roles import abroad_without_its_country
from eventwire.model import Place

pytestmark = pytest.mark.model
PlacesOf = Callable[[str], dict[str, Place | None]]


def test_a_country_qualifying_forces_does_not_make_the_report_about_it(
    places_nlp: Language,
) -> None:
    # 'U.S.' five times, each only saying whose; Palmyra has namesakes in the United States.
    text = (
        "U.S. officials said U.S. warships fired missiles at runways near Homs and Latakia in Syria. "
        "The U.S. Navy and U.S. commanders said the U.S. strikes hit jets that had "
        "flown from Palmyra."
    )
    doc = places_nlp(text)
    assert doc._.country_hint == "SY"
    (palmyra,) = [s._.ew_place.place for s in doc.spans["ew_places"] if s.text == "Palmyra"]
    assert palmyra is not None and palmyra.country_code == "SY"


def test_a_report_about_a_country_still_names_it(places_nlp: Language) -> None:
    # Here the country is where things happen, not a qualifier: the report stays about it.
    text = "Floods hit Texas and Ohio, and storms crossed Kansas City in the U.S. on Monday."
    assert places_nlp(text)._.country_hint == "US"


def test_a_place_put_in_a_governorate_is_its_namesake_there(places_of: PlacesOf) -> None:
    # 'Shaer' is also a quarter of Aleppo; the text puts this one in Homs province, and the
    # bare mention after means the same place.
    text = (
        "Jihadists overran guards at Shaer in Homs province on Monday. "
        "Troops later shelled Shaer again."
    )
    doc_places = places_of(text)
    assert doc_places["Shaer"] is not None and doc_places["Shaer"].admin1 == "Homs"


def test_each_mention_of_a_place_put_in_a_governorate_moves(places_nlp: Language) -> None:
    doc = places_nlp(
        "Fighting went on across Syria.\nJihadists overran guards at Shaer in Homs province "
        "on Monday. Troops later shelled Shaer again."
    )
    shaer = [s._.ew_place.place for s in doc.spans["ew_places"] if s.text == "Shaer"]
    assert len(shaer) == 2
    assert all(p is not None and p.admin1 == "Homs" for p in shaer)


def test_without_a_namesake_in_the_governorate_the_place_stays(places_of: PlacesOf) -> None:
    # Writers say 'Damascus province' for the countryside around the capital: Douma is not
    # moved into the city's governorate, where no Douma lies.
    found = places_of("Jets struck Douma in Damascus province on Monday.")
    assert found["Douma"] is not None and found["Douma"].admin1 == "Rif Dimashq"


def test_a_continent_is_no_scene_in_a_report_about_a_country(
    make_nlp: Callable[..., Any],
) -> None:
    text = (
        "Jets hit Aleppo and Idlib in Syria on Monday. Shells fell on Homs and Hama. "
        "The minister said the raids served no interest of Europe."
    )
    doc = make_nlp("eventwire_places")(text)
    (europe,) = [s for s in doc.spans["ew_places"] if s.text == "Europe"]
    assert abroad_without_its_country(europe)
