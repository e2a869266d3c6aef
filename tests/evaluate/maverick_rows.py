"""MAVERICK rows written here (imported by the tests, not a conftest): the file's columns that
the loader reads, one real-looking row to vary, and a writer."""

from __future__ import annotations

import csv
from pathlib import Path

COLUMNS = [
    "id", "event_id", "country", "date_start", "date_end", "city", "location", "latitude",
    "longitude", "geo_precision", "actor1", "actor1_id", "actor1_perpetrator", "actor1_victim",
    "actor2", "actor2_id", "actor2_perpetrator", "actor2_victim", "event_context",
    "deaths_best", "deaths_low", "deaths_high", "injuries_best", "injuries_low",
    "injuries_high", "source", "source_type",
]  # fmt: skip
ROW = {
    "id": "r1", "event_id": "CIV-0003", "country": "Ivory Coast", "date_start": "2011-01-11",
    "date_end": "2011-01-11", "city": "Abidjan", "location": "Abobo", "latitude": "5.41846",
    "longitude": "-4.01997", "geo_precision": "4.0", "actor1": "FDS", "actor1_id": "CIV-200",
    "actor1_perpetrator": "1.0", "actor1_victim": "0.0", "actor2": "RDR supporters",
    "actor2_id": "CIV-507", "actor2_perpetrator": "0.0", "actor2_victim": "1.0",
    "event_context": "Clash", "deaths_best": "4", "deaths_low": "4", "deaths_high": "5",
    "injuries_best": "0", "injuries_low": "0", "injuries_high": "0",
    "source": "AFP (2011-01-11) Côte d'Ivoire: quatre morts dans des violences à Abidjan",
    "source_type": "International news agency",
}  # fmt: skip


def write_rows(tmp_path: Path, *rows: dict[str, str]) -> Path:
    path = tmp_path / "maverick.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path
