"""GeoNames country dumps (``SY.txt``, ``IQ.txt`` … from download.geonames.org/export/dump/).

A dump has far more than the cities files: neighbourhoods (PPLX), districts (ADM2),
hospitals (HSP), airbases (AIRB), camps. `import_dump` checks a dump line by line, keeps the
kinds of feature that conflict news names, and stores them under the user data directory,
where every later default gazetteer picks them up. Storing under the dump's file name makes
a second import of the same dump replace the first instead of adding to it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from eventwire.errors import GazetteerError
from eventwire.geo.entry import Entry, settlement_feature
from eventwire.geo.home import dumps_dir
from eventwire.geo.names import looks_like_name
from eventwire.model import GeoPrecision

N_COLUMNS = 19

# GeoNames feature code → (our feature, precision). Codes not listed are not kept: hills,
# wells and wadis share names with towns and are rarely the scene of a reported event.
_FEATURES: dict[str, tuple[str, GeoPrecision]] = {
    "PCLI": ("country", GeoPrecision.COUNTRY),
    "ADM1": ("governorate", GeoPrecision.GOVERNORATE),
    "ADM2": ("district", GeoPrecision.DISTRICT),
    "ADM3": ("district", GeoPrecision.DISTRICT),
    "AREA": ("area", GeoPrecision.DISTRICT),
    "RGN": ("area", GeoPrecision.DISTRICT),
    "PPLX": ("neighbourhood", GeoPrecision.NEIGHBOURHOOD),
    "HSP": ("hospital", GeoPrecision.NEIGHBOURHOOD),
    "HSPC": ("hospital", GeoPrecision.NEIGHBOURHOOD),
    "HSPD": ("hospital", GeoPrecision.NEIGHBOURHOOD),
    "AIRB": ("airbase", GeoPrecision.NEIGHBOURHOOD),
    "AIRF": ("airbase", GeoPrecision.NEIGHBOURHOOD),
    "AIRP": ("airport", GeoPrecision.NEIGHBOURHOOD),
    "MILB": ("airbase", GeoPrecision.NEIGHBOURHOOD),
    "CMPRF": ("camp", GeoPrecision.TOWN),
    "PRN": ("facility", GeoPrecision.NEIGHBOURHOOD),
}
# Populated places other than these (historical, abandoned) are not kept.
_SETTLEMENTS = frozenset(
    {
        "PPL",
        "PPLA",
        "PPLA2",
        "PPLA3",
        "PPLA4",
        "PPLC",
        "PPLL",
        "PPLF",
        "PPLS",
        "PPLG",
        "PPLR",
        "PPLW",
    }
)


def parse_line(line: str, where: str) -> Entry | None:
    """One dump line → an Entry, None for a kind of feature we do not keep; bad line → error."""
    cols = line.rstrip("\n").split("\t")
    if len(cols) != N_COLUMNS:
        raise GazetteerError(
            f"{where}: expected {N_COLUMNS} tab-separated columns, got {len(cols)}; "
            "is this a GeoNames dump such as SY.txt?"
        )
    try:
        gid, lat, lon = int(cols[0]), float(cols[4]), float(cols[5])
        pop = int(cols[14] or 0)
    except ValueError as err:
        raise GazetteerError(f"{where}: {err}; is this a GeoNames dump such as SY.txt?") from err
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or len(cols[8]) != 2:
        raise GazetteerError(f"{where}: coordinates or country code out of range")
    code = cols[7]
    if code in _SETTLEMENTS:
        kind = (settlement_feature(pop), GeoPrecision.TOWN)
    elif code in _FEATURES:
        kind = _FEATURES[code]
    else:
        return None
    cc = cols[8]
    alternates = [cols[2], *cols[3].split(",")] if cols[3] else [cols[2]]
    return Entry(
        name=cols[1],
        lat=lat,
        lon=lon,
        country_code=cc,
        admin1_code=f"{cc}.{cols[10]}" if cols[10] and code != "PCLI" else None,
        feature=kind[0],
        precision=kind[1],
        population=pop,
        geonames_id=gid,
        source=f"GeoNames dump {Path(where.rsplit(':', 1)[0]).name} ({code})",
        aliases=tuple(dict.fromkeys(a for a in alternates if a != cols[1] and looks_like_name(a))),
    )


def read_dump(path: Path) -> Iterator[Entry]:
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    entry = parse_line(line, f"{path}:{number}")
                    if entry is not None:
                        yield entry
    except UnicodeDecodeError as err:
        raise GazetteerError(f"{path}: not UTF-8 text ({err.reason}); is it still zipped?") from err
    except OSError as err:
        raise GazetteerError(f"{path}: cannot read ({err.strerror})") from err


def import_dump(path: Path) -> tuple[Path, int]:
    """Check a dump, store the kept lines in the user data dir; → (stored file, entries kept).

    Every line is checked before anything is written, so a bad dump imports nothing.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as err:
        raise GazetteerError(f"{path}: not UTF-8 text ({err.reason}); unzip it first") from err
    except OSError as err:
        raise GazetteerError(f"{path}: cannot read ({err.strerror})") from err
    kept = [
        line
        for number, line in enumerate(lines, start=1)
        if line.strip() and parse_line(line, f"{path}:{number}") is not None
    ]
    if not kept:
        raise GazetteerError(f"{path}: no populated places or divisions found; nothing imported")
    target = dumps_dir() / path.name
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".part")
    tmp.write_text("\n".join(kept) + "\n", encoding="utf-8")
    tmp.replace(target)  # atomic: a failed import never leaves half a dump behind
    return target, len(kept)


def imported_dumps() -> list[Path]:
    folder = dumps_dir()
    return sorted(folder.glob("*.txt")) if folder.is_dir() else []
