"""Shared fixtures. The spaCy model is a real installed package (no stubs); it loads once a session."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

# Tests never touch the user's own data directory (imported dumps, the gazetteer cache).
os.environ["EVENTWIRE_HOME"] = tempfile.mkdtemp(prefix="eventwire-test-home-")

SHARED = Path(__file__).resolve().parents[2] / "shared"
if not SHARED.exists():  # a clone elsewhere: shared/ sits beside the repository
    SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ALEPPO_EXAMPLE = SHARED / "examples" / "aleppo-qaterji-2016-08-18.txt"
FAKES_CSV = SHARED / "data" / "fa-kes" / "FA-KES-Dataset.csv"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    assert SHARED.is_dir(), f"../shared not found at {SHARED}"
    return SHARED


@pytest.fixture(scope="session")
def aleppo_text() -> str:
    return ALEPPO_EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def make_nlp() -> Callable[..., object]:
    """make_nlp("eventwire_dates", ...) → the base model plus those components, built once per set."""
    from eventwire.extract.nlp import build_pipeline

    cache: dict[tuple[str, ...], object] = {}

    def make(*components: str) -> object:
        if components not in cache:
            cache[components] = build_pipeline(components)
        return cache[components]

    return make
