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

    def __call__(self, doc: Doc) -> Doc:
        # Each span is labelled with the id of the pattern entry that found it.
        found = [
            Span(doc, start, end, label=doc.vocab.strings[match_id])
            for match_id, start, end in self.matcher(doc)
        ]
        spans = []
        for span in self._prefer_specific(found):
            sub, _strength = self.kinds[span.label_]
            head = span.root
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
