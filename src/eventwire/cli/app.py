"""Commands. Each is a thin layer over the library: parse options, call, render."""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from eventwire import __version__
from eventwire.cli import render
from eventwire.errors import EventwireError, UsageError

if TYPE_CHECKING:
    from eventwire.evaluate.metrics import ScoreTable
    from eventwire.extract.pipeline import Extractor
    from eventwire.ingest import IngestOptions
    from eventwire.link import IncrementalLinker
    from eventwire.link.explain import MemberLink
    from eventwire.store import Store

app = typer.Typer(
    help="Turn news reports of armed-conflict incidents into a sourced, geocoded, dated, "
    "casualty-counted incident database.\n\nStart with:  eventwire demo",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
incidents_app = typer.Typer(
    help="List stored incidents, or show one with its claims.", add_completion=False
)
evaluate_app = typer.Typer(
    help="Score extraction and linking against gold data sets.", no_args_is_help=True
)
gazetteer_app = typer.Typer(help="Manage the offline gazetteer.", no_args_is_help=True)
train_app = typer.Typer(
    help="Train the statistical parts of extraction on our annotated data.", no_args_is_help=True
)
app.add_typer(incidents_app, name="incidents")
app.add_typer(evaluate_app, name="evaluate")
app.add_typer(gazetteer_app, name="gazetteer")
app.add_typer(train_app, name="train")

DEFAULT_DB = "eventwire.db"
DropUnlikely = Annotated[
    bool,
    typer.Option(
        "--drop-unlikely",
        help="Drop incidents the plausibility model judges thin (more precise on full news "
        "articles; it can drop real incidents of short reports such as tweets).",
    ),
]

NoLink = Annotated[
    bool,
    typer.Option(
        "--no-link",
        help="Store each report's incidents as they are, without linking them to stored "
        "incidents of other reports.",
    ),
]

DbOption = Annotated[
    str,
    typer.Option("--db", envvar="EVENTWIRE_DB", help="SQLite file (or sqlite:/// URL) to use."),
]
JsonOption = Annotated[
    bool, typer.Option("--json", help="Print JSON for machines instead of a table.")
]
Files = Annotated[
    list[Path], typer.Argument(help="Text, HTML, JSON Lines or CSV files.", show_default=False)
]
Published = Annotated[
    str | None,
    typer.Option(
        "--published", help="Publication date YYYY-MM-DD for every report (else from the document)."
    ),
]
Fmt = Annotated[str, typer.Option("--format", help="auto, text, html, jsonl or csv.")]
Col = Annotated[str | None, typer.Option(show_default=False)]


# --------------------------------------------------------------------------- plumbing


def fail(message: str, code: int = 1) -> NoReturn:
    typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
    raise typer.Exit(code)


@contextmanager
def errors_as_messages() -> Iterator[None]:
    """Library errors become one line on stderr and an exit code, never a traceback."""
    try:
        yield
    except UsageError as err:
        fail(str(err), 2)
    except EventwireError as err:
        fail(str(err), 1)
    except KeyboardInterrupt:
        fail("interrupted; what was saved stays saved, run the same command again to finish", 130)


def parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} {value!r} is not a date; use YYYY-MM-DD") from None


def parse_near(value: str | None) -> tuple[float, float, float] | None:
    if value is None:
        return None
    parts = value.split(",")
    try:
        lat, lon, km = (float(p) for p in parts)
    except ValueError:
        raise UsageError(f"--near {value!r}: give LAT,LON,KM, e.g. 36.2,37.16,10") from None
    return lat, lon, km


def ingest_options(
    fmt: str,
    published: str | None,
    text_column: str | None,
    title_column: str | None,
    date_column: str | None,
    id_column: str | None,
    outlet_column: str | None,
    url_column: str | None,
    date_format: str | None,
) -> IngestOptions:
    from eventwire.ingest import IngestOptions

    return IngestOptions(
        fmt=fmt,  # type: ignore[arg-type]  # checked by IngestOptions itself
        published=parse_date(published, "--published"),
        text_column=text_column,
        title_column=title_column,
        date_column=date_column,
        id_column=id_column,
        outlet_column=outlet_column,
        url_column=url_column,
        date_format=date_format,
    )


def make_extractor(n_process: int, *, drop_unlikely: bool = False) -> Extractor:
    from eventwire.extract.pipeline import Extractor

    with render.status("Loading the language model and gazetteer…"):
        return Extractor(n_process=n_process, drop_unlikely=drop_unlikely)


def make_linker() -> IncrementalLinker:
    from eventwire.link import IncrementalLinker

    return IncrementalLinker()


def open_db(db: str) -> Store:
    from eventwire.store import open_store

    return open_store(db)


def warn(err: EventwireError) -> None:
    typer.secho(f"skipped: {err}", err=True, fg=typer.colors.YELLOW)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


# --------------------------------------------------------------------------- commands


@app.callback(invoke_without_command=True)
def root(
    version: Annotated[bool, typer.Option("--version", help="Show the version and exit.")] = False,
) -> None:
    if version:
        typer.echo(f"eventwire {__version__}")
        raise typer.Exit(0)


@app.command()
def extract(
    files: Files,
    published: Published = None,
    fmt: Fmt = "auto",
    as_json: JsonOption = False,
    text_column: Col = None,
    title_column: Col = None,
    date_column: Col = None,
    id_column: Col = None,
    outlet_column: Col = None,
    url_column: Col = None,
    date_format: Annotated[
        str | None, typer.Option(help="strptime format of the CSV date column.")
    ] = None,
    n_process: Annotated[int, typer.Option(help="Worker processes for parsing.")] = 1,
    drop_unlikely: DropUnlikely = False,
) -> None:
    """Extract incidents from reports and print them (nothing is stored)."""
    from eventwire.batch import extract_paths

    with errors_as_messages():
        options = ingest_options(
            fmt,
            published,
            text_column,
            title_column,
            date_column,
            id_column,
            outlet_column,
            url_column,
            date_format,
        )
        extractor = make_extractor(n_process, drop_unlikely=drop_unlikely)
        problems: list[str] = []

        def problem(err: EventwireError) -> None:
            problems.append(str(err))
            warn(err)

        with render.progress(None, "Extracting") as tick:
            extractions = list(
                extract_paths(files, options, extractor, on_problem=problem, on_progress=tick)
            )
        if as_json:
            print_json(
                {
                    "reports": [
                        e.report.model_dump(mode="json", exclude={"text"}) for e in extractions
                    ],
                    "incidents": [
                        i.model_dump(mode="json") for e in extractions for i in e.incidents
                    ],
                    "problems": problems,
                }
            )
        else:
            render.incident_table([i for e in extractions for i in e.incidents])
        if problems and not extractions:
            raise typer.Exit(1)


@app.command()
def ingest(
    files: Files,
    db: DbOption = DEFAULT_DB,
    published: Published = None,
    fmt: Fmt = "auto",
    text_column: Col = None,
    title_column: Col = None,
    date_column: Col = None,
    id_column: Col = None,
    outlet_column: Col = None,
    url_column: Col = None,
    date_format: Annotated[
        str | None, typer.Option(help="strptime format of the CSV date column.")
    ] = None,
    n_process: Annotated[int, typer.Option(help="Worker processes for parsing.")] = 1,
    drop_unlikely: DropUnlikely = False,
    no_link: NoLink = False,
) -> None:
    """Extract incidents from reports, link and store them.

    Each incident joins the stored incident other reports told, or starts a new one. A report
    already stored is skipped."""
    from eventwire.batch import ingest_paths

    with errors_as_messages():
        options = ingest_options(
            fmt,
            published,
            text_column,
            title_column,
            date_column,
            id_column,
            outlet_column,
            url_column,
            date_format,
        )
        extractor = make_extractor(n_process, drop_unlikely=drop_unlikely)
        with open_db(db) as store, render.progress(None, "Ingesting") as tick:
            result = ingest_paths(
                files,
                options,
                extractor,
                store,
                on_problem=warn,
                on_progress=tick,
                linking=None if no_link else make_linker(),
            )
        render.batch_summary(result, db)
        if result.problems and result.reports == 0:
            raise typer.Exit(1)


@incidents_app.callback(invoke_without_command=True)
def incidents(
    ctx: typer.Context,
    db: DbOption = DEFAULT_DB,
    event_type: Annotated[
        str | None, typer.Option("--type", help="Event or sub-event type, e.g. air_drone_strike.")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Only incidents on or after YYYY-MM-DD.")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Only incidents on or before YYYY-MM-DD.")
    ] = None,
    near: Annotated[
        str | None, typer.Option(help="LAT,LON,KM: only incidents within KM of a point.")
    ] = None,
    grade: Annotated[
        str | None,
        typer.Option(help="Only this corroboration grade: confirmed, fair, weak or contested."),
    ] = None,
    disputed: Annotated[
        bool, typer.Option("--disputed", help="Only incidents where sources disagree.")
    ] = False,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 100,
    as_json: JsonOption = False,
) -> None:
    """List stored incidents, newest filters first; `incidents show ID` for one in full."""
    if ctx.invoked_subcommand is not None:
        ctx.obj = db
        return
    from eventwire.model import SUB_EVENT_TYPES, Grade
    from eventwire.store import IncidentQuery

    with errors_as_messages():
        grades = {g.value: g for g in Grade}
        if grade is not None and grade not in grades:
            raise UsageError(f"--grade {grade!r}: use one of {', '.join(grades)}")
        is_sub = event_type in SUB_EVENT_TYPES
        if (
            event_type is not None
            and not is_sub
            and event_type not in set(SUB_EVENT_TYPES.values())
        ):
            raise UsageError(
                f"--type {event_type!r} is not an ACLED event or sub-event type; e.g. "
                "explosions_remote_violence, air_drone_strike, armed_clash"
            )
        query = IncidentQuery(
            event_type=None if is_sub else event_type,
            sub_event_type=event_type if is_sub else None,
            since=parse_date(since, "--since"),
            until=parse_date(until, "--until"),
            near=parse_near(near),
            grade=grades[grade] if grade is not None else None,
            disputed=disputed,
            limit=limit,
        )
        with open_db(db) as store:
            found = store.incidents(query)
        if as_json:
            print_json([i.model_dump(mode="json") for i in found])
        else:
            render.incident_table(found)


IncidentArg = Annotated[str, typer.Argument(help="The incident id, e.g. inc_0123abcd…")]
SubDbOption = Annotated[
    str | None,
    typer.Option(
        "--db", help="SQLite file to use (else the one given to 'incidents').", show_default=False
    ),
]


def _db_of(ctx: typer.Context, db: str | None) -> str:
    """The --db given after the subcommand, else before it, else $EVENTWIRE_DB, else the default."""
    return str(db or ctx.obj or os.environ.get("EVENTWIRE_DB", DEFAULT_DB))


@incidents_app.command("show")
def show_incident(
    ctx: typer.Context,
    incident_id: IncidentArg,
    as_json: JsonOption = False,
    db: SubDbOption = None,
) -> None:
    """Show one incident: its claims and sources, disagreements, grade and links.

    Every claim with its source and quote, where sources disagree, how well it is
    corroborated, and why its reports are together."""
    with errors_as_messages(), open_db(_db_of(ctx, db)) as store:
        incident = store.get_incident(incident_id)
        if as_json:
            print_json(incident.model_dump(mode="json"))
        else:
            render.incident_detail(incident, links=_member_links(store, incident_id))


@incidents_app.command("links")
def show_links(
    ctx: typer.Context,
    incident_id: IncidentArg,
    as_json: JsonOption = False,
    db: SubDbOption = None,
) -> None:
    """Why an incident's reports are together.

    Each report weighed against the ones before it, with the evidence of the pair that ties
    it best."""
    with errors_as_messages(), open_db(_db_of(ctx, db)) as store:
        store.get_incident(incident_id)  # an unknown id is refused here, in one line
        links = _member_links(store, incident_id)
        if as_json:
            print_json([dataclasses.asdict(link) for link in links])
        else:
            render.member_links(links)


def _member_links(store: Store, incident_id: str) -> list[MemberLink]:
    from eventwire.link.explain import explain_links

    return explain_links(store.members(incident_id), merged=store.link_decisions().must)


@incidents_app.command("merge")
def merge_incidents(
    ctx: typer.Context,
    keep: Annotated[str, typer.Argument(help="The incident to keep (its id stays).")],
    other: Annotated[str, typer.Argument(help="The incident merged into it (its id goes).")],
    as_json: JsonOption = False,
    db: SubDbOption = None,
) -> None:
    """Merge two incidents into one, by hand. Relinking keeps them together."""
    with errors_as_messages(), open_db(_db_of(ctx, db)) as store:
        merged = store.merge(keep, other, make_linker())
        if as_json:
            print_json(merged.model_dump(mode="json"))
        else:
            render.incident_detail(merged)


@incidents_app.command("split")
def split_incident(
    ctx: typer.Context,
    incident_id: Annotated[str, typer.Argument(help="The incident to split.")],
    report: Annotated[
        list[str],
        typer.Option("--report", help="A report whose claims move to a new incident (repeatable)."),
    ],
    as_json: JsonOption = False,
    db: SubDbOption = None,
) -> None:
    """Move some reports' claims out of an incident into a new one, by hand.

    Relinking keeps them apart."""
    with errors_as_messages(), open_db(_db_of(ctx, db)) as store:
        new = store.split(incident_id, report, make_linker())
        if as_json:
            print_json(new.model_dump(mode="json"))
        else:
            render.incident_detail(new)


@app.command()
def relink(db: DbOption = DEFAULT_DB) -> None:
    """Link every stored report's incidents again from scratch.

    After an upgrade of the linker, or for a database ingested with --no-link; merges and
    splits made by hand are kept."""
    from eventwire.batch import relink as relink_store

    with errors_as_messages(), open_db(db) as store:
        before = store.count_incidents()
        with render.status("Relinking"):
            after = relink_store(store, make_linker())
    render.err.print(f"{before} incidents before, {after} after relinking {db}")


@app.command()
def export(
    fmt: Annotated[
        str, typer.Option("--format", help="jsonl, csv (ACLED-style columns) or geojson.")
    ] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")
    ] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Export all stored incidents."""
    from eventwire import export as exporters
    from eventwire.store import IncidentQuery

    writers: dict[str, Callable[..., Any]] = {
        "jsonl": exporters.write_jsonl,
        "csv": exporters.write_csv,
        "geojson": exporters.write_geojson,
    }
    with errors_as_messages():
        if fmt not in writers:
            raise UsageError(f"--format {fmt!r}: use one of jsonl, csv, geojson")
        with open_db(db) as store:
            found = store.incidents(IncidentQuery())
        if output is None:
            writers[fmt](found, sys.stdout)
        else:
            with output.open("w", encoding="utf-8", newline="") as out:
                writers[fmt](found, out)
            typer.echo(f"wrote {len(found)} incidents to {output}", err=True)


@app.command()
def demo(
    db: Annotated[
        str, typer.Option("--db", help="Where to write the demo database.")
    ] = "eventwire-demo.db",
    as_json: JsonOption = False,
) -> None:
    """Run the whole path on the bundled demo reports and show what comes out."""
    from eventwire.batch import ingest_paths
    from eventwire.demo import reports_path
    from eventwire.ingest import IngestOptions
    from eventwire.store import IncidentQuery

    with errors_as_messages():
        extractor = make_extractor(1)
        with open_db(db) as store:
            result = ingest_paths(
                [reports_path()],
                IngestOptions(),
                extractor,
                store,
                on_problem=warn,
                linking=make_linker(),
            )
            found = store.incidents(IncidentQuery())
            # The point of the demo: one incident told by several reports, and where they differ.
            linked = max(found, key=lambda i: (len(i.reports), i.id), default=None)
            shown = linked is not None and len(linked.reports) > 1 and not as_json
            links = _member_links(store, linked.id) if shown and linked is not None else []
        if as_json:
            print_json([i.model_dump(mode="json") for i in found])
            return
        render.incident_table(found)
        if shown and linked is not None:
            typer.echo("")
            render.incident_detail(linked, claims=False, links=links)
        render.batch_summary(result, db)
        typer.echo(
            f"Next: eventwire incidents --db {db}   |   eventwire incidents show ID --db {db}"
        )


@evaluate_app.command("fakes")
def evaluate_fakes(
    path: Annotated[Path, typer.Argument(help="FA-KES-Dataset.csv")],
    limit: Annotated[int | None, typer.Option(help="Only the first N articles.")] = None,
    as_json: JsonOption = False,
    n_process: Annotated[int, typer.Option(help="Worker processes for parsing.")] = 1,
) -> None:
    """FA-KES: publication date, main-incident date and governorate accuracy.

    The texts are read without the CSV's date column: the date we score is the one we find.
    """
    from eventwire.harness.fakes import run_fakes

    with errors_as_messages():
        extractor = make_extractor(n_process)
        with render.progress(limit, "Extracting FA-KES") as tick:
            table = run_fakes(path, extractor, limit=limit, on_problem=warn, on_progress=tick)
        show_scores(table, as_json)


def show_scores(table: ScoreTable, as_json: bool) -> None:
    if as_json:
        print_json(table.as_dict())
    else:
        render.score_table(table)


DataDir = Annotated[
    Path, typer.Argument(help="The data set's folder, e.g. ../shared/data/te3-platinum.")
]


@evaluate_app.command("te3")
def evaluate_te3(path: DataDir, as_json: JsonOption = False) -> None:
    """TempEval-3 platinum: TIMEX span F1 (strict, relaxed) and normalised value accuracy."""
    from eventwire.harness.timeml import run_te3

    with errors_as_messages():
        show_scores(run_te3(path), as_json)


@evaluate_app.command("meantime")
def evaluate_meantime(path: DataDir, as_json: JsonOption = False) -> None:
    """MEANTIME English: TIMEX span F1 and value accuracy (WikiNews, a second date set)."""
    from eventwire.harness.timeml import run_meantime

    with errors_as_messages():
        show_scores(run_meantime(path), as_json)


@evaluate_app.command("trnews")
def evaluate_trnews(path: DataDir, as_json: JsonOption = False) -> None:
    """TR-News: toponym recognition P/R/F1, resolution within 161 km and 25 km, error in km."""
    from eventwire.harness.geoparse import run_trnews

    with errors_as_messages(), render.status("Geoparsing TR-News…"):
        table = run_trnews(path)
    show_scores(table, as_json)


@evaluate_app.command("geowebnews")
def evaluate_geowebnews(path: DataDir, as_json: JsonOption = False) -> None:
    """GeoWebNews: toponym recognition and resolution (as TR-News)."""
    from eventwire.harness.geoparse import run_geowebnews

    with errors_as_messages(), render.status("Geoparsing GeoWebNews…"):
        table = run_geowebnews(path)
    show_scores(table, as_json)


@evaluate_app.command("geovirus")
def evaluate_geovirus(path: DataDir, as_json: JsonOption = False) -> None:
    """GeoVirus: resolution of the gold toponyms within 161 km, error in km."""
    from eventwire.harness.geoparse import run_geovirus

    with errors_as_messages(), render.status("Geocoding GeoVirus…"):
        table = run_geovirus(path)
    show_scores(table, as_json)


@evaluate_app.command("event-location")
def evaluate_event_location(
    path: DataDir,
    limit: Annotated[int | None, typer.Option(help="Only the first N records.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Event-location (Halterman 2019): of the places in a sentence, the one the event happened at."""
    from eventwire.harness.geoparse import run_event_location

    with errors_as_messages(), render.status("Linking events to places…"):
        table = run_event_location(path, limit=limit)
    show_scores(table, as_json)


@evaluate_app.command("devset")
def evaluate_devset(
    path: Annotated[Path, typer.Argument(help="FA-KES-Dataset.csv")],
    as_json: JsonOption = False,
) -> None:
    """Our annotated FA-KES dev set: incident P/R/F1 and exact match of every field."""
    from eventwire.harness.devset import run_devset

    with errors_as_messages():
        extractor = make_extractor(1)
        with render.status("Extracting the dev set…"):
            table = run_devset(path, extractor)
        show_scores(table, as_json)


@evaluate_app.command("maverick")
def evaluate_maverick(
    path: Annotated[Path, typer.Argument(help="maverick_event_report.csv")],
    learned: Annotated[
        bool,
        typer.Option(
            "--learned",
            help="Instead, measure how far the fields can carry any linker: a learned pair "
            "model clustered in one batch, scored generously (needs scikit-learn; ~30 s).",
        ),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """MAVERICK: link 3,287 report records into incidents from their fields alone.

    Pairwise and B-cubed F1 against its event ids."""
    with errors_as_messages():
        if learned:
            from eventwire.harness.linking_learned import SCHEMES, learned_ceiling_scores

            with render.progress(len(SCHEMES), "Learning and clustering, by fold scheme") as done:
                table = learned_ceiling_scores(path, on_progress=done)
        else:
            from eventwire.harness.linking import maverick_scores

            with render.status("Linking MAVERICK records…"):
                table = maverick_scores(path)
        show_scores(table, as_json)


@evaluate_app.command("ecbplus")
def evaluate_ecbplus(path: DataDir, as_json: JsonOption = False) -> None:
    """ECB+ test topics 36-45: cluster documents into incidents; B-cubed and pairwise F1."""
    from eventwire.harness.ecbplus import ecbplus_scores

    with errors_as_messages():
        extractor = make_extractor(1)
        with render.status("Extracting and linking ECB+ documents…"):
            table = ecbplus_scores(path, extractor)
        show_scores(table, as_json)


@evaluate_app.command("pairs")
def evaluate_pairs(
    path: Annotated[Path, typer.Argument(help="FA-KES-Dataset.csv")],
    as_json: JsonOption = False,
) -> None:
    """Our FA-KES linked pairs: pairwise P/R/F1 of linking two outlets' articles.

    Do two outlets' articles of one incident link, and do articles of the same place on
    other days stay apart?"""
    from eventwire.harness.fakes_pairs import run_fakes_pairs

    with errors_as_messages():
        extractor = make_extractor(1)
        with render.status("Extracting and linking the judged pairs…"):
            table = run_fakes_pairs(path, extractor)
        show_scores(table, as_json)


@evaluate_app.command("testset")
def evaluate_testset(
    path: Annotated[Path, typer.Argument(help="FA-KES-Dataset.csv")],
    as_json: JsonOption = False,
) -> None:
    """Our held-out FA-KES test set (never tuned on), scored as the dev set."""
    from eventwire.harness.devset import run_devset

    with errors_as_messages():
        extractor = make_extractor(1)
        with render.status("Extracting the test set…"):
            table = run_devset(path, extractor, held_out=True)
        show_scores(table, as_json)


@train_app.command("plausibility")
def train_plausibility_model(
    path: Annotated[Path, typer.Argument(help="FA-KES-Dataset.csv")],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Write the weights here (the shipped ones are "
            "src/eventwire/extract/models/plausibility.json); default: print them.",
        ),
    ] = None,
) -> None:
    """Learn which assembled incidents to keep, from the annotated dev set.

    Needs scikit-learn (pip install 'eventwire[train]'). Prints the out-of-fold incident F1
    it expects."""
    from eventwire.extract.pipeline import Extractor
    from eventwire.harness.train import train_plausibility

    with errors_as_messages():
        with render.status("Loading the language model and gazetteer…"):
            extractor = Extractor()
        with render.status("Extracting the dev set and fitting…"):
            model = train_plausibility(path, extractor, on_problem=warn)
        if out is None:
            typer.echo(model.to_json())
            return
        out.write_text(model.to_json() + "\n", encoding="utf-8")
        d = model.details
        typer.echo(
            f"{out}: {d['examples']} incidents ({d['positives']} matched), threshold "
            f"{model.threshold}; out-of-fold incident F1 {d['f1_keeping_all']} -> {d['f1_out_of_fold']}"
        )


@evaluate_app.command("agreement")
def evaluate_agreement(as_json: JsonOption = False) -> None:
    """How far two annotators agree on part of the dev set.

    A second, blind annotation scored against the first exactly as the system is. Needs no
    data path."""
    from eventwire.harness.devset import run_agreement

    with errors_as_messages():
        show_scores(run_agreement(), as_json)


@evaluate_app.command("all")
def evaluate_all(
    data: Annotated[Path, typer.Argument(help="The folder of gold sets, e.g. ../shared/data.")],
    as_json: JsonOption = False,
    record: Annotated[
        Path | None,
        typer.Option(help="Also write the figures here (the regression test reads them)."),
    ] = None,
) -> None:
    """Every scorer, one table. Takes a few minutes."""
    from eventwire.harness.all import run_all

    with errors_as_messages():
        extractor = make_extractor(1)
        tables = run_all(
            data, extractor, on_start=lambda name: render.err.print(f"scoring {name}…")
        )
        if record is not None:
            record.write_text(json.dumps([t.as_dict() for t in tables], indent=2) + "\n")
        if as_json:
            print_json([t.as_dict() for t in tables])
        else:
            for table in tables:
                render.score_table(table)


@gazetteer_app.command("import")
def gazetteer_import(
    dump: Annotated[Path, typer.Argument(help="A GeoNames country dump, e.g. SY.txt.")],
) -> None:
    """Add a full GeoNames country dump (SY.txt format) to the gazetteer."""
    from eventwire.geo import import_dump

    with errors_as_messages():
        added = import_dump(dump)
        typer.echo(f"imported {added} places from {dump}; they are used from the next run on")
