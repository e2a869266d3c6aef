"""JSON Lines: one report per line; a bad line is an error for that line only."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from eventwire.errors import InputError, MalformedInputError
from eventwire.ingest.draft import Draft
from eventwire.ingest.jsonl import json_kind, line_draft, read_jsonl

from .samples import ENGLISH, ENGLISH_2, OPTIONS


def line(**fields: Any) -> str:
    return json.dumps(fields, ensure_ascii=False)


def test_full_record_is_read() -> None:
    record = line(
        id="a1",
        text=ENGLISH,
        title="Shell hits Idlib market",
        published="2016-08-18",
        outlet="Levant Monitor",
        url="https://example.org/a1",
    )
    assert line_draft(record, "r.jsonl:1") == Draft(
        where="r.jsonl:1",
        text=ENGLISH,
        id="a1",
        title="Shell hits Idlib market",
        published=date(2016, 8, 18),
        published_from="metadata",
        outlet="Levant Monitor",
        url="https://example.org/a1",
    )


@pytest.mark.parametrize(
    ("fields", "attribute", "value"),
    [
        ({"text": ENGLISH}, "id", None),
        ({"text": ENGLISH, "id": 17}, "id", "17"),
        ({"text": ENGLISH, "id": ""}, "id", None),
        ({"text": ENGLISH, "published": "2016-08-18T09:30:00Z"}, "published", date(2016, 8, 18)),
        ({"text": ENGLISH, "published": None}, "published", None),
        ({"text": ENGLISH, "published": ""}, "published", None),
        ({"text": ENGLISH, "extra": [1, 2]}, "text", ENGLISH),  # unknown keys are ignored
    ],
)
def test_optional_fields(fields: dict[str, Any], attribute: str, value: object) -> None:
    found = line_draft(line(**fields), "r.jsonl:1")
    assert isinstance(found, Draft), found
    assert getattr(found, attribute) == value


BAD_LINES = [
    ('{"text": "unterminated', "not valid JSON (Unterminated string starting at column 10)"),
    ("[1, 2]", 'expected a JSON object like {"text": "..."} (got a list)'),
    ('"just a string"', 'expected a JSON object like {"text": "..."} (got a string)'),
    ('{"title": "No text"}', '"text" is missing; each line needs {"text": "...", ...}'),
    ('{"text": 42}', '"text" must be a string (got a number)'),
    ('{"text": null}', '"text" must be a string (got null)'),
    ('{"text": "x", "id": true}', '"id" must be a string or a number (got true/false)'),
    ('{"text": "x", "title": ["a"]}', '"title" must be a string (got a list)'),
    ('{"text": "x", "published": 20160818}', '"published" must be a string (got a number)'),
    (
        '{"text": "x", "published": "yesterday"}',
        '"published" is not a date (got "yesterday"); use YYYY-MM-DD',
    ),
]


@pytest.mark.parametrize(("text", "problem"), BAD_LINES)
def test_bad_line_is_an_error_naming_the_line(text: str, problem: str) -> None:
    found = line_draft(text, "reports.jsonl:17")
    assert isinstance(found, MalformedInputError)
    assert str(found) == f"reports.jsonl:17: {problem}"


def test_malformed_json_keeps_the_cause() -> None:
    found = line_draft("{oops", "r.jsonl:1")
    assert isinstance(found, MalformedInputError)
    assert isinstance(found.__cause__, json.JSONDecodeError)


def test_bad_lines_do_not_stop_the_file() -> None:
    text = "\n".join([line(text=ENGLISH), "{broken", "", line(text=ENGLISH_2)]) + "\n"
    found = list(read_jsonl(text, "r.jsonl", OPTIONS))
    assert [type(item).__name__ for item in found] == ["Draft", "MalformedInputError", "Draft"]
    assert [item.where for item in found if isinstance(item, Draft)] == ["r.jsonl:1", "r.jsonl:4"]
    assert isinstance(found[1], InputError)
    assert found[1].where == "r.jsonl:2"


def test_line_separator_inside_a_string_is_not_a_new_line() -> None:
    text = line(text="Two people\u2028were killed.") + "\n"
    assert len(list(read_jsonl(text, "r.jsonl", OPTIONS))) == 1


@pytest.mark.parametrize(
    ("value", "kind"),
    [(None, "null"), (True, "true/false"), (1.5, "a number"), ("s", "a string"), ({}, "an object")],
)
def test_json_kind(value: object, kind: str) -> None:
    assert json_kind(value) == kind
