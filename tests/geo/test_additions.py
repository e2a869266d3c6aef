"""The curated additions table: well-formed rows, and bad rows named by line."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import GazetteerError
from eventwire.geo.additions import COLUMNS, default_path, read_additions
from eventwire.model import GeoPrecision


def test_shipped_table_reads() -> None:
    rows = read_additions(default_path())
    assert len(rows) >= 60


def test_every_row_says_where_its_coordinates_come_from() -> None:
    assert all(row.entry.source.split(": ", 1)[1] for row in read_additions(default_path()))


def test_qaterji_row_is_a_neighbourhood_of_aleppo() -> None:
    row = next(r for r in read_additions(default_path()) if r.entry.name == "Qaterji")
    assert row.entry.precision is GeoPrecision.NEIGHBOURHOOD
    assert (row.entry.parent, row.admin1_name) == ("Aleppo", "Aleppo")
    assert "Qatirji" in row.entry.aliases


def test_bad_precision_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "additions.csv"
    path.write_text(
        ",".join(COLUMNS) + "\nX,,town,village,36,37,SY,Aleppo,,,memory\n", encoding="utf-8"
    )
    with pytest.raises(GazetteerError, match=r"additions\.csv:2: .*'village'"):
        read_additions(path)


def test_wrong_header_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "additions.csv"
    path.write_text("name,lat,lon\nX,1,2\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"additions\.csv:1: header"):
        read_additions(path)
