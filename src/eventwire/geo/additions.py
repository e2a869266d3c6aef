"""The curated additions table (``additions.csv``): neighbourhoods, hospitals, airbases and areas
that GeoNames' cities files lack, plus extra spellings for GeoNames towns.

A row with a ``geonames_id`` of a town already in the gazetteer only adds its aliases to that
entry (GeoNames keeps the coordinates); any other row is an entry of its own.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from eventwire.errors import GazetteerError
from eventwire.geo.entry import FEATURE_PRECISION, Entry
from eventwire.model import GeoPrecision

COLUMNS = (
    "name",
    "aliases",
    "feature",
    "precision",
    "lat",
    "lon",
    "country_code",
    "admin1",
    "parent",
    "geonames_id",
    "source",
)


@dataclass(frozen=True, slots=True)
class Addition:
    entry: Entry
    admin1_name: str | None  # resolved to a GeoNames admin1 code when the gazetteer is built


def default_path() -> Path:
    return Path(str(resources.files("eventwire.geo").joinpath("additions.csv")))


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def read_additions(path: Path) -> list[Addition]:
    """Parse and check every row; the first bad one raises naming the file and line."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise GazetteerError(
                f"{path}:1: header must be {','.join(COLUMNS)} (got {reader.fieldnames})"
            )
        return [_row(row, f"{path}:{reader.line_num}") for row in reader]


def _row(row: dict[str, str], where: str) -> Addition:
    try:
        precision = GeoPrecision(row["precision"])
        lat, lon = float(row["lat"]), float(row["lon"])
        gid = int(row["geonames_id"]) if row["geonames_id"] else None
    except ValueError as err:
        raise GazetteerError(f"{where}: {err}; fix the row in the additions table") from err
    if row["feature"] not in FEATURE_PRECISION:
        raise GazetteerError(
            f"{where}: unknown feature {row['feature']!r}; use one of {sorted(FEATURE_PRECISION)}"
        )
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or len(row["country_code"]) != 2:
        raise GazetteerError(f"{where}: bad coordinates or country code for {row['name']!r}")
    aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
    entry = Entry(
        name=row["name"],
        lat=lat,
        lon=lon,
        country_code=row["country_code"],
        admin1_code=None,
        feature=row["feature"],
        precision=precision,
        population=0,
        geonames_id=gid,
        source=f"eventwire additions.csv: {row['source']}",
        parent=row["parent"] or None,
        aliases=aliases,
    )
    return Addition(entry=entry, admin1_name=row["admin1"] or None)
