"""Publication dates as inputs give them: ISO strings, CSV columns, datelines.

Small and strict on purpose: ingest only reads a date that is plainly a publication date.
Dates inside the story ("late on Wednesday") are extraction's business.
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

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# Page furniture that FA-KES keeps in front of the date ("Date of publication 10 July 2016").
_LEAD = r"(?:(?:Posted on|Published(?: on)?|Date of publication:?|Updated:?)\s+)?"
_WEEKDAY = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})"
_YEAR = r"(?P<year>(?:19|20)\d{2})\b"

# Datelines, anchored at the very start of the text:
#   "Wed 05 Apr 2017 …", "18 August 2016 …"              (FA-KES; weekday optional)
#   "August 18, 2016 …", "Fri Apr 29 2016 …", "Published April 15 2017 …"
#   "BEIRUT, Aug 18 (Reuters) - …", "DAMASCUS, Syria, Aug. 18, 2016 (Xinhua) -- …"
#     (an all-caps place, then the date, then an agency in brackets or a dash)
DATELINES = (
    re.compile(rf"{_LEAD}{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}"),
    re.compile(rf"{_LEAD}{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}"),
    re.compile(
        rf"[A-Z][A-Z.' -]{{1,30}}(?:,\s+[A-Z][a-z]+)?,\s+{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?"
        r"\s*(?:\([A-Za-z .]{1,30}\)\s*)?(?:-|--|–|—)"
    ),
)


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


def find_dateline(text: str, today: date) -> date | None:
    """The date of a dateline at the start of ``text``, else None.

    A dateline without a year ("BEIRUT, Aug 18 (Reuters) -") is dated to the latest such day
    on or before ``today``: wire copy carries the year only in its metadata.
    """
    head = text.lstrip()[:120]
    for pattern in DATELINES:
        match = pattern.match(head)
        if match:
            return _dateline_date(match, today)
    return None


def _dateline_date(match: re.Match[str], today: date) -> date | None:
    month = _MONTHS[match["month"][:3].lower()]
    day = int(match["day"])
    year = int(match["year"]) if match["year"] else today.year
    try:
        found = date(year, month, day)
        if not match["year"] and found > today:
            found = date(year - 1, month, day)
    except ValueError:  # Feb 30, or Feb 29 in the wrong year
        return None
    return found
