"""Where the gazetteer keeps what it builds and what users import.

``$EVENTWIRE_HOME`` if set, else ``~/.local/share/eventwire``:

    gazetteer/dumps/SY.txt           imported GeoNames dumps (checked, filtered lines)
    gazetteer/cache-<digest>.pickle  the built gazetteer, keyed by everything it was built from
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Any


def data_home() -> Path:
    configured = os.environ.get("EVENTWIRE_HOME")
    return Path(configured) if configured else Path.home() / ".local" / "share" / "eventwire"


def dumps_dir() -> Path:
    return data_home() / "gazetteer" / "dumps"


def cache_path(digest: str) -> Path:
    return data_home() / "gazetteer" / f"cache-{digest}.pickle"


def read_cache(path: Path) -> Any | None:
    """The cached object, or None when absent or unreadable (it is rebuilt, never trusted)."""
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None


def write_cache(path: Path, value: Any) -> None:
    """Best effort: a read-only home only costs the next process a rebuild."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.glob("cache-*.pickle"):
            stale.unlink()  # one cache at a time: old versions are never read again
        tmp = path.with_suffix(".part")
        with tmp.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError:
        return
