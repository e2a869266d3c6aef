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
# Adverbs that set a clause in the time before the story: 'have previously come under fire'.
EARLIER_ADVERBS = frozenset({"previously", "formerly"})
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
# Verbs of a munition coming down: 'three rockets launched from Syria fell on the Golan'. Not
# for aircraft: a plane that fell crashed.
LANDING_VERBS = frozenset({"fall", "land", "slam", "rain"})
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
    # 'an army unit killed all members of a terrorist group': a battle, though how it was fought
    # (shelling, an air strike) may come from a specific trigger of the same incident.
    "ground_force_doer": ("armed_clash", "generic"),
}
# Armed people and their gear: the targets that make a ground force's killing a battle.
COMBATANTS = frozenset(
    {"terrorist", "militant", "fighter", "rebel", "jihadist", "gunman", "insurgent", "soldier",
     "troop", "member", "mercenary", "extremist", "militiaman", "sniper"}
)  # fmt: skip
MATERIEL = frozenset(
    {"vehicle", "tank", "position", "fortification", "hideout", "den", "launcher", "weapon",
     "ammunition", "depot", "stronghold", "machinegun", "gathering", "emplacement", "cell"}
)  # fmt: skip
ARMED = COMBATANTS | MATERIEL
# Ground forces as doers: 'army units destroyed vehicles', 'troops killed ten militants'.
GROUND_FORCES = frozenset(
    {"army", "unit", "troop", "force", "soldier", "fighter", "militant", "rebel", "brigade",
     "battalion", "division", "militia", "regiment"}
)  # fmt: skip
# Verbs of a ground force's violence against armed men read from the parse.
COMBAT_VERBS = frozenset({"kill", "destroy", "eliminate", "neutralize", "neutralise", "annihilate"})
# Ranks and posts of the armed forces: taken, they are prisoners of a battle like combatants.
MILITARY_POSTS = frozenset(
    {"pilot", "officer", "commander", "colonel", "general", "conscript", "policeman", "guard"}
)
# Civilians taken away are abducted; armed men taken are prisoners of a battle.
CIVILIANS = frozenset(
    {"civilian", "people", "person", "resident", "villager", "woman", "child", "man", "family",
     "hostage", "worker", "journalist", "activist"}
)  # fmt: skip
# Words that count people ('many of them', 'dozens of fighters'): the people are under "of".
QUANTITY_WORDS = frozenset(
    {"many", "some", "several", "dozens", "scores", "hundreds", "most", "all", "number", "few",
     "tens", "dozen", "score", "hundred", "rest", "others", "total"}
)  # fmt: skip
# Marks of a chemical load: 'dropped toxic gas barrels', 'fired shells filled with chlorine'.
CHEMICAL_MARKS = frozenset(
    {"toxic", "chemical", "chemicals", "chlorine", "sarin", "poison", "poisonous", "mustard",
     "nerve"}
)  # fmt: skip
# Participles that tell what a munition holds: 'barrels filled with chlorine'.
FILLING_VERBS = frozenset({"fill", "lace", "load", "contain", "carry", "pack", "arm", "tip"})
# Hedges a reduced relative hangs on a doer ('jets believed to be Russian killed 60'): the
# parser makes the hedge the root and the real verb its complement.
HEDGE_VERBS = frozenset({"believe", "think", "suspect", "presume", "understand", "allege"})
# What ends an agreement: 'the ceasefire collapsed', 'the end of the truce'. Telling of its end
# is no report of its making.
ENDING_VERBS = frozenset({"collapse", "end", "expire", "break", "fail", "crumble", "unravel"})
ENDING_NOUNS = frozenset({"end", "collapse", "breakdown", "expiry", "expiration", "failure"})
AGREEMENT_NOUNS = frozenset({"ceasefire", "truce", "deal", "agreement", "accord"})
# Pronouns that stand for people ('capturing many of them'); 'it' stands for a place.
PERSONAL_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "whom"})
# Words that name an outcome ('massacre') or an act ('attack') but not how it was done.
NAMED_OUTCOMES = frozenset({"massacre", "attack"})
# Types that tell how violence was done: they type an outcome word whose phrase holds them.
MEANS_TYPES = frozenset(
    {"air_drone_strike", "shelling_artillery_missile_attack", "chemical_weapon",
     "remote_explosive_landmine_ied", "suicide_bomb", "grenade"}
)  # fmt: skip
# Fighting that a withdrawal can be made under.
COMBAT_NOUNS = frozenset(
    {"offensive", "counteroffensive", "attack", "counterattack", "assault", "clash", "fighting",
     "battle", "bombardment", "shelling", "onslaught", "pressure"}
)  # fmt: skip
DEAL_WORDS = frozenset({"settlement", "reconciliation", "evacuation", "arrangement", "surrender"})
# Verbs of taking whose object may be people rather than ground.
TAKING_VERBS = frozenset({"capture", "seize", "take"})
TERRITORY_SUBS = frozenset({"non_state_actor_overtakes_territory", "government_regains_territory"})
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
        kept = self._prefer_specific(found)
        typed = {span.root.i: retyped(span.root, self.kinds[span.label_][0]) for span in kept}
        spans = []
        for span in kept:
            _strength = self.kinds[span.label_][1]
            head = span.root
            sub = typed[head.i]
            if sub == "attack" and head.lemma_.lower() in NAMED_OUTCOMES:
                sub = _means_within(head, typed) or sub
            span._.ew_trigger = TriggerMention(
                event_type=SUB_EVENT_TYPES[sub],
                sub_event_type=sub,
                lemma=head.lemma_.lower(),
                strength=_strength,
                negated=is_negated(head),
                irrealis=is_irrealis(head)
                or is_trend(head)
                or is_generic_kind(span)
                or is_told_as_earlier(head)
                or is_about_media(head)
                or is_no_event(head, sub),
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


def is_generic_kind(span: Span) -> bool:
    """'such attacks are a war crime', 'such fighting is unprecedented': 'such' names a kind of
    event, or points back at one already told, never a new event. 'such an ambush' (one event)
    may be new and is kept."""
    for tok in span:
        for child in tok.children:
            if child.lower_ == "such" and child.dep_ in {"amod", "predet", "det"}:
                return not any(c.lower_ in {"a", "an"} for c in tok.children)
    return False


def is_told_as_earlier(head: Token) -> bool:
    """'the outskirts have previously come under rocket fire', 'the group has staged bombings
    in the past', 'has carried out such raids before': undated earlier events, told as
    background. 'in the past four days' is a dated stretch, not this."""
    verb = _clause_verb(head)
    if verb is None:
        return False
    for child in verb.children:
        if child.dep_ == "advmod" and (
            child.lower_ in EARLIER_ADVERBS or (child.lower_ == "before" and not child.n_lefts)
        ):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "in"
            and any(
                g.dep_ == "pobj" and g.lower_ == "past" and all(c.dep_ == "det" for c in g.children)
                for g in child.children
            )
        ):
            return True
    return False


def _clause_verb(head: Token) -> Token | None:
    """The verb of the clause a trigger stands in: itself, or the nearest verb above it."""
    for tok in [head, *head.ancestors][:4]:
        if tok.pos_ in {"VERB", "AUX"}:
            return tok
    return None


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


def is_no_event(head: Token, sub: str) -> bool:
    """Words of the lexicon used for something other than an event: 'captured soldiers' (a
    participle describing people), 'capturing many of them' (people of no told side), 'the
    ceasefire collapsed' (an agreement's end)."""
    if sub in TERRITORY_SUBS and (_is_adjectival(head) or _takes_unnamed_people(head)):
        return True
    return sub == "agreement" and _agreement_ended(head)


def _is_adjectival(participle: Token) -> bool:
    """'captured soldiers', 'captured territory': a participle describing a noun. One with a
    subject of its own is a verb the parser misread ('the Front captured government-held ...')."""
    return participle.dep_ == "amod" and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in participle.children
    )


def _agreement_ended(head: Token) -> bool:
    """'since the brokered ceasefire collapsed', 'the end of a US-Russian brokered truce'."""
    noun = head if head.lemma_.lower() in AGREEMENT_NOUNS else None
    if noun is None:
        return False
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_.lower() in ENDING_VERBS:
        return True
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in ENDING_NOUNS


def doers(verb: Token) -> list[Token]:
    """Who or what does a verb: its subjects, or the agent of a passive ('killed by jets')."""
    found = [c for c in verb.children if c.dep_ == "nsubj"]
    if not found and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in HEDGE_VERBS:
        found = [c for c in verb.head.children if c.dep_ == "nsubj"]
    # Run-on text (a headline run into the lede) defeats the parser; a noun standing right
    # before the verb is its subject there too ('Syrian war planes bombed positions').
    if verb.i > 0 and verb.nbor(-1).pos_ in {"NOUN", "PROPN"}:
        found.append(verb.nbor(-1))
    found += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    found += [c for d in found if d.lower_ in QUANTITY_WORDS for c in _counted(d)]
    return found + [conj for d in found for conj in d.conjuncts]


def _counted(quantity: Token) -> list[Token]:
    """What a count counts: 'a number of warplanes', 'a total of three rockets' (which the
    parser may hang beside the count as an apposition)."""
    found = [c for c in quantity.children if c.dep_ == "appos"]
    for prep in quantity.children:
        if prep.dep_ in {"prep", "quantmod"} and prep.lower_ == "of":
            found += [g for g in prep.children if g.dep_ == "pobj"]
    return found


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


def is_ground_force(noun: Token) -> bool:
    """'army units', 'Syrian troops', 'government forces' (not the air force)."""
    if noun.lemma_.lower() not in GROUND_FORCES and noun.lower_ not in GROUND_FORCES:
        return False
    return not is_aircraft(noun)


def targets(verb: Token) -> list[Token]:
    """What a verb is done to: its objects (and their conjuncts), and for a count ('scores of
    terrorists', 'many of them') what is counted."""
    found = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    found += [conj for t in found for conj in t.conjuncts]
    counted = [
        g
        for t in found
        if t.lower_ in QUANTITY_WORDS or t.pos_ == "NUM"
        for p in t.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    return found + counted


def _is_armed(noun: Token) -> bool:
    return noun.lemma_.lower() in ARMED


def _fights_armed_men(verb: Token) -> bool:
    """'an army unit killed all members of a terrorist group', 'troops destroyed their tanks'."""
    return (
        verb.lemma_.lower() in COMBAT_VERBS
        and any(is_ground_force(d) for d in doers(verb))
        and any(_is_armed(t) for t in targets(verb))
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
        if tok.pos_ != "VERB":
            continue
        if tok.lemma_.lower() in LANDING_VERBS and any(is_munition(d) for d in doers(tok)):
            spans.append(Span(doc, tok.i, tok.i + 1, label="munition_doer"))
            continue
        if tok.lemma_.lower() not in VIOLENT_VERBS:
            if _fights_armed_men(tok):
                spans.append(Span(doc, tok.i, tok.i + 1, label="ground_force_doer"))
            continue
        who = doers(tok)
        label = (
            "aircraft_doer"
            if any(is_aircraft(d) for d in who)
            else "munition_doer"
            if any(is_munition(d) for d in who)
            else "bombs_doer"
            if any(_is_dropped_bombs(d) for d in who)
            else "ground_force_doer"
            if _fights_armed_men(tok)
            else None
        )
        if label is not None:
            spans.append(Span(doc, tok.i, tok.i + 1, label=label))
    return spans


def retyped(head: Token, sub: str) -> str:
    """The lexicon's type, corrected by the parse where the doer or the target decides it."""
    if sub in {"air_drone_strike", "shelling_artillery_missile_attack"} and _chemical_load(head):
        # ACLED: a chemical weapon, however delivered, is typed by the weapon.
        return "chemical_weapon"
    if sub == "non_state_actor_overtakes_territory" and head.pos_ == "VERB":
        taken = _people_taken(head)
        if taken is not None:
            return taken
    if sub == "non_violent_transfer_of_territory" and _withdrawal_under_attack(head):
        return "non_state_actor_overtakes_territory"
    if sub == "disrupted_weapons_use" and head.lemma_.lower() == "shoot":
        return "armed_clash" if _downs_manned_aircraft(head) else sub
    if sub == "attack" and any(is_aircraft(d) for d in doers(_governing_verb(head))):
        # 'the air force carried out a massacre': an attack done from the air is an air strike.
        return "air_drone_strike"
    return sub


def _means_within(outcome: Token, typed: dict[int, str]) -> str | None:
    """'a massacre ... in a barrel bomb attack', 'the attack in which chemical weapons were
    used': the means told inside the word's own phrase decide its type."""
    for tok in outcome.subtree:
        if tok.i != outcome.i and typed.get(tok.i) in MEANS_TYPES:
            return typed[tok.i]
    return None


def _withdrawal_under_attack(verb: Token) -> bool:
    """'withdrew from the farms as they faced a rebel counter-offensive': ground lost in a
    battle, not handed over; a deal named beside it keeps it a handover."""
    words = {t.lemma_.lower() for t in verb.subtree}
    return not words.isdisjoint(COMBAT_NOUNS) and words.isdisjoint(AGREEMENT_NOUNS | DEAL_WORDS)


def _chemical_load(verb: Token) -> bool:
    """'helicopters dropped toxic gas barrels': what was dropped or fired carries a chemical.
    Only the load itself counts, not a clause about it ('the clinic that treated victims of a
    sarin attack')."""
    if verb.pos_ != "VERB":
        return False
    return any(
        w.lower_ in CHEMICAL_MARKS
        for c in verb.children
        if c.dep_ == "dobj"
        for w in _load_words(c)
    )


def _load_words(noun: Token, depth: int = 0) -> list[Token]:
    """The words that tell what a munition is or holds: its modifiers ('toxic gas barrels'),
    'of'/'with' ('barrels of chlorine'), and what it is filled or laced with."""
    words = [noun]
    if depth > 2:
        return words
    for child in noun.children:
        if child.dep_ in {"amod", "compound", "nmod"}:
            words.append(child)
        elif child.dep_ == "prep" and child.lower_ in {"of", "with"}:
            words += [w for g in child.children for w in _load_words(g, depth + 1)]
        elif child.dep_ == "acl" and child.lemma_.lower() in FILLING_VERBS:
            words += [
                w
                for part in child.children
                for g in ([part] if part.dep_ == "dobj" else part.children)
                if g.dep_ in {"dobj", "pobj"}
                for w in _load_words(g, depth + 1)
            ]
    return words


def _people_taken(verb: Token) -> str | None:
    """'seized ten soldiers', 'captured two aid workers': people taken are no ground taken.
    Armed men taken are prisoners of a battle; civilians taken are abducted."""
    if verb.lemma_.lower() not in TAKING_VERBS:
        return None
    taken = _taken(verb)
    if any(t.lemma_.lower() in COMBATANTS | MILITARY_POSTS for t in taken):
        return "armed_clash"
    if any(t.lemma_.lower() in CIVILIANS for t in taken):
        return "abduction_forced_disappearance"
    return None


def _taken(verb: Token) -> list[Token]:
    """What a verb of taking takes: its objects, or, in a relative clause without one, the noun
    the clause describes ('a pilot they captured', 'the officers seized at the airbase')."""
    found = targets(verb)
    if not found and verb.dep_ in {"relcl", "acl"}:
        found = [verb.head]
    return found


def _takes_unnamed_people(verb: Token) -> bool:
    """'capturing many of them', 'the rest have been captured': people, but of what side the
    words do not say, so neither ground taken nor a known kind of event."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in TAKING_VERBS:
        return False
    return any(
        t.lower_ in PERSONAL_PRONOUNS or (t.lower_ in QUANTITY_WORDS and not _counts_something(t))
        for t in targets(verb)
    )


def _counts_something(word: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children)


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
