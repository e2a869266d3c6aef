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
# How a side's name hangs from a military noun: 'Syrian jets', 'US missiles', 'regime's jets'.
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
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
        lexicon = load("actors")
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.kinds: dict[str, str] = {}
        for normalized, entry in lexicon["actors"].items():
            self.kinds[normalized] = entry["kind"]
            self.matcher.add(normalized, [nlp.make_doc(alias) for alias in entry["aliases"]])
        self.capitals_only: frozenset[str] = frozenset(lexicon["capitals_only"])
        self.modifiers: dict[str, str] = lexicon["modifiers"]
        self.military_nouns: frozenset[str] = frozenset(lexicon["military_nouns"])
        self.generic: frozenset[str] = frozenset(lexicon["generic"])

    def __call__(self, doc: Doc) -> Doc:
        spans = [
            Span(doc, start, end, label=doc.vocab.strings[match_id])
            for match_id, start, end in self.matcher(doc)
        ]
        spans = [s for s in spans if not _lowercase_acronym(s) and not self._lowercase_word(s)]
        found = filter_spans(spans)
        found = filter_spans(found + self._side_modifiers(doc, found))
        kept = []
        for span in self._fold_generic_into_named(found):
            span._.ew_actor = ActorMention(normalized=span.label_, kind=self.kinds[span.label_])
            kept.append(span)
        doc.spans[GROUP] = kept
        return doc

    def _lowercase_word(self, span: Span) -> bool:
        """'IS' is the Islamic State and 'US forces' America's; 'is', 'Is' and 'told us forces
        had left' are ordinary words."""
        first = span[0]
        return first.lower_ in self.capitals_only and not first.text.isupper()

    def _side_modifiers(self, doc: Doc, found: list[Span]) -> list[Span]:
        """'Syrian fighter jets', 'US cruise missiles', 'government air strikes': a side's
        adjective or name on a military noun is that side's forces. Only the modifier is the
        span, so the noun stays free to be the trigger; a noun inside another actor's name
        ('Syrian Kurdish forces') belongs to that actor."""
        taken = {i for s in found for i in range(s.start, s.end)}
        out: list[Span] = []
        for token in doc:
            side = self.modifiers.get(token.lower_)
            if side is None or token.i in taken:
                continue
            if token.lower_ in self.capitals_only and not token.text.isupper():
                continue
            noun = self._military_noun_modified(token)
            if noun is not None and noun.i not in taken:
                out.append(Span(doc, token.i, token.i + 1, label=side))
        return out

    def _military_noun_modified(self, token: Token) -> Token | None:
        """The military noun the token modifies, directly or as the first of conjoined
        modifiers ('Syrian and Russian air strikes'); None if it modifies none."""
        if token.dep_ == "conj" and token.head.dep_ in MODIFIER_DEPS:
            token = token.head
        if token.dep_ not in MODIFIER_DEPS or token.head.i < token.i:
            return None
        noun = token.head
        # 'government air strikes': the side may hang from the first word of a compound noun.
        while noun.lower_ not in self.military_nouns and noun.dep_ == "compound":
            if noun.head.i < noun.i:
                return None
            noun = noun.head
        return noun if noun.lower_ in self.military_nouns else None

    def _fold_generic_into_named(self, spans: list[Span]) -> list[Span]:
        """'ISIS terrorists', 'the terrorists of Jabhat al-Nusra': a generic word for armed men
        beside a named group is that group, so the pair becomes one span with the group's name."""
        out: list[Span] = []
        for span in spans:
            prev = out[-1] if out else None
            if prev is not None and self._same_men(prev, span):
                named = span if self._is_generic(prev) else prev
                out[-1] = Span(span.doc, prev.start, span.end, label=named.label_)
                continue
            out.append(span)
        return out

    def _same_men(self, first: Span, second: Span) -> bool:
        if self._is_generic(first) == self._is_generic(second):
            return False
        between = [t.lower_ for t in first.doc[first.end : second.start]]
        if self._is_generic(first):
            return _links_men_to_group(between)  # 'terrorists of Jabhat al-Nusra'
        return between == []  # 'ISIS terrorists'

    def _is_generic(self, span: Span) -> bool:
        return span.text.lower() in self.generic


# How a generic word for armed men is tied to the group they belong to: 'terrorists of the
# so-called Jaish al-Islam', 'terrorist groups affiliated to Jabhat al-Nusra'.
MEMBERSHIP_LINKS = frozenset(
    {("of",), ("from",), ("affiliated", "to"), ("affiliated", "with"), ("belonging", "to"),
     ("linked", "to"), ("loyal", "to")}
)  # fmt: skip
GROUP_NAME_OPENERS = (("the",), ("so", "-", "called"), ("so", "called"), ("so-called",))


def _links_men_to_group(between: list[str]) -> bool:
    """Nothing, or a link of membership, then optionally 'the' and 'so-called', before the name."""
    if not between:
        return True
    words = tuple(between)
    link = next((k for k in MEMBERSHIP_LINKS if words[: len(k)] == k), None)
    if link is None:
        return False
    rest = words[len(link) :]
    for opener in GROUP_NAME_OPENERS:
        if rest[: len(opener)] == opener:
            rest = rest[len(opener) :]
    return rest == ()


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
    # "an attack by ISIS on army posts": the noun's own "by" phrase names the doer, whoever the
    # clause's subject is ("the army foiled an attack by ISIS").
    for word in trigger:
        for prep in word.children:
            if prep.dep_ != "prep" or prep.lower_ not in AGENT_PREPS:
                continue
            if any(_contains(pobj, a) for pobj in prep.children if pobj.dep_ == "pobj"):
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
