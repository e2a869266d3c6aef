"""Geoparsing runs: TR-News, GeoWebNews, GeoVirus and event-location linking.

Recognition and resolution are what the ``eventwire_places`` component writes to ``ew_places``
(the spans and their resolved `Place`s), on a pipeline of the base model with only the
components places need (line breaks, places): the other components do not change them.
GeoVirus gives the gold names, so only the gazetteer runs: each article's names resolved
together, as `Gazetteer.resolve` does for the names found in a report. Event-location runs the
same pipeline and asks assembly (`event_place`) where the event of the marked verb happened.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.evaluate.event_location import load_event_location, score_event_location
from eventwire.evaluate.geoparse import (
    GoldDoc,
    Predicted,
    load_geovirus,
    load_geowebnews,
    load_trnews,
    score_geocoding,
    score_geoparse,
    score_geowebnews,
)
from eventwire.evaluate.metrics import ScoreTable
from eventwire.extract.assemble import event_place
from eventwire.extract.nlp import build_pipeline
from eventwire.geo import Mention, default_gazetteer

PLACE_COMPONENTS = ("eventwire_lines", "eventwire_places")


@lru_cache(maxsize=1)
def places_pipeline() -> Language:
    return build_pipeline(PLACE_COMPONENTS)


def _docs(texts: Sequence[str]) -> Iterator[Doc]:
    yield from places_pipeline().pipe(texts, batch_size=16)


def predicted_places(doc: Doc) -> list[Predicted]:
    out = []
    for span in doc.spans.get("ew_places", []):
        place = span._.ew_place.place
        out.append(
            Predicted(
                span.start_char,
                span.end_char,
                span.text,
                place.lat if place is not None else None,
                place.lon if place is not None else None,
                place.geonames_id if place is not None else None,
            )
        )
    return out


def geoparse(docs: Sequence[GoldDoc]) -> list[list[Predicted]]:
    return [predicted_places(doc) for doc in _docs([d.text for d in docs])]


def run_trnews(path: Path) -> ScoreTable:
    gold = load_trnews(path)
    return score_geoparse("tr-news", gold, geoparse(gold))


def run_geowebnews(path: Path) -> ScoreTable:
    gold = load_geowebnews(path)
    return score_geowebnews(gold, geoparse(gold))


def run_geovirus(path: Path) -> ScoreTable:
    gold = load_geovirus(path)
    gaz = default_gazetteer()
    answers = []
    for doc in gold:
        places, _country = gaz.resolve([Mention(t.text) for t in doc.toponyms])
        answers.append([(p.lat, p.lon) if p is not None else None for p, _n in places])
    return score_geocoding("geovirus", gold, answers)


def run_event_location(path: Path, *, limit: int | None = None) -> ScoreTable:
    """Every accepted record with a marked verb (about 5,000 sentences; about a minute)."""
    records = load_event_location(path)[:limit]
    texts = list(dict.fromkeys(r.text for r in records))
    parsed = dict(zip(texts, _docs(texts), strict=True))
    picks: list[tuple[int, int] | None] = []
    for rec in records:
        doc = parsed[rec.text]
        verb = doc.char_span(rec.verb[0], rec.verb[1], alignment_mode="expand")
        place = event_place(doc, verb)[0] if verb is not None else None
        picks.append((place.start_char, place.end_char) if place is not None else None)
    return score_event_location(records, picks)
