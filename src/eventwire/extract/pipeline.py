"""Reports in, extractions out: the extraction stage's public entry point."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.extract.assemble import assemble
from eventwire.extract.nlp import shared_pipeline
from eventwire.model import Extraction, Report

# Texts longer than this are cut before parsing: spaCy's parser is memory-bound on huge docs,
# and incidents are reported in the first pages of an article.
MAX_CHARS = 100_000


class Extractor:
    """Holds one pipeline (model and gazetteer loaded once) and streams reports through it."""

    def __init__(
        self, nlp: Language | None = None, *, batch_size: int = 32, n_process: int = 1
    ) -> None:
        self.nlp = nlp if nlp is not None else shared_pipeline()
        self.batch_size = batch_size
        self.n_process = n_process

    def extract(self, report: Report) -> Extraction:
        return next(self.extract_many([report]))

    def extract_many(self, reports: Iterable[Report]) -> Iterator[Extraction]:
        """Extractions in the order of the reports, parsed in batches by `nlp.pipe`."""
        pairs = ((self._prepare(r), r) for r in reports)
        for doc, report in self.nlp.pipe(
            pairs, as_tuples=True, batch_size=self.batch_size, n_process=self.n_process
        ):
            places = [
                s._.ew_place.place
                for s in doc.spans.get("ew_places", [])
                if s._.ew_place.place is not None
            ]
            yield Extraction(report=report, incidents=assemble(doc, report), places=places)

    def _prepare(self, report: Report) -> Doc:
        doc = self.nlp.make_doc(report.text[:MAX_CHARS])
        doc._.published = report.published
        doc._.report_id = report.id
        return doc
