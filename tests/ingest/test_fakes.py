"""The whole FA-KES CSV (804 Syrian-war reports, read from ../shared) ingests cleanly."""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.ingest import read_inputs
from eventwire.ingest.presets import FAKES_WITH_DATES
from eventwire.model import Report

FAKES = replace(FAKES_WITH_DATES, fmt="auto", today=date(2024, 6, 1))


@pytest.fixture(scope="module")
def fakes_csv(shared_dir: Path) -> Path:
    return shared_dir / "data" / "fa-kes" / "FA-KES-Dataset.csv"


@pytest.fixture(scope="module")
def rows(fakes_csv: Path) -> list[dict[str, str]]:
    csv.field_size_limit(10 * 1024 * 1024)
    with fakes_csv.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def items(fakes_csv: Path) -> list[Report | InputError]:
    return list(read_inputs([fakes_csv], FAKES))


def test_every_row_is_a_report(items: list[Report | InputError]) -> None:
    assert [item for item in items if isinstance(item, InputError)] == []
    assert len(items) == 804


def test_ids_are_the_unit_ids(items: list[Report], rows: list[dict[str, str]]) -> None:
    assert [item.id for item in items] == [row["unit_id"] for row in rows]


def test_dates_are_read_month_first(items: list[Report], rows: list[dict[str, str]]) -> None:
    expected = [datetime.strptime(row["date"], "%m/%d/%Y").date() for row in rows]
    assert [item.published for item in items] == expected
    assert {item.published_from for item in items} == {"column:date"}


def test_first_report(items: list[Report], fakes_csv: Path) -> None:
    first = items[0]
    assert (first.id, first.published, first.outlet, first.origin) == (
        "1914947530",
        date(2017, 4, 5),
        "nna",
        f"{fakes_csv}:row 1",
    )
    assert first.title == "Syria attack symptoms consistent with nerve agent use WHO"
    assert first.text.startswith("Wed 05 Apr 2017 Syria attack symptoms")


def test_outlets(items: list[Report]) -> None:
    outlets = Counter(item.outlet for item in items)
    assert len(outlets) == 15
    assert (outlets["ahram"], outlets["tass"]) == (149, 5)
