"""Casualty figures: how many were killed or injured, of which groups, and who by name.

The component reads the dependency parse, not the surface: it finds *predicates* that say
someone was killed or injured (verbs "kill", "die", "wound"; adjectives "dead", "injured";
nouns "death", "toll", "lives" after "claim"), takes their *victim arguments* (the passive
subject, the object, the noun a reduced relative hangs on, the subject of "die"), and reads
each argument as a noun phrase: the conjuncts of a list are summed ("four other children,
one woman and two young men" → 7), an "including …" part breaks a total down without adding
to it, and a quantity word on each conjunct is turned into a `Count` by `counting`.

Conventions (why, where it is not obvious):

* "one of five children injured" counts the five: the parser hangs the participle on "one",
  but the sentence reports five injured children, and the one is the named child.
* "N casualties" is not read — it mixes killed and injured; "no casualties" is read as 0 killed
  and 0 injured (two spans over the same words), and "no one was hurt" as 0 of each too.
* Hospital figures ("12 children had been treated there") are not casualties of the incident:
  "treat" is not a predicate, because a hospital's patients of a day are not the victims of
  one strike.
* A whole war's toll ("the conflict has killed 400,000 people since 2011") is dropped: it is
  not an incident's figure.
* A naming sentence with no predicate ("His name is Omar Daqneesh and he is 5") gives a
  mention with the named victim, an empty `Count()` (it names, it does not count) and the
  outcome of the nearest casualty mention of the report (the outcome is a required field).
* ``additive`` is set by "other", "another", "more", "further", "also", "others": those
  figures add to one given before instead of restating it — except where the only figure
  before them in their sentence is of the other outcome ("12 killed and 30 others wounded":
  the others are not the dead, and add nothing to an earlier count of the wounded).
* When the parse hangs no victim on a predicate, the surface is read instead: a number right
  before a participle ("2 killed 8 injured"), right after an active verb ("wounded 40
  Tuesday"), or the noun right before a passive's auxiliary ("… of Daraa 15 civilians were
  killed"). Headlines and datelines running into the first sentence are where the parse fails.
* Not an incident's figure either: a hospital's intake ("had received 822 wounded"), an open
  question ("to determine whether the strikes killed 100"), a count since a campaign began,
  a person described in passing ("people carry an injured man").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import combinations
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.extract import extensions
from eventwire.extract.counting import parse_count
from eventwire.extract.lexicons import load
from eventwire.extract.mentions import CasualtyMention
from eventwire.model import Count, NamedVictim, Outcome, VictimGroup

GROUP = "ew_casualties"
SUBJECTS = ("nsubj", "nsubjpass")
# Entity labels that make a bare number something other than a head count.
NOT_HEADCOUNT = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"})
ZERO_PRONOUNS = frozenset({"nobody", "none", "noone"})
MAX_SPAN = 40  # tokens: a longer evidence span means the parse wandered
# A figure this large is a war's toll or a population, never one incident's casualties.
WAR_TOLL = 50_000


@Language.factory(
    "eventwire_casualties",
    requires=["token.dep", "token.lemma", "token.pos", "token.ent_type"],
    assigns=["doc.spans", "span._.ew_casualty"],
)
def make_casualties(nlp: Language, name: str) -> CasualtyFinder:
    extensions.register()
    return CasualtyFinder()


class CasualtyFinder:
    """Writes one span per casualty figure to ``doc.spans["ew_casualties"]``."""

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        used: set[int] = set()  # tokens already read as victims: one figure, one mention
        for pred in doc:
            outcome = predicate_outcome(pred)
            if outcome is None or is_irrealis(pred) or is_cumulative(pred) or is_combined(pred):
                continue
            found = self._read(pred, outcome, victim_arguments(pred), used, spans)
            if not found:  # the fallbacks are only for predicates the parse left without victims
                self._read(pred, outcome, fallback_arguments(pred), used, spans)
        _contrast_others(spans)
        _mark_totals(spans)
        spans.extend(no_casualties(doc))
        spans.extend(naming_sentences(doc, spans))
        doc.spans[GROUP] = sorted(spans, key=lambda s: (s.start, s.end))
        return doc

    @staticmethod
    def _read(
        pred: Token, outcome: Outcome, args: Iterable[Token], used: set[int], spans: list[Span]
    ) -> bool:
        """Read each argument into a span; True when at least one gave a figure."""
        found = False
        for arg in args:
            reading = read_victims(arg, outcome, pred)
            if reading is None or used & reading.tokens or _too_large(reading.count):
                continue
            if is_negated(pred) and (reading.count.best or reading.count.low):
                continue
            if _hospital_intake(arg):
                continue
            used |= reading.tokens
            found = True
            spans.append(_span(doc=pred.doc, reading=reading, pred=pred, outcome=outcome))
        return found


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class Lexicon:
    groups: dict[str, str]
    compound_groups: dict[str, str]
    member_of: dict[str, str]
    verbs: dict[str, Outcome]
    intransitive: frozenset[str]
    adjectives: dict[str, Outcome]
    nouns: dict[str, Outcome]
    life_of: frozenset[str]
    life_subject: frozenset[str]
    wound_verbs: frozenset[str]
    symptoms: frozenset[str]
    breathing_heads: frozenset[str]
    vague_nouns: frozenset[str]
    vague_quantifiers: frozenset[str]
    additive: frozenset[str]
    cumulative: frozenset[str]
    onset: frozenset[str]
    intake_verbs: frozenset[str]
    irrealis_aux: frozenset[str]
    irrealis_governors: frozenset[str]
    update_verbs: frozenset[str]
    update_lemmas: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data: dict[str, Any] = load("victims")

    def by_outcome(kind: str) -> dict[str, Outcome]:
        return {w: o for o in Outcome for w in data[o.value][kind]}

    return Lexicon(
        groups=data["groups"],
        compound_groups=data["compound_groups"],
        member_of=data["member_of"],
        verbs=by_outcome("verbs"),
        intransitive=frozenset(w for o in Outcome for w in data[o.value]["intransitive"]),
        adjectives=by_outcome("adjectives"),
        nouns=by_outcome("nouns"),
        life_of=frozenset(data["life_verbs"]["of"]),
        life_subject=frozenset(data["life_verbs"]["subject"]),
        wound_verbs=frozenset(data["wound_verbs"]["verbs"]),
        symptoms=frozenset(data["wound_verbs"]["symptoms"]),
        breathing_heads=frozenset(data["wound_verbs"]["breathing_heads"]),
        vague_nouns=frozenset(data["vague_quantity_nouns"]),
        vague_quantifiers=frozenset(data["vague_quantifiers"]),
        additive=frozenset(data["additive_cues"]),
        cumulative=frozenset(data["cumulative_causes"]["lemmas"]),
        onset=frozenset(data["cumulative_causes"]["onset_verbs"]),
        intake_verbs=frozenset(data["hospital_intake"]["verbs"]),
        irrealis_aux=frozenset(data["irrealis"]["aux"]),
        irrealis_governors=frozenset(data["irrealis"]["governors"]),
        update_verbs=frozenset(data["updates"]["verbs"]),
        update_lemmas=frozenset(data["updates"]["lemmas"]),
    )


# --------------------------------------------------------------------------- predicates


def predicate_outcome(tok: Token) -> Outcome | None:
    """Killed or injured, when ``tok`` is a word that says so; None otherwise."""
    lex = lexicon()
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX"):
        return lex.verbs.get(lemma)
    if tok.pos_ in ("ADJ", "NOUN") and tok.lower_ in lex.adjectives:
        return lex.adjectives[tok.lower_]
    if tok.pos_ == "NOUN":
        if lemma == "toll" and any(c.lemma_.lower() == "injury" for c in tok.children):
            return Outcome.INJURED
        if lemma == "life" and tok.head.lemma_.lower() in lex.life_of | lex.life_subject:
            return Outcome.KILLED
        if is_symptom(tok) and suffering_verb(tok) is not None:
            return Outcome.INJURED  # "20 others suffered from suffocation"
        return lex.nouns.get(lemma)
    return None


def is_symptom(tok: Token) -> bool:
    """'suffocation', 'asphyxia', 'breathing difficulties', 'respiratory problems'."""
    lex = lexicon()
    lemma = tok.lemma_.lower()
    if lemma in lex.symptoms:
        return True
    return lemma in lex.breathing_heads and any(
        c.lower_ in ("breathing", "respiratory") for c in tok.children
    )


def suffering_verb(noun: Token) -> Token | None:
    """The wound verb whose subject suffers ``noun``: 'suffered injuries', 'suffered from
    suffocation'."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "from":
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    return head if head.lemma_.lower() in lexicon().wound_verbs else None


def victim_arguments(pred: Token) -> Iterator[Token]:
    """The tokens that name who was killed or injured by ``pred`` (heads of noun phrases)."""
    lex = lexicon()
    lemma = pred.lemma_.lower()
    kids = list(pred.children)
    if pred.pos_ in ("VERB", "AUX"):
        objects = [c for c in kids if c.dep_ == "dobj" and not _heads_predicate(c, pred)]
        yield from (c for c in kids if c.dep_ == "nsubjpass")
        yield from objects
        subjects = [c for c in kids if c.dep_ == "nsubj"]
        if lemma in lex.intransitive or (not objects and _reduced_passive(pred)):
            yield from subjects
        if pred.dep_ in ("acl", "relcl") and _can_be_victim(pred.head):
            yield pred.head  # "five children injured", "civilians who were killed"
        if pred.dep_ in ("xcomp", "oprd", "acomp") and not subjects:
            # "left seven people injured", "leaving injured about 50": the head's object;
            # "were reported killed", "were slain" (parsed as a copula): the head's subject
            head_objects = [c for c in pred.head.children if c.dep_ == "dobj"]
            yield from head_objects or (c for c in pred.head.children if c.dep_ in SUBJECTS)
    elif lemma == "toll":
        yield from _toll_figures(pred)
    elif lemma == "life":
        yield from _life_victims(pred)
    elif pred.pos_ == "NOUN" and pred.lower_ not in lex.adjectives:
        yield from _noun_victims(pred)
    else:
        yield from _adjective_victims(pred)


def _reduced_passive(pred: Token) -> bool:
    """'… and 30 wounded': a bare participle whose parsed subject is really the victim.

    Headlines drop the auxiliary ("Nine persons killed 12 injured", "70 fighters killed"), and
    the tagger then often reads the participle as a past tense: a counted subject of an
    object-less "killed" is its victim, since a killer is not counted in the same breath.
    """
    if any(c.dep_ == "nsubjpass" for c in pred.children):
        return False
    if pred.tag_ == "VBD":
        return any(c.dep_ == "nsubj" and _counted(c) for c in pred.children)
    if pred.tag_ != "VBN":
        return False
    return not any(c.dep_ == "aux" and c.lemma_ == "have" for c in pred.children)


def _counted(tok: Token) -> bool:
    """A number, or a noun with a number of its own ('Nine persons')."""
    return _is_number(tok) or any(c.dep_ == "nummod" for c in tok.children)


def _can_be_victim(tok: Token) -> bool:
    """What a participle can describe: a noun, number or pronoun, or 'other' used as a noun
    ('two civilians were killed and nine other injured')."""
    return tok.pos_ in ("NOUN", "NUM", "PROPN", "PRON") or tok.lower_ == "other"


def fallback_arguments(pred: Token) -> Iterator[Token]:
    """Where the victims are when the parse hangs none on ``pred``: a number right before a
    participle, a number right after an active verb, the noun right before a passive's
    auxiliary."""
    yield from _preceding_figure(pred)
    yield from _following_figure(pred)
    yield from _surface_subject(pred)


# Nouns a number measures rather than counts people by ('injured 3 times', 'killed 2 hours
# later'): a number right after a verb that counts one of these is not a victim figure.
MEASURE_NOUNS = frozenset({
    "time", "hour", "minute", "day", "week", "month", "year", "percent", "per", "km",
    "kilometre", "kilometer", "mile", "metre", "meter", "round", "shell", "rocket", "missile",
})  # fmt: skip
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
})  # fmt: skip


def _following_figure(pred: Token) -> Iterator[Token]:
    """'killed 16 people and wounded 40 Tuesday', 'injured seven Homs Governor … said', 'wounding
    scores more' (the gerund tagged as a noun): an active verb whose object the parser hung
    elsewhere; the number right after it is its object."""
    doc = pred.doc
    verbal = pred.pos_ == "VERB" or (pred.pos_ == "NOUN" and pred.lower_.endswith("ing"))
    if not verbal or pred.i + 1 >= len(doc) or _is_passive(pred):
        return
    nxt = doc[pred.i + 1]
    if not (_is_number(nxt) or nxt.lemma_.lower() in lexicon().vague_nouns):
        return
    if _looks_like_date_number(nxt) or nxt.head.lemma_.lower() in MEASURE_NOUNS:
        return  # "killed 2 hours later", "wounded 3 times"
    if _heads_predicate(nxt, pred):
        return  # "2 killed 8 injured": the 8 is the injured's
    head = nxt.head
    if head.pos_ == "NOUN" and head.i == nxt.i + 1 and victim_group(head) is None:
        return  # the number counts the noun right after it, and that noun is no person
    yield nxt


def _surface_subject(pred: Token) -> Iterator[Token]:
    """'In Jassem in the province of Daraa 15 civilians were killed': the parser made the victims
    the object of the preposition before them; the noun right before the auxiliary is the
    passive's subject."""
    aux = [c for c in pred.children if c.dep_ in ("aux", "auxpass") and c.i < pred.i]
    if not any(c.dep_ == "auxpass" for c in aux):
        return
    before = min(a.i for a in aux) - 1
    if before >= 0:
        tok = pred.doc[before]
        if tok.pos_ in ("NOUN", "NUM", "PROPN") and tok.dep_ not in SUBJECTS:
            yield tok


def _run_in(num: Token) -> bool:
    """'4 September 2016 2 killed': a number the entity recogniser swept into the dateline
    before it; it hangs on the month's name but does not stand next to it."""
    return (
        num.ent_type_ == "DATE"
        and num.head.pos_ == "PROPN"
        and num.head.lower_ in MONTHS
        and abs(num.head.i - num.i) > 1
        and not _looks_like_date_number(num)
    )


def _before_weekday(num: Token) -> bool:
    """'wounded 40 Tuesday': the entity recogniser sweeps a figure into the weekday after it, but
    no date is written as a number before a weekday's name."""
    nxt = num.doc[num.i + 1] if num.i + 1 < len(num.doc) else None
    return (
        num.ent_type_ == "DATE"
        and nxt is not None
        and nxt.lower_ in WEEKDAYS
        and not _looks_like_date_number(num)
    )


def _is_passive(pred: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in pred.children)


def _looks_like_date_number(num: Token) -> bool:
    """'July 5', '5 July', '2016': a number that is part of a calendar date (a weekday name
    does not make one: '40 Tuesday' is a figure and a day)."""
    doc = num.doc
    near = [doc[i].lower_ for i in (num.i - 1, num.i + 1) if 0 <= i < len(doc)]
    return num.shape_ == "dddd" or any(w.rstrip(".") in MONTHS for w in near)


def _preceding_figure(pred: Token) -> Iterator[Token]:
    """'2 persons killed 13 injured', 'leaving 12 dead and 30 wounded': when the parse gives a
    participle no victim, a bare number right before it is the figure. A headline participle
    tagged as a past tense ('4 September 2016 2 killed 8 injured') is one too, and the date
    it runs into does not make its number part of the date."""
    participle = pred.tag_ in ("VBN", "JJ") or pred.pos_ == "ADJ"
    if pred.tag_ == "VBD":
        participle = not any(
            c.dep_ == "dobj" and not _heads_predicate(c, pred) for c in pred.children
        )
    if pred.i > 0 and participle:
        prev = pred.doc[pred.i - 1]
        date_part = prev.ent_type_ == "DATE" and _looks_like_date_number(prev)
        figure = _is_number(prev) or prev.lemma_.lower() in lexicon().vague_nouns
        if figure and prev.ent_type_ not in NOT_HEADCOUNT - {"DATE"} and not date_part:
            yield prev


def is_combined(pred: Token) -> bool:
    """'dozens were killed and injured': one figure for both outcomes, so neither's figure."""
    outcome = predicate_outcome(pred)
    for other in pred.conjuncts:
        other_outcome = predicate_outcome(other)
        own = (
            any(c.dep_ in (*SUBJECTS, "dobj") for c in other.children)
            or any(fallback_arguments(other))
            or _has_own_noun_victims(other)
        )  # "killed 12 people and wounded 30 Friday": the 30 is the wounded's own figure
        if other_outcome is not None and other_outcome is not outcome and not own:
            return True
    return False


def _has_own_noun_victims(noun: Token) -> bool:
    """'the killing of one person and the injury of 40 others': a conjoined noun with its own
    'of' phrase or number names its own victims; it does not share a figure with the first."""
    return noun.pos_ == "NOUN" and (
        any(_of_objects(noun)) or any(c.dep_ == "nummod" for c in noun.children)
    )


def _heads_predicate(tok: Token, pred: Token) -> bool:
    """'2 persons killed 13 injured', '2 Civilians Killed 9 Injured': the 13 is parsed as
    killed's object but is injured's. ('killing 2 children injuring 9 others' is two clauses:
    the children are killed's, even though the parse hangs 'injuring' on them.)"""
    outcome = predicate_outcome(pred)

    def bare_participle(t: Token) -> bool:
        other = predicate_outcome(t)
        return other is not None and other is not outcome and t.tag_ in ("VBN", "JJ")

    if any(c.dep_ == "acl" and bare_participle(c) for c in tok.children):
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    figure = _is_number(tok) or tok.lemma_.lower() in lexicon().vague_nouns
    return figure and nxt is not None and bare_participle(nxt)


def _adjective_victims(pred: Token) -> Iterator[Token]:
    """'12 dead', '12 people dead', 'were found dead', 'three children were among the dead'."""
    nums = [c for c in pred.children if c.dep_ == "nummod"]
    if nums:
        yield nums[0]
    elif pred.dep_ == "amod":
        # "12 injured people" counts; "people move an injured man" describes someone (a photo
        # caption, a scene), it does not report a toll.
        if not _indefinite_only(pred.head):
            yield pred.head
    elif pred.dep_ in ("acomp", "oprd", "xcomp", "attr"):
        # "left 20 dead", "found five people dead": the object; "were shot dead": the subject
        objects = [c for c in pred.head.children if c.dep_ == "dobj"]
        yield from objects or (c for c in pred.head.children if c.dep_ in SUBJECTS)
    elif pred.dep_ == "pobj" and pred.head.lower_ == "among":
        yield from (c for c in pred.head.head.children if c.dep_ in SUBJECTS)
    elif pred.dep_ in ("nsubj", "nsubjpass") and pred.i > 0 and _is_number(pred.doc[pred.i - 1]):
        yield pred.doc[pred.i - 1]  # "20 dead and 30 wounded" parsed without a nummod


def _indefinite_only(noun: Token) -> bool:
    """The noun's only quantity is 'a'/'an'."""
    quantity = [c for c in noun.children if c.dep_ in ("det", "nummod")]
    return bool(quantity) and all(c.lower_ in ("a", "an") for c in quantity)


def _noun_victims(pred: Token) -> Iterator[Token]:
    """'5 deaths', 'the deaths of 5 people', '12 people suffered injuries', 'the bodies of 4'."""
    nums = [c for c in pred.children if c.dep_ == "nummod"]
    if nums:
        yield nums[0]
    yield from _of_objects(pred)
    verb = suffering_verb(pred)
    if verb is not None:
        yield from (c for c in verb.children if c.dep_ == "nsubj")


def _toll_figures(toll: Token) -> Iterator[Token]:
    """'a toll of 32', 'the death toll rose to 32', 'put the toll at 32', 'the toll is 32'."""
    for c in toll.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "at"):
            yield from (g for g in c.children if g.dep_ == "pobj" and _is_number(g))
    if toll.dep_ in ("nsubj", "dobj", "nsubjpass"):
        verb = toll.head
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("to", "at"):
                yield from (g for g in c.children if g.dep_ == "pobj" and _is_number(g))
            elif c.dep_ in ("attr", "dobj") and c.i != toll.i and _is_number(c):
                yield c


def _life_victims(life: Token) -> Iterator[Token]:
    """'claimed the lives of 7 people', 'claimed 400 lives', 'twelve people lost their lives'."""
    verb = life.head
    if verb.lemma_.lower() in lexicon().life_subject:
        yield from (c for c in verb.children if c.dep_ == "nsubj")
    elif any(c.dep_ == "nummod" for c in life.children):
        yield life
    else:
        yield from _of_objects(life)


def _of_objects(tok: Token) -> Iterator[Token]:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            yield from (g for g in c.children if g.dep_ == "pobj")


def _hospital_intake(arg: Token) -> bool:
    """'hospitals had received more than 822 wounded and 270 dead': a hospital's intake over
    days, not the victims of one incident (like 'treated', which is no predicate at all)."""
    phrase = arg
    while phrase.dep_ in ("nummod", "amod", "compound", "quantmod", "conj", "appos"):
        phrase = phrase.head
    return phrase.dep_ == "dobj" and phrase.head.lemma_.lower() in lexicon().intake_verbs


def _too_large(count: Count) -> bool:
    return max((v for v in (count.low, count.best) if v is not None), default=0) >= WAR_TOLL


def is_negated(pred: Token) -> bool:
    return any(c.dep_ == "neg" for c in pred.children)


def is_irrealis(pred: Token) -> bool:
    """'could kill hundreds', 'threatened to kill 20 hostages': not something that happened."""
    lex = lexicon()
    if any(c.dep_ == "aux" and c.lower_ in lex.irrealis_aux for c in pred.children):
        return True
    clause = pred if pred.pos_ in ("VERB", "AUX") else pred.head
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
        return True  # "to determine whether the strikes killed 100 civilians": an open question
    return pred.dep_ == "xcomp" and pred.head.lemma_.lower() in lex.irrealis_governors


def is_cumulative(pred: Token) -> bool:
    """'The war has killed 280,000 people since 2011': the conflict's toll, not an incident's."""
    lex = lexicon()
    clause = pred if pred.pos_ in ("VERB", "AUX") else pred.head
    if pred.dep_ in ("acl", "relcl") and pred.head.lemma_.lower() in lex.cumulative:
        return True  # "with the ongoing war killing 3,000", "the conflict, which has killed …"
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children)
    for tok in clause.subtree:
        if tok.lower_ == "since" and tok.dep_ == "mark" and tok.head.lemma_.lower() in lex.onset:
            return True  # "since the army, backed by Russian jets, began an offensive"
        if tok.lower_ == "since" and tok.dep_ == "mark" and perfect and tok.head.head == clause:
            return (
                True  # "have killed 4,000 civilians since they first intervened": a count from then
            )
        if tok.lower_ == "since":
            # "since 2011", "since the war began", "since Syria's conflict started in 2011"
            window = tok.doc[tok.i + 1 : tok.i + 7]
            if any(t.shape_ == "dddd" or t.lemma_.lower() in lex.cumulative | lex.onset
                   for t in window):  # fmt: skip
                return True
    anchors = [pred]
    if pred.pos_ == "NOUN" and pred.dep_ in (*SUBJECTS, "dobj"):
        anchors.append(pred.head)  # "the conflict has claimed 400,000 lives"
    for tok in anchors:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "since":
                return True
            if c.dep_ == "nsubj" and c.lemma_.lower() in lex.cumulative:
                return True
            if c.dep_ == "agent" and any(g.lemma_.lower() in lex.cumulative for g in c.children):
                return True
    return False


# --------------------------------------------------------------------------- victims


@dataclass
class Part:
    """One conjunct of a victim phrase: 'four other children' → children, 4."""

    group: str
    count: Count
    tokens: set[int]


@dataclass
class Reading:
    """What a victim phrase says: the total, its parts, who is named, whether it adds."""

    count: Count
    groups: list[Part]
    named: list[NamedVictim] = field(default_factory=list)
    additive: bool = False
    tokens: set[int] = field(default_factory=set)


def read_victims(arg: Token, outcome: Outcome, pred: Token) -> Reading | None:
    """Read the phrase headed by ``arg`` (and its conjuncts); None when it holds no figure."""
    conjuncts = [*_run_on_items(arg), arg, *_conjuncts(arg)]
    read = [read_part(c) or _elided_head(c, conjuncts[i + 1 :]) for i, c in enumerate(conjuncts)]
    if any(r is not None for r in read):
        # A bare singular item counts as one only in a list that is counted ("a woman and
        # child"); "his father and brother" states no figure.
        read = [
            r or (_bare_item(c) if c != arg else None) for r, c in zip(read, conjuncts, strict=True)
        ]
    parts = [p for p in read if p is not None]
    named = [v for c in conjuncts for v in named_in(c, outcome)]
    if not parts:
        return None
    inner = [p for c in conjuncts for p in _included(c)]
    total = parts[0].count if len(parts) == 1 else sum_counts([p.count for p in parts])
    parts = _merge_groups(parts)
    tokens = {i for p in parts + inner for i in p.tokens}
    # "also"/"too" on the predicate is not a cue: "Five civilians were also killed by bombs on
    # Ghouta", "Also on Sunday 14 fighters were killed" set another event beside the one told,
    # they do not add people to its toll; a word on the victims ("four other children") does.
    additive = any(_is_additive(c) for c in conjuncts)
    return Reading(total, parts + inner, named, additive, tokens)


def read_part(tok: Token) -> Part | None:
    """The group and count of one conjunct, or None when it is not a counted victim."""
    lex = lexicon()
    lower, lemma = tok.lower_, tok.lemma_.lower()
    if lower == "one" and (inner := _partitive(tok)) is not None:
        counted = read_part(inner)
        if counted is not None and any(c.dep_ == "nummod" for c in inner.children):
            return counted  # "one of five children injured": the five were injured
    if _is_number(tok) or lemma in lex.vague_nouns:
        if (
            tok.ent_type_ in NOT_HEADCOUNT
            and _partitive(tok) is None
            and not _run_in(tok)
            and not _before_weekday(tok)
        ):
            return None
        count = parse_count(_text(_figure_tokens(tok)))
        if count is None or _looks_like_year(tok, count):
            return None
        of = _partitive(tok)
        if of is None:
            return Part("people", count, {tok.i})
        of_group = victim_group(of)
        if of_group is None and of.pos_ != "PRON":
            return None  # "dozens of times", "hundreds of buildings"
        return Part(of_group or "people", count, {tok.i, of.i})  # "dozens of others"
    if lower in ZERO_PRONOUNS or (lower == "one" and _det(tok) == "no"):
        det = {c.i for c in tok.children if c.dep_ == "det"}
        return Part("people", Count(low=0, best=0, high=0), {tok.i} | det)
    noun_group = victim_group(tok)
    if noun_group is None:
        if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN":
            return Part("people", Count(low=1, best=1, high=1), {tok.i})
        return None
    quantity = _quantity_tokens(tok)
    if not quantity:
        return None
    count = parse_count(_text(quantity))
    return None if count is None else Part(noun_group, count, {tok.i, *(q.i for q in quantity)})


def _run_on_items(arg: Token) -> list[Token]:
    """'A man woman and child were killed': with the list's commas dropped (as scraped text
    often has them) the parse makes the first items modifiers of the next; a singular person
    noun modifying a person noun that goes on with a conjunct is a list item of its own."""
    if victim_group(arg) is None or not any(c.dep_ == "conj" for c in arg.children):
        return []
    return [
        c
        for c in arg.children
        if c.dep_ == "compound" and c.i < arg.i and c.tag_ == "NN" and victim_group(c) is not None
    ]


def _bare_item(tok: Token) -> Part | None:
    """'a woman and child': a list item that is a singular person noun with no word of its own
    that counts it is one person (the list's article counts it)."""
    group = victim_group(tok)
    if group is None or tok.tag_ != "NN" or any(c.dep_ in ("nummod", "det") for c in tok.children):
        return None
    return Part(group, Count(low=1, best=1, high=1), {tok.i})


def _elided_head(tok: Token, later: list[Token]) -> Part | None:
    """'70 regime and rebel fighters', '30 regime and 39 rebel fighters': a counted conjunct that
    names no kind of person modifies the person noun of a later conjunct, whose head it leaves
    out; the number counts that noun's group, less the later conjunct's own modifier (the
    regime's fighters are not rebels)."""
    if tok.pos_ != "NOUN" or victim_group(tok) is not None:
        return None
    groups = lexicon().groups
    heads = (groups.get(t.lemma_.lower()) or victim_group(t) for t in later)
    group = next((g for g in heads if g is not None), None)
    if group is None or not any(c.dep_ == "nummod" for c in tok.children):
        return None
    quantity = _quantity_tokens(tok)
    count = parse_count(_text(quantity))
    return None if count is None else Part(group, count, {tok.i, *(q.i for q in quantity)})


def victim_group(noun: Token) -> str | None:
    """children, women, … for a victim noun; None when the noun is not a kind of person."""
    lex = lexicon()
    lemma = noun.lemma_.lower()
    # "police officers", "family members": the modifier decides, but only on a person noun
    # ("an opposition group" is not a rebel)
    if lemma in lex.groups or noun.lower_ in lex.groups:
        for c in noun.children:
            if c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.compound_groups:
                return lex.compound_groups[c.lemma_.lower()]
    if lemma == "member" and (of := _partitive(noun)) is not None:
        key = of.lemma_.lower()
        if key in lex.member_of:
            return lex.member_of[key]
        return "fighters" if of.ent_type_ in ("ORG", "NORP") else "people"
    if lemma in lex.groups:
        return lex.groups[lemma]
    if noun.lower_ in lex.groups:  # lemmatiser misses, e.g. "policemen"
        return lex.groups[noun.lower_]
    if noun.pos_ == "PROPN" and noun.lower_.removesuffix("s") in lex.groups:
        return lex.groups[noun.lower_.removesuffix("s")]  # title case: "70 ISIS Terrorists"
    if noun.ent_type_ == "NORP" and noun.tag_ in ("NNS", "NNPS"):
        return "people"  # "16 Syrians"
    return None


def _quantity_tokens(noun: Token) -> list[Token]:
    """The words that count a victim noun: its number ('at least 16'), 'a', 'no', 'several'."""
    lex = lexicon()
    nums = [c for c in noun.children if c.dep_ == "nummod"]
    if nums:
        # "15 August 2016 Nine persons", "Monitor One woman": several numbers hang on the noun
        # when a dateline or a credit runs into the sentence; the one next to the noun counts it.
        num = max((n for n in nums if n.i < noun.i), key=lambda n: n.i, default=nums[0])
        return [t for t in num.subtree if t.pos_ != "PROPN" or _is_number(t)]
    for c in noun.children:
        # "45 army and opposition fighters": the number hangs on the first modifier of a list
        # that modifies the counted noun.
        modifier_nums = [g for g in c.children if g.dep_ == "nummod" and g.i < c.i]
        if c.dep_ in ("nmod", "compound") and c.i < noun.i and modifier_nums:
            return [t for t in modifier_nums[0].subtree if t.pos_ != "PROPN" or _is_number(t)]
    for c in noun.children:
        if c.dep_ == "det" and c.lower_ in ("a", "an", "no", "another"):
            return [c]
        if c.dep_ in ("amod", "det") and c.lower_ in lex.vague_quantifiers:
            return [*(g for g in c.children if g.dep_ == "det"), c]  # "a few"
    return _number_before(noun)


# Words that may stand before a figure and belong to it ("at least 15", "more than 20").
FIGURE_WORDS = frozenset({
    "at", "least", "more", "than", "about", "around", "nearly", "almost", "some", "over",
    "approximately", "roughly", "up", "to", "-",
})  # fmt: skip


def _number_before(noun: Token) -> list[Token]:
    """'Daraa 15 civilians', 'Wednesday 22 Daesh fighters', 'Town Thirty civilians': a number
    right before the noun phrase that the parser hung on a neighbouring name or date counts
    the noun all the same."""
    doc = noun.doc
    start = noun.i
    while (
        start > 0
        and doc[start - 1].head.i == noun.i
        and doc[start - 1].dep_ in ("compound", "amod")
    ):
        if _is_number(doc[start - 1]):
            break
        start -= 1
    i = start - 1
    if i < 0 or not _is_number(doc[i]) or _looks_like_date_number(doc[i]):
        return []
    first = i
    while first > 0 and (_is_number(doc[first - 1]) or doc[first - 1].lower_ in FIGURE_WORDS):
        first -= 1
    return list(doc[first : i + 1])


FIGURE_DEPS = frozenset({"quantmod", "advmod", "amod", "compound", "nummod", "det"})


def _figure_tokens(num: Token) -> list[Token]:
    """A bare figure with its modifiers ('at least 16', 'around 32', 'between 10 and 15'),
    leaving out what hangs on it ('of them', 'including a child')."""
    out = [num]
    ranged = any(c.lower_ in ("between", "or", "to") for c in num.children)
    for c in num.children:
        if c.dep_ in FIGURE_DEPS or (ranged and c.dep_ in ("cc", "conj", "quantmod", "prep")):
            out += [t for t in c.subtree]
    return out


def _text(tokens: list[Token]) -> str:
    text = " ".join(t.text for t in sorted(set(tokens), key=lambda t: t.i))
    return "one" if text.lower() == "another" else text


def _is_number(tok: Token) -> bool:
    return tok.like_num or tok.pos_ == "NUM"


def _looks_like_year(tok: Token, count: Count) -> bool:
    return tok.shape_ == "dddd" and count.best is not None and 1900 <= count.best <= 2100


def _partitive(tok: Token) -> Token | None:
    """'dozens of people' → people."""
    return next(_of_objects(tok), None)


def _det(tok: Token) -> str | None:
    return next((c.lower_ for c in tok.children if c.dep_ == "det"), None)


def _conjuncts(tok: Token) -> Iterator[Token]:
    for c in tok.children:
        if c.pos_ not in ("NOUN", "NUM", "PROPN", "PRON"):
            continue
        # The small model often parses the second item of a list as an appositive of the first
        # ("four other children, a woman and two young men"): an appositive that goes on with
        # its own conjunct is a list item, not a rewording.
        if c.dep_ == "conj" or (c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children)):
            yield c
            yield from _conjuncts(c)
    yield from _items_after_modifier(tok)


def _items_after_modifier(tok: Token) -> Iterator[Token]:
    """'two men from Douma and three men from Harasta': the parse hangs the next counted item
    on the place that ended the item before; a counted person noun conjoined to the object of
    an item's modifier goes on the list."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ in ("including", "among"):
            continue  # "including a woman and two children": part of the total, not more
        for obj in prep.children:
            if victim_group(obj) is not None:
                continue
            for c in obj.children:
                counted = any(g.dep_ == "nummod" for g in c.children)
                if c.dep_ == "conj" and counted and victim_group(c) is not None:
                    yield c
                    yield from _conjuncts(c)


def _included(tok: Token) -> Iterator[Part]:
    """'12 people, including seven children': the inner groups, part of the total."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("including", "among"):
            for g in c.children:
                if g.dep_ == "pobj":
                    for h in (g, *_conjuncts(g)):
                        part = read_part(h)
                        if part is not None:
                            yield part


def _merge_groups(parts: list[Part]) -> list[Part]:
    """'a commander … and eight more militants': one group of 9 fighters, not two of 1 and 8."""
    merged: dict[str, Part] = {}
    for p in parts:
        if p.group in merged:
            prior = merged[p.group]
            merged[p.group] = Part(p.group, sum_counts([prior.count, p.count]),
                                   prior.tokens | p.tokens)  # fmt: skip
        else:
            merged[p.group] = p
    return list(merged.values())


def _is_additive(tok: Token) -> bool:
    """'four other children', 'another five', 'two others', 'five more people'."""
    cues = lexicon().additive
    if tok.lower_ == "others" or any(o.lower_ == "others" for o in _of_objects(tok)):
        return True
    mods = [c for c in tok.children if c.dep_ in ("amod", "det", "advmod", "nummod")]
    mods += [g for c in mods for g in c.children]
    return any(m.lower_ in cues and not _before_than(m) for m in mods)


def _before_than(tok: Token) -> bool:
    """'more than 20' is a bound, not '20 more'."""
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "than"


def sum_counts(counts: list[Count]) -> Count:
    """Sum parts of a list; a bound is known only when every part has it."""

    def total(values: list[int | None]) -> int | None:
        return None if any(v is None for v in values) else sum(v for v in values if v is not None)

    return Count(
        low=total([c.low for c in counts]),
        best=total([c.best for c in counts]),
        high=total([c.high for c in counts]),
    )


# --------------------------------------------------------------------------- named victims


def named_in(tok: Token, outcome: Outcome | None) -> Iterator[NamedVictim]:
    """People named in a victim phrase: the head itself, its apposition, or what it is in
    apposition to ('Omran Daqneesh, one of five children injured')."""
    candidates = [tok, *(c for c in tok.children if c.dep_ == "appos")]
    if tok.dep_ == "appos":
        candidates.append(tok.head)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "including":
            candidates += [g for g in c.children if g.dep_ == "pobj"]
    seen: set[int] = set()
    for cand in candidates:
        ent = _person(cand)
        if ent is not None and ent.start not in seen:
            seen.add(ent.start)
            yield NamedVictim(name=ent.text, age=age_of(ent), outcome=outcome)


def _person(tok: Token) -> Span | None:
    if tok.ent_type_ != "PERSON":
        return None
    return next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)


def age_of(person: Span) -> int | None:
    """'five-year-old X', 'X, 5,', 'X, aged 5', 'X (5)'; None when no age is written."""
    doc = person.doc
    before = [t.lower_ for t in doc[max(person.start - 6, 0) : person.start]]
    if "old" in before and ("year" in before or "years" in before):
        k = max(i for i, w in enumerate(before) if w in ("year", "years"))
        age = _age_value(" ".join(w for w in before[:k] if w not in ("a", "an", "the")))
        if age is not None:
            return age
    after = doc[person.end : person.end + 3]
    if len(after) >= 2 and after[0].text in (",", "(") and _is_number(after[1]):
        return _age_value(after[1].text)
    if len(after) >= 3 and after[0].text == "," and after[1].lower_ == "aged":
        return _age_value(after[2].text)
    return None


def _age_value(text: str) -> int | None:
    words = text.replace("-", " ").split()
    for n in range(min(len(words), 3), 0, -1):
        count = parse_count(" ".join(words[-n:]))
        if count is not None and count.best is not None and count.best == count.low:
            return count.best if count.best <= 130 else None
    return None


# --------------------------------------------------------------------------- additive cues


def _contrast_others(spans: list[Span]) -> None:
    """'three civilians were killed and 12 others were wounded', 'killing 44 people and wounding
    dozens more': 'others'/'more' set the wounded apart from the dead of the same sentence;
    they add nothing to an earlier count of the wounded. A figure whose only earlier figure in
    its sentence is of the other outcome is therefore not additive."""
    for span in spans:
        mention: CasualtyMention = span._.ew_casualty
        if not mention.additive:
            continue
        earlier = [
            s._.ew_casualty.outcome
            for s in spans
            if s.sent.start == span.sent.start and s.start < span.start
        ]
        if earlier and mention.outcome not in earlier:
            span._.ew_casualty = replace(mention, additive=False)


# --------------------------------------------------------------------------- round-up totals

MAX_PARTS = 4  # a round-up sums a few places' tolls
PART_WINDOW = 8  # the figures after a total that may break it down


def _mark_totals(spans: list[Span]) -> None:
    """'Nine persons killed 12 injured in terrorist attacks on Aleppo. Six civilians were killed
    … in al-Hizam … Earlier three persons were killed … in al-Sheikh Taha': a figure that two to
    four figures of the same outcome in later sentences add up to exactly is their total (a
    headline or lede rounding up several attacks), not a figure of one of them."""
    for span in spans:
        mention: CasualtyMention = span._.ew_casualty
        total = _exact(mention.count)
        if total is None or total < 2:
            continue
        parts = [
            value
            for s in spans
            if s.sent.start > span.sent.start
            and s._.ew_casualty.outcome is mention.outcome
            and not s._.ew_casualty.additive
            and (value := _exact(s._.ew_casualty.count)) is not None
            and 0 < value < total
        ][:PART_WINDOW]
        if _adds_up(parts, total):
            span._.ew_casualty = replace(mention, total_of_parts=True)


def _exact(count: Count) -> int | None:
    """The figure of a count that states one ('six', 'at least 16'); None for a vague one."""
    return count.best if count.best is not None and count.low == count.best else None


def _adds_up(values: list[int], total: int) -> bool:
    """Whether two to ``MAX_PARTS`` of ``values`` (in order, not necessarily adjacent) sum to
    ``total``."""
    return any(
        sum(combo) == total
        for size in range(2, MAX_PARTS + 1)
        for combo in combinations(values, size)
    )


# --------------------------------------------------------------------------- special forms


# Nouns whose absence says nobody was killed or injured, and which outcomes it zeroes.
NONE_OF: dict[str, tuple[Outcome, ...]] = {
    "casualty": (Outcome.KILLED, Outcome.INJURED),
    "injury": (Outcome.INJURED,),
    "death": (Outcome.KILLED,),
    "fatality": (Outcome.KILLED,),
}


def no_casualties(doc: Doc) -> Iterator[Span]:
    """'there were no casualties', 'without casualties' → 0 killed and 0 injured; 'causing no
    injuries' → 0 injured; 'caused no deaths', 'no fatalities' → 0 killed."""
    for tok in doc:
        outcomes = NONE_OF.get(tok.lemma_.lower())
        if outcomes is None or tok.pos_ != "NOUN":
            continue
        none = _det(tok) == "no" or (tok.head.lower_ == "without" and tok.dep_ == "pobj")
        if not none:
            continue
        start = tok.head.i if tok.head.lower_ == "without" else tok.i - 1
        # Extension values are keyed by character offsets, so two readings need two different
        # spans: killed over "no casualties", injured over "casualties".
        firsts = (start, tok.i) if len(outcomes) == 2 else (start,)
        for outcome, first in zip(outcomes, firsts, strict=True):
            span = Span(doc, first, tok.i + 1, label=outcome.value)
            span._.ew_casualty = CasualtyMention(
                outcome=outcome, count=Count(low=0, best=0, high=0)
            )
            yield span


def naming_sentences(doc: Doc, found: list[Span]) -> Iterator[Span]:
    """'His name is Omar Daqneesh and he is 5': a named victim without a predicate."""
    for tok in doc:
        if tok.lemma_.lower() != "name" or not any(c.dep_ == "poss" for c in tok.children):
            continue
        be = tok.head
        person = next((_person(c) for c in be.children if c.dep_ == "attr" and _person(c)), None)
        if person is None:
            continue
        outcome = _nearest_outcome(found, tok.i)
        if outcome is None:
            continue
        age = age_of(person) or _stated_age(tok.sent)
        span = Span(doc, tok.i, person.end, label=outcome.value)
        span._.ew_casualty = CasualtyMention(
            outcome=outcome, count=Count(), named=(NamedVictim(name=person.text, age=age),)
        )
        yield span


def _stated_age(sent: Span) -> int | None:
    """'… and he is 5': a bare number after a he/she copula in the same sentence."""
    for tok in sent:
        copula = tok.dep_ in ("attr", "acomp") and tok.head.lemma_ == "be"
        pronoun = any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in tok.head.children)
        if copula and pronoun and _is_number(tok):
            return _age_value(tok.text)
    return None


def _nearest_outcome(found: list[Span], i: int) -> Outcome | None:
    """The outcome of the closest mention before ``i``, else the closest after it."""
    before = [s for s in found if s.start < i]
    after = [s for s in found if s.start >= i]
    if not before and not after:
        return None
    pick = max(before, key=lambda s: s.start) if before else min(after, key=lambda s: s.start)
    mention: CasualtyMention = pick._.ew_casualty
    return mention.outcome


def _span(doc: Doc, reading: Reading, pred: Token, outcome: Outcome) -> Span:
    idx = sorted(reading.tokens | {pred.i})
    start, end = idx[0], idx[-1] + 1
    if end - start > MAX_SPAN:
        start, end = min(reading.tokens), max(reading.tokens) + 1
    span = Span(doc, start, end, label=outcome.value)
    span._.ew_casualty = CasualtyMention(
        outcome=outcome,
        count=reading.count,
        groups=tuple(
            VictimGroup(group=p.group, outcome=outcome, count=p.count) for p in reading.groups
        ),
        named=tuple(reading.named),
        additive=reading.additive,
        update=is_update(pred, reading),
    )
    return span


SUPERSEDED = frozenset({"earlier", "previous", "initial", "old", "first", "preliminary"})


def is_update(pred: Token, reading: Reading) -> bool:
    """'The death toll rose to 40', 'raising the toll to 40', 'killed 32, the Observatory said,
    updating an earlier toll', 'the updated toll': the figure supersedes earlier ones."""
    lex = lexicon()
    if any(c.dep_ == "amod" and c.lower_ in SUPERSEDED for c in pred.children):
        return False  # "updating an earlier toll of 15": the figure the update replaces
    if pred.lemma_.lower() == "toll" and pred.head.lemma_.lower() in lex.update_verbs:
        return True
    for i in reading.tokens:
        tok = pred.doc[i]
        if tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in lex.update_verbs:
            return True  # "rose to 5 killed"
    return any(t.lemma_.lower() in lex.update_lemmas for t in pred.sent)
