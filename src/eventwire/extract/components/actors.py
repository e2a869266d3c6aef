"""Actors: who did it and to whom, as written and normalised (``lexicons/actors.json``).

The component finds actor mentions; `actor_role` says, from the parse, whether a mention is the
perpetrator or the target of a given trigger. "Russian news agencies quoted…" names a source,
not an actor: mentions inside a speech verb's subject are left to the sources component.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from eventwire.extract import extensions
from eventwire.extract.lexicons import load
from eventwire.extract.mentions import ActorMention
from eventwire.model import ActorRole

GROUP = "ew_actors"
AGENT_PREPS = frozenset({"by"})
TARGET_PREPS = frozenset({"on", "against", "at", "targeting", "near"})


@Language.factory(
    "eventwire_actors",
    requires=["token.dep", "token.lemma"],
    assigns=["doc.spans", "span._.ew_actor"],
)
def make_actors(nlp: Language, name: str) -> ActorFinder:
    extensions.register()
    return ActorFinder(nlp)


class ActorFinder:
    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.kinds: dict[str, str] = {}
        for normalized, entry in load("actors")["actors"].items():
            self.kinds[normalized] = entry["kind"]
            self.matcher.add(normalized, [nlp.make_doc(alias) for alias in entry["aliases"]])

    def __call__(self, doc: Doc) -> Doc:
        spans = [
            Span(doc, start, end, label=doc.vocab.strings[match_id])
            for match_id, start, end in self.matcher(doc)
        ]
        kept = []
        for span in filter_spans(spans):
            if _lowercase_acronym(span):
                continue
            span._.ew_actor = ActorMention(normalized=span.label_, kind=self.kinds[span.label_])
            kept.append(span)
        doc.spans[GROUP] = kept
        return doc


def _lowercase_acronym(span: Span) -> bool:
    """'is', 'hts', 'saa' in lower case are words, not ISIS/HTS/the Syrian Arab Army."""
    return (
        len(span) == 1
        and len(span.text) <= 4
        and span.text.islower()
        and span.label_ not in {"rebels", "russia", "civilians"}
    )


def actor_role(actor: Span, trigger: Span) -> ActorRole | None:
    """The actor's role in the event the trigger reports, read off the dependency parse."""
    head = trigger.root
    if actor.start <= head.i < actor.end:
        return None
    a = actor.root
    # "Russian airstrikes", "regime barrel bombs", "Russia's raids": a modifier of the trigger noun.
    if a.head == head and a.dep_ in {"amod", "compound", "poss", "nmod"}:
        return ActorRole.PERPETRATOR
    for verb in _governing_verbs(head):
        for child in verb.children:
            if child.dep_ in {"nsubj", "csubj"} and _contains(child, a):
                return ActorRole.PERPETRATOR
            if child.dep_ == "agent" and _contains(child, a):
                return ActorRole.PERPETRATOR
            if child.dep_ in {"dobj", "nsubjpass"} and child != head and _names(child, a):
                # "broke the government siege": the siege's owner is the side that lost.
                return ActorRole.TARGET
            if (
                child.dep_ == "prep"
                and child.lower_ in TARGET_PREPS
                and any(_names(pobj, a) for pobj in child.children if pobj.dep_ == "pobj")
            ):
                return ActorRole.TARGET
        lender = _subject_lender(verb)
        if lender is not None and any(
            c.dep_ in {"nsubj", "csubj"} and _contains(c, a) for c in lender.children
        ):
            return ActorRole.PERPETRATOR
    return None


def _subject_lender(verb: Token) -> Token | None:
    """'Army units advanced and established control', 'the army pressed on, establishing
    control': a conjoined or participial verb without a subject of its own shares its governor's."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children):
        return None
    if verb.dep_ in {"conj", "advcl", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
        return verb.head
    return None


def _governing_verbs(head: Token) -> list[Token]:
    """The trigger itself if it is a verb, and the verb it is the object of ('launched airstrikes')."""
    verbs = [head] if head.pos_ in {"VERB", "AUX"} else []
    if head.dep_ in {"dobj", "attr", "nsubjpass"} and head.head.pos_ in {"VERB", "AUX"}:
        verbs.append(head.head)
    if head.dep_ == "pobj" and head.head.head.pos_ == "VERB":
        verbs.append(head.head.head)
    return verbs


def _names(arg: Token, token: Token) -> bool:
    """The argument is the actor itself, a conjunct of it, or modified by it ('government siege')."""
    if token == arg or token in arg.conjuncts:
        return True
    return token.head == arg and token.dep_ in {"compound", "amod", "poss", "nmod"}


def _contains(container: Token, token: Token) -> bool:
    return container == token or container.is_ancestor(token)
