"""Combining the casualty figures one report gives for one incident.

Within a report, figures for the same outcome either restate the toll (keep the first best, the
smallest credible low, the largest high) or add to it ("four other children, one woman and
two young men were also hurt" after "one of five children injured"). An additive group figure
smaller than an earlier figure for the same group ("four other children" after "five children",
one of whom was just named) is the rest of that figure, not new people, and is not added again.
Pure functions: no spaCy.

Why the first best: when a report gives two figures for one toll they are mostly two sources
("at least 12 …, the monitor said" then "the committees say 13") or a figure of a neighbouring
incident that assembly folded in, and the annotation guidelines keep the figure the report leads
with. A vague first figure ("dozens") has no best, so the first precise one is kept.
"""

from __future__ import annotations

from collections.abc import Iterable

from eventwire.extract.mentions import CasualtyMention
from eventwire.model import Count, NamedVictim, Outcome, VictimGroup

GENERIC_GROUPS = frozenset({"people", "persons", "civilians", "victims"})


def combine(
    mentions: Iterable[CasualtyMention], outcome: Outcome
) -> tuple[Count | None, list[VictimGroup]]:
    """The incident's count for one outcome and its victim groups."""
    base_total: Count | None = None
    groups: dict[str, Count] = {}
    additive_total = 0
    mentions = [m for m in mentions if m.outcome is outcome]
    if any(not m.total_of_parts and _has_figure(m.count) for m in mentions):
        # A round-up's total ("Nine killed in attacks on Aleppo") is the sum of several
        # incidents' tolls; where the incident has a figure of its own, that figure is its toll.
        mentions = [m for m in mentions if not m.total_of_parts]
    for m in mentions:
        if m.additive and (base_total is not None or groups or additive_total):
            additive_total += _fill_out(groups, m)
            continue
        # An additive figure with nothing before it to add to ("dozens of people were also
        # wounded", after only the dead were counted) is the first statement of its toll.
        if m.named and m.count.best == len(m.named):
            continue  # "Omran was injured": about a named victim, not a statement of the toll
        if _has_figure(m.count):
            base_total = restate(base_total, m.count)
        for g in m.groups:
            groups[g.group] = restate(groups.get(g.group), g.count)
    updates = [m.count for m in mentions if m.update and m.count.best is not None]
    if updates and base_total is not None:
        # "the toll later rose to 40": the last update is the toll, not the first figure told.
        base_total = restate(updates[-1], base_total)
    total = _with_addition(base_total, additive_total)
    if total is None and groups:
        total = _sum_counts(groups[g] for g in groups if g not in GENERIC_GROUPS)
    return total, [
        VictimGroup(group=g, outcome=outcome, count=c) for g, c in sorted(groups.items())
    ]


def restate(old: Count | None, new: Count) -> Count:
    """Two statements of the same toll: the first best, the widest credible range around it."""
    if old is None:
        return new
    best = old.best if old.best is not None else new.best
    lows = [v for v in (old.low, new.low) if v is not None and (best is None or v <= best)]
    return Count(
        low=min(lows) if lows else None,
        best=best,
        high=_max(old.high, new.high, old.best, new.best),
    )


def _fill_out(groups: dict[str, Count], mention: CasualtyMention) -> int:
    """Apply an additive mention to the groups; return how many people it adds to the total."""
    added = 0
    for g in mention.groups:
        best = g.count.best or 0
        prior = groups.get(g.group)
        if prior is not None and prior.best is not None and best < prior.best:
            # "four other children" after "five children": the rest of that figure (other than
            # the child just named), already counted. Only a larger figure can be new people.
            continue
        if g.group in GENERIC_GROUPS and prior is not None and prior.best == best:
            # "kills six and wounds 19" … "the attack also wounded 19 people": the same people
            # told again; "also" sets the wounding beside the killing, it adds no one.
            continue
        if prior is not None and prior.best is not None:
            groups[g.group] = Count(low=prior.best + best, best=prior.best + best)
        else:
            groups[g.group] = g.count
        added += best
    if not mention.groups and mention.count.best is not None:
        added += mention.count.best
    # "five civilians, including three children, were also killed": the children are among the
    # five, so a mention never adds more than its own total.
    if mention.count.best is not None:
        added = min(added, mention.count.best)
    return added


def same_person(a: NamedVictim, b: NamedVictim) -> bool:
    """Same surname and same (or unknown) age: one victim, perhaps spelt two ways
    (Omran / Omar Daqneesh)."""
    sa, sb = a.name.split()[-1].lower(), b.name.split()[-1].lower()
    first_a, first_b = a.name.split()[0].lower(), b.name.split()[0].lower()
    if len(a.name.split()) == 1 or len(b.name.split()) == 1:
        # "Omran" alone and "Omran Daqneesh": the one word is a first name or a surname of the other.
        return first_a == first_b or sa == sb
    return sa == sb and (a.age is None or b.age is None or a.age == b.age)


def _with_addition(total: Count | None, added: int) -> Count | None:
    if added == 0:
        return total
    if total is None:
        return Count(low=added, best=added)
    return Count(
        low=None if total.low is None else total.low + added,
        best=None if total.best is None else total.best + added,
        high=None if total.high is None else total.high + added,
    )


def _sum_counts(counts: Iterable[Count]) -> Count | None:
    items = list(counts)
    if not items:
        return None
    bests = [c.best for c in items]
    if any(b is None for b in bests):
        return None
    best = sum(b for b in bests if b is not None)
    return Count(low=best, best=best)


def _has_figure(count: Count) -> bool:
    return any(v is not None for v in (count.low, count.best, count.high))


def _min(*vals: int | None) -> int | None:
    present = [v for v in vals if v is not None]
    return min(present) if present else None


def _max(*vals: int | None) -> int | None:
    present = [v for v in vals if v is not None]
    return max(present) if present else None
