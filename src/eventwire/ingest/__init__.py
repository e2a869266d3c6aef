"""Ingest: any supported input (text, HTML, JSON Lines, CSV) → :class:`~eventwire.model.Report`.

    read_inputs(paths, options)  → Iterator[Report | InputError]   (errors as values; in order)
    read_path(path, options)     → Iterator[Report | InputError]   (one file)
    read_text(text, options, …)  → Report                          (one string; raises InputError)

This package imports only ``eventwire.model`` and ``eventwire.errors`` of eventwire: no spaCy,
no store, no other stage.
"""

from __future__ import annotations

from eventwire.ingest.options import DEFAULT_MAX_BYTES, Format, IngestOptions
from eventwire.ingest.read import read_inputs, read_path, read_text

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Format",
    "IngestOptions",
    "read_inputs",
    "read_path",
    "read_text",
]
