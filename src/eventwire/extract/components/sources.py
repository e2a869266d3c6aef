"""Attribution: who each stretch of the report is attributed to, and whether it is hedged.

Finds "X said …", "according to X", "X reported that …", "X quoted Y as saying" and "X reported
citing Y" (Y is the source, X relays it), "…, X told Reuters", a quoted tweet's signature line
("— Name (@handle) date") and a wire credit ("- REUTERS", "(AFP)"). A page's byline ("Posted
… by X") and a claim of responsibility ("IS claims the bombing …") attribute nothing. Writes ``ew_sources`` (the source phrase, its
``._.ew_source`` a `SourceMention` with the character range it vouches for) and ``ew_hedges``.

A source the sourcebook knows ("state news agency SANA", "Observatory director Rami Abdel
Rahman") gets the known source's kind and canonical id; "X told SANA" is X, relayed by SANA.
"he", "the monitor" take the source named before them, and "a monitor", "an NGO" the
well-known source the report names that they fit.
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
from eventwire.sourcebook import KnownSource, Sourcebook, default_sourcebook

GROUP = "ew_sources"
HEDGE_GROUP = "ew_hedges"
TWEET_SIGNATURE = re.compile(
    r"^[ \t]*[—–-]+[ \t]*(?P<name>[^\n(]{2,60}?)[ \t]*\((?P<handle>@\w{1,30})\)", re.M
)
WIRE_CREDIT = re.compile(
    r"(?:[-—–]\s*|\()(?P<agency>REUTERS|Reuters|AFP|AP|SANA|TASS|DPA|Anadolu|Xinhua)\)?\s*$"
)
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "this", "that"})
# Dropped from a source phrase: relative clauses, and a second conjunct ("a monitor and
# activists said": the figure is the first-named source's).
TRIM_DEPS = frozenset({"relcl", "acl", "punct", "cc", "conj", "prep"})
# What is reported, never who reports it: "An earlier death toll reported 12 dead".
FIGURE_NOUNS = frozenset({"toll", "tally", "figure", "figures", "count", "number"})
# Verbs that state a figure only with a toll as their object: "X placed the death toll at 25"
# (X placed a bomb, set fire: nothing is reported).
FIGURE_SETTING_LEMMAS = frozenset({"place", "set"})


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
        self.book = default_sourcebook()

    def __call__(self, doc: Doc) -> Doc:
        found: list[Span] = []
        for sent in doc.sents:
            found.extend(self._sentence_sources(doc, sent))
        text = doc.text  # Doc.text joins every token: read it once per document
        found.extend(self._tweet_signatures(doc, text))
        found.extend(self._wire_credit(doc, text))
        found.sort(key=lambda s: s.start)
        resolve_references(found, self.book)
        extend_to_neighbours(doc, found)
        doc.spans[GROUP] = found
        hedges = [doc[s:e] for _, s, e in self.hedges(doc)]
        for span in hedges:
            span._.ew_hedge = HedgeMention(cue=span.text.lower())
        doc.spans[HEDGE_GROUP] = filter_spans(hedges)
        return doc

    def kind_of(self, phrase: str, known: KnownSource | None, *, is_person: bool = False) -> str:
        """The known source's kind ("SANA reporter" → agency; ``known`` is what the sourcebook
        finds in the phrase), unless the phrase names someone who speaks for themselves ("a
        Reuters witness"); else the first kind whose words it has; else person or organisation."""
        lexical = self._lexical_kind(phrase)
        if known is not None and lexical != "witness":
            return known.kind
        return lexical or ("person" if is_person else "organisation")

    def _lexical_kind(self, phrase: str) -> str | None:
        lowered = f" {phrase.lower()} "
        for kind, words in self.kinds:
            if any(w in lowered for w in words):
                return kind
        return None

    def _make(
        self,
        doc: Doc,
        span: Span,
        scope: tuple[int, int],
        via: str | None,
        described: Span | None = None,
    ) -> Span:
        span = trimmed(span)
        is_person = any(e.label_ == "PERSON" for e in span.ents)
        name = source_name(span)
        known = self.book.find(name)
        kind = self.kind_of(name, known, is_person=is_person)
        if known is None and kind in {"person", "organisation"} and described is not None:
            # "Mohammad Sibai, a spokesman for the Homs Media Centre": the name alone has no
            # kind; what the appositive says he is gives it.
            kind = self._lexical_kind(described.text) or kind
        if known is None and kind in {"person", "organisation"} and _names_armed_group(doc, span):
            # "Hezbollah al-Nujaba announced …": an armed group speaking of its own fight is a
            # military source, as the sourcebook has it for ISIS and the SDF.
            kind = "military"
        source = Source(
            name=name,
            kind=kind,
            via=via,
            canonical_id=known.id if known is not None else None,
        )
        span._.ew_source = SourceMention(source=source, scope_start=scope[0], scope_end=scope[1])
        return span

    def _sentence_sources(self, doc: Doc, sent: Span) -> list[Span]:
        scope = (sent.start_char, sent.end_char)
        out: list[Span] = []
        for tok in sent:
            if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
                to = next(c for c in tok.children if c.lower_ == "to")
                pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
                if pobj is not None and self._could_report(phrase(pobj)):
                    out.append(self._make(doc, phrase(pobj), scope, None))
            elif (tok.lemma_.lower() in self.speech or sets_a_figure(tok)) and tok.pos_ in {
                "VERB",
                "AUX",
            }:
                made = self._speech_source(doc, tok, scope)
                if made is not None:
                    out.append(made)
        return out

    def _speech_source(self, doc: Doc, verb: Token, scope: tuple[int, int]) -> Span | None:
        if is_byline(verb):
            return None
        if not attributes(verb):
            return self._trailing_speaker(doc, verb, scope)
        subjects = without_counted_subject([c for c in verb.children if c.dep_ == "nsubj"], verb)
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if not subjects and agent is not None:
            subjects = [c for c in agent.children if c.dep_ == "pobj"]
        if not subjects:
            speaker = speaker_after(verb) or speaker_before(verb, self.book)
            cited = cited_source(verb)
            if cited is not None:
                via = source_name(trimmed(speaker)) if speaker is not None else None
                return self._make(doc, cited, scope, via=via)
            if speaker is None:
                return None
            return self._make(doc, speaker, scope, self._channel(verb))
        if any(s.lower_ in PRONOUNS and s.lower_ not in ANAPHORIC_PRONOUNS for s in subjects):
            return None
        if all(s.lower_ in FIGURE_NOUNS for s in subjects):
            return None  # "An earlier toll reported 12 dead": the figure, not its source
        if not all(s.pos_ in {"NOUN", "PROPN"} or s.lower_ in ANAPHORIC_PRONOUNS for s in subjects):
            return None  # "some in critical condition says …": a run-on headline, not a speaker
        relay = self._named_subject(subjects) or subject_phrase(subjects)
        subject_end = max(phrase(s, keep_appos=True).end for s in subjects)
        far = verb.i - subject_end >= FAR_SUBJECT
        run_over = _runs_over_report(relay) and not self._could_speak(relay)
        if run_over:
            relay = self._noun_right_before(verb) or relay
        if (far or run_over) and not self._could_speak(relay):
            # "An intensifying push … killed 23 and injured many the Syrian Observatory … said",
            # "135 Civilians Killed … Activists in Idlib province said": in run-on text the parse
            # takes a far noun that cannot speak for the subject, or a phrase that swallows
            # what was reported ("a car bomb wounded 37 people … state television reported");
            # the speaker stands right before the verb.
            relay = self._speaker_right_before(verb) or self._noun_right_before(verb) or relay
        lemma = verb.lemma_.lower()
        if lemma in {"quote", "cite"}:
            # "agencies quoted the minister as saying": the minister speaks, the agencies relay.
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return self._make(doc, phrase(obj, keep_appos=True), scope, via=relay.text)
        cited = cited_source(verb)
        if cited is not None:
            return self._make(doc, cited, scope, via=source_name(trimmed(relay)))
        described = phrase(subjects[0], keep_appos=True) if len(subjects) == 1 else None
        return self._make(doc, relay, scope, self._channel(verb), described)

    def _trailing_speaker(self, doc: Doc, verb: Token, scope: tuple[int, int]) -> Span | None:
        """'… killed by bombs that landed on Ghouta the observatory reported on Thursday': in
        run-on text the small model hangs a closing speech verb on its speaker as a participle
        ("the observatory [which was] reported"). A speaker that could speak, with nothing after
        the verb but when and where it spoke, and no 'by' (a bombing 'claimed by' a group), is
        the source of the sentence."""
        head = verb.head
        if verb.dep_ != "acl" or head.i != verb.i - 1 or head.pos_ not in {"NOUN", "PROPN"}:
            return None
        if verb.lemma_.lower() not in INVERTING or head.i == verb.sent.start:
            return None
        if any(c.dep_ not in {"prep", "npadvmod", "advmod", "punct"} for c in verb.children):
            return None
        if any(c.dep_ == "prep" and c.lower_ == "by" for c in verb.children):
            return None
        under_verb = {t.i for t in verb.subtree}
        if any(t.i not in under_verb and not t.is_punct for t in doc[verb.i + 1 : verb.sent.end]):
            return None
        speaker = phrase(head)
        if speaker.start == verb.sent.start or not self._could_speak(speaker):
            return None
        return self._make(doc, speaker, scope, None)

    def _named_subject(self, subjects: list[Token]) -> Span | None:
        """The subject phrase that names a known source when the parse splits the speaker: 'The
        Syrian Observatory for Human Rights a Britain-based monitoring group said' (two
        subjects: the name, not the description), 'The opposition Syrian Observatory for Human
        Rights said' (the name an appositive of a descriptive word), a tag list's last word
        with the speaker as its appositive."""
        if self.book.find(source_name(subject_phrase(subjects))) is not None:
            return None
        for subject in subjects:
            bare, full = phrase(subject), phrase(subject, keep_appos=True)
            if full != bare and any(t.text in PAGE_FURNITURE for t in bare):
                return full  # "Tags Idlib Russia Syria Anti-government activists say"
        for subject in subjects:
            for candidate in (phrase(subject), phrase(subject, keep_appos=True)):
                if self.book.find(source_name(candidate)) is not None:
                    return candidate
        return None

    def _could_speak(self, span: Span) -> bool:
        """A known source, a person, organisation or place by name, or a noun that names a
        kind of source ('activists', 'an official'); not a thing ('push') or a counted victim
        with no kind ('135 Civilians')."""
        if self.book.find(source_name(span)) is not None:
            return True
        head = span.root
        if head.ent_type_ in SPEAKER_ENTITIES:
            return True
        return head.lower_ in ANAPHORIC_PRONOUNS or self._lexical_kind(head.text) is not None

    def _could_report(self, span: Span) -> bool:
        """Whether 'according to' names who reports: one that could speak, or anything with
        a name in it ('according to Hezbollah's al-Manar'); not a standard or a measure
        ('according to type, location and flight patterns', 'according to the plan')."""
        return self._could_speak(span) or any(
            t.pos_ == "PROPN" or t.ent_type_ in SPEAKER_ENTITIES for t in span
        )

    def _noun_right_before(self, verb: Token) -> Span | None:
        """The noun right before ``verb`` with its modifiers, when it could speak: '… including
        11 children state media reported' → 'state media' (a counted common noun is no part of
        it; 'injured seven Homs Governor Talal Barazi said' keeps the title)."""
        doc = verb.doc
        head = doc[verb.i - 1] if verb.i > verb.sent.start else None
        if head is None or head.pos_ not in {"NOUN", "PROPN"}:
            return None
        start = head.i
        places = {t.i for span in doc.spans.get("ew_places", []) for t in span}
        while start - 1 >= verb.sent.start:
            prev = doc[start - 1]
            modifies = start <= prev.head.i <= head.i and prev.dep_ in NAME_MODIFIERS
            counted = prev.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in prev.children)
            # "… in the city of Hama state television": where, not whose (a proper name keeps
            # its place: "Damascus Police Command").
            place = (prev.ent_type_ in {"GPE", "LOC"} or prev.i in places) and head.pos_ == "NOUN"
            if not modifies or counted or place:  # "11 children": the victims, not a title
                break
            start -= 1
        span = doc[start : head.i + 1]
        return span if self._could_speak(span) else None

    def _speaker_right_before(self, verb: Token) -> Span | None:
        """The run of name words ending right before ``verb`` when it could speak: 'many the
        Syrian Observatory for Human Rights' → 'the Syrian Observatory for Human Rights'."""
        doc = verb.doc
        start = verb.i
        while start > verb.sent.start and _name_word(doc[start - 1]):
            start -= 1
        while start < verb.i and (doc[start].pos_ == "ADP" or doc[start].is_punct):
            start += 1
        if start >= verb.i:
            return None
        span = trimmed(doc[start : verb.i])
        return span if self._could_speak(span) else None

    def _channel(self, verb: Token) -> str | None:
        """'X told SANA', 'told Reuters news agency': X speaks, the agency or outlet carries it.
        Whom X told is the channel only when it is a news organisation ('told reporters' is not)."""
        if verb.lemma_.lower() != "tell":
            return None
        obj = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
        if obj is None:
            return None
        name = source_name(phrase(obj))
        known = self.book.find(name)
        if known is None and obj.pos_ != "PROPN" and obj.lower_ not in {"television", "tv"}:
            return None
        kind = known.kind if known is not None else self._lexical_kind(name)
        return name if kind in {"agency", "media"} else None

    def _tweet_signatures(self, doc: Doc, text: str) -> list[Span]:
        out = []
        for m in TWEET_SIGNATURE.finditer(text):
            span = doc.char_span(m.start("name"), m.end("handle") + 1, alignment_mode="expand")
            if span is None:
                continue
            # The tweet is the line (or lines back to the previous blank line) above the signature.
            prev_end = text.rfind("\n", 0, m.start())
            prev_start = text.rfind("\n", 0, max(prev_end, 0)) + 1
            source = Source(name=f"{m['name'].strip()} ({m['handle']})", kind="social_media")
            span._.ew_source = SourceMention(
                source=source, scope_start=prev_start, scope_end=max(prev_end, 0)
            )
            out.append(span)
        return out

    def _wire_credit(self, doc: Doc, text: str) -> list[Span]:
        m = WIRE_CREDIT.search(text[-40:])
        if m is None:
            return []
        offset = len(text) - len(text[-40:])
        span = doc.char_span(
            offset + m.start("agency"), offset + m.end("agency"), alignment_mode="expand"
        )
        if span is None:
            return []
        source = Source(name=m["agency"], kind="agency")
        span._.ew_source = SourceMention(source=source, scope_start=0, scope_end=len(text))
        return [span]


# Tokens between a parsed subject and its speech verb beyond which the subject may be a far noun
# the parse took from run-on text.
FAR_SUBJECT = 4
SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
NAME_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "PART"})
NAME_ADPOSITIONS = frozenset({"in", "of", "for", "at"})


NAME_MODIFIERS = frozenset({"compound", "amod", "det", "nmod", "poss"})


# Actor kinds that are armed forces or groups fighting in the country. A foreign state ("Russia
# said") speaks through its government, so it is not among them.
ARMED_GROUP_KINDS = frozenset({"state", "rebel", "jihadist", "militia", "kurdish"})


def _names_armed_group(doc: Doc, span: Span) -> bool:
    """Whether an armed group's name (an actor mention) stands inside the source phrase."""
    return any(
        a.start >= span.start and a.end <= span.end and a._.ew_actor.kind in ARMED_GROUP_KINDS
        for a in doc.spans.get("ew_actors", [])
    )


def _runs_over_report(span: Span) -> bool:
    """A speaker phrase that holds a figure or a verb in the past or present tense ("people
    including 11 children state media", "a car bomb wounded 37 … state television"): not a
    name, but the report run into the speaker by text without punctuation."""
    return any(t.like_num or t.tag_ in {"VBD", "VBZ", "VBP"} for t in span)


def _name_word(tok: Token) -> bool:
    """A word that may stand inside a source's name ('the', 'Observatory', 'for', '-')."""
    if tok.pos_ in NAME_POS:
        return True
    return tok.lower_ in NAME_ADPOSITIONS or tok.text == "-"


# "he said", "the monitor said": who they are was said before.
ANAPHORIC_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
ANAPHORIC_HEADS = frozenset(
    {"monitor", "observatory", "group", "agency", "ministry", "watchdog", "organization",
     "organisation", "network", "body", "official", "spokesman", "spokeswoman", "source",
     "charity", "monitoring", "statement", "reporter", "correspondent", "report"}
)  # fmt: skip
# "The report said …" takes up whatever source was just named, an agency too ("SANA reported …").
DOCUMENT_HEADS = frozenset({"report"})
WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
     "yesterday"}
)  # fmt: skip


def source_name(span: Span) -> str:
    """The source's name as written, less what is not part of it (`name_tokens`) and a base
    ("the Britain-based Syrian Observatory")."""
    tokens = name_tokens(span)
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


def name_tokens(span: Span) -> list[Token]:
    """The tokens of a source phrase that belong to the name, without what text without
    punctuation runs into it: a date ("Monday state news agency SANA", "Jun 2016 UN"), an
    adverb ("Earlier the reporter"), a run-on sentence start ("Regime denial Meanwhile Syrian
    authorities"), a word before a second determiner ("many the Syrian Observatory"), a page's
    tag list ("Tags Idlib Russia Syria activists")."""
    tokens = _after_page_furniture(list(span))
    breaks = [i for i, t in enumerate(tokens) if t.is_space]
    if breaks and breaks[0] > 0:
        tokens = tokens[: breaks[0]]  # a line or tab break ends a name ("QRCS\t Between …")
    tokens = _after_date(tokens)
    while len(tokens) > 1 and _leading_junk(tokens[0]):
        tokens = tokens[1:]
    starts = [
        i for i, t in enumerate(tokens[1:], 1)
        if (t.lower_ in {"the", "a", "an"} and tokens[i - 1].pos_ not in {"ADP", "CCONJ"}
            and not tokens[i - 1].is_punct)
        or (tokens[i - 1].pos_ == "ADV" and tokens[i - 1].is_title)
    ]  # fmt: skip
    return tokens[starts[-1] :] if starts else tokens


def trimmed(span: Span) -> Span:
    """The span of the name's tokens: what runs into the name is not part of the source's
    span either (places in it are then where things happened, not parts of a name)."""
    tokens = name_tokens(span)
    return span.doc[tokens[0].i : tokens[-1].i + 1] if tokens else span


MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
     "sept", "oct", "nov", "dec"}
)  # fmt: skip
# Web-page labels that run into the text when a page is flattened ("Tags Syria Idlib …").
PAGE_FURNITURE = frozenset({"Tags", "TAGS", "Tweet", "Print", "Share"})


def _leading_junk(tok: Token) -> bool:
    return (
        tok.lower_ in WEEKDAYS
        or tok.lower_ in MONTHS
        or tok.ent_type_ in {"DATE", "TIME"}
        or tok.like_num
        or tok.pos_ in {"ADV", "CCONJ", "SCONJ", "PUNCT"}
    )


def _is_date_word(tok: Token) -> bool:
    return tok.lower_ in WEEKDAYS or tok.lower_ in MONTHS or tok.ent_type_ in {"DATE", "TIME"}


def _after_date(tokens: list[Token]) -> list[Token]:
    """What follows the last date inside a phrase: a name has no date in it, so words before
    one are a dateline or a time adverbial the flattened text ran into it ("Date of publication
    18 July 2016 Syrian activist groups", "on Saturday Syrian state TV")."""
    dates = [i for i, t in enumerate(tokens) if _is_date_word(t)]
    if not dates or dates[-1] == len(tokens) - 1:
        return tokens
    return tokens[dates[-1] + 1 :]


def _after_page_furniture(tokens: list[Token]) -> list[Token]:
    """A tag list's label and its proper names ("Tags Idlib Russia Syria") before the name."""
    labels = [i for i, t in enumerate(tokens) if t.text in PAGE_FURNITURE]
    if not labels:
        return tokens
    rest = tokens[labels[-1] + 1 :]
    while len(rest) > 1 and rest[0].pos_ == "PROPN" and rest[0].whitespace_:
        rest = rest[1:]
    return rest or tokens


def attributes(verb: Token) -> bool:
    """Whether a speech verb attributes its clause. Not so a participle modifying a noun
    without a clause of its own ("a bombing claimed by Al-Qaeda", "hopefuls announced"), nor
    "claim" with an object ("claimed the lives of 80", "IS claimed the attack"): taking lives or
    responsibility is not reporting them."""
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}]
    has_clause = bool(clauses)
    if verb.dep_ in {"acl", "amod"} and not has_clause:
        return False
    if verb.lemma_.lower() != "claim":
        return True
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    if has_object and not has_clause:
        return False
    # "IS claims the bombing that hit the station killing 17": the parse makes "the bombing …
    # killing" a clause, but a gerund with a noun subject is the act claimed, not a statement
    # (a statement needs a finite verb; "claimed killing 20 soldiers" has no subject).
    return not all(c.tag_ == "VBG" and _has_noun_subject(c) for c in clauses)


def sets_a_figure(verb: Token) -> bool:
    """'The monitor placed the death toll at 25', 'set the toll at': stating a figure."""
    return verb.lemma_.lower() in FIGURE_SETTING_LEMMAS and any(
        c.dep_ == "dobj" and c.lower_ in FIGURE_NOUNS for c in verb.children
    )


def _has_noun_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)


def is_byline(verb: Token) -> bool:
    """'Posted on July 2 2016 by Asharq Al-Awsat', 'Written by …': a bare participle opening a
    sentence with its 'by' is the page's byline, who wrote the page, not who gave its facts."""
    opens = all(t.is_punct or t.is_space for t in verb.doc[verb.sent.start : verb.i])
    return (
        opens
        and verb.tag_ == "VBN"
        and any(c.dep_ == "agent" for c in verb.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)
    )


def without_counted_subject(subjects: list[Token], verb: Token) -> list[Token]:
    """'9 injured in mortar attacks in Aleppo Syrian State TV announced': run-on text gives the
    verb the headline's figure as a second subject; the noun right before the verb speaks."""
    nominal = [s for s in subjects if s.pos_ in {"NOUN", "PROPN"}]
    if not nominal or len(nominal) == len(subjects) or len(nominal) > 1:
        return subjects
    speaker = nominal[0]
    if phrase(speaker).end != verb.i or not all(s.like_num for s in subjects if s != speaker):
        return subjects
    return nominal


def relays_its_source(tok: Token) -> bool:
    """'… SANA reported citing a local source': the participle names whom the speaker relies
    on, not what was said; the speaker is still the one before the verb. The small model also
    makes the participle a modifier of whom it cites ('added quoting state television')."""
    return _citing(tok) or any(c.dep_ == "amod" and _citing(c) for c in tok.children)


def _citing(tok: Token) -> bool:
    return tok.tag_ == "VBG" and tok.lemma_.lower() in {"cite", "quote"}


def cited_source(verb: Token) -> Span | None:
    """Whom a speaker cites ("SANA reported citing a local source", "the agency reported,
    citing a military source, that …", "the correspondent added quoting state television"):
    that one speaks and the speaker relays it, as for "X quoted Y as saying" (the annotation
    credits the inner speaker)."""
    near = list(verb.children) + [g for c in verb.children if c.dep_ == "ccomp" for g in c.children]
    for tok in near:
        if _citing(tok) and tok.dep_ in {"xcomp", "advcl"}:
            cited = next((c for c in tok.children if c.dep_ == "dobj"), None)
        elif tok.dep_ == "dobj" and relays_its_source(tok):
            cited = tok
        else:
            continue
        if cited is not None and cited.pos_ in {"NOUN", "PROPN"}:
            span = phrase(cited, keep_appos=True)
            return span[1:] if _citing(span[0]) and len(span) > 1 else span
    return None


# Verbs whose speaker may follow them, after what was said ("…, said the statement").
INVERTING = frozenset({"say", "add", "report", "note", "state", "write", "claim", "announce"})


def speaker_after(verb: Token) -> Span | None:
    """'At least 20 were killed, said the statement': the content comes first, and the small
    model takes the speaker after the verb as its object."""
    if verb.lemma_.lower() not in INVERTING:
        return None
    content_before = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    # "The blast struck as … on Thursday said the Syrian Observatory": the parse joins the verb
    # to the clause before it as a conjunct.
    joined = verb.dep_ == "conj" and verb.head.i < verb.i
    if not (content_before or joined):
        return None
    if joined and any(
        c.dep_ in {"ccomp", "xcomp"} and not relays_its_source(c) for c in verb.children
    ):
        return None
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "attr"} and c.i > verb.i), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
        return None
    if joined and obj.pos_ != "PROPN" and obj.ent_type_ not in {"ORG", "PERSON"}:
        return None  # "… and reported the deaths": what a conjoined verb reports, not who
    return phrase(obj)


def subject_phrase(subjects: list[Token]) -> Span:
    """The speaker phrase of a verb's subjects. The small model splits "The opposition Syrian
    Observatory for Human Rights" into two subjects: the phrase runs from the first to the
    last."""
    spans = [phrase(s) for s in subjects]
    doc = subjects[0].doc
    start = min(s.start for s in spans)
    # "… wounding dozens a medical source and residents said": the parse hangs the first
    # conjunct on the clause before; the first-named source is the speaker.
    if start >= 2 and doc[start - 1].pos_ == "CCONJ" and doc[start - 2].pos_ in {"NOUN", "PROPN"}:
        first = _phrase_before(doc[start - 2], start - 1)
        if first is not None and not any(t.pos_ in {"VERB", "AUX", "NUM"} for t in first):
            return first
    return doc[start : max(s.end for s in spans)]


def speaker_before(verb: Token, book: Sourcebook | None = None) -> Span | None:
    """'…, the Syrian Observatory for Human Rights said.': the small model often hangs the
    speaker on the clause before as an appositive and leaves 'said' without a subject. For a
    speech verb with neither subject nor complement after it, the noun phrase just before it
    speaks; the span runs up to the verb so that 'for Human Rights' stays in the name."""
    if verb.i == verb.sent.start:
        return None
    # "told Reuters": whom one tells is not what one says.
    addressee = {"dobj", "dative"} if verb.lemma_.lower() == "tell" else set()
    if any(
        c.dep_ in COMPLEMENTS - addressee
        and c.i > verb.i
        and not _run_on(c)
        and not relays_its_source(c)
        for c in verb.children
    ):
        return None
    doc = verb.doc
    end = verb.i
    while end - 1 > verb.sent.start and doc[end - 1].dep_ in AUXILIARIES:
        end -= 1  # "… the Red Crescent Society has announced": the speaker ends before "has"
    tok = doc[end - 1]
    if tok.text == ")":  # "the Syrian Observatory for Human Rights (SOHR) reported"
        opening = next((t for t in reversed(doc[max(tok.i - 6, 0) : tok.i]) if t.text == "("), None)
        if opening is None or opening.i == 0:
            return None
        tok = doc[opening.i - 1]
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    span = _phrase_before(tok, end)
    if span is None and book is not None:
        span = _known_name_before(doc[max(verb.i - 6, verb.sent.start) : verb.i], book)
    return span


def _phrase_before(tok: Token, end: int) -> Span | None:
    """The noun phrase that ends with ``tok``, up to ``end``: climbs out of "for Human Rights"
    to its head noun, and from a second conjunct to the first ("a medical source and
    witnesses" → "a medical source")."""
    doc = tok.doc
    while tok.dep_ in {"pobj", "compound", "conj"}:
        if tok.dep_ == "conj":
            # Only within one noun phrase: "a medical source and witnesses", not "killed
            # and 273 others injured … a civil defense official".
            between = doc[tok.head.i + 1 : tok.i]
            if (
                tok.head.pos_ not in {"NOUN", "PROPN"}
                or not 0 < len(between) <= 5
                or any(t.pos_ in {"VERB", "AUX"} for t in between)
            ):
                return None
            cc = next((c for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i), None)
            end = cc.i if cc is not None else tok.i
            tok = tok.head
            continue
        if tok.dep_ == "compound":
            tok = tok.head
            continue
        prep = tok.head
        if prep.lower_ not in NAME_ADPOSITIONS:
            return (
                None  # "damages within the area of … NNA correspondent": no name runs on "within"
            )
        head = prep.head if prep.head.pos_ in {"NOUN", "PROPN"} else doc[max(prep.i - 1, 0)]
        if head.pos_ not in {"NOUN", "PROPN"} or head.i >= tok.i:
            return None
        tok = head
    start = min(t.i for t in tok.subtree if t.i < end)
    span = doc[start:end]
    while len(span) > 1 and (span[0].is_punct or span[0].dep_ in {"cc", "prep"}):
        span = span[1:]
    return span if span[-1].pos_ in {"NOUN", "PROPN"} or span[-1].text == ")" else None


def _known_name_before(run: Span, book: Sourcebook) -> Span | None:
    """'… in New Aleppo SANA reporter said': the parse gives no phrase, but a known source's
    name starts the speaker within the nouns just before the verb."""
    nominal = {"NOUN", "PROPN", "ADJ", "DET", "PART"}
    breaks = [i for i, t in enumerate(run) if t.pos_ not in nominal]
    tokens = list(run)[breaks[-1] + 1 :] if breaks else list(run)
    for t in tokens:
        if book.find(t.text) is not None:
            return run.doc[t.i : tokens[-1].i + 1]
    return None


COMPLEMENTS = frozenset({"ccomp", "dobj", "xcomp", "advcl", "attr"})
AUXILIARIES = frozenset({"aux", "auxpass", "neg"})


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


def resolve_references(spans: list[Span], book: Sourcebook) -> None:
    """Give 'he', 'the monitor', 'the group' the source named before them, in reading order:
    the most recent one of the same kind (any kind for a pronoun). A description without a
    name ("a monitor said", "an NGO", "Syria monitor"), or a definite one with nothing named
    before it, is the well-known source the report names that it fits: the nearest one,
    before or after (a lede's "a monitor said" is named in the next sentence)."""
    for span in spans:
        _identify_by_description(span, book)
    known = [
        (span.start_char, span._.ew_source.source)
        for span in spans
        if span._.ew_source.source.canonical_id is not None
        and span._.ew_source.source.name.lower() not in ANAPHORIC_PRONOUNS
    ]
    named: list[Source] = []
    mentioned: list[Span] = []  # every source named so far, agencies too
    for span in spans:
        mention: SourceMention = span._.ew_source
        source = mention.source
        antecedent: Source | None = None
        if is_anaphor(source.name):
            pronoun = " " not in source.name
            antecedent = None if pronoun else same_head(source.name, mentioned)
            if antecedent is None and source.name.lower().split()[-1] in DOCUMENT_HEADS:
                antecedent = last_source(mentioned)
            antecedent = antecedent or next(
                (n for n in reversed(named) if pronoun or n.kind == source.kind
                 or (source.kind in {"organisation", "person"} and n.kind not in {"person", "outlet"})),
                None,
            )  # fmt: skip
        elif source.canonical_id is None:
            antecedent = named_in_full_before(source, mentioned)
            mentioned.append(span)
            antecedent = antecedent or described(source.name, span.start_char, known, book)
        else:
            mentioned.append(span)
            if source.kind not in {"agency", "social_media"} or source.via is not None:
                named.append(source)
            continue
        if antecedent is None and " " in source.name:
            antecedent = described(source.name, span.start_char, known, book)
        if antecedent is None:
            if not is_anaphor(source.name) and (
                source.kind not in {"agency", "social_media"} or source.via is not None
            ):
                named.append(source)
            continue
        span._.ew_source = SourceMention(
            source=antecedent.model_copy(update={"via": source.via or antecedent.via}),
            scope_start=mention.scope_start,
            scope_end=mention.scope_end,
        )


def named_in_full_before(source: Source, mentioned: list[Span]) -> Source | None:
    """'Abdel Rahman said' after 'Observatory head Rami Abdel Rahman said': a bare name that
    ends a longer name given before (with the role that made it a source) is that source, as
    resolved there."""
    ws = source.name.split()
    if (
        source.kind not in {"person", "organisation"}
        or not ws
        or not all(w[:1].isupper() for w in ws)
    ):
        return None
    for earlier in reversed(mentioned):
        full: Source = earlier._.ew_source.source
        full_words = earlier.text.split()
        if len(full_words) > len(ws) and full_words[-len(ws) :] == ws:
            return full
    return None


def same_head(anaphor: str, mentioned: list[Span]) -> Source | None:
    """'the reporter' after 'SANA reporter in Aleppo', 'the source' after 'a source at the
    police command': the source (as resolved) of the latest phrase that names one by the
    anaphor's own noun, whatever kind each phrase alone suggests."""
    head = anaphor.lower().split()[-1]
    return next(
        (m._.ew_source.source for m in reversed(mentioned) if head in m.text.lower().split()),
        None,
    )


def last_source(mentioned: list[Span]) -> Source | None:
    """The source (as resolved) of the latest phrase that named one."""
    return mentioned[-1]._.ew_source.source if mentioned else None


def _identify_by_description(span: Span, book: Sourcebook) -> None:
    """'the Observatory said', with no name before it: a description that fits exactly one
    well-known source ('observatory' is said of the Syrian Observatory only; 'the group' of
    many) identifies it. The name stays as written."""
    mention: SourceMention = span._.ew_source
    source = mention.source
    if source.canonical_id is not None or " " not in source.name:
        return
    only = book.sole_fit(source.name)
    if only is None:
        return
    span._.ew_source = SourceMention(
        source=source.model_copy(update={"kind": only.kind, "canonical_id": only.id}),
        scope_start=mention.scope_start,
        scope_end=mention.scope_end,
    )


def described(
    description: str, at: int, known: list[tuple[int, Source]], book: Sourcebook
) -> Source | None:
    """The named well-known source nearest ``at`` that ``description`` fits, if any."""
    fits = [
        (abs(start - at), source)
        for start, source in known
        if source.canonical_id is not None
        and _fits(book, description, book.get(source.canonical_id))
    ]
    return min(fits, key=lambda f: f[0])[1] if fits else None


def _fits(book: Sourcebook, description: str, known: KnownSource | None) -> bool:
    return known is not None and book.describes(description, known)


# Openers by which a sentence turns to another matter: it is not told by the neighbour's source.
TOPIC_SHIFTS = frozenset(
    {"meanwhile", "elsewhere", "separately", "earlier", "later", "also", "however", "but",
     "in", "on", "at", "since", "last", "another", "other"}
)  # fmt: skip
# Nouns by which a sentence takes up the event just told ("The attack killed four civilians").
EVENT_ANAPHORS = frozenset(
    {"attack", "attacks", "blast", "blasts", "explosion", "explosions", "shelling", "strike",
     "strikes", "airstrike", "airstrikes", "raid", "raids", "bombing", "bombings",
     "bombardment", "shell", "shells", "rocket", "rockets", "toll", "assault", "fighting",
     "clashes", "bomb", "bombs", "device", "shooting", "massacre", "ambush"}
)  # fmt: skip
DEMONSTRATIVES = frozenset({"the", "this", "these", "that", "those"})
# Proper nouns too common in a report about Syria to tie two sentences to one account.
COMMON_PROPER = frozenset({"syria", "syrian", "syrias", "syrians"})


def extend_to_neighbours(doc: Doc, spans: list[Span]) -> None:
    """A sentence with no source of its own is told by the source of the sentence next to it
    when the two are one account: the sentence after an attributed one takes up its event by
    a definite noun ("A source … told SANA that terrorists fired shells on X. The attack
    killed 3 civilians."); the sentence before an attributed one is the lede that the
    attribution goes on to tell ("At least 15 civilians were killed … . These civilians were
    targeted in …, the Observatory said."), tied to it by a demonstrative subject or a place or
    actor named in both. The source's scope grows over the sentence."""
    sents = list(doc.sents)
    index = {sent.start: i for i, sent in enumerate(sents)}
    told: dict[int, list[Span]] = {}
    last = doc[-1] if len(doc) else None
    n_chars = last.idx + len(last.text_with_ws) if last is not None else 0
    for span in spans:
        mention: SourceMention = span._.ew_source
        i = index.get(span.sent.start)
        if (
            i is not None
            and mention.scope_start <= sents[i].start_char < mention.scope_end
            and mention.scope_end - mention.scope_start < n_chars  # not a wire credit
        ):
            told.setdefault(i, []).append(span)
    quoted = in_quotation(sents)
    for i, sent in enumerate(sents):
        if i in told:
            continue
        before, after = told.get(i - 1, []), told.get(i + 1, [])
        if _one_speaker(before) and quoted[i] and (quoted[i - 1] or _has_quote_mark(sents[i - 1])):
            # A quotation running on over several sentences ('"… our neighbourhood. At least
            # eight died."'), or quoted sentences that follow an attributed quote with no speaker
            # of their own, are the same speaker's words.
            _widen(before, end=sent.end_char)
            told[i] = before
        elif _one_speaker(before) and _takes_up_event(sent):
            _widen(before, end=sent.end_char)
            told[i] = before
        elif _one_speaker(after) and _leads_into(sent, sents[i + 1], after):
            _widen(after, start=sent.start_char)


QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})


def _has_quote_mark(sent: Span) -> bool:
    return any(t.text in QUOTE_MARKS for t in sent)


def in_quotation(sents: list[Span]) -> list[bool]:
    """For each sentence, whether it is quoted speech: it opens with a quotation mark, or a
    quotation left open before it is still open. A sentence that opens with a mark starts a
    fresh count: flattened text often drops a closing mark ('"It was calm said X.')."""
    out: list[bool] = []
    open_quote = False
    for sent in sents:
        marks = [t for t in sent if t.text in QUOTE_MARKS]
        opens = bool(marks) and marks[0].i == _first_word(sent)
        out.append(opens or open_quote)
        odd = len(marks) % 2 == 1
        open_quote = odd if opens else open_quote != odd
    return out


def _first_word(sent: Span) -> int:
    return next((t.i for t in sent if not t.is_space), sent.start)


def _one_speaker(spans: list[Span]) -> bool:
    sources = {span._.ew_source.source for span in spans}
    return len(sources) == 1 and next(iter(sources)).kind not in {"social_media", "outlet"}


def _widen(spans: list[Span], *, start: int | None = None, end: int | None = None) -> None:
    for span in spans:
        m: SourceMention = span._.ew_source
        span._.ew_source = SourceMention(
            source=m.source,
            scope_start=min(m.scope_start, start) if start is not None else m.scope_start,
            scope_end=max(m.scope_end, end) if end is not None else m.scope_end,
        )


def _content(sent: Span) -> list[Token]:
    return [t for t in sent if not t.is_punct and not t.is_space]


def _takes_up_event(sent: Span) -> bool:
    """'The attack killed …', 'The terrorist attack killed …': a definite subject naming an
    event, within the first four words."""
    words = _content(sent)[:4]
    if not words or words[0].lower_ not in DEMONSTRATIVES:
        return False
    return any(t.lower_ in EVENT_ANAPHORS and t.dep_ in {"nsubj", "nsubjpass"} for t in words[1:])


def _leads_into(sent: Span, nxt: Span, speakers: list[Span]) -> bool:
    """Whether ``nxt``, attributed, goes on to tell what ``sent`` told: it does not turn to
    another matter, and it takes up the lede by a demonstrative subject or names a place or
    actor the lede names."""
    clause = _after_attribution(_content(nxt), speakers)
    outside = [t for t in clause if not any(s.start <= t.i < s.end for s in speakers)]
    if not outside or outside[0].lower_ in TOPIC_SHIFTS:
        return False
    if outside[0].lower_ in DEMONSTRATIVES and outside[0].i == clause[0].i:
        return True
    names = {t.lower_ for t in sent if _is_name(t)} - COMMON_PROPER
    return any(_is_name(t) and t.lower_ in names for t in outside)


def _after_attribution(words: list[Token], speakers: list[Span]) -> list[Token]:
    """The words of a sentence from where its own clause starts: after an opening "According to
    X" ("According to the monitor the raids hit …": the clause starts at "the raids")."""
    if len(words) < 2 or words[0].lower_ != "according" or words[1].lower_ != "to":
        return words
    speaker = next((s for s in speakers if s.start > words[0].i), None)
    if speaker is None:
        return words
    return [t for t in words if t.i >= _after_abbreviation(speaker)]


def _after_abbreviation(speaker: Span) -> int:
    """Where the text after a speaker starts, past its abbreviation in brackets ("the Syrian
    Observatory for Human Rights [SOHR] the deaths …": the clause starts at "the deaths")."""
    doc = speaker.doc
    end = speaker.end
    if end < len(doc) and doc[end].text in {"(", "["}:
        close = next((t.i for t in doc[end + 1 : end + 6] if t.text in {")", "]"}), None)
        if close is not None:
            return close + 1
    return end


def _is_name(tok: Token) -> bool:
    """A word of a proper name, not a particle of one ("al" of "Bab al Salama")."""
    named = tok.pos_ == "PROPN" or tok.ent_type_ in {"GPE", "LOC", "ORG", "FAC", "NORP"}
    return named and len(tok.text) > 2 and tok.text[0].isupper()


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
    start, end = _name_start(head.doc, idx[0]), idx[-1] + 1
    span = head.doc[start:end]
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    while len(span) > 1 and span[0].is_punct:
        span = span[1:]
    return span


# The Arabic article as it is joined to the next word of a name ("Jaish al-Islam").
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an"})


def _name_start(doc: Doc, start: int) -> int:
    """Where a name begins whose last word the parse took for the whole phrase: the small
    model splits "Jaish al-Islam said" into "Jaish al -" hung elsewhere and "Islam" as the
    subject. The article and the capitalised word before it belong to the name."""
    if start >= 3 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ARABIC_ARTICLES:
        before = doc[start - 3]
        if before.pos_ == "PROPN" and before.text[:1].isupper():
            return start - 3
        return start - 2
    return start
