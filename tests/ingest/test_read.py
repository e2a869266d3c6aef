"""The entry points: format choice, batches that carry on, read_text, no tracebacks."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

import eventwire.ingest.read as read_module
from eventwire.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    FutureDateError,
    LanguageError,
    MalformedInputError,
    MissingInputError,
    TooLargeError,
    UsageError,
)
from eventwire.ingest import IngestOptions, read_inputs, read_path, read_text
from eventwire.ingest.options import Format
from eventwire.ingest.read import choose_format, sniff_format
from eventwire.model import Report

from .samples import ENGLISH, ENGLISH_2, FRENCH, NEWS_PAGE, OPTIONS, Write, page

JSONL = "\n".join(
    json.dumps({"id": f"j{n}", "text": t}) for n, t in enumerate([ENGLISH, ENGLISH_2])
)
CSV = f'key,body\nc1,"{ENGLISH}"\nc2,"{ENGLISH_2}"\n'


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.txt", "text"),
        ("a.TXT", "text"),
        ("a.html", "html"),
        ("a.htm", "html"),
        ("a.jsonl", "jsonl"),
        ("a.ndjson", "jsonl"),
        ("a.csv", "csv"),
    ],
)
def test_format_by_extension(name: str, fmt: Format) -> None:
    assert choose_format(Path(name), "whatever", OPTIONS) == fmt


def test_forced_format_wins_over_the_extension() -> None:
    assert choose_format(Path("a.html"), NEWS_PAGE, replace(OPTIONS, fmt="text")) == "text"


SNIFF_CASES = [
    (NEWS_PAGE, "html"),
    ("  <html><body><p>x</p></body></html>", "html"),
    ("<p>Five people were killed.</p>", "html"),
    ('{"text": "x"}\n{"text": "y"}\n', "jsonl"),
    (ENGLISH, "text"),
    ("<5 people were hurt", "text"),
    ("key,body\nc1,x\n", "text"),  # CSV only when a text_column names a header field
]


@pytest.mark.parametrize(("text", "fmt"), SNIFF_CASES)
def test_sniffed_format(text: str, fmt: Format) -> None:
    assert sniff_format(text, OPTIONS) == fmt


@pytest.mark.parametrize("header", ["key,body", 'key,"body"', '"body"'])
def test_csv_is_sniffed_by_its_text_column(header: str) -> None:
    text = f"{header}\nc1,x\n"
    assert sniff_format(text, replace(OPTIONS, text_column="body")) == "csv"


def test_unknown_extension_is_sniffed(write: Write) -> None:
    found = list(read_path(write("story.dat", NEWS_PAGE), OPTIONS))
    assert isinstance(found[0], Report)
    assert found[0].published_from == "html"


@pytest.mark.parametrize(
    ("name", "content", "ids"),
    [
        ("a.jsonl", JSONL, ["j0", "j1"]),
        ("a.csv", CSV, ["c1", "c2"]),
    ],
)
def test_every_record_of_a_file_is_read(
    write: Write, name: str, content: str, ids: list[str]
) -> None:
    options = replace(OPTIONS, text_column="body", id_column="key")
    found = list(read_path(write(name, content), options))
    assert [item.id for item in found if isinstance(item, Report)] == ids


def test_text_file_report(write: Write) -> None:
    path = write("story.txt", "BEIRUT, Aug 18, 2016 (Reuters) - " + ENGLISH + "\n")
    [found] = read_path(path, OPTIONS)
    assert isinstance(found, Report)
    assert (found.origin, found.published, found.published_from) == (
        str(path),
        date(2016, 8, 18),
        "dateline",
    )


def test_html_file_report(write: Write) -> None:
    [found] = read_path(write("page.html", NEWS_PAGE), OPTIONS)
    assert isinstance(found, Report)
    assert (found.title, found.outlet, found.published) == (
        "Airstrike kills five in Aleppo market",
        "Levant Monitor",
        date(2016, 8, 18),
    )


def test_html_without_date_metadata_falls_back_to_the_dateline(write: Write) -> None:
    html = page(f"<p>Wed 05 Apr 2017 {ENGLISH}</p><p>{ENGLISH_2}</p>")
    [found] = read_path(write("page.html", html), OPTIONS)
    assert isinstance(found, Report)
    assert (found.published, found.published_from) == (date(2017, 4, 5), "dateline")


def test_batch_carries_on_in_order(write: Write, tmp_path: Path) -> None:
    paths = [
        write("good.txt", ENGLISH),
        write("empty.txt", ""),
        write("lines.jsonl", JSONL + '\n{"text": 1}\n'),
        tmp_path / "missing.txt",
        write("french.txt", FRENCH),
        write("image.png", b"\x89PNG\r\n\x1a\n\x00\x00"),
        write("latin1.txt", "Caf\xe9 bombed".encode("latin-1")),
        write("future.jsonl", json.dumps({"text": ENGLISH, "published": "2031-01-02"})),
        tmp_path,
        write("page.html", NEWS_PAGE),
    ]
    found = [type(item) for item in read_inputs(paths, OPTIONS)]
    assert found == [
        Report,
        EmptyInputError,
        Report,
        Report,
        MalformedInputError,
        MissingInputError,
        LanguageError,
        BinaryInputError,
        EncodingError,
        FutureDateError,
        MissingInputError,
        Report,
    ]


def test_paths_may_be_strings(write: Write) -> None:
    assert isinstance(next(read_inputs([str(write("a.txt", ENGLISH))], OPTIONS)), Report)


def test_too_large_file_is_rejected_in_a_batch(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.write(ENGLISH.encode())
        handle.truncate(50 * 1024 * 1024)
    [found] = read_inputs([path], OPTIONS)
    assert isinstance(found, TooLargeError)
    assert str(found) == f"{path}: is 50.0 MB, over the 10.0 MB limit; split it or raise max_bytes"


def test_unexpected_parser_failure_costs_one_file(
    write: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(text: str, where: str, options: IngestOptions) -> None:
        raise KeyError("surprise")

    monkeypatch.setitem(read_module.READERS, "html", explode)
    paths = [write("page.html", NEWS_PAGE), write("good.txt", ENGLISH)]
    bad, good = read_inputs(paths, OPTIONS)
    assert isinstance(bad, MalformedInputError)
    assert str(bad) == f"{paths[0]}: could not be parsed (KeyError: 'surprise')"
    assert isinstance(bad.__cause__, KeyError)
    assert isinstance(good, Report)


def test_read_text_plain() -> None:
    found = read_text(ENGLISH, OPTIONS, id="api-1", outlet="Levant Monitor")
    assert (found.id, found.outlet, found.origin, found.text) == (
        "api-1",
        "Levant Monitor",
        "<text>",
        ENGLISH,
    )


def test_read_text_html() -> None:
    found = read_text(NEWS_PAGE, OPTIONS, outlet="ignored")
    assert (found.outlet, found.published_from) == ("Levant Monitor", "html")


def test_read_text_given_date() -> None:
    found = read_text(ENGLISH, replace(OPTIONS, published=date(2016, 1, 2)))
    assert (found.published, found.published_from) == (date(2016, 1, 2), "given")


@pytest.mark.parametrize(
    ("text", "options", "error"),
    [
        ("", OPTIONS, EmptyInputError),
        (FRENCH, OPTIONS, LanguageError),
        ("a\x00b", OPTIONS, BinaryInputError),
        (ENGLISH, replace(OPTIONS, max_bytes=10), TooLargeError),
        ("<html><body></body></html>", OPTIONS, MalformedInputError),
        (ENGLISH, replace(OPTIONS, fmt="jsonl"), UsageError),
    ],
)
def test_read_text_raises_for_bad_input(
    text: str, options: IngestOptions, error: type[Exception]
) -> None:
    with pytest.raises(error):
        read_text(text, options)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"fmt": "pdf"}, "unknown format 'pdf'; use one of: auto, text, html, jsonl, csv"),
        ({"max_bytes": 0}, "max_bytes must be positive"),
    ],
)
def test_bad_options_are_usage_errors(fields: dict[str, object], message: str) -> None:
    with pytest.raises(UsageError, match=message):
        IngestOptions(**fields)  # type: ignore[arg-type]


def test_options_are_frozen() -> None:
    with pytest.raises(AttributeError):
        OPTIONS.fmt = "csv"  # type: ignore[misc]
