"""The entry points: paths (or one string) in, reports and per-item errors out.

Errors are yielded as values, in input order, so one bad file or line never stops a batch.
No traceback escapes for bad input: anything unexpected while parsing a file becomes a
MalformedInputError for that file, with the cause chained.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from eventwire.errors import (
    BinaryInputError,
    InputError,
    MalformedInputError,
    TooLargeError,
    UsageError,
)
from eventwire.ingest.csvfile import read_csv
from eventwire.ingest.draft import Draft, chained, to_report
from eventwire.ingest.files import human_size, read_text_file
from eventwire.ingest.htmlpage import read_html
from eventwire.ingest.jsonl import read_jsonl
from eventwire.ingest.options import Format, IngestOptions
from eventwire.ingest.plain import read_plain
from eventwire.model import Report

Reader = Callable[[str, str, IngestOptions], Iterator[Draft | InputError]]

READERS: dict[str, Reader] = {
    "text": read_plain,
    "html": read_html,
    "jsonl": read_jsonl,
    "csv": read_csv,
}

EXTENSIONS: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
}

_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body|article|div|p)\b", re.IGNORECASE)


def sniff_format(text: str, options: IngestOptions) -> Format:
    """The format of a file whose extension does not say: HTML, JSON Lines, CSV or text."""
    head = text.lstrip()[:2048]
    if head.startswith("<") and _HTML_START.search(head):
        return "html"
    first = head.partition("\n")[0].strip()
    if first.startswith("{") and first.endswith("}"):
        return "jsonl"
    # CSV only when asked for by column: a comma in a first line proves nothing.
    if options.text_column and options.text_column in next(csv.reader([first]), []):
        return "csv"
    return "text"


def choose_format(path: Path, text: str, options: IngestOptions) -> Format:
    """The forced format, else the extension's, else a sniffed one."""
    if options.fmt != "auto":
        return options.fmt
    return EXTENSIONS.get(path.suffix.lower()) or sniff_format(text, options)


def read_path(path: Path, options: IngestOptions) -> Iterator[Report | InputError]:
    """Every report in one file, and an error for each item (or the file) that is unusable."""
    try:
        text = read_text_file(path, options.max_bytes)
    except InputError as err:
        yield err
        return
    reader = READERS[choose_format(path, text, options)]
    try:
        for item in reader(text, str(path), options):
            yield item if isinstance(item, InputError) else to_report(item, options)
    except Exception as err:  # a parser bug must cost one file, not the batch
        yield chained(
            MalformedInputError(str(path), f"could not be parsed ({type(err).__name__}: {err})"),
            err,
        )


def read_inputs(
    paths: Iterable[Path | str], options: IngestOptions | None = None
) -> Iterator[Report | InputError]:
    """Reports and errors from every path, in order; never raises for bad input."""
    options = options or IngestOptions()
    for path in paths:
        yield from read_path(Path(path), options)


def read_text(
    text: str,
    options: IngestOptions | None = None,
    *,
    where: str = "<text>",
    id: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
) -> Report:
    """One report from a string (plain text or an HTML page); raises the InputError if unusable.

    ``id``, ``title``, ``outlet`` and ``url`` fill in what the text does not say (an HTML
    page's own title and site name win over them).
    """
    options = options or IngestOptions()
    if options.fmt in ("jsonl", "csv"):
        raise UsageError(f"read_text reads one report (text or html), not {options.fmt}")
    size = len(text.encode("utf-8"))
    if size > options.max_bytes:
        raise TooLargeError(
            where, f"is {human_size(size)}, over the {human_size(options.max_bytes)} limit"
        )
    if "\x00" in text:
        raise BinaryInputError(where, "contains NUL characters, not text")
    fmt = sniff_format(text, options) if options.fmt == "auto" else options.fmt
    draft = next(READERS["html" if fmt == "html" else "text"](text, where, options))
    if isinstance(draft, InputError):
        raise draft
    filled = Draft(
        where=where,
        text=draft.text,
        id=id,
        title=draft.title or title,
        published=draft.published,
        published_from=draft.published_from,
        outlet=draft.outlet or outlet,
        url=draft.url or url,
    )
    result = to_report(filled, options)
    if isinstance(result, InputError):
        raise result
    return result
