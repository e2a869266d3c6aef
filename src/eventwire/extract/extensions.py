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
SPAN_EXTENSIONS = {
    "ew": None,  # one of eventwire.extract.mentions.*, by span group
}


def register() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
