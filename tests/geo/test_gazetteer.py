"""Lookup and disambiguation against the default gazetteer (GeoNames packages + additions)."""

from __future__ import annotations

import pytest

from eventwire.geo import Gazetteer, Mention, default_gazetteer
from eventwire.model import GeoPrecision

ALEPPO_CITY = (36.13, 36.28, 37.05, 37.25)  # lat min, lat max, lon min, lon max


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def _inside(lat: float, lon: float, box: tuple[float, float, float, float]) -> bool:
    return box[0] <= lat <= box[1] and box[2] <= lon <= box[3]


# name, country prior, expected (name, country, admin1, precision)
LOCATE = [
    ("Aleppo", None, ("Aleppo", "SY", "Aleppo", GeoPrecision.TOWN)),
    ("Homs", "SY", ("Homs", "SY", "Homs", GeoPrecision.TOWN)),
    ("Homs", None, ("Homs", "SY", "Homs", GeoPrecision.TOWN)),
    ("Homs", "LY", ("Al Khums", "LY", "Al Marqab", GeoPrecision.TOWN)),
    ("Damascus", None, ("Damascus", "SY", "Damascus", GeoPrecision.TOWN)),
    ("Iran", None, ("Iran", "IR", None, GeoPrecision.COUNTRY)),
    ("Douma", None, ("Dūmā", "SY", "Rif Dimashq", GeoPrecision.TOWN)),
    ("Eastern Ghouta", None, ("Eastern Ghouta", "SY", "Rif Dimashq", GeoPrecision.DISTRICT)),
    ("Deir Ezzor", None, ("Deir ez-Zor", "SY", "Deir ez-Zor", GeoPrecision.TOWN)),
    ("Aleppos", None, ("Aleppo", "SY", "Aleppo", GeoPrecision.TOWN)),
    ("Khan Sheikhoun", None, ("Khān Shaykhūn", "SY", "Idlib", GeoPrecision.TOWN)),
    ("Shayrat airbase", None, ("Shayrat airbase", "SY", "Homs", GeoPrecision.NEIGHBOURHOOD)),
]


@pytest.mark.parametrize(("name", "country", "expected"), LOCATE)
def test_locate(
    gaz: Gazetteer,
    name: str,
    country: str | None,
    expected: tuple[str, str, str | None, GeoPrecision],
) -> None:
    place = gaz.locate(name, country=country)
    assert place is not None
    assert (place.name, place.country_code, place.admin1, place.precision) == expected


def test_aleppo_is_in_syria_not_elsewhere(gaz: Gazetteer) -> None:
    place = gaz.locate("Aleppo")
    assert place is not None and place.geonames_id == 170063


@pytest.mark.parametrize("spelling", ["Qaterji", "al-Qaterji", "Qatirji", "Karm al-Qaterji"])
def test_qaterji_is_a_neighbourhood_inside_aleppo_city(gaz: Gazetteer, spelling: str) -> None:
    place = gaz.locate(spelling)
    assert place is not None
    assert place.precision is GeoPrecision.NEIGHBOURHOOD
    assert place.admin1 == "Aleppo"
    assert _inside(place.lat, place.lon, ALEPPO_CITY)


def test_every_aleppo_neighbourhood_in_the_additions_is_inside_the_city(gaz: Gazetteer) -> None:
    parts = [e for e in gaz.entries if e.parent == "Aleppo"]
    assert len(parts) >= 15
    assert [e.name for e in parts if not _inside(e.lat, e.lon, ALEPPO_CITY)] == []


def test_m10_is_a_hospital_in_aleppo(gaz: Gazetteer) -> None:
    place = gaz.locate("M10 hospital")
    assert place is not None and place.feature == "hospital"
    assert _inside(place.lat, place.lon, ALEPPO_CITY)


def test_descriptor_prefers_the_governorate(gaz: Gazetteer) -> None:
    place = gaz.locate("Aleppo", prefer="governorate")
    assert place is not None and place.precision is GeoPrecision.GOVERNORATE


def test_unknown_name_has_no_candidates(gaz: Gazetteer) -> None:
    assert gaz.candidates("Xqzzvv") == []


def test_document_context_resolves_homs_with_libya(gaz: Gazetteer) -> None:
    places, country = gaz.resolve([Mention("Tripoli"), Mention("Libya"), Mention("Homs")])
    assert country == "LY"
    assert places[2][0] is not None and places[2][0].country_code == "LY"


def test_document_country_is_where_its_towns_are(gaz: Gazetteer) -> None:
    mentions = [Mention("Russia"), Mention("Russia"), Mention("Aleppo"), Mention("Idlib")]
    _places, country = gaz.resolve(mentions)
    assert country == "SY"


def test_candidate_count_is_reported(gaz: Gazetteer) -> None:
    ((place, n),) = gaz.resolve([Mention("Homs")])[0]
    assert place is not None and n >= 2


def test_default_gazetteer_is_loaded_once(gaz: Gazetteer) -> None:
    assert default_gazetteer() is gaz


# Press spellings of Syrian places that GeoNames' cities files lack (additions.csv aliases).
@pytest.mark.parametrize(
    ("spelling", "governorate"),
    [
        ("Raqa", "Raqqa"),
        ("Deir Ezour", "Deir ez-Zor"),
        ("Atme", "Idlib"),
        ("Eastern Gouta", "Rif Dimashq"),
    ],
)
def test_press_spellings_of_syrian_places(gaz: Gazetteer, spelling: str, governorate: str) -> None:
    place = gaz.locate(spelling, country="SY")
    assert place is not None and place.admin1 == governorate


def test_shaer_in_homs_province_is_the_gas_field(gaz: Gazetteer) -> None:
    # "Tuesdays assault at Shaer in Homs province" (FA-KES): not Aleppo's al-Shaar quarter.
    places, _country = gaz.resolve([Mention("Shaer"), Mention("Homs", prefer="governorate")])
    assert places[0][0] is not None and places[0][0].admin1 == "Homs"


def test_shaar_in_aleppo_is_still_the_quarter(gaz: Gazetteer) -> None:
    places, _country = gaz.resolve([Mention("Aleppo"), Mention("Shaar", prefer="neighbourhood")])
    assert places[1][0] is not None and places[1][0].admin1 == "Aleppo"


def test_quriyah_in_deir_ezzor_is_not_the_sweida_village(gaz: Gazetteer) -> None:
    # "the raids hit the town of Al-Quriyah ... in Syrias oil-rich Deir Ezzor province"
    mentions = [
        Mention("Al-Quriyah", prefer="settlement"),
        Mention("Deir Ezzor", prefer="governorate"),
    ]
    places, _country = gaz.resolve(mentions)
    assert places[0][0] is not None and places[0][0].admin1 == "Deir ez-Zor"


def test_remembered_variants_give_the_same_candidates_each_time(gaz: Gazetteer) -> None:
    # 'Qatirji' is a transliteration variant of Qaterji, found by edit distance, then remembered.
    first = [c.entry.geonames_id for c in gaz.candidates("Qatirji")]
    again = [c.entry.geonames_id for c in gaz.candidates("al-Qatirji")]
    assert first and first == again
    assert gaz.candidates("Qxqxqx") == gaz.candidates("Qxqxqx") == []


def test_a_spelling_variant_is_found_in_the_country_asked(gaz: Gazetteer) -> None:
    # 'Kassab' (Latakia) is one transliteration from 'Kasab'; nothing Syrian is near 'Qwzx'.
    home = gaz.variant_in("Kasab", "SY")
    assert home is not None and home.country_code == "SY"
    assert gaz.variant_in("Kasab", "IS") is None
    assert gaz.variant_in("Qwzx", "SY") is None
