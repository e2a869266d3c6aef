"""Places in lists, names whose first word is an Arabic name head, the land around a city
named after it ('and its Countryside'), and broadcasters named after a town.

Sentences written for these tests. Each report opens with a sentence about Syria (conftest's
`PLACES_OPENING`) so the document's country is settled, as in a real report.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from eventwire.extract.components.places import listed_anchor_starts
from eventwire.model import Place

pytestmark = pytest.mark.model
PlacesOf = Callable[[str], dict[str, Place | None]]


def test_the_anchor_after_a_list_places_its_first_name(places_of: PlacesOf) -> None:
    # GeoNames has al-Bureij only in Gaza: 'east of Hama' after the list puts it in Syria.
    found = places_of("Shells fell on al-Bureij and Qarmashun east of Hama on Sunday.")
    place = found["al-Bureij"]
    assert place is not None and (place.country_code, place.admin1) == ("SY", "Hama")


@pytest.mark.parametrize(
    ("text", "end", "anchored"),
    [
        ("Shelling hit Qarmashun and Jisreen al-Kabira west of Homs", 3, True),
        ("Shelling hit Qarmashun , Jisreen , and Tell Nasri in Homs", 3, True),
        ("Shelling hit Qarmashun and then moved west of Homs", 3, False),
        ("Shelling hit Qarmashun and Jisreen , the army said in Homs", 3, False),
    ],
)
def test_listed_anchor_starts_read_through_the_names_of_a_list(
    places_nlp: Language, text: str, end: int, anchored: bool
) -> None:
    doc = places_nlp(text)
    assert bool(listed_anchor_starts(doc, end)) is anchored


def test_a_name_head_before_a_foreign_place_name_is_one_unknown_name(places_of: PlacesOf) -> None:
    # 'al-Wusta' alone is a governorate of Oman; 'Kafr al-Wusta' is a Syrian village's name.
    found = places_of("Mortars hit Kafr al-Wusta in Idlib countryside.")
    place = found["Kafr al-Wusta"]
    assert place is not None and (place.country_code, place.admin1) == ("SY", "Idlib")
    assert "al-Wusta" not in found


def test_a_name_head_and_tail_without_an_anchor_are_no_place(places_of: PlacesOf) -> None:
    found = places_of("Mortars hit Kafr al-Wusta yesterday, activists said.")
    assert not any("Wusta" in text for text in found)


def test_its_countryside_after_damascus_is_rural_damascus(places_of: PlacesOf) -> None:
    found = places_of("Clashes in Damascus and its Countryside left five dead.")
    rural = found["its Countryside"]
    assert rural is not None and rural.admin1 == "Rif Dimashq"
    damascus = found["Damascus"]
    assert damascus is not None and damascus.admin1 == "Damascus"


def test_its_countryside_of_a_city_without_a_rural_province_is_no_town(places_of: PlacesOf) -> None:
    # GeoNames has a town 'Countryside' in Virginia; here it is the land around Aleppo.
    found = places_of("Jets hit Aleppo and its Countryside overnight.")
    assert set(found) == {"Aleppo"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Al Mayadeen TV reported that five people died in Aleppo.",
        "Homs FM reported that five people died in Aleppo.",
    ],
)
def test_a_broadcaster_named_after_a_town_is_no_scene(places_of: PlacesOf, sentence: str) -> None:
    assert set(places_of(sentence)) == {"Aleppo"}


def test_the_finder_remembers_names_per_document_only(places_of: PlacesOf) -> None:
    # the longest-name and entity memos of one report must not leak into the next
    first = places_of("Jets struck Aleppo at dawn.")
    second = places_of("Jets struck Idlib at dawn.")
    assert set(first) == {"Aleppo"} and set(second) == {"Idlib"}


def test_a_place_after_its_is_still_a_place(places_of: PlacesOf) -> None:
    # only a descriptor word ('Countryside', 'Province') after 'its' refers back
    found = places_of("The army moved its Aleppo units to Idlib on Friday.")
    assert {"Aleppo", "Idlib"} <= set(found)
