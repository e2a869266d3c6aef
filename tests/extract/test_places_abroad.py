"""Names resolved abroad on spelling alone, names inside site names, and first names read in
Title Case captions.

Sentences written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from eventwire.model import GeoPrecision, Place

pytestmark = pytest.mark.model
PlacesOf = Callable[[str], dict[str, Place | None]]


def test_a_variant_of_a_province_abroad_is_only_put_in_the_reports_country(
    places_of: PlacesOf,
) -> None:
    # 'al-Jafra' is one transliteration from Jufra, a Libyan province; the report is about Syria.
    found = places_of("A car bomb went off close to the al-Jafra area south of Deir al-Zor.")
    jafra = found["al-Jafra area"]
    assert jafra is not None and jafra.country_code == "SY"
    assert jafra.precision is GeoPrecision.COUNTRY and jafra.admin1 is None
    assert found["Deir al-Zor"] is not None and found["Deir al-Zor"].country_code == "SY"


def test_an_alternate_name_abroad_yields_to_a_spelling_at_home(places_of: PlacesOf) -> None:
    # 'Kasab' is filed only as a stray alternate of a Yemeni village; 'Kassab' is a Syrian one.
    found = places_of("Months ago the army took back the hill town of Kasab, close to Turkey.")
    kasab = found["town of Kasab"]
    assert kasab is not None and kasab.country_code == "SY"


def test_an_alternate_name_abroad_with_no_spelling_at_home_is_put_in_the_country(
    places_of: PlacesOf,
) -> None:
    # 'Hass' is an alternate of a Yemeni village only; the report is about Syria.
    found = places_of("Jets struck a school in the village of Hass on Wednesday.")
    hass = found["village of Hass"]
    assert hass is not None and hass.country_code == "SY"
    assert hass.precision is GeoPrecision.COUNTRY


def test_a_variant_abroad_still_counts_in_a_report_about_that_country(
    places_nlp: Language,
) -> None:
    # About Libya, the same spelling is that country's province: nothing is abroad.
    doc = places_nlp(
        "Libyan forces clashed with militants in Sirte and Misrata, Libya, on Monday. "
        "More fighting was reported in the al-Jafra area."
    )
    assert doc._.country_hint == "LY"
    (jafra,) = [s._.ew_place.place for s in doc.spans["ew_places"] if "Jafra" in s.text]
    assert jafra is not None and jafra.country_code == "LY"


def test_an_exact_name_abroad_is_still_resolved(places_of: PlacesOf) -> None:
    # A Lebanese town under its own name stays in Lebanon in a report about Syria.
    found = places_of("Refugees crossed the border into Arsal in Lebanon on Friday.")
    assert found["Arsal"] is not None and found["Arsal"].country_code == "LB"


def test_a_first_name_before_a_known_surname_in_a_caption_is_no_place(
    places_nlp: Language,
) -> None:
    # Title Case captions capitalise every word, yet 'Putin' is a surname we know.
    doc = places_nlp(
        "Syrian Army Units Advance Near Aleppo. "
        "Russian President Vladimir Putin Speaks During An Economic Forum In Moscow On Friday."
    )
    names = {s.text for s in doc.spans["ew_places"]}
    assert "Vladimir" not in names
    assert {"Aleppo", "Moscow"} <= names


def test_a_bare_word_one_spelling_from_a_village_abroad_is_no_place(
    places_of: PlacesOf,
) -> None:
    # 'Britons' is a transliteration away from a Lebanese village; nothing calls it a place.
    found = places_of("Two Britons were among the volunteers who left on Friday.")
    assert "Britons" not in found


def test_an_article_name_inside_a_mosque_name_is_not_the_quarter(places_of: PlacesOf) -> None:
    # al-Rashideen is also a quarter of Aleppo; here it ends the name of a mosque in Latakia.
    found = places_of("A car bomb hit the Khulafa al-Rashideen Mosque as prayers ended in Latakia.")
    assert not any("Rashideen" in name for name in found)
    assert "Latakia" in found


def test_an_article_name_before_a_site_noun_alone_is_still_the_quarter(
    places_of: PlacesOf,
) -> None:
    # No name word before it: the mosque is named after the quarter it stands in.
    found = places_of("Shells fell near a mosque in al-Rashideen on Tuesday.")
    quarter = found["al-Rashideen"]
    assert quarter is not None and quarter.admin1 == "Aleppo"
