"""Resolution: a temporal expression plus the publication date → an inclusive `DateRange`.

Conventions (the anchor is the publication date; "past" is the default tense):

* ``tense=None`` reads as past: news reports what has happened. Only ``"future"`` (set by the
  caller from "will", "is to", "plans to" …) turns the direction round.
* A bare weekday ("on Monday", "late on Wednesday", "Tuesday night") is the most recent such
  day, the anchor's own weekday being the anchor day ("on Thursday" published on a Thursday is
  that day); in the future, the next such day, again counting the anchor. "last Thursday" is
  the most recent one strictly before the anchor (7 days back on a Thursday), "next Thursday"
  strictly after. Parts of the day ("early hours of", "night") do not move the day.
* "yesterday" is anchor−1, "today"/"tonight"/"this morning" the anchor. "last night" is
  anchor−1 (the night begins that evening). "overnight" is the two days anchor−1..anchor at day
  precision: the report does not say which side of midnight it was.
* "last/this/next week" are ISO weeks (Monday–Sunday) at week precision; "last/this/next
  month" and "year" are calendar months and years. "this week/month/year" in the past end at
  the anchor; "earlier this month" is the 1st..anchor, "later this month" anchor..the end.
  "the past week", "the past 24 hours", "the last three days" are rolling windows that end at
  the anchor (hours count as whole days: "the past 24 hours" is anchor−1..anchor).
* Parts: "early/mid/late August" (and "the beginning/middle/end of") are days 1–10, 11–20 and
  21–end at month precision; "early/mid/late 2016" are Jan–Apr, May–Aug, Sep–Dec at year
  precision; of a week, Mon–Tue, Wed–Thu, Fri–Sun.
* A year alone ("the 2013 attack") is that year; "the 1990s" and "the '80s" are decades,
  "the 20th century" 1900–1999, all at year precision. "August of last year" and "October of
  next year" are that month of the year named.
* Seasons are meteorological and northern: spring March–May, summer June–August, autumn
  September–November, winter December–February (named by the year of its December), at month
  precision. "last summer" is the latest one already over, "next spring" the first one not yet
  begun, "this summer" the one of the anchor's year, "in the winter" the latest one begun (the
  first one not over, in the future).
* A month without a year is the most recent such month not after the anchor's month (the next
  one not before it, in the future); "last August" is strictly before the anchor's month. When
  a part of that month would start after the anchor ("late August" published 18 August) it is
  last year's. A day and month without a year take the anchor's year unless that lands more
  than 31 days after the anchor (before it, in the future): then the year before (after).
* "N days ago" is anchor−N; "N weeks ago" the ISO week holding anchor−7N; "N months/years ago"
  the calendar month/year. "a few" is 2–4 and "several" 3–7, which widens the range.
* "recent days" is anchor−7..anchor and "recent weeks" anchor−28..anchor, both at week
  precision; "recent months" anchor−91..anchor at month precision; "recent years" three years.
* Numeric dates are day-first (17/08/2016, 05.04.2017, 23-04-2016) unless the second number
  cannot be a month (08/17/2016).
* "that night", "the next day", "two days later", "since then" are anaphoric: they resolve
  against ``context``, the previous resolved date in the text, or to None without one. The
  day-anaphors need that date to be a day ("that night" after "last week" is None); "since
  then" takes any.
* "since X" runs from the start of X to the anchor; "between X and Y" / "from X to Y" from the
  start of X to the end of Y, X read as the most recent one not after Y, at the coarser of the
  two precisions.
* A past-tense range is never allowed to end after the anchor unless the text names the later
  date itself ("tomorrow", "next week", "August 30"): one that straddles the anchor is cut at it.
  A future range that straddles the anchor starts at it.
* Times, durations, sets and ages resolve to None: they are not dates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from math import ceil
from typing import Literal, NamedTuple

from eventwire.model import DatePrecision, DateRange
from eventwire.timex import periods, vocab
from eventwire.timex.grammar import TimexMatch, find_timexes

Tense = Literal["past", "future"]

DAY, WEEK, MONTH, YEAR = _ORDER = tuple(DatePrecision)  # finest first
_UNIT_PRECISION = {"hour": DAY, "day": DAY, "week": WEEK, "month": MONTH, "year": YEAR,
                   "decade": YEAR}  # fmt: skip
_ONE = periods.ONE_DAY


class _R(NamedTuple):
    start: date
    end: date
    precision: DatePrecision


@dataclass(frozen=True, slots=True)
class _Ctx:
    anchor: date
    future: bool
    context: DateRange | None


def resolve(
    match_or_text: TimexMatch | str,
    anchor: date,
    *,
    tense: Tense | None = None,
    context: DateRange | None = None,
) -> DateRange | None:
    """The days an expression names, read from ``anchor`` (the publication date).

    ``match_or_text`` is a match from `find_timexes` or a phrase ("late on Wednesday"), of
    which the longest expression found is resolved. ``context`` is the previous date of the
    text, for "that night" and "the next day". None: not a date, or not one we can place.
    """
    match = match_or_text if isinstance(match_or_text, TimexMatch) else _longest(match_or_text)
    if match is None or match.kind != "date":
        return None
    future = tense == "future"
    found = _resolve(match, _Ctx(anchor, future, context))
    if found is None:
        return None
    start, end = _fit_tense(found.start, found.end, anchor, future=future)
    return DateRange(start=start, end=end, precision=found.precision, text=match.text)


def calendar_date(match: TimexMatch) -> date | None:
    """The day a match names by itself, year included ("Wed 05 Apr 2017"); else None."""
    if match.rule in _FULL_DATES:
        return _full_date(match)
    return None


def _longest(text: str) -> TimexMatch | None:
    return max(find_timexes(text), key=lambda m: m.end - m.start, default=None)


def _resolve(m: TimexMatch, c: _Ctx) -> _R | None:
    resolver = _RESOLVERS.get(m.rule)
    return resolver(m, c) if resolver else None


def _fit_tense(start: date, end: date, anchor: date, *, future: bool) -> tuple[date, date]:
    if not future and start <= anchor < end:
        return start, anchor
    if future and start < anchor <= end:
        return anchor, end
    return start, end


def _day(d: date | None) -> _R | None:
    return None if d is None else _R(d, d, DAY)


def _month_of(m: TimexMatch) -> int:
    return vocab.month_number(m.groups["month"]) if "month" in m.groups else int(m.groups["mnum"])


# --------------------------------------------------------------------------- absolute


def _full_date(m: TimexMatch) -> date | None:
    if m.rule == "numeric":
        a, b = int(m.groups["a"]), int(m.groups["b"])
        day, month = (b, a) if b > 12 else (a, b)  # day first, as the Middle East press writes
        return periods.safe_date(int(m.groups["year"]), month, day)
    return periods.safe_date(int(m.groups["year"]), _month_of(m), int(m.groups["day"]))


def _absolute(m: TimexMatch, c: _Ctx) -> _R | None:
    return _day(_full_date(m))


def _month_day(m: TimexMatch, c: _Ctx) -> _R | None:
    day = int(m.groups["day"])
    return _day(periods.day_without_year(_month_of(m), day, c.anchor, future=c.future))


def _month_year(m: TimexMatch, c: _Ctx) -> _R | None:
    y, month = int(m.groups["year"]), _month_of(m)
    if "part" in m.groups:
        return _R(*periods.part_of_month(y, month, vocab.part_name(m.groups["part"])), MONTH)
    return _R(*periods.month_period(y, month), MONTH)


def _month(m: TimexMatch, c: _Ctx) -> _R | None:
    month, mod, now = _month_of(m), m.group("mod"), c.anchor
    if mod == "last":
        y = now.year if month < now.month else now.year - 1
    elif mod == "next":
        y = now.year if month > now.month else now.year + 1
    else:
        y = periods.year_for_month(month, now, future=c.future)
    return _R(*periods.month_period(y, month), MONTH)


def _month_part(m: TimexMatch, c: _Ctx) -> _R | None:
    month, part = _month_of(m), vocab.part_name(m.groups["part"])
    y = periods.year_for_month(month, c.anchor, future=c.future)
    start, end = periods.part_of_month(y, month, part)
    if not c.future and start > c.anchor:  # "late August" read on 18 August: last year's
        start, end = periods.part_of_month(y - 1, month, part)
    elif c.future and end < c.anchor:
        start, end = periods.part_of_month(y + 1, month, part)
    return _R(start, end, MONTH)


def _year(m: TimexMatch, c: _Ctx) -> _R | None:
    y = int(m.groups["year"])
    if "part" in m.groups:
        return _R(*periods.part_of_year(y, vocab.part_name(m.groups["part"])), YEAR)
    return _R(*periods.year_period(y), YEAR)


def _century(m: TimexMatch, c: _Ctx) -> _R | None:
    first = (int(m.groups["century"]) - 1) * 100
    return _R(date(first, 1, 1), date(first + 99, 12, 31), YEAR)


def _month_rel_year(m: TimexMatch, c: _Ctx) -> _R | None:
    y = c.anchor.year + {"last": -1, "this": 0, "next": 1}[m.group("mod")]
    if "part" in m.groups:
        return _R(*periods.part_of_month(y, _month_of(m), vocab.part_name(m.groups["part"])), MONTH)
    return _R(*periods.month_period(y, _month_of(m)), MONTH)


def _season(m: TimexMatch, c: _Ctx) -> _R | None:
    season, mod, now = m.group("season"), m.group("mod"), c.anchor
    if "year" in m.groups:
        return _R(*periods.season_period(int(m.groups["year"]), season), MONTH)
    # The instances around the anchor, earliest first.
    around = [periods.season_period(y, season) for y in range(now.year - 2, now.year + 2)]
    if mod in ("last", "past"):
        start, end = [p for p in around if p[1] < now][-1]
    elif mod in ("next", "coming"):
        start, end = next(p for p in around if p[0] > now)
    elif mod == "this":
        start, end = next(p for p in around if p[1] >= now or p[0].year == now.year)
    elif c.future:
        start, end = next(p for p in around if p[1] >= now)
    else:
        start, end = [p for p in around if p[0] <= now][-1]
    return _R(start, end, MONTH)


def _decade(m: TimexMatch, c: _Ctx) -> _R | None:
    first = int(m.groups["decade"])
    return _R(date(first, 1, 1), date(first + 9, 12, 31), YEAR)


def _short_decade(m: TimexMatch, c: _Ctx) -> _R | None:
    first = 1900 + int(m.groups["short"])
    return _R(date(first, 1, 1), date(first + 9, 12, 31), YEAR)


def _since_year(m: TimexMatch, c: _Ctx) -> _R | None:
    start = date(int(m.groups["year"]), 1, 1)
    return _R(start, c.anchor, YEAR) if start <= c.anchor else None


def _between_years(m: TimexMatch, c: _Ctx) -> _R | None:
    first, last = int(m.groups["year"]), int(m.groups["year2"])
    return _R(date(first, 1, 1), date(last, 12, 31), YEAR) if first <= last else None


def _parsed(m: TimexMatch, c: _Ctx) -> _R | None:
    """A date dateutil read from a spaCy DATE entity: ``mnum`` plus ``day``/``year`` if given."""
    if "day" in m.groups:
        return _absolute(m, c) if "year" in m.groups else _month_day(m, c)
    return _month_year(m, c) if "year" in m.groups else _month(m, c)


# --------------------------------------------------------------------------- from the anchor


def _weekday(m: TimexMatch, c: _Ctx) -> _R | None:
    wanted, mod, now = vocab.weekday_number(m.groups["weekday"]), m.group("mod"), c.anchor
    back, ahead = (now.weekday() - wanted) % 7, (wanted - now.weekday()) % 7
    if mod in ("last", "past"):
        return _day(now - timedelta(days=back or 7))
    if mod in ("next", "coming"):
        return _day(now + timedelta(days=ahead or 7))
    return _day(now + timedelta(days=ahead) if c.future else now - timedelta(days=back))


_RELDAY = {"the day before yesterday": -2, "yesterday": -1, "today": 0, "tonight": 0,
           "tomorrow": 1, "the day after tomorrow": 2}  # fmt: skip


def _relday(m: TimexMatch, c: _Ctx) -> _R | None:
    return _day(c.anchor + timedelta(days=_RELDAY[" ".join(m.group("word").split())]))


def _last_night(m: TimexMatch, c: _Ctx) -> _R | None:
    return _day(c.anchor - _ONE)


def _overnight(m: TimexMatch, c: _Ctx) -> _R | None:
    return _R(c.anchor - _ONE, c.anchor, DAY)


def _today(m: TimexMatch, c: _Ctx) -> _R | None:
    return _day(c.anchor)


def _unit_period(base: date, k: int, unit: str) -> periods.Period:
    """The period of ``unit`` that is ``k`` units from ``base`` (negative: before)."""
    if unit in ("hour", "day"):
        d = base + timedelta(days=int(k / 24) if unit == "hour" else k)
        return d, d
    if unit == "week":
        return periods.iso_week(base + timedelta(weeks=k))
    if unit == "month":
        return periods.month_period(*periods.add_months(base.year, base.month, k))
    return periods.year_period(base.year + (10 * k if unit == "decade" else k))


def _counted(base: date, lo: int, hi: int, unit: str, sign: int) -> _R:
    """The units between ``lo`` and ``hi`` units from ``base``, ``sign`` giving the direction."""
    near, far = _unit_period(base, sign * lo, unit), _unit_period(base, sign * hi, unit)
    return _R(min(near[0], far[0]), max(near[1], far[1]), _UNIT_PRECISION[unit])


def _ago(m: TimexMatch, c: _Ctx) -> _R | None:
    lo, hi = vocab.quantity(m.groups["num"])
    return _counted(c.anchor, lo, hi, vocab.unit_name(m.groups["unit"]), -1)


def _calendar_unit(anchor: date, unit: str, step: int) -> periods.Period:
    if unit == "week":
        return periods.iso_week(anchor + timedelta(weeks=step))
    if unit == "month":
        return periods.month_period(*periods.add_months(anchor.year, anchor.month, step))
    return periods.year_period(anchor.year + step)


def _part_of(period: periods.Period, unit: str, part: str) -> periods.Period:
    first = period[0]
    if unit == "week":
        return periods.part_of_week(first, part)
    if unit == "month":
        return periods.part_of_month(first.year, first.month, part)
    return periods.part_of_year(first.year, part)


def _relunit(m: TimexMatch, c: _Ctx) -> _R | None:
    # "earlier in the week" names no modifier: it is this week.
    mod = m.group("mod") or "this"
    unit = m.group("unit") or m.group("unit_in")
    part = m.group("part") or m.group("part_in")
    if mod in ("past", "previous", "coming"):  # "past week" is rolling, like "the past week"
        return _rolling(c.anchor, 1, unit, forward=mod == "coming")
    start, end = _calendar_unit(c.anchor, unit, {"last": -1, "this": 0, "next": 1}[mod])
    if part == "earlier":
        end = min(end, c.anchor)
    elif part == "later":
        start = max(start, c.anchor)
    elif part:
        start, end = _part_of((start, end), unit, vocab.part_name(part))
    return _R(start, end, _UNIT_PRECISION[unit])


def _rolling(anchor: date, n: int, unit: str, *, forward: bool) -> _R:
    """The ``n`` units up to (or from) the anchor, hours counted as whole days."""
    if unit == "month":
        edge = periods.shift_months(anchor, n if forward else -n)
    elif unit in ("year", "decade"):
        years = n * 10 if unit == "decade" else n
        edge = periods.shift_years(anchor, years if forward else -years)
    else:
        days = {"hour": ceil(n / 24), "day": n, "week": 7 * n}[unit]
        edge = anchor + timedelta(days=days if forward else -days)
    return _R(min(anchor, edge), max(anchor, edge), _UNIT_PRECISION[unit])


def _window(m: TimexMatch, c: _Ctx) -> _R | None:
    n = vocab.quantity(m.groups["num"])[1] if "num" in m.groups else 1
    forward = m.group("mod") in ("next", "coming")
    return _rolling(c.anchor, n, vocab.unit_name(m.groups["unit"]), forward=forward)


def _weekend(m: TimexMatch, c: _Ctx) -> _R | None:
    mod, now = m.group("mod"), c.anchor
    saturday = now - timedelta(days=(now.weekday() - 5) % 7)  # most recent, today included
    in_weekend = now.weekday() >= 5
    if mod in ("last", "past"):
        saturday -= timedelta(weeks=1 if in_weekend else 0)
    elif mod in ("next", "coming") or (c.future and not in_weekend):
        saturday += timedelta(weeks=1)
    return _R(saturday, saturday + _ONE, DAY)


_RECENT = {
    "days": (timedelta(days=7), WEEK),
    "weeks": (timedelta(weeks=4), WEEK),
    "months": (timedelta(days=91), MONTH),
    "years": (timedelta(days=3 * 365), YEAR),
}


def _recent(m: TimexMatch, c: _Ctx) -> _R | None:
    length, precision = _RECENT[m.group("unit")]
    if "coming" in m.groups:
        return _R(c.anchor, c.anchor + length, precision)
    return _R(c.anchor - length, c.anchor, precision)


# --------------------------------------------------------------------------- from the context


def _day_context(c: _Ctx) -> DateRange | None:
    """The previous date, if it is a day: "that night" after "last week" is not placeable."""
    return c.context if c.context is not None and c.context.precision is DAY else None


def _anaph_same(m: TimexMatch, c: _Ctx) -> _R | None:
    ctx = _day_context(c)
    return None if ctx is None else _R(ctx.start, ctx.end, DAY)


def _anaph_step(m: TimexMatch, c: _Ctx) -> _R | None:
    ctx = _day_context(c)
    if ctx is None:
        return None
    return _day(ctx.end + _ONE if "next" in m.groups else ctx.start - _ONE)


def _anaph_offset(m: TimexMatch, c: _Ctx) -> _R | None:
    ctx = _day_context(c)
    if ctx is None:
        return None
    lo, hi = vocab.quantity(m.groups["num"])
    unit = vocab.unit_name(m.groups["unit"])
    if m.group("dir") == "earlier":
        return _counted(ctx.start, lo, hi, unit, -1)
    return _counted(ctx.end, lo, hi, unit, 1)


def _since_then(m: TimexMatch, c: _Ctx) -> _R | None:
    ctx = c.context
    if ctx is None or ctx.start > c.anchor:
        return None
    return _R(ctx.start, c.anchor, ctx.precision)


# --------------------------------------------------------------------------- composites


def _since(m: TimexMatch, c: _Ctx) -> _R | None:
    inner = _resolve(m.parts[0], replace(c, future=False))
    if inner is None or inner.start > c.anchor:
        return None
    return _R(inner.start, c.anchor, inner.precision)


def _range(m: TimexMatch, c: _Ctx) -> _R | None:
    first, last = m.parts
    end = _resolve(last, c)
    if end is None:
        return None
    # The first date is the most recent one not after the second: "from Monday to Wednesday".
    start = _resolve(first, replace(c, anchor=end.end, future=False))
    if start is None or start.start > end.end:
        return None
    precision = max(start.precision, end.precision, key=_ORDER.index)
    return _R(start.start, end.end, precision)


_Resolver = Callable[[TimexMatch, _Ctx], "_R | None"]
_FULL_DATES = frozenset({"mdy", "mdy_glued", "dmy", "iso", "numeric"})
_RESOLVERS: dict[str, _Resolver] = {
    **dict.fromkeys(_FULL_DATES, _absolute),
    "md": _month_day, "dm": _month_day, "parsed": _parsed,
    "month_year": _month_year, "month_part": _month_part, "month": _month,
    "year": _year, "bare_year": _year, "century": _century, "month_rel_year": _month_rel_year,
    "season": _season, "decade": _decade, "short_decade": _short_decade, "since_year": _since_year, "between_years": _between_years,
    "weekday": _weekday, "relday": _relday, "last_night": _last_night,
    "overnight": _overnight, "this_daypart": _today,
    "anaph_same": _anaph_same, "anaph_step": _anaph_step, "anaph_offset": _anaph_offset,
    "since_then": _since_then, "ago": _ago, "relunit": _relunit, "weekend": _weekend,
    "recent": _recent, "window": _window, "since": _since, "range": _range,
}  # fmt: skip
