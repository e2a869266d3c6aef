"""Geoparsing gold sets and their pure scorers: TR-News, GeoWebNews (GWN) and GeoVirus.

Two stages are scored, as in Gritta et al. (2018, 2019):

* **recognition** (geotagging): which spans of the text are toponyms. P/R/F1 twice: *exact*
  (same start and end) and *overlap* (the spans share a character; each gold and each predicted
  span is matched at most once).
* **resolution** (geocoding): on the gold toponyms we recognised (overlap match) that carry gold
  coordinates, the distance from our point to theirs: share within 161 km (100 miles, the
  field's standard) and within 25 km, mean and median error, and the AUC of the log-error curve
  (0 is perfect, 1 is every toponym at the antipode). A recognised toponym we could not place
  counts as a miss and is left out of the error averages.

GeoWebNews types every annotation (Gritta, Pilehvar & Collier 2019, "A Pragmatic Guide to
Geoparsing Evaluation"). Following its taxonomy we count as toponyms:

* *literal* (the place itself): Literal, Mixed, Coercion, Embedded_Literal, Literal_Modifier;
* *associative* (a place name standing for something tied to the place): Metonymic ("Turkey
  said"), Non_Literal_Modifier ("Syrian forces"), Embedded_Non_Lit ("UCLA").

Demonym, Language, Homonym ("Jamison" the person), Non_Toponym and the two *_Expression types
(common nouns such as "residents", "the church") are not toponyms; a prediction on one of them is
a false positive. GWN is scored twice: all toponyms (literal + associative), and literal only,
where a prediction on an associative toponym is neither a hit nor a false positive (a geoparser
for events is not asked to drop "Syrian" in "Syrian forces", nor to keep it).

Gold offsets are checked against the text: where the annotated span does not hold the annotated
name (TR-News: 117 of 1,319, shifted by a few characters; GeoVirus: every span, one off), the
nearest occurrence of the name is used and counted in the details.
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import EvaluationError
from eventwire.evaluate.metrics import Ratio, Score, ScoreTable, prf
from eventwire.model import km_between

ACC_KM = 161.0  # 100 miles
NEAR_KM = 25.0
# Half the Earth's circumference: the largest possible error (for the AUC's normalisation).
MAX_ERROR_KM = 20_039.0
# Resolution targets on recognised toponyms (Mordecai 3 reports 0.966 within 161 km with gold
# names; we ask 0.90 of the full pipeline).
RESOLUTION_TARGET = 0.90

LITERAL_TYPES = frozenset({"Literal", "Mixed", "Coercion", "Embedded_Literal", "Literal_Modifier"})
ASSOCIATIVE_TYPES = frozenset({"Metonymic", "Non_Literal_Modifier", "Embedded_Non_Lit"})
TOPONYM_TYPES = LITERAL_TYPES | ASSOCIATIVE_TYPES
# TR-News and GeoVirus do not type their toponyms.
UNTYPED = "Toponym"


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float | None = None
    lon: float | None = None
    kind: str = UNTYPED  # GWN's type; UNTYPED elsewhere
    geonames_id: int | None = None


@dataclass(frozen=True, slots=True)
class GoldDoc:
    doc_id: str
    text: str
    toponyms: tuple[GoldToponym, ...]
    realigned: int = 0  # gold spans moved onto the nearest occurrence of their name


@dataclass(frozen=True, slots=True)
class Predicted:
    """A toponym the system found: its span, and its point if it resolved one."""

    start: int
    end: int
    text: str
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None


# --------------------------------------------------------------------------- loading


def _xml_root(path: Path, filename: str) -> ET.Element:
    file = path / filename if path.is_dir() else path
    try:
        return ET.parse(file).getroot()
    except OSError as err:
        raise EvaluationError(f"{file}: cannot read ({err.strerror})") from err
    except ET.ParseError as err:
        raise EvaluationError(f"{file}: not well-formed XML ({err})") from err


def realign(text: str, start: int, end: int, name: str, *, window: int = 60) -> tuple[int, int]:
    """The span of ``name`` nearest to ``start`` (within ``window`` characters), else as given."""
    if text[start:end] == name:
        return start, end
    best: int | None = None
    at = text.find(name, max(0, start - window))
    while 0 <= at <= start + window:
        if best is None or abs(at - start) < abs(best - start):
            best = at
        at = text.find(name, at + 1)
    return (best, best + len(name)) if best is not None else (start, end)


def _float(text: str | None) -> float | None:
    text = (text or "").strip()
    return float(text) if text else None


def _int(text: str | None) -> int | None:
    text = (text or "").strip()
    return int(text) if text.isdigit() else None


def _need(elem: ET.Element, tag: str, where: str) -> str:
    value = elem.findtext(tag)
    if value is None:
        raise EvaluationError(f"{where}: <{elem.tag}> without <{tag}>")
    return value


def _aligned(doc_id: str, text: str, raw: Iterable[tuple[int, int, str, GoldToponym]]) -> GoldDoc:
    toponyms, moved = [], 0
    for start, end, name, gold in raw:
        s, e = realign(text, start, end, name)
        moved += (s, e) != (start, end)
        toponyms.append(
            GoldToponym(s, e, text[s:e] or name, gold.lat, gold.lon, gold.kind, gold.geonames_id)
        )
    return GoldDoc(doc_id, text, tuple(sorted(toponyms, key=lambda t: t.start)), moved)


def load_trnews(path: Path) -> list[GoldDoc]:
    """TR-News (Kamalloo & Rafiei 2018): 118 articles, 1,319 toponyms with GeoNames points.

    ``path`` is the ``tr-news`` folder or ``TR-News.xml`` itself."""
    root = _xml_root(path, "TR-News.xml")
    docs: list[GoldDoc] = []
    try:
        for art in root.iter("article"):
            doc_id = art.get("docid") or str(len(docs))
            text = _need(art, "text", f"TR-News article {doc_id}")
            raw = []
            for top in art.iter("toponym"):
                tag = top.find("gaztag")
                gold = GoldToponym(
                    0,
                    0,
                    "",
                    lat=_float(tag.findtext("lat")) if tag is not None else None,
                    lon=_float(tag.findtext("lon")) if tag is not None else None,
                    geonames_id=_int(tag.get("geonameid")) if tag is not None else None,
                )
                start = int(_need(top, "start", doc_id))
                end = int(_need(top, "end", doc_id))
                raw.append((start, end, _need(top, "phrase", doc_id), gold))
            docs.append(_aligned(doc_id, text, raw))
    except ValueError as err:
        raise EvaluationError(f"{path}: bad toponym ({err})") from err
    if not docs:
        raise EvaluationError(f"{path}: no <article> elements: not TR-News")
    return docs


def load_geowebnews(path: Path) -> list[GoldDoc]:
    """GeoWebNews (Gritta et al. 2019): 200 articles, 6,612 typed annotations (2,601 with a
    point). Every annotation is kept with its type; scorers choose which types count.

    ``path`` is the ``geowebnews`` folder or ``GWN.xml`` itself."""
    root = _xml_root(path, "GWN.xml")
    docs: list[GoldDoc] = []
    try:
        for art in root.iter("article"):
            doc_id = art.get("file") or str(len(docs))
            text = _need(art, "text", f"GWN article {doc_id}")
            raw = []
            for top in art.iter("toponym"):
                gold = GoldToponym(
                    0,
                    0,
                    "",
                    lat=_float(top.findtext("latitude")),
                    lon=_float(top.findtext("longitude")),
                    kind=_need(top, "type", doc_id).strip(),
                    geonames_id=_int(top.findtext("geonamesID")),
                )
                start = int(_need(top, "start", doc_id))
                end = int(_need(top, "end", doc_id))
                raw.append((start, end, _need(top, "extractedName", doc_id), gold))
            docs.append(_aligned(doc_id, text, raw))
    except ValueError as err:
        raise EvaluationError(f"{path}: bad toponym ({err})") from err
    if not docs:
        raise EvaluationError(f"{path}: no <article> elements: not GeoWebNews")
    return docs


def load_geovirus(path: Path) -> list[GoldDoc]:
    """GeoVirus (Gritta et al. 2018): 229 WikiNews paragraphs, 2,170 located names.

    ``path`` is the ``geovirus`` folder or ``GeoVirus.xml`` itself."""
    root = _xml_root(path, "GeoVirus.xml")
    docs: list[GoldDoc] = []
    try:
        for n, art in enumerate(root.iter("article")):
            text = _need(art, "text", f"GeoVirus article {n}")
            raw = []
            for loc in art.iter("location"):
                gold = GoldToponym(
                    0, 0, "", lat=_float(loc.findtext("lat")), lon=_float(loc.findtext("lon"))
                )
                start = int(_need(loc, "start", str(n)))
                end = int(_need(loc, "end", str(n)))
                raw.append((start, end, _need(loc, "name", str(n)), gold))
            docs.append(_aligned(str(n), text, raw))
    except ValueError as err:
        raise EvaluationError(f"{path}: bad location ({err})") from err
    if not docs:
        raise EvaluationError(f"{path}: no <article> elements: not GeoVirus")
    return docs


# --------------------------------------------------------------------------- recognition


@dataclass(frozen=True, slots=True)
class Recognition:
    exact_tp: int
    overlap_tp: int
    predicted: int  # predictions that count (not neutral)
    gold: int
    pairs: tuple[tuple[GoldToponym, Predicted], ...]  # overlap matches
    missed: tuple[GoldToponym, ...]
    spurious: tuple[Predicted, ...]

    def exact(self) -> tuple[float, float, float]:
        return prf(self.exact_tp, self.predicted - self.exact_tp, self.gold - self.exact_tp)

    def overlap(self) -> tuple[float, float, float]:
        return prf(self.overlap_tp, self.predicted - self.overlap_tp, self.gold - self.overlap_tp)


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def recognise(
    docs: Sequence[GoldDoc],
    predicted: Sequence[Sequence[Predicted]],
    *,
    counted: frozenset[str] | None = None,
    neutral: frozenset[str] = frozenset(),
) -> Recognition:
    """Match predictions to the gold toponyms whose kind is ``counted`` (None: every kind).

    A prediction overlapping a gold annotation of a ``neutral`` kind (and no counted one) is
    left out altogether: neither a hit nor a false positive."""
    if len(docs) != len(predicted):
        raise EvaluationError(f"{len(docs)} gold documents but {len(predicted)} predictions")
    exact = overlap = n_pred = n_gold = 0
    pairs: list[tuple[GoldToponym, Predicted]] = []
    missed: list[GoldToponym] = []
    spurious: list[Predicted] = []
    for doc, preds in zip(docs, predicted, strict=True):
        gold = [g for g in doc.toponyms if counted is None or g.kind in counted]
        others = [g for g in doc.toponyms if g.kind in neutral]
        n_gold += len(gold)
        spans = {(g.start, g.end) for g in gold}
        exact += len(spans & {(p.start, p.end) for p in preds})
        free = list(gold)
        for p in sorted(preds, key=lambda p: p.start):
            hit = next((g for g in free if _overlaps(g.start, g.end, p.start, p.end)), None)
            if hit is not None:
                free.remove(hit)
                pairs.append((hit, p))
                overlap += 1
                n_pred += 1
            elif any(_overlaps(g.start, g.end, p.start, p.end) for g in others):
                continue
            elif any(_overlaps(g.start, g.end, p.start, p.end) for g in gold):
                n_pred += 1  # a second prediction on an already matched toponym
                spurious.append(p)
            else:
                n_pred += 1
                spurious.append(p)
        missed.extend(free)
    return Recognition(exact, overlap, n_pred, n_gold, tuple(pairs), tuple(missed), tuple(spurious))


# --------------------------------------------------------------------------- resolution


@dataclass(frozen=True, slots=True)
class Errors:
    """Distances (km) from our point to the gold point; None where we gave no point."""

    km: tuple[float | None, ...]

    @property
    def n(self) -> int:
        return len(self.km)

    def within(self, limit: float) -> Ratio:
        return Ratio(sum(1 for e in self.km if e is not None and e <= limit), self.n)

    def answered(self) -> Ratio:
        return Ratio(sum(1 for e in self.km if e is not None), self.n)

    def mean(self) -> float | None:
        known = [e for e in self.km if e is not None]
        return statistics.fmean(known) if known else None

    def median(self) -> float | None:
        known = [e for e in self.km if e is not None]
        return statistics.median(known) if known else None

    def auc(self) -> float | None:
        """Area under the curve of sorted log errors, normalised to [0, 1] (lower is better);
        a toponym without our point counts as the largest error."""
        if not self.km:
            return None
        top = math.log(MAX_ERROR_KM + 1)
        return statistics.fmean(
            math.log(min(e, MAX_ERROR_KM) + 1) / top if e is not None else 1.0 for e in self.km
        )


def error_km(gold: GoldToponym, lat: float | None, lon: float | None) -> float | None:
    if gold.lat is None or gold.lon is None:
        raise EvaluationError(f"gold toponym {gold.text!r} has no point")
    if lat is None or lon is None:
        return None
    return km_between(gold.lat, gold.lon, lat, lon)


def resolution_errors(pairs: Iterable[tuple[GoldToponym, Predicted]]) -> Errors:
    """Errors of the recognised toponyms that have a gold point."""
    return Errors(
        tuple(
            error_km(g, p.lat, p.lon) for g, p in pairs if g.lat is not None and g.lon is not None
        )
    )


def add_resolution(table: ScoreTable, errors: Errors, prefix: str = "") -> None:
    table.add(Score.of(f"{prefix}resolved within 161 km", errors.within(ACC_KM), RESOLUTION_TARGET))
    table.add(Score.of(f"{prefix}resolved within 25 km", errors.within(NEAR_KM)))
    table.add(Score.of(f"{prefix}given a point", errors.answered()))
    n = f"{errors.answered().hits}"
    table.add(Score(f"{prefix}mean error (km)", _round(errors.mean()), n, higher_is_better=False))
    table.add(
        Score(f"{prefix}median error (km)", _round(errors.median()), n, higher_is_better=False)
    )
    table.add(
        Score(
            f"{prefix}AUC of log error (lower is better)",
            _round(errors.auc(), 3),
            str(errors.n),
            higher_is_better=False,
        )
    )


def _round(value: float | None, digits: int = 1) -> float | None:
    return round(value, digits) if value is not None else None


def add_recognition(table: ScoreTable, rec: Recognition, prefix: str = "") -> None:
    for how, (p, r, f), tp in (
        ("exact", rec.exact(), rec.exact_tp),
        ("overlap", rec.overlap(), rec.overlap_tp),
    ):
        table.add(Score(f"{prefix}recognition precision ({how})", p, f"{tp}/{rec.predicted}"))
        table.add(Score(f"{prefix}recognition recall ({how})", r, f"{tp}/{rec.gold}"))
        table.add(Score(f"{prefix}recognition F1 ({how})", f, ""))


def _top(texts: Iterable[str], k: int = 25) -> dict[str, int]:
    return dict(Counter(texts).most_common(k))


def _worst(pairs: Iterable[tuple[GoldToponym, Predicted]], k: int = 25) -> dict[str, int]:
    """The most frequent wrongly placed names: 'gold name -> our point' counts."""
    wrong = []
    for g, p in pairs:
        if g.lat is None or g.lon is None:
            continue
        e = error_km(g, p.lat, p.lon)
        if e is None or e > ACC_KM:
            where = "no point" if e is None else f"{p.lat:.1f},{p.lon:.1f}"
            wrong.append(f"{g.text} -> {where}")
    return _top(wrong, k)


def score_geoparse(
    dataset: str, docs: Sequence[GoldDoc], predicted: Sequence[Sequence[Predicted]]
) -> ScoreTable:
    """TR-News (every gold toponym counts): recognition and resolution."""
    rec = recognise(docs, predicted)
    table = ScoreTable(dataset)
    add_recognition(table, rec)
    errors = resolution_errors(rec.pairs)
    add_resolution(table, errors)
    with_id = [(g, p) for g, p in rec.pairs if g.geonames_id is not None]
    same_id = sum(1 for g, p in with_id if p.geonames_id == g.geonames_id)
    table.add(Score.of("same GeoNames id", Ratio(same_id, len(with_id))))
    _details(table, docs, rec)
    return table


def score_geowebnews(
    docs: Sequence[GoldDoc], predicted: Sequence[Sequence[Predicted]]
) -> ScoreTable:
    """GWN: all toponyms (literal + associative), then literal only (associative neutral)."""
    table = ScoreTable("geowebnews")
    every = recognise(docs, predicted, counted=TOPONYM_TYPES)
    add_recognition(table, every)
    add_resolution(table, resolution_errors(every.pairs))
    literal = recognise(docs, predicted, counted=LITERAL_TYPES, neutral=ASSOCIATIVE_TYPES)
    add_recognition(table, literal, "literal: ")
    add_resolution(table, resolution_errors(literal.pairs), "literal: ")
    _details(table, docs, every)
    kinds = Counter(g.kind for d in docs for g in d.toponyms)
    table.details["annotations_by_type"] = dict(kinds.most_common())
    table.details["counted_literal"] = sorted(LITERAL_TYPES)
    table.details["counted_associative"] = sorted(ASSOCIATIVE_TYPES)
    hits_by_type = Counter(
        g.kind
        for d, preds in zip(docs, predicted, strict=True)
        for g in d.toponyms
        for p in preds
        if _overlaps(g.start, g.end, p.start, p.end)
    )
    table.details["predictions_on_non_toponyms"] = {
        k: v for k, v in hits_by_type.most_common() if k not in TOPONYM_TYPES
    }
    return table


def _details(table: ScoreTable, docs: Sequence[GoldDoc], rec: Recognition) -> None:
    table.details["documents"] = len(docs)
    table.details["gold_spans_realigned"] = sum(d.realigned for d in docs)
    table.details["most_missed"] = _top(g.text for g in rec.missed)
    table.details["most_spurious"] = _top(p.text for p in rec.spurious)
    table.details["most_misplaced"] = _worst(rec.pairs)


def score_geocoding(
    dataset: str, docs: Sequence[GoldDoc], points: Sequence[Sequence[tuple[float, float] | None]]
) -> ScoreTable:
    """Resolution of the gold toponyms themselves (GeoVirus): one point or None per gold name."""
    if len(docs) != len(points):
        raise EvaluationError(f"{len(docs)} gold documents but {len(points)} answers")
    pairs = []
    for doc, answers in zip(docs, points, strict=True):
        if len(doc.toponyms) != len(answers):
            raise EvaluationError(f"document {doc.doc_id}: answers do not match its toponyms")
        for gold, point in zip(doc.toponyms, answers, strict=True):
            lat, lon = point if point is not None else (None, None)
            pairs.append((gold, Predicted(gold.start, gold.end, gold.text, lat, lon)))
    table = ScoreTable(dataset)
    add_resolution(table, resolution_errors(pairs))
    table.details["documents"] = len(docs)
    table.details["gold_spans_realigned"] = sum(d.realigned for d in docs)
    table.details["most_misplaced"] = _worst(pairs)
    return table
