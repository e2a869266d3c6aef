"""Doc → incidents. The one reader of all span groups.

1. Each sentence with a trigger that reports something that happened becomes a *candidate*:
   its type, the place and date attached to the trigger, casualty figures, actors. Triggers in
   the page around the article (linked headlines, 'Related' lists, tags) are not read.
2. Candidates that tell of the same incident merge, in reading order: same or compatible type,
   places that are the same or nested, dates that overlap (a missing value is no conflict).
   A generic trigger ('strike', 'attack') takes the type of the incident it joins.
3. Sentences without a trigger but with casualty figures add them to the incident before.
4. What is still missing is filled from context and marked so: a place from the city the report
   was last talking about ('the eastern half of the city'); a date from the publication date.
5. Incidents dated more than a month before the report are background and are left out.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from datetime import timedelta
from itertools import takewhile

from pydantic import JsonValue
from spacy.tokens import Doc, Span, Token

from eventwire.extract import casualty_sum, lexicons, place_roles
from eventwire.extract.attribution import is_hedged, source_for
from eventwire.extract.components.actors import actor_role
from eventwire.extract.components.dates import governing_verb
from eventwire.extract.mentions import CasualtyMention, TriggerMention
from eventwire.model import (
    SUB_EVENT_TYPES,
    Actor,
    ActorRole,
    Claim,
    DatePrecision,
    DateRange,
    GeoPrecision,
    Incident,
    NamedVictim,
    Outcome,
    Place,
    Report,
    Victims,
    incident_id,
)

# How far (in sentences) trigger-less casualty figures may sit from the incident they belong to.
CONTINUATION_WINDOW = 3
# A neighbourhood this close (km) to a town is taken to be inside it; likewise a town in a district.
NESTED_KM = 20.0
DISTRICT_KM = 60.0
# An incident this much older than the report is background ("the war that began in March 2011").
BACKGROUND_DAYS = 30
# How far (in sentences) an undated incident may be from the dated one it takes its day from.
DATE_CONTEXT_WINDOW = 4
# A stated date range longer than this (days) is a campaign or a trend, not one incident; a
# month ("in August", 31 days) and "early August" still count.
CAMPAIGN_DAYS = 62
# Prepositions that put a place *elsewhere* than the event ('from a base in western Iran').
ORIGIN_PREPS = frozenset({"from", "to", "toward", "towards", "via"})
# Verbs of telling: a date hanging from one dates the report, not the event.
SPEECH_LEMMAS = frozenset(
    {"say", "tell", "report", "announce", "add", "state", "confirm", "quote", "publish",
     "post", "write", "note", "explain", "describe", "accuse", "warn", "deny", "declare"}
)  # fmt: skip
VIOLENT_TYPES = frozenset({"battles", "explosions_remote_violence", "violence_against_civilians"})


@dataclass
class Candidate:
    """An incident as it is being put together from one or more sentences."""

    trigger: Span
    mention: TriggerMention
    sub_event_type: str
    place: Span | None = None
    date: Span | None = None
    casualties: list[Span] = field(default_factory=list)
    actors: list[tuple[Span, ActorRole]] = field(default_factory=list)
    triggers: list[Span] = field(default_factory=list)
    last_sentence: int = 0
    place_inferred: bool = False
    date_inferred: bool = False
    # 'the monitor said on Monday that …': the day the news was told, the latest the event can be.
    told: Span | None = None
    # One of several places listed for one trigger, after the first: its id is taken from the
    # place's offset, as the trigger's belongs to the first.
    split_from_list: bool = False

    @property
    def generic(self) -> bool:
        return self.mention.strength != "specific"


def assemble(doc: Doc, report: Report) -> list[Incident]:
    sentences = list(doc.sents)
    index = {s.start: i for i, s in enumerate(sentences)}
    incidents: list[Candidate] = []
    for i, sent in enumerate(sentences):
        triggers = _real_triggers(doc, sent)
        casualties = _in(doc, "ew_casualties", sent)
        if not triggers:
            if casualties:
                _continue_last(doc, incidents, casualties, sent, i)
            _date_last(doc, incidents, sent, i)
            continue
        for cand in _candidates(doc, sent, triggers, casualties, i):
            target = _merge_target(incidents, cand)
            if target is None:
                if (
                    cand.generic
                    and cand.place is None
                    and cand.date is None
                    and not cand.casualties
                ):
                    continue  # 'an attack' on its own, joining nothing: too vague to record
                if incidents and _refers_back(cand):
                    continue  # 'the attack' names one told already, that it does not fit
                incidents.append(cand)
            else:
                _merge(target, cand)
    out = []
    for i, cand in enumerate(incidents):
        _fill_place_from_context(doc, cand)
        _fill_date_from_context(cand, incidents[:i], report, index)
        incident = _build(doc, report, cand)
        if incident is not None and not is_background(incident, report):
            out.append(incident)
    return out


def is_background(incident: Incident, report: Report) -> bool:
    """Told as context, long before the news, or a campaign rather than an incident ("since early
    2011", "over the past eight months"): not recorded from this report."""
    if incident.date is None or incident.date.text is None:
        return False
    if (incident.date.end - incident.date.start).days > CAMPAIGN_DAYS:
        return True
    return (
        report.published is not None
        and (report.published - incident.date.end).days > BACKGROUND_DAYS
    )


# --------------------------------------------------------------------------- candidates


# Positions of each group's spans bucketed by sentence start, built once per Doc and group:
# scanning the whole group for every sentence would be quadratic on long reports. Weak keys, and
# only integers inside: a Span would hold its Doc and keep the entry (and the Doc) alive forever.
_BUCKETS: weakref.WeakKeyDictionary[Doc, dict[str, dict[int, list[int]]]] = (
    weakref.WeakKeyDictionary()
)


def _in(doc: Doc, group: str, sent: Span) -> list[Span]:
    """The group's spans that lie inside the sentence."""
    spans = doc.spans.get(group, [])
    per_doc = _BUCKETS.setdefault(doc, {})
    buckets = per_doc.get(group)
    if buckets is None:
        buckets = {}
        for i, span in enumerate(spans):
            if span.end <= span.sent.end:
                buckets.setdefault(span.sent.start, []).append(i)
        per_doc[group] = buckets
    return [spans[i] for i in buckets.get(sent.start, [])]


def _real_triggers(doc: Doc, sent: Span) -> list[Span]:
    found = [
        t
        for t in _in(doc, "ew_triggers", sent)
        if not (t._.ew_trigger.negated or t._.ew_trigger.irrealis) and not _page_furniture(t)
    ]
    if any(t._.ew_trigger.strength != "weak" for t in found):
        return [t for t in found if t._.ew_trigger.strength != "weak"]
    # A weak trigger ('fighting') needs a figure or a day/week date beside it to be an incident.
    # The paper's own date at its head dates the report, not the fighting: it does not count.
    if _in(doc, "ew_casualties", sent) or any(
        d._.ew_date.date is not None
        and d._.ew_date.kind == "date"
        and d._.ew_date.date.precision in (DatePrecision.DAY, DatePrecision.WEEK)
        for d in _in(doc, "ew_dates", sent)
    ):
        return found
    return []


# --------------------------------------------------------------------------- page furniture

# Words a news page heads its link lists with ("Related News", "Tags airstrikes Syria Hama").
TRAILER_HEADINGS = frozenset({"Related", "Tags"})
# A heading this far into the text opens the page's trailer, not the article's header.
TRAILER_FROM = 2 / 3
# Small words a title-case headline leaves in lower case ("Strikes Kill 12 in Idlib").
HEADLINE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "on", "in", "to", "from", "as", "for", "and", "at", "by", "with",
     "after", "over", "near", "-", "'s", "|"}
)  # fmt: skip
# A run of at least this many capitalised words around a trigger is a headline, not prose.
HEADLINE_MIN_WORDS = 4


def _page_furniture(trigger: Span) -> bool:
    """A trigger in the page around the article rather than in it: the titles of other stories
    the page links to ('Related News …', a headline after a photo credit) or its tag list. The
    guidelines skip these 'related' headlines: they are other reports' news."""
    return _in_trailer(trigger) or _in_linked_headline(trigger)


def _in_trailer(trigger: Span) -> bool:
    """After a 'Related' or 'Tags' heading in the last third of the text: link lists and tags."""
    doc = trigger.doc
    limit = len(doc.text) * TRAILER_FROM
    i = trigger.start - 1
    while i >= 0 and doc[i].idx >= limit:
        # 'Related to the attack, …' is prose, not a heading.
        if doc[i].text in TRAILER_HEADINGS and doc[i + 1].lower_ != "to":
            return True
        i -= 1
    return False


def _in_linked_headline(trigger: Span) -> bool:
    """The trigger is in capitals, inside a title-case run ('US Missile Attack on Syrian Air
    Base') that comes after the article's prose has begun: another story's headline, linked from
    this page. The report's own headline comes before any prose, and is kept."""
    # 'The Air Force shelled …' is prose even when a headline runs into it; an acronym ('IED')
    # is in capitals in prose too.
    if not all(t.is_title for t in trigger if t.is_alpha):
        return False
    if _headline_words(trigger) < HEADLINE_MIN_WORDS:
        return False
    before = takewhile(lambda s: s.end <= trigger.start, trigger.doc.sents)
    return any(_is_prose(s) for s in before)


def _headline_words(trigger: Span) -> int:
    """How many capitalised words the title-case run around the trigger holds."""
    doc = trigger.doc

    def in_run(tok: Token) -> bool:
        return tok.is_title or tok.is_upper or tok.like_num or tok.lower_ in HEADLINE_SMALL_WORDS

    start, end = trigger.start, trigger.end
    while start > 0 and in_run(doc[start - 1]) and not doc[start - 1].is_sent_end:
        start -= 1
    while end < len(doc) and in_run(doc[end]) and not doc[end - 1].is_sent_end:
        end += 1
    return sum(1 for t in doc[start:end] if t.is_alpha and (t.is_title or t.is_upper))


# A sentence of prose: this many words, most of them in lower case.
PROSE_MIN_WORDS = 6


def _is_prose(sent: Span) -> bool:
    words = [t for t in sent if t.is_alpha]
    lower = sum(1 for t in words if t.is_lower)
    return len(words) >= PROSE_MIN_WORDS and lower * 2 > len(words)


def _candidates(
    doc: Doc, sent: Span, triggers: list[Span], casualties: list[Span], i: int
) -> list[Candidate]:
    """One candidate per specific sub-event type in the sentence; generic triggers fold in."""
    specific = [t for t in triggers if t._.ew_trigger.strength == "specific"]
    chosen: dict[str, Span] = {}
    for t in specific or triggers[:1]:
        chosen.setdefault(_sub_event_type(doc, t), t)
    places = _in(doc, "ew_places", sent)
    dates = [
        d
        for d in _in(doc, "ew_dates", sent)
        if d._.ew_date.date is not None and d._.ew_date.kind == "date"
    ]
    actors = _in(doc, "ew_actors", sent)
    out = []
    for sub, trig in chosen.items():
        place = _pick_place(places, trig)
        # "strikes on Douma, Harasta and Arbin" with no figure for them is one incident per
        # place; with one figure for all, it stays one incident (docs/ANNOTATION.md).
        listed = [place] if place is None or casualties else _listed_with(place, places)
        for n, where in enumerate(listed):
            cand = Candidate(
                trigger=trig,
                mention=trig._.ew_trigger,
                sub_event_type=sub,
                place=where,
                date=_pick_date(dates, trig),
                told=_pick_told(dates, trig),
                casualties=[],
                triggers=list(triggers),
                last_sentence=i,
                split_from_list=n > 0,
            )
            for actor in actors:
                role = actor_role(actor, trig)
                if role is not None:
                    cand.actors.append((actor, role))
            _retype_by_actor(cand)
            out.append(cand)
    for casualty in casualties:
        _nearest_candidate(out, casualty).casualties.append(casualty)
    return out


# Words for a bomb that say nothing of how it came: what it is, the report has said before.
DEVICE_WORDS = frozenset({"device", "devices"})


def _sub_event_type(doc: Doc, trigger: Span) -> str:
    """The trigger's sub-event type, unless it is an explosive device that the report says was
    dropped ('an explosive device dropped by a drone') or takes up by a definite article a bomb
    told before ('barrel bombs hit the town … The explosive devices destroyed …'): that device
    is the air strike's munition, and ACLED codes a dropped bomb as an air/drone strike."""
    sub: str = trigger._.ew_trigger.sub_event_type
    if sub != "remote_explosive_landmine_ied" or trigger[-1].lower_ not in DEVICE_WORDS:
        return sub
    device = trigger[-1]
    if _dropped(device) or (_definite(device) and _last_explosive_told(doc, trigger) == AIR):
        return AIR
    return sub


AIR = "air_drone_strike"
DROP_LEMMAS = frozenset({"drop", "airdrop"})


def _dropped(device: Token) -> bool:
    """'an explosive device dropped by a drone', 'drones dropped explosive devices'."""
    head = device.head
    if head.lemma_.lower() in DROP_LEMMAS and (
        device.dep_ in ("dobj", "nsubjpass")
        # 'An explosive device dropped by a drone hit …' misparsed with 'dropped' as the root
        or (device.dep_ == "nsubj" and head.tag_ == "VBN")
    ):
        return True
    return any(c.dep_ == "acl" and c.lemma_.lower() in DROP_LEMMAS for c in device.children)


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children)


def _last_explosive_told(doc: Doc, trigger: Span) -> str | None:
    """The sub-event type of the last specific trigger of the explosions family told in the
    sentences before the trigger's."""
    told = [
        t
        for t in doc.spans.get("ew_triggers", [])
        if t.end <= trigger.sent.start
        and t._.ew_trigger.strength == "specific"
        and t._.ew_trigger.event_type == "explosions_remote_violence"
        and not t._.ew_trigger.negated
    ]
    if not told:
        return None
    last: str = max(told, key=lambda t: t.start)._.ew_trigger.sub_event_type
    return last


def _nearest_candidate(cands: list[Candidate], casualty: Span) -> Candidate:
    """The incident a figure belongs to when one sentence tells several ('shelling hit X and
    clashes killed 4'): the one whose trigger stands nearest the figure. Giving the figure to
    every incident of the sentence counted one toll twice."""
    return min(cands, key=lambda c: (_token_gap(c.trigger, casualty), c.trigger.start))


def _token_gap(a: Span, b: Span) -> int:
    if a.end <= b.start:
        return b.start - a.end
    if b.end <= a.start:
        return a.start - b.end
    return 0


# What may stand between two names of one list: "Douma, Harasta and Arbin", or no commas at all.
LIST_GLUE = frozenset({",", "and", "or", "&", "as", "well"})


def _listed_with(place: Span, places: list[Span]) -> list[Span]:
    """The place and the places listed with it ('in Kafr Zita, Morek and al-Latamneh'): names
    next to each other with only commas or 'and' between, none inside another."""
    usable = sorted((p for p in places if _may_be_event_place(p)), key=lambda p: p.start)
    if place not in usable:
        return [place]
    at = usable.index(place)
    start = end = at
    while start > 0 and _adjacent(usable[start - 1], usable[start]):
        start -= 1
    while end + 1 < len(usable) and _adjacent(usable[end], usable[end + 1]):
        end += 1
    listed = [place]
    for other in usable[start : end + 1]:
        if _siblings(place, other) and all(not _places_fit(other, kept) for kept in listed):
            listed.append(other)
    return sorted(listed, key=lambda p: p is not place)


def _siblings(a: Span, b: Span) -> bool:
    """Places of one list lie in one country and below country level ('in Syria and Iraq' is
    not a list of incident places; a name resolved abroad in a Syrian list is misread)."""
    pa: Place = a._.ew_place.place
    pb: Place = b._.ew_place.place
    return pa.country_code == pb.country_code and GeoPrecision.COUNTRY not in (
        pa.precision,
        pb.precision,
    )


def _adjacent(a: Span, b: Span) -> bool:
    between = a.doc[a.end : b.start]
    return all(t.lower_ in LIST_GLUE for t in between)


def _pick_place(places: list[Span], trigger: Span) -> Span | None:
    usable = [p for p in places if _may_be_event_place(p)]
    if not usable:
        return None
    # Prefer a place in the trigger's own clause, then anything finer than a region when the
    # clause names a town at home, then the scene over a landmark it was near, then one in the
    # country the report is about, then the finest, then the nearest.
    clause = set(t.i for t in trigger.root.head.subtree) | set(t.i for t in trigger.root.subtree)
    home = trigger.doc._.country_hint
    order = list(GeoPrecision)
    town_at_home = any(
        p.root.i in clause and _town_or_finer(p) and not _is_abroad(p, home) for p in usable
    )
    return min(
        usable,
        key=lambda p: (
            p.root.i not in clause,
            town_at_home and _regional(p),
            place_roles.is_landmark(p),
            _is_abroad(p, home),
            order.index(p._.ew_place.place.precision),
            abs(p.start - trigger.start),
        ),
    )


# A country or a governorate is the scene only when nothing finer is named: 'strikes around
# Shadadi in Syria' happened at (around) Shadadi, not somewhere in Syria. A landmark town the
# event was near still says where it was better than the region it lies in.
REGIONAL_PRECISIONS = frozenset({GeoPrecision.COUNTRY, GeoPrecision.GOVERNORATE})
TOWN_PRECISIONS = frozenset({GeoPrecision.NEIGHBOURHOOD, GeoPrecision.TOWN})


def _regional(place: Span) -> bool:
    return place._.ew_place.place.precision in REGIONAL_PRECISIONS


def _town_or_finer(place: Span) -> bool:
    return _town_or_finer_place(place._.ew_place.place)


def _town_or_finer_place(place: Place) -> bool:
    return place.precision in TOWN_PRECISIONS


def _may_be_event_place(place: Span) -> bool:
    """A resolved place that is not where the attack came from and not part of who did or
    says something ('the UK-based Observatory', 'US-led coalition', 'the Qatar Red Crescent')."""
    return (
        place._.ew_place.place is not None
        and not _is_origin(place)
        and not place_roles.names_an_actor_or_source(place)
        and not place_roles.abroad_without_its_country(place)
    )


def _is_abroad(place: Span, home: str | None) -> bool:
    code = place._.ew_place.place.country_code
    return home is not None and code is not None and code != home


def _is_origin(place: Span) -> bool:
    """'from a base in western Iran': the place is where the attack came from, not where it hit."""
    for tok in place.root.ancestors:
        if tok.dep_ == "prep" and tok.lower_ in ORIGIN_PREPS:
            return True
        if tok.pos_ == "VERB":
            return False
    return False


def _pick_date(dates: list[Span], trigger: Span) -> Span | None:
    told = [d for d in dates if not _dates_the_telling(d, trigger)]
    if not told:
        return None
    return min(told, key=lambda d: abs(d.start - trigger.start))


def _pick_told(dates: list[Span], trigger: Span) -> Span | None:
    """The day the sentence's news was told on, when one is stated ('said on Monday')."""
    told = [
        d
        for d in dates
        if _dates_the_telling(d, trigger) and d._.ew_date.date.precision is DatePrecision.DAY
    ]
    return min(told, key=lambda d: abs(d.start - trigger.start)) if told else None


def _dates_the_telling(date: Span, trigger: Span) -> bool:
    """'the Observatory said on Monday that air strikes killed …': the day hangs from the speech
    verb, so it is when the news was told, not when the event happened."""
    told_after = _speech_verb_before(date)  # '… the Observatory reported on Thursday'
    if told_after is not None and not (trigger.start <= told_after.i < trigger.end):
        return True
    if trigger.root.is_ancestor(date.root):  # 'an October 2 bomb attack'
        return False
    verb = _speech_verb_over(date)
    return verb is not None and not (trigger.start <= verb.i < trigger.end)


def _speech_verb_over(date: Span) -> Token | None:
    """The verb of telling a date hangs from ('the monitor said on Monday'), if it is one."""
    verb = governing_verb(date.root)
    if verb is not None and verb.lemma_.lower() in SPEECH_LEMMAS:
        return verb
    return _speech_verb_before(date)


# What may stand between a verb of telling and the day it dates ('reported late on Thursday').
TELLING_GLUE = frozenset({"on", "late", "early", "earlier", "later"})


def _speech_verb_before(date: Span) -> Token | None:
    """'… were killed, the Observatory reported on Thursday': a day right after a verb of
    telling dates the telling, even where the parse hangs it from the event's verb, as it
    often does when the report runs on without commas."""
    doc = date.doc
    i = date.start - 1
    while i >= date.sent.start and doc[i].lower_ in TELLING_GLUE:
        i -= 1
    if i < date.sent.start:
        return None
    verb = doc[i]
    if verb.pos_ == "VERB" and verb.lemma_.lower() in SPEECH_LEMMAS and verb.tag_ in PAST_TELLING:
        return verb
    return None


# 'said', 'reported': the telling done; 'will announce on Monday' tells nothing yet.
PAST_TELLING = frozenset({"VBD", "VBN"})


# Who fights on the government's side: its forces, its foreign allies, and the militias
# (Hezbollah) that fight beside them.
STATE_KINDS = frozenset({"state", "foreign"})
GOVERNMENT_SIDE_KINDS = STATE_KINDS | {"militia"}


def _retype_by_actor(cand: Candidate) -> None:
    """Taking ground is 'government regains territory' when the government's side takes it."""
    if cand.sub_event_type != "non_state_actor_overtakes_territory":
        return
    perps = [a._.ew_actor.kind for a, role in cand.actors if role is ActorRole.PERPETRATOR]
    # 'Syrian troops and Hezbollah wrested control': a militia beside the state's forces is the
    # government's side; a militia on its own is an armed group taking ground.
    if any(k in STATE_KINDS for k in perps) and all(k in GOVERNMENT_SIDE_KINDS for k in perps):
        cand.sub_event_type = "government_regains_territory"


# --------------------------------------------------------------------------- merging


def _merge_target(incidents: list[Candidate], cand: Candidate) -> Candidate | None:
    for inc in reversed(incidents):
        if _compatible(inc, cand):
            return inc
    return None


# Determiners by which a noun takes up something already named ('the attack', 'this strike').
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def _refers_back(cand: Candidate) -> bool:
    """'Trump said the attack was a response to …': a generic event noun with a definite
    determiner and no figure takes up an event already told; where it fits none (its sentence's
    date or place belongs to something else), it is still no new incident."""
    if not cand.generic or cand.casualties:
        return False
    root = cand.trigger.root
    return root.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in root.children
    )


def _compatible(inc: Candidate, cand: Candidate) -> bool:
    if not _types_fit(inc, cand):
        return False
    if not _places_fit(inc.place, cand.place) or not _dates_fit(inc.date, cand.date):
        return False
    if _campaign(inc.date) != _campaign(cand.date):
        return False  # a campaign ('striking since 2014') is no retelling of one day's strike
    if _one_strike_of_many(inc, cand):
        return False
    if not inc.generic and not cand.generic:
        # Two specific reports of the same type merge only on positive evidence of sameness:
        # both placed, both dated, or the same death toll (a headline and its lead).
        return (
            (inc.place is not None and cand.place is not None)
            or (inc.date is not None and cand.date is not None)
            or bool(_death_tolls(inc) & _death_tolls(cand))
            or _retells(inc, cand)
        )
    return True


# Words that count attacks by the many ('dozens of strikes', 'a series of raids').
MANY_WORDS = frozenset(
    {"dozen", "dozens", "score", "scores", "hundred", "hundreds", "series", "wave", "waves",
     "several", "multiple", "numerous", "many", "string", "spate"}
)  # fmt: skip


def _one_strike_of_many(inc: Candidate, cand: Candidate) -> bool:
    """'Dozens of air strikes on Aleppo killed 16 … The bomb hit the Qaterji neighbourhood': a
    single attack on a place inside the town that a count of many attacks covers is one of
    them, an incident of its own; the many attacks' figures are the whole town's, not its."""
    if inc.place is None or cand.place is None:
        return False
    pa: Place = inc.place._.ew_place.place
    pb: Place = cand.place._.ew_place.place
    if {pa.precision, pb.precision} != {GeoPrecision.TOWN, GeoPrecision.NEIGHBOURHOOD}:
        return False  # a province's many strikes and a town's: too far apart to say
    coarse, fine = (inc, cand) if _finer(pb, pa) else (cand, inc)
    return _counts_many(coarse) and not _counts_many(fine)


def _counts_many(cand: Candidate) -> bool:
    return any(_many_attacks(t.root) for t in cand.triggers or [cand.trigger])


# Nouns of attacks (not of munitions: 'fired 13 rocket shells' is one attack).
ATTACK_NOUNS = frozenset({"strike", "airstrike", "raid", "attack", "bombardment", "bombing"})


def _many_attacks(noun: Token) -> bool:
    """'dozens of air strikes', 'several raids': a plural attack noun counted by the many."""
    if noun.tag_ not in ("NNS", "NNPS") or noun.lemma_.lower() not in ATTACK_NOUNS:
        return False
    if any(c.lower_ in MANY_WORDS and c.dep_ in ("amod", "det", "quantmod") for c in noun.children):
        return True
    head = noun.head
    return noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in MANY_WORDS


def _retells(inc: Candidate, cand: Candidate) -> bool:
    """A later sentence that names no place of its own, about an event of the very type just
    told ('The raids hit the school around noon'), goes on telling that event; a report names
    the place of a new incident of the same kind."""
    if inc.sub_event_type != cand.sub_event_type or (inc.place and cand.place):
        return False
    if _marked_as_another(cand.trigger):
        return False
    if any(_distributive(t) for t in cand.trigger.sent):
        return True  # 'the other four were killed by rocket fire on X': a share of the toll told
    if _names_unknown_place(inc.trigger.sent) or _names_unknown_place(cand.trigger.sent):
        return False  # 'in the Baeedeen neighbourhood': a place the gazetteer lacks is a place
    return not _tolls_differ(inc, cand)


# Words by which a report says an event is not the one just told ('another 14 were killed in
# barrel bomb attacks', 'in a separate attack', 'elsewhere, shelling …').
ANOTHER_WORDS = frozenset(
    {"another", "further", "other", "separate", "separately", "elsewhere", "meanwhile",
     "second", "third", "fresh", "new"}
)  # fmt: skip


# Nouns that name a kind of place: a proper name with one is a place ('the district of X').
PLACE_NOUNS = frozenset(
    {"district", "neighbourhood", "neighborhood", "village", "town", "city", "suburb", "quarter",
     "square", "area", "camp", "street", "market", "hospital", "countryside", "province"}
)  # fmt: skip


def _names_unknown_place(sent: Span) -> bool:
    """The sentence names a place the gazetteer did not resolve: a proper name joined to a
    place noun ('the Baeedeen neighbourhood', 'the village of Hass', 'Absasiyeen Square')."""
    doc = sent.doc
    known = [(p.start, p.end) for p in _in(doc, "ew_places", sent) if p._.ew_place.place]
    known += [(a.start, a.end) for a in _in(doc, "ew_actors", sent)]
    for tok in sent:
        if tok.lemma_.lower() not in PLACE_NOUNS:
            continue
        names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        names += [
            g
            for prep in tok.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for g in prep.children
            if g.dep_ == "pobj" and g.pos_ == "PROPN"
        ]
        if tok.pos_ == "PROPN" and tok.i > sent.start and doc[tok.i - 1].pos_ == "PROPN":
            names.append(doc[tok.i - 1])
        if any(not any(a <= n.i < b for a, b in known) for n in names):
            return True
    return False


def _marked_as_another(trigger: Span) -> bool:
    return any(
        t.lower_ in ANOTHER_WORDS and not _distributive(t) and not _in_proper_name(t)
        for t in trigger.sent
    )


def _in_proper_name(word: Token) -> bool:
    """'activists told The New Arab', 'the New York Times': a word of a name (an outlet, a city)
    says nothing about which event is told."""
    return word.pos_ == "PROPN"


def _distributive(word: Token) -> bool:
    """'one run by the YPG, the other by the police': 'the other' after 'one' shares out the
    parts of the event just told; it does not mark a new one. So does 'the other four (were
    killed by …)': the rest of a toll already told, counted out."""
    sent = word.sent
    if word.lower_ != "other" or word.i == sent.start or word.doc[word.i - 1].lower_ != "the":
        return False
    if any(t.lower_ == "one" for t in word.doc[sent.start : word.i - 1]):
        return True
    following = word.doc[word.i + 1] if word.i + 1 < sent.end else None
    return following is not None and following.like_num


def _death_tolls(cand: Candidate) -> set[int]:
    tolls = set()
    for span in cand.casualties:
        mention: CasualtyMention = span._.ew_casualty
        if mention.outcome is Outcome.KILLED and mention.count.best is not None:
            tolls.add(mention.count.best)
    return tolls


# 'car bombings' in a headline, 'suicide bombers blew up two vehicles' in the lede: one
# bombing, told first by its vehicle and then by who drove it, in the very next sentence and
# with no other toll. The suicide reading is the finer.
VEHICLE_BOMB_READINGS = frozenset({"remote_explosive_landmine_ied", "suicide_bomb"})


def _types_fit(inc: Candidate, cand: Candidate) -> bool:
    if inc.sub_event_type == cand.sub_event_type:
        return True
    inc_type = SUB_EVENT_TYPES[inc.sub_event_type]
    cand_type = SUB_EVENT_TYPES[cand.sub_event_type]
    if cand.generic or inc.generic:
        return inc_type in VIOLENT_TYPES and cand_type in VIOLENT_TYPES
    return _one_vehicle_bombing(inc, cand) or _chemical_delivery(inc, cand)


# 'a suspected chemical attack on Khan Sheikhoun … regime planes carried out the airstrike on
# Khan Sheikhoun': gas is dropped from the air, so an air strike on the chemical attack's town
# and day, told in the same report, is how it was delivered, not a strike of its own.
CHEMICAL_DELIVERY_READINGS = frozenset({"chemical_weapon", "air_drone_strike"})


def _chemical_delivery(inc: Candidate, cand: Candidate) -> bool:
    readings = {inc.sub_event_type, cand.sub_event_type}
    return (
        readings == CHEMICAL_DELIVERY_READINGS
        and not _marked_as_another(cand.trigger)
        and not _tolls_differ(inc, cand)
    )


def _one_vehicle_bombing(inc: Candidate, cand: Candidate) -> bool:
    readings = {inc.sub_event_type, cand.sub_event_type}
    return (
        readings == VEHICLE_BOMB_READINGS
        and cand.last_sentence - inc.last_sentence <= 1
        and not _tolls_differ(inc, cand)
    )


def _tolls_differ(inc: Candidate, cand: Candidate) -> bool:
    tolls, other = _death_tolls(inc), _death_tolls(cand)
    return bool(tolls and other and not tolls & other)


def _places_fit(a: Span | None, b: Span | None) -> bool:
    """Same place, or one inside the other: by the admin hierarchy for countries and
    governorates, by distance for towns, neighbourhoods and districts."""
    if a is None or b is None:
        return True
    pa: Place = a._.ew_place.place
    pb: Place = b._.ew_place.place
    if pa.name == pb.name or (pa.geonames_id is not None and pa.geonames_id == pb.geonames_id):
        return True
    if _near_a_landmark(a, pa, b, pb):
        return True
    if pa.precision == pb.precision:
        return False
    order = list(GeoPrecision)
    fine, coarse = sorted((pa, pb), key=lambda p: order.index(p.precision))
    if coarse.precision is GeoPrecision.COUNTRY:
        return fine.country_code == coarse.country_code
    if coarse.precision is GeoPrecision.GOVERNORATE:
        return fine.country_code == coarse.country_code and fine.admin1 == coarse.admin1
    reach = DISTRICT_KM if coarse.precision is GeoPrecision.DISTRICT else NESTED_KM
    return fine.km_to(coarse) <= reach


def _near_a_landmark(a: Span, pa: Place, b: Span, pb: Place) -> bool:
    """'a strike on an airfield near Homs', then 'the airfield at Ash Shairat, 40 km from Homs':
    a town named as what the event was near is a reference point, and the scene may lie a
    district's width from it."""
    if not (place_roles.is_landmark(a) or place_roles.is_landmark(b)):
        return False
    if not (_town_or_finer_place(pa) and _town_or_finer_place(pb)):
        return False
    return pa.km_to(pb) <= DISTRICT_KM


def _dates_fit(a: Span | None, b: Span | None) -> bool:
    if a is None or b is None:
        return True
    da: DateRange = a._.ew_date.date
    db: DateRange = b._.ew_date.date
    return da.overlaps(db)


def _campaign(date: Span | None) -> bool:
    """A stated span too long to be one incident ('since September 2014')."""
    if date is None:
        return False
    told: DateRange = date._.ew_date.date
    return (told.end - told.start).days > CAMPAIGN_DAYS


# Dates told as a whole month or year ('in August', 'so far this month'): figures for them add up.
PERIOD_PRECISIONS = frozenset({DatePrecision.MONTH, DatePrecision.YEAR})


def _tally_of_period(old: Span | None, new: Span | None) -> bool:
    """'100 civilians have been killed in August shelling … On August 10 shells killed 14': the
    figure told for a month is the month's tally; the day's own figure is the incident's toll."""
    if old is None or new is None:
        return False
    period: DateRange = old._.ew_date.date
    day: DateRange = new._.ew_date.date
    return period.precision in PERIOD_PRECISIONS and day.precision is DatePrecision.DAY


def _merge(into: Candidate, cand: Candidate) -> None:
    # A suicide bombing and a chemical attack are the finer readings of the bombing or air
    # strike they were first told as.
    if (
        (into.generic and not cand.generic)
        or cand.sub_event_type == "suicide_bomb"
        or (cand.sub_event_type == "chemical_weapon" and into.sub_event_type != "chemical_weapon")
    ):
        into.sub_event_type, into.mention, into.trigger = (
            cand.sub_event_type,
            cand.mention,
            cand.trigger,
        )
    if cand.place is not None and (into.place is None or _better_place(cand.place, into.place)):
        into.place = cand.place
    if cand.casualties and _tally_of_period(into.date, cand.date):
        into.casualties = []
    if cand.date is not None and (
        into.date is None or _refines(cand.date._.ew_date.date, into.date._.ew_date.date)
    ):
        into.date = cand.date
    if into.told is None:
        into.told = cand.told
    into.casualties.extend(c for c in cand.casualties if c not in into.casualties)
    into.actors.extend(cand.actors)
    into.triggers.extend(cand.triggers)
    into.last_sentence = cand.last_sentence


def _better_place(new: Span, old: Span) -> bool:
    """The scene itself beats a landmark it was near ('outside Damascus', then 'in Eastern
    Ghouta'); otherwise the finer place wins."""
    new_landmark, old_landmark = place_roles.is_landmark(new), place_roles.is_landmark(old)
    if new_landmark != old_landmark and not _town_replaces_region(new, old):
        return old_landmark
    return _finer(new._.ew_place.place, old._.ew_place.place)


def _town_replaces_region(new: Span, old: Span) -> bool:
    """'A car bomb in eastern Syria …, near the city of Deir el-Zour': the town near which it
    happened says where better than the country or governorate told first."""
    home = new.doc._.country_hint
    return _regional(old) and _town_or_finer(new) and not _is_abroad(new, home)


def _finer(a: Place, b: Place) -> bool:
    order = list(GeoPrecision)
    return order.index(a.precision) < order.index(b.precision)


def _narrower(a: DateRange, b: DateRange) -> bool:
    return (a.end - a.start) < (b.end - b.start)


def _refines(new: DateRange, old: DateRange) -> bool:
    """A narrower date makes a week or a month precise; stated days ('on Saturday and Sunday')
    are precise already, and one of them told again ('tonight') does not shrink the range."""
    return _narrower(new, old) and old.precision is not DatePrecision.DAY


def _continue_last(
    doc: Doc,
    incidents: list[Candidate],
    casualties: list[Span],
    sent: Span,
    i: int,
    places: list[Span] | None = None,
) -> None:
    """A figure told in a sentence without a trigger ('Five children were among the dead')
    belongs to the incident just told. Where the sentence names its own day or place that does
    not fit that incident ('On May 27 another journalist was killed in Homs'), it belongs to
    the latest recent incident it does fit: a round-up tells its places one after another
    ('In Aleppo, rockets killed 9 … In Damascus, shells hurt 3 … In the Aleppo attack's
    neighbourhood, 4 more …'), and a figure for one told earlier still goes to that one."""
    own_dates = [
        d
        for d in _in(doc, "ew_dates", sent)
        if d._.ew_date.date is not None
        and d._.ew_date.kind == "date"
        and _speech_verb_over(d) is None
    ]
    own_places = [p for p in _in(doc, "ew_places", sent) if _may_be_event_place(p)]
    # 'Nine were killed in X and two others died in Y': each figure told with a place of its
    # own goes where that place fits; summed into X's toll, Y's dead were counted as X's.
    told_apart = {c.start: _places_told_with(c, own_places) for c in casualties}
    if len({tuple(p.start for p in ps) for ps in told_apart.values()}) > 1:
        for casualty in casualties:
            _continue_last(doc, incidents, [casualty], sent, i, told_apart[casualty.start])
        return
    if places:
        own_places = places
    elsewhere = any(_told_elsewhere(c) for c in casualties)
    for inc in reversed(incidents):
        if i - inc.last_sentence > CONTINUATION_WINDOW:
            return
        if (
            elsewhere
            and inc.place is not None
            and inc.place._.ew_place.place.precision in (FINER_THAN_TOWN)
        ):
            # 'Nine died in X … Another five in two other districts': a share of a breakdown by
            # place, not X's; the whole town's toll, if one was told, already counts it.
            return
        if places and _encloses(inc, places):
            # A share of a breakdown by place: the whole town's toll already counts it.
            continue
        if _figure_fits(inc, own_dates, own_places):
            inc.casualties.extend(casualties)
            return


FINER_THAN_TOWN = frozenset({GeoPrecision.NEIGHBOURHOOD})
OTHER_PLACE_WORDS = frozenset({"other", "another", "different", "neighbouring", "neighboring"})


def _encloses(inc: Candidate, places: list[Span]) -> bool:
    """The incident is placed at a coarser level than every one of the places."""
    if inc.place is None:
        return True
    where: Place = inc.place._.ew_place.place
    return all(_finer(p._.ew_place.place, where) for p in places)


def _places_told_with(casualty: Span, places: list[Span]) -> list[Span]:
    """The places of the figure's own clause: those hanging from the verb the figure does."""
    verb = governing_verb(casualty.root)
    if verb is None:
        return []
    return [p for p in places if (own := governing_verb(p.root)) is not None and own.i == verb.i]


def _told_elsewhere(casualty: Span) -> bool:
    """'Another five were killed in two other districts': the figure's own clause sets it in
    places other than the one just told, which it names by a place noun, not by name."""
    verb = governing_verb(casualty.root)
    if verb is None:
        return False
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if (
                noun.dep_ == "pobj"
                and noun.lemma_.lower() in PLACE_NOUNS
                and any(c.lower_ in OTHER_PLACE_WORDS for c in noun.children)
            ):
                return True
    return False


def _figure_fits(inc: Candidate, own_dates: list[Span], own_places: list[Span]) -> bool:
    """The days and places a trigger-less figure's sentence names are the incident's own."""
    if any(not _dates_fit(inc.date, d) for d in own_dates):
        return False
    return not own_places or any(_places_fit(inc.place, p) for p in own_places)


# Verbs by which a sentence dates an event already told ('The incident occurred on April 11').
OCCURRENCE_LEMMAS = frozenset({"occur", "happen", "take"})


def _date_last(doc: Doc, incidents: list[Candidate], sent: Span, i: int) -> None:
    """'The US-led coalition struck … The incident occurred on April 11.': a sentence right after
    an undated incident that says when something occurred, and tells no event of its own, gives
    that incident its date."""
    if not incidents or i - incidents[-1].last_sentence > 1 or incidents[-1].date is not None:
        return
    for date in _in(doc, "ew_dates", sent):
        if date._.ew_date.date is None or date._.ew_date.kind != "date":
            continue
        verb = governing_verb(date.root)
        if verb is not None and _tells_occurrence(verb):
            incidents[-1].date = date
            return


def _tells_occurrence(verb: Token) -> bool:
    """'occurred', 'happened', 'took place' (not 'took the town')."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    return lemma in OCCURRENCE_LEMMAS


def _fill_place_from_context(doc: Doc, cand: Candidate) -> None:
    """No place named with the event: the town the report last named before it ('the city')."""
    if cand.place is not None:
        return
    place = _context_place(doc, cand.trigger)
    if place is not None:
        cand.place = place
        cand.place_inferred = True


def _context_place(doc: Doc, trigger: Span) -> Span | None:
    """The last town named before the trigger, where it is not where something came from nor
    in another country than the report's (a town abroad is only the event's place if said so)."""
    home = doc._.country_hint
    before = [
        p
        for p in doc.spans.get("ew_places", [])
        if p.start < trigger.start
        and p._.ew_place.place is not None
        and p._.ew_place.place.precision is GeoPrecision.TOWN
        and _may_be_event_place(p)
        and not _is_abroad(p, home)
    ]
    return before[-1] if before else None


def event_place(doc: Doc, trigger: Span) -> tuple[Span | None, bool]:
    """Where the event a trigger (or any event verb) reports happened, as assembly decides it:
    the place in the trigger's sentence it picks, else the town named before it.
    Returns the place span (None: no place) and whether it was filled from context."""
    place = _pick_place(_in(doc, "ew_places", trigger.sent), trigger)
    if place is not None:
        return place, False
    place = _context_place(doc, trigger)
    return place, place is not None


def _fill_date_from_context(
    cand: Candidate, before: list[Candidate], report: Report, index: dict[int, int]
) -> None:
    """No date told with the event: a round-up states the day once ("… on Monday. Elsewhere,
    air strikes on Douma killed six"), so take the day of the nearest dated incident before it,
    when that day is in the week before publication. The claim is marked as inferred. A day the
    event's own sentence was told on ('Also on Monday SANA said …') is nearer evidence than a day
    borrowed from another incident, so such an event keeps its telling day as its bound."""
    if cand.date is not None or cand.told is not None or report.published is None:
        return
    here = index[cand.trigger.sent.start]
    for prior in reversed(before):
        if prior.date is not None and prior.date_inferred:
            # An item of the same round-up that took its day from the lede: the round-up goes
            # on, so the lede's day reaches as far again past it.
            if here - prior.last_sentence <= DATE_CONTEXT_WINDOW:
                here = min(here, prior.last_sentence)
            continue
        # A day stated only after this event (which the incident before took up from a later
        # sentence) is not the round-up's day as the reader has it here.
        if prior.date is None or not _stated_before(prior.date, cand):
            continue
        if here - prior.last_sentence > DATE_CONTEXT_WINDOW:
            return
        told: DateRange = prior.date._.ew_date.date
        if told.precision is DatePrecision.DAY and 0 <= (report.published - told.end).days <= 7:
            cand.date, cand.date_inferred = prior.date, True
        return


def _stated_before(date: Span, cand: Candidate) -> bool:
    return date.start < cand.trigger.start


# --------------------------------------------------------------------------- building


def _build(doc: Doc, report: Report, cand: Candidate) -> Incident | None:
    rid = report.id
    claims: list[Claim] = []

    def claim(field_name: str, value: JsonValue, span: Span, *, inferred: bool = False) -> None:
        claims.append(
            Claim(
                field=field_name,
                value=value,
                source=source_for(doc, span.start_char, report),
                report_id=rid,
                quote=span.sent.text.strip(),
                start=span.start_char,
                end=span.end_char,
                hedged=inferred or is_hedged(doc, span),
            )
        )

    event_type = SUB_EVENT_TYPES[cand.sub_event_type]
    claim(
        "event_type",
        {"event_type": event_type, "sub_event_type": cand.sub_event_type},
        cand.trigger,
    )
    location = _place_of(cand)
    if location is not None and cand.place is not None:
        claim(
            "location", location.model_dump(mode="json"), cand.place, inferred=cand.place_inferred
        )
    date = _date_of(cand, report)
    if date is not None and cand.date is not None:
        claim("date", date.model_dump(mode="json"), cand.date, inferred=cand.date_inferred)
    elif date is not None and cand.told is not None and _bounded_by_telling(cand, report):
        claim("date", date.model_dump(mode="json"), cand.told, inferred=True)
    mentions: list[tuple[Span, CasualtyMention]] = [(s, s._.ew_casualty) for s in cand.casualties]
    killed, killed_groups = casualty_sum.combine((m for _, m in mentions), Outcome.KILLED)
    injured, injured_groups = casualty_sum.combine((m for _, m in mentions), Outcome.INJURED)
    named: list[NamedVictim] = []
    for span, m in mentions:
        if m.count.best is not None or m.count.low is not None:
            field_name = "fatalities" if m.outcome is Outcome.KILLED else "injuries"
            claim(field_name, m.count.model_dump(mode="json"), span)
        for v in m.named:
            claim("victim", v.model_dump(mode="json"), span)
            if not any(casualty_sum.same_person(v, w) for w in named):
                named.append(v)
    actors = []
    fallback = None if _has_perpetrator(cand) else _nearest_armed_actor(doc, cand)
    if fallback is not None:
        cand.actors.append((fallback, ActorRole.PERPETRATOR))
    for span, role in _named_doers_first(_unique_actors(cand.actors)):
        actor = Actor(text=span.text, normalized=span._.ew_actor.normalized, role=role)
        actors.append(actor)
        claim("actor", actor.model_dump(mode="json"), span)
    return Incident(
        id=incident_id(rid, _id_offset(cand), cand.sub_event_type),
        event_type=event_type,
        sub_event_type=cand.sub_event_type,
        date=date,
        location=location,
        fatalities=killed,
        injuries=injured,
        victims=Victims(groups=killed_groups + injured_groups, named=named),
        actors=actors,
        claims=claims,
        reports=[rid],
        summary=cand.trigger.sent.text.strip(),
    )


def _id_offset(cand: Candidate) -> int:
    if cand.split_from_list and cand.place is not None:
        return cand.place.start_char
    return cand.trigger.start_char


def _place_of(cand: Candidate) -> Place | None:
    if cand.place is None:
        return None
    place: Place = cand.place._.ew_place.place
    return place


def _date_of(cand: Candidate, report: Report) -> DateRange | None:
    if cand.date is not None:
        date: DateRange = cand.date._.ew_date.date
        return date
    if report.published is None:
        return None
    # Not stated: news reports events of the day or so before it is told, which is the day a
    # source is said to have spoken, else publication (ACLED precision 2).
    latest = report.published
    if cand.told is not None and _bounded_by_telling(cand, report):
        latest = cand.told._.ew_date.date.end
    return DateRange(
        start=latest - timedelta(days=1),
        end=latest,
        precision=DatePrecision.WEEK,
        text=None,
    )


def _bounded_by_telling(cand: Candidate, report: Report) -> bool:
    """A telling day before publication bounds the event ('said on Monday', printed Tuesday)."""
    if cand.told is None or report.published is None:
        return False
    told: DateRange = cand.told._.ew_date.date
    return told.end < report.published


# Kinds of actor that carry out attacks; civilians and "unknown" are never guessed as perpetrators.
ARMED_KINDS = frozenset({"state", "foreign", "rebel", "jihadist", "kurdish", "militia"})


AIR_KINDS = frozenset({"state", "foreign"})
TERRITORY_WORDS = frozenset({"held", "controlled", "run", "besieged", "occupied", "dominated"})


def _labels_territory(actor: Span) -> bool:
    """'rebel-held Idlib', 'the regime-controlled west': whose ground it is, not who struck."""
    after = actor.doc[actor.end : actor.end + 2]
    words = [t.lower_ for t in after if t.text != "-"]
    return bool(words) and words[0] in TERRITORY_WORDS


# Bombs planted or driven in: who set one off is unknown unless the report says who did it.
PLANTED_BOMB_TYPES = frozenset({"remote_explosive_landmine_ied", "suicide_bomb"})


def _claims_it(actor: Span) -> bool:
    """'IS claimed the attack', 'an attack claimed by the Islamic State group': the actor says
    it did it. A bombing's doer is known from such a claim, not from who is named nearby (whose
    ground it hit, whom the government blamed); the guidelines code an unnamed doer unknown."""
    tok = actor.root
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "by":
        return head.head.lemma_.lower() == "claim"
    return tok.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() == "claim"


def _has_perpetrator(cand: Candidate) -> bool:
    return any(role is ActorRole.PERPETRATOR for _, role in cand.actors)


def _nearest_armed_actor(doc: Doc, cand: Candidate) -> Span | None:
    """No parse link ties an actor to the trigger ('regime shelling … killed', run-on text without
    punctuation): the armed actor named nearest the trigger in the incident's own sentences, if it
    is not the target and not part of who says so ('Russian news agencies said')."""
    targets = {a.start for a, role in cand.actors if role is ActorRole.TARGET}
    # Who says so, and who was hurt ("killed … civilians and rebel fighters"), did not do it.
    sources = [(s.start, s.end) for s in doc.spans.get("ew_sources", [])]
    sources += [(s.start, s.end) for s in doc.spans.get("ew_casualties", [])]
    # Aircraft are flown by states: rebels and jihadists are not guessed for air strikes.
    kinds = AIR_KINDS if cand.sub_event_type == "air_drone_strike" else ARMED_KINDS
    sentences = {t.sent.start: t.sent for t in cand.triggers} or {
        cand.trigger.sent.start: cand.trigger.sent
    }
    best: tuple[int, Span] | None = None
    for sent in sentences.values():
        trigger = next((t for t in cand.triggers if t.sent.start == sent.start), cand.trigger)
        for actor in _in(doc, "ew_actors", sent):
            if actor.start in targets or actor._.ew_actor.kind not in kinds:
                continue
            if _labels_territory(actor):
                continue
            if cand.sub_event_type in PLANTED_BOMB_TYPES and not _claims_it(actor):
                continue
            if any(a <= actor.start < b for a, b in sources):
                continue
            distance = abs(actor.start - trigger.start)
            if best is None or distance < best[0]:
                best = (distance, actor)
    if best is None:
        return _perpetrator_told_before(doc, cand, kinds)
    return best[1]


# How many sentences back an actor named as the doer of the same kind of attack is taken up.
ACTOR_CONTEXT_WINDOW = 4


def _perpetrator_told_before(doc: Doc, cand: Candidate, kinds: frozenset[str]) -> Span | None:
    """'Regime warplanes bombed the town. The strikes hit a school …': a sentence that names
    no one takes the doer of the same kind of attack told just before it, never its target."""
    sentences = list(doc.sents)
    here = next(i for i, s in enumerate(sentences) if s.start == cand.trigger.sent.start)
    for sent in reversed(sentences[max(0, here - ACTOR_CONTEXT_WINDOW) : here]):
        for trig in _real_triggers(doc, sent):
            if trig._.ew_trigger.sub_event_type != cand.sub_event_type:
                continue
            for actor in _in(doc, "ew_actors", sent):
                if actor._.ew_actor.kind in kinds and actor_role(actor, trig) is (
                    ActorRole.PERPETRATOR
                ):
                    return actor
    return None


# Words for armed men that name no group ('terrorists', 'militants'): state media's label.
GENERIC_ACTOR_WORDS: frozenset[str] = frozenset(lexicons.load("actors")["generic"])


def _named_doers_first(
    actors: list[tuple[Span, ActorRole]],
) -> list[tuple[Span, ActorRole]]:
    """'A terrorist rocket attack … by the terrorists of Jabhat al-Nusra': a headline's generic
    label and the group the body names are one doer, and the named group is the finer reading,
    so it comes first among the perpetrators (the first is the incident's perpetrator)."""
    return sorted(
        actors,
        key=lambda a: a[1] is ActorRole.PERPETRATOR and a[0].text.lower() in GENERIC_ACTOR_WORDS,
    )


def _unique_actors(actors: list[tuple[Span, ActorRole]]) -> list[tuple[Span, ActorRole]]:
    seen: set[tuple[str, ActorRole]] = set()
    out = []
    for span, role in actors:
        key = (span._.ew_actor.normalized, role)
        if key not in seen:
            seen.add(key)
            out.append((span, role))
    return out


__all__ = ["Candidate", "assemble", "event_place"]
