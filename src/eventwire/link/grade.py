"""How well an incident is corroborated, in the spirit of Airwars' grading, with the reasons a
reader needs to check it.

The grades, first match wins:

1. **contested**: sources disagree on who did it (perpetrator), what happened (the kind of
   event), where (places neither nested nor near) or when (stated dates more than
   `DATE_TOLERANCE_DAYS` apart). Disagreement comes first because it is what a reader must
   know before trusting anything else, and because Airwars' own "contested" is competing
   claims of responsibility, which an official statement does not settle (each party has one).
   Differing tolls and victim names do not contest an incident: sources almost always differ
   on them, and the contradictions list them.
2. **confirmed**: an official or military source (`Source.kind` "official"/"military", or a
   well-known source of that kind in the sourcebook: armies, ministries, armed groups) states
   it, unhedged. Airwars asks that the belligerent concede its own action; we cannot always
   tie a source to a party, so any such statement confirms, and the reasons say when the
   source is the named perpetrator's side.
3. **fair**: two or more independent sources (`independence.independent_sources`) tell it.
4. **weak**: one source.

Every source that says something about the incident counts, within one report too: the
article, the doctor it quotes and the tweet it embeds are three voices.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from eventwire.link.contradictions import days_apart
from eventwire.link.independence import WIRE_KIND, SourceGroup, independent_sources
from eventwire.link.profile import OUTLET_KIND
from eventwire.model import (
    ActorRole,
    Claim,
    Contradiction,
    Corroboration,
    DateRange,
    Grade,
    Incident,
    Report,
)
from eventwire.sourcebook import default_sourcebook

OFFICIAL_KINDS = frozenset({"official", "military"})
DATE_TOLERANCE_DAYS = 1  # "yesterday" told a day late is not a disagreement on when
CONTESTING = {
    "perpetrator": "who did it",
    "sub_event_type": "what happened",
    "location": "where",
    "date": "when",
}
# Well-known official and military sources, and the party to the conflict each speaks for.
PARTY_OF = {
    "russian_mod": "russia",
    "russian_reconciliation_centre": "russia",
    "syrian_army": "syrian_government",
    "centcom": "us_led_coalition",
    "cjtf_oir": "us_led_coalition",
    "pentagon": "us_led_coalition",
    "idf": "israel",
    "tsk": "turkey",
    "sdf": "sdf",
    "ypg": "sdf",
    "isis": "isis",
}
MAX_NAMES = 5  # sources named in a reason before "and N more"


def contests(contradiction: Contradiction) -> bool:
    """Whether a contradiction is on who, what, where or when beyond tolerance."""
    if contradiction.field not in CONTESTING:
        return False
    if contradiction.field != "date":
        return True
    ranges = [DateRange.model_validate(side.value) for side in contradiction.sides]
    return max(days_apart(a, b) for a in ranges for b in ranges) > DATE_TOLERANCE_DAYS


def official_kind(claim: Claim) -> str | None:
    """The claim's source kind when it is official or military, else None."""
    if claim.source.kind in OFFICIAL_KINDS:
        return claim.source.kind
    book = default_sourcebook()
    known = book.get(claim.source.canonical_id) if claim.source.canonical_id else None
    if known is None and claim.source.kind != OUTLET_KIND:
        known = book.find(claim.source.name)
    return known.kind if known is not None and known.kind in OFFICIAL_KINDS else None


def _party(claim: Claim) -> str | None:
    book = default_sourcebook()
    known = book.get(claim.source.canonical_id) if claim.source.canonical_id else None
    known = known or book.find(claim.source.name)
    return PARTY_OF.get(known.id) if known is not None else None


def _names(groups: Sequence[SourceGroup]) -> str:
    names = [g.name for g in groups]
    shown = ", ".join(names[:MAX_NAMES])
    return shown if len(names) <= MAX_NAMES else f"{shown} and {len(names) - MAX_NAMES} more"


def _copy_reasons(groups: Sequence[SourceGroup]) -> list[str]:
    """Reports counted once because they carry one story, said so a reader can check."""
    out = []
    for g in groups:
        if (
            g.key.startswith(("id:", "story:"))
            and len(g.reports) > 1
            and g.kind in {OUTLET_KIND, WIRE_KIND}
        ):
            out.append(
                f"{len(g.reports)} reports counted as one source ({g.name}): "
                + ", ".join(g.reports)
            )
    return out


def _official_reasons(members: Sequence[Incident]) -> list[str]:
    perpetrators = {
        a.normalized for m in members for a in m.actors if a.role is ActorRole.PERPETRATOR
    }
    out: list[str] = []
    for claim in (c for m in members for c in m.claims):
        kind = official_kind(claim)
        if kind is None or claim.hedged:
            continue
        party = _party(claim)
        reason = f"stated by {claim.source.name} ({kind})"
        if party is not None and party in perpetrators:
            reason += f", the side of the named perpetrator ({party})"
        if reason not in out:
            out.append(reason)
    return out


def corroborate(
    members: Sequence[Incident],
    reports: Mapping[str, Report],
    contradictions: Sequence[Contradiction],
) -> Corroboration:
    """The incident's grade, the number of independent sources, and why (module docstring)."""
    groups = independent_sources(members, reports)
    n = len(groups)
    if n > 1:
        count_reason = f"{n} independent sources: {_names(groups)}"
    elif n == 1:
        count_reason = f"a single source: {_names(groups)}"
    else:
        count_reason = "no source recorded"
    disputes = [
        f"sources disagree on {CONTESTING[c.field]}: {c.note}"
        for c in contradictions
        if contests(c)
    ]
    officials = _official_reasons(members)
    copies = _copy_reasons(groups)
    if disputes:
        grade = Grade.CONTESTED
    elif officials:
        grade = Grade.CONFIRMED
    elif n >= 2:
        grade = Grade.FAIR
    else:
        grade = Grade.WEAK
    reasons = [*disputes, *officials, count_reason, *copies]
    return Corroboration(grade=grade, independent_sources=n, reasons=reasons)
