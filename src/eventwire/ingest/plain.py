"""Plain text: the whole file is one report; its date, if any, is in a dateline."""

from __future__ import annotations

from collections.abc import Iterator

from eventwire.errors import InputError
from eventwire.ingest.draft import Draft
from eventwire.ingest.options import IngestOptions


def read_plain(text: str, where: str, options: IngestOptions) -> Iterator[Draft | InputError]:
    """One draft: the text as it is (the common checks in :mod:`.draft` do the rest)."""
    yield Draft(where=where, text=text)
