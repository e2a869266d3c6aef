"""Linking per-report incidents into incidents: pure, deterministic, incremental.

Each incident extraction finds in one report (a "member") is read into a `LinkProfile`,
scored against the members that blocking proposes (`pair_score`: additive log-odds over
dates, place, type, actors, victim names, tolls and text), and joins the best incident over
the threshold or starts a new one (`choose`, `link_all`). No I/O, no spaCy, no store.

    profiles = [profile_of(incident) for incident in members]
    clusters = link_all(profiles)                 # member id -> id of the member that started it

A linked incident is rebuilt from its members by `reconcile` (figures as low/best/high,
`contradictions` between sources, independence of sources and a corroboration grade).
`IncrementalLinker` bundles it all for a store: ``store.save(extraction, IncrementalLinker())``.
"""

from eventwire.link.blocking import BlockIndex, index_keys, probe_keys
from eventwire.link.contradictions import contradictions
from eventwire.link.grade import corroborate
from eventwire.link.incremental import IncrementalLinker
from eventwire.link.independence import SourceGroup, independent_sources
from eventwire.link.linker import DEFAULT_THRESHOLD, LinkDecision, choose, link_all
from eventwire.link.profile import LinkProfile, profile_of
from eventwire.link.reconcile import reconcile
from eventwire.link.score import PairScore, pair_score

__all__ = [
    "DEFAULT_THRESHOLD",
    "BlockIndex",
    "IncrementalLinker",
    "LinkDecision",
    "LinkProfile",
    "PairScore",
    "SourceGroup",
    "choose",
    "contradictions",
    "corroborate",
    "independent_sources",
    "index_keys",
    "link_all",
    "pair_score",
    "probe_keys",
    "profile_of",
    "reconcile",
]
