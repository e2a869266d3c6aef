"""Fixtures for the ingest tests: files written into tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from .samples import Write


@pytest.fixture
def write(tmp_path: Path) -> Write:
    """write("name.ext", text or bytes) -> the path of a new file in tmp_path."""

    def make(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
        return path

    return make
