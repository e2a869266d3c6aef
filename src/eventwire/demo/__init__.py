"""The bundled demo: short reports written for eventwire from the facts of the Aleppo example
(the Qaterji air strike of 17 August 2016 and the events around it). The wording is our own;
the outlets are invented labels, so nobody is misquoted."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def reports_path() -> Path:
    """Path of the bundled JSON Lines file of demo reports."""
    return Path(str(resources.files(__name__).joinpath("reports.jsonl")))
