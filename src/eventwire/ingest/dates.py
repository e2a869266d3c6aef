"""Publication dates as inputs give them: ISO strings and CSV columns.

Small and strict on purpose: ingest only reads a date that is plainly a publication date.
Datelines at the head of a text are read by the shared temporal grammar (`eventwire.timex`);
dates inside the story ("late on Wednesday") are extraction's business.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime

ISO_FORMAT = "%Y-%m-%d"
MDY_FORMAT = "%m/%d/%Y"
DMY_FORMAT = "%d/%m/%Y"

# YYYY-MM-DD, alone or as the start of an ISO timestamp (2016-08-18T09:30:00+03:00).
_ISO = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ].*)?")
_SLASHED = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")


def parse_iso(value: str) -> date | None:
    """A YYYY-MM-DD date (or the date of an ISO timestamp), else None."""
    match = _ISO.fullmatch(value.strip())
    if not match:
        return None
    try:
        return date.fromisoformat(match[1])
    except ValueError:  # 2017-02-30: the right shape, not a day
        return None


def parse_with(value: str, fmt: str) -> date | None:
    """``value`` read with a ``strptime`` format, else None."""
    try:
        return datetime.strptime(value.strip(), fmt).date()
    except ValueError:
        return None


def infer_slashed_format(values: Iterable[str]) -> str | None:
    """The one of M/D/YYYY and D/M/YYYY that reads every slashed value in a column.

    None if the column has no slashed values. Raises ``ValueError`` (the message says what to
    pass) if both read every value, because then guessing could swap days and months.
    """
    slashed = [v.strip() for v in values if _SLASHED.fullmatch(v.strip())]
    if not slashed:
        return None
    fits = [
        fmt
        for fmt in (MDY_FORMAT, DMY_FORMAT)
        if all(parse_with(value, fmt) is not None for value in slashed)
    ]
    if len(fits) == 1:
        return fits[0]
    choose = f'pass date_format="{MDY_FORMAT}" or date_format="{DMY_FORMAT}"'
    if fits:
        raise ValueError(f'dates like "{slashed[0]}" could be M/D/YYYY or D/M/YYYY; {choose}')
    raise ValueError(f"dates mix M/D/YYYY and D/M/YYYY (or are not dates); {choose}")
