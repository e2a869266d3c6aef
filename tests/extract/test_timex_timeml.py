"""Our expressions as TimeML TIMEX3s: the value converter and the annotator, as tables."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.model import DatePrecision, DateRange
from eventwire.timex import annotate, range_value
from eventwire.timex.timeml import duration_value, set_value, time_value

D, W, M, Y = DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH, DatePrecision.YEAR

# (start, end, precision, TIMEX3 value)
RANGES = [
    ("2013-03-22", "2013-03-22", D, "2013-03-22"),
    ("2013-03-23", "2013-03-24", D, "2013-W12-WE"),  # a weekend
    ("2013-03-21", "2013-03-22", D, "2013-W12"),  # "overnight": two days of one week
    ("2013-03-18", "2013-03-24", W, "2013-W12"),
    ("2013-03-18", "2013-03-22", W, "2013-W12"),  # "this week", cut at the anchor
    ("2012-12-31", "2013-01-06", W, "2013-W01"),  # the ISO year of the week
    ("2012-12-01", "2012-12-10", M, "2012-12"),  # "early December": no finer than a month
    ("2013-03-01", "2013-03-22", M, "2013-03"),
    ("2013-03-18", "2013-03-22", M, "2013-03"),  # month precision inside one week
    ("2011-01-01", "2011-04-30", Y, "2011"),  # "early 2011"
    ("2012-01-01", "2012-12-31", Y, "2012"),
    ("1990-01-01", "1999-12-31", Y, "199"),  # a decade
    ("1900-01-01", "1999-12-31", Y, "19"),  # a century
    ("2011-01-01", "2013-12-31", Y, "201"),  # three years: the decade that holds them
    ("2009-01-01", "2010-12-31", Y, "20"),  # across decades: the century
    ("2013-02-20", "2013-03-22", M, "2013"),  # a month back from the anchor: its year
]


@pytest.mark.parametrize(("start", "end", "precision", "value"), RANGES)
def test_range_value(start: str, end: str, precision: DatePrecision, value: str) -> None:
    found = DateRange(
        start=date.fromisoformat(start), end=date.fromisoformat(end), precision=precision
    )
    assert range_value(found) == value


# (quantity, unit, TIMEX3 value)
DURATIONS = [
    ("three", "days", "P3D"),
    ("a", "month", "P1M"),
    ("18", "months", "P18M"),
    ("four", "week", "P4W"),
    ("24", "hours", "PT24H"),
    ("thirty", "minutes", "PT30M"),
    ("a", "decade", "P10Y"),
    ("two", "decades", "P20Y"),
    ("several", "days", "PXD"),
    ("a few", "weeks", "PXW"),
    ("a couple of", "years", "P2Y"),
    (None, "years", "PXY"),
    (None, "minutes", "PTXM"),
    (None, "decades", "PXDE"),
    ("twenty-five", "years", "P25Y"),
]


@pytest.mark.parametrize(("quantity", "unit", "value"), DURATIONS)
def test_duration_value(quantity: str | None, unit: str, value: str) -> None:
    assert duration_value(quantity, unit) == value


def test_half_a_unit_more() -> None:
    assert duration_value("two", "years", half=True) == "P2.5Y"
    assert duration_value("one", "decade", half=True) == "P15Y"


def test_an_unknown_unit_is_an_error() -> None:
    with pytest.raises(ValueError, match="not a unit"):
        duration_value("two", "fortnights")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("every Friday", "XXXX-WXX-5"),
        ("on Sundays", "XXXX-WXX-7"),
        ("every morning", "XXXX-XX-XXTMO"),
        ("daily", "P1D"),
        ("every day", "P1D"),
        ("three times a week", "P1W"),
        ("twice a month", "P1M"),
        ("annually", "P1Y"),
        ("every other day", "P2D"),
    ],
)
def test_set_value(text: str, value: str) -> None:
    assert set_value(text) == value


FRI = date(2013, 3, 22)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3:07 pm", "2013-03-22T15:07"),
        ("at 15:00 GMT", "2013-03-22T15:00"),
        ("8 PM", "2013-03-22T20:00"),
        ("12 a.m.", "2013-03-22T00:00"),
        ("0930 hrs", "2013-03-22T09:30"),
        ("at noon", "2013-03-22T12:00"),
        ("midnight", "2013-03-22T24:00"),
        ("at dawn", "2013-03-22TMO"),
    ],
)
def test_time_value(text: str, value: str) -> None:
    assert time_value(text, FRI) == value


# Published Friday 22 March 2013 (the TempEval-3 platinum day): sentence → (text, type, value)
ANNOTATED: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("Dr. Jhung said Friday.", [("Friday", "DATE", "2013-03-22")]),
    ("The match was postponed until 15:00 GMT Saturday.",
     [("15:00 GMT Saturday", "TIME", "2013-03-23T15:00")]),
    ("Shelling resumed on Friday afternoon.", [("Friday afternoon", "TIME", "2013-03-22TAF")]),
    ("Jets struck last night.", [("last night", "TIME", "2013-03-21TNI")]),
    ("Six deaths were reported in the last week.", [("the last week", "DATE", "2013-W11")]),
    ("Prices rose in the previous year.", [("the previous year", "DATE", "2012")]),
    ("It grew over the past two years.", [("the past two years", "DURATION", "P2Y")]),
    ("Talks may resume in the next few months.",
     [("the next few months", "DURATION", "PXM")]),
    ("Dozens fled in recent weeks.", [("recent weeks", "DURATION", "PXW")]),
    ("The season started about a month earlier than usual.",
     [("a month", "DURATION", "P1M")]),
    ("The swine flu pandemic of 2009-2010 was worse.",
     [("2009", "DATE", "2009"), ("2010", "DATE", "2010")]),
    ("The town has been held since March 2011.", [("March 2011", "DATE", "2011-03")]),
    ("Fighting raged between 2011 and 2013.", [("2011", "DATE", "2011"), ("2013", "DATE", "2013")]),
    ("It was cut off in early December.", [("early December", "DATE", "2012-12")]),
    ("Reports have fallen since then.", []),
    ("A 12-year-old boy was among the dead.", []),
    ("He is now in Geneva.", [("now", "DATE", "PRESENT_REF")]),
    ("In the past, the town was spared.", [("the past", "DATE", "PAST_REF")]),
    ("They fled last summer.", [("last summer", "DATE", "2012-SU")]),
    ("The wars of the 20th century.", [("the 20th century", "DATE", "19")]),
    ("The siege lasted for three days.", [("three days", "DURATION", "P3D")]),
    ("The market is shelled every Friday.", [("every Friday", "SET", "XXXX-WXX-5")]),
    ("He will visit the town on Monday.", [("Monday", "DATE", "2013-03-25")]),
    ("He visited the town on Monday.", [("Monday", "DATE", "2013-03-18")]),
    ("The report was finished two days later.", [("two days", "DURATION", "P2D")]),
    ("They met on Tuesday. Two days later the truce collapsed.",
     [("Tuesday", "DATE", "2013-03-19"), ("Two days later", "DATE", "2013-03-21")]),
    ("Late on Tuesday, at 10 pm, the shelling stopped.",
     [("Late on Tuesday", "DATE", "2013-03-19"), ("10 pm", "TIME", "2013-03-19T22:00")]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), ANNOTATED)
def test_annotate(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in annotate(sentence, FRI)] == expected


def test_annotations_point_at_their_words() -> None:
    text = "On Friday afternoon, 18 months after the raid of 2011, talks resumed for two days."
    found = annotate(text, FRI)
    assert found and all(text[t.start : t.end] == t.text for t in found)
