"""CSV with named columns: file-level problems stop the file; a bad row is that row's error."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date

import pytest

from eventwire.errors import EmptyInputError, InputError, MalformedInputError
from eventwire.ingest import IngestOptions
from eventwire.ingest.csvfile import read_csv
from eventwire.ingest.draft import Draft

from .samples import ENGLISH, ENGLISH_2, OPTIONS

COLUMNS = replace(
    OPTIONS,
    text_column="body",
    title_column="headline",
    date_column="day",
    id_column="key",
    outlet_column="paper",
    url_column="link",
)


def table(*rows: dict[str, str]) -> str:
    """CSV text with a header from the first row's keys."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def row(**cells: str) -> dict[str, str]:
    base = {"key": "k1", "headline": "H", "body": ENGLISH, "day": "2016-08-18"}
    return base | {"paper": "Levant Monitor", "link": "https://example.org/k1"} | cells


def read(text: str, options: IngestOptions = COLUMNS) -> list[Draft | InputError]:
    return list(read_csv(text, "t.csv", options))


def test_named_columns_are_read() -> None:
    assert read(table(row())) == [
        Draft(
            where="t.csv:row 1",
            text=ENGLISH,
            id="k1",
            title="H",
            published=date(2016, 8, 18),
            published_from="column:day",
            outlet="Levant Monitor",
            url="https://example.org/k1",
        )
    ]


def test_only_the_text_column_is_needed() -> None:
    found = read(table({"body": ENGLISH, "other": "x"}), replace(OPTIONS, text_column="body"))
    assert found == [Draft(where="t.csv:row 1", text=ENGLISH)]


def test_quoted_multiline_text_is_one_row() -> None:
    found = read(table(row(body=ENGLISH + "\n\n" + ENGLISH_2), row(key="k2")))
    assert [item.where for item in found if isinstance(item, Draft)] == [
        "t.csv:row 1",
        "t.csv:row 2",
    ]
    assert isinstance(found[0], Draft)
    assert found[0].text.endswith(ENGLISH_2)


def test_field_larger_than_the_csv_default_limit_is_read() -> None:
    big = (ENGLISH + " ") * 2000  # ~270 KB, over csv's 128 KB default
    found = read(table(row(body=big)))
    assert isinstance(found[0], Draft)
    assert found[0].text == big.strip()


def test_text_column_is_required() -> None:
    found = read(table(row()), replace(COLUMNS, text_column=None))
    assert [str(item) for item in found] == [
        't.csv: CSV needs text_column=<the column with the report text> (columns: "key", '
        '"headline", "body", "day", "paper", "link")'
    ]


def test_missing_column_lists_the_columns_it_has() -> None:
    found = read(table(row()), replace(COLUMNS, title_column="title"))
    assert [str(item) for item in found] == [
        't.csv: no column "title" (title_column); the columns are: "key", "headline", "body", '
        '"day", "paper", "link"'
    ]


def test_empty_text_is_an_error_for_that_row_only() -> None:
    found = read(table(row(key="k1"), row(key="k2", body="  "), row(key="k3")))
    assert isinstance(found[1], EmptyInputError)
    assert str(found[1]) == 't.csv:row 2: empty text in column "body"; row skipped'
    assert [item.id for item in found if isinstance(item, Draft)] == ["k1", "k3"]


def test_empty_id_and_date_cells_mean_not_given() -> None:
    found = read(table(row(key="", day="")))
    assert isinstance(found[0], Draft)
    assert (found[0].id, found[0].published, found[0].published_from) == (None, None, None)


# (dates in the column, date_format) -> dates read
DATE_CASES = [
    (["2016-08-18", "2017-04-05"], None, [date(2016, 8, 18), date(2017, 4, 5)]),
    (["4/5/2017", "12/25/2016"], None, [date(2017, 4, 5), date(2016, 12, 25)]),
    (["4/5/2017", "25/12/2016"], None, [date(2017, 5, 4), date(2016, 12, 25)]),
    (["4/25/2017", "2016-12-25"], None, [date(2017, 4, 25), date(2016, 12, 25)]),
    (["4/5/2017", "1/2/2016"], "%d/%m/%Y", [date(2017, 5, 4), date(2016, 2, 1)]),
    (["18.08.2016", "05.04.2017"], "%d.%m.%Y", [date(2016, 8, 18), date(2017, 4, 5)]),
]


@pytest.mark.parametrize(("days", "fmt", "expected"), DATE_CASES)
def test_date_column(days: list[str], fmt: str | None, expected: list[date]) -> None:
    found = read(table(*(row(day=day) for day in days)), replace(COLUMNS, date_format=fmt))
    assert [item.published for item in found if isinstance(item, Draft)] == expected


def test_ambiguous_slashed_dates_stop_the_file_with_what_to_pass() -> None:
    found = read(table(row(day="4/5/2017"), row(day="1/2/2016")))
    assert len(found) == 1
    assert isinstance(found[0], MalformedInputError)
    assert str(found[0]) == (
        't.csv: column "day": dates like "4/5/2017" could be M/D/YYYY or D/M/YYYY; '
        'pass date_format="%m/%d/%Y" or date_format="%d/%m/%Y"'
    )


@pytest.mark.parametrize(
    ("day", "fmt", "fix"),
    [
        ("yesterday", None, "use YYYY-MM-DD or pass date_format="),
        ("2016-08-18", "%m/%d/%Y", 'it must match date_format="%m/%d/%Y"'),
    ],
)
def test_bad_date_is_an_error_for_that_row(day: str, fmt: str | None, fix: str) -> None:
    found = read(table(row(), row(day=day)), replace(COLUMNS, date_format=fmt))
    assert str(found[1]) == f't.csv:row 2: "day" is not a date (got "{day}"); {fix}'


def test_broken_csv_keeps_the_rows_before_the_break(monkeypatch: pytest.MonkeyPatch) -> None:
    # A field over the csv module's size limit is what breaks it on real files; ingest raises
    # the limit to max_bytes, so hold it low here to see the break.
    monkeypatch.setattr("eventwire.ingest.csvfile.allow_large_fields", lambda max_bytes: None)
    previous = csv.field_size_limit(1000)
    try:
        found = read(table(row(key="k1"), row(key="k2", body="x" * 5000)))
    finally:
        csv.field_size_limit(previous)
    assert isinstance(found[0], Draft)
    assert isinstance(found[-1], MalformedInputError)
    assert str(found[-1]) == "t.csv:row 2: broken CSV (field larger than field limit (1000))"
    assert isinstance(found[-1].__cause__, csv.Error)
