"""ECB+ runs: the test topics' news documents clustered into incidents, scored by B-cubed.

Each document is extracted (`Extractor`) and read into one `LinkProfile` (`document_profile`):
its date is the first extracted incident's, else its dateline, else the first full date in
its text (the original ECB half has none: those documents are undated); its place the first
incident's, else the place it names most; its type, actors, victims and tolls those of its
first incident (empty where extraction found none: most of ECB+ is not about violence); its
shingles the bigrams of its whole text.

Two clusterings, both incremental in document order (topic, half, number):

* ``linker``: `eventwire.link.link_all` as it is. Undated documents are never linked.
* ``linker + text``: this harness's own document similarity (general news carries other
  evidence than conflict reports). A document joins the earlier cluster whose members' mean
  TF-IDF cosine to it is highest, if at least TEXT_THRESHOLD; else the cluster the linker
  chooses, if any; else it starts its own. TF-IDF is written here (scikit-learn is dev-only):
  log-scaled term counts, smoothed IDF over the documents being clustered, L2-normalised.
  The linker's vetoes do not apply to text decisions: on these documents its dates are
  publication dates spread over weeks and its places often guesses ("Hewlett" is a town).

Each is run over all test documents together (the linker does not know the topics) and
within each topic (the usual setting of document clustering on ECB+), and scored against the
gold (topic, half) incidents with `evaluate.clustering` (B-cubed and pairwise).
TEXT_THRESHOLD was chosen on the training topics 1-35 (`ecbplus_scores(path,
topics=TRAIN_TOPICS)`), never on the test topics.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from eventwire.evaluate.clustering import b_cubed, clusters_of, pairwise
from eventwire.evaluate.ecbplus import (
    TEST_TOPICS,
    EcbDocument,
    gold_incidents,
    load_ecbplus,
)
from eventwire.evaluate.metrics import Score, ScoreTable
from eventwire.extract.pipeline import Extractor
from eventwire.geo.names import fold, key
from eventwire.link import BlockIndex, LinkProfile, choose, link_all, profile_of
from eventwire.link.profile import shingles
from eventwire.model import Extraction, Place, Report
from eventwire.timex import calendar_date, find_dateline, find_timexes

B3_F1_TARGET = 0.75
# Mean cosine a document needs with a cluster's members to join it; best on topics 1-35
# (B-cubed F1 0.86 there, 0.85 from 0.12 to 0.18).
TEXT_THRESHOLD = 0.15

Vector = dict[str, float]
Clusterer = Callable[[Sequence[LinkProfile], Sequence[Vector]], dict[str, str]]

_WORD = re.compile(r"[a-z][a-z0-9]+")
# Words every news story uses; they would make unrelated stories look alike.
_STOPWORDS = frozenset(
    {"a", "about", "after", "also", "an", "and", "are", "as", "at", "be", "been", "but", "by",
     "for", "from", "had", "has", "have", "he", "her", "his", "in", "into", "is", "it", "its",
     "more", "not", "of", "on", "one", "or", "out", "over", "said", "she", "than", "that", "the",
     "their", "they", "this", "to", "two", "up", "was", "were", "which", "who", "will", "with",
     "would"}
)  # fmt: skip


# --------------------------------------------------------------------------- profiles


def document_date(extraction: Extraction) -> tuple[int, int, str] | None:
    """(start, end, precision) of a document: its first dated incident's range, else its
    dateline (the report's publication date), else the first full date written in it."""
    for incident in extraction.incidents:
        if incident.date is not None:
            d = incident.date
            return d.start.toordinal(), d.end.toordinal(), d.precision.value
    day = extraction.report.published or next(
        (found for m in find_timexes(extraction.report.text) if (found := calendar_date(m))),
        None,
    )
    return (day.toordinal(), day.toordinal(), "day") if day is not None else None


def document_place(extraction: Extraction) -> Place | None:
    """The first placed incident's place, else the place the document names most (the first
    named of equals)."""
    for incident in extraction.incidents:
        if incident.location is not None:
            return incident.location
    named = Counter(key(p.name) for p in extraction.places)
    return max(extraction.places, key=lambda p: named[key(p.name)], default=None)


def document_profile(document: EcbDocument, extraction: Extraction) -> LinkProfile:
    """One document as one linker member."""
    lead = profile_of(extraction.incidents[0]) if extraction.incidents else None
    dated = document_date(extraction)
    place = document_place(extraction)
    return LinkProfile(
        id=document.name,
        event_type=lead.event_type if lead else "",
        sub_event_type=lead.sub_event_type if lead else "",
        start=dated[0] if dated else None,
        end=dated[1] if dated else None,
        date_precision=dated[2] if dated else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        geo_precision=place.precision.value if place else None,
        country=place.country_code if place else None,
        admin1=key(place.admin1) if place and place.admin1 else None,
        place_key=key(place.name) or None if place else None,
        perpetrators=lead.perpetrators if lead else frozenset(),
        targets=lead.targets if lead else frozenset(),
        victim_names=lead.victim_names if lead else frozenset(),
        killed=lead.killed if lead else None,
        injured=lead.injured if lead else None,
        shingles=shingles([document.text]),
        reports=frozenset({document.name}),
        sources=frozenset(),
    )


def extract_documents(documents: Sequence[EcbDocument], extractor: Extractor) -> list[Extraction]:
    """Each document as a report dated by its dateline (ECB+ has no metadata dates)."""
    reports = [
        Report(id=d.name, text=d.text, published=find_dateline(d.text), url=d.url)
        for d in documents
    ]
    return list(extractor.extract_many(reports))


# --------------------------------------------------------------------------- text similarity


def _terms(text: str) -> Counter[str]:
    return Counter(w for w in _WORD.findall(fold(text)) if w not in _STOPWORDS)


def tfidf_vectors(texts: Sequence[str]) -> list[Vector]:
    """One L2-normalised TF-IDF vector per text: (1 + log count) x log((1 + n) / (1 + df))."""
    counts = [_terms(t) for t in texts]
    df = Counter(term for c in counts for term in c)
    n = len(texts)
    vectors = []
    for c in counts:
        weights = {t: (1 + math.log(k)) * math.log((1 + n) / (1 + df[t])) for t, k in c.items()}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        vectors.append({t: w / norm for t, w in weights.items()} if norm else {})
    return vectors


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


# --------------------------------------------------------------------------- clusterings


def link_documents(profiles: Sequence[LinkProfile], vectors: Sequence[Vector]) -> dict[str, str]:
    """The linker as it is (the vectors are not read)."""
    return link_all(profiles)


def link_documents_with_text(
    profiles: Sequence[LinkProfile],
    vectors: Sequence[Vector],
    *,
    threshold: float = TEXT_THRESHOLD,
) -> dict[str, str]:
    """Document id -> cluster id (its first document's): the best mean-cosine cluster at or
    over ``threshold``, else the linker's choice, else a new cluster."""
    members: dict[str, list[int]] = {}
    index = BlockIndex()
    assigned: dict[str, str] = {}
    for i, p in enumerate(profiles):
        best: tuple[float, str] | None = None
        for cluster_id, inside in members.items():
            mean = sum(cosine(vectors[i], vectors[j]) for j in inside) / len(inside)
            if mean >= threshold and (best is None or mean > best[0]):
                best = (mean, cluster_id)
        cluster = best[1] if best else choose(p, index.candidates(p)).cluster_id
        cluster = cluster or p.id
        members.setdefault(cluster, []).append(i)
        assigned[p.id] = cluster
        index.add(cluster, p)
    return assigned


def within_topics(
    clusterer: Clusterer,
    documents: Sequence[EcbDocument],
    profiles: Sequence[LinkProfile],
    vectors: Sequence[Vector],
) -> dict[str, str]:
    """``clusterer`` run on each topic's documents alone (cluster ids stay distinct: they are
    document names)."""
    assigned: dict[str, str] = {}
    for topic in sorted({d.topic for d in documents}):
        picked = [i for i, d in enumerate(documents) if d.topic == topic]
        assigned |= clusterer([profiles[i] for i in picked], [vectors[i] for i in picked])
    return assigned


# --------------------------------------------------------------------------- scores


def _add_scores(
    table: ScoreTable, predicted: dict[str, str], gold: dict[str, str], setting: str
) -> None:
    cubed = b_cubed(predicted, gold)
    pair = pairwise(predicted, gold)
    n = f"{len(gold)} docs, {len(set(predicted.values()))}/{len(set(gold.values()))} clusters"
    table.add(Score(f"B3 F1 ({setting})", cubed.f1, n, B3_F1_TARGET))
    table.add(Score(f"B3 precision ({setting})", cubed.precision, n))
    table.add(Score(f"B3 recall ({setting})", cubed.recall, n))
    table.add(Score(f"pairwise F1 ({setting})", pair.f1, n))


def ecbplus_scores(
    path: Path,
    extractor: Extractor | None = None,
    *,
    topics: tuple[int, ...] = TEST_TOPICS,
) -> ScoreTable:
    """``path``: the ECB+ data set folder (holding ``ECB+/``). Scores of both clusterings,
    over all documents together and within each topic; the clusters of the text run over
    all documents are kept in the details."""
    documents = load_ecbplus(path, topics)
    extractions = extract_documents(documents, extractor or Extractor())
    profiles = [document_profile(d, e) for d, e in zip(documents, extractions, strict=True)]
    vectors = tfidf_vectors([d.text for d in documents])
    gold = gold_incidents(documents)
    table = ScoreTable("ecbplus")
    runs: list[tuple[str, Clusterer]] = [
        ("linker", link_documents),
        ("linker + text", link_documents_with_text),
    ]
    for name, clusterer in runs:
        everything = clusterer(profiles, vectors)
        _add_scores(table, everything, gold, f"{name}, all documents")
        _add_scores(
            table,
            within_topics(clusterer, documents, profiles, vectors),
            gold,
            f"{name}, within topics",
        )
        table.details[f"clusters ({name}, all documents)"] = [
            [str(item) for item in cluster]
            for cluster in clusters_of(everything)
            if len(cluster) > 1
        ]
    table.details["documents"] = len(documents)
    table.details["undated documents"] = sum(p.start is None for p in profiles)
    table.details["documents with an incident"] = sum(bool(e.incidents) for e in extractions)
    return table
