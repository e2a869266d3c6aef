"""Shared fixtures of the extraction tests."""

from __future__ import annotations

import pytest

from eventwire.extract.pipeline import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The full pipeline, built once: assembly is tested through it on short written reports."""
    return Extractor()
