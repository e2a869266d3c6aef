"""TimeML gold (TempEval-3 platinum, MEANTIME) and the TempEval-3 timex scores.

Each document gives its text, its creation time (DCT, the anchor of relative expressions) and
its gold TIMEX3s, the DCT itself left out as TempEval-3 leaves it out.

* TempEval-3 (UzZaman et al. 2013): TimeML 1.2.1 ``.tml`` files. The text is the ``<TEXT>``
  element with its tags removed; the DCT is the ``<DCT>`` TIMEX3.
* MEANTIME (Minard et al. 2016): CAT XML with tokens and no spacing, so the text is rebuilt
  from the tokens (one sentence a line; no space before closing punctuation and clitics, none
  after opening brackets and currency signs). TIMEX3s point at their tokens; those with no
  token (values the annotators added, not written in the text) are left out. The DCT is the
  TIMEX3 with ``functionInDocument="CREATION_TIME"``; two documents lack one, and there the
  dateline (the first full date in the line under the title) is taken. The DCT is written in
  the text, so system expressions overlapping it are not counted either. Only the title, the
  dateline and the next four sentences (sentences 0–5) carry TIMEX3s in MEANTIME, so only our
  expressions in that part are scored; the rest of the text is still read, as context.

Scores (`score_timexes`), as in the TempEval-3 toolkit (``evaluate_entities.py``) but with a
one-to-one alignment (each gold expression pairs with at most one of ours, exact spans first,
then the largest overlap):

* strict span P/R/F1: the pair's character spans are equal;
* relaxed span P/R/F1: they overlap;
* value accuracy and type accuracy: the share of relaxed pairs whose value (type) equals gold;
* value F1 and type F1: relaxed F1 × the accuracy. This is TempEval-3's attribute F1 (the
  toolkit's ``performance_value``), the figure HeidelTime's 77.61 on the platinum set refers to.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from eventwire.errors import EvaluationError
from eventwire.evaluate.metrics import Ratio, Score, ScoreTable, prf
from eventwire.timex import Timex3


@dataclass(frozen=True, slots=True)
class TimemlDoc:
    """One gold document: its text, its creation time and its TIMEX3s (the DCT left out)."""

    doc_id: str
    text: str
    dct: date
    timexes: tuple[Timex3, ...]
    dct_span: tuple[int, int] | None = None  # where the DCT is written in ``text``, if it is
    annotated_to: int | None = None  # gold covers only ``text[:annotated_to]`` (None: all)


# --------------------------------------------------------------------------- TempEval-3


def load_te3(folder: Path) -> list[TimemlDoc]:
    """Every ``.tml`` file of a TempEval-3 folder (e.g. te3-platinum), sorted by name."""
    files = sorted(folder.glob("*.tml"))
    if not files:
        raise EvaluationError(f"{folder}: no .tml files (not a TempEval-3 folder)")
    return [read_tml(f) for f in files]


def read_tml(path: Path) -> TimemlDoc:
    root = parse_xml(path)
    dct_el = root.find("DCT/TIMEX3")
    body = root.find("TEXT")
    if dct_el is None or body is None:
        raise EvaluationError(f"{path}: no <DCT> TIMEX3 or no <TEXT>")
    dct = _dct_date(path, dct_el.get("value", ""))
    pieces: list[str] = []
    timexes: list[Timex3] = []
    _walk(body, pieces, timexes)
    doc_id = (root.findtext("DOCID") or path.stem).strip()
    return TimemlDoc(doc_id, "".join(pieces), dct, tuple(timexes))


def _walk(el: ET.Element, pieces: list[str], timexes: list[Timex3]) -> None:
    """Append ``el``'s text to ``pieces``; record each TIMEX3 below it with its offsets."""
    pieces.append(el.text or "")
    for child in el:
        start = sum(map(len, pieces))
        _walk(child, pieces, timexes)
        if child.tag == "TIMEX3":
            end = sum(map(len, pieces))
            text = "".join(pieces)[start:end]
            timexes.append(Timex3(start, end, text, child.get("type", ""), child.get("value", "")))
        pieces.append(child.tail or "")


# --------------------------------------------------------------------------- MEANTIME


def load_meantime(folder: Path) -> list[TimemlDoc]:
    """Every document of a MEANTIME folder (e.g. meantime-en: its ``corpus_*`` folders)."""
    files = sorted(folder.rglob("*.xml"))
    if not files:
        raise EvaluationError(f"{folder}: no .xml files (not a MEANTIME folder)")
    return [read_cat(f) for f in files]


# MEANTIME annotates TIMEX3s in the first sentences only: the title (0), the dateline (1) and
# four more.
LAST_SENTENCE = 5

_NO_SPACE_BEFORE = frozenset(
    {",", ".", ":", ";", "!", "?", "%", ")", "]", "}", "'s", "’s", "n't", "'", "''", "'re",
     "'ve", "'ll", "'d", "'m", "...", "'S"}
)  # fmt: skip
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "£", "€", "``", "#"})


def read_cat(path: Path) -> TimemlDoc:
    root = parse_xml(path)
    tokens = sorted(root.iter("token"), key=lambda t: int(t.get("number", "0")))
    text, spans, sentence_of = detokenise(tokens)
    markables = root.find("Markables")
    timexes: list[tuple[Timex3, str, str]] = []  # (timex, function, sentence)
    dct_value: str | None = None
    for el in markables.iter("TIMEX3") if markables is not None else ():
        anchors = [a.get("t_id", "") for a in el.findall("token_anchor")]
        function = el.get("functionInDocument", "")
        if function == "CREATION_TIME":
            dct_value = el.get("value", "")
        anchors = [a for a in anchors if a in spans]
        if not anchors:
            continue
        start = min(spans[a][0] for a in anchors)
        end = max(spans[a][1] for a in anchors)
        timex = Timex3(start, end, text[start:end], el.get("type", ""), el.get("value", ""))
        timexes.append((timex, function, sentence_of[anchors[0]]))
    timexes.sort(key=lambda t: t[0].start)
    dct_timex = next((t for t, f, _ in timexes if f == "CREATION_TIME"), None)
    if dct_value is None:  # no DCT: the first full date in the dateline under the title
        dct_timex = next(
            (t for t, _, s in timexes if s == "1" and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value)),
            None,
        )
        if dct_timex is None:
            raise EvaluationError(f"{path}: no document creation time")
        dct_value = dct_timex.value
    gold = tuple(t for t, _, _ in timexes if t is not dct_timex)
    dct_span = (dct_timex.start, dct_timex.end) if dct_timex is not None else None
    doc_id = root.get("doc_id") or path.stem
    annotated = [
        spans[t] for t, s in sentence_of.items() if s.isdigit() and int(s) <= LAST_SENTENCE
    ]
    annotated_to = max((end for _, end in annotated), default=0)
    return TimemlDoc(doc_id, text, _dct_date(path, dct_value), gold, dct_span, annotated_to)


def detokenise(
    tokens: Sequence[ET.Element],
) -> tuple[str, dict[str, tuple[int, int]], dict[str, str]]:
    """The text, each token's (start, end) by ``t_id`` and each token's sentence."""
    parts: list[str] = []
    length = 0
    spans: dict[str, tuple[int, int]] = {}
    sentence_of: dict[str, str] = {}
    previous: ET.Element | None = None
    open_quote = False
    for tok in tokens:
        word = tok.text or ""
        sentence = tok.get("sentence", "")
        if previous is not None:
            gap = " "
            if sentence != previous.get("sentence"):
                gap = "\n"
                open_quote = False
            elif word in _NO_SPACE_BEFORE or (previous.text or "") in _NO_SPACE_AFTER:
                gap = ""
            elif word == '"':
                gap = "" if open_quote else " "
            elif (previous.text or "") == '"' and open_quote:
                gap = ""
            parts.append(gap)
            length += len(gap)
        if word == '"':
            open_quote = not open_quote
        t_id = tok.get("t_id", "")
        spans[t_id] = (length, length + len(word))
        sentence_of[t_id] = sentence
        parts.append(word)
        length += len(word)
        previous = tok
    return "".join(parts), spans, sentence_of


# --------------------------------------------------------------------------- shared


def parse_xml(path: Path) -> ET.Element:
    """The root of an XML gold file; unreadable or malformed files raise `EvaluationError`."""
    try:
        return ET.parse(path).getroot()
    except OSError as err:
        raise EvaluationError(f"{path}: cannot read ({err.strerror})") from err
    except ET.ParseError as err:
        raise EvaluationError(f"{path}: not well-formed XML ({err})") from err


def _dct_date(path: Path, value: str) -> date:
    """The day of a creation time; one MEANTIME document writes it day first (03-02-2009 for
    "February 03, 2009"), which is read as such."""
    slip = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value)
    try:
        if slip is not None:
            return date(int(slip[3]), int(slip[2]), int(slip[1]))
        return date.fromisoformat(value[:10])
    except ValueError as err:
        raise EvaluationError(f"{path}: creation time {value!r} is not a day") from err


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True, slots=True)
class Pair:
    doc_id: str
    gold: Timex3
    ours: Timex3


def align(gold: Sequence[Timex3], ours: Sequence[Timex3]) -> list[tuple[Timex3, Timex3]]:
    """One-to-one pairs of overlapping expressions: equal spans first, then, for each gold
    expression in order, the free one of ours that overlaps it most."""
    free = list(ours)
    pairs: list[tuple[Timex3, Timex3]] = []
    waiting: list[Timex3] = []
    for g in gold:
        same = next((o for o in free if (o.start, o.end) == (g.start, g.end)), None)
        if same is None:
            waiting.append(g)
        else:
            free.remove(same)
            pairs.append((g, same))
    for g in waiting:
        best = max(free, key=lambda o: _overlap(g, o), default=None)
        if best is not None and _overlap(g, best) > 0:
            free.remove(best)
            pairs.append((g, best))
    pairs.sort(key=lambda p: p[0].start)
    return pairs


def _overlap(a: Timex3, b: Timex3) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


@dataclass(frozen=True, slots=True)
class Targets:
    """Published bars and our targets, where there are any."""

    value_accuracy: float | None = None
    value_f1: float | None = None


def score_timexes(
    dataset: str,
    docs: Sequence[TimemlDoc],
    predicted: Mapping[str, Sequence[Timex3]],
    *,
    targets: Targets = Targets(),  # frozen, so one shared default is safe
) -> ScoreTable:
    """TempEval-3 timex scores of ``predicted`` (doc_id → our TIMEX3s) against ``docs``."""
    n_gold = n_ours = strict = 0
    pairs: list[Pair] = []
    missed: list[tuple[str, Timex3]] = []
    spurious: list[tuple[str, Timex3]] = []
    for doc in docs:
        ours = [
            t
            for t in predicted.get(doc.doc_id, ())
            if not _on_dct(t, doc.dct_span)
            and (doc.annotated_to is None or t.start < doc.annotated_to)
        ]
        n_gold += len(doc.timexes)
        n_ours += len(ours)
        matched = align(doc.timexes, ours)
        pairs += [Pair(doc.doc_id, g, o) for g, o in matched]
        strict += sum((g.start, g.end) == (o.start, o.end) for g, o in matched)
        paired_gold = {id(g) for g, _ in matched}
        paired_ours = {id(o) for _, o in matched}
        missed += [(doc.doc_id, g) for g in doc.timexes if id(g) not in paired_gold]
        spurious += [(doc.doc_id, o) for o in ours if id(o) not in paired_ours]
    relaxed = len(pairs)
    values = Ratio(sum(p.gold.value == p.ours.value for p in pairs), relaxed)
    types = Ratio(sum(p.gold.type == p.ours.type for p in pairs), relaxed)

    table = ScoreTable(dataset)
    for label, tp in (("strict", strict), ("relaxed", relaxed)):
        p, r, f = prf(tp, n_ours - tp, n_gold - tp)
        table.add(Score(f"{label} span precision", p, f"{tp}/{n_ours}"))
        table.add(Score(f"{label} span recall", r, f"{tp}/{n_gold}"))
        table.add(Score(f"{label} span F1", f, f"{tp} of {n_gold} gold, {n_ours} ours"))
    relaxed_f1 = table.get("relaxed span F1").value or 0.0
    table.add(Score.of("value accuracy (relaxed matches)", values, targets.value_accuracy))
    table.add(Score.of("type accuracy (relaxed matches)", types))
    table.add(
        Score(
            "value F1 (TE3: relaxed F1 × value accuracy)",
            relaxed_f1 * (values.value or 0.0),
            f"{values.hits} right values",
            targets.value_f1,
        )
    )
    table.add(Score("type F1 (relaxed F1 × type accuracy)", relaxed_f1 * (types.value or 0.0)))
    table.details.update(_diagnostics(docs, pairs, missed, spurious))
    return table


def _on_dct(t: Timex3, dct_span: tuple[int, int] | None) -> bool:
    return dct_span is not None and t.start < dct_span[1] and dct_span[0] < t.end


def _diagnostics(
    docs: Sequence[TimemlDoc],
    pairs: list[Pair],
    missed: list[tuple[str, Timex3]],
    spurious: list[tuple[str, Timex3]],
) -> dict[str, object]:
    gold_types = Counter(t.type for d in docs for t in d.timexes)
    found_types = Counter(p.gold.type for p in pairs)
    right_types = Counter(p.gold.type for p in pairs if p.gold.value == p.ours.value)
    return {
        "documents": len(docs),
        "by_gold_type": {
            kind: {
                "gold": n,
                "found (relaxed)": found_types[kind],
                "right value": right_types[kind],
            }
            for kind, n in gold_types.most_common()
        },
        "wrong_values": [
            f"{p.doc_id}: {p.gold.text!r} gold {p.gold.type} {p.gold.value}"
            f" ours {p.ours.text!r} {p.ours.type} {p.ours.value}"
            for p in pairs
            if p.gold.value != p.ours.value
        ],
        "missed": [f"{doc}: {t.text!r} {t.type} {t.value}" for doc, t in missed],
        "spurious": [f"{doc}: {t.text!r} {t.type} {t.value}" for doc, t in spurious],
    }


def iter_texts(docs: Sequence[TimemlDoc]) -> Iterator[tuple[str, str, date]]:
    """(doc_id, text, dct) of each document: what a system under test is given."""
    for doc in docs:
        yield doc.doc_id, doc.text, doc.dct
