"""Reports in, extractions out: the extraction stage's public entry point."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.extract.assemble import assemble
from eventwire.extract.nlp import shared_pipeline
from eventwire.extract.plausibility import PlausibilityModel, keep_plausible
from eventwire.model import Extraction, Report

# Texts longer than this are cut before parsing: spaCy's parser is memory-bound on huge docs,
# and incidents are reported in the first pages of an article.
MAX_CHARS = 100_000


class Extractor:
    """Holds one pipeline (model and gazetteer loaded once) and streams reports through it.

    With ``n_process > 1`` reports go to a pool of worker processes in chunks, each worker with
    its own pipeline, and come back as finished `Extraction`s in input order. (spaCy's own
    multi-process `nlp.pipe` ships Docs back through msgpack, which cannot carry our typed
    span values, so we parallelise one level up.)
    """

    def __init__(
        self,
        nlp: Language | None = None,
        *,
        batch_size: int = 32,
        n_process: int = 1,
        drop_unlikely: bool = False,
        plausibility: PlausibilityModel | None = None,
    ) -> None:
        """With ``drop_unlikely``, incidents scoring below ``plausibility``'s threshold (the
        shipped weights by default) are dropped. Off by default: the model raises precision on
        full articles but drops real toll-less incidents of short reports ("Warplanes bombed
        Saraqeb on Monday." alone)."""
        self.nlp = nlp if nlp is not None else shared_pipeline()
        self.batch_size = batch_size
        self.n_process = n_process
        self.plausibility = (plausibility or PlausibilityModel.load()) if drop_unlikely else None

    def extract(self, report: Report) -> Extraction:
        return next(self.extract_many([report]))

    def extract_many(self, reports: Iterable[Report]) -> Iterator[Extraction]:
        """Extractions in the order of the reports."""
        if self.n_process <= 1:
            yield from self._extract_stream(reports)
            return
        # fork: workers inherit the loaded model and gazetteer instead of loading their own.
        context = multiprocessing.get_context("fork")
        global _worker
        _worker = self
        with context.Pool(self.n_process) as pool:
            for chunk in pool.imap(_extract_chunk, _chunks(reports, self.batch_size)):
                yield from chunk

    def _extract_stream(self, reports: Iterable[Report]) -> Iterator[Extraction]:
        pairs = ((self._prepare(r), r) for r in reports)
        for doc, report in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
            places = [
                s._.ew_place.place
                for s in doc.spans.get("ew_places", [])
                if s._.ew_place.place is not None
            ]
            incidents = assemble(doc, report)
            if self.plausibility is not None:
                incidents = keep_plausible(
                    incidents,
                    self.plausibility,
                    published=report.published,
                    text_length=len(report.text),
                    places=places,
                )
            yield Extraction(report=report, incidents=incidents, places=places)

    def _prepare(self, report: Report) -> Doc:
        doc = self.nlp.make_doc(report.text[:MAX_CHARS])
        doc._.published = report.published
        doc._.report_id = report.id
        return doc


# The extractor a forked worker inherits from its parent.
_worker: Extractor | None = None


def _extract_chunk(reports: list[Report]) -> list[Extraction]:
    assert _worker is not None, "worker started without an extractor"
    return list(_worker._extract_stream(reports))


def _chunks(reports: Iterable[Report], size: int) -> Iterator[list[Report]]:
    it = iter(reports)
    while chunk := list(islice(it, size)):
        yield chunk
