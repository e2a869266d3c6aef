"""How likely two per-report incidents are one event: an additive log-odds over named evidence.

Each piece of evidence adds (or subtracts) a fixed weight to a prior log-odds; the sum goes
through a logistic to give a probability-like score in 0..1. The weights are the named
constants below, each with why it has its size; they were set by hand on MAVERICK's
Côte d'Ivoire records (see `eventwire.harness.linking`) and checked on its Kenya records.

Evidence, in the order it is weighed:

* reports — two incidents of one report are two events (extraction already merged what the
  report tells as one): veto.
* date — the gap in days between the two ranges (0 when they overlap) against a tolerance
  set by the coarser date precision; over the tolerance is a veto, within it each day costs.
* place — countries that differ veto; otherwise the distance in km against a scale set by
  the coarser of the two geo precisions (a neighbourhood ~3 km across, a town ~15, a district
  ~50, a governorate ~150; a country-level place gives no distance evidence; a town named
  like its governorate counts as the governorate against a place in it beyond the town); the
  same normalised place name adds.
* type — the same ACLED sub-event type adds, the same family a little, families that often
  describe one fight (battles and explosions, battles and attacks, protests and riots) are
  neutral, and the rest (a protest and an air strike) subtract.
* actors — a shared perpetrator adds, perpetrators that are both known and disjoint subtract;
  shared targets add a little.
* victim names — a shared name (transliteration-aware skeleton, a shorter name inside a longer
  one) adds much, a shared family name alone ('Omran' and 'Omar Daqneesh') less; both sides
  naming victims with no name in common subtracts.
* killed — sources differ on figures, so close figures are weak evidence and far ones a weak
  penalty.
* text — Jaccard similarity of hashed word bigrams, scaled.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from eventwire.link.profile import LinkProfile, jaccard
from eventwire.model import km_between

# Prior: most pairs that blocking proposes (same days, same area) are still different events.
PRIOR_LOGODDS = -2.5

# ---- dates
# Days two ranges may lie apart before they cannot be one event, by the coarser precision:
# day-precise reports of one event disagree by a day or two (late night, publication date).
DATE_TOLERANCE_DAYS = {"day": 3, "week": 10, "month": 45, "year": 400}
SAME_DAY = 0.8  # both pinned to the same single day: the strongest date evidence
RANGES_OVERLAP = -0.6  # overlapping ranges, at least one wider than a day: compatible, vaguer
PER_DAY_APART = -2.5  # each day of gap between the ranges
# ---- places
# Scale of a place of each precision in km: distances are judged against the coarser one.
PLACE_SCALE_KM = {"neighbourhood": 3.0, "town": 15.0, "district": 50.0, "governorate": 150.0}
PRECISION_ORDER = ("neighbourhood", "town", "district", "governorate", "country")
SAME_POINT_KM = 0.5  # coordinates this close are the same gazetteer point
SAME_POINT = 1.0  # the same point: both reports placed it at one spot
WITHIN_SCALE = -0.4  # within the place's own size
NEAR_SCALE = -2.3  # within twice its size: no evidence either way
BEYOND_SCALE = -2.7  # two to four times its size apart
FAR_APART = -4.0  # further: almost surely two places
COARSE_PLACE = -1.0  # a governorate or country: the place hardly narrows the event down
SAME_PLACE_NAME = 1.4  # same normalised name (on top of distance: names repeat across towns)
# ---- types
SAME_SUB_TYPE = 1.0
SAME_FAMILY = 0.6
INCOMPATIBLE_FAMILIES = -1.0  # a protest and an air strike are rarely one event
# Families that reporters use for one event: a fight with shelling, a clash that killed civilians.
COMPATIBLE_FAMILIES = frozenset(
    frozenset(pair)
    for pair in (
        ("battles", "explosions_remote_violence"),
        ("battles", "violence_against_civilians"),
        ("explosions_remote_violence", "violence_against_civilians"),
        ("protests", "riots"),
        ("riots", "violence_against_civilians"),
        ("protests", "violence_against_civilians"),
        ("riots", "battles"),
    )
)
# ---- actors and victims
SHARED_PERPETRATOR = 0.0
DISJOINT_PERPETRATORS = -1.0  # reports often blame differently, so not a veto
SHARED_TARGET = 1.0
SHARED_VICTIM_NAME = 2.5  # a name in common is rare by chance
# Only the family name in common ('Omran' and 'Omar Daqneesh'): one victim whose given name a
# source got wrong, or a relative hurt in the same strike; either way rarely chance.
SHARED_FAMILY_NAME = 1.0
DISJOINT_VICTIM_NAMES = -1.5
# ---- figures (weak: tolls differ across sources and grow over time)
SAME_KILLED = 2.0  # the same number, above zero
CLOSE_KILLED = 1.2  # within a factor of two
FAR_KILLED = -1.0  # more than a factor of four apart, or none against some
# An outlet seldom tells one event in two different articles of the same days.
SAME_SOURCE = -1.0
# ---- text
TEXT_SIMILARITY = 1.0  # times the bigram Jaccard: a shared headline phrase is strong evidence


@dataclass(frozen=True, slots=True)
class PairScore:
    score: float
    veto: str | None
    reasons: tuple[str, ...]


def logistic(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def _vetoed(why: str) -> PairScore:
    return PairScore(0.0, why, (why,))


def coarser_precision(a: str | None, b: str | None) -> str | None:
    """The coarser of two geo precisions; unknown counts as country level."""
    ra = PRECISION_ORDER.index(a) if a in PRECISION_ORDER else len(PRECISION_ORDER) - 1
    rb = PRECISION_ORDER.index(b) if b in PRECISION_ORDER else len(PRECISION_ORDER) - 1
    return PRECISION_ORDER[max(ra, rb)]


def date_tolerance(a: LinkProfile, b: LinkProfile) -> int:
    """Days of gap allowed, by the coarser of the two date precisions."""
    return max(
        DATE_TOLERANCE_DAYS.get(a.date_precision or "day", 3),
        DATE_TOLERANCE_DAYS.get(b.date_precision or "day", 3),
    )


def day_gap(a: LinkProfile, b: LinkProfile) -> int:
    """Days between two dated ranges; 0 when they overlap."""
    assert a.start is not None and a.end is not None and b.start is not None and b.end is not None
    return max(0, max(a.start, b.start) - min(a.end, b.end))


def _date_evidence(a: LinkProfile, b: LinkProfile, gap: int) -> tuple[float, str]:
    if gap == 0:
        if a.start == a.end == b.start == b.end:
            return SAME_DAY, "same day"
        return RANGES_OVERLAP, "date ranges overlap"
    return PER_DAY_APART * gap, f"{gap} day(s) apart"


def _read_as_governorate(p: LinkProfile, other: LinkProfile, km: float | None) -> bool:
    """Whether p, a town named like its governorate ('Idlib'), is read as the governorate for
    this pair: the other place lies in that governorate but beyond the town itself, and
    "an attack in Syria's Idlib" may well have meant the province."""
    return (
        p.governorate_namesake
        and p.admin1 == other.admin1
        and km is not None
        and km > PLACE_SCALE_KM["town"]
    )


def _place_evidence(a: LinkProfile, b: LinkProfile) -> list[tuple[float, str]]:
    out: list[tuple[float, str]] = []
    km = None
    if a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None:
        km = km_between(a.lat, a.lon, b.lat, b.lon)
    precision = coarser_precision(
        "governorate" if _read_as_governorate(a, b, km) else a.geo_precision,
        "governorate" if _read_as_governorate(b, a, km) else b.geo_precision,
    )
    scale = PLACE_SCALE_KM.get(precision or "country")
    if scale is not None and km is not None:
        if km <= SAME_POINT_KM:
            out.append((SAME_POINT, "same point"))
        elif km <= scale:
            out.append((WITHIN_SCALE, f"{km:.0f} km apart, within a {precision}"))
        elif km <= 2 * scale:
            out.append((NEAR_SCALE, f"{km:.0f} km apart, near for a {precision}"))
        elif km <= 4 * scale:
            out.append((BEYOND_SCALE, f"{km:.0f} km apart, beyond a {precision}"))
        else:
            out.append((FAR_APART, f"{km:.0f} km apart, far for a {precision}"))
    if precision in ("governorate", "country"):
        out.append((COARSE_PLACE, f"only a {precision}"))
    if precision != "country" and a.place_key and a.place_key == b.place_key:
        out.append((SAME_PLACE_NAME, f"same place name {a.place_key!r}"))
    return out


def _type_evidence(a: LinkProfile, b: LinkProfile) -> tuple[float, str]:
    if a.sub_event_type == b.sub_event_type:
        return SAME_SUB_TYPE, f"same type {a.sub_event_type}"
    if a.event_type == b.event_type:
        return SAME_FAMILY, f"same family {a.event_type}"
    if frozenset((a.event_type, b.event_type)) in COMPATIBLE_FAMILIES:
        return 0.0, f"compatible types {a.event_type}/{b.event_type}"
    return INCOMPATIBLE_FAMILIES, f"incompatible types {a.event_type}/{b.event_type}"


def names_match(x: str, y: str) -> bool:
    """Two name skeletons of one person: equal, or one's words all in the other's."""
    if x == y:
        return True
    wx, wy = set(x.split()), set(y.split())
    return wx <= wy or wy <= wx


def family_names_match(x: str, y: str) -> bool:
    """Two name skeletons of two or more words each ending in the same family name."""
    wx, wy = x.split(), y.split()
    return len(wx) > 1 and len(wy) > 1 and wx[-1] == wy[-1]


def _actor_evidence(a: LinkProfile, b: LinkProfile) -> list[tuple[float, str]]:
    out: list[tuple[float, str]] = []
    if a.perpetrators and b.perpetrators:
        shared = a.perpetrators & b.perpetrators
        if shared:
            out.append((SHARED_PERPETRATOR, f"same perpetrator {min(shared)}"))
        else:
            out.append((DISJOINT_PERPETRATORS, "different perpetrators"))
    shared_targets = a.targets & b.targets
    if shared_targets:
        out.append((SHARED_TARGET, f"same target {min(shared_targets)}"))
    if a.victim_names and b.victim_names:
        if any(names_match(x, y) for x in a.victim_names for y in b.victim_names):
            out.append((SHARED_VICTIM_NAME, "a victim named in both"))
        elif any(family_names_match(x, y) for x in a.victim_names for y in b.victim_names):
            out.append((SHARED_FAMILY_NAME, "a victim's family name in both"))
        else:
            out.append((DISJOINT_VICTIM_NAMES, "different victim names"))
    return out


def _killed_evidence(a: LinkProfile, b: LinkProfile) -> tuple[float, str] | None:
    if a.killed is None or b.killed is None:
        return None
    low, high = sorted((a.killed, b.killed))
    if low == high:
        return (SAME_KILLED, f"same toll {low}") if low else None
    if low and high <= 2 * low:
        return CLOSE_KILLED, f"close tolls {low}/{high}"
    if low == 0 or high > 4 * low:
        return FAR_KILLED, f"far tolls {low}/{high}"
    return None


def pair_score(a: LinkProfile, b: LinkProfile, *, explain: bool = True) -> PairScore:
    """The probability-like score that two profiles tell one event, with the reasons.

    ``explain=False`` leaves the reasons out: formatting them is most of a pair's cost, and
    a linker weighing hundreds of candidates needs the reasons of the one it picks only."""
    if a.start is None or b.start is None:
        return _vetoed("undated")
    if a.reports & b.reports:
        return _vetoed("same report")
    gap = day_gap(a, b)
    tolerance = date_tolerance(a, b)
    if gap > tolerance:
        return _vetoed(f"dates {gap} days apart (over {tolerance})")
    if a.country and b.country and a.country != b.country:
        return _vetoed(f"different countries {a.country}/{b.country}")
    evidence = [_date_evidence(a, b, gap), _type_evidence(a, b)]
    evidence += _place_evidence(a, b)
    evidence += _actor_evidence(a, b)
    killed = _killed_evidence(a, b)
    if killed is not None:
        evidence.append(killed)
    if a.sources & b.sources:
        evidence.append((SAME_SOURCE, "same source, another report"))
    similarity = jaccard(a.shingles, b.shingles)
    if similarity:
        evidence.append((TEXT_SIMILARITY * similarity, f"text overlap {similarity:.2f}"))
    total = PRIOR_LOGODDS + sum(w for w, _ in evidence)
    reasons = tuple(f"{w:+.1f} {why}" for w, why in evidence) if explain else ()
    return PairScore(logistic(total), None, reasons)
