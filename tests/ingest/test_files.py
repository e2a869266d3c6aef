"""File-level checks: existence, size (before reading), binary, encoding, emptiness."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    TooLargeError,
)
from eventwire.ingest.files import binary_problem, human_size, load_bytes, read_text_file

from .samples import ENGLISH, Write

MB = 1024 * 1024


@pytest.mark.parametrize(
    ("size", "shown"),
    [(0, "0 bytes"), (1023, "1023 bytes"), (1536, "1.5 KB"), (50 * MB, "50.0 MB")],
)
def test_human_size(size: int, shown: str) -> None:
    assert human_size(size) == shown


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.txt: no such file"):
        load_bytes(tmp_path / "nope.txt", MB)


def test_directory_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory; pass the files in it"):
        load_bytes(tmp_path, MB)


def test_sparse_50_mb_file_is_rejected_by_size_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.write(ENGLISH.encode())
        handle.truncate(50 * MB)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(TooLargeError, match=r"is 50\.0 MB, over the 10\.0 MB limit; .*max_bytes"):
        load_bytes(path, 10 * MB)


def test_file_at_the_limit_is_read(write: Write) -> None:
    assert load_bytes(write("a.txt", b"x" * 100), 100) == b"x" * 100


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x00\x01\x02hello", "contains NUL bytes"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "is a PDF"),
        (b"\x89PNG\r\n\x1a\n", "is a PNG image"),
        (b"PK\x03\x04\x14\x00", "is a ZIP archive"),
        (bytes(range(1, 32)) * 20, "control bytes"),
    ],
)
def test_binary_problem_names_what_it_found(data: bytes, reason: str) -> None:
    problem = binary_problem(data)
    assert problem is not None
    assert reason in problem


@pytest.mark.parametrize(
    "data",
    [ENGLISH.encode(), "Café in Aleppo\tclosed\r\n".encode(), "caf\xe9".encode("latin-1")],
)
def test_text_is_not_binary(data: bytes) -> None:
    assert binary_problem(data) is None


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        (b"", EmptyInputError, "is empty"),
        (b"  \n\t\r\n ", EmptyInputError, "contains only whitespace"),
        (b"\xef\xbb\xbf \n", EmptyInputError, "contains only whitespace"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00", BinaryInputError, "NUL bytes"),
        ("Aleppo".encode("utf-16"), EncodingError, "is UTF-16, not UTF-8; re-save it as UTF-8"),
        (b"Caf\xe9 in Aleppo", EncodingError, r"not UTF-8 \(byte 0xE9 at offset 3\)"),
        (b"\xef\xbb\xbfCaf\xe9", EncodingError, r"byte 0xE9 at offset 6\)"),
    ],
)
def test_unusable_files(write: Write, data: bytes, error: type[InputError], message: str) -> None:
    path = write("input.txt", data)
    with pytest.raises(error, match=message) as caught:
        read_text_file(path, MB)
    assert str(caught.value).startswith(f"{path}: ")
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"\xef\xbb\xbfHello", "Hello"),
        (b"one\r\ntwo\rthree\n", "one\ntwo\nthree\n"),
        ("Qaterji – Aleppo".encode(), "Qaterji – Aleppo"),
    ],
)
def test_decoded_text(write: Write, data: bytes, text: str) -> None:
    assert read_text_file(write("input.txt", data), MB) == text
