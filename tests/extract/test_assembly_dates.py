"""Assembly's choice of an event's date, and what makes two sentences one incident."""

from __future__ import annotations

from datetime import date

from eventwire.extract.pipeline import Extractor
from eventwire.model import Incident, Report


def extract(extractor: Extractor, text: str, published: date = date(2017, 3, 8)) -> list[Incident]:
    report = Report(id="t", text=text, published=published, outlet="Test Wire")
    return extractor.extract(report).incidents


def test_the_day_something_was_said_is_not_the_event_day(extractor: Extractor) -> None:
    text = "The Observatory said on Tuesday that shelling killed four people in Douma."
    (inc,) = extract(extractor, text)
    assert inc.date is not None and inc.date.text is None  # not stated: the days before
    # ... the telling, which bounds it: by Tuesday the 7th, so the 6th or the 7th.
    assert (inc.date.start, inc.date.end) == (date(2017, 3, 6), date(2017, 3, 7))


def test_a_day_told_with_the_event_is_its_day(extractor: Extractor) -> None:
    text = "Shelling killed four people in Douma on Tuesday, the Observatory said."
    (inc,) = extract(extractor, text)
    assert inc.date is not None and (inc.date.start, inc.date.end) == (
        date(2017, 3, 7),
        date(2017, 3, 7),
    )


def test_a_date_inside_the_event_noun_dates_it(extractor: Extractor) -> None:
    text = "The group claimed a March 2 bomb attack on a police station in Homs."
    (inc,) = extract(extractor, text)
    assert inc.date is not None and inc.date.start == date(2017, 3, 2)


def test_a_headline_and_its_lead_with_one_toll_are_one_incident(extractor: Extractor) -> None:
    text = (
        "Air strikes kill 14 in northern Syria. "
        "Air strikes killed 14 civilians in Saraqeb on Tuesday, a local doctor said."
    )
    (inc,) = extract(extractor, text)
    assert inc.fatalities is not None and inc.fatalities.best == 14


def test_different_tolls_unplaced_and_undated_stay_apart(extractor: Extractor) -> None:
    text = "Air strikes killed 14 fighters. Air strikes also killed three soldiers."
    assert len(extract(extractor, text)) == 2
