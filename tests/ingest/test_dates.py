"""Dates as inputs state them: ISO values, CSV date columns, datelines."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.ingest.dates import (
    DMY_FORMAT,
    MDY_FORMAT,
    infer_slashed_format,
    parse_iso,
    parse_with,
)
from eventwire.timex import find_dateline

from .samples import TODAY

ISO_CASES = [
    ("2016-08-18", date(2016, 8, 18)),
    (" 2016-08-18 ", date(2016, 8, 18)),
    ("2016-08-18T09:30:00+03:00", date(2016, 8, 18)),
    ("2016-08-18 09:30", date(2016, 8, 18)),
    ("2017-02-30", None),
    ("yesterday", None),
    ("18/08/2016", None),
    ("2016-8-18", None),
]


@pytest.mark.parametrize(("value", "expected"), ISO_CASES)
def test_parse_iso(value: str, expected: date | None) -> None:
    assert parse_iso(value) == expected


@pytest.mark.parametrize(
    ("value", "fmt", "expected"),
    [
        ("4/5/2017", MDY_FORMAT, date(2017, 4, 5)),
        ("4/5/2017", DMY_FORMAT, date(2017, 5, 4)),
        ("13/5/2017", MDY_FORMAT, None),
        ("18.08.2016", "%d.%m.%Y", date(2016, 8, 18)),
    ],
)
def test_parse_with(value: str, fmt: str, expected: date | None) -> None:
    assert parse_with(value, fmt) == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["4/5/2017", "12/25/2016"], MDY_FORMAT),
        (["4/5/2017", "25/12/2016"], DMY_FORMAT),
        (["2016-08-18", ""], None),
        ([], None),
    ],
)
def test_infer_slashed_format(values: list[str], expected: str | None) -> None:
    assert infer_slashed_format(values) == expected


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (["4/5/2017", "1/2/2016"], 'dates like "4/5/2017" could be M/D/YYYY or D/M/YYYY'),
        (["4/25/2017", "25/4/2017"], "dates mix M/D/YYYY and D/M/YYYY"),
    ],
)
def test_infer_slashed_format_says_what_to_pass(values: list[str], message: str) -> None:
    with pytest.raises(ValueError, match=message) as caught:
        infer_slashed_format(values)
    assert 'pass date_format="%m/%d/%Y" or date_format="%d/%m/%Y"' in str(caught.value)


DATELINES = [
    ("Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use", date(2017, 4, 5)),
    ("Fri 07 Apr 2017 at 0914 Regional NNA - US strikes", date(2017, 4, 7)),
    ("Fri Apr 29 2016 9 Injured in New Mortar Shell Attacks", date(2016, 4, 29)),
    ("August 18, 2016 A photograph of a little boy", date(2016, 8, 18)),
    ("Thursday, August 18, 2016 - A photograph", date(2016, 8, 18)),
    ("18 August 2016 A photograph", date(2016, 8, 18)),
    ("  30 October 2016 35 cases of suffocation", date(2016, 10, 30)),
    ("Published April 15 2017 At least 126 people", date(2017, 4, 15)),
    ("Date of publication 10 July 2016 A suicide bomb", date(2016, 7, 10)),
    ("Posted on April 19 2017 by Asharq Al-Awsat", date(2017, 4, 19)),
    ("BEIRUT, Aug 18, 2016 (Reuters) - Warplanes struck", date(2016, 8, 18)),
    ("DAMASCUS, Syria, Aug. 18, 2016 (Xinhua) -- Five people", date(2016, 8, 18)),
    # No year: the latest such day on or before today (2024-06-01).
    ("BEIRUT, Aug 18 (Reuters) - Warplanes struck", date(2023, 8, 18)),
    ("BEIRUT, May 30 (Reuters) - Warplanes struck", date(2024, 5, 30)),
    ("ALEPPO, Syria, June 3 — Shelling", date(2023, 6, 3)),
    ("Mon 31 Feb 2017 no such day", None),
    ("Five people died on 18 August 2016 in Aleppo", None),  # not at the start
    ("Beirut, Aug 18 (Reuters) - lower-case place", None),
    ("24.07.2016 At least four people", date(2016, 7, 24)),  # 24 cannot be a month
    ("Aleppo 2016 was the year", None),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_find_dateline(text: str, expected: date | None) -> None:
    assert find_dateline(text, near=TODAY) == expected
