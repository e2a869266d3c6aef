"""JSON Lines: one report per line, ``{"id", "text", "title", "published", "outlet", "url"}``.

A bad line is an error for that line only; the other lines go on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from eventwire.errors import InputError, MalformedInputError
from eventwire.ingest.dates import parse_iso
from eventwire.ingest.draft import Draft, chained
from eventwire.ingest.options import IngestOptions

OPTIONAL_STRINGS = ("title", "outlet", "url")


def json_kind(value: Any) -> str:
    """JSON's name for the type of a decoded value, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "a list" if isinstance(value, list) else "an object"


def field_problem(record: dict[str, Any]) -> str | None:
    """What is wrong with the fields of one decoded line, or None."""
    if "text" not in record:
        return '"text" is missing; each line needs {"text": "...", ...}'
    if not isinstance(record["text"], str):
        return f'"text" must be a string (got {json_kind(record["text"])})'
    ident = record.get("id")
    if ident is not None and (isinstance(ident, bool) or not isinstance(ident, str | int)):
        return f'"id" must be a string or a number (got {json_kind(ident)})'
    for key in (*OPTIONAL_STRINGS, "published"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            return f'"{key}" must be a string (got {json_kind(value)})'
    published = record.get("published")
    if published and parse_iso(published) is None:
        return f'"published" is not a date (got "{published}"); use YYYY-MM-DD'
    return None


def line_draft(line: str, where: str) -> Draft | InputError:
    """The draft of one line, or the error for that line."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        # Some messages end in " at" ("Unterminated string starting at"): the column follows.
        what = err.msg.removesuffix(" at")
        return chained(
            MalformedInputError(where, f"not valid JSON ({what} at column {err.colno})"), err
        )
    if not isinstance(record, dict):
        return MalformedInputError(
            where, f'expected a JSON object like {{"text": "..."}} (got {json_kind(record)})'
        )
    problem = field_problem(record)
    if problem:
        return MalformedInputError(where, problem)
    published = parse_iso(record["published"]) if record.get("published") else None
    ident = record.get("id")
    return Draft(
        where=where,
        text=record["text"],
        id=str(ident) if ident not in (None, "") else None,
        title=record.get("title"),
        published=published,
        published_from="metadata" if published else None,
        outlet=record.get("outlet"),
        url=record.get("url"),
    )


def read_jsonl(text: str, where: str, options: IngestOptions) -> Iterator[Draft | InputError]:
    """One draft or error per non-blank line, named ``file:line``."""
    # split("\n"), not splitlines(): U+2028 and friends may stand unescaped inside JSON strings.
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield line_draft(line, f"{where}:{number}")
