"""Readable terminal output. Report text is untrusted: it is shown as plain `Text` (never parsed
as rich markup) with control characters removed, so a report cannot restyle or drive the terminal."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from eventwire.batch import BatchResult
    from eventwire.evaluate.metrics import ScoreTable
    from eventwire.link.explain import MemberLink
    from eventwire.model import Count, Incident

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe(value: object, limit: int | None = None) -> Text:
    text = CONTROL.sub(" ", "" if value is None else str(value))
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return Text(text)


@contextmanager
def status(message: str) -> Iterator[None]:
    with err.status(message):
        yield


@contextmanager
def progress(total: int | None, label: str) -> Iterator[Callable[[Any], None]]:
    """A progress bar on stderr; yields a function to call once per item done."""
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task(label, total=total)
        yield lambda _item: bar.advance(task)


def count_text(count: Count | None) -> str:
    if count is None or (count.best is None and count.low is None):
        return "–"
    best = count.best if count.best is not None else count.low
    rng = ""
    if count.low is not None and count.high is not None and count.low != count.high:
        rng = f" ({count.low}–{count.high})"
    elif count.low is not None and count.best is not None and count.low < count.best:
        rng = f" (≥{count.low})"
    return f"{best}{rng}"


def incident_table(incidents: Iterable[Incident]) -> None:
    table = Table(
        show_lines=False,
        header_style="bold",
        box=box.SIMPLE_HEAD,
        pad_edge=False,
        collapse_padding=True,
    )
    # The id is what `incidents show` takes, so it is never folded; actors and sources are
    # named in `incidents show`. Under 100 columns the killed and injured figures share one
    # column and the report count goes, so that the grade still fits in 80.
    wide = out.width >= 100
    table.add_column("id", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("type", overflow="fold", min_width=8)
    table.add_column("place", overflow="fold", min_width=7)
    figures = ("killed", "injured", "reports") if wide else ("killed/injured",)
    for name in figures:
        table.add_column(name, overflow="fold", justify="right")
    table.add_column("grade", no_wrap=True, min_width=len("confirmed"))
    n = 0
    for inc in incidents:
        n += 1
        killed, injured = count_text(inc.fatalities), count_text(inc.injuries)
        cells = [killed, injured, str(len(inc.reports))] if wide else [f"{killed}/{injured}"]
        table.add_row(
            safe(inc.id),
            safe(_date_text(inc)),
            safe(inc.sub_event_type.replace("_", " ")),  # folds at words
            safe("?" if inc.location is None else inc.location.name),
            *(safe(c) for c in cells),
            safe(_grade_text(inc)),
        )
    if n == 0:
        out.print("no incidents")
        return
    out.print(table)
    out.print(f"{n} incident{'s' if n != 1 else ''}")


def _date_text(inc: Incident) -> str:
    """'2016-08-17', or a range told as briefly as it reads: '2016-08-01…10', '2016-08-28…09-03'."""
    if inc.date is None:
        return "?"
    start, end = inc.date.start, inc.date.end
    if start == end:
        return str(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start}…{end.day:02d}"
    if start.year == end.year:
        return f"{start}…{end.month:02d}-{end.day:02d}"
    return f"{start}…{end}"


def _grade_text(inc: Incident) -> str:
    grade = inc.corroboration.grade.value if inc.corroboration else "–"
    flags = len(inc.contradictions)
    return f"{grade} ⚠{flags}" if flags else grade


# Group nouns extraction gives in the plural, and their singular for a figure of one.
SINGULAR_GROUPS = {"children": "child", "women": "woman", "men": "man", "people": "person"}


def group_noun(group: str, count: int | None) -> str:
    """'1 woman', '2 women': the group's noun as a figure of `count` reads."""
    if count != 1:
        return group
    return SINGULAR_GROUPS.get(group) or (group[:-1] if group.endswith("s") else group)


def incident_detail(
    inc: Incident, *, claims: bool = True, links: Sequence[MemberLink] = ()
) -> None:
    out.print(Text.assemble(("Incident ", "bold"), safe(inc.id)))
    rows: list[tuple[str, object]] = [
        ("type", f"{inc.event_type} / {inc.sub_event_type}"),
        (
            "date",
            "?"
            if inc.date is None
            else f"{inc.date.start} … {inc.date.end} ({inc.date.precision.value}) {inc.date.text or ''}",
        ),
        (
            "place",
            "?"
            if inc.location is None
            else f"{inc.location.name}, {inc.location.admin1 or ''} {inc.location.country_code or ''} "
            f"({inc.location.lat:.4f}, {inc.location.lon:.4f}; {inc.location.precision.value})",
        ),
        ("killed", count_text(inc.fatalities)),
        ("injured", count_text(inc.injuries)),
        (
            "victims",
            "; ".join(
                [
                    f"{g.count.best} {group_noun(g.group, g.count.best)} {g.outcome.value}"
                    for g in inc.victims.groups
                ]
                + [
                    f"{v.name}{f', {v.age}' if v.age is not None else ''}"
                    for v in inc.victims.named
                ]
            ),
        ),
        ("actors", ", ".join(f"{a.normalized} ({a.role.value}: {a.text})" for a in inc.actors)),
        ("reports", ", ".join(inc.reports)),
    ]
    if inc.corroboration is not None:
        grade = inc.corroboration
        rows.append(
            ("grade", f"{grade.grade.value} ({grade.independent_sources} independent sources)")
        )
    for key, value in rows:
        out.print(Text.assemble((f"{key:>8}: ", "bold"), safe(value or "–")))
    if inc.corroboration is not None:
        for reason in inc.corroboration.reasons:
            out.print(Text.assemble(("          · ", "dim"), safe(reason)))
    if inc.contradictions:
        out.print(Text("Where sources disagree", style="bold yellow"))
    for flag in inc.contradictions:
        out.print(Text.assemble((f"  {flag.field}: ", "bold"), safe(flag.note)))
        for side in flag.sides:
            out.print(
                Text.assemble(
                    "      ",
                    safe(_short(side.value), 60),
                    "  — ",
                    safe(f"{side.source.name} [{side.source.kind}] in {side.report_id}: "),
                    ("“", "dim"),
                    safe(side.quote, 160),
                    ("”", "dim"),
                )
            )
    if len(links) > 1:
        member_links(links)
    if not claims:
        return
    out.print(Text("Claims: who says what", style="bold"))
    for c in inc.claims:
        via = f" via {c.source.via}" if c.source.via else ""
        hedge = "  (hedged)" if c.hedged else ""
        out.print(
            Text.assemble(
                (f"  {c.field}: ", "bold"),
                safe(_short(c.value), 60),
                "  — ",
                safe(f"{c.source.name} [{c.source.kind}]{via}"),
                (hedge, "yellow"),
            )
        )
        out.print(
            Text.assemble(
                ("      ", ""),
                safe(f"{c.report_id} @{c.start}-{c.end}: "),
                ("“", "dim"),
                safe(c.quote, 200),
                ("”", "dim"),
            )
        )


def _short(value: object) -> str:
    if isinstance(value, dict):
        for key in ("sub_event_type", "name", "best", "start", "normalized"):
            if key in value and value[key] is not None:
                extra = (
                    f"…{value['end']}"
                    if key == "start" and value.get("end") != value["start"]
                    else ""
                )
                return f"{value[key]}{extra}"
    return str(value)


def batch_summary(result: BatchResult, db: str) -> None:
    err.print(
        f"{result.reports} reports read: {result.new_reports} new, {result.duplicates} already stored; "
        f"{result.incidents_added} incidents added to {db}, {result.incidents_linked} linked to "
        f"incidents already told; {len(result.problems)} inputs skipped"
    )


def score_table(table: ScoreTable) -> None:
    grid = Table(title=table.dataset, header_style="bold")
    for name, justify in (
        ("measure", "left"),
        ("value", "right"),
        ("n", "right"),
        ("target", "right"),
    ):
        grid.add_column(name, justify=justify)  # type: ignore[arg-type]
    for s in table.scores:
        value = "n/a" if s.value is None else f"{s.value:.3f}"
        met = s.meets_target()
        target = "" if s.target is None else f"{s.target:.2f} {'✓' if met else '✗'}"
        grid.add_row(s.measure, value, s.n, target)
    out.print(grid)


def member_links(links: Sequence[MemberLink]) -> None:
    """Each report of an incident and what ties it to the ones before it."""
    out.print(Text("How its reports were linked", style="bold"))
    for link in links:
        out.print(
            Text.assemble(
                "  ", safe(", ".join(link.reports), 60), ("  ", "dim"), safe(link.why, 120)
            )
        )
        if link.reasons:
            out.print(Text.assemble(("      ", "dim"), safe("; ".join(link.reasons), 300)))
