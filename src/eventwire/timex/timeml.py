"""TimeML: our expressions written as TIMEX3 annotations (type and normalised value).

The grammar's kinds map to TIMEX3 types: date → DATE, time → TIME, duration and age →
DURATION, set → SET. Some dates change type on the way, as the TimeML guidelines have it:

* a date with a part of the day ("Friday afternoon", "last night", "this morning") is a TIME
  whose value is the day and the part: ``2013-03-22TAF``;
* a rolling window ("the past two years", "the next few months", "recent weeks") is a
  DURATION: ``P2Y``, ``PXM``, ``PXW``.

Values (`range_value` for resolved dates):

* a day ``2013-03-22``; a weekend ``2013-W12-WE``; an ISO week ``2013-W12``; a month
  ``2013-03``; a year ``2013``; a decade ``201``; a century ``20``. A range gets the smallest
  of these that holds all of it, never finer than its precision, so "early December" is
  ``2012-12`` and "this week" cut at the anchor is still ``2013-W12``. (TimeML would add
  ``mod="START"`` to "early December"; we do not write modifiers.)
* "now", "currently" ``PRESENT_REF``; "the past", "recently" ``PAST_REF``; "the future"
  ``FUTURE_REF``; a date we cannot place ("the next day" with no day before it) ``XXXX-XX-XX``.
* durations ``P3D``, ``P2W``, ``P18M``, ``P5Y``, ``P1DE`` (a decade), ``PT24H``, ``PT30M``;
  vague ones ``PXD`` ("several days", "a few weeks"); ages ``P5Y`` ("five-year-old").
* sets ``P1D`` (daily, every day, three times a day), ``P1W``, ``P1M``, ``P1Y``,
  ``XXXX-WXX-5`` (every Friday, on Fridays), ``XXXX-XX-XXTMO`` (every morning).
* clock times ``2013-03-22T15:00`` on the day of the previous date in the text, else the anchor.

`annotate` runs the grammar and the resolver over a text and returns TIMEX3 annotations as
TimeML draws their extents: without the preposition in front ("on Friday" → "Friday",
"for three days" → "three days"), and a "since" or "between … and" composite as its dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from eventwire.model import DatePrecision, DateRange
from eventwire.timex import vocab
from eventwire.timex.grammar import TimexMatch, find_timexes
from eventwire.timex.resolve import resolve
from eventwire.timex.tense import clause_tense

Timex3Type = Literal["DATE", "TIME", "DURATION", "SET"]

PRESENT_REF, PAST_REF, FUTURE_REF = "PRESENT_REF", "PAST_REF", "FUTURE_REF"
UNKNOWN_DAY = "XXXX-XX-XX"


@dataclass(frozen=True, slots=True)
class Timex3:
    """One TIMEX3: where it is in the text, its words, its type and its normalised value."""

    start: int
    end: int
    text: str
    type: str
    value: str


# --------------------------------------------------------------------------- dates

_UNITS = ("day", "weekend", "week", "month", "year", "decade", "century")
_FLOOR = {
    DatePrecision.DAY: "day",
    DatePrecision.WEEK: "week",
    DatePrecision.MONTH: "month",
    DatePrecision.YEAR: "year",
}


def range_value(found: DateRange) -> str:
    """The TIMEX3 value of a resolved date: the smallest calendar unit that holds the whole
    range, never finer than the range's precision."""
    s, e = found.start, found.end
    floor = _UNITS.index(_FLOOR[found.precision])
    fits = {
        "day": s == e,
        "weekend": s.weekday() == 5 and e - s <= timedelta(days=1),
        "week": s.isocalendar()[:2] == e.isocalendar()[:2],
        "month": (s.year, s.month) == (e.year, e.month),
        "year": s.year == e.year,
        "decade": s.year // 10 == e.year // 10,
        "century": s.year // 100 == e.year // 100,
    }
    for unit in _UNITS[floor:]:
        if fits[unit]:
            return _unit_value(unit, s)
    return str(s.year)


def _unit_value(unit: str, d: date) -> str:
    iso_year, week, _ = d.isocalendar()
    return {
        "day": d.isoformat(),
        "weekend": f"{iso_year:04d}-W{week:02d}-WE",
        "week": f"{iso_year:04d}-W{week:02d}",
        "month": f"{d.year:04d}-{d.month:02d}",
        "year": f"{d.year:04d}",
        "decade": f"{d.year // 10:03d}",
        "century": f"{d.year // 100:02d}",
    }[unit]


# --------------------------------------------------------------------------- durations

_UNIT_LETTER = {"minute": "TM", "hour": "TH", "day": "D", "week": "W", "month": "M",
                "year": "Y", "decade": "DE", "century": "CE"}  # fmt: skip
_IN_YEARS = {"decade": 10, "century": 100}  # "a decade" is P10Y, as both gold sets write it


def duration_value(quantity: str | None, unit: str, *, half: bool = False) -> str:
    """'three', 'days' → P3D; 'a few', 'weeks' → PXW; None (bare "years") → PXY;
    '24', 'hours' → PT24H; 'two', 'decades' → P20Y; 'a few', 'decades' → PXDE."""
    name = unit.lower().removesuffix("s").removesuffix("-long")
    letter = _UNIT_LETTER.get(name, "S" if name == "second" else "")
    if not letter:
        raise ValueError(f"not a unit of time: {unit!r}")
    amount = "X"
    if quantity is not None:
        lo, hi = vocab.quantity(quantity)
        amount = (f"{lo}.5" if half else str(lo)) if lo == hi else "X"
    if name in _IN_YEARS and amount != "X":
        return f"P{float(amount) * _IN_YEARS[name]:g}Y"
    if letter.startswith("T"):
        return f"PT{amount}{letter[1:]}"
    if letter == "S":
        return f"PT{amount}S"
    return f"P{amount}{letter}"


# --------------------------------------------------------------------------- sets and times

_SET_PERIOD = {"day": "P1D", "night": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y"}
_SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
              "annually": "P1Y", "yearly": "P1Y"}  # fmt: skip
_DAYPART_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                 "tonight": "NI", "overnight": "NI", "dawn": "MO", "daybreak": "MO",
                 "sunrise": "MO", "dusk": "EV", "sunset": "EV"}  # fmt: skip
_CLOCK_WORDS = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}


def set_value(text: str) -> str:
    """'every Friday' → XXXX-WXX-5, 'every morning' → XXXX-XX-XXTMO, 'twice a week' → P1W,
    'every other day' → P2D, 'daily' → P1D."""
    words = text.lower().split()
    for word in words:
        if word.rstrip("s") in vocab.WEEKDAY_NAMES:
            return f"XXXX-WXX-{vocab.WEEKDAY_NAMES[word.rstrip('s')] + 1}"
        if word in _SET_WORDS:
            return _SET_WORDS[word]
    last = words[-1] if words else ""
    if last in _DAYPART_CODE and last != "night":
        return f"XXXX-XX-XXT{_DAYPART_CODE[last]}"
    period = _SET_PERIOD.get(last, "PX")
    return period.replace("1", "2") if "other" in words else period


_CLOCK = re.compile(
    r"(?P<h>\d{1,2})(?:[:.]?(?P<m>[0-5]\d))?(?:\s*(?P<ampm>[ap])\.?m\.?)?", re.IGNORECASE
)


def time_value(text: str, day: date) -> str | None:
    """'3:07 pm', 'at 15:00 GMT', '0930 hrs', 'noon', 'dawn' on ``day`` → 2013-03-22T15:07 …"""
    low = text.lower()
    for word, hhmm in _CLOCK_WORDS.items():
        if word in low:
            return f"{day.isoformat()}T{hhmm}"
    for word, code in _DAYPART_CODE.items():
        if word in low:
            return f"{day.isoformat()}T{code}"
    m = _CLOCK.search(low)
    if m is None:
        return None
    hour, minute = int(m.group("h")), int(m.group("m") or 0)
    if m.group("ampm") == "p" and hour < 12:
        hour += 12
    elif m.group("ampm") == "a" and hour == 12:
        hour = 0
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}"


# --------------------------------------------------------------------------- one match

_ROLLING_RULES = frozenset({"window", "recent"})
_REF_WORDS = (
    (re.compile(r"past|recent", re.I), PAST_REF),
    (re.compile(r"future", re.I), FUTURE_REF),
)


def ref_value(text: str) -> str:
    """'now', 'currently' → PRESENT_REF; 'the past', 'recently' → PAST_REF; 'the future' →
    FUTURE_REF."""
    for pattern, value in _REF_WORDS:
        if pattern.search(text):
            return value
    return PRESENT_REF


def to_timex3(
    match: TimexMatch, found: DateRange | None, *, anchor: date, day: date | None = None
) -> Timex3:
    """The TIMEX3 of one match (not a composite), ``found`` being its resolved date if any and
    ``day`` the day a clock time falls on (the previous date of the text; else the anchor)."""

    def make(kind: str, value: str) -> Timex3:
        return Timex3(match.start, match.end, match.text, kind, value)

    if match.kind == "duration":
        num, unit = match.groups.get("num"), match.groups["unit"]
        return make("DURATION", duration_value(num, unit, half="half" in match.groups))
    if match.kind == "age":
        return make("DURATION", _age_value(match))
    if match.kind == "set":
        return make("SET", set_value(match.text))
    if match.kind == "time":
        return make("TIME", time_value(match.text, day or anchor) or f"{anchor.isoformat()}TXX")
    if match.rule == "ref":
        return make("DATE", ref_value(match.text))
    if match.rule == "season" and found is not None:
        return make("DATE", f"{found.start.year:04d}-{_SEASON_CODE[match.group('season')]}")
    if _previous_unit(match):  # "the last week", "the previous year": the calendar unit before
        unit = match.group("unit").removesuffix("s")
        return make("DATE", _unit_value(unit, _unit_before(anchor, unit)))
    if match.rule in _ROLLING_RULES or (
        match.rule == "relunit" and match.group("mod") in ("past", "coming")
    ):
        return make("DURATION", _rolling_value(match))
    if found is None:
        return make("DATE", UNKNOWN_DAY)
    part = _daypart(match)
    if part is not None and found.start == found.end:
        return make("TIME", f"{found.start.isoformat()}T{part}")
    if match.rule == "overnight":
        return make("TIME", f"{found.start.isoformat()}TNI")
    return make("DATE", range_value(found))


_SEASON_CODE = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


def _previous_unit(match: TimexMatch) -> bool:
    """ "the last week", "the previous year", "previous month": a calendar unit, not a span."""
    return (
        match.rule in ("window", "relunit")
        and match.group("mod") in ("last", "previous")
        and "num" not in match.groups
        and match.group("unit").removesuffix("s") in ("week", "month", "year")
    )


def _unit_before(anchor: date, unit: str) -> date:
    """A day in the calendar week, month or year before the anchor's."""
    if unit == "week":
        return anchor - timedelta(weeks=1)
    if unit == "month":
        return anchor.replace(day=1) - timedelta(days=1)
    return date(anchor.year - 1, 1, 1)


def _age_value(match: TimexMatch) -> str:
    if "num" in match.groups:
        unit = re.search(r"(year|month|week|day)", match.text.lower())
        return duration_value(match.groups["num"], unit.group(1) if unit else "year")
    digits = re.search(r"\d+", match.text)
    return f"P{digits.group() if digits else 'X'}Y"


def _rolling_value(match: TimexMatch) -> str:
    unit = match.group("unit") or "day"
    if match.rule == "recent" or "num" not in match.groups:
        quantity = None if match.rule == "recent" else "one"
        return duration_value(quantity, unit)
    return duration_value(match.groups["num"], unit, half="half" in match.groups)


def _daypart(match: TimexMatch) -> str | None:
    text = match.text.lower()
    if match.rule == "last_night":
        return "NI"
    if match.rule == "this_daypart" or "daypart" in match.groups:
        word = match.group("daypart") or text.split()[-1]
        return _DAYPART_CODE.get(word)
    if match.rule == "relday" and "tonight" in text:
        return "NI"
    return None


# --------------------------------------------------------------------------- a text

# Prepositions that TimeML leaves outside the expression.
_LEADING = re.compile(
    r"^(?:(?:in|on|at|for|during|throughout|over|lasting|within|by|from|since|until|till)\s+)+",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")


def annotate(text: str, anchor: date) -> list[Timex3]:
    """TIMEX3 annotations of ``text`` read from the document date ``anchor``: each expression
    the grammar finds, resolved with the tense of its clause (`tense.clause_tense`) and the
    previous date of the text as context for "that day", "two days later".

    As TimeML draws them: ages are not TIMEX3s; "since then" is not one either; a clock time
    written with its day ("15:00 GMT Saturday", "10 am today") is one TIME on that day; an
    offset with no date before it to count from ("a month earlier than usual") is a length.
    """
    out: list[Timex3] = []
    context: DateRange | None = None
    pieces = [p for m in find_timexes(text, refs=True) for p in _pieces(text, m)]
    skip_next = False
    for i, part in enumerate(pieces):
        if skip_next:
            skip_next = False
            continue
        found = None
        if part.kind == "date":
            tense = clause_tense(text, part.start, part.end)
            found = resolve(part, anchor, tense=tense, context=context)
            context = found or context
        if part.kind == "age" or part.rule == "since_then":
            continue
        if part.rule == "anaph_offset" and found is None:
            out.append(_trim(_offset_length(part)))
            continue
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        if (
            part.kind == "time"
            and nxt is not None
            and _CLOCK_DAY_GAP.fullmatch(text[part.end : nxt.start])
        ):
            day_of = resolve(nxt, anchor, tense=clause_tense(text, nxt.start, nxt.end))
            if day_of is not None and day_of.start == day_of.end:
                value = time_value(part.text, day_of.start) or f"{day_of.start}TXX"
                joined = Timex3(part.start, nxt.end, text[part.start : nxt.end], "TIME", value)
                out.append(_trim(joined))
                context, skip_next = day_of, True
                continue
        day = context.start if context is not None and context.start == context.end else None
        out.append(_trim(to_timex3(part, found, anchor=anchor, day=day)))
    return out


# Between a clock time and its day: "15:00 GMT Saturday", "at 10 am on Monday".
_CLOCK_DAY_GAP = re.compile(r"\s+(?:on\s+)?")


def _offset_length(part: TimexMatch) -> Timex3:
    """ "a month" of "a month earlier", as a DURATION."""
    unit = part.groups["unit"]
    end = part.start + part.text.lower().index(unit.lower()) + len(unit)
    words = part.text[: end - part.start]
    return Timex3(part.start, end, words, "DURATION", duration_value(part.groups["num"], unit))


def _pieces(text: str, match: TimexMatch) -> list[TimexMatch]:
    """A composite as the dates it joins; "since 2010" and "between 2009 and 2011" as years."""
    if match.parts:
        return list(match.parts)
    if match.rule in ("since_year", "between_years"):
        return [
            TimexMatch(y.group(), match.start + y.start(), match.start + y.end(), "date", "year",
                       {"year": y.group()})
            for y in _YEAR.finditer(match.text)
        ]  # fmt: skip
    return [match]


def _trim(t: Timex3) -> Timex3:
    lead = _LEADING.match(t.text)
    if lead is None or lead.end() == len(t.text):
        return t
    return Timex3(t.start + lead.end(), t.end, t.text[lead.end() :], t.type, t.value)
