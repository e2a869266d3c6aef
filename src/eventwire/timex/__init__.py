"""Temporal expressions: find them in raw text, resolve them against the publication date.

Pure Python (no spaCy): `find_timexes` runs a regex grammar over the text (`grammar`),
`resolve` turns one expression into an inclusive `DateRange` read from the anchor (`resolve`,
whose docstring lists the conventions: past tense by default, the most recent weekday, ISO
weeks, dekads for early/mid/late, …), and `find_dateline` reads a publication date written at
the head of a report (`datelines`). The spaCy component `components/dates.py` wires them to a Doc.

    >>> from datetime import date
    >>> found = resolve("late on Wednesday", date(2016, 8, 18))
    >>> found.start, found.end, found.precision.value
    (datetime.date(2016, 8, 17), datetime.date(2016, 8, 17), 'day')
"""

from eventwire.timex.datelines import find_dateline
from eventwire.timex.grammar import TimexKind, TimexMatch, find_timexes
from eventwire.timex.resolve import Tense, calendar_date, resolve

__all__ = [
    "Tense",
    "TimexKind",
    "TimexMatch",
    "calendar_date",
    "find_dateline",
    "find_timexes",
    "resolve",
]
