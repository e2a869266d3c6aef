"""The one place where eventwire's Doc and Span extensions are declared.

Components call `register()` when they are built; it is idempotent. Extension values live
in ``doc.user_data`` and so travel with a Doc through pickling (multi-process `nlp.pipe`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

DOC_EXTENSIONS = {
    "published": None,  # datetime.date | None: the anchor for relative dates
    "report_id": None,  # str | None
    "country_hint": None,  # ISO2 code of the country the report is about, set by the places component
}
# One extension per span group: spaCy keys span extension values by character offsets, so
# "Russia" as a place and as an actor would overwrite each other under one shared name.
SPAN_EXTENSIONS = {
    "ew_place": None,  # PlaceMention, on spans of doc.spans["ew_places"]
    "ew_date": None,  # DateMention, ew_dates
    "ew_trigger": None,  # TriggerMention, ew_triggers
    "ew_casualty": None,  # CasualtyMention, ew_casualties
    "ew_actor": None,  # ActorMention, ew_actors
    "ew_source": None,  # SourceMention, ew_sources
    "ew_hedge": None,  # HedgeMention, ew_hedges
}


def register() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
