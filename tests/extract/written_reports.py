"""Assembly is tested through the whole pipeline on short reports written for the tests: one
way to turn such a text into incidents, for every assembly test module."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from eventwire.extract.pipeline import Extractor
from eventwire.model import Incident, Report

Extract = Callable[..., list[Incident]]


def incidents_of(extractor: Extractor, text: str, published: date) -> list[Incident]:
    """The incidents of one report of ``text`` published on ``published`` by a test wire."""
    report = Report(id="t", text=text, published=published, outlet="Test Wire")
    return extractor.extract(report).incidents


def extract_published(default: date) -> Extract:
    """``extract(extractor, text, published=default)``: a module's reports share a day unless
    a test says otherwise."""

    def extract(extractor: Extractor, text: str, published: date = default) -> list[Incident]:
        return incidents_of(extractor, text, published)

    return extract
