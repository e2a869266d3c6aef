"""ECB+ (Cybulska & Vossen 2014) as a document-level incident clustering gold set.

ECB+ groups news documents by topic (1-45); each topic holds two seminal events of one kind
(two different earthquakes, two different shootings): the original ECB documents tell one,
the documents added by ECB+ tell the other. So the gold incident of a document is its
(topic, half), and clustering a topic's documents tests "same kind of event, different
incident" confusions. Topics 36-45 are the standard test topics.

Each file is CAT XML with tokens and no spacing; the text is rebuilt from the tokens, one
sentence a line (the detokeniser MEANTIME's loader uses: the same format). Sentence 0 of an
ECB+ document is the URL it was found at, tokenised: it is kept apart (``url``), not in the
text. Sentence 0 of an original ECB document is its headline and stays the text's first line.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import EvaluationError
from eventwire.evaluate.timeml import detokenise, parse_xml

TEST_TOPICS: tuple[int, ...] = tuple(range(36, 46))
# The rest, for choosing settings; the release has no topics 15 and 17.
TRAIN_TOPICS: tuple[int, ...] = tuple(t for t in range(1, 36) if t not in (15, 17))

_FILE_NAME = re.compile(r"(\d+)_(\d+)(ecb|ecbplus)\.xml")


@dataclass(frozen=True, slots=True)
class EcbDocument:
    """One ECB+ document: its name (``36_1ecb``), topic, half and rebuilt text."""

    name: str
    topic: int
    half: str  # "ecb" (the original corpus's seminal event) or "ecbplus" (the added one)
    text: str
    url: str | None = None  # sentence 0 of an ECB+ half document, rejoined

    @property
    def incident(self) -> str:
        """The gold incident: the topic's seminal event of this half ("36/ecbplus")."""
        return f"{self.topic}/{self.half}"


def read_document(path: Path) -> EcbDocument:
    """One ECB+ XML file; its topic and half come from the file name (``36_1ecbplus.xml``)."""
    named = _FILE_NAME.fullmatch(path.name)
    if named is None:
        raise EvaluationError(f"{path}: not an ECB+ file name (<topic>_<n>ecb[plus].xml)")
    root = parse_xml(path)
    tokens = sorted(root.iter("token"), key=_token_order(path))
    if not tokens:
        raise EvaluationError(f"{path}: no <token> elements")
    url: str | None = None
    if "".join(t.text or "" for t in tokens[:1]).startswith("http"):
        # the URL is tokenised at every '/', '.', '-': rejoin it without spaces
        url = "".join(t.text or "" for t in tokens if t.get("sentence") == "0")
        tokens = [t for t in tokens if t.get("sentence") != "0"]
    text, _, _ = detokenise(tokens)
    return EcbDocument(path.stem, int(named[1]), named[3], text, url)


def load_ecbplus(folder: Path, topics: tuple[int, ...] = TEST_TOPICS) -> list[EcbDocument]:
    """The documents of ``topics`` (the test topics by default), sorted by topic, half and
    number. ``folder`` is the data set's folder (holding ``ECB+/``) or ``ECB+/`` itself."""
    corpus = folder / "ECB+" if (folder / "ECB+").is_dir() else folder
    if not corpus.is_dir():
        raise EvaluationError(f"{folder}: no such folder (expected the ECB+ data set)")
    documents: list[EcbDocument] = []
    for topic in topics:
        files = sorted((corpus / str(topic)).glob("*.xml"))
        if not files:
            raise EvaluationError(f"{corpus}: topic {topic} has no documents (not ECB+?)")
        documents.extend(read_document(f) for f in files)
    return sorted(documents, key=_document_order)


def gold_incidents(documents: list[EcbDocument]) -> dict[str, str]:
    """Document name -> gold incident, the mapping the clustering scorers take."""
    return {d.name: d.incident for d in documents}


def _document_order(d: EcbDocument) -> tuple[int, str, int]:
    number = _FILE_NAME.fullmatch(f"{d.name}.xml")
    return (d.topic, d.half, int(number[2]) if number else 0)


def _token_order(path: Path) -> Callable[[ET.Element], int]:
    def order(token: ET.Element) -> int:
        t_id = token.get("t_id", "")
        if not t_id.isdigit():
            raise EvaluationError(f"{path}: token without a numeric t_id ({t_id!r})")
        return int(t_id)

    return order
