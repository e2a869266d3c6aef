"""CSV with named columns: one report per row, columns chosen by the options.

A file-level problem (no text column, a missing column, dates that could be read two ways)
is one error for the file; a bad row is an error for that row only (``file:row N``, data
rows counted from 1 after the header).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from datetime import date

from eventwire.errors import EmptyInputError, InputError, MalformedInputError
from eventwire.ingest.dates import infer_slashed_format, parse_iso, parse_with
from eventwire.ingest.draft import Draft, chained
from eventwire.ingest.options import IngestOptions

Row = dict[str | None, str | list[str] | None]
DateParser = Callable[[str], date | None]


def allow_large_fields(max_bytes: int) -> None:
    # The csv module refuses fields over 128 KB by default; a report may be longer. No field
    # can be longer than the file, and the file is at most max_bytes. (A process-wide
    # setting, so only ever raised.)
    if csv.field_size_limit() < max_bytes:
        csv.field_size_limit(max_bytes)


def header_problem(header: list[str], options: IngestOptions) -> str | None:
    """What is wrong with the header for these options, or None."""
    have = ", ".join(f'"{name}"' for name in header) or "none"
    if not options.text_column:
        return f"CSV needs text_column=<the column with the report text> (columns: {have})"
    for option, column in options.csv_columns().items():
        if column not in header:
            return f'no column "{column}" ({option}); the columns are: {have}'
    return None


def date_parser(values: list[str], options: IngestOptions) -> DateParser:
    """How to read the date column; raises ValueError (with what to pass) if unsure."""
    if options.date_format:
        fmt = options.date_format
        return lambda value: parse_with(value, fmt)
    slashed = infer_slashed_format(values)

    def parse(value: str) -> date | None:
        found = parse_iso(value)
        if found is None and slashed:
            found = parse_with(value, slashed)
        return found

    return parse


def cell(row: Row, column: str | None) -> str | None:
    """A cell's stripped text; None for no column, a short row or an empty cell."""
    value = row.get(column) if column else None
    if not isinstance(value, str):
        return None
    return value.strip() or None


def row_draft(
    row: Row, where: str, options: IngestOptions, parse: DateParser
) -> Draft | InputError:
    """The draft of one row, or the error for that row."""
    text = cell(row, options.text_column)
    if text is None:
        return EmptyInputError(where, f'empty text in column "{options.text_column}"; row skipped')
    raw_date = cell(row, options.date_column)
    published = parse(raw_date) if raw_date else None
    if raw_date and published is None:
        fix = (
            f'it must match date_format="{options.date_format}"'
            if options.date_format
            else "use YYYY-MM-DD or pass date_format="
        )
        return MalformedInputError(
            where, f'"{options.date_column}" is not a date (got "{raw_date}"); {fix}'
        )
    return Draft(
        where=where,
        text=text,
        id=cell(row, options.id_column),
        title=cell(row, options.title_column),
        published=published,
        published_from=f"column:{options.date_column}" if published else None,
        outlet=cell(row, options.outlet_column),
        url=cell(row, options.url_column),
    )


def read_csv(text: str, where: str, options: IngestOptions) -> Iterator[Draft | InputError]:
    """One draft or error per data row; a file-level problem stops the file."""
    allow_large_fields(options.max_bytes)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    problem = header_problem(list(reader.fieldnames or []), options)
    if problem:
        yield MalformedInputError(where, problem)
        return
    # All rows first: whether "4/5/2017" is April or May depends on the rest of the column.
    rows: list[Row] = []
    broken: InputError | None = None
    try:
        rows.extend(reader)
    except csv.Error as err:  # keep the rows before the break; report the break after them
        # Named by row, like the rows: reader.line_num lags behind the line that broke.
        broken = chained(
            MalformedInputError(f"{where}:row {len(rows) + 1}", f"broken CSV ({err})"), err
        )
    dates = [value for row in rows if (value := cell(row, options.date_column))]
    try:
        parse = date_parser(dates, options)
    except ValueError as err:
        yield chained(MalformedInputError(where, f'column "{options.date_column}": {err}'), err)
        return
    for number, row in enumerate(rows, start=1):
        yield row_draft(row, f"{where}:row {number}", options, parse)
    if broken is not None:
        yield broken
