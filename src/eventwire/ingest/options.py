"""How to read inputs: one frozen options object, passed explicitly (no module globals)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal, get_args

from eventwire.errors import UsageError

Format = Literal["auto", "text", "html", "jsonl", "csv"]
FORMATS: tuple[str, ...] = get_args(Format)

DEFAULT_MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True, kw_only=True)
class IngestOptions:
    """Options for :func:`eventwire.ingest.read_inputs`.

    ``fmt`` forces one reader for every path ("auto" goes by extension, then sniffs).
    ``published`` overrides every report's publication date. The ``*_column`` options name
    CSV columns; ``text_column`` is required for CSV. ``date_format`` is a ``strptime``
    format for the CSV date column; without it ISO dates are read and M/D/YYYY or D/M/YYYY
    only when the file leaves no doubt which. ``today`` is the latest acceptable
    publication date (a parameter so tests do not depend on the clock).
    """

    fmt: Format = "auto"
    published: date | None = None
    text_column: str | None = None
    title_column: str | None = None
    date_column: str | None = None
    id_column: str | None = None
    outlet_column: str | None = None
    url_column: str | None = None
    date_format: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    today: date = field(default_factory=date.today)

    def __post_init__(self) -> None:
        # Options come from the CLI or the API as plain values; reject nonsense up front so
        # the readers can trust them.
        if self.fmt not in FORMATS:
            raise UsageError(f"unknown format {self.fmt!r}; use one of: {', '.join(FORMATS)}")
        if self.max_bytes <= 0:
            raise UsageError(f"max_bytes must be positive (got {self.max_bytes})")

    def csv_columns(self) -> dict[str, str]:
        """The CSV columns asked for, as {option name: column name}."""
        named = {
            "text_column": self.text_column,
            "title_column": self.title_column,
            "date_column": self.date_column,
            "id_column": self.id_column,
            "outlet_column": self.outlet_column,
            "url_column": self.url_column,
        }
        return {option: column for option, column in named.items() if column}
