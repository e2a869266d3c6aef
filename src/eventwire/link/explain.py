"""Why an incident's reports are together: each member weighed against those before it.

A reader checking a linked incident asks of every report after the first what tied it to the
others. `explain_links` answers from the pair score (`score.pair_score`) as the linker weighs
it today: for each member in arrival order, the earlier member it scores best with and that
pair's reasons, and the mean over all earlier members (what average linkage compares with the
threshold; vetoed pairs count 0, as in `linker.choose`). A member whose mean falls below the
threshold, or that shares no evidence with any earlier member, is there by a person's merge or
by the weights of an earlier version, and says so. Pure: the members and the person's
merges go in, explanations come out.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from eventwire.link.linker import DEFAULT_THRESHOLD
from eventwire.link.profile import profile_of
from eventwire.link.score import pair_score
from eventwire.model import Incident


@dataclass(frozen=True, slots=True)
class MemberLink:
    """How one member sits with the members that arrived before it."""

    member: str
    reports: tuple[str, ...]
    closest: str | None  # the earlier member it scores best with; None for the first member
    closest_reports: tuple[str, ...]  # that member's reports
    score: float  # that pair's score, 0..1
    mean: float  # mean score over every earlier member, vetoed pairs 0
    reasons: tuple[str, ...]  # the closest pair's evidence, or its veto
    why: str  # one line: "first report", "scores 0.87 with m1", "merged by hand", …


def explain_links(
    members: Sequence[Incident],
    *,
    merged: Collection[frozenset[str]] = (),
    threshold: float = DEFAULT_THRESHOLD,
) -> list[MemberLink]:
    """One `MemberLink` per member, in the given (arrival) order; ``merged``: a person's
    must-link pairs of member ids."""
    profiles = [profile_of(m) for m in members]
    out: list[MemberLink] = []
    for k, (member, profile) in enumerate(zip(members, profiles, strict=True)):
        reports = tuple(member.reports)
        if k == 0:
            out.append(MemberLink(member.id, reports, None, (), 1.0, 1.0, (), "first report"))
            continue
        pairs = [pair_score(profile, other) for other in profiles[:k]]
        weighed = [j for j, pair in enumerate(pairs) if pair.veto is None]
        total = sum(pairs[j].score for j in weighed)
        # the best pair; of equals, the earliest member
        j = min(weighed, key=lambda j: (-pairs[j].score, j)) if weighed else 0
        best, closest = pairs[j], members[j]
        mean = total / k
        told = ", ".join(closest.reports) or closest.id
        by_hand = any(frozenset((member.id, m.id)) in merged for m in members[:k])
        if by_hand:
            why = "merged by hand"
        elif not weighed:
            why = f"no earlier report can be weighed against it ({best.veto})"
        elif mean >= threshold:
            why = f"scores {best.score:.2f} with {told} (mean {mean:.2f} over {k})"
        else:
            why = (
                f"mean {mean:.2f} over {k} is under the threshold {threshold}: "
                "joined by an earlier weighting or a merge"
            )
        out.append(
            MemberLink(
                member.id,
                reports,
                closest.id,
                tuple(closest.reports),
                best.score,
                mean,
                best.reasons,
                why,
            )
        )
    return out
