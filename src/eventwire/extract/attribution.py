"""Who says so: the source and hedging of a piece of evidence in a parsed report."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventwire.extract.mentions import SourceMention
from eventwire.model import Report, Source


def outlet_source(report: Report) -> Source:
    """The default source: the report itself, by its outlet."""
    return Source(name=report.outlet or "the report", kind="outlet")


def source_for(doc: Doc, start_char: int, report: Report) -> Source:
    """The narrowest attribution whose scope covers ``start_char``; of two as narrow (two
    speakers in one sentence: "UN says aid is near; raids killed 31, the civil defence said"),
    the speaker nearer the figure. Else the wire credit or outlet."""
    best: tuple[int, int, Source] | None = None
    for span in doc.spans.get("ew_sources", []):
        m: SourceMention = span._.ew_source
        if m.scope_start <= start_char < m.scope_end and not (
            span.start_char <= start_char < span.end_char
        ):
            width = m.scope_end - m.scope_start
            distance = min(abs(span.start_char - start_char), abs(span.end_char - start_char))
            if best is None or (width, distance) < best[:2]:
                best = (width, distance, m.source)
    if best is None:
        return outlet_source(report)
    source = best[2]
    if source.kind == "agency" and report.outlet and source.via is None:
        # A wire story carried by an outlet: the agency says it, the outlet relays it.
        return source.model_copy(update={"via": report.outlet})
    return source


def is_hedged(doc: Doc, span: Span) -> bool:
    """A hedge cue in the same sentence ('reportedly', 'is reported to be', 'apparently')."""
    sent = span.sent
    return any(h.start >= sent.start and h.end <= sent.end for h in doc.spans.get("ew_hedges", []))
