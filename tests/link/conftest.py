"""Incidents, reports and claims built by hand for the reconciliation, contradiction,
independence and grade tests: a small factory with defaults (the ``make`` fixture), so each
test states only what it is about, and the worked Aleppo and FA-KES Qaterji cases.

These are pydantic records. The scoring, blocking and linker tests take `LinkProfile`s, the
linker's flat view, from link_profiles.py instead; the two build different things."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.model import (
    SUB_EVENT_TYPES,
    Actor,
    ActorRole,
    Claim,
    Count,
    DatePrecision,
    DateRange,
    GeoPrecision,
    Incident,
    NamedVictim,
    Outcome,
    Place,
    Report,
    Source,
    Victims,
)

# Places with the coordinates the gazetteer gives (approximately): Qaterji lies in Aleppo.
ALEPPO = Place(
    name="Aleppo", lat=36.2021, lon=37.1343, country_code="SY", admin1="Aleppo",
    precision=GeoPrecision.TOWN,
)  # fmt: skip
QATERJI = Place(
    name="Qaterji", lat=36.2155, lon=37.1690, country_code="SY", admin1="Aleppo",
    precision=GeoPrecision.NEIGHBOURHOOD,
)  # fmt: skip
IDLIB = Place(
    name="Idlib", lat=35.9306, lon=36.6339, country_code="SY", admin1="Idlib",
    precision=GeoPrecision.TOWN,
)  # fmt: skip


def day(iso: str) -> DateRange:
    d = date.fromisoformat(iso)
    return DateRange(start=d, end=d, precision=DatePrecision.DAY)


def exact(n: int) -> Count:
    return Count(low=n, best=n, high=n)


def at_least(n: int) -> Count:
    return Count(low=n, best=n)


def about(n: int) -> Count:
    return Count(best=n)


def src(name: str, kind: str = "outlet", canonical_id: str | None = None) -> Source:
    return Source(name=name, kind=kind, canonical_id=canonical_id)


OUTLET = src("the report")


def report(
    rid: str, text: str | None = None, *, outlet: str | None = None, published: str | None = None
) -> Report:
    return Report(
        id=rid,
        text=text if text is not None else f"Report {rid} tells of a strike, in words of its own.",
        outlet=outlet,
        published=date.fromisoformat(published) if published else None,
    )


def claim(
    field: str,
    value: Any,
    *,
    report_id: str,
    source: Source = OUTLET,
    quote: str = "",
    hedged: bool = False,
) -> Claim:
    if hasattr(value, "model_dump"):
        value = value.model_dump(mode="json")
    return Claim(
        field=field,
        value=value,
        source=source,
        report_id=report_id,
        quote=quote or f"{field} in {report_id}",
        start=0,
        end=1,
        hedged=hedged,
    )


def perpetrator(normalized: str) -> Actor:
    return Actor(
        text=normalized.replace("_", " "), normalized=normalized, role=ActorRole.PERPETRATOR
    )


def incident(
    iid: str,
    report_id: str,
    *,
    sub: str = "air_drone_strike",
    when: DateRange | None = None,
    where: Place | None = None,
    fatalities: Count | None = None,
    injuries: Count | None = None,
    named: list[NamedVictim] | None = None,
    actors: list[Actor] | None = None,
    claims: list[Claim] | None = None,
    summary: str | None = None,
) -> Incident:
    """A member incident of one report. Without ``claims``, the report itself (its outlet)
    claims each value given, as extraction does for an unattributed sentence."""
    if claims is None:
        claims = [
            claim("event_type", {"event_type": SUB_EVENT_TYPES[sub], "sub_event_type": sub},
                  report_id=report_id)
        ]  # fmt: skip
        for field, value in (("date", when), ("location", where), ("fatalities", fatalities),
                             ("injuries", injuries)):  # fmt: skip
            if value is not None:
                claims.append(claim(field, value, report_id=report_id))
        claims += [claim("victim", v, report_id=report_id) for v in named or []]
        claims += [claim("actor", a, report_id=report_id) for a in actors or []]
    return Incident(
        id=iid,
        event_type=SUB_EVENT_TYPES[sub],
        sub_event_type=sub,
        date=when,
        location=where,
        fatalities=fatalities,
        injuries=injuries,
        victims=Victims(named=named or []),
        actors=actors or [],
        claims=claims,
        reports=[report_id],
        summary=summary,
    )


def by_id(*reports: Report) -> dict[str, Report]:
    return {r.id: r for r in reports}


# --------------------------------------------------------------------------- worked cases

OMRAN = NamedVictim(name="Omran Daqneesh", age=5, outcome=Outcome.INJURED)
OMAR = NamedVictim(name="Omar Daqneesh", age=5, outcome=Outcome.INJURED)
WEDNESDAY = day("2016-08-17")


def aleppo_case(aleppo_text: str) -> tuple[list[Incident], dict[str, Report]]:
    """The Aleppo strike of 17 August 2016 told three times: wire copy (5 children injured,
    Omran Daqneesh named), the Guardian (its own text, with the tweet calling him Omar and a
    local doctor counting 7 hurt) and the Daily Telegraph (8 injured)."""
    wire = report(
        "aleppo-wire",
        "ALEPPO, Syria (AFP) - Five children were injured late on Wednesday by a strike on the "
        "Qaterji district of Aleppo, among them five-year-old Omran Daqneesh.",
        published="2016-08-18",
    )
    guardian = report("aleppo-guardian", aleppo_text, outlet="The Guardian", published="2016-08-18")
    telegraph = report(
        "aleppo-telegraph",
        "Eight people were hurt when an air strike hit the Qaterji neighbourhood, doctors at the "
        "M10 hospital told the Telegraph.",
        outlet="The Daily Telegraph",
        published="2016-08-18",
    )
    m_wire = incident("m-wire", wire.id, when=WEDNESDAY, where=QATERJI, injuries=exact(5),
                      named=[OMRAN])  # fmt: skip
    g = guardian.id
    doctor = src("A local doctor", "medical")
    tweet = src("Raf Sanchez", "social_media")
    lines = aleppo_text.splitlines()
    m_guardian = incident(
        "m-guardian", g, when=WEDNESDAY, where=QATERJI, injuries=exact(7), named=[OMRAN],
        claims=[
            claim("event_type", {"event_type": "explosions_remote_violence",
                                 "sub_event_type": "air_drone_strike"}, report_id=g,
                  quote=lines[0]),
            claim("date", WEDNESDAY, report_id=g, quote=lines[1]),
            claim("injuries", exact(5), report_id=g, quote=lines[1]),
            claim("victim", OMRAN, report_id=g, quote=lines[1]),
            claim("victim", OMAR, report_id=g, source=tweet, quote=lines[3]),
            claim("location", QATERJI, report_id=g, source=doctor, quote=lines[9]),
            claim("injuries", exact(7), report_id=g, source=doctor, quote=lines[9]),
        ],
    )  # fmt: skip
    m_telegraph = incident("m-telegraph", telegraph.id, when=WEDNESDAY, where=QATERJI,
                           injuries=exact(8))  # fmt: skip
    return [m_wire, m_guardian, m_telegraph], by_id(wire, guardian, telegraph)


QATERJI_UNITS = ("1923102958", "1923848269")  # al-Araby (around 32 / nine) and Ahram (nine)


def fakes_rows(csv_path: Path, unit_ids: tuple[str, ...]) -> dict[str, dict[str, str]]:
    with csv_path.open(encoding="utf-8", errors="replace", newline="") as handle:
        return {row["unit_id"]: row for row in csv.DictReader(handle) if row["unit_id"] in unit_ids}


def sentence_with(text: str, words: str) -> str:
    """The FA-KES text has no sentence ends we can trust; the words' surrounding run will do."""
    at = text.index(words)
    return text[max(0, at - 80) : at + len(words) + 40]


def qaterji_case(shared_dir: Path) -> tuple[list[Incident], dict[str, Report]]:
    """FA-KES' two reports of the Qaterji barrel bomb of 5 June 2016: both carry the AFP story
    (the Observatory: nine killed in Qaterji); al-Araby adds local activists' "around 32"."""
    rows = fakes_rows(shared_dir / "data" / "fa-kes" / "FA-KES-Dataset.csv", QATERJI_UNITS)
    reports = {}
    for uid in QATERJI_UNITS:
        row = rows[uid]
        month, dd, year = (int(p) for p in row["date"].split("/"))
        reports[uid] = Report(
            id=uid, text=row["article_content"], title=row["article_title"],
            outlet=row["source"], published=date(year, month, dd),
        )  # fmt: skip
    sohr = src("The Syrian Observatory for Human Rights", "monitor", "sohr")
    activists = src("Local activists", "activist")
    members = []
    for uid in QATERJI_UNITS:
        text = reports[uid].text
        nine = "nine civilians were killed in Qaterji"
        claims = [
            claim("event_type", {"event_type": "explosions_remote_violence",
                                 "sub_event_type": "air_drone_strike"}, report_id=uid,
                  quote=sentence_with(text, "hit the Qaterji neighbourhood")),
            claim("date", day("2016-06-05"), report_id=uid, quote=sentence_with(text, "on Sunday")),
            claim("location", QATERJI, report_id=uid,
                  quote=sentence_with(text, "hit the Qaterji neighbourhood")),
            claim("fatalities", exact(9), report_id=uid, source=sohr,
                  quote=sentence_with(text, nine)),
        ]  # fmt: skip
        if "around 32" in text:
            quote = sentence_with(text, "around 32 have been killed")
            claims.append(
                claim("fatalities", about(32), report_id=uid, source=activists, quote=quote)
            )
        members.append(
            incident(f"m-{uid}", uid, when=day("2016-06-05"), where=QATERJI,
                     fatalities=exact(9), actors=[perpetrator("syrian_government")], claims=claims)
        )  # fmt: skip
    return members, reports


@pytest.fixture
def aleppo(aleppo_text: str) -> tuple[list[Incident], dict[str, Report]]:
    return aleppo_case(aleppo_text)


@pytest.fixture
def qaterji(shared_dir: Path) -> tuple[list[Incident], dict[str, Report]]:
    return qaterji_case(shared_dir)


class Make:
    """The factory as one object, for tests to take as the ``make`` fixture (a conftest is not
    imported by name: tests/ holds several)."""

    ALEPPO = ALEPPO
    QATERJI = QATERJI
    IDLIB = IDLIB
    OMRAN = OMRAN
    OMAR = OMAR
    day = staticmethod(day)
    exact = staticmethod(exact)
    at_least = staticmethod(at_least)
    about = staticmethod(about)
    src = staticmethod(src)
    report = staticmethod(report)
    claim = staticmethod(claim)
    perpetrator = staticmethod(perpetrator)
    incident = staticmethod(incident)
    by_id = staticmethod(by_id)


@pytest.fixture
def make() -> type[Make]:
    return Make
