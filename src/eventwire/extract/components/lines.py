"""Line breaks end sentences: headlines, bylines and quoted tweets in news text have no full stop.

Runs before the parser, which keeps sentence starts that are already set.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("eventwire_lines", assigns=["token.is_sent_start"])
def mark_line_starts(doc: Doc) -> Doc:
    for i, token in enumerate(doc[:-1]):
        if ("\n" in token.text_with_ws and not token.is_space) or (
            token.is_space and "\n" in token.text
        ):
            doc[i + 1].is_sent_start = True
    return doc
