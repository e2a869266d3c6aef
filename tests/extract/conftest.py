"""Shared fixtures of the extraction tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.language import Language

from eventwire.extract.mentions import PlaceMention
from eventwire.extract.pipeline import Extractor
from eventwire.model import Place

# Opens every report of the places tests, so that the document's country is settled, as in a
# real report.
PLACES_OPENING = "Fighting went on across Syria on Monday, and rebels shelled Homs and Hama.\n"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The full pipeline, built once: assembly is tested through it on short written reports."""
    return Extractor()


@pytest.fixture(scope="session")
def places_nlp(make_nlp: Callable[..., Any]) -> Language:
    pipeline: Language = make_nlp("eventwire_places")
    return pipeline


@pytest.fixture(scope="session")
def places_of(places_nlp: Language) -> Callable[[str], dict[str, Place | None]]:
    """The places found in a sentence after `PLACES_OPENING`, by span text."""

    def places(sentence: str) -> dict[str, Place | None]:
        doc = places_nlp(PLACES_OPENING + sentence)
        found = {}
        for span in doc.spans["ew_places"]:
            mention = span._.ew_place
            assert isinstance(mention, PlaceMention)
            if span.start_char >= len(PLACES_OPENING):
                found[span.text] = mention.place
        return found

    return places
