"""Assembly weighs where a place stands in the sentence: a landmark the event was near ('outside
Damascus') yields to the scene, and a place abroad is the scene only when the report says it
moved abroad."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from written_reports import extract_published

from eventwire.extract.pipeline import Extractor
from eventwire.extract.place_roles import abroad_without_its_country, is_landmark

extract = extract_published(date(2016, 5, 10))


@pytest.mark.parametrize(
    ("sentence", "place_text", "landmark"),
    [
        ("Shells hit a village outside Homs on Monday.", "Homs", True),
        ("Fighting raged in an area near the city of Hama.", "Hama", True),
        ("Jets struck farms on the outskirts of the capital Damascus.", "Damascus", True),
        ("Rebels shelled a base ten kilometres south of Aleppo.", "Aleppo", True),
        ("Shells hit a bakery in Homs on Monday.", "Homs", False),
        ("Jets struck the eastern countryside of Hama.", "Hama", False),
    ],
)
def test_a_landmark_is_told_from_the_scene(
    make_nlp: Callable[..., object], sentence: str, place_text: str, landmark: bool
) -> None:
    doc = make_nlp("eventwire_places")(sentence)  # type: ignore[operator]
    (place,) = [p for p in doc.spans["ew_places"] if place_text in p.text]
    assert is_landmark(place) is landmark


def test_the_scene_beats_the_landmark_in_one_sentence(extractor: Extractor) -> None:
    # The town is finer than the district, but it is only what the farms were near.
    text = "On Monday warplanes struck farms near the capital Damascus in Eastern Ghouta."
    (inc,) = extract(extractor, text)
    assert inc.location is not None and inc.location.text == "Eastern Ghouta"


def test_the_scene_told_later_replaces_the_landmark(extractor: Extractor) -> None:
    text = (
        "Clashes near the capital Damascus killed 40 fighters on Monday. "
        "The clashes took place in Eastern Ghouta, the monitor said."
    )
    (inc,) = extract(extractor, text)
    assert inc.location is not None and inc.location.text == "Eastern Ghouta"


def test_a_country_abroad_is_not_the_scene(extractor: Extractor) -> None:
    text = (
        "Air strikes on Saraqeb in Syria killed nine people on Monday. "
        "On Tuesday, clashes broke out as families fled toward Aleppo and into Turkey."
    )
    incidents = extract(extractor, text)
    assert incidents
    assert all(i.location is None or i.location.country_code == "SY" for i in incidents)


@pytest.mark.parametrize(
    ("text", "place_text", "abroad"),
    [
        # The report moves abroad and says so: the town's country is named with it.
        ("Jets hit Aleppo and Idlib in Syria. In Iraq, troops repelled an attack on Mosul.", "Mosul", False),
        # A foreign country named as where someone went is not a scene.
        ("Jets hit Aleppo and Idlib in Syria. Thousands fled Idlib into Turkey.", "Turkey", True),
        # A town at home is never abroad.
        ("Jets hit Aleppo and Idlib in Syria.", "Idlib", False),
    ],
)  # fmt: skip
def test_a_place_abroad_needs_its_country_named(
    make_nlp: Callable[..., object], text: str, place_text: str, abroad: bool
) -> None:
    doc = make_nlp("eventwire_places")(text)  # type: ignore[operator]
    assert doc._.country_hint == "SY"
    (place,) = [p for p in doc.spans["ew_places"] if p.text == place_text]
    assert abroad_without_its_country(place) is abroad


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("Officials in Aleppo said air strikes killed five people in Mosul on Monday.", "Mosul"),
        (
            "Officials in Aleppo said on Monday that air strikes had killed five people in the "
            "town of Tal Afar.",
            "Tall ‘Afar",
        ),
    ],
)
def test_one_sentence_is_no_report_about_a_country(
    extractor: Extractor, text: str, scene: str
) -> None:
    # A single sentence naming one Syrian and one Iraqi town does not make a Syrian report in
    # which the Iraqi town must be a misread namesake.
    (inc,) = extract(extractor, text)
    assert inc.location is not None
    assert (inc.location.name, inc.location.country_code) == (scene, "IQ")
