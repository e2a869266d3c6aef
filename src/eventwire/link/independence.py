"""Which of an incident's sources are independent: claims' sources grouped so each group is
one voice, whatever number of reports repeated it.

Three rules make two sources one:

* the same well-known source (the sourcebook's id: "SOHR" and "the Observatory" are one);
* reports that carry one wire story are one source: near-duplicate text (Jaccard of word
  4-gram shingles >= `NEAR_DUPLICATE`), or a credit to the same agency ("(AFP)", "- Reuters",
  an agency as outlet, "AFP Sunday 5 Jun 2016" in a header, "an AFP photographer saw" in the
  body: an outlet only has an agency's reporter's words from the agency's copy);
* what a report says without attribution (source kind ``outlet``) is its outlet's, or its
  wire story's when it carries one; the same outlet in two reports is one newsroom.

A named source ("Raf Sanchez", "Aleppo Media Centre") is one source wherever it is quoted;
a described one ("a local doctor", "activists") is one source only within one story, since
two outlets' "local doctor" may be two people.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from eventwire.geo.names import fold
from eventwire.link.profile import OUTLET_KIND, jaccard
from eventwire.model import Claim, Incident, Report, Source
from eventwire.sourcebook import KnownSource, default_sourcebook

SHINGLE_WORDS = 4
NEAR_DUPLICATE = 0.8  # Jaccard of shingles at or above which two texts are one story
WIRE_KIND = "agency"
DETERMINERS = frozenset({"a", "an", "the"})
# Small words a proper name may hold in lower case: "Syrian Observatory for Human Rights".
NAME_CONNECTORS = frozenset({"of", "for", "and", "al", "el", "de", "the"})
# Where a credit stands: a report's head (dateline, byline) and its tail (sign-off).
HEAD_CHARS = 300
TAIL_CHARS = 80
WEEKDAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
HANDLE = re.compile(r"\([^)]*\)|@\w+")
STAFF = r"(?:photographer|correspondent|reporter|journalist|photojournalist|videographer)s?"


@dataclass(frozen=True, slots=True)
class SourceGroup:
    """One independent source: every name it goes by in the incident's reports."""

    key: str  # "id:sohr", "name:raf sanchez", "story:<report id>", "said:<story>:<name>"
    name: str  # what a reader calls it: the sourcebook name, else the first name as written
    kind: str  # Source.kind vocabulary; the sourcebook's kind for a well-known source
    names: tuple[str, ...]  # as written, distinct, in order of appearance
    reports: tuple[str, ...]  # ids of the reports it speaks in, in order of appearance


# --------------------------------------------------------------------------- wire stories


def shingles(text: str, size: int = SHINGLE_WORDS) -> frozenset[str]:
    """The text's word n-grams (folded words), the unit of near-duplicate comparison."""
    words = fold(text).split()
    if len(words) < size:
        return frozenset({" ".join(words)}) if words else frozenset()
    return frozenset(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))


@cache
def _agencies() -> tuple[KnownSource, ...]:
    return tuple(s for s in default_sourcebook().sources if s.kind == WIRE_KIND)


@cache
def _credit_patterns() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """Per agency: a pattern for the report's head and tail, and one for its body."""
    patterns = []
    for agency in _agencies():
        names = sorted({*agency.aliases, *(a.upper() for a in agency.aliases)}, key=len)[::-1]
        alias = "|".join(re.escape(n) for n in names)
        credit = re.compile(
            rf"\(\s*(?:{alias})\s*\)"  # "BEIRUT (AFP) -"
            rf"|(?:^|\n|[-—–]\s*)(?:{alias})\s*(?:[-—–:]\s|\.?\s*$)"  # "AFP - ", "— Reuters"
            rf"|\b(?:{alias})\s+{WEEKDAYS}\b"  # "Monitor AFP Sunday 5 Jun 2016"
            rf"|(?:©|[Cc]opyright)\s*(?:{alias})\b"
            rf"|^\s*[Bb]y\s+(?:{alias})\b",
            re.M,
        )
        staff = re.compile(rf"\b(?:{alias})\s+{STAFF}\b")  # "an AFP photographer saw"
        patterns.append((credit, staff))
    return tuple(patterns)


def wire_credit(report: Report) -> str | None:
    """The sourcebook id of the agency whose story the report carries, if it says so."""
    book = default_sourcebook()
    if report.outlet:
        known = book.find(report.outlet)
        if known is not None and known.kind == WIRE_KIND:
            return known.id
    text = report.text
    ends = text[:HEAD_CHARS] + "\n" + text[-TAIL_CHARS:]
    for agency, (credit, staff) in zip(_agencies(), _credit_patterns(), strict=True):
        if credit.search(ends) or staff.search(text):
            return agency.id
    return None


def wire_stories(report_ids: Sequence[str], reports: Mapping[str, Report]) -> dict[str, str]:
    """Report id -> the key of the story it carries: "id:<agency>" when credited to one, else
    "story:<first report id>" for a group of near-duplicates, else "report:<its id>"."""
    ids = list(dict.fromkeys(report_ids))
    parent = {rid: rid for rid in ids}

    def root(rid: str) -> str:
        while parent[rid] != rid:
            rid = parent[rid]
        return rid

    def union(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:  # the earlier report stays the root, so keys do not depend on merges
            first, second = sorted((ra, rb), key=ids.index)
            parent[second] = first

    known = [rid for rid in ids if rid in reports]
    credits = {rid: wire_credit(reports[rid]) for rid in known}
    texts = {rid: shingles(reports[rid].text) for rid in known}
    for i, a in enumerate(known):
        for b in known[i + 1 :]:
            same_wire = credits[a] is not None and credits[a] == credits[b]
            if same_wire or jaccard(texts[a], texts[b]) >= NEAR_DUPLICATE:
                union(a, b)
    members: dict[str, list[str]] = {}
    for rid in ids:
        members.setdefault(root(rid), []).append(rid)
    story: dict[str, str] = {}
    for head, group in members.items():
        agency = next((credits[r] for r in group if credits.get(r)), None)
        if agency is not None:
            key = f"id:{agency}"
        elif len(group) > 1:
            key = f"story:{head}"
        else:
            key = f"report:{head}"
        story.update(dict.fromkeys(group, key))
    return story


# --------------------------------------------------------------------------- source keys


def bare_name(name: str) -> str:
    """A name without a handle or aside: 'Raf Sanchez (@rafsanchez)' -> 'Raf Sanchez'."""
    return HANDLE.sub(" ", name).strip() or name


def name_key(name: str) -> str:
    """A source's name folded, leading articles dropped: 'The Daily Telegraph' -> 'daily telegraph'."""
    words = fold(bare_name(name)).split()
    while len(words) > 1 and words[0] in DETERMINERS:
        words = words[1:]
    return " ".join(words)


def is_proper_name(name: str) -> bool:
    """'Raf Sanchez', 'Aleppo Media Centre': every word capitalised but connectors; 'a local
    doctor' and 'Local activists' (capitalised only at a sentence start) are descriptions."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", bare_name(name))
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    content = [w for w in words if w.lower() not in NAME_CONNECTORS]
    return bool(content) and all(w[0].isupper() for w in content)


class SourceKeys:
    """Gives each claim's source the key of the independent source it belongs to."""

    def __init__(self, report_ids: Sequence[str], reports: Mapping[str, Report]) -> None:
        self.reports = reports
        self.story = wire_stories(report_ids, reports)

    def story_of(self, report_id: str) -> str:
        return self.story.get(report_id, f"report:{report_id}")

    def key(self, source: Source, report_id: str) -> str:
        book = default_sourcebook()
        if source.kind == OUTLET_KIND:
            story = self.story_of(report_id)
            if not story.startswith("report:"):
                return story
            report = self.reports.get(report_id)
            outlet = report.outlet if report is not None and report.outlet else None
            if outlet is None:
                return story
            known = book.find(outlet)
            return f"id:{known.id}" if known is not None else f"name:{name_key(outlet)}"
        if source.canonical_id:
            return f"id:{source.canonical_id}"
        known = book.find(source.name)
        if known is not None:
            return f"id:{known.id}"
        if is_proper_name(source.name):
            return f"name:{name_key(source.name)}"
        return f"said:{self.story_of(report_id)}:{name_key(source.name)}"

    def of(self, claim: Claim) -> str:
        return self.key(claim.source, claim.report_id)


def report_order(members: Sequence[Incident]) -> list[str]:
    """The members' report ids, each once, in the order the members cite them."""
    return list(dict.fromkeys(rid for m in members for rid in (*m.reports, *_claim_reports(m))))


def _claim_reports(member: Incident) -> Iterable[str]:
    return (c.report_id for c in member.claims)


def source_keys(members: Sequence[Incident], reports: Mapping[str, Report]) -> SourceKeys:
    return SourceKeys(report_order(members), reports)


def _display(key: str, source: Source, report: Report | None) -> tuple[str, str]:
    """The group's name and kind as a reader should see them."""
    if key.startswith("id:"):
        known = default_sourcebook().get(key[3:])
        if known is not None:
            return known.name, known.kind
    if source.kind == OUTLET_KIND and report is not None and report.outlet:
        return report.outlet, OUTLET_KIND
    return source.name, source.kind


def independent_sources(
    members: Sequence[Incident], reports: Mapping[str, Report]
) -> list[SourceGroup]:
    """The independent sources of the members' claims, in order of first appearance.

    Reports of the members that no claim cites still speak (they told the incident): each
    adds its outlet's (or wire story's) voice."""
    keys = source_keys(members, reports)
    order: list[str] = []
    found: dict[str, tuple[str, str, list[str], list[str]]] = {}

    def add(key: str, source: Source, report_id: str) -> None:
        if key not in found:
            name, kind = _display(key, source, reports.get(report_id))
            found[key] = (name, kind, [], [])
            order.append(key)
        _, _, names, rids = found[key]
        written = (
            reports[report_id].outlet
            if source.kind == OUTLET_KIND and report_id in reports
            else None
        )
        label = written or source.name
        if label not in names:
            names.append(label)
        if report_id not in rids:
            rids.append(report_id)

    cited: set[str] = set()
    for member in members:
        for claim in member.claims:
            add(keys.of(claim), claim.source, claim.report_id)
            cited.add(claim.report_id)
        for rid in member.reports:
            if rid not in cited:
                report = reports.get(rid)
                source = Source(
                    name=(report.outlet if report else None) or "the report", kind=OUTLET_KIND
                )
                add(keys.key(source, rid), source, rid)
                cited.add(rid)
    return [
        SourceGroup(
            key=k,
            name=found[k][0],
            kind=found[k][1],
            names=tuple(found[k][2]),
            reports=tuple(found[k][3]),
        )
        for k in order
    ]
