"""Where an incident's sources disagree: victim names, tolls, dates, perpetrators, places and
the kind of event, each contradiction with every side's value, source, report and quote.

Sides are claims of *different* independent sources (`independence.SourceKeys`), so the
article and the tweet it quotes disagree, while two copies of one wire story cannot. One
source changing its own figure is an update, not a contradiction (see `superseded`).

The rules, field by field:

* ``victim_name``: two claims describe one person (surnames transliteration variants, and the
  same age; with an age missing, the same outcome and no other victim of that surname from
  either source) but the full names are not variants: "Omran Daqneesh" vs "Omar Daqneesh" is
  flagged, "al-Qaterji"/"Qaterji" and "Daqneesh"/"Daqnish" are not.
* ``fatalities`` / ``injuries``: each figure is a range (exact N: [N, N]; "at least N":
  [N, open); "about N": [N, N]; "up to N": [0, N]); two figures contradict when their ranges
  do not meet. Every such gap is flagged, 1 apart as much as 23 apart: a reader judges
  "7 vs 8" differently from "9 vs 32", so the note says how far apart they are. "At least 5"
  vs 8 meet, so they do not contradict. Only figures a report's total stands on are compared:
  a part of it ("five children" of eight injured, "four others were also hurt") lies below
  the total extraction made of the report and is no toll of its own. A report whose figure
  counts only some groups ("four children were wounded") gives a floor against a figure of
  other groups ("eight people"): those two agree.
* ``date``: two stated dates whose ranges do not overlap (dates extraction inferred, hedged
  claims, are not a source's statement and are left out); the note gives the days between.
* ``perpetrator``: two sources whose named perpetrators ("unknown" and "contested" aside)
  have none in common.
* ``location``: two stated places neither nested in nor near the other (`places_agree`).
* ``sub_event_type``: two sources that call the event different kinds of event.

One contradiction per field, holding every claim that disagrees with another source's, in
claim order; equal values of one source appear once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from pydantic import ValidationError

from eventwire.geo.names import close_spelling, key, skeleton
from eventwire.link.independence import SourceKeys, source_keys
from eventwire.link.profile import NO_NAMED_PERPETRATOR
from eventwire.model import (
    ActorRole,
    Claim,
    ClaimedValue,
    Contradiction,
    Count,
    DateRange,
    GeoPrecision,
    Incident,
    NamedVictim,
    Place,
    Report,
)

# How far a place may lie from another of the coarser precision and still be the same scene.
AGREE_KM: dict[GeoPrecision, float] = {
    GeoPrecision.NEIGHBOURHOOD: 5.0,
    GeoPrecision.TOWN: 15.0,
    GeoPrecision.DISTRICT: 40.0,
    GeoPrecision.GOVERNORATE: 120.0,
    GeoPrecision.COUNTRY: 800.0,
}
FINEST_FIRST = list(GeoPrecision)
COUNT_FIELDS = {"fatalities": "killed", "injuries": "injured"}
V = TypeVar("V")
R = TypeVar("R", Count, DateRange, Place, NamedVictim)


@dataclass(frozen=True, slots=True)
class Said:
    """One claim with the key of its independent source."""

    claim: Claim
    source_key: str


# --------------------------------------------------------------------------- shared helpers


def coarser(a: Place, b: Place) -> GeoPrecision:
    return max(a.precision, b.precision, key=FINEST_FIRST.index)


def places_agree(a: Place, b: Place) -> bool:
    """One place lies in the other, or near it for the coarser one's precision."""
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return False
    level = coarser(a, b)
    if level is GeoPrecision.COUNTRY:
        return True
    if level is GeoPrecision.GOVERNORATE and a.admin1 and b.admin1:
        return key(a.admin1) == key(b.admin1)
    return a.km_to(b) <= AGREE_KM[level]


def count_range(count: Count) -> tuple[int, int | None]:
    """A figure's range of possible values: floor and ceiling (None: no ceiling)."""
    floor = count.low if count.low is not None else count.best
    ceiling = (
        count.high if count.high is not None else None if count.low is not None else count.best
    )
    return (floor or 0), ceiling


def count_gap(a: Count, b: Count) -> int:
    """How far apart two figures' ranges are; 0 when they meet."""
    (fa, ca), (fb, cb) = count_range(a), count_range(b)
    if ca is not None and ca < fb:
        return fb - ca
    if cb is not None and cb < fa:
        return fa - cb
    return 0


def describe_count(count: Count) -> str:
    """A figure as a report would say it: '9', 'at least 16', 'about 32', 'up to 30'."""
    low, best, high = count.low, count.best, count.high
    if best is not None and low == best == high:
        return str(best)
    if low is not None and best is not None and high is not None:
        return f"{low}-{high}"
    if low is not None and high is None:
        return f"at least {low}"
    if best is not None:
        return f"about {best}" if low is None and high is None else f"nearly {best}"
    return f"up to {high}" if high is not None else "?"


def same_spelling(a: str, b: str) -> bool:
    """Two names that are transliteration variants of one another ('Daqneesh'/'Daqnish')."""
    ka, kb = key(a), key(b)
    if ka == kb:
        return True
    return skeleton(a) == skeleton(b) and close_spelling(ka, kb)


def _surname(victim: NamedVictim) -> str:
    return key(victim.name).split()[-1] if key(victim.name) else ""


def _given(victim: NamedVictim) -> str:
    return " ".join(key(victim.name).split()[:-1])


def updates(later: Count, earlier: Count) -> bool:
    """The update rule, stated once: a source's later figure replaces its earlier one when it
    goes as high or higher. Tolls rise as bodies are found; a later, lower figure of the same
    source is more often a partial restatement than a correction, so it replaces nothing."""
    return (highest(later) or 0) >= (highest(earlier) or 0)


# Its two callers apply it differently, on purpose (aligning them would change their output):
# * `superseded` (here) drops a claim only when a claim of its source in a strictly later-dated
#   report updates it. Undated and same-day claims, and a later, lower figure, all stand: each
#   is still what the source said, and may disagree with another source.
# * `reconcile._current` needs exactly one standing figure per teller for its vote, so it folds
#   each teller's figures in (publication date, member order) with undated ones first: a later
#   figure that `updates` the held one replaces it, and any other is dropped.


def superseded(said: Sequence[Said], reports: Mapping[str, Report]) -> set[int]:
    """Indexes of count claims a later report of the same source replaces (`updates`): one
    source's toll rising over time is an update. Reports without a date supersede nothing."""
    # Per (field, source): the dated figures, so each claim is checked against its own slot.
    dated: dict[tuple[str, str], list[tuple[int, date, Count]]] = {}
    for i, s in enumerate(said):
        published = _published(s.claim.report_id, reports)
        count = _count_of(s.claim.value) if s.claim.field in COUNT_FIELDS else None
        if published is not None and count is not None:
            dated.setdefault((s.claim.field, s.source_key), []).append((i, published, count))
    out = set()
    for figures in dated.values():
        for i, published, count in figures:
            if any(later > published and updates(top, count) for _, later, top in figures):
                out.add(i)
    return out


def highest(count: Count) -> int | None:
    """How high a figure goes: its highest value given."""
    return max((v for v in (count.low, count.best, count.high) if v is not None), default=None)


def _count_of(value: object) -> Count | None:
    """A count claim's figure; None when the value is not a figure or gives no value."""
    count = claimed(Count, value)
    return None if count is None or highest(count) is None else count


def _level(value: object) -> int | None:
    """How high a count claim's figure goes; None when the value is not a figure."""
    count = _count_of(value)
    return None if count is None else highest(count)


def _published(report_id: str, reports: Mapping[str, Report]) -> date | None:
    report = reports.get(report_id)
    return report.published if report is not None else None


def _side(claim: Claim) -> ClaimedValue:
    return ClaimedValue(
        value=claim.value, source=claim.source, report_id=claim.report_id, quote=claim.quote
    )


def _conflicts(
    items: Sequence[tuple[Said, V]], disagree: Callable[[V, V], bool]
) -> list[tuple[Said, V]]:
    """Items that disagree with some item of another source, each (source, value) once."""
    keep: list[int] = []
    for i, (si, vi) in enumerate(items):
        if any(
            sj.source_key != si.source_key and disagree(vi, vj)
            for j, (sj, vj) in enumerate(items)
            if j != i
        ):
            keep.append(i)
    seen: list[tuple[str, V]] = []
    out = []
    for i in keep:
        s, v = items[i]
        if (s.source_key, v) not in seen:
            seen.append((s.source_key, v))
            out.append(items[i])
    return out


def _by_field(said: Sequence[Said], field: str) -> list[Said]:
    return [s for s in said if s.claim.field == field]


# --------------------------------------------------------------------------- fields


def parts_of_totals(members: Sequence[Incident]) -> set[int]:
    """Ids of the count claims that are parts of their report's total: their figure lies
    below the lowest figure of the member's total (5 children of 8 injured)."""
    parts = set()
    for m in members:
        for field in COUNT_FIELDS:
            total = m.fatalities if field == "fatalities" else m.injuries
            floor = None if total is None else (total.low if total.low is not None else total.best)
            if floor is None:
                continue
            for c in m.claims:
                level = _level(c.value) if c.field == field else None
                if level is not None and level < floor:
                    parts.add(id(c))
    return parts


# Groups that count everyone hurt (or every non-combatant): a figure of any other group alone
# ("four children") counts part of the victims, so it is at least that many people.
GENERAL_GROUPS = frozenset({"people", "civilians"})


def groups_counted(members: Sequence[Incident]) -> dict[int, frozenset[str]]:
    """Per count claim (by id), the victim groups its report's figure for that outcome counts."""
    out: dict[int, frozenset[str]] = {}
    for m in members:
        for field, outcome in COUNT_FIELDS.items():
            groups = frozenset(g.group for g in m.victims.groups if g.outcome.value == outcome)
            for c in m.claims:
                if c.field == field:
                    out[id(c)] = groups
    return out


def as_floor(count: Count) -> Count:
    lowest = min(v for v in (count.low, count.best, count.high) if v is not None)
    return Count(low=lowest)


def _figures_disagree(a: tuple[Count, frozenset[str]], b: tuple[Count, frozenset[str]]) -> bool:
    """Two figures disagree when their ranges do not meet; a figure of only some groups
    against one of other groups is a floor ('four children' and 'eight people' agree)."""
    (ca, ga), (cb, gb) = a, b
    if ga != gb:
        if ga and not ga & GENERAL_GROUPS:
            ca = as_floor(ca)
        if gb and not gb & GENERAL_GROUPS:
            cb = as_floor(cb)
    return count_gap(ca, cb) > 0


def _counts(
    said: Sequence[Said],
    reports: Mapping[str, Report],
    parts: set[int],
    groups: Mapping[int, frozenset[str]],
) -> list[Contradiction]:
    stale = superseded(said, reports)
    out = []
    for field, outcome in COUNT_FIELDS.items():
        items: list[tuple[Said, tuple[Count, frozenset[str]]]] = []
        for i, s in enumerate(said):
            if s.claim.field != field or i in stale or id(s.claim) in parts:
                continue
            count = claimed(Count, s.claim.value)
            if count is not None:
                items.append((s, (count, groups.get(id(s.claim), frozenset()))))
        sides = _conflicts(items, _figures_disagree)
        if len(sides) < 2:
            continue
        counts = [c for _, (c, _) in sides]
        spread = max(count_gap(a, b) for a in counts for b in counts)
        words = " vs ".join(dict.fromkeys(describe_count(c) for c in counts))
        note = f"{words} {outcome} ({spread} apart)"
        out.append(Contradiction(field=field, sides=[_side(s.claim) for s, _ in sides], note=note))
    return out


def _names(said: Sequence[Said]) -> list[Contradiction]:
    victims: list[tuple[Said, NamedVictim]] = []
    for s in _by_field(said, "victim"):
        victim = claimed(NamedVictim, s.claim.value)
        if victim is not None and len(key(victim.name).split()) >= 2:
            victims.append((s, victim))

    def surname_count(source_key: str, surname: str) -> int:
        names = {
            key(v.name)
            for s, v in victims
            if s.source_key == source_key and same_spelling(_surname(v), surname)
        }
        return len(names)

    def one_person(a: tuple[Said, NamedVictim], b: tuple[Said, NamedVictim]) -> bool:
        (sa, va), (sb, vb) = a, b
        if not same_spelling(_surname(va), _surname(vb)):
            return False
        if va.age is not None and vb.age is not None:
            return va.age == vb.age
        if va.outcome is not None and vb.outcome is not None and va.outcome != vb.outcome:
            return False
        return (
            surname_count(sa.source_key, _surname(va)) == 1
            and surname_count(sb.source_key, _surname(vb)) == 1
        )

    out = []
    done: set[int] = set()
    for i, a in enumerate(victims):
        if i in done:
            continue
        person = [i] + [
            j for j in range(i + 1, len(victims)) if j not in done and one_person(a, victims[j])
        ]
        done.update(person)
        spellings: list[tuple[Said, NamedVictim]] = []
        for j in person:
            s, v = victims[j]
            if not any(same_spelling(_given(v), _given(w)) for _, w in spellings):
                spellings.append((s, v))
        sources = {victims[j][0].source_key for j in person}
        if len(spellings) >= 2 and len(sources) >= 2:
            note = " vs ".join(v.name for _, v in spellings)
            sides = [_side(s.claim) for s, _ in spellings]
            out.append(Contradiction(field="victim_name", sides=sides, note=note))
    return out


def _dates(said: Sequence[Said]) -> list[Contradiction]:
    items: list[tuple[Said, DateRange]] = []
    for s in _by_field(said, "date"):
        when = claimed(DateRange, s.claim.value)
        if when is not None and not s.claim.hedged:
            items.append((s, when))
    sides = _conflicts(items, lambda a, b: not a.overlaps(b))
    if len(sides) < 2:
        return []
    ranges = [d for _, d in sides]
    days = max(days_apart(a, b) for a in ranges for b in ranges)
    words = " vs ".join(dict.fromkeys(_describe_date(d) for d in ranges))
    note = f"{words} ({days} day{'s' if days != 1 else ''} apart)"
    return [Contradiction(field="date", sides=[_side(s.claim) for s, _ in sides], note=note)]


def days_apart(a: DateRange, b: DateRange) -> int:
    """Days between two ranges; 0 when they overlap."""
    if a.overlaps(b):
        return 0
    return (b.start - a.end).days if a.end < b.start else (a.start - b.end).days


def _describe_date(d: DateRange) -> str:
    return (
        d.start.isoformat() if d.start == d.end else f"{d.start.isoformat()}..{d.end.isoformat()}"
    )


def _perpetrators(said: Sequence[Said]) -> list[Contradiction]:
    named: dict[str, set[str]] = {}
    items: list[tuple[Said, tuple[str, str]]] = []
    for s in _by_field(said, "actor"):
        value = s.claim.value
        if not isinstance(value, dict) or value.get("role") != ActorRole.PERPETRATOR.value:
            continue
        who = value.get("normalized")
        if isinstance(who, str) and who not in NO_NAMED_PERPETRATOR:
            named.setdefault(s.source_key, set()).add(who)
            items.append((s, (s.source_key, who)))

    def disagree(a: tuple[str, str], b: tuple[str, str]) -> bool:
        return not (named[a[0]] & named[b[0]])

    sides = _conflicts(items, disagree)
    if len(sides) < 2:
        return []
    note = " vs ".join(dict.fromkeys(who for _, (_, who) in sides))
    return [Contradiction(field="perpetrator", sides=[_side(s.claim) for s, _ in sides], note=note)]


def _places(said: Sequence[Said]) -> list[Contradiction]:
    items: list[tuple[Said, Place]] = []
    for s in _by_field(said, "location"):
        place = claimed(Place, s.claim.value)
        if place is not None and not s.claim.hedged:
            items.append((s, place))
    sides = _conflicts(items, lambda a, b: not places_agree(a, b))
    if len(sides) < 2:
        return []
    places = [p for _, p in sides]
    km = max(a.km_to(b) for a in places for b in places)
    note = " vs ".join(dict.fromkeys(p.name for p in places)) + f" ({km:.0f} km apart)"
    return [Contradiction(field="location", sides=[_side(s.claim) for s, _ in sides], note=note)]


def _kinds(said: Sequence[Said]) -> list[Contradiction]:
    items: list[tuple[Said, str]] = []
    for s in _by_field(said, "event_type"):
        value = s.claim.value
        sub = value.get("sub_event_type") if isinstance(value, dict) else None
        if isinstance(sub, str):
            items.append((s, sub))
    sides = _conflicts(items, lambda a, b: a != b)
    if len(sides) < 2:
        return []
    note = " vs ".join(dict.fromkeys(v.replace("_", " ") for _, v in sides))
    return [
        Contradiction(field="sub_event_type", sides=[_side(s.claim) for s, _ in sides], note=note)
    ]


def claimed(model: type[R], value: object) -> R | None:
    """A claim's JSON value read back into its record; None when it is not one."""
    try:
        return model.model_validate(value)
    except ValidationError:
        return None


# --------------------------------------------------------------------------- entry point


def attributed(members: Sequence[Incident], keys: SourceKeys) -> list[Said]:
    """Every member's claims, in member order, each with its independent source's key."""
    return [Said(c, keys.of(c)) for m in members for c in m.claims]


def contradictions(
    members: Sequence[Incident], reports: Mapping[str, Report]
) -> list[Contradiction]:
    """What the members' sources disagree on, field by field (module docstring)."""
    said = attributed(members, source_keys(members, reports))
    return [
        *_names(said),
        *_counts(said, reports, parts_of_totals(members), groups_counted(members)),
        *_dates(said),
        *_perpetrators(said),
        *_places(said),
        *_kinds(said),
    ]
