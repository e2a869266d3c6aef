"""Writes the JSON Schema of an incident record: ``python -m eventwire.schema [PATH]``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from eventwire.model import incident_json_schema

DEFAULT = Path("schema/incident.schema.json")


def write(path: Path = DEFAULT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(incident_json_schema(), indent=2, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    print(write(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
