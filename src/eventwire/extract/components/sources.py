"""Attribution: who each stretch of the report is attributed to, and whether it is hedged.

Finds "X said …", "according to X", "X reported that …", "X quoted Y as saying" (Y is the
source, X relays it), "…, X told Reuters", a quoted tweet's signature line ("— Name (@handle)
date") and a wire credit ("- REUTERS", "(AFP)"). Writes ``ew_sources`` (the source phrase, its
``._.ew_source`` a `SourceMention` with the character range it vouches for) and ``ew_hedges``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from eventwire.extract import extensions
from eventwire.extract.lexicons import load
from eventwire.extract.mentions import HedgeMention, SourceMention
from eventwire.model import Source

GROUP = "ew_sources"
HEDGE_GROUP = "ew_hedges"
TWEET_SIGNATURE = re.compile(
    r"^[ \t]*[—–-]+[ \t]*(?P<name>[^\n(]{2,60}?)[ \t]*\((?P<handle>@\w{1,30})\)", re.M
)
WIRE_CREDIT = re.compile(
    r"(?:[-—–]\s*|\()(?P<agency>REUTERS|Reuters|AFP|AP|SANA|TASS|DPA|Anadolu|Xinhua)\)?\s*$"
)
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "this", "that"})
TRIM_DEPS = frozenset({"relcl", "acl", "punct", "cc", "prep"})


@Language.factory(
    "eventwire_sources",
    requires=["token.dep", "token.lemma"],
    assigns=["doc.spans", "span._.ew_source", "span._.ew_hedge"],
)
def make_sources(nlp: Language, name: str) -> SourceFinder:
    extensions.register()
    return SourceFinder(nlp)


class SourceFinder:
    def __init__(self, nlp: Language) -> None:
        lexicon = load("sources")
        self.speech = frozenset(lexicon["speech_lemmas"])
        self.kinds: list[tuple[str, list[str]]] = [(k, words) for k, words in lexicon["kinds"]]
        self.hedges = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.hedges.add("hedge", [nlp.make_doc(h) for h in lexicon["hedges"]])

    def __call__(self, doc: Doc) -> Doc:
        found: list[Span] = []
        for sent in doc.sents:
            found.extend(self._sentence_sources(doc, sent))
        found.extend(self._tweet_signatures(doc))
        found.extend(self._wire_credit(doc))
        found.sort(key=lambda s: s.start)
        resolve_anaphors(found)
        doc.spans[GROUP] = found
        hedges = [doc[s:e] for _, s, e in self.hedges(doc)]
        for span in hedges:
            span._.ew_hedge = HedgeMention(cue=span.text.lower())
        doc.spans[HEDGE_GROUP] = filter_spans(hedges)
        return doc

    def kind_of(self, phrase: str, *, is_person: bool = False) -> str:
        lowered = f" {phrase.lower()} "
        for kind, words in self.kinds:
            if any(w in lowered for w in words):
                return kind
        return "person" if is_person else "organisation"

    def _make(self, doc: Doc, span: Span, scope: tuple[int, int], via: str | None) -> Span:
        is_person = any(e.label_ == "PERSON" for e in span.ents)
        name = source_name(span)
        source = Source(name=name, kind=self.kind_of(name, is_person=is_person), via=via)
        span._.ew_source = SourceMention(source=source, scope_start=scope[0], scope_end=scope[1])
        return span

    def _sentence_sources(self, doc: Doc, sent: Span) -> list[Span]:
        scope = (sent.start_char, sent.end_char)
        out: list[Span] = []
        for tok in sent:
            if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
                to = next(c for c in tok.children if c.lower_ == "to")
                pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    out.append(self._make(doc, phrase(pobj), scope, None))
            elif tok.lemma_.lower() in self.speech and tok.pos_ in {"VERB", "AUX"}:
                made = self._speech_source(doc, tok, scope)
                if made is not None:
                    out.append(made)
        return out

    def _speech_source(self, doc: Doc, verb: Token, scope: tuple[int, int]) -> Span | None:
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "agent"}), None)
        if subj is not None and subj.dep_ == "agent":
            subj = next((c for c in subj.children if c.dep_ == "pobj"), None)
        if subj is None:
            before = speaker_before(verb)
            return None if before is None else self._make(doc, before, scope, None)
        if subj.lower_ in PRONOUNS and subj.lower_ not in ANAPHORIC_PRONOUNS:
            return None
        relay = phrase(subj)
        if verb.lemma_.lower() in {"quote", "cite"}:
            # "agencies quoted the minister as saying": the minister speaks, the agencies relay.
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return self._make(doc, phrase(obj, keep_appos=True), scope, via=relay.text)
        return self._make(doc, relay, scope, None)

    def _tweet_signatures(self, doc: Doc) -> list[Span]:
        out = []
        for m in TWEET_SIGNATURE.finditer(doc.text):
            span = doc.char_span(m.start("name"), m.end("handle") + 1, alignment_mode="expand")
            if span is None:
                continue
            # The tweet is the line (or lines back to the previous blank line) above the signature.
            prev_end = doc.text.rfind("\n", 0, m.start())
            prev_start = doc.text.rfind("\n", 0, max(prev_end, 0)) + 1
            source = Source(name=f"{m['name'].strip()} ({m['handle']})", kind="social_media")
            span._.ew_source = SourceMention(
                source=source, scope_start=prev_start, scope_end=max(prev_end, 0)
            )
            out.append(span)
        return out

    def _wire_credit(self, doc: Doc) -> list[Span]:
        m = WIRE_CREDIT.search(doc.text[-40:])
        if m is None:
            return []
        offset = len(doc.text) - len(doc.text[-40:])
        span = doc.char_span(
            offset + m.start("agency"), offset + m.end("agency"), alignment_mode="expand"
        )
        if span is None:
            return []
        source = Source(name=m["agency"], kind="agency")
        span._.ew_source = SourceMention(source=source, scope_start=0, scope_end=len(doc.text))
        return [span]


# "he said", "the monitor said": who they are was said before.
ANAPHORIC_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
ANAPHORIC_HEADS = frozenset(
    {"monitor", "observatory", "group", "agency", "ministry", "watchdog", "organization",
     "organisation", "network", "body", "official", "spokesman", "spokeswoman", "source",
     "charity", "monitoring"}
)  # fmt: skip
WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
     "yesterday"}
)  # fmt: skip


def source_name(span: Span) -> str:
    """The source's name as written, less what is not part of it: a date run into it by text
    without punctuation ("Monday state news agency SANA") and a base ("the Britain-based
    Syrian Observatory")."""
    tokens = list(span)
    while len(tokens) > 1 and (
        tokens[0].lower_ in WEEKDAYS or tokens[0].ent_type_ in {"DATE", "TIME"}
    ):
        tokens = tokens[1:]
    kept: list[Token] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        nxt = tokens[i + 1 : i + 3]
        if len(nxt) == 2 and nxt[0].text == "-" and nxt[1].lower_ == "based":
            i += 3  # "Britain - based"
            continue
        if t.lower_.endswith("-based"):
            i += 1
            continue
        kept.append(t)
        i += 1
    if not kept:
        return span.text
    return "".join(t.text_with_ws for t in kept[:-1]) + kept[-1].text


def speaker_before(verb: Token) -> Span | None:
    """'…, the Syrian Observatory for Human Rights said.': the small model often hangs the
    speaker on the clause before as an appositive and leaves 'said' without a subject. For a
    speech verb with neither subject nor complement after it, the noun phrase just before it
    speaks; the span runs up to the verb so that 'for Human Rights' stays in the name."""
    if verb.i == verb.sent.start:
        return None
    if any(c.dep_ in COMPLEMENTS and c.i > verb.i and not _run_on(c) for c in verb.children):
        return None
    tok = verb.doc[verb.i - 1]
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    # Climb out of "for Human Rights" to the head noun of the phrase.
    while tok.dep_ in {"pobj", "compound"}:
        if tok.dep_ == "compound":
            tok = tok.head
            continue
        prep = tok.head
        head = prep.head if prep.head.pos_ in {"NOUN", "PROPN"} else verb.doc[max(prep.i - 1, 0)]
        if head.pos_ not in {"NOUN", "PROPN"} or head.i >= tok.i:
            return None
        tok = head
    start = min(t.i for t in tok.subtree if t.i < verb.i)
    span = verb.doc[start : verb.i]
    while len(span) > 1 and (span[0].is_punct or span[0].dep_ in {"cc", "prep"}):
        span = span[1:]
    return span if span[-1].pos_ in {"NOUN", "PROPN"} else None


COMPLEMENTS = frozenset({"ccomp", "dobj", "xcomp", "advcl", "attr"})


def _run_on(complement: Token) -> bool:
    """A complement that opens with a capitalised function word ('said The hospital is …') is the
    next sentence run in by text without full stops, not what was said."""
    first = min(complement.subtree, key=lambda t: t.i)
    return first.is_title and first.pos_ in {"DET", "PRON", "ADP", "ADV", "CCONJ", "SCONJ"}


def is_anaphor(name: str) -> bool:
    words = name.lower().split()
    if len(words) == 1:
        return words[0] in ANAPHORIC_PRONOUNS
    return words[0] == "the" and len(words) <= 4 and words[-1] in ANAPHORIC_HEADS


def resolve_anaphors(spans: list[Span]) -> None:
    """Give 'he', 'the monitor', 'the group' the source named before them, in reading order:
    the most recent one of the same kind (any kind for a pronoun)."""
    named: list[Source] = []
    for span in spans:
        mention: SourceMention = span._.ew_source
        source = mention.source
        if not is_anaphor(source.name):
            if source.kind not in {"agency", "social_media"} or source.via is not None:
                named.append(source)
            continue
        pronoun = " " not in source.name
        antecedent = next(
            (n for n in reversed(named) if pronoun or n.kind == source.kind
             or (source.kind in {"organisation", "person"} and n.kind not in {"person", "outlet"})),
            None,
        )  # fmt: skip
        if antecedent is not None:
            span._.ew_source = SourceMention(
                source=antecedent.model_copy(update={"via": source.via or antecedent.via}),
                scope_start=mention.scope_start,
                scope_end=mention.scope_end,
            )


def phrase(head: Token, *, keep_appos: bool = False) -> Span:
    """The noun phrase under ``head``, without relative clauses or trailing punctuation."""
    drop = TRIM_DEPS - ({"prep"} if head.n_lefts + head.n_rights > 0 else set())
    if not keep_appos:
        drop = drop | {"appos"}
    keep = [head]
    for child in head.children:
        if child.dep_ not in drop or (child.dep_ == "prep" and child.lower_ == "of"):
            keep.extend(child.subtree)
    idx = sorted(t.i for t in keep)
    start, end = idx[0], idx[-1] + 1
    span = head.doc[start:end]
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    while len(span) > 1 and span[0].is_punct:
        span = span[1:]
    return span
