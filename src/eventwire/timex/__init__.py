"""Temporal expressions: find them in raw text, resolve them against the publication date.

Pure Python (no spaCy): `find_timexes` runs a regex grammar over the text (`grammar`),
`resolve` turns one expression into an inclusive `DateRange` read from the anchor (`resolve`,
whose docstring lists the conventions: past tense by default, the most recent weekday, ISO
weeks, dekads for early/mid/late, …), and `find_dateline` reads a publication date written at
the head of a report (`datelines`). `clause_tense` guesses a clause's tense from nearby words
where there is no parse (`tense`); `annotate` writes a text's expressions as TimeML TIMEX3s
(type and normalised value, `timeml`), for the TempEval-3 and MEANTIME scores. The spaCy component `components/dates.py` wires them to a Doc.

    >>> from datetime import date
    >>> found = resolve("late on Wednesday", date(2016, 8, 18))
    >>> found.start, found.end, found.precision.value
    (datetime.date(2016, 8, 17), datetime.date(2016, 8, 17), 'day')
"""

from eventwire.timex.datelines import find_dateline
from eventwire.timex.grammar import TimexKind, TimexMatch, find_timexes
from eventwire.timex.resolve import Tense, calendar_date, resolve
from eventwire.timex.tense import clause_tense
from eventwire.timex.timeml import Timex3, annotate, range_value

__all__ = [
    "Tense",
    "Timex3",
    "TimexKind",
    "TimexMatch",
    "annotate",
    "calendar_date",
    "clause_tense",
    "find_dateline",
    "find_timexes",
    "range_value",
    "resolve",
]
