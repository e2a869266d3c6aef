"""Place names that running text uses as ordinary words or personal names (``stopnames.txt``)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def stop_names() -> frozenset[str]:
    text = resources.files("eventwire.geo").joinpath("stopnames.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )
