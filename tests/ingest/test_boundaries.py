"""Ingest speaks only the model and the shared temporal grammar: no spaCy, no store, no stage."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import eventwire.ingest

PACKAGE = Path(eventwire.ingest.__file__).parent
ALLOWED = ("eventwire.model", "eventwire.errors", "eventwire.ingest", "eventwire.timex")


def eventwire_imports(path: Path) -> list[str]:
    """The eventwire modules a source file imports."""
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return [name for name in names if name.split(".")[0] in ("eventwire", "spacy")]


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_imports_only_the_model_and_errors(path: Path) -> None:
    assert [n for n in eventwire_imports(path) if not n.startswith(ALLOWED)] == []


def test_importing_ingest_does_not_load_spacy() -> None:
    code = "import sys, eventwire.ingest; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
