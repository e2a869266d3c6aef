"""The checks and rules every report goes through: text, language, date source, future, id."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from eventwire.errors import EmptyInputError, FutureDateError, LanguageError
from eventwire.ingest import IngestOptions
from eventwire.ingest.draft import Draft, chained, derived_id, to_report
from eventwire.model import Report

from .samples import ENGLISH, FRENCH, OPTIONS, TODAY

DATELINED = "Wed 05 Apr 2017 " + ENGLISH
GIVEN = date(2017, 4, 1)
OWN = date(2017, 4, 3)

# (options.published, the input's own date, text) -> (published, published_from)
PUBLISHED_CASES = [
    (GIVEN, OWN, DATELINED, GIVEN, "given"),
    (None, OWN, DATELINED, OWN, "column:date"),
    (None, None, DATELINED, date(2017, 4, 5), "dateline"),
    (None, None, ENGLISH, None, None),
]


def report(draft: Draft, options: IngestOptions = OPTIONS) -> Report:
    result = to_report(draft, options)
    assert isinstance(result, Report), result
    return result


@pytest.mark.parametrize(("given", "own", "text", "published", "source"), PUBLISHED_CASES)
def test_publication_date_precedence(
    given: date | None, own: date | None, text: str, published: date | None, source: str | None
) -> None:
    draft = Draft(where="f", text=text, published=own, published_from="column:date")
    made = report(draft, replace(OPTIONS, published=given))
    assert (made.published, made.published_from) == (published, source)


@pytest.mark.parametrize("source", ["given", "column:date", "dateline"])
def test_future_date_is_rejected_whatever_its_source(source: str) -> None:
    future = date(2031, 1, 2)
    draft = Draft(
        where="r.jsonl:3",
        text="Thu 02 Jan 2031 " + ENGLISH,
        published=future if source == "column:date" else None,
        published_from="column:date",
    )
    result = to_report(draft, replace(OPTIONS, published=future if source == "given" else None))
    assert isinstance(result, FutureDateError)
    assert str(result) == (
        f"r.jsonl:3: publication date 2031-01-02 (from {source}) is after today ({TODAY}); "
        "correct the date or pass published="
    )


def test_date_of_today_is_accepted() -> None:
    assert (
        report(Draft(where="f", text=ENGLISH), replace(OPTIONS, published=TODAY)).published == TODAY
    )


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_text_is_rejected(text: str) -> None:
    assert isinstance(to_report(Draft(where="f", text=text), OPTIONS), EmptyInputError)


def test_foreign_text_is_rejected() -> None:
    result = to_report(Draft(where="f.txt", text=FRENCH), OPTIONS)
    assert isinstance(result, LanguageError)
    assert str(result).startswith("f.txt: does not look like English")


def test_given_id_is_kept() -> None:
    assert report(Draft(where="f", text=ENGLISH, id="1914947530")).id == "1914947530"


def test_derived_id_is_stable_across_whitespace() -> None:
    spaced = "  " + ENGLISH.replace(" ", "  \n") + "\n"
    assert derived_id(ENGLISH) == derived_id(spaced)
    assert report(Draft(where="a", text=ENGLISH)).id == report(Draft(where="b", text=spaced)).id


def test_derived_id_differs_for_different_text() -> None:
    assert derived_id(ENGLISH) != derived_id(ENGLISH + " More followed.")


def test_derived_id_shape() -> None:
    ident = derived_id(ENGLISH)
    assert ident.startswith("r_")
    assert len(ident) == 18


def test_report_fields_are_cleaned() -> None:
    draft = Draft(where="f:row 2", text=f"\n {ENGLISH} \n", title=" T ", outlet="", url=None)
    made = report(draft)
    assert (made.text, made.title, made.outlet, made.url) == (ENGLISH, "T", None, None)
    assert made.origin == "f:row 2"


def test_chained_sets_the_cause() -> None:
    cause = ValueError("low level")
    error = chained(EmptyInputError("f", "x"), cause)
    assert error.__cause__ is cause
