"""The whole path for a batch of inputs: read → extract → save, one report at a time.

A bad input is a problem for that input only: it is reported through ``on_problem`` and the
batch goes on. Each report is saved in its own transaction, and ids are derived from content,
so an interrupted batch run again gives the same database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.errors import EventwireError, InputError
from eventwire.extract.pipeline import Extractor
from eventwire.ingest import IngestOptions, read_inputs
from eventwire.model import Extraction, Report
from eventwire.store import Store
from eventwire.store.base import Linking

if TYPE_CHECKING:
    from eventwire.link import IncrementalLinker

ProblemHook = Callable[[EventwireError], None]
ProgressHook = Callable[[Extraction], None]


@dataclass
class BatchResult:
    reports: int = 0
    new_reports: int = 0
    duplicates: int = 0
    incidents_added: int = 0
    incidents_linked: int = 0
    problems: list[str] = field(default_factory=list)


def read_reports(
    paths: Iterable[Path], options: IngestOptions, on_problem: ProblemHook
) -> Iterator[Report]:
    """The reports of the inputs, with each unreadable input or item passed to ``on_problem``."""
    for item in read_inputs(paths, options):
        if isinstance(item, InputError):
            on_problem(item)
        else:
            yield item


def extract_paths(
    paths: Iterable[Path],
    options: IngestOptions,
    extractor: Extractor,
    *,
    on_problem: ProblemHook,
    on_progress: ProgressHook | None = None,
) -> Iterator[Extraction]:
    """Read and extract, without storing (``eventwire extract``)."""
    for extraction in extractor.extract_many(read_reports(paths, options, on_problem)):
        if on_progress is not None:
            on_progress(extraction)
        yield extraction


def ingest_paths(
    paths: Iterable[Path],
    options: IngestOptions,
    extractor: Extractor,
    store: Store,
    *,
    on_problem: ProblemHook,
    on_progress: ProgressHook | None = None,
    linking: Linking | None = None,
) -> BatchResult:
    """Read, extract and save every report of the inputs, linking each incident to the
    stored ones when ``linking`` is given."""
    result = BatchResult()

    def problem(err: EventwireError) -> None:
        result.problems.append(str(err))
        on_problem(err)

    for extraction in extract_paths(
        paths, options, extractor, on_problem=problem, on_progress=on_progress
    ):
        result.reports += 1
        saved = store.save(extraction, linking)
        if saved.new:
            result.new_reports += 1
            result.incidents_added += saved.incidents_added
            result.incidents_linked += saved.incidents_linked
        else:
            result.duplicates += 1
    return result


def relink(store: Store, linker: IncrementalLinker) -> int:
    """Link every stored member again from scratch, in arrival order, keeping a person's
    merges and splits; one transaction. Returns how many incidents there are now."""
    decisions = store.link_decisions()
    assignment = linker.assign(
        (member for _, member in store.member_history()),
        must_link=decisions.must,
        cannot_link=decisions.cannot,
    )
    return store.regroup(assignment, linker)
