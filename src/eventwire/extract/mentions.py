"""Typed values that extraction components attach to spans.

Each component writes spans into one span group of the `Doc` (names in `SPAN_GROUPS`) and
puts its reading of each span in that group's span extension (``span._.ew_place`` for
``ew_places``, …; see `extensions.py`) as one of these records.
`assemble` is the only reader of all groups. Every value is a plain frozen dataclass or a
model record, so docs survive pickling in multi-process `nlp.pipe`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.model import Count, DateRange, NamedVictim, Outcome, Place, Source, VictimGroup

# span group name → the type of its spans' values
SPAN_GROUPS = {
    "ew_places": "PlaceMention",
    "ew_dates": "DateMention",
    "ew_triggers": "TriggerMention",
    "ew_casualties": "CasualtyMention",
    "ew_actors": "ActorMention",
    "ew_sources": "SourceMention",
    "ew_hedges": "HedgeMention",
}


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A toponym resolved against the gazetteer (``place`` None: matched but unresolvable)."""

    place: Place | None
    candidates: int = 1
    label: str | None = None  # spaCy entity label seen on the span, as evidence only


@dataclass(frozen=True, slots=True)
class DateMention:
    """A temporal expression resolved against the publication date (``date`` None: not a date
    we can place, e.g. 'three hours', 'the age of 15')."""

    date: DateRange | None
    kind: str = "date"  # date | dateline (the paper's own date) | time | duration | set | age


@dataclass(frozen=True, slots=True)
class TriggerMention:
    """A word or phrase that reports an event of an ACLED type."""

    event_type: str
    sub_event_type: str
    lemma: str
    strength: str = "specific"  # specific | generic | weak (see lexicons/triggers.json)
    negated: bool = False
    # Reported speech about the future, talks, plans, denials: not an incident.
    irrealis: bool = False


@dataclass(frozen=True, slots=True)
class CasualtyMention:
    """A casualty figure: how many were killed or injured, and of which groups."""

    outcome: Outcome
    count: Count
    groups: tuple[VictimGroup, ...] = ()
    named: tuple[NamedVictim, ...] = ()
    # "four other children … were also hurt": adds to an earlier figure instead of restating it.
    additive: bool = False
    # "Nine persons killed in attacks on Aleppo" over "six … in al-Hizam" and "three … in
    # al-Sheikh Taha": a total that later figures of the report break down, not one incident's.
    total_of_parts: bool = False
    # "the toll rose to 40", "the Observatory said, updating an earlier toll": a later figure
    # that supersedes the ones told before it.
    update: bool = False


@dataclass(frozen=True, slots=True)
class ActorMention:
    normalized: str  # syrian_government, russia, rebels, isis, …
    kind: str = "state"  # state | rebel | jihadist | militia | foreign | civilian | unknown


@dataclass(frozen=True, slots=True)
class SourceMention:
    """An attribution cue ('a local doctor said') and the stretch of text it vouches for."""

    source: Source
    scope_start: int  # character offsets of the attributed content
    scope_end: int


@dataclass(frozen=True, slots=True)
class HedgeMention:
    cue: str  # reportedly, apparently, is reported to be, …


@dataclass(slots=True)
class Notes:
    """Free diagnostics a component may leave on the Doc (for --explain)."""

    lines: list[str] = field(default_factory=list)
