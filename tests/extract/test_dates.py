"""The eventwire_dates component, end to end on the real English pipeline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from eventwire.extract.components.dates import entity_dates, read_month
from eventwire.extract.mentions import DateMention
from eventwire.timex import find_timexes

pytestmark = pytest.mark.model

THU = date(2016, 8, 18)

# span text → (kind, start, end, precision); None: not a date
ALEPPO = {
    "five-year-old": ("age", None),
    "late on Wednesday": ("date", ("2016-08-17", "2016-08-17", "day")),
    "August 17, 2016": ("date", ("2016-08-17", "2016-08-17", "day")),
    "later that night": ("date", ("2016-08-17", "2016-08-17", "day")),
    "the age of 15": ("age", None),
    "on Wednesday": ("date", ("2016-08-17", "2016-08-17", "day")),
    "recent weeks": ("date", ("2016-07-21", "2016-08-18", "week")),
    "last year": ("date", ("2015-01-01", "2015-12-31", "year")),
    "early August": ("date", ("2016-08-01", "2016-08-10", "month")),
    "Last week": ("date", ("2016-08-08", "2016-08-14", "week")),
    "Since then": ("date", ("2016-08-08", "2016-08-18", "week")),
    "three hours a day": ("set", None),
    "On Monday": ("date", ("2016-08-15", "2016-08-15", "day")),
    "On Tuesday": ("date", ("2016-08-16", "2016-08-16", "day")),
}


def run(nlp: Any, text: str, published: date | None) -> Any:
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)


@pytest.fixture(scope="module")
def nlp(make_nlp: Callable[..., Any]) -> Any:
    return make_nlp("eventwire_dates")


def readings(doc: Any) -> dict[str, tuple[str, tuple[str, str, str] | None]]:
    out: dict[str, tuple[str, tuple[str, str, str] | None]] = {}
    for span in doc.spans["ew_dates"]:
        found = span._.ew_date.date
        rng = found and (found.start.isoformat(), found.end.isoformat(), found.precision.value)
        out[span.text] = (span._.ew_date.kind, rng)
    return out


def test_resolves_the_aleppo_example(nlp: Any, aleppo_text: str) -> None:
    assert readings(run(nlp, aleppo_text, THU)) == ALEPPO


def test_every_span_carries_a_date_mention(nlp: Any, aleppo_text: str) -> None:
    doc = run(nlp, aleppo_text, THU)
    assert all(isinstance(span._.ew_date, DateMention) for span in doc.spans["ew_dates"])


def test_spans_cover_the_grammar_matches(nlp: Any, aleppo_text: str) -> None:
    doc = run(nlp, aleppo_text, THU)
    spans = doc.spans["ew_dates"]
    assert [s.text for s in spans] == [m.text for m in find_timexes(aleppo_text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The convoy will leave on Friday.", "2016-08-19"),
        ("Talks are to resume on Monday.", "2016-08-22"),
        ("Russia plans to launch strikes on Tuesday.", "2016-08-23"),
        ("The meeting is due to start on Monday.", "2016-08-22"),
        ("Rebels attacked the town on Friday.", "2016-08-12"),
        ("Rebels said on Monday that they had taken the town.", "2016-08-15"),
    ],
)
def test_the_clause_tense_picks_the_weekday(nlp: Any, sentence: str, expected: str) -> None:
    doc = run(nlp, sentence, THU)  # spans need their Doc alive
    (span,) = doc.spans["ew_dates"]
    assert span._.ew_date.date.start.isoformat() == expected


def test_without_a_publication_date_the_dateline_anchors(nlp: Any) -> None:
    doc = run(nlp, "Wed 05 Apr 2017 Jets struck Khan Sheikhoun on Tuesday.", None)
    assert readings(doc)["on Tuesday"] == ("date", ("2017-04-04", "2017-04-04", "day"))


def test_without_any_anchor_dates_stay_unresolved(nlp: Any) -> None:
    doc = run(nlp, "Jets struck Khan Sheikhoun on Tuesday.", None)
    assert [(s.text, s._.ew_date) for s in doc.spans["ew_dates"]] == [
        ("on Tuesday", DateMention(date=None, kind="date"))
    ]


def test_pipe_accepts_docs(nlp: Any) -> None:
    docs = [nlp.make_doc("He was killed yesterday."), nlp.make_doc("It fell last week.")]
    for doc in docs:
        doc._.published = THU
    starts = [d.spans["ew_dates"][0]._.ew_date.date.start for d in nlp.pipe(docs)]
    assert starts == [date(2016, 8, 17), date(2016, 8, 8)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("August 17", {"mnum": "8", "day": "17"}),
        ("Aug 2016", {"mnum": "8", "year": "2016"}),
        ("the eastern half", None),
        ("2016", None),
        ("last year", None),
    ],
)
def test_read_month_takes_only_what_is_written(text: str, expected: dict[str, str] | None) -> None:
    assert read_month(text) == expected


def test_entities_the_grammar_missed_are_extra_evidence(nlp: Any) -> None:
    doc = nlp("The strike came on August 17.")
    doc.ents = [doc.char_span(19, 28, label="DATE")]  # "August 17" alone, as spaCy might mark it
    (extra,) = entity_dates(doc, [])
    assert (extra.rule, extra.groups) == ("parsed", {"mnum": "8", "day": "17"})


def test_entities_overlapping_the_grammar_add_nothing(nlp: Any) -> None:
    doc = nlp("The strike came on August 17.")
    doc.ents = [doc.char_span(19, 28, label="DATE")]
    assert entity_dates(doc, find_timexes(doc.text)) == []


def _days(nlp: Any, text: str) -> dict[str, str]:
    doc = run(nlp, text, THU)
    return {s.text: s._.ew_date.date.start.isoformat() for s in doc.spans["ew_dates"]}


def test_last_weekday_beside_the_plain_weekday_is_a_week_earlier(nlp: Any) -> None:
    days = _days(
        nlp, "Shelling hit Douma on Tuesday. Last Tuesday, warplanes struck the same market."
    )
    assert days["on Tuesday"] == "2016-08-16"
    assert days["Last Tuesday"] == "2016-08-09"


def test_last_weekday_alone_keeps_its_reading(nlp: Any) -> None:
    days = _days(nlp, "Last Tuesday, warplanes struck the market in Douma.")
    assert days["Last Tuesday"] == "2016-08-16"
