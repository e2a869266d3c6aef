"""The relative-date table: publication date × phrase (× tense) → inclusive range and precision."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.model import DatePrecision, DateRange
from eventwire.timex import Tense, find_timexes, resolve

THU = date(2016, 8, 18)  # the Aleppo example: published Thursday 18 August 2016
SUN = date(2017, 4, 16)
MON_NEW_YEAR = date(2016, 1, 4)
D, W, M, Y = "day", "week", "month", "year"

# (published, phrase, tense, start, end, precision)
TABLE: list[tuple[date, str, Tense | None, str, str, str]] = [
    # weekdays in a past-tense report: the most recent one, the anchor's own weekday included
    (THU, "late on Wednesday", None, "2016-08-17", "2016-08-17", D),
    (THU, "On Monday", "past", "2016-08-15", "2016-08-15", D),
    (THU, "On Tuesday", "past", "2016-08-16", "2016-08-16", D),
    (THU, "on Thursday", "past", "2016-08-18", "2016-08-18", D),
    (THU, "on Friday", "past", "2016-08-12", "2016-08-12", D),
    (THU, "Saturday", None, "2016-08-13", "2016-08-13", D),
    (THU, "last Thursday", None, "2016-08-11", "2016-08-11", D),
    (THU, "last Monday", None, "2016-08-15", "2016-08-15", D),
    (SUN, "on Saturday", None, "2017-04-15", "2017-04-15", D),
    (SUN, "on Sunday", None, "2017-04-16", "2017-04-16", D),
    (SUN, "last Sunday", None, "2017-04-09", "2017-04-09", D),
    (SUN, "on Monday", None, "2017-04-10", "2017-04-10", D),
    (MON_NEW_YEAR, "on Friday", None, "2016-01-01", "2016-01-01", D),
    # weekdays in the future: the next one
    (THU, "on Friday", "future", "2016-08-19", "2016-08-19", D),
    (THU, "on Monday", "future", "2016-08-22", "2016-08-22", D),
    (THU, "on Thursday", "future", "2016-08-18", "2016-08-18", D),
    (THU, "next Monday", None, "2016-08-22", "2016-08-22", D),
    (THU, "next Thursday", None, "2016-08-25", "2016-08-25", D),
    # parts of the day do not move the day
    (THU, "Wednesday night", None, "2016-08-17", "2016-08-17", D),
    (THU, "early hours of Monday", None, "2016-08-15", "2016-08-15", D),
    (THU, "in the early hours of Sunday", None, "2016-08-14", "2016-08-14", D),
    (THU, "on Tuesday morning", None, "2016-08-16", "2016-08-16", D),
    (THU, "early on Wednesday", None, "2016-08-17", "2016-08-17", D),
    # days named from the anchor
    (THU, "yesterday", None, "2016-08-17", "2016-08-17", D),
    (THU, "yesterday evening", None, "2016-08-17", "2016-08-17", D),
    (THU, "today", None, "2016-08-18", "2016-08-18", D),
    (THU, "tonight", None, "2016-08-18", "2016-08-18", D),
    (THU, "this morning", None, "2016-08-18", "2016-08-18", D),
    (THU, "last night", None, "2016-08-17", "2016-08-17", D),
    (THU, "overnight", None, "2016-08-17", "2016-08-18", D),
    (THU, "the day before yesterday", None, "2016-08-16", "2016-08-16", D),
    (THU, "tomorrow", None, "2016-08-19", "2016-08-19", D),
    (date(2016, 3, 1), "yesterday", None, "2016-02-29", "2016-02-29", D),
    (MON_NEW_YEAR, "yesterday", None, "2016-01-03", "2016-01-03", D),
    # weeks
    (THU, "Last week", None, "2016-08-08", "2016-08-14", W),
    (MON_NEW_YEAR, "last week", None, "2015-12-28", "2016-01-03", W),
    (THU, "this week", None, "2016-08-15", "2016-08-18", W),
    (THU, "this week", "future", "2016-08-18", "2016-08-21", W),
    (THU, "earlier this week", None, "2016-08-15", "2016-08-18", W),
    (THU, "earlier in the week", None, "2016-08-15", "2016-08-18", W),
    (THU, "next week", None, "2016-08-22", "2016-08-28", W),
    (THU, "the past week", None, "2016-08-11", "2016-08-18", W),
    (THU, "the weekend", None, "2016-08-13", "2016-08-14", D),
    (THU, "next weekend", None, "2016-08-20", "2016-08-21", D),
    (SUN, "last weekend", None, "2017-04-08", "2017-04-09", D),
    # months
    (THU, "last month", None, "2016-07-01", "2016-07-31", M),
    (MON_NEW_YEAR, "last month", None, "2015-12-01", "2015-12-31", M),
    (THU, "this month", None, "2016-08-01", "2016-08-18", M),
    (THU, "earlier this month", None, "2016-08-01", "2016-08-18", M),
    (THU, "earlier in the month", None, "2016-08-01", "2016-08-18", M),
    (THU, "later this month", "future", "2016-08-18", "2016-08-31", M),
    (THU, "next month", None, "2016-09-01", "2016-09-30", M),
    (THU, "the end of last month", None, "2016-07-21", "2016-07-31", M),
    (THU, "in August", None, "2016-08-01", "2016-08-18", M),
    (THU, "in March", None, "2016-03-01", "2016-03-31", M),
    (THU, "in September", None, "2015-09-01", "2015-09-30", M),
    (THU, "in September", "future", "2016-09-01", "2016-09-30", M),
    (THU, "last August", None, "2015-08-01", "2015-08-31", M),
    (MON_NEW_YEAR, "in December", None, "2015-12-01", "2015-12-31", M),
    # parts of months
    (THU, "early August", None, "2016-08-01", "2016-08-10", M),
    (date(2016, 9, 1), "mid-August", None, "2016-08-11", "2016-08-20", M),
    (THU, "mid-August", None, "2016-08-11", "2016-08-18", M),
    (date(2016, 9, 5), "late August", None, "2016-08-21", "2016-08-31", M),
    (THU, "late August", None, "2015-08-21", "2015-08-31", M),
    (THU, "the beginning of July", None, "2016-07-01", "2016-07-10", M),
    (THU, "early August 2016", None, "2016-08-01", "2016-08-10", M),
    (THU, "late February 2016", None, "2016-02-21", "2016-02-29", M),
    (THU, "March 2011", None, "2011-03-01", "2011-03-31", M),
    # years
    (THU, "last year", None, "2015-01-01", "2015-12-31", Y),
    (THU, "this year", None, "2016-01-01", "2016-08-18", Y),
    (THU, "next year", None, "2017-01-01", "2017-12-31", Y),
    (THU, "in 2015", None, "2015-01-01", "2015-12-31", Y),
    (THU, "early 2016", None, "2016-01-01", "2016-04-30", Y),
    (THU, "late 2015", None, "2015-09-01", "2015-12-31", Y),
    (THU, "late last year", None, "2015-09-01", "2015-12-31", Y),
    (THU, "the 1990s", None, "1990-01-01", "1999-12-31", Y),
    (THU, "the '80s", None, "1980-01-01", "1989-12-31", Y),
    (THU, "the 20th century", None, "1900-01-01", "1999-12-31", Y),
    (THU, "the 2013 chemical attack", None, "2013-01-01", "2013-12-31", Y),
    (THU, "August of last year", None, "2015-08-01", "2015-08-31", M),
    (THU, "October of next year", "future", "2017-10-01", "2017-10-31", M),
    (THU, "early March this year", None, "2016-03-01", "2016-03-10", M),
    # seasons (northern, meteorological; a winter is named by its December)
    (THU, "last summer", None, "2015-06-01", "2015-08-31", M),
    (THU, "this summer", None, "2016-06-01", "2016-08-18", M),
    (THU, "last winter", None, "2015-12-01", "2016-02-29", M),
    (THU, "in the winter", None, "2015-12-01", "2016-02-29", M),
    (THU, "in the spring", None, "2016-03-01", "2016-05-31", M),
    (THU, "next spring", None, "2017-03-01", "2017-05-31", M),
    (THU, "the autumn of 2014", None, "2014-09-01", "2014-11-30", M),
    (date(2016, 1, 15), "this winter", None, "2015-12-01", "2016-01-15", M),
    (date(2016, 10, 1), "this summer", None, "2016-06-01", "2016-08-31", M),
    # spans from a start to the anchor, and between two dates
    (THU, "since March 2011", None, "2011-03-01", "2016-08-18", M),
    (THU, "since 2011", None, "2011-01-01", "2016-08-18", Y),
    (THU, "since early August", None, "2016-08-01", "2016-08-18", M),
    (THU, "between 2011 and 2013", None, "2011-01-01", "2013-12-31", Y),
    (THU, "from Monday to Wednesday", None, "2016-08-15", "2016-08-17", D),
    (THU, "between August 1, 2016 and August 5, 2016", None, "2016-08-01", "2016-08-05", D),
    # counted back from the anchor
    (THU, "two days ago", None, "2016-08-16", "2016-08-16", D),
    (THU, "10 days ago", None, "2016-08-08", "2016-08-08", D),
    (THU, "several days ago", None, "2016-08-11", "2016-08-15", D),
    (THU, "three weeks ago", None, "2016-07-25", "2016-07-31", W),
    (THU, "a week ago", None, "2016-08-08", "2016-08-14", W),
    (THU, "two months ago", None, "2016-06-01", "2016-06-30", M),
    (date(2016, 3, 31), "three months ago", None, "2015-12-01", "2015-12-31", M),
    (THU, "a year ago", None, "2015-01-01", "2015-12-31", Y),
    (THU, "the past 24 hours", None, "2016-08-17", "2016-08-18", D),
    (THU, "the last three days", None, "2016-08-15", "2016-08-18", D),
    (THU, "the past two months", None, "2016-06-18", "2016-08-18", M),
    # vague: recent days/weeks/months
    (THU, "recent weeks", None, "2016-07-21", "2016-08-18", W),
    (THU, "recent days", None, "2016-08-11", "2016-08-18", W),
    (THU, "recent months", None, "2016-05-19", "2016-08-18", M),
    (THU, "the coming days", "future", "2016-08-18", "2016-08-25", W),
    # absolute dates, with and without a year
    (THU, "August 17, 2016", None, "2016-08-17", "2016-08-17", D),
    (THU, "17 August 2016", None, "2016-08-17", "2016-08-17", D),
    (THU, "Wednesday, August 17, 2016", None, "2016-08-17", "2016-08-17", D),
    (SUN, "Wed 05 Apr 2017", None, "2017-04-05", "2017-04-05", D),
    (THU, "2016-08-17", None, "2016-08-17", "2016-08-17", D),
    (THU, "17/08/2016", None, "2016-08-17", "2016-08-17", D),
    (THU, "08/17/2016", None, "2016-08-17", "2016-08-17", D),
    (SUN, "05.04.2017", None, "2017-04-05", "2017-04-05", D),
    (THU, "the 17th of August", None, "2016-08-17", "2016-08-17", D),
    (THU, "August 17", None, "2016-08-17", "2016-08-17", D),
    (THU, "Aug. 17", None, "2016-08-17", "2016-08-17", D),
    (THU, "August 30", None, "2016-08-30", "2016-08-30", D),
    (THU, "December 5", None, "2015-12-05", "2015-12-05", D),
    (date(2017, 1, 2), "December 30", None, "2016-12-30", "2016-12-30", D),
    (date(2016, 12, 20), "January 5", "future", "2017-01-05", "2017-01-05", D),
    (date(2016, 12, 20), "January 5", None, "2016-01-05", "2016-01-05", D),
    (date(2017, 3, 1), "February 29", None, "2016-02-29", "2016-02-29", D),
]


@pytest.mark.parametrize(
    ("published", "phrase", "tense", "start", "end", "precision"),
    TABLE,
    ids=[f"{row[0]}:{row[1]}:{row[2] or '-'}" for row in TABLE],
)
def test_resolves(
    published: date, phrase: str, tense: Tense | None, start: str, end: str, precision: str
) -> None:
    found = resolve(phrase, published, tense=tense)
    assert found is not None
    assert (found.start.isoformat(), found.end.isoformat(), found.precision.value) == (
        start,
        end,
        precision,
    )


def test_table_is_large_enough() -> None:
    assert len(TABLE) >= 60


LATER_NAMED = ("tomorrow", "next", "August 30")  # name a day after the anchor themselves


@pytest.mark.parametrize(
    ("published", "phrase"),
    [
        (row[0], row[1])
        for row in TABLE
        if row[2] != "future" and not row[1].startswith(LATER_NAMED)
    ],
)
def test_past_ranges_never_end_after_the_anchor(published: date, phrase: str) -> None:
    found = resolve(phrase, published)
    assert found is not None and found.end <= published


def test_the_range_keeps_the_words_as_written() -> None:
    found = resolve("late on Wednesday", THU)
    assert found is not None and found.text == "late on Wednesday"


def test_a_match_resolves_like_its_text() -> None:
    match = find_timexes("The boy was injured late on Wednesday by a strike.")[0]
    assert resolve(match, THU) == resolve("late on Wednesday", THU)


@pytest.mark.parametrize(
    "phrase",
    ["five-year-old", "the age of 15", "three hours a day", "for three hours", "at 3 pm",
     "every Friday", "10:30 am", "a 48-hour truce"],
)  # fmt: skip
def test_non_dates_resolve_to_none(phrase: str) -> None:
    assert resolve(phrase, THU) is None


def test_text_without_an_expression_resolves_to_none() -> None:
    assert resolve("the eastern half of the city", THU) is None


def test_an_impossible_date_resolves_to_none() -> None:
    assert resolve("February 30, 2016", THU) is None


WEDNESDAY = DateRange(start=date(2016, 8, 17), end=date(2016, 8, 17), precision=DatePrecision.DAY)
LAST_WEEK = DateRange(start=date(2016, 8, 8), end=date(2016, 8, 14), precision=DatePrecision.WEEK)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("later that night", "2016-08-17", "2016-08-17"),
        ("that day", "2016-08-17", "2016-08-17"),
        ("the next day", "2016-08-18", "2016-08-18"),
        ("the previous day", "2016-08-16", "2016-08-16"),
        ("the day before", "2016-08-16", "2016-08-16"),
        ("two days later", "2016-08-19", "2016-08-19"),
        ("a day earlier", "2016-08-16", "2016-08-16"),
        ("since then", "2016-08-17", "2016-08-18"),
    ],
)
def test_anaphors_resolve_against_the_previous_date(phrase: str, start: str, end: str) -> None:
    found = resolve(phrase, THU, context=WEDNESDAY)
    assert found is not None
    assert (found.start.isoformat(), found.end.isoformat()) == (start, end)


@pytest.mark.parametrize("phrase", ["later that night", "the next day", "two days later"])
def test_anaphors_without_a_previous_date_are_none(phrase: str) -> None:
    assert resolve(phrase, THU) is None


def test_a_day_anaphor_after_a_week_is_none() -> None:
    assert resolve("later that night", THU, context=LAST_WEEK) is None


def test_since_then_takes_a_previous_week() -> None:
    found = resolve("Since then", THU, context=LAST_WEEK)
    assert found is not None
    assert (found.start, found.end, found.precision) == (
        date(2016, 8, 8),
        THU,
        DatePrecision.WEEK,
    )
