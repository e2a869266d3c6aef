"""Linking: each arriving member joins the best-scoring existing incident or starts a new one.

`choose` scores a profile against candidate members (from blocking) and gives each cluster a
score: given the clusters' sizes, the mean over all its members (average linkage; a member
blocking did not propose, or a vetoed pair, counts 0), else its best member's score (single
linkage). `link_all` uses average linkage: on MAVERICK, single linkage chains busy days in
one city into a few huge clusters (pairwise precision 0.03 in Kenya), average linkage does
not. The best cluster at or over the threshold wins, ties going to the smaller cluster id.
The threshold is low because it bounds a mean over members (0.2, chosen on MAVERICK's
Côte d'Ivoire records, see `eventwire.harness.linking`).
A cluster is ruled out only when a cannot-link pair joins the profile to one of its members
(or the caller names it forbidden), not because one of its members vetoes the pair: members
of one incident legitimately disagree.

`link_all` runs arrivals in order. A cluster's id is the id of the member that started it,
and a member's assignment is never revisited, so linking N + 1 profiles gives the first N the
same clusters as linking N (incremental), and the same input order gives the same output.
A must-link pair puts the later member into the earlier one's cluster whatever the score
(unless a cannot-link pair forbids that cluster); because earlier clusters are never merged,
a member must-linked to two members already in different clusters joins the first one's.
Two members of one report never share a cluster, directly or through others: extraction
already decided they are distinct, so a cluster holding a member of the profile's report is
forbidden as a cannot-link pair would forbid it. (Vetoing the pair alone let records of one
human-rights report, each coding a victim of one day in Kibera, gather in one cluster through
the news reports that joined it.) Undated profiles are never linked: each starts its own
incident.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from eventwire.link.blocking import BlockIndex
from eventwire.link.profile import LinkProfile
from eventwire.link.score import pair_score

DEFAULT_THRESHOLD = 0.2


@dataclass(frozen=True, slots=True)
class LinkDecision:
    cluster_id: str | None
    score: float
    reasons: tuple[str, ...]


def choose(
    p: LinkProfile,
    candidates: Iterable[tuple[str, LinkProfile]],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    cannot_link: Collection[frozenset[str]] = (),
    forbidden_clusters: Collection[str] = (),
    cluster_sizes: Mapping[str, int] | None = None,
) -> LinkDecision:
    """The cluster p joins (cluster score >= threshold), or None to start a new one."""
    best: dict[str, tuple[float, LinkProfile]] = {}
    total: defaultdict[str, float] = defaultdict(float)
    ruled_out: set[str] = set(forbidden_clusters)
    for cluster_id, member in candidates:
        if cluster_id in ruled_out:
            continue
        if cannot_link and frozenset((p.id, member.id)) in cannot_link:
            ruled_out.add(cluster_id)
            best.pop(cluster_id, None)
            continue
        scored = pair_score(p, member, explain=False)
        if scored.veto is not None:
            continue
        total[cluster_id] += scored.score
        kept = best.get(cluster_id)
        if kept is None or scored.score > kept[0]:
            best[cluster_id] = (scored.score, member)
    if cluster_sizes is not None:
        best = {c: (total[c] / max(cluster_sizes.get(c, 1), 1), m) for c, (_, m) in best.items()}
    ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))
    if not ranked:
        return LinkDecision(None, 0.0, ("no candidate",))
    cluster_id, (score, member) = ranked[0]
    # The reasons are worked out for the pair that decided only (see pair_score).
    reasons = (f"with {member.id}", *pair_score(p, member).reasons)
    return LinkDecision(cluster_id if score >= threshold else None, score, reasons)


def _pairs_by_member(pairs: Iterable[Collection[str]]) -> defaultdict[str, list[str]]:
    partners: defaultdict[str, list[str]] = defaultdict(list)
    for pair in pairs:
        a, b = sorted(pair)
        partners[a].append(b)
        partners[b].append(a)
    return partners


def link_all(
    profiles: Iterable[LinkProfile],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    must_link: Iterable[Collection[str]] = (),
    cannot_link: Iterable[Collection[str]] = (),
) -> dict[str, str]:
    """Member id -> cluster id for profiles linked in arrival order."""
    together = _pairs_by_member(must_link)
    apart = _pairs_by_member(cannot_link)
    index = BlockIndex()
    assigned: dict[str, str] = {}
    sizes: defaultdict[str, int] = defaultdict(int)
    arrival: dict[str, int] = {}
    # report -> the cluster holding its members, or the clusters when they are several (a
    # person's split); a plain string in the usual case keeps a million reports to ~100 MB
    clusters_of_report: dict[str, str | set[str]] = {}
    for p in profiles:
        if p.id in assigned:
            raise ValueError(f"profile {p.id!r} given twice")
        arrival[p.id] = len(arrival)
        forbidden = {assigned[m] for m in apart.get(p.id, ()) if m in assigned}
        for report in p.reports:
            held = clusters_of_report.get(report)
            if isinstance(held, str):
                forbidden.add(held)
            elif held is not None:
                forbidden |= held
        earlier = sorted((arrival[m], m) for m in together.get(p.id, ()) if m in assigned)
        cluster = next((assigned[m] for _, m in earlier if assigned[m] not in forbidden), None)
        if cluster is None and p.start is not None:
            cluster = choose(
                p,
                index.candidates(p),
                threshold=threshold,
                forbidden_clusters=forbidden,
                cluster_sizes=sizes,
            ).cluster_id
        assigned[p.id] = cluster or p.id
        sizes[assigned[p.id]] += 1
        for report in p.reports:
            _remember(clusters_of_report, report, assigned[p.id])
        index.add(assigned[p.id], p)
    return assigned


def _remember(clusters_of_report: dict[str, str | set[str]], report: str, cluster: str) -> None:
    held = clusters_of_report.get(report)
    if held is None:
        clusters_of_report[report] = cluster
    elif isinstance(held, str):
        if held != cluster:
            clusters_of_report[report] = {held, cluster}
    else:
        held.add(cluster)
