"""The FA-KES linked-pairs dev set: pairs of articles from different outlets, each judged `same`
(the two report at least one common incident) or `different` (a hard negative: the same town or
neighbourhood and the same kind of event, but another day or another strike).

`load_pairs` reads and validates ``evaluate/data/fakes_pairs/pairs.csv`` (ids and our labels only;
the texts stay in ``../shared/data/fa-kes``). `score_pairs` scores any pairwise linking decision
against it: precision, recall and F1 of `same`, and how many hard negatives were linked, over
all pairs and over each half.
Guidelines: the "Linked pairs" section of ``docs/ANNOTATION.md``.

The set is small, so it is cut in two halves by incident: a `dev` half the linker is tuned on
and a `held-out` half only ever reported. Pairs are grouped by connected component of their
unit_ids (the pairs of one incident, and the hard negatives that share an article with them,
land together), and a component goes to one half by the parity of the CRC-32 of its smallest
unit_id: stable across runs and machines, and unchanged for a component when pairs of other
incidents are added.
"""

from __future__ import annotations

import csv
import io
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
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
DEV = "dev"
HELD_OUT = "held-out"
SPLITS = (DEV, HELD_OUT)


@dataclass(frozen=True, slots=True)
class LinkedPair:
    """Two FA-KES articles (by unit_id), whether they report a common incident, and which;
    ``split`` is the half it falls in (`DEV` or `HELD_OUT`, set by `parse_pairs`; None for a
    pair made by hand and not split)."""

    a: str
    b: str
    same: bool
    note: str
    split: str | None = None


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
    return split_pairs(pairs)


def split_pairs(pairs: Sequence[LinkedPair]) -> list[LinkedPair]:
    """The pairs, each with its half: the half of its connected component of unit_ids."""
    parent: dict[str, str] = {}

    def root(unit_id: str) -> str:
        parent.setdefault(unit_id, unit_id)
        while parent[unit_id] != unit_id:
            parent[unit_id] = parent[parent[unit_id]]
            unit_id = parent[unit_id]
        return unit_id

    for pair in pairs:
        ra, rb = root(pair.a), root(pair.b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    # the smaller root always wins a union, so a component's root is its smallest unit_id
    return [replace(p, split=split_of_component(root(p.a))) for p in pairs]


def split_of_component(smallest_unit_id: str) -> str:
    """The half of a component, from its smallest unit_id."""
    return DEV if zlib.crc32(smallest_unit_id.encode()) % 2 == 0 else HELD_OUT


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
    for each judged pair, plus the number of hard negatives (`different` pairs) it linked: over
    all pairs (unsuffixed measures, held to the target), then over each half the pairs carry
    ("pairwise F1 (dev)", "pairwise F1 (held-out)", ...).
    Only the judged pairs are asked about: pairs outside the set are not scored."""
    if not pairs:
        raise EvaluationError(f"{DATASET}: no pairs to score")
    said = [linked(pair.a, pair.b) for pair in pairs]
    table = ScoreTable(DATASET)
    _add_scores(table, pairs, said, "", TARGET_F1)
    halves = [s for s in SPLITS if any(p.split == s for p in pairs)]
    for half in halves:
        chosen = [i for i, p in enumerate(pairs) if p.split == half]
        _add_scores(table, [pairs[i] for i in chosen], [said[i] for i in chosen], f" ({half})")
    n_different = sum(not p.same for p in pairs)
    table.details.update(
        pairs=len(pairs),
        same=len(pairs) - n_different,
        different=n_different,
        false_links=[_detail(p) for p, s in zip(pairs, said, strict=True) if s and not p.same],
        missed_links=[_detail(p) for p, s in zip(pairs, said, strict=True) if p.same and not s],
    )
    if halves:
        table.details["halves"] = {h: sum(p.split == h for p in pairs) for h in halves}
    return table


def _add_scores(
    table: ScoreTable,
    pairs: Sequence[LinkedPair],
    said: Sequence[bool],
    suffix: str,
    target: float | None = None,
) -> None:
    tp = sum(s and p.same for p, s in zip(pairs, said, strict=True))
    fp = sum(s and not p.same for p, s in zip(pairs, said, strict=True))
    fn = sum(p.same and not s for p, s in zip(pairs, said, strict=True))
    n_different = sum(not p.same for p in pairs)
    _, _, f1 = prf(tp, fp, fn)
    table.add(Score.of(f"pairwise precision{suffix}", Ratio(tp, tp + fp)))
    table.add(Score.of(f"pairwise recall{suffix}", Ratio(tp, tp + fn)))
    table.add(Score(f"pairwise F1{suffix}", f1, f"{tp} tp, {fp} fp, {fn} fn", target))
    table.add(
        Score(
            f"hard negatives linked{suffix}",
            float(fp),
            f"{fp}/{n_different}",
            higher_is_better=False,
        )
    )


def _detail(pair: LinkedPair) -> dict[str, Any]:
    detail: dict[str, Any] = {"a": pair.a, "b": pair.b, "note": pair.note}
    if pair.split is not None:
        detail["split"] = pair.split
    return detail
