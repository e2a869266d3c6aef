"""The FA-KES incident dev set (docs/ANNOTATION.md): our own incident-level annotations of 120
FA-KES articles, and the pure scorer that compares extracted incidents with them.

The gold is one JSON object per article in ``evaluate/data/fakes_dev/*.jsonl`` (one file per
annotator). Every record is validated strictly on load: a bad record is an `EvaluationError`
that names the file, the line and the problem, and so is a unit_id annotated twice.

Matching (one to one, best first): a gold and an extracted incident are compatible when their
event types are equal, their governorates are equal or one side has none (no place, or a place
no finer than Syria), and their date ranges overlap or the extracted one has none. Among
compatible pairs the best are taken first: same sub-event type, then the same place text, then
the closest dates, then the nearest offsets (the gold ``sentence_start`` and the extracted
incident's trigger).

Background gold incidents: the pairs are matched against all gold incidents. In the main
scores a background incident is neither needed (not a miss when unmatched) nor wrong to find
(an extracted incident matched to one is not counted at all); the "incl. background" F1 counts
them like any other. Field measures are over matched pairs whose gold is not background.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from eventwire.errors import EvaluationError
from eventwire.evaluate.metrics import Ratio, Score, ScoreTable, prf
from eventwire.geo import governorate_of, normalise_governorate
from eventwire.model import SUB_EVENT_TYPES, Count, EventType, Extraction, Incident, Place, Source
from eventwire.sourcebook import default_sourcebook

DATASET = "fakes-dev"
DATA_DIR = ("data", "fakes_dev")  # under the eventwire.evaluate package
SAMPLE_STEP = 6
SAMPLE_SIZE = 120
# The held-out test set: the same rule from row 3, so it shares no article with the dev set. It is
# never looked at while developing; it tells how the system does on articles it was not tuned on.
TEST_DATASET = "fakes-test"
TEST_DIR = ("data", "fakes_test")
TEST_SAMPLE_FIRST = 3
TEST_SAMPLE_SIZE = 60

GOVERNORATES = (
    "aleppo",
    "damascus",
    "rif dimashq",
    "idlib",
    "hama",
    "homs",
    "latakia",
    "tartus",
    "deir ezzor",
    "raqqa",
    "hasakeh",
    "daraa",
    "suwayda",
    "quneitra",
)
_COUNTRY_CODE = re.compile(r"^[A-Za-z]{2}$")

Perpetrator = Literal[
    "syrian_government",
    "russia",
    "rebels",
    "jabhat_fateh_al_sham",
    "isis",
    "sdf",
    "us_led_coalition",
    "turkey",
    "israel",
    "hezbollah",
    "iran",
    "unknown",
    "contested",
]
SourceKind = Literal[
    "outlet",
    "monitor",
    "medical",
    "official",
    "military",
    "activist",
    "rescue",
    "agency",
    "media",
    "witness",
    "social_media",
    "person",
    "organisation",
]
OutcomeKey = Literal["killed", "injured"]
NonNegative = Annotated[int, Field(ge=0)]


# --------------------------------------------------------------------------- records


class _Gold(BaseModel):
    """Gold records: immutable, no unknown fields, no type coercion ("3" is not 3)."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


class GoldDate(_Gold):
    start: date
    end: date
    precision: Literal["day", "week", "month", "year"]
    stated: bool = True

    @model_validator(mode="after")
    def _ordered(self) -> GoldDate:
        if self.end < self.start:
            raise ValueError(f"date ends ({self.end}) before it starts ({self.start})")
        return self


class GoldPlace(_Gold):
    text: str = Field(min_length=1)
    governorate: str
    precision: Literal["neighbourhood", "town", "district", "governorate", "country"]

    @field_validator("governorate")
    @classmethod
    def _known(cls, value: str) -> str:
        if value not in GOVERNORATES and not _COUNTRY_CODE.match(value):
            raise ValueError(
                f"governorate {value!r} is neither one of {', '.join(GOVERNORATES)} "
                "nor a two-letter country code"
            )
        return value

    def governorate_key(self, *, merge_countryside: bool = False) -> str | None:
        """The key compared with extracted places: the `normalise_governorate` key of a Syrian
        governorate, the lower-case code of another country, None for Syria as a whole."""
        if self.governorate in GOVERNORATES:
            return normalise_governorate(self.governorate, merge_countryside=merge_countryside)
        code = self.governorate.lower()
        return None if code == "sy" else code


class GoldCount(_Gold):
    low: NonNegative | None = None
    best: NonNegative | None = None
    high: NonNegative | None = None

    @model_validator(mode="after")
    def _ordered(self) -> GoldCount:
        vals = [v for v in (self.low, self.best, self.high) if v is not None]
        if not vals:
            raise ValueError("a count needs at least one of low, best, high (else write null)")
        if vals != sorted(vals):
            raise ValueError(
                f"count not ordered low <= best <= high: {self.low}, {self.best}, {self.high}"
            )
        return self


class GoldSource(_Gold):
    name: str = Field(min_length=1)
    kind: SourceKind


class GoldAlternative(_Gold):
    field: OutcomeKey
    value: GoldCount
    source: GoldSource


class GoldIncident(_Gold):
    sub_event_type: str
    date: GoldDate | None  # None: the article has no dateline and dates nothing
    place: GoldPlace | None
    killed: GoldCount | None
    injured: GoldCount | None
    victims: dict[OutcomeKey, dict[str, NonNegative]] = Field(default_factory=dict)
    perpetrator: Perpetrator
    killed_source: GoldSource | None
    injured_source: GoldSource | None
    sentence_start: NonNegative
    background: bool
    alternatives: list[GoldAlternative] = Field(default_factory=list)

    @field_validator("sub_event_type")
    @classmethod
    def _acled(cls, value: str) -> str:
        if value not in SUB_EVENT_TYPES:
            raise ValueError(f"{value!r} is not one of ACLED's 25 sub-event types (snake_case)")
        return value

    @model_validator(mode="after")
    def _sources_with_figures(self) -> GoldIncident:
        for figure, source, name in (
            (self.killed, self.killed_source, "killed"),
            (self.injured, self.injured_source, "injured"),
        ):
            if figure is None and source is not None:
                raise ValueError(f"{name}_source given but {name} is null")
            if figure is not None and source is None:
                raise ValueError(f"{name} given but {name}_source is null (use kind 'outlet')")
        return self

    @property
    def event_type(self) -> EventType:
        return SUB_EVENT_TYPES[self.sub_event_type]


class GoldArticle(_Gold):
    unit_id: str = Field(pattern=r"^\d+$")
    annotator: str = Field(min_length=1)
    published: date | None  # None: no dateline in the article
    incidents: list[GoldIncident]
    notes: str = ""

    @model_validator(mode="after")
    def _dates_fit(self) -> GoldArticle:
        for i, inc in enumerate(self.incidents):
            d = inc.date
            if d is None:
                if self.published is not None:
                    raise ValueError(f"incidents.{i}.date: null, but the article has a dateline")
                continue
            if self.published is not None and d.end > self.published:
                raise ValueError(
                    f"incidents.{i}.date: ends {d.end}, after publication ({self.published})"
                )
        return self


# --------------------------------------------------------------------------- loading


def _gold_root(directory: Path | None, folder: tuple[str, ...] = DATA_DIR) -> Traversable:
    if directory is not None:
        return directory
    root = resources.files("eventwire.evaluate")
    for part in folder:
        root = root / part
    return root


def gold_files(
    directory: Path | None = None, *, folder: tuple[str, ...] = DATA_DIR
) -> list[Traversable]:
    """The annotation files, by name (``a1.jsonl``, ``a2.jsonl``, …); none yet is an empty list."""
    root = _gold_root(directory, folder)
    if not root.is_dir():
        return []
    files = [f for f in root.iterdir() if f.is_file() and f.name.endswith(".jsonl")]
    return sorted(files, key=lambda f: f.name)


def load_devset(
    directory: Path | None = None, *, folder: tuple[str, ...] = DATA_DIR
) -> list[GoldArticle]:
    """Every annotated article, validated; from ``directory``, else from the package's ``folder``
    (``data/fakes_dev``, the dev set, unless told otherwise)."""
    articles: list[GoldArticle] = []
    seen: dict[str, str] = {}
    for file in gold_files(directory, folder=folder):
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise EvaluationError(f"{file.name}: cannot read ({err})") from err
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            where = f"{file.name}:{lineno}"
            try:
                article = GoldArticle.model_validate_json(line)
            except ValidationError as err:
                raise EvaluationError(f"{where}: {_problems(err)}") from err
            if article.unit_id in seen:
                raise EvaluationError(
                    f"{where}: unit_id {article.unit_id} already annotated at {seen[article.unit_id]}"
                )
            seen[article.unit_id] = where
            articles.append(article)
    return articles


def _problems(err: ValidationError, limit: int = 3) -> str:
    """The first few problems of a record, one phrase each: 'incidents.0.killed.best: …'."""
    parts = []
    for e in err.errors()[:limit]:
        loc = ".".join(str(p) for p in e["loc"])
        msg = e["msg"].removeprefix("Value error, ").replace(" at line 1 column ", " at column ")
        parts.append(f"{loc}: {msg}" if loc else msg)
    more = err.error_count() - limit
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


# --------------------------------------------------------------------------- the sample


def sample_ids(unit_ids: Sequence[str], *, first: int = 0, size: int = SAMPLE_SIZE) -> list[str]:
    """The sample rule: every sixth row from row ``first`` (the dev set: rows 0, 6, 12, …, the
    first 120; the test set: rows 3, 9, 15, …, the first 60)."""
    return list(unit_ids[first::SAMPLE_STEP][:size])


def devset_sample(csv_path: Path, *, first: int = 0, size: int = SAMPLE_SIZE) -> list[str]:
    """The unit_ids of a sample (the dev set's unless told), read from the FA-KES CSV in file
    order."""
    csv.field_size_limit(sys.maxsize)
    try:
        with csv_path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            if "unit_id" not in (reader.fieldnames or []):
                raise EvaluationError(f"{csv_path}: not the FA-KES CSV (no column unit_id)")
            ids = [row["unit_id"] for row in reader]
    except OSError as err:
        raise EvaluationError(f"{csv_path}: cannot read ({err.strerror})") from err
    except (csv.Error, UnicodeDecodeError) as err:
        raise EvaluationError(f"{csv_path}: bad CSV ({err})") from err
    return sample_ids(ids, first=first, size=size)


def coverage(gold: Iterable[GoldArticle], sample: Sequence[str]) -> dict[str, Any]:
    """How much of the sample is annotated, what is not yet, and what is annotated outside it."""
    annotated = {g.unit_id for g in gold}
    wanted = set(sample)
    return {
        "sample": len(sample),
        "annotated": len(annotated & wanted),
        "missing": [u for u in sample if u not in annotated],
        "outside_sample": sorted(annotated - wanted),
    }


# --------------------------------------------------------------------------- matching

_FAR = 10**9  # a date or offset gap when one side has none: after every real one


def extracted_governorate(place: Place | None, *, merge_countryside: bool = False) -> str | None:
    """An extracted place's key, comparable with `GoldPlace.governorate_key`."""
    if place is None:
        return None
    code = (place.country_code or "").lower()
    if code and code != "sy":
        return code
    return governorate_of(place, merge_countryside=merge_countryside)


def _place_text(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def compatible(gold: GoldIncident, ext: Incident, *, merge_countryside: bool = False) -> bool:
    """The matching rule: same event type, governorate and overlapping dates (or one side has
    no place / no date)."""
    if gold.event_type != ext.event_type:
        return False
    g_gov = gold.place.governorate_key(merge_countryside=merge_countryside) if gold.place else None
    e_gov = extracted_governorate(ext.location, merge_countryside=merge_countryside)
    if g_gov is not None and e_gov is not None and g_gov != e_gov:
        return False
    if ext.date is None or gold.date is None:
        return True
    return gold.date.start <= ext.date.end and ext.date.start <= gold.date.end


def pair_rank(gold: GoldIncident, ext: Incident) -> tuple[bool, bool, int, int]:
    """Lower is better: same sub-event type, then same place text, then the closest dates,
    then the nearest offsets."""
    g_text = _place_text(gold.place.text if gold.place else None)
    e_text = _place_text(ext.location.text or ext.location.name if ext.location else None)
    same_text = bool(g_text) and g_text == e_text
    if ext.date is None or gold.date is None:
        date_gap = _FAR
    else:
        date_gap = abs((ext.date.start - gold.date.start).days) + abs(
            (ext.date.end - gold.date.end).days
        )
    offset = ext.told_at()
    offset_gap = _FAR if offset is None else abs(offset - gold.sentence_start)
    return (gold.sub_event_type != ext.sub_event_type, not same_text, date_gap, offset_gap)


def match_incidents(
    gold: Sequence[GoldIncident], extracted: Sequence[Incident], *, merge_countryside: bool = False
) -> list[tuple[int, int]]:
    """One-to-one matches (gold index, extracted index), best pairs first."""
    candidates = sorted(
        (pair_rank(g, e), gi, ei)
        for gi, g in enumerate(gold)
        for ei, e in enumerate(extracted)
        if compatible(g, e, merge_countryside=merge_countryside)
    )
    used_gold: set[int] = set()
    used_ext: set[int] = set()
    pairs = []
    for _, gi, ei in candidates:
        if gi in used_gold or ei in used_ext:
            continue
        used_gold.add(gi)
        used_ext.add(ei)
        pairs.append((gi, ei))
    return pairs


# --------------------------------------------------------------------------- fields


def figure_source(incident: Incident, outcome: OutcomeKey) -> Source | None:
    """The source of an incident's killed or injured figure: of the claims whose value is the
    incident's best, an attributed one before the report's own (a headline or lede restating a
    figure that a later sentence attributes is the outlet relaying that source), else the first;
    with no claim of the best, the first claim; None when there is no figure."""
    count = incident.fatalities if outcome == "killed" else incident.injuries
    if count is None:
        return None
    field = "fatalities" if outcome == "killed" else "injuries"
    claims = [c for c in incident.claims if c.field == field]
    of_best = [c for c in claims if isinstance(c.value, dict) and c.value.get("best") == count.best]
    attributed = [c for c in of_best if c.source.kind != "outlet"]
    for group in (attributed, of_best, claims):
        if group:
            return group[0].source
    return None


def perpetrator_of(incident: Incident) -> str:
    actor = incident.perpetrator()
    return actor.normalized if actor is not None else "unknown"


_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


def source_name_key(name: str) -> str:
    """'The Syrian Observatory  for Human Rights' → 'syrian observatory for human rights'."""
    return _ARTICLE.sub("", " ".join(name.casefold().split()))


def same_source_name(gold: GoldSource, ext: Source | None) -> bool:
    """Names equal but for case, spacing and a leading article; for the report itself (both
    kind ``outlet``) any name: the outlet is not named in the text. Two names of one
    well-known source are the same source: the sourcebook finds the same one in both ("the
    Syrian Observatory for Human Rights" and "Observatory director Rami Abdel Rahman"), or the
    extracted source carries its id ("a monitor" that the report names as the Observatory)."""
    if ext is None:
        return False
    if gold.kind == "outlet" and ext.kind == "outlet":
        return True
    if source_name_key(gold.name) == source_name_key(ext.name):
        return True
    book = default_sourcebook()
    known = book.find(gold.name)
    if known is None:
        return False
    found = book.find(ext.name)
    return known.id in {ext.canonical_id, found.id if found is not None else None}


_NO_FIGURE = "null"


def _best(count: GoldCount | Count | None) -> int | str | None:
    """A figure's best for comparison: 'null' when there is no figure at all, so that no figure
    and a figure without a best ('dozens') differ."""
    return _NO_FIGURE if count is None else count.best


@dataclass
class _Tally:
    hits: int = 0
    n: int = 0

    def add(self, ok: bool) -> None:
        self.hits += ok
        self.n += 1

    def ratio(self) -> Ratio:
        return Ratio(self.hits, self.n)


# (measure, target) in the order they are reported.
FIELD_MEASURES: tuple[tuple[str, float | None], ...] = (
    ("sub_event_type exact", 0.85),
    ("date exact (start and end)", 0.90),
    ("killed best exact", 0.85),
    ("killed best exact (gold has a figure)", None),
    ("injured best exact", 0.85),
    ("injured best exact (gold has a figure)", None),
    ("perpetrator exact", None),
    ("killed source kind exact", 0.85),
    ("killed source name match", 0.85),
    ("injured source kind exact", None),
    ("injured source name match", None),
)


def _compare_fields(
    gold: GoldIncident, ext: Incident, tallies: dict[str, _Tally], errors: list[str], where: str
) -> None:
    def check(measure: str, ok: bool, g: object, e: object) -> None:
        tallies[measure].add(ok)
        if not ok:
            errors.append(f"{where} {measure}: gold {g}, extracted {e}")

    check(
        "sub_event_type exact",
        gold.sub_event_type == ext.sub_event_type,
        gold.sub_event_type,
        ext.sub_event_type,
    )
    if gold.date is not None:  # an undatable article has no date to get right
        g_date = (gold.date.start, gold.date.end)
        e_date = (ext.date.start, ext.date.end) if ext.date is not None else None
        check("date exact (start and end)", g_date == e_date, _span(g_date), _span(e_date))
    for outcome, g_count, e_count in (
        ("killed", gold.killed, ext.fatalities),
        ("injured", gold.injured, ext.injuries),
    ):
        g_best, e_best = _best(g_count), _best(e_count)
        check(f"{outcome} best exact", g_best == e_best, g_best, e_best)
        if g_count is not None:
            tallies[f"{outcome} best exact (gold has a figure)"].add(g_best == e_best)
    perp = perpetrator_of(ext)
    check("perpetrator exact", gold.perpetrator == perp, gold.perpetrator, perp)
    sources: tuple[tuple[OutcomeKey, GoldSource | None], ...] = (
        ("killed", gold.killed_source),
        ("injured", gold.injured_source),
    )
    for outcome, g_src in sources:
        if g_src is None:
            continue  # source measures are over pairs whose gold has the figure
        e_src = figure_source(ext, outcome)
        e_kind = e_src.kind if e_src is not None else None
        check(f"{outcome} source kind exact", g_src.kind == e_kind, g_src.kind, e_kind)
        e_name = e_src.name if e_src is not None else None
        check(
            f"{outcome} source name match",
            same_source_name(g_src, e_src),
            repr(g_src.name),
            repr(e_name),
        )


def _span(d: tuple[date, date] | None) -> str:
    return "none" if d is None else f"{d[0]}..{d[1]}"


def describe_gold(inc: GoldIncident) -> str:
    place = f"{inc.place.text} ({inc.place.governorate})" if inc.place else "no place"
    bg = " background" if inc.background else ""
    when = _span((inc.date.start, inc.date.end) if inc.date else None)
    return f"{inc.sub_event_type} at {place}, {when} @{inc.sentence_start}{bg}"


def describe_extracted(inc: Incident) -> str:
    loc = inc.location
    place = f"{loc.text or loc.name} ({extracted_governorate(loc)})" if loc else "no place"
    when = _span((inc.date.start, inc.date.end) if inc.date else None)
    return f"{inc.sub_event_type} at {place}, {when} @{inc.told_at()}"


# --------------------------------------------------------------------------- scoring


def score_devset(
    gold: list[GoldArticle], extractions: list[Extraction], *, merge_countryside: bool = False
) -> ScoreTable:
    """Incident P/R/F1 and field accuracy over matched pairs, for the gold articles.

    A gold article without an extraction (its report could not be read) counts as one where
    nothing was found. Extractions of other reports are ignored. ``merge_countryside`` folds
    Rif Dimashq into Damascus on both sides (the guidelines keep them apart).
    """
    by_id = {ex.report.id: ex for ex in extractions}
    tp = fp = fn = ignored = 0  # background excluded (ignored: extracted matched to background)
    tp_all = fn_all = 0  # background included (fp is the same)
    n_gold = n_background = n_extracted = 0
    tallies = {measure: _Tally() for measure, _ in FIELD_MEASURES}
    field_errors: list[str] = []
    per_article: dict[str, dict[str, Any]] = {}
    not_extracted: list[str] = []
    offset_problems: list[str] = []
    for article in gold:
        ex = by_id.get(article.unit_id)
        if ex is None:
            not_extracted.append(article.unit_id)
        found = ex.incidents if ex is not None else []
        if ex is not None:
            offset_problems += [
                f"{article.unit_id}: sentence_start {inc.sentence_start} beyond the text ({len(ex.report.text)})"
                for inc in article.incidents
                if inc.sentence_start >= len(ex.report.text)
            ]
        pairs = match_incidents(article.incidents, found, merge_countryside=merge_countryside)
        matched_gold = {gi for gi, _ in pairs}
        matched_ext = {ei for _, ei in pairs}
        n_gold += len(article.incidents)
        n_background += sum(inc.background for inc in article.incidents)
        n_extracted += len(found)
        for gi, ei in pairs:
            g = article.incidents[gi]
            tp_all += 1
            if g.background:
                ignored += 1
                continue
            tp += 1
            _compare_fields(g, found[ei], tallies, field_errors, article.unit_id)
        missed = [inc for gi, inc in enumerate(article.incidents) if gi not in matched_gold]
        spurious = [inc for ei, inc in enumerate(found) if ei not in matched_ext]
        fn += sum(not inc.background for inc in missed)
        fn_all += len(missed)
        fp += len(spurious)
        if missed or spurious:
            per_article[article.unit_id] = {
                "annotator": article.annotator,
                "matched": len(pairs),
                "missed": [describe_gold(inc) for inc in missed],
                "spurious": [describe_extracted(inc) for inc in spurious],
            }

    table = ScoreTable(DATASET)
    p, r, f = _prf(tp, fp, fn)
    counts = f"tp={tp} fp={fp} fn={fn}"
    table.add(Score("incident precision", p, counts))
    table.add(Score("incident recall", r, counts))
    table.add(Score("incident F1", f, counts, 0.85))
    p_all, r_all, f_all = _prf(tp_all, fp, fn_all)
    table.add(Score("incident F1 (incl. background)", f_all, f"tp={tp_all} fp={fp} fn={fn_all}"))
    for measure, target in FIELD_MEASURES:
        table.add(Score.of(measure, tallies[measure].ratio(), target))
    table.details.update(
        {
            "articles": len(gold),
            "gold_incidents": n_gold,
            "background_incidents": n_background,
            "extracted_incidents": n_extracted,
            "extracted_matching_background": ignored,
            "precision_incl_background": p_all,
            "recall_incl_background": r_all,
            "not_extracted": not_extracted,
            "offset_problems": offset_problems,
            "articles_with_errors": per_article,
            "field_errors": field_errors,
        }
    )
    return table


def _prf(tp: int, fp: int, fn: int) -> tuple[float | None, float | None, float | None]:
    """`prf`, but None (not 0) with nothing to count: no gold and nothing extracted."""
    if tp + fp + fn == 0:
        return None, None, None
    return prf(tp, fp, fn)
