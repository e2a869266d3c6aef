"""Event triggers: words that report an event, typed by ACLED sub-event type.

Patterns live in ``lexicons/triggers.json``. Beyond matching, this component decides whether a
trigger reports something that *happened*: not negated ("no air strikes"), not irrealis
(talks, plans, announcements of what would happen, "to start fighting"), and not a trend
("the frequency of airstrikes has increased").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from eventwire.extract import extensions
from eventwire.extract.lexicons import load
from eventwire.extract.mentions import TriggerMention
from eventwire.model import SUB_EVENT_TYPES

GROUP = "ew_triggers"

# Nouns that make a trigger under them a statistic or a trend, not an event.
TREND_HEADS = frozenset(
    {
        "frequency",
        "intensity",
        "number",
        "rate",
        "threat",
        "fear",
        "risk",
        "wave",
        "escalation",
        "increase",
        "surge",
        "pattern",
        "series",
        "use",
        "history",
        "campaign",
        "war",
        "fight",
    }
)
# "seven days of air strikes": a stretch of time, when counted, holds many events. Hours are
# not among them: "24 hours of fighting" is how a day's battle is told.
TIME_UNITS = frozenset({"day", "night", "week", "month", "year"})
# Words that make a trigger many events over time rather than one.
HABITUAL_MODIFIERS = frozenset(
    {"numerous", "repeated", "frequent", "daily", "nightly", "countless", "regular", "routine",
     "constant", "incessant", "relentless"}
)  # fmt: skip
HABITUAL_ADVERBS = frozenset(
    {"regularly", "routinely", "frequently", "often", "usually", "habitually", "repeatedly",
     "constantly", "daily"}
)  # fmt: skip
# Governing words that make what follows not (yet) happened.
IRREALIS_LEMMAS = frozenset(
    {
        "plan",
        "threaten",
        "vow",
        "prepare",
        "want",
        "seek",
        "hope",
        "intend",
        "would",
        "could",
        "might",
        "will",
        "shall",
        "may",
        "should",
        "must",
        "negotiation",
        "talk",
        "announcement",
        "call",
        "urge",
        "propose",
        "suspend",
        "allow",
        "aim",
        "prevent",
        "avoid",
        "stop",
        "halt",
        "ban",
        "condemn",
        "deny",
        "fear",
        "warn",
        "possible",
        "potential",
        "risk",
        # tried, not (yet) done: 'trying to flush out', 'in a bid to break the siege'
        "try",
        "attempt",
        "bid",
        "effort",
    }
)
# "footage was shot", "captured on camera": the trigger verb is about recording, not violence.
MEDIA_NOUNS = frozenset(
    {
        "footage",
        "video",
        "film",
        "photo",
        "photograph",
        "picture",
        "image",
        "clip",
        "camera",
        "cctv",
        "scene",
        "moment",
        "shot",
    }
)
NEGATIONS = frozenset({"no", "not", "never", "n't", "without", "denied", "deny"})
# Verbs of violence whose type comes from what does them: 'warplanes killed', 'rockets hit'.
VIOLENT_VERBS = frozenset(
    {"kill", "wound", "injure", "hit", "target", "strike", "bomb", "pound", "destroy", "raid",
     "attack", "shell", "massacre", "drop", "fire", "claim"}
)  # fmt: skip
# Aircraft: as the doer of a violent verb they make it an air strike (ACLED: helicopters and
# drones included). Not "bomber": a suicide or motorbike bomber is a person.
AIRCRAFT = frozenset(
    {"warplane", "jet", "aircraft", "plane", "airplane", "helicopter", "chopper", "drone",
     "aviation"}
)  # fmt: skip
# Ground-fired munitions: as the doer they make it shelling ('rocket fire killed four').
MUNITIONS = frozenset({"rocket", "missile", "mortar", "shell", "artillery", "grad"})
# Aircraft with a crew. ACLED and our guidelines code bringing one down as a battle with its crew
# (armed clash); an unmanned one brought down is disrupted weapons use.
MANNED_AIRCRAFT = frozenset(
    {"helicopter", "chopper", "plane", "airplane", "jet", "warplane", "aircraft", "bomber"}
)
UNMANNED_MARKS = frozenset(
    {"drone", "unmanned", "radio-controlled", "remote-controlled", "rc", "uav", "model"}
)
# Triggers found from the parse rather than the lexicon: label → (sub_event_type, strength).
PARSE_KINDS = {
    "aircraft_doer": ("air_drone_strike", "specific"),
    "munition_doer": ("shelling_artillery_missile_attack", "specific"),
    # 'killed by regime bombs': bombs dropped, most often from the air, but a bomb may also be
    # planted, so the type is only a default (generic).
    "bombs_doer": ("air_drone_strike", "generic"),
}
# Sub-event types that are taken by a government rather than a non-state actor.
TERRITORY_SWAP = {"non_state_actor_overtakes_territory": "government_regains_territory"}


@Language.factory(
    "eventwire_triggers",
    requires=["token.lemma", "token.dep", "token.pos"],
    assigns=["doc.spans", "span._.ew_trigger"],
)
def make_triggers(nlp: Language, name: str) -> TriggerFinder:
    extensions.register()
    return TriggerFinder(nlp)


class TriggerFinder:
    def __init__(self, nlp: Language) -> None:
        self.matcher = Matcher(nlp.vocab)
        self.kinds: dict[str, tuple[str, str]] = {}  # match id → (sub_event_type, strength)
        for entry in load("triggers")["triggers"]:
            sub = entry["sub"]
            if sub not in SUB_EVENT_TYPES:
                raise ValueError(
                    f"triggers.json: {entry['id']!r} has unknown sub-event type {sub!r}"
                )
            self.matcher.add(entry["id"], entry["patterns"])
            self.kinds[entry["id"]] = (sub, entry["strength"])
        self.kinds.update(PARSE_KINDS)

    def __call__(self, doc: Doc) -> Doc:
        # Each span is labelled with the id of the pattern entry that found it.
        found = [
            Span(doc, start, end, label=doc.vocab.strings[match_id])
            for match_id, start, end in self.matcher(doc)
        ]
        found.extend(doer_triggers(doc))
        spans = []
        for span in self._prefer_specific(found):
            sub, _strength = self.kinds[span.label_]
            head = span.root
            sub = retyped(head, sub)
            span._.ew_trigger = TriggerMention(
                event_type=SUB_EVENT_TYPES[sub],
                sub_event_type=sub,
                lemma=head.lemma_.lower(),
                strength=_strength,
                negated=is_negated(head),
                irrealis=is_irrealis(head) or is_trend(head) or is_about_media(head),
            )
            spans.append(span)
        doc.spans[GROUP] = spans
        return doc

    def _prefer_specific(self, spans: list[Span]) -> list[Span]:
        """Of overlapping matches keep the most specific, then the longest."""
        rank = {"specific": 0, "generic": 1, "weak": 2}
        taken: set[int] = set()
        kept: list[Span] = []
        for span in sorted(spans, key=lambda s: (rank[self.kinds[s.label_][1]], -len(s), s.start)):
            if taken.isdisjoint(range(span.start, span.end)):
                kept.append(span)
                taken.update(range(span.start, span.end))
        return sorted(kept, key=lambda s: s.start)


def is_negated(head: Token) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in head.children):
        return True
    return any(c.dep_ == "neg" for c in head.head.children) and head.dep_ in {"dobj", "nsubjpass"}


def is_irrealis(head: Token) -> bool:
    """True when the trigger sits under a modal, a plan, talks or an announcement."""
    if _is_purpose(head):
        return True
    for tok in [head, *head.ancestors][:5]:
        if tok is not head and tok.lemma_.lower() in IRREALIS_LEMMAS:
            return True
        if any(c.dep_ == "aux" and c.lemma_.lower() in IRREALIS_LEMMAS for c in tok.children):
            return True
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in IRREALIS_LEMMAS | {"start", "begin"}:
            return tok.head.lemma_.lower() != "begin" or _is_future(tok.head)
        if tok.dep_ in {"ROOT", "ccomp"} and tok is not head:
            break
    return False


def _is_purpose(verb: Token) -> bool:
    """'battled for a month to push IS out of the city': an infinitive of purpose tells what
    the doers were after, not what happened."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _is_future(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll"} for c in tok.children)


def is_about_media(head: Token) -> bool:
    """'the footage was shot', 'an attack that was captured on CCTV footage'."""
    if head.pos_ != "VERB":
        return False
    for child in head.children:
        if child.dep_ in {"nsubjpass", "dobj", "nsubj"} and child.lemma_.lower() in MEDIA_NOUNS:
            return True
        if child.dep_ == "prep" and any(
            g.lemma_.lower() in MEDIA_NOUNS or g.lower_ in MEDIA_NOUNS for g in child.subtree
        ):
            return True
    return False


def is_trend(head: Token) -> bool:
    """'the frequency of airstrikes has increased': a statistic, not an event; likewise a
    stretch of time full of them ('seven days of air strikes') and a habit ('numerous
    executions', 'warplanes regularly bomb the province')."""
    gov = head.head
    of_trend = gov.head.lemma_.lower() in TREND_HEADS or _counted_stretch(gov.head)
    if head.dep_ == "pobj" and gov.dep_ == "prep" and of_trend:
        return True
    return _habitual(head)


def _counted_stretch(noun: Token) -> bool:
    """'seven days of', 'two weeks of': a counted stretch of time."""
    return noun.lemma_.lower() in TIME_UNITS and any(c.dep_ == "nummod" for c in noun.children)


def _habitual(head: Token) -> bool:
    if any(c.lower_ in HABITUAL_MODIFIERS for c in head.children if c.dep_ in {"amod", "advmod"}):
        return True
    verb = head if head.pos_ == "VERB" else head.head
    return verb.pos_ == "VERB" and any(
        c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in verb.children
    )


def doers(verb: Token) -> list[Token]:
    """Who or what does a verb: its subjects, or the agent of a passive ('killed by jets')."""
    found = [c for c in verb.children if c.dep_ == "nsubj"]
    # Run-on text (a headline run into the lede) defeats the parser; a noun standing right
    # before the verb is its subject there too ('Syrian war planes bombed positions').
    if verb.i > 0 and verb.nbor(-1).pos_ in {"NOUN", "PROPN"}:
        found.append(verb.nbor(-1))
    found += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return found + [conj for d in found for conj in d.conjuncts]


def is_aircraft(noun: Token) -> bool:
    """'warplanes', 'Russian jets', 'the air force' (its planes strike, whoever flies them)."""
    lemma = noun.lemma_.lower()
    if lemma in AIRCRAFT:
        return True
    return lemma in {"force", "forces"} and any(
        c.dep_ == "compound" and c.lower_ == "air" for c in noun.children
    )


def is_munition(noun: Token) -> bool:
    """'rockets', 'mortar rounds', 'rebel rocket and sniper fire': a ground-fired munition."""
    if noun.lemma_.lower() in MUNITIONS:
        return True
    return any(
        c.dep_ in {"compound", "nmod", "amod"} and c.lemma_.lower() in MUNITIONS
        for c in noun.children
    )


def _is_dropped_bombs(noun: Token) -> bool:
    """'regime bombs' in the plural; a car or roadside bomb is named so and typed by the lexicon."""
    return noun.lemma_.lower() == "bomb" and noun.tag_ == "NNS"


def doer_triggers(doc: Doc) -> list[Span]:
    """A violent verb whose doer is an aircraft or a munition reports an air strike or shelling
    whatever the verb ('helicopters killed six', 'rocket fire killed four', 'were killed by
    regime bombs'); the doer is read from the parse, so 'shot down drones and destroyed tanks'
    is no air strike."""
    spans = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in VIOLENT_VERBS:
            continue
        who = doers(tok)
        label = (
            "aircraft_doer"
            if any(is_aircraft(d) for d in who)
            else "munition_doer"
            if any(is_munition(d) for d in who)
            else "bombs_doer"
            if any(_is_dropped_bombs(d) for d in who)
            else None
        )
        if label is not None:
            spans.append(Span(doc, tok.i, tok.i + 1, label=label))
    return spans


def retyped(head: Token, sub: str) -> str:
    """The lexicon's type, corrected by the parse where the doer or the target decides it."""
    if sub == "disrupted_weapons_use" and head.lemma_.lower() == "shoot":
        return "armed_clash" if _downs_manned_aircraft(head) else sub
    if sub == "attack" and any(is_aircraft(d) for d in doers(_governing_verb(head))):
        # 'the air force carried out a massacre': an attack done from the air is an air strike.
        return "air_drone_strike"
    return sub


def _governing_verb(head: Token) -> Token:
    """The verb whose doer did the event: the trigger itself, or the verb it is the object of
    ('carried out a massacre')."""
    if head.pos_ == "VERB" or head.dep_ not in {"dobj", "nsubjpass"}:
        return head
    return head.head


def _downs_manned_aircraft(shoot: Token) -> bool:
    """'shot down a helicopter' (crewed: a battle) rather than 'shot down three drones'."""
    downed = [c for c in shoot.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(d.lemma_.lower() in MANNED_AIRCRAFT and not _unmanned(d) for d in downed)


def _unmanned(aircraft: Token) -> bool:
    """'unmanned aircraft', 'radio-controlled planes' (split at the hyphen by the tokenizer)."""
    before = aircraft.doc[aircraft.left_edge.i : aircraft.i].text.lower().replace(" - ", "-")
    return any(word in UNMANNED_MARKS for word in before.split())
