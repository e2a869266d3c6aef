"""One linked incident from its members (each one report's account of it): every claim kept with
its source and report, each field decided by a stated rule, contradictions and a grade added.

The rules:

* **type**: a vote of the members on the event type, then on the sub type among those of the
  winning type; a tie goes to the more specific sub type ("attack", "armed_clash" and "other"
  are the least specific), then to the first member.
* **date**: the members' dates of the finest precision; of those, the one overlapping most
  others (then the first), narrowed to its intersection with the others it overlaps.
* **location**: the member place agreeing (nested or near, `places_agree`) with the most other
  members' places; of those agreeing as widely, the finest, then the first. So the finest
  place all agree with wins, else the most common.
* **actors**: the union (one per normalised actor and role), with the perpetrator most members
  name ("unknown" aside; a tie goes to the first named) as the incident's perpetrator, i.e. the
  first actor of that role.
* **victims**: group figures reconciled per (group, outcome) as tolls are; named victims
  merged when one person (surname a transliteration variant, same or unknown age), keeping the
  spelling most members use, then the first.
* **fatalities / injuries**, UCDP's low/best/high. Each member's figure belongs to the
  independent source its claim comes from (the "teller"; the report's outlet or wire story when
  unattributed). A teller's figures are read in publication order and a later one replaces the
  earlier when it is as high or higher (`contradictions.updates` states the rule and why). If all
  tellers agree, that figure. Otherwise ``best`` is the members' figure most tellers give (a
  strict plurality), else the lower median of their bests (UCDP prefers the more
  conservative); ``low`` and ``high`` are the lowest floor and highest ceiling (else best) of
  every teller's figure, the members' and every other source's figure in their reports
  ("local activists put the toll higher, around 32" widens ``high``, not ``best``). "At least
  16" floors at 16 and raises no ceiling of its own. The three are then put in order.

A single member is returned as it is, with its id as the only member, plus the contradictions
within its report and its grade.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from eventwire.errors import UsageError
from eventwire.geo.names import key
from eventwire.link.contradictions import (
    FINEST_FIRST,
    claimed,
    contradictions,
    places_agree,
    same_spelling,
    updates,
)
from eventwire.link.grade import corroborate
from eventwire.link.independence import SourceKeys, source_keys
from eventwire.link.profile import OUTLET_KIND, UNKNOWN_ACTOR
from eventwire.model import (
    SUB_EVENT_TYPES,
    Actor,
    ActorRole,
    Count,
    DatePrecision,
    DateRange,
    EventType,
    Incident,
    NamedVictim,
    Outcome,
    Place,
    Report,
    Source,
    VictimGroup,
    Victims,
)

# Sub types that say least about what happened: a tie in the vote goes to any other.
GENERIC_SUB_TYPES = {"other": 0, "attack": 1, "armed_clash": 1}
DATE_FINEST_FIRST = list(DatePrecision)
EVERYONE = "people"  # extraction's group for a toll of no particular kind of person


@dataclass(frozen=True, slots=True)
class Figure:
    """One member's figure for one field, with who gave it and when."""

    count: Count
    teller: str  # independent source key (independence.SourceKeys)
    published: date | None
    order: int  # member position: the tie-break for undated reports


# --------------------------------------------------------------------------- counts


def reconcile_counts(
    figures: Sequence[Figure], alternatives: Sequence[Figure] = ()
) -> Count | None:
    """UCDP-style low/best/high: ``best`` from the members' figures, ``low`` and ``high`` over
    those and the other figures sources give in the members' reports (module docstring)."""
    counts = _current(figures)
    if not counts:
        return None
    spread = _current([*figures, *alternatives])
    if all(c == counts[0] for c in spread):
        return counts[0]
    bests = [c.best for c in counts if c.best is not None]
    best = _plurality(bests)
    if best is None and bests:
        best = statistics.median_low(bests)
    floors = [c.low if c.low is not None else c.best for c in spread]
    ceilings = [c.high if c.high is not None else c.best for c in spread]
    low = min((v for v in floors if v is not None), default=None)
    high = max((v for v in ceilings if v is not None), default=None)
    return _ordered(low, best, high)


def _current(figures: Sequence[Figure]) -> list[Count]:
    """Each teller's one standing figure, in order of first appearance: its figures read in
    (publication, member) order, undated first, a later one replacing the held one when it
    `updates` it (the rule, and how `contradictions.superseded` applies it differently)."""
    current: dict[str, Figure] = {}
    for fig in sorted(figures, key=lambda f: (f.published or date.min, f.order)):
        held = current.get(fig.teller)
        if held is None or updates(fig.count, held.count):
            current[fig.teller] = fig
    return [f.count for f in sorted(current.values(), key=lambda f: f.order)]


def _plurality(values: Sequence[int]) -> int | None:
    ranked = Counter(values).most_common()
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _ordered(low: int | None, best: int | None, high: int | None) -> Count:
    if best is not None:
        low = best if low is None else min(low, best)
        high = None if high is None else max(high, best)
    if low is not None and high is not None and high < low:
        high = low
    return Count(low=low, best=best, high=high)


def member_figures(
    members: Sequence[Incident], field: str, keys: SourceKeys, reports: Mapping[str, Report]
) -> list[Figure]:
    """Each member's figure for ``field`` ("fatalities" or "injuries") and its teller."""
    out = []
    for order, member in enumerate(members):
        count: Count | None = getattr(member, field)
        if count is not None:
            out.append(_figure(member, field, count, order, keys, reports))
    return out


def _figure(
    member: Incident,
    field: str,
    count: Count,
    order: int,
    keys: SourceKeys,
    reports: Mapping[str, Report],
) -> Figure:
    claims = [c for c in member.claims if c.field == field]
    # The teller is the source of the claim that gave the member its figure, else the first.
    matching = [
        c for c in claims if isinstance(c.value, dict) and c.value.get("best") == count.best
    ]
    claim = next(iter(matching or claims), None)
    report_id = claim.report_id if claim is not None else _first_report(member)
    source = claim.source if claim is not None else Source(name="the report", kind=OUTLET_KIND)
    report = reports.get(report_id)
    return Figure(
        count=count,
        teller=keys.key(source, report_id),
        published=report.published if report is not None else None,
        order=order,
    )


def claim_figures(
    members: Sequence[Incident], field: str, keys: SourceKeys, reports: Mapping[str, Report]
) -> list[Figure]:
    """Every figure for ``field`` any source gives in the members' claims."""
    out = []
    for order, member in enumerate(members):
        for c in member.claims:
            count = claimed(Count, c.value) if c.field == field else None
            if count is not None:
                report = reports.get(c.report_id)
                published = report.published if report is not None else None
                out.append(Figure(count, keys.of(c), published, order))
    return out


def _first_report(member: Incident) -> str:
    return member.reports[0] if member.reports else member.id


# --------------------------------------------------------------------------- fields


def vote_type(members: Sequence[Incident]) -> tuple[EventType, str]:
    """(event_type, sub_event_type) by the members' vote."""
    types = Counter(m.event_type for m in members)
    top = max(types.values())
    event_type = next(m.event_type for m in members if types[m.event_type] == top)
    subs = [m.sub_event_type for m in members if m.event_type == event_type]
    counts = Counter(subs)
    sub = min(
        dict.fromkeys(subs),
        key=lambda s: (-counts[s], -GENERIC_SUB_TYPES.get(s, 2), subs.index(s)),
    )
    return SUB_EVENT_TYPES[sub], sub


def reconcile_date(dates: Sequence[DateRange]) -> DateRange | None:
    """The finest dates' best-supported range, narrowed to where they overlap."""
    if not dates:
        return None
    finest = min((d.precision for d in dates), key=DATE_FINEST_FIRST.index)
    fine = [d for d in dates if d.precision is finest]
    anchor = max(fine, key=lambda d: (sum(d.overlaps(o) for o in fine), -fine.index(d)))
    start, end = anchor.start, anchor.end
    for other in fine:
        if other.start <= end and start <= other.end:
            start, end = max(start, other.start), min(end, other.end)
    if (start, end) == (anchor.start, anchor.end):
        return anchor
    return DateRange(start=start, end=end, precision=finest, text=anchor.text)


def reconcile_location(places: Sequence[Place]) -> Place | None:
    """The place most members' places agree with; the finest, then the first, of those."""
    if not places:
        return None

    def rank(i: int) -> tuple[int, int, int]:
        place = places[i]
        agree = sum(places_agree(place, o) for j, o in enumerate(places) if j != i)
        return (agree, -FINEST_FIRST.index(place.precision), -i)

    return places[max(range(len(places)), key=rank)]


def reconcile_actors(members: Sequence[Incident]) -> list[Actor]:
    """The union of the members' actors, the voted perpetrator first of its role."""
    union: dict[tuple[str, ActorRole], Actor] = {}
    for member in members:
        for actor in member.actors:
            union.setdefault((actor.normalized, actor.role), actor)
    votes = Counter(
        who
        for m in members
        for who in dict.fromkeys(
            a.normalized
            for a in m.actors
            if a.role is ActorRole.PERPETRATOR and a.normalized != UNKNOWN_ACTOR
        )
    )
    actors = list(union.values())
    if not votes:
        return actors
    top = max(votes.values())
    named_order = [a.normalized for a in actors if a.role is ActorRole.PERPETRATOR]
    winner = next(w for w in named_order if votes.get(w) == top)
    chosen = union[(winner, ActorRole.PERPETRATOR)]
    first = next(i for i, a in enumerate(actors) if a.role is ActorRole.PERPETRATOR)
    actors.remove(chosen)
    actors.insert(first, chosen)
    return actors


def _one_person(a: NamedVictim, b: NamedVictim) -> bool:
    ka, kb = key(a.name).split(), key(b.name).split()
    if not ka or not kb or not same_spelling(ka[-1], kb[-1]):
        return False
    return a.age is None or b.age is None or a.age == b.age


def reconcile_named(members: Sequence[Incident]) -> list[NamedVictim]:
    """Named victims, one per person: the most used spelling, the first age and outcome given."""
    people: list[list[NamedVictim]] = []
    for victim in (v for m in members for v in m.victims.named):
        for person in people:
            if _one_person(person[0], victim):
                person.append(victim)
                break
        else:
            people.append([victim])
    out = []
    for person in people:
        spellings = Counter(v.name for v in person)
        name = max(spellings, key=lambda n: (spellings[n], -[v.name for v in person].index(n)))
        age = next((v.age for v in person if v.age is not None), None)
        outcome = next((v.outcome for v in person if v.outcome is not None), None)
        out.append(NamedVictim(name=name, age=age, outcome=outcome))
    return out


def reconcile_groups(
    members: Sequence[Incident], keys: SourceKeys, reports: Mapping[str, Report]
) -> list[VictimGroup]:
    """Group figures per (group, outcome), reconciled as tolls are, in order of appearance.
    A figure of "people" is a member's whole toll, already reconciled into the incident's
    killed or injured; listed again it would read as a second total ("5 people injured"
    beside injured 8), so it is left out."""
    figures: dict[tuple[str, Outcome], list[Figure]] = {}
    for order, member in enumerate(members):
        for group in member.victims.groups:
            if group.group == EVERYONE:
                continue
            field = "fatalities" if group.outcome is Outcome.KILLED else "injuries"
            fig = _figure(member, field, group.count, order, keys, reports)
            figures.setdefault((group.group, group.outcome), []).append(fig)
    out = []
    for (name, outcome), figs in figures.items():
        count = reconcile_counts(figs)
        if count is not None:
            out.append(VictimGroup(group=name, outcome=outcome, count=count))
    return out


# --------------------------------------------------------------------------- entry point


def reconcile(
    cluster_id: str, members: Sequence[Incident], reports: Mapping[str, Report]
) -> Incident:
    """The linked incident of ``members`` (in arrival order), under the id ``cluster_id``."""
    if not members:
        raise UsageError(f"incident {cluster_id}: nothing to reconcile (no member incidents)")
    found = contradictions(members, reports)
    grade = corroborate(members, reports, found)
    if len(members) == 1:
        only = members[0]
        return only.model_copy(
            update={
                "id": cluster_id,
                "members": [only.id],
                "contradictions": found,
                "corroboration": grade,
            }
        )
    keys = source_keys(members, reports)
    event_type, sub_event_type = vote_type(members)
    return Incident(
        id=cluster_id,
        event_type=event_type,
        sub_event_type=sub_event_type,
        date=reconcile_date([m.date for m in members if m.date is not None]),
        location=reconcile_location([m.location for m in members if m.location is not None]),
        fatalities=reconcile_counts(
            member_figures(members, "fatalities", keys, reports),
            claim_figures(members, "fatalities", keys, reports),
        ),
        injuries=reconcile_counts(
            member_figures(members, "injuries", keys, reports),
            claim_figures(members, "injuries", keys, reports),
        ),
        victims=Victims(
            groups=reconcile_groups(members, keys, reports), named=reconcile_named(members)
        ),
        actors=reconcile_actors(members),
        claims=[c for m in members for c in m.claims],
        reports=list(dict.fromkeys(r for m in members for r in m.reports)),
        summary=next((m.summary for m in members if m.summary), None),
        members=[m.id for m in members],
        contradictions=found,
        corroboration=grade,
    )
