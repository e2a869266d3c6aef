"""Places the text puts inside or beside another place, and the land around a city.

Sentences written for these tests. Each report opens with a sentence about Syria (conftest's
`PLACES_OPENING`) so the document's country is settled, as in a real report.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from eventwire.extract.components.places import anchor_starts, placed_at_anchor
from eventwire.model import GeoPrecision, Place

pytestmark = pytest.mark.model
PlacesOf = Callable[[str], dict[str, Place | None]]


def test_a_namesake_abroad_put_northeast_of_a_home_city_is_read_there(places_of: PlacesOf) -> None:
    # GeoNames has al-Bureij only in Gaza; the text puts this one north-east of Aleppo.
    found = places_of("Jets struck the village of al-Bureij northeast of Aleppo at dawn.")
    place = found["village of al-Bureij"]
    assert place is not None
    assert (place.country_code, place.admin1) == ("SY", "Aleppo")
    assert place.geonames_id is None and place.precision is GeoPrecision.TOWN


def test_a_neighbourhood_in_a_home_city_keeps_its_precision(places_of: PlacesOf) -> None:
    found = places_of("Barrel bombs fell on the neighborhood of al-Mughayyir in Hama.")
    place = found["neighborhood of al-Mughayyir"]
    assert place is not None and place.admin1 == "Hama"
    assert place.precision is GeoPrecision.NEIGHBOURHOOD


def test_the_anchor_may_follow_a_descriptor(places_of: PlacesOf) -> None:
    found = places_of("Shells hit al-Bureij in the city of Homs overnight.")
    place = found["al-Bureij"]
    assert place is not None and (place.country_code, place.admin1) == ("SY", "Homs")


def test_a_place_abroad_without_a_home_anchor_stays_abroad(places_of: PlacesOf) -> None:
    found = places_of("Later the envoy flew to Aden for talks.")
    place = found["Aden"]
    assert place is not None and place.country_code == "YE"


def test_an_anchor_abroad_does_not_move_a_place(places_of: PlacesOf) -> None:
    # 'in Libya' anchors Tripoli abroad: it is not read as a place of the report's country.
    found = places_of("The envoy met militia leaders in Tripoli in Libya on Tuesday.")
    place = found["Tripoli"]
    assert place is not None and place.country_code == "LY"


@pytest.mark.parametrize(
    ("sentence", "span", "governorate"),
    [
        # the land around a city that is its own governorate
        (
            "Clashes went on in the Damascus countryside all week.",
            "Damascus countryside",
            "Rif Dimashq",
        ),
        ("Jets struck towns of the Damascus region on Friday.", "Damascus region", "Rif Dimashq"),
        ("Jets struck towns in Aleppo countryside on Friday.", "Aleppo countryside", "Aleppo"),
        ("Shells fell on the Damascus old city on Friday.", "Damascus", "Damascus"),
        # named regions
        ("Rebels advanced across Sahl al-Ghab overnight.", "Sahl al-Ghab", "Hama"),
        ("Regime jets pounded the Ghab plain again.", "Ghab", "Hama"),
        ("Troops shelled Western Ghouta before dawn.", "Western Ghouta", "Rif Dimashq"),
        ("Fighting spread to Jabal al-Akrad at night.", "Jabal al-Akrad", "Latakia"),
    ],
)
def test_city_countryside_and_named_regions_lie_in_their_governorate(
    places_of: PlacesOf, sentence: str, span: str, governorate: str
) -> None:
    place = places_of(sentence)[span]
    assert place is not None and place.admin1 == governorate


def test_anchor_starts_follow_the_words_of_location(places_nlp: Language) -> None:
    doc = places_nlp.make_doc("a village west and south of the city of Homs")
    starts = anchor_starts(doc, 2)  # after 'a village'
    assert 7 in starts and 9 in starts  # 'city' (descriptor) or 'Homs'
    assert anchor_starts(places_nlp.make_doc("a village where Homs"), 2) == []


def test_placed_at_anchor_takes_the_anchors_governorate() -> None:
    anchor = Place(
        name="Homs",
        lat=34.73,
        lon=36.71,
        country_code="SY",
        admin1="Homs",
        precision=GeoPrecision.TOWN,
    )
    place = placed_at_anchor("Tell Unknown", "neighbourhood", anchor)
    assert (place.name, place.admin1, place.lat) == ("Tell Unknown", "Homs", 34.73)
    assert place.precision is GeoPrecision.NEIGHBOURHOOD
    assert placed_at_anchor("Tell Unknown", None, anchor).precision is GeoPrecision.TOWN


def test_anchored_namesakes_no_longer_vote_for_the_country_abroad(places_nlp: Language) -> None:
    # Two names known only in Palestine, each put in Aleppo: the report is about Syria.
    doc = places_nlp(
        "Jets struck the village of al-Bureij northeast of Aleppo, and the neighborhood of "
        "al-Mughayyir in Aleppo."
    )
    assert doc._.country_hint == "SY"
    countries = {span._.ew_place.place.country_code for span in doc.spans["ew_places"]}
    assert countries == {"SY"}


@pytest.mark.parametrize(
    ("sentence", "span", "governorate"),
    [
        ("Mortars fell in Qarmashun a town in the eastern Ghouta suburbs of Damascus.", "Qarmashun", "Rif Dimashq"),
        ("Shells hit Busr al-Harir, fell on Jisreen in Daraa countryside.", "Jisreen", "Daraa"),
    ],
)  # fmt: skip
def test_a_name_the_gazetteer_lacks_is_placed_where_the_text_puts_it(
    places_of: PlacesOf, sentence: str, span: str, governorate: str
) -> None:
    place = places_of(sentence)[span]
    assert place is not None and place.admin1 == governorate
    assert place.geonames_id is None and place.source is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Clashes broke out in March in Aleppo.",  # a month, not a place
        "Mortars fell on Qarmashun overnight, residents said.",  # nothing says where it lies
    ],
)
def test_an_unknown_word_without_an_anchor_is_no_place(places_of: PlacesOf, sentence: str) -> None:
    assert set(places_of(sentence)) <= {"Aleppo"}
