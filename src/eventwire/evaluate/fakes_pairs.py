"""The FA-KES linked-pairs dev set: pairs of articles from different outlets, each judged `same`
(the two report at least one common incident) or `different` (a hard negative: the same town or
neighbourhood and the same kind of event, but another day or another strike).

`load_pairs` reads and validates ``evaluate/data/fakes_pairs/pairs.csv`` (ids and our labels only;
the texts stay in ``../shared/data/fa-kes``). `score_pairs` scores any pairwise linking decision
against it: precision, recall and F1 of `same`, and how many hard negatives were linked.
Guidelines: the "Linked pairs" section of ``docs/ANNOTATION.md``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from eventwire.errors import EvaluationError
from eventwire.evaluate.metrics import Ratio, Score, ScoreTable, prf

DATASET = "fakes-pairs"
PAIRS_FILE = ("data", "fakes_pairs", "pairs.csv")  # under the eventwire.evaluate package
COLUMNS = ("unit_id_a", "unit_id_b", "label", "incident_note")
LABELS = {"same": True, "different": False}
TARGET_F1 = 0.95  # issue #4


@dataclass(frozen=True, slots=True)
class LinkedPair:
    """Two FA-KES articles (by unit_id), whether they report a common incident, and which."""

    a: str
    b: str
    same: bool
    note: str


def load_pairs(path: Path | None = None) -> list[LinkedPair]:
    """Every judged pair, validated; from ``path``, else from the package's ``pairs.csv``."""
    source: Traversable = path if path is not None else _packaged_file()
    where = str(path) if path is not None else "/".join(PAIRS_FILE[1:])
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise EvaluationError(f"{where}: no such file") from err
    except (OSError, UnicodeDecodeError) as err:
        raise EvaluationError(f"{where}: cannot read ({err})") from err
    return parse_pairs(text, where)


def parse_pairs(text: str, where: str = "pairs.csv") -> list[LinkedPair]:
    """The pairs of one CSV text; ``where`` names it in errors (``pairs.csv:12: …``)."""
    reader = csv.reader(io.StringIO(text))
    header = [cell.strip() for cell in next(reader, [])]
    if header != list(COLUMNS):
        raise EvaluationError(
            f"{where}: the header must be {','.join(COLUMNS)} (got {','.join(header) or 'nothing'})"
        )
    pairs: list[LinkedPair] = []
    first_seen: dict[frozenset[str], int] = {}
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        line = reader.line_num
        pair = _pair(row, f"{where}:{line}")
        key = frozenset((pair.a, pair.b))  # (a, b) and (b, a) are one pair
        if key in first_seen:
            raise EvaluationError(
                f"{where}:{line}: pair {pair.a},{pair.b} already judged on line {first_seen[key]}"
            )
        first_seen[key] = line
        pairs.append(pair)
    if not pairs:
        raise EvaluationError(f"{where}: no pairs")
    return pairs


def _pair(row: list[str], where: str) -> LinkedPair:
    if len(row) != len(COLUMNS):
        raise EvaluationError(f"{where}: expected {len(COLUMNS)} fields, got {len(row)}")
    a, b, label, note = (cell.strip() for cell in row)
    for unit_id in (a, b):
        if not unit_id.isdigit():
            raise EvaluationError(f"{where}: {unit_id!r} is not a FA-KES unit_id (digits only)")
    if a == b:
        raise EvaluationError(f"{where}: unit_id {a} is paired with itself")
    if label not in LABELS:
        raise EvaluationError(f"{where}: label {label!r} is not one of {', '.join(LABELS)}")
    if not note:
        raise EvaluationError(f"{where}: incident_note is empty; name the incident")
    return LinkedPair(a=a, b=b, same=LABELS[label], note=note)


def _packaged_file() -> Traversable:
    root = resources.files("eventwire.evaluate")
    for part in PAIRS_FILE:
        root = root / part
    return root


def score_pairs(pairs: Sequence[LinkedPair], linked: Callable[[str, str], bool]) -> ScoreTable:
    """Pairwise precision, recall and F1 of `same`, where ``linked(a, b)`` is the system's answer
    for each judged pair, plus the number of hard negatives (`different` pairs) it linked.
    Only the judged pairs are asked about: pairs outside the set are not scored."""
    if not pairs:
        raise EvaluationError(f"{DATASET}: no pairs to score")
    false_links: list[dict[str, Any]] = []
    missed_links: list[dict[str, Any]] = []
    tp = 0
    for pair in pairs:
        said = linked(pair.a, pair.b)
        if said and pair.same:
            tp += 1
        elif said:
            false_links.append(_detail(pair))
        elif pair.same:
            missed_links.append(_detail(pair))
    fp, fn = len(false_links), len(missed_links)
    n_different = sum(not p.same for p in pairs)
    _, _, f1 = prf(tp, fp, fn)
    table = ScoreTable(DATASET)
    table.add(Score.of("pairwise precision", Ratio(tp, tp + fp)))
    table.add(Score.of("pairwise recall", Ratio(tp, tp + fn)))
    table.add(Score("pairwise F1", f1, f"{tp} tp, {fp} fp, {fn} fn", TARGET_F1))
    table.add(
        Score("hard negatives linked", float(fp), f"{fp}/{n_different}", higher_is_better=False)
    )
    table.details.update(
        pairs=len(pairs),
        same=len(pairs) - n_different,
        different=n_different,
        false_links=false_links,
        missed_links=missed_links,
    )
    return table


def _detail(pair: LinkedPair) -> dict[str, Any]:
    return {"a": pair.a, "b": pair.b, "note": pair.note}
