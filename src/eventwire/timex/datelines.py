"""Datelines: the publication date a report carries at its head, for reports without metadata.

What counts as a dateline: the first full date (day, month and year) that starts in the first
``window`` characters — "Wed 05 Apr 2017", "Fri 07 Apr 2017 at 0914", "Published February 18 2015",
"Last updated at Apr 232017", "24.08.2013", "23-04-2016", or after a headline as in
"… in Aleppo 6 October 2016 SANA". Wire datelines without a year ("BEIRUT, Aug 18 (Reuters) -")
need a date ``near`` the publication (a file date, a crawl date) to pick the year.
"""

from __future__ import annotations

import re
from datetime import date

from eventwire.timex import periods, vocab
from eventwire.timex.grammar import DAY, find_timexes, month
from eventwire.timex.resolve import calendar_date

# A place in capitals, the month and day, and a news agency in brackets.
_WIRE = re.compile(
    rf"^\W*[A-Z][A-Z .'’-]{{1,40}},?(?:\s+[A-Z][a-z]+,)?\s+{month()}\s+{DAY}"
    r"\s*(?:\((?:Reuters|AFP|AP|dpa|Xinhua|SANA)\)|[-—–])"
)
# A date right after one of these is the story's ("died on 18 August 2016"), not the paper's,
# unless page furniture introduces it ("Posted on April 19 2017").
_STORY_PREPOSITIONS = frozenset({"on", "in", "since", "until", "by", "from", "before", "after"})
_FURNITURE = frozenset({"posted", "published", "updated", "publication", "date"})

_LONGEST_DATE = 40  # "Wednesday, September 21st, 2016" and a little more


def find_dateline(text: str, *, near: date | None = None, window: int = 240) -> date | None:
    """The publication date written at the start of ``text``, or None.

    ``near`` (a date close to publication) lets a year-less wire dateline be read; it is taken
    as not before the publication, so "Aug 18" read near 2016-08-20 is 2016-08-18.
    """
    # Read a little past the window so that a date starting inside it is seen whole.
    for match in find_timexes(text[: window + _LONGEST_DATE]):
        found = calendar_date(match)
        before = text[max(0, match.start - 24) : match.start].lower().split()
        if (
            before
            and before[-1] in _STORY_PREPOSITIONS
            and before[-2:-1] != []
            and (before[-2] not in _FURNITURE)
        ):
            continue
        if found is not None and match.start < window:
            return found
    wire = _WIRE.match(text[:window])
    if wire is None or near is None:
        return None
    month_number = vocab.month_number(wire.group("month"))
    found = periods.day_without_year(month_number, int(wire.group("day")), near, future=False)
    if found is not None and found > near:
        # A paper is not dated after the day we read it: the latest such day on or before ``near``.
        found = periods.safe_date(found.year - 1, found.month, found.day)
    return found
