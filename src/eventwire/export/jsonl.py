"""JSON Lines: one full `Incident` per line, exactly as the model serialises it.

The lossless export: every claim, quote and offset is kept, and each line reads back
with ``Incident.model_validate_json``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from eventwire.model import Incident


def write_jsonl(incidents: Iterable[Incident], out: TextIO) -> int:
    """Write one incident per line; returns the number written."""
    n = 0
    for incident in incidents:
        # model_dump_json never emits a raw newline (they are escaped in strings).
        out.write(incident.model_dump_json())
        out.write("\n")
        n += 1
    return n
