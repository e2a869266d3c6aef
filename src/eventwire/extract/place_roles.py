"""Whether a place mention names where something happened or is part of a name.

News writes places into the names of actors and sources: "the UK-based Syrian Observatory",
"the US-led coalition", "Turkish-backed rebels", "the Qatar Red Crescent", "Russian jets",
"U.S. air strikes". Such a place says whose or from where, never where the event was.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span

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


# Prepositions that name a place as a landmark the event was *by*, not in: "an area outside
# Damascus", "a region near Homs".
LANDMARK_PREPS = frozenset({"near", "outside", "beyond", "around", "nearby"})
# Nouns that, with "of", place something relative to a landmark: "on the outskirts of Damascus",
# "20 km south of Aleppo", "the suburbs of the capital".
LANDMARK_NOUNS = frozenset(
    {"outskirts", "outskirt", "suburb", "suburbs", "edge", "edges", "vicinity", "environs",
     "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
     "northeastern", "northwestern", "southeastern", "southwestern"}
)  # fmt: skip


def is_landmark(place: Span) -> bool:
    """The place is a reference point for where the event was ('outside Damascus', 'on the
    outskirts of the capital Damascus', '20 km south of Aleppo'): the event was near it, so a
    place named as the scene itself ('in Eastern Ghouta') says better where it happened."""
    noun = place.root
    if noun.dep_ == "appos":  # 'the capital Damascus': the title holds the place's role
        noun = noun.head
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in LANDMARK_PREPS:
        return True
    return prep.lower_ == "of" and prep.head.lower_ in LANDMARK_NOUNS


def abroad_without_its_country(place: Span) -> bool:
    """A place in another country than the one the report is about, while its sentence does not
    name that country (or a province of it): in a report about Syria, a town resolved to Yemen
    or Tunisia is almost always a namesake misread, and a foreign country ('crossed into
    Turkey', 'said in Turkey') is where someone went or spoke, not a scene, unless it is put
    as the event word's own place ('air strikes in Iraq'). A report that
    moves abroad says so: 'In Iraq, … on the town of Haditha in Anbar province'."""
    resolved = place._.ew_place.place
    home = place.doc._.country_hint
    if resolved is not None and home is not None and resolved.feature in BEYOND_COUNTRIES:
        # 'the Middle East', FA-KES's 'Americas' (America's): no scene in a country's war
        return _home_established(place.doc, home)
    if resolved is None or home is None or resolved.country_code in (None, home):
        return False
    if not _home_established(place.doc, home):
        return False  # one sentence's vote is no report's country: 'Fighting in Aden as …'
    if resolved.precision is GeoPrecision.COUNTRY:
        return not _where_a_trigger_happened(place)
    for other in place.doc.spans.get("ew_places", []):
        found = other._.ew_place.place
        if (
            other.sent.start == place.sent.start
            and other != place
            and found is not None
            and found.country_code == resolved.country_code
            and found.precision in (GeoPrecision.COUNTRY, GeoPrecision.GOVERNORATE)
        ):
            return False
    return True


# Features of places larger than any country: continents and world regions.
BEYOND_COUNTRIES = frozenset({"continent"})
HOME_SENTENCES = 2  # a report is about a country when places of it are named in this many sentences


def country_established(sentences: Collection[int], names: Collection[str] = ()) -> bool:
    """Whether a report is about a country: places of it named in several sentences, or
    several places of it named (the places component knows the names; assembly counts
    sentences only)."""
    return len(sentences) >= HOME_SENTENCES or len(names) >= HOME_SENTENCES


def _home_established(doc: Doc, home: str) -> bool:
    """Whether the report names places of its country in several sentences (cached per Doc)."""
    key = f"ew_home_sentences:{home}"
    if key not in doc.user_data:
        sentences = {
            span.sent.start
            for span in doc.spans.get("ew_places", [])
            if span._.ew_place.place is not None and span._.ew_place.place.country_code == home
        }
        doc.user_data[key] = country_established(sentences)
    established: bool = doc.user_data[key]
    return established


def _where_a_trigger_happened(place: Span) -> bool:
    """'air strikes in northern Syria': the country is put as the event word's own scene."""
    root = place.root
    if root.dep_ != "pobj" or root.head.lower_ != "in":
        return False
    event_word = root.head.head.i
    return any(t.start <= event_word < t.end for t in place.doc.spans.get("ew_triggers", []))
