"""File-level checks, cheapest first: is it there, how big, is it text, is it UTF-8.

Each check raises the specific :class:`~eventwire.errors.InputError`; the entry point turns
that into a value so the batch goes on.
"""

from __future__ import annotations

import codecs
import stat
from pathlib import Path

from eventwire.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    MissingInputError,
    TooLargeError,
)

# Enough to recognise a binary file without scanning all of a 10 MB one.
SNIFF_BYTES = 8192

# Above this share of control bytes a file is binary: random bytes have ~11%, text ~0%.
MAX_CONTROL_SHARE = 0.05

# Control bytes that plain text does contain: tab, newline, vertical tab, form feed, CR, ESC.
_TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r\x1b")
_CONTROL_BYTES = frozenset(range(32)) - _TEXT_CONTROLS | {0x7F}

# Magic numbers of files people are likely to pass by mistake, to name them in the message.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.odt)"),
    (b"\x1f\x8b", "gzip-compressed"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"SQLite format 3\x00", "an SQLite database"),
)


_UNITS = ((1024**3, "GB"), (1024**2, "MB"), (1024, "KB"))


def human_size(n: int) -> str:
    """1536 -> '1.5 KB'; sizes in messages are read by people, not parsed."""
    for scale, unit in _UNITS:
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"


def load_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file no larger than ``max_bytes``, checked by size before reading."""
    where = str(path)
    try:
        info = path.stat()
    except FileNotFoundError as err:
        raise MissingInputError(where, "no such file; check the path") from err
    except OSError as err:
        raise InputError(where, f"cannot be read ({err.strerror or err})") from err
    if stat.S_ISDIR(info.st_mode):
        raise MissingInputError(where, "is a directory; pass the files in it (e.g. DIR/*.html)")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(where, "is not a regular file")
    too_large = (
        f"is {human_size(info.st_size)}, over the {human_size(max_bytes)} limit; "
        "split it or raise max_bytes"
    )
    if info.st_size > max_bytes:
        raise TooLargeError(where, too_large)
    try:
        with path.open("rb") as handle:
            # Read one byte past the limit: the file may have grown since stat().
            data = handle.read(max_bytes + 1)
    except OSError as err:
        raise InputError(where, f"cannot be read ({err.strerror or err})") from err
    if len(data) > max_bytes:
        raise TooLargeError(where, too_large)
    return data


def binary_problem(data: bytes) -> str | None:
    """Why ``data`` is not text (a one-line reason), or None if it looks like text."""
    head = data[:SNIFF_BYTES]
    for magic, what in _SIGNATURES:
        if head.startswith(magic):
            return f"is {what}, not text; convert it to text or HTML first"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None  # text, NULs and all: decode_text rejects UTF-16 with the fix
    if b"\x00" in head:
        return "is binary (contains NUL bytes), not text"
    controls = sum(1 for byte in head if byte in _CONTROL_BYTES)
    if head and controls / len(head) > MAX_CONTROL_SHARE:
        return f"is binary ({controls / len(head):.0%} control bytes), not text"
    return None


def decode_text(data: bytes, where: str) -> str:
    """Strict UTF-8 (with or without BOM), newlines normalised to ``\\n``."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise EncodingError(where, "is UTF-16, not UTF-8; re-save it as UTF-8")
    skip = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        text = data[skip:].decode("utf-8")
    except UnicodeDecodeError as err:
        offset = err.start + skip  # the codec counts from after the BOM; people count from 0
        bad = data[offset : offset + 1].hex().upper()
        raise EncodingError(
            where,
            f"is not UTF-8 (byte 0x{bad} at offset {offset}); re-save it as UTF-8, "
            "e.g. iconv -f WINDOWS-1252 -t UTF-8",
        ) from err
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text_file(path: Path, max_bytes: int) -> str:
    """Every file-level check in order; the decoded text of a usable file."""
    where = str(path)
    data = load_bytes(path, max_bytes)
    if not data:
        raise EmptyInputError(where, "is empty")
    problem = binary_problem(data)
    if problem:
        raise BinaryInputError(where, problem)
    text = decode_text(data, where)
    if not text.strip():
        raise EmptyInputError(where, "contains only whitespace")
    return text
