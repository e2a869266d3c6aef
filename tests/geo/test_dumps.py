"""Importing GeoNames country dumps (SY.txt format) into the user data directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import GazetteerError
from eventwire.geo import Gazetteer
from eventwire.geo.dumps import imported_dumps, read_dump
from eventwire.geo.gazetteer import default_gazetteer
from eventwire.model import GeoPrecision


def _line(
    gid: int,
    name: str,
    alternates: str,
    lat: float,
    lon: float,
    fclass: str,
    code: str,
    admin1: str = "09",
    population: int = 0,
) -> str:
    cols = [
        str(gid),
        name,
        name,
        alternates,
        str(lat),
        str(lon),
        fclass,
        code,
        "SY",
        "",
        admin1,
        "",
        "",
        "",
        str(population),
        "",
        "400",
        "Asia/Damascus",
        "2020-01-01",
    ]
    return "\t".join(cols)


ROWS = [
    _line(99000001, "Karm al Jabal", "Karm al-Jabal,Karm Aljabal", 36.206, 37.173, "P", "PPLX"),
    _line(99000002, "Mustashfa Test", "Test Hospital", 36.21, 37.18, "S", "HSP"),
    _line(99000003, "Jabal Test", "", 36.3, 37.3, "T", "MT"),  # a mountain: not kept
]


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("EVENTWIRE_HOME", str(tmp_path / "home"))
    default_gazetteer.cache_clear()
    yield tmp_path / "home"
    default_gazetteer.cache_clear()


@pytest.fixture()
def dump(tmp_path: Path) -> Path:
    path = tmp_path / "SY.txt"
    path.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    return path


def test_import_keeps_neighbourhoods_and_facilities(home: Path, dump: Path) -> None:
    assert Gazetteer.import_dump(dump) == 2


def test_import_stores_under_the_user_data_dir(home: Path, dump: Path) -> None:
    Gazetteer.import_dump(dump)
    assert imported_dumps() == [home / "gazetteer" / "dumps" / "SY.txt"]


def test_importing_twice_does_not_duplicate(home: Path, dump: Path) -> None:
    Gazetteer.import_dump(dump)
    Gazetteer.import_dump(dump)
    stored = imported_dumps()
    assert len(stored) == 1 and len(list(read_dump(stored[0]))) == 2


def test_pplx_becomes_a_neighbourhood(dump: Path) -> None:
    entry = next(read_dump(dump))
    assert entry.precision is GeoPrecision.NEIGHBOURHOOD and entry.admin1_code == "SY.09"


def test_dump_alternates_become_aliases(dump: Path) -> None:
    entry = next(read_dump(dump))
    assert "Karm al-Jabal" in entry.aliases


def test_default_gazetteer_uses_imported_dumps(home: Path, dump: Path) -> None:
    Gazetteer.import_dump(dump)
    place = default_gazetteer().locate("Karm al-Jabal")
    assert place is not None and place.geonames_id == 99000001 and place.admin1 == "Aleppo"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("99\tonly\tthree\n", "expected 19 tab-separated columns, got 3"),
        (_line(1, "X", "", 36.0, 37.0, "P", "PPL").replace("36.0", "north"), "could not convert"),
        (_line(1, "X", "", 136.0, 37.0, "P", "PPL"), "out of range"),
    ],
)
def test_malformed_dump_names_file_and_line(
    home: Path, tmp_path: Path, content: str, problem: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(ROWS[0] + "\n" + content, encoding="utf-8")
    with pytest.raises(GazetteerError, match=rf"bad\.txt:2: .*{problem}"):
        Gazetteer.import_dump(bad)


def test_malformed_dump_imports_nothing(home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(ROWS[0] + "\nnot a dump\n", encoding="utf-8")
    with pytest.raises(GazetteerError):
        Gazetteer.import_dump(bad)
    assert imported_dumps() == []


def test_binary_file_is_refused(home: Path, tmp_path: Path) -> None:
    zipped = tmp_path / "SY.zip"
    zipped.write_bytes(b"PK\x03\x04\xff\xfe\x00\x00")
    with pytest.raises(GazetteerError, match=r"SY\.zip: not UTF-8"):
        Gazetteer.import_dump(zipped)
