"""Calendar arithmetic for the resolver: months, ISO weeks, years and their parts.

Every function returns an inclusive ``(first day, last day)`` pair.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

Period = tuple[date, date]

ONE_DAY = timedelta(days=1)


def safe_date(y: int, m: int, d: int) -> date | None:
    """The date, or None for impossible ones ("February 30") and years out of range."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def month_period(y: int, m: int) -> Period:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    """The (year, month) ``k`` months after (negative: before) ``y``-``m``."""
    index = y * 12 + (m - 1) + k
    return index // 12, index % 12 + 1


def year_period(y: int) -> Period:
    return date(y, 1, 1), date(y, 12, 31)


def iso_week(d: date) -> Period:
    """The Monday-to-Sunday week that holds ``d``."""
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def shift_years(d: date, k: int) -> date:
    """``d`` moved by ``k`` years; 29 February becomes 28 February in a common year."""
    return safe_date(d.year + k, d.month, d.day) or date(d.year + k, d.month, 28)


def part_of_month(y: int, m: int, part: str) -> Period:
    """Early = days 1–10, mid = 11–20, late = 21 to the end (the dekads of a month)."""
    first, last = month_period(y, m)
    if part == "early":
        return first, first.replace(day=10)
    if part == "mid":
        return first.replace(day=11), first.replace(day=20)
    return first.replace(day=21), last


# Meteorological seasons of the northern hemisphere: the month each starts in. A winter is
# named by the year of its December.
SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def season_period(y: int, season: str) -> Period:
    """Spring = March–May, summer = June–August, autumn = September–November, winter =
    December of ``y`` to February of the next year."""
    first = SEASON_START[season]
    last_y, last_m = add_months(y, first, 2)
    return date(y, first, 1), month_period(last_y, last_m)[1]


def part_of_year(y: int, part: str) -> Period:
    """Early = January–April, mid = May–August, late = September–December."""
    first_month = {"early": 1, "mid": 5, "late": 9}[part]
    return date(y, first_month, 1), month_period(y, first_month + 3)[1]


def part_of_week(d: date, part: str) -> Period:
    """Of the ISO week holding ``d``: early = Mon–Tue, mid = Wed–Thu, late = Fri–Sun."""
    monday, sunday = iso_week(d)
    if part == "early":
        return monday, monday + timedelta(days=1)
    if part == "mid":
        return monday + timedelta(days=2), monday + timedelta(days=3)
    return monday + timedelta(days=4), sunday


def year_for_month(m: int, anchor: date, *, future: bool) -> int:
    """The year of the most recent month ``m`` not after the anchor's month (or the next one
    not before it, in the future)."""
    if future:
        return anchor.year if m >= anchor.month else anchor.year + 1
    return anchor.year if m <= anchor.month else anchor.year - 1


# How far a day-and-month without a year may land on the wrong side of the anchor before we
# move it a year: a month covers dates announced or recalled around the publication day.
YEAR_SLACK = timedelta(days=31)


def day_without_year(m: int, d: int, anchor: date, *, future: bool) -> date | None:
    """A day and month ("August 17") read near the anchor: the anchor's year, unless that
    lands more than a month after it (past) or before it (future); then the year before (after).
    """
    guess = safe_date(anchor.year, m, d)
    if guess is None:  # 29 February outside a leap year: try the neighbouring years
        step = 1 if future else -1
        return safe_date(anchor.year + step, m, d)
    if not future and guess > anchor + YEAR_SLACK:
        return safe_date(anchor.year - 1, m, d)
    if future and guess < anchor - YEAR_SLACK:
        return safe_date(anchor.year + 1, m, d)
    return guess


def shift_months(d: date, k: int) -> date:
    """``d`` moved by ``k`` calendar months, the day clipped to the target month's length."""
    y, m = add_months(d.year, d.month, k)
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))
