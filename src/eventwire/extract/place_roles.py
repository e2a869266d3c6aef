"""Whether a place mention names where something happened or is part of a name.

News writes places into the names of actors and sources: "the UK-based Syrian Observatory",
"the US-led coalition", "Turkish-backed rebels", "the Qatar Red Crescent", "Russian jets",
"U.S. air strikes". Such a place says whose or from where, never where the event was.
"""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.model import GeoPrecision

# "<place>-based", "<place>-led", …: the place qualifies an organisation or a force.
AFFILIATION_WORDS = frozenset(
    {
        "based",
        "led",
        "backed",
        "made",
        "run",
        "funded",
        "supported",
        "sponsored",
        "affiliated",
        "allied",
        "trained",
        "armed",
        "owned",
        "registered",
        "headquartered",
    }
)
# Dependencies by which a word modifies a noun: "US (air strikes)", "Qatar (Red Crescent)".
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# Groups whose spans are actors' or sources' names.
NAME_GROUPS = ("ew_actors", "ew_sources")


def names_an_actor_or_source(place: Span) -> bool:
    """True when the place is part of an actor's or a source's name, or qualifies one."""
    return _inside_a_name(place) or _affiliation_follows(place) or _country_modifies_a_noun(place)


def _inside_a_name(place: Span) -> bool:
    """The place lies within an actor's name ('the Damascus government') or a source's
    ('the Qatar Red Crescent said'). A home-country place governed by a preposition inside a
    source span ('shelling in Douma, activists said' run on without a comma) is left alone: the
    span is then more likely too long than the place part of the name."""
    doc = place.doc
    for group in NAME_GROUPS:
        for span in doc.spans.get(group, []):
            if not (span.start <= place.start and place.end <= span.end) or span == place:
                continue
            if group == "ew_sources" and _located_at_home(place):
                continue
            return True
    return False


def _located_at_home(place: Span) -> bool:
    resolved = place._.ew_place.place
    home = place.doc._.country_hint
    at_home = resolved is not None and (home is None or resolved.country_code == home)
    return at_home and place.root.dep_ == "pobj"


def _affiliation_follows(place: Span) -> bool:
    """'UK-based', 'US-led', 'Iran-backed': a hyphen and a participle after the place."""
    doc = place.doc
    after = [t for t in doc[place.end : place.end + 2]]
    if not after:
        return False
    if after[0].text == "-" and len(after) > 1:
        return after[1].lower_ in AFFILIATION_WORDS
    # Tokenisers sometimes keep "-based" as one token.
    return after[0].lower_.lstrip("-") in AFFILIATION_WORDS and after[0].text.startswith("-")


def _country_modifies_a_noun(place: Span) -> bool:
    """A country used as a modifier ('U.S. air strikes', 'Russian jets', 'the Qatar Red
    Crescent') says whose, not where; a town modifying a noun ('Aleppo countryside') does not."""
    resolved = place._.ew_place.place
    if resolved is None or resolved.precision is not GeoPrecision.COUNTRY:
        return False
    root = place.root
    return root.dep_ in MODIFIER_DEPS and root.head.pos_ in {"NOUN", "PROPN"}
