"""FA-KES (Abu Salem et al. 2019): 804 Syrian-war articles with a crowdsourced event date and
governorate. Its ``date`` is mostly the publication date and is noisy, so three things are
scored separately: the publication date we find in the text (dateline), the date of the main
incident we extract, and the governorate of the main incident (else of the places mentioned).
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from eventwire.errors import EvaluationError
from eventwire.evaluate.metrics import Ratio, Score, ScoreTable
from eventwire.geo import normalise_governorate
from eventwire.geo.names import key
from eventwire.model import DatePrecision, Extraction, Incident, Place

COLUMNS = ("unit_id", "article_content", "date", "location")


@dataclass(frozen=True, slots=True)
class FakesGold:
    unit_id: str
    date: date
    governorate: str  # canonical key, see geo.normalise_governorate


def load_fakes_gold(path: Path) -> dict[str, FakesGold]:
    """unit_id → gold date and governorate."""
    csv.field_size_limit(sys.maxsize)
    try:
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise EvaluationError(
                    f"{path}: not the FA-KES CSV (no column {', '.join(missing)})"
                )
            gold = {}
            for row in reader:
                gold[row["unit_id"]] = FakesGold(
                    unit_id=row["unit_id"],
                    date=datetime.strptime(row["date"], "%m/%d/%Y").date(),
                    governorate=normalise_governorate(row["location"]),
                )
    except OSError as err:
        raise EvaluationError(f"{path}: cannot read ({err.strerror})") from err
    except ValueError as err:
        raise EvaluationError(f"{path}: bad row ({err})") from err
    return gold


def main_incident(incidents: list[Incident]) -> Incident | None:
    """The incident a report is mainly about: the first one told (news leads with it),
    preferring one with casualty figures among the first three."""
    if not incidents:
        return None
    lead = incidents[:3]
    with_figures = [i for i in lead if i.fatalities is not None or i.injuries is not None]
    return (with_figures or lead)[0]


# How much the title's places and the main incident's place count, beside the mentions in the
# text (the k-th of which counts 1 / (1 + MENTION_DECAY * k)).
TITLE_WEIGHT = 2.0
INCIDENT_WEIGHT = 0.5
MENTION_DECAY = 0.6


def report_governorate(extraction: Extraction) -> str | None:
    """The governorate a report is about: every Syrian place it names, earlier ones counting
    more, the title's places more again (the first named most), and one more vote for the
    place of the main incident when the report states it with the incident."""
    totals = _mention_totals(extraction.places, extraction.report.text)
    for rank, gov in enumerate(_title_governorates(extraction.places, extraction.report.title)):
        totals[gov] = totals.get(gov, 0.0) + TITLE_WEIGHT / (1 + rank)
    stated = [i for i in extraction.incidents if _syrian_governorate(i) and located_with_it(i)]
    inc = main_incident(stated)
    scene = _syrian_governorate(inc) if inc is not None else None
    if scene is not None:
        totals[scene] = totals.get(scene, 0.0) + INCIDENT_WEIGHT
    if not totals:
        return None
    return max(totals, key=lambda g: totals[g])  # ties: the first named


def located_with_it(incident: Incident) -> bool:
    """Was the incident's place stated in one of its own sentences, rather than filled in from
    the town the report named before (weak evidence of where it happened)?"""
    quotes = {c.quote for c in incident.claims if c.field != "location"}
    return any(c.quote in quotes for c in incident.claims if c.field == "location")


def _syrian_governorate(incident: Incident) -> str | None:
    place = incident.location
    if place is None or place.country_code != "SY" or not place.admin1:
        return None
    return normalise_governorate(place.admin1)


# Words whose "from X" / "out of X" names where people came from, not where the event was:
# "evacuees from the towns of Foua and Kefraya", "families displaced from Hama".
ORIGIN_HEADS = (
    "evacuees",
    "evacuated",
    "evacuating",
    "residents",
    "refugees",
    "displaced",
    "fled",
    "fleeing",
    "escaped",
    "escaping",
    "martyrs",
    "natives",
)
# The origin phrase ends where a locative preposition or a clause starts a new place role
# ("fled from shelling in Homs": Homs is where the shelling was).
_ORIGIN = re.compile(
    r"\b(?:" + "|".join(ORIGIN_HEADS) + r")\s+(?:[\w-]+\s+){0,2}?(?:from|out\s+of)\s+"
    r"(?P<tail>(?:(?!(?:in|at|on|near|to|into|towards|toward|where|while|as|who|which)\b)"
    r"[\w'’-]+,?\s+){0,8})$",
    re.IGNORECASE,
)
# An outlet's tag line ("Tags Syria Idlib Bashar al-Assad SOHR …") lists topics, not scenes;
# it runs, unpunctuated, until the first function word of the lede.
_TAGS = re.compile(
    r"\bTags\s+(?P<zone>(?:(?!(?:the|a|an|in|on|at|of|and|to|for|by|was|were|is|has|have)\b)\S+\s+)+)",
    re.IGNORECASE,
)


def in_origin_role(before: str) -> bool:
    """Does the text right before a place name make it where people came from?"""
    sentence = re.split(r"[.;:!?]\s", before[-160:])[-1]
    return _ORIGIN.search(sentence) is not None


def tag_zones(text: str) -> list[tuple[int, int]]:
    """Character ranges of outlet tag lines in the text."""
    return [m.span("zone") for m in _TAGS.finditer(text)]


def background_mentions(text: str, places: list[Place]) -> list[bool]:
    """For each place (in reading order), is it named only as people's origin or in a tag
    line? Such mentions say nothing about where the report's events happened."""
    zones = tag_zones(text)
    flags = []
    cursor = 0
    for place in places:
        at = text.find(place.text, cursor) if place.text else -1
        if at < 0:
            flags.append(False)
            continue
        cursor = at + len(place.text or "")
        tagged = any(start <= at < end for start, end in zones)
        flags.append(tagged or in_origin_role(text[:at]))
    return flags


def _mention_totals(places: list[Place], text: str) -> dict[str, float]:
    totals: dict[str, float] = {}
    k = 0
    for place, background in zip(places, background_mentions(text, places), strict=True):
        if place.country_code != "SY" or not place.admin1 or background:
            continue
        gov = normalise_governorate(place.admin1)
        totals[gov] = totals.get(gov, 0.0) + 1.0 / (1.0 + MENTION_DECAY * k)
        k += 1
    return totals


def _title_governorates(places: list[Place], title: str | None) -> list[str]:
    """Governorates of the Syrian places the title names, in the title's order."""
    if not title:
        return []
    words = f" {key(title)} "
    first: dict[str, int] = {}
    for place in places:
        if place.country_code != "SY" or not place.admin1 or not place.text:
            continue
        at = words.find(f" {key(place.text)} ")
        if at < 0 or _origin_in_title(title, place.text):
            continue
        gov = normalise_governorate(place.admin1)
        first[gov] = min(at, first.get(gov, at))
    return sorted(first, key=lambda g: first[g])


def _origin_in_title(title: str, name: str) -> bool:
    at = title.find(name)
    return at >= 0 and in_origin_role(title[:at])


def score_fakes(gold: dict[str, FakesGold], extractions: list[Extraction]) -> ScoreTable:
    pub_found = pub_exact = pub_near = dated = ev_exact = ev_near = ev_in = gov_ok = answered = 0
    confusions: Counter[tuple[str, str]] = Counter()
    n = 0
    for ex in extractions:
        g = gold.get(ex.report.id)
        if g is None:
            continue
        n += 1
        pub = ex.report.published if ex.report.published_from == "dateline" else None
        if pub is not None:
            pub_found += 1
            pub_exact += pub == g.date
            pub_near += abs((pub - g.date).days) <= 1
        inc = main_incident(ex.incidents)
        if inc is not None and inc.date is not None:
            dated += 1
            day = inc.date.start if inc.date.precision is DatePrecision.DAY else None
            ev_exact += day == g.date
            ev_near += day is not None and abs((day - g.date).days) <= 1
            ev_in += inc.date.start <= g.date <= inc.date.end
        gov = report_governorate(ex)
        answered += gov is not None
        if gov == g.governorate:
            gov_ok += 1
        else:
            confusions[(g.governorate, gov or "none")] += 1
    table = ScoreTable("fakes")
    for measure, hits, target in (
        ("publication date found in text", pub_found, None),
        ("publication date = gold date (exact)", pub_exact, 0.70),
        ("publication date = gold date (±1 day)", pub_near, 0.70),
        ("main incident has a date", dated, None),
        ("main incident date = gold (exact, day precision)", ev_exact, None),
        ("main incident date = gold (±1 day)", ev_near, None),
        ("gold date inside main incident's range", ev_in, None),
        ("governorate = gold", gov_ok, 0.95),
        ("governorate answered", answered, None),
    ):
        table.add(Score.of(measure, Ratio(hits, n), target))
    table.details["articles"] = n
    table.details["governorate_confusions"] = {
        f"{gold_gov}->{ours}": k for (gold_gov, ours), k in confusions.most_common(15)
    }
    return table
