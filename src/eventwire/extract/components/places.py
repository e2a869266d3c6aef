"""Places: toponyms found by matching gazetteer names in the text, resolved in document context.

Names are found by the gazetteer, not by the small model's NER, which calls "Aleppo" NORP,
PERSON or WORK_OF_ART as often as GPE. Entity labels are evidence only: a name inside a
longer PERSON ("Bashar al-Assad") is no place, a name that only modifies an organisation or
title ("Aleppo Media Centre") is no scene of events but still says which country the report
is about.

Matching looks up every capitalised n-gram under `names.key` (and, for Arabic place names,
the transliteration skeleton) in the gazetteer's own index. A `PhraseMatcher` would need
each of ~140,000 names and their variants tokenised as a pattern (seconds at start-up, and
still blind to "Qatirji" or FA-KES's apostrophe-less "Aleppos"); the index lookup is a few
thousand dictionary probes per report and shares the gazetteer's normalisation exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import registry

from eventwire.extract import extensions
from eventwire.extract.mentions import PlaceMention
from eventwire.extract.place_roles import country_established
from eventwire.geo import Gazetteer, Mention, default_gazetteer
from eventwire.geo.gazetteer import ARABIC_NAMES
from eventwire.geo.names import ARTICLES, key, possessive_base
from eventwire.geo.sources import DEFAULT_FOCUS
from eventwire.geo.stopnames import stop_names
from eventwire.model import GeoPrecision, Place

GROUP = "ew_places"
MAX_TOKENS = 8

# Words after a name that say what kind of place it is ("Aleppo province", "M10 hospital").
AFTER: dict[str, str | None] = {
    "province": "governorate",
    "provinces": "governorate",  # "in Aleppo and Idlib provinces"
    "governorate": "governorate",
    "countryside": "governorate",
    "city": "settlement",
    "town": "settlement",
    "village": "settlement",
    "camp": "settlement",
    "neighbourhood": "neighbourhood",
    "neighborhood": "neighbourhood",
    "quarter": "neighbourhood",
    "district": None,
    "area": None,
    "suburb": None,
    "region": None,
    "hospital": "facility",
    "airbase": "facility",
    "airport": "facility",
    "base": "facility",
}
# "the province of Idlib", "rural Damascus": the same, before the name.
BEFORE: dict[str, str] = {
    "province": "governorate",
    "governorate": "governorate",
    "countryside": "governorate",
    "city": "settlement",
    "town": "settlement",
    "village": "settlement",
    "neighbourhood": "neighbourhood",
    "neighborhood": "neighbourhood",
}
RURAL = frozenset({"rural", "reef"})
# 'its Countryside', 'their Province': a descriptor word referring back to a place named before.
POSSESSIVE_DETS = frozenset({"its", "their"})
# Words after a city that mean the land around it, not the city itself.
HINTERLAND = frozenset({"countryside", "region"})
DIRECTIONS = frozenset(
    {
        "eastern",
        "western",
        "northern",
        "southern",
        "central",
        "north",
        "south",
        "east",
        "west",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
    }
)
# Lower-case words a multi-word name may end with ("Omar Bin Abdulaziz hospital").
NAME_TAILS = frozenset(
    {"hospital", "airbase", "airport", "camp", "crossing", "base", "countryside"}
)
# Nouns of sites named after people or sayings ('the Khulafa al-Rashideen mosque').
SITE_NOUNS = frozenset(
    {"mosque", "church", "school", "shrine", "square", "street", "roundabout", "bridge", "market"}
)
# NER label that, with a non-place capitalised word beside the name, makes it a personal name.
PERSON_LABELS = frozenset({"PERSON"})
# Words that make a place name before them part of an organisation's name.
ORG_HEADS = frozenset(
    {
        "media",
        "centre",
        "center",
        "council",
        "committee",
        "committees",
        "university",
        "coordination",
        "observatory",
        "agency",
        "news",
        "network",
        "front",
        "brigade",
        "brigades",
        "office",
        "club",
        "police",
        "airways",
        "airlines",
        "times",
        "post",
        "today",
        "radio",
        "tv",
        "fm",
        "channel",
        "daily",
        "herald",
        "tribune",
        "journal",
        "press",
        "bank",
        "chamber",
        "governor",
    }
)
# Dependency roles in which a capital stands for its government ("Damascus denied …").
METONYMIC_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
# Nouns a capital modifies when it stands for the state: "its Damascus ally", "the Damascus
# regime", "despite Damascus promises of a truce".
STATE_NOUNS = frozenset(
    {
        "ally",
        "allies",
        "regime",
        "government",
        "authorities",
        "promise",
        "promises",
        "delegation",
        "envoy",
        "officials",
        "leadership",
        "backers",
        "talks",
        "negotiators",
    }
)
# Prepositions that put the name after them on the map ("air raids on Jisr al-Shigour",
# "the outskirts of Tal Hamis"): the small model's PERSON label is then no reason to drop it.
LOCATIVE_PREPS = frozenset(
    {"in", "on", "at", "near", "outside", "around", "into", "of", "towards", "toward", "from"}
)
# Verbs of taking or hitting a place: their object is a place even when the small model calls
# it a PERSON ("troops freed Palmyra", "jets bombed Palmyra"); people are rarely bombed by name.
SEIZE_OR_STRIKE = frozenset(
    {
        "capture",
        "recapture",
        "retake",
        "seize",
        "liberate",
        "free",
        "storm",
        "overrun",
        "besiege",
        "bomb",
        "bombard",
        "shell",
        "raid",
        "pound",
    }
)
# Minor places a person's name often is ('Omran', 'Salama'): rejected when NER says PERSON.
MINOR = frozenset({"village", "town"})
MAJOR = frozenset({"continent", "country", "governorate", "city"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Generic heads of longer proper names that GeoNames also has as towns ('Airport', Hawaii;
# 'College', Alaska; 'Plantation', Florida). Right after another capitalised word they end
# that name ("Dulles International Airport", "City Hall", "Grants Town", "Islamic Republic"):
# the name is not in the gazetteer, and its last word is no town.
GENERIC_HEADS = frozenset(
    {
        "airport",
        "hall",
        "town",
        "city",
        "college",
        "area",
        "canal",
        "plantation",
        "republic",
        "summit",
        "square",
        "park",
        "centre",
        "center",
        "university",
        "academy",
        "school",
        "station",
        "harbor",
        "harbour",
        "court",
        "beach",
        "village",
    }
)


# Common nouns that open Arabic compound place names in the construct state: 'Khan al-Sheeh'
# (the caravanserai of), 'Wadi Barada' (the valley of), 'Bab Sharqi', 'Tall Tawil', 'Kafr Nabl'.
# GeoNames files a few of them alone as towns ('Khan', 'Bab', 'Tall', 'Burj'), so when the
# whole name is unknown the head alone would place the event in the wrong province.
ARABIC_NAME_HEADS = frozenset(
    {
        "abu",
        "ain",
        "ayn",
        "ein",
        "bab",
        "bani",
        "beni",
        "beit",
        "bayt",
        "bir",
        "burj",
        "borj",
        "bustan",
        "dahiyat",
        "deir",
        "dayr",
        "dair",
        "harat",
        "haret",
        "hammam",
        "hay",
        "hayy",
        "jabal",
        "jebel",
        "jisr",
        "jubb",
        "kafr",
        "kfar",
        "kafar",
        "karm",
        "khan",
        "khirbet",
        "khirbat",
        "maarat",
        "maaret",
        "marj",
        "mazraat",
        "nabi",
        "nebi",
        "nahr",
        "qalaat",
        "qasr",
        "ras",
        "sahl",
        "sheikh",
        "souq",
        "suq",
        "tal",
        "tall",
        "tel",
        "tell",
        "umm",
        "um",
        "wadi",
    }
)

# Common nouns written before a city's name as its title ("the Syrian Capital Damascus") that
# GeoNames also has as a place ('Capital', a governorate of Kuwait).
PLACE_TITLES = frozenset({"capital"})


def gazetteer_v1() -> Gazetteer:
    """The process-wide default gazetteer (loaded once; see `geo.default_gazetteer`)."""
    return default_gazetteer()


registry.misc.register("eventwire.gazetteer.v1", func=gazetteer_v1)


@Language.factory(
    "eventwire_places",
    requires=["doc.ents", "token.is_sent_start", "token.pos"],
    assigns=["doc.spans", "span._.ew_place", "doc._.country_hint"],
    default_config={"gazetteer": {"@misc": "eventwire.gazetteer.v1"}, "country": None},
)
def make_places(nlp: Language, name: str, gazetteer: Gazetteer, country: str | None) -> PlaceFinder:
    extensions.register()
    return PlaceFinder(gazetteer, country=country)


@dataclass(frozen=True, slots=True)
class Found:
    """A name in the text: the span to write (with direction and descriptor words) and the name."""

    start: int
    end: int
    name: str
    prefer: str | None
    label: str | None
    weak: bool  # names an organisation or title, not a place of events
    within: str | None = None  # admin1 code of the state named right after ("Columbia, Ky.")
    unknown: bool = False  # a name the gazetteer lacks, found because the text locates it


class PlaceFinder:
    def __init__(self, gazetteer: Gazetteer, *, country: str | None = None) -> None:
        self.gaz = gazetteer
        self.country = country
        self.stop = stop_names()
        self.max_tokens = min(MAX_TOKENS, 2 * gazetteer.max_words)
        # Per-document memos of `find` (reset for each document): the scan asks for the
        # longest name at some tokens more than once (as a name, as the place closing an
        # unknown one), and Doc.ents builds every entity's Span on each access.
        self._doc: Doc | None = None
        self._matches: dict[int, tuple[int, str] | None] = {}
        self._ents: tuple[Span, ...] = ()
        self._headlines: dict[int, bool] = {}
        self._countries: dict[str, Place | None] = {}

    def __call__(self, doc: Doc) -> Doc:
        try:
            return self._annotate(doc)
        finally:
            self._end_document()  # the memos must not keep the Doc alive between documents

    def _annotate(self, doc: Doc) -> Doc:
        found = self.find(doc)
        mentions = [
            Mention(f.name, prefer=f.prefer, weight=self._vote_weight(doc, f), within=f.within)
            for f in found
        ]
        prior = doc._.country_hint or self.country
        resolved, about = self.gaz.resolve(mentions, country=prior)
        anchored = self._anchored(doc, found, resolved)
        if anchored != resolved:
            resolved, about = anchored, vote_places(found, anchored) or about
        kept = [
            (f, place, n)
            for f, (place, n) in zip(found, resolved, strict=True)
            if not f.weak and _keep(doc, f, place, self.gaz, about)
        ]
        # the report's country counts against guesses abroad only where it is established by
        # places kept in it: named in several sentences, or several of them (a country voted
        # by names later dropped as words or persons may be wrong, and one sentence naming
        # Aleppo and Tal Afar is no Syrian report)
        home_kept = [(f, p) for f, p, _ in kept if p is not None and p.country_code == about]
        sentences = {doc[f.start].sent.start for f, _ in home_kept}
        names = {p.name for _, p in home_kept}
        home = about if country_established(sentences, names) else None
        spans = []
        for f, place, n in kept:
            if (
                place is not None
                and home is not None
                and _spelt_like_abroad(f, place, self.gaz, home)
            ):
                # a spelling of a place of the report's own country ('Kasab' ~ Kassab); else,
                # where the text calls it a place ('the village of Hass', 'the al-Jafra area'),
                # only that country; and no place where it does not ('Britons' ~ Brîtel)
                at_home = self.gaz.variant_in(f.name, home)
                if at_home is None and not _called_a_place(doc, f):
                    continue
                if at_home is not None:
                    place = self.gaz.place(at_home, text=f.name)
                else:
                    country = self._country_place(home)
                    place = None if country is None else placed_in_country(f.name, country)
            span = Span(doc, f.start, f.end, label="PLACE")
            span._.ew_place = PlaceMention(place=place, candidates=n, label=f.label)
            spans.append(span)
        doc.spans[GROUP] = spans
        doc._.country_hint = about
        return doc

    def _country_place(self, code: str) -> Place | None:
        """The country with that ISO code, looked up once (a scan of the gazetteer)."""
        if code not in self._countries:
            entry = next(
                (e for e in self.gaz.entries if e.feature == "country" and e.country_code == code),
                None,
            )
            self._countries[code] = None if entry is None else self.gaz.place(entry)
        return self._countries[code]

    def _vote_weight(self, doc: Doc, f: Found) -> float:
        """How much a name counts towards the country the report is about. A country that only
        qualifies a force, a body or a person ('US-led strikes', 'U.S. officials said', 'the UK-
        based monitor') says whose, not where: named five times in a report about Syria it must
        not outvote the Syrian towns, or their English namesakes ('Palmyra', Pennsylvania) win."""
        if f.weak:
            return 0.5
        if _qualifies_a_noun(doc, f) and self._names_a_country(f.name):
            return QUALIFIER_WEIGHT
        return 1.0

    def _names_a_country(self, name: str) -> bool:
        return any(c.entry.feature == "country" for c in self.gaz.candidates(name))

    def _anchored(
        self, doc: Doc, found: list[Found], resolved: list[tuple[Place | None, int]]
    ) -> list[tuple[Place | None, int]]:
        """Read a town or neighbourhood the text puts inside or beside a place of another
        country ('the village of al-Bureij northeast of Aleppo', 'the neighbourhood of X in
        Aleppo') in the anchor's country: a namesake there if the gazetteer has one, else the
        name at its anchor, never the namesake abroad (al-Bureij in Gaza)."""
        at = {
            f.start: place
            for f, (place, _n) in zip(found, resolved, strict=True)
            if not f.weak and place is not None and place.country_code
        }
        out = list(resolved)
        for i, (f, (place, n)) in enumerate(zip(found, resolved, strict=True)):
            anchors = [at[j] for j in listed_anchor_starts(doc, f.end) if j in at]
            if not anchors or f.weak:
                continue
            if place is None and f.unknown:
                out[i] = (placed_at_anchor(f.name, f.prefer, anchors[0]), n)
            elif place is None or place.precision in AREA_PRECISIONS:
                continue  # a country or province is no part of another ('Iran in Syria')
            elif anchors[0].country_code != place.country_code:
                out[i] = (self._inside(f, anchors[0]), n)
            elif _other_governorate(place, anchors[0]):
                # 'Shaer in Homs province': the namesake in the governorate the text names,
                # not the Aleppo quarter of that name; kept as it was when there is none
                out[i] = (self._namesake_in(f, anchors[0]) or place, n)
        return _same_name_same_place(found, resolved, out)

    def _namesake_in(self, f: Found, anchor: Place) -> Place | None:
        """The most populous place named `f.name` in the anchor's governorate, if any."""
        home = [
            c.entry
            for c in self.gaz.candidates(f.name)
            if c.entry.country_code == anchor.country_code
            and self.gaz.admin1_of(c.entry) == anchor.admin1
        ]
        if not home:
            return None
        return self.gaz.place(max(home, key=lambda e: e.population), text=f.name)

    def _inside(self, f: Found, anchor: Place) -> Place:
        """The place named `f.name` in the anchor's country (and governorate, if it has one)."""
        home = [
            c.entry
            for c in self.gaz.candidates(f.name)
            if c.entry.country_code == anchor.country_code
            and (anchor.admin1 is None or self.gaz.admin1_of(c.entry) == anchor.admin1)
        ]
        if home:
            best = max(home, key=lambda e: e.population)
            return self.gaz.place(best, text=f.name)
        return placed_at_anchor(f.name, f.prefer, anchor)

    def _start_document(self, doc: Doc) -> None:
        """Reset the per-document memos for `doc`."""
        self._doc = doc
        self._matches = {}
        self._ents = tuple(doc.ents)
        self._headlines = {}

    def _end_document(self) -> None:
        self._doc = None
        self._matches = {}
        self._ents = ()
        self._headlines = {}

    def _memos_for(self, doc: Doc) -> None:
        if self._doc is not doc:
            self._start_document(doc)

    def _headline_at(self, doc: Doc, i: int) -> bool:
        """`_headline` of token i's sentence, worked out once per sentence."""
        self._memos_for(doc)
        sent = doc[i].sent
        if sent.start not in self._headlines:
            self._headlines[sent.start] = _headline(sent)
        return self._headlines[sent.start]

    def find(self, doc: Doc) -> list[Found]:
        self._start_document(doc)
        found: list[Found] = []
        i = 0
        passed = -1  # the last token the scan stepped over without a name
        while i < len(doc):
            can_start = _can_start(doc, i)
            match = self._match_at(doc, i) if can_start else None
            within = None
            if match is None and can_start:
                match, within = self._small_town_at(doc, i)
            if match is None:
                unknown_end = self._located_unknown_at(doc, i)
                if unknown_end is not None:
                    name = doc[i:unknown_end].text
                    found.append(Found(i, unknown_end, name, None, None, False, unknown=True))
                else:
                    passed = i
                i = unknown_end or i + 1
                continue
            end, name = match
            if passed == i - 1 and _unknown_head_before(doc, i):
                # 'Deir al-Wusta': a name head the gazetteer lacks alone, then a name it has
                # ('al-Wusta', a province of Oman): the tail of one unknown name, not a place
                tail_end = self._unknown_longer_name(doc, i - 1, i) or end
                if listed_anchor_starts(doc, tail_end):
                    name = doc[i - 1 : tail_end].text
                    found.append(Found(i - 1, tail_end, name, None, None, False, unknown=True))
                i = tail_end
                continue
            if passed == i - 1 and self._inside_site_name(doc, i, end):
                i = end  # 'the Khulafa al-Rashideen mosque': a mosque's name, not the quarter
                continue
            if end - i == 1 and doc[i].lower_ in PLACE_TITLES and self._major_at(doc, end):
                i = end  # 'the Syrian Capital Damascus': a title of the city after it
                continue
            if end - i == 1 and doc[i].lower_ in AFTER and _after_possessive_det(doc, i):
                # 'Damascus and its Countryside': the land around the place named before,
                # not the town 'Countryside' (Virginia)
                around = self._land_around(doc, found, i)
                if around is not None:
                    found.append(around)
                i = end
                continue
            rest = self._unknown_longer_name(doc, i, end)
            if rest is not None:
                # 'Khan al-Sheeh': a place we do not know, not the town 'Khan'; kept only
                # where the text says where it lies ('Deir al-Adas in Daraa countryside')
                if listed_anchor_starts(doc, rest):
                    found.append(Found(i, rest, doc[i:rest].text, None, None, False, unknown=True))
                i = rest
                continue
            item = self._describe(doc, i, end, name)
            if item is not None:
                within = within or self._state_after(doc, end, name)
                found.append(item if within is None else replace(item, within=within))
            i = end
        return found

    def _inside_site_name(self, doc: Doc, start: int, end: int) -> bool:
        """Is the 'al-X' name at [start, end) the tail of a longer name of a site, after a
        proper name word the gazetteer lacks and before a site noun ('the Khulafa al-Rashideen
        mosque')? Mosques, schools and squares are named after people and sayings, whose last
        word is often also a quarter's name."""
        if start == 0 or end >= len(doc) or doc[start].lower_ not in ARTICLES:
            return False
        head = doc[start - 1]
        return (
            doc[end].lower_ in SITE_NOUNS
            and head.pos_ == "PROPN"
            and _capitalised_word(head)
            and key(head.text) not in self.stop
            and not self.gaz.knows(key(head.text))
        )

    def _land_around(self, doc: Doc, found: list[Found], i: int) -> Found | None:
        """'Damascus and its Countryside' → Rural Damascus, where the word at i is a
        hinterland word and the gazetteer has the rural province of the place before."""
        if doc[i].lower_ not in HINTERLAND or not found or found[-1].end < i - 3:
            return None
        rural = f"Rural {found[-1].name}"
        if not self.gaz.knows(key(rural)):
            return None
        return Found(i - 1, i + 1, rural, None, None, False)

    def _located_unknown_at(self, doc: Doc, i: int) -> int | None:
        """The end of a proper name the gazetteer lacks that the text puts in a place:
        'shelled Ibtaa in Daraa countryside', 'east of Jisreen near Damascus'. Only after a
        place preposition and before an anchor, so a person's or body's name is not taken."""
        tok = doc[i]
        if not _capitalised_word(tok) or i == 0 or doc[i - 1].lower_ not in LOCATIVE_PREPS:
            return None
        if tok.pos_ != "PROPN" or tok.ent_type_ in NOT_PLACE_LABELS or key(tok.text) in self.stop:
            return None
        if tok.lower_ in CALENDAR_WORDS:
            return None  # 'in March in Aleppo'

        end = i + 1
        while (step := _joined_part(doc, end, plain=True)) is not None and not self._major_at(
            doc, end
        ):
            end += step
        return end if listed_anchor_starts(doc, end) else None

    def _unknown_longer_name(self, doc: Doc, start: int, end: int) -> int | None:
        """Where the matched name [start, end) is only the first part of a longer name the
        gazetteer does not know, the end of that longer name; else None.

        An article or hyphen joined to a name after it ('Khan al-Sheeh', 'Khan-Arnab')
        continues the name unless what follows is a place of its own ('Homs al-Waer',
        'Aleppo-Damascus'). After an Arabic name head ('Tall Tawil', 'Bab al-Salama') any
        capitalised word continues it, whatever it names."""
        head = end - start == 1 and key(doc[start].text) in ARABIC_NAME_HEADS
        step = _joined_part(doc, end, plain=head)
        if step == 1 and self._headline_at(doc, start) and doc[end].pos_ != "PROPN":
            step = None  # 'Tall Shelled Again': Title Case capitalises the verb too
        if step is None:
            return None
        if not head and (
            # a country, province or city seldom opens another name ('the Canada-EU deal')
            self._major_at(doc, start)
            or self._match_at(doc, end if doc[end].text != "-" else end + 1)
        ):
            return None
        rest = end + step
        while head and (more := _joined_part(doc, rest, plain=True)) is not None:
            if self._major_at(doc, rest):
                break  # 'Khan Arnab Quneitra': the province after the unknown town
            rest += more
        return rest

    def _major_at(self, doc: Doc, i: int) -> bool:
        """Does a country, province or city name start at token i?"""
        match = self._match_at(doc, i) if _can_start(doc, i) else None
        return match is not None and any(
            c.entry.feature in MAJOR for c in self.gaz.candidates(match[1])
        )

    def _state_after(self, doc: Doc, end: int, name: str) -> str | None:
        """The admin1 code of a state or province written right after the name, when it has
        a town of that name: "EDMONTON, Ky.", "Hinton, Iowa" (datelines and US usage)."""
        if end + 1 >= len(doc) or doc[end].text != "," or not _can_start(doc, end + 1):
            return None
        state = self._match_at(doc, end + 1)
        if state is None:
            return None
        for code in self.gaz.state_codes(state[1]):
            if self.gaz.town_in(name, code) is not None:
                return code
        return None

    def _small_town_at(self, doc: Doc, i: int) -> tuple[tuple[int, str] | None, str | None]:
        """A name the gazetteer knows only as a small town of the state after it ('Hinton,
        Iowa'): up to three capitalised words, a comma, a state."""
        for end in range(i + 1, min(i + 4, len(doc))):
            if not doc[end - 1].is_alpha or not doc[end - 1].text[:1].isupper():
                return None, None
            if end < len(doc) and doc[end].text == ",":
                name = doc[i:end].text
                code = self._state_after(doc, end, name)
                return ((end, name), code) if code is not None else (None, None)
        return None, None

    def _other_name(self, tok: Token) -> bool:
        """A capitalised word that is not a place name: part of a person's or body's name."""
        if not tok.is_title or not tok.is_alpha or tok.ent_type_ in {"DATE", "TIME"}:
            return False
        if tok.lower_ in AFTER:
            return False
        k = key(tok.text)
        if k in self.stop:
            return True
        if self.gaz.knows(k):
            return False
        # "central Syrias Hama province": a place's possessive (apostrophe stripped) before a
        # name is no first name, even when the model runs the two into one PERSON.
        base = possessive_base(tok.text)
        return base is None or key(base) in self.stop or not self._possessive_ok(base)

    def _speaks_for_state(self, span: Span) -> bool:
        """'Damascus promised a truce', 'Moscow's veto': a capital acting, not a place."""
        if not self.gaz.is_capital(key(span.text)):
            return False
        root = span.root
        if root.dep_ in METONYMIC_DEPS:
            return True
        return root.dep_ in {"compound", "amod", "nmod"} and root.head.lower_ in STATE_NOUNS

    def _match_at(self, doc: Doc, i: int) -> tuple[int, str] | None:
        """The longest gazetteer name starting at token i: (end, name as written)."""
        self._memos_for(doc)
        if i not in self._matches:
            self._matches[i] = self._longest_name_at(doc, i)
        return self._matches[i]

    def _longest_name_at(self, doc: Doc, i: int) -> tuple[int, str] | None:
        # The tokens a name at i may span, fetched once (each doc[j] builds a Token).
        toks = [doc[i]]
        stop = min(len(doc), i + self.max_tokens)
        while i + len(toks) < stop and _joins(tok := doc[i + len(toks)]):
            toks.append(tok)
        for n in range(len(toks), 0, -1):
            if not _can_end(toks[n - 1], single=n == 1):
                continue
            end = i + n
            text = _span_text(toks[:n])
            k = key(text)
            if k in self.stop:
                continue
            if self.gaz.knows(k) and self.gaz.candidates(text):
                return end, text
            base = possessive_base(text)
            if base and key(base) not in self.stop and self._possessive_ok(base):
                return end, base
        return None

    def _possessive_ok(self, base: str) -> bool:
        """May 'Aleppos' be read as "Aleppo's" (FA-KES strips apostrophes)? Only when the base is
        a major place or an Arab town (the press that drops apostrophes): 'News' is no 'New's',
        'Liberals' no 'Liberal's'."""
        if not self.gaz.knows(key(base)):
            return False
        return any(
            c.entry.feature in MAJOR or c.entry.country_code in ARABIC_NAMES
            for c in self.gaz.candidates(base)
        )

    def _describe(self, doc: Doc, start: int, end: int, name: str) -> Found | None:
        """Widen the name by its descriptor words and weigh the NER evidence around it."""
        first = doc[start]
        if end - start == 1 and first.is_sent_start and first.is_stop:
            return None  # "As", "Of" opening a sentence
        if end - start == 1 and _ends_longer_name(doc, start):
            return None
        prefer, span_start, span_end = None, start, end
        if end < len(doc) and doc[end].lower_ in AFTER:
            prefer, span_end = AFTER[doc[end].lower_], end + 1
            if doc[end].lower_ in HINTERLAND and self.gaz.knows(key(f"Rural {name}")):
                # 'Damascus countryside', 'the Damascus region': the city is a governorate of
                # its own, and the land around it is another ('Rural Damascus')
                name, prefer = f"Rural {name}", None
        elif start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in BEFORE:
            prefer, span_start = BEFORE[doc[start - 2].lower_], start - 2
        if span_start >= 1 and doc[span_start - 1].lower_ in RURAL | DIRECTIONS:
            span_start -= 1
            if doc[span_start].lower_ in RURAL:
                prefer = "governorate"
                rural = f"Rural {name}"  # "rural Damascus" is a governorate of its own
                if self.gaz.knows(key(rural)):
                    name, prefer = rural, None
        self._memos_for(doc)
        ent = _entity_over(self._ents, start, end)
        label = ent.label_ if ent is not None else None
        # A capitalised non-place word right beside the name makes it part of another name:
        # "Omran Daqneesh" (a person: no place), "Aleppo Media Centre" (a body: weak evidence).
        before = doc[span_start - 1] if span_start > 0 else None
        after = doc[span_end] if span_end < len(doc) else None
        in_ent = [
            t
            for t in (before, after)
            if t is not None and ent is not None and ent.start <= t.i < ent.end
        ]
        if self._headline_at(doc, start):
            # Title Case capitalises every word, so only a word known to be no place (a
            # well-known surname: 'Vladimir Putin') still makes the name a person's.
            if label in PERSON_LABELS and any(key(t.text) in self.stop for t in in_ent):
                return None
            return Found(span_start, span_end, name, prefer, label, weak=False)
        if label in PERSON_LABELS and any(self._other_name(t) for t in in_ent):
            return None
        # ('Al Mayadeen TV': an upper-case head ends a body's name as well)
        weak = (
            after is not None and after.lower_ in ORG_HEADS and (after.is_title or after.is_upper)
        )
        weak = weak or self._speaks_for_state(doc[start:end])
        return Found(span_start, span_end, name, prefer, label, weak)


# Words between a place and the place it lies in or by: 'X in Aleppo', 'X northeast of Aleppo',
# 'X west and south of Aleppo', 'X near the city of Homs'.
ANCHOR_PREPS = frozenset({"in", "near", "outside", "of"})
ANCHOR_FILLERS = DIRECTIONS | {"and", "the", "a", "an", "city", "town", "village", "province"}
# Entity labels that make a capitalised word after a preposition no unknown place (not PERSON:
# the small model calls Arabic village names so, and the anchor after it says it is a place).
# DATE neither: it calls unknown names so ('in Jisreen'); the calendar's own words are checked.
NOT_PLACE_LABELS = frozenset({"ORG", "NORP", "CARDINAL", "ORDINAL"})
CALENDAR_WORDS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday", "ramadan", "eid"}
)  # fmt: skip
ANCHOR_MAX_WORDS = 7
# Precision of a place not in the gazetteer, by what the text calls it.
ANCHORED_PRECISION = {
    "neighbourhood": GeoPrecision.NEIGHBOURHOOD,
    "facility": GeoPrecision.NEIGHBOURHOOD,
    "settlement": GeoPrecision.TOWN,
}


def anchor_starts(doc: Doc, end: int) -> list[int]:
    """Where the place that a name ending at `end` is put in or by may begin ('in Aleppo',
    'northeast of Aleppo', 'in the city of Homs': at 'Homs' or at the descriptor 'city');
    none when no such words follow the name."""
    starts, i, prep = [], end, False
    while i < len(doc) and i - end <= ANCHOR_MAX_WORDS and not doc[i].is_sent_start:
        if prep and doc[i - 1].lower_ in ANCHOR_PREPS | {"the"}:
            starts.append(i)
        word = doc[i].lower_
        if word not in ANCHOR_PREPS | ANCHOR_FILLERS:
            break
        prep = prep or word in ANCHOR_PREPS
        i += 1
    return starts


# Words between the names of a list ('Khan Tuman and Zarbah in Aleppo countryside').
LIST_JOINS = frozenset({",", "and"})
LIST_MAX_NAMES = 4


def listed_anchor_starts(doc: Doc, end: int) -> list[int]:
    """`anchor_starts` of a name, or of the list it opens: in 'Khan Tuman and Zarbah west of
    Aleppo' the words that place Zarbah place Khan Tuman too. Each further list item is a run
    of capitalised words or hyphened name parts after 'and' or a comma."""
    starts = anchor_starts(doc, end)
    names = 0
    while not starts and names < LIST_MAX_NAMES and end < len(doc):
        if doc[end].lower_ not in LIST_JOINS:
            return []
        i = end + 1
        if i < len(doc) and doc[i].lower_ == "and":
            i += 1  # 'X, Y, and Z'
        name_end = i
        while (step := _list_name_part(doc, name_end)) is not None:
            name_end += step
        if name_end == i:
            return []  # no name after the joining word: no list of places
        end, names = name_end, names + 1
        starts = anchor_starts(doc, end)
    return starts


def _after_possessive_det(doc: Doc, i: int) -> bool:
    return i > 0 and doc[i - 1].lower_ in POSSESSIVE_DETS


def _list_name_part(doc: Doc, i: int) -> int | None:
    """`_joined_part` for a name in a list, where a capitalised word the small model calls a
    DATE ('Jisreen') is still a name unless the calendar has it."""
    step = _joined_part(doc, i, plain=False)
    if step is not None or i >= len(doc) or doc[i].is_sent_start:
        return step
    tok = doc[i]
    plain_word = tok.lower_ not in AFTER and tok.lower_ not in CALENDAR_WORDS
    return 1 if _capitalised_word(tok) and plain_word else None


def _unknown_head_before(doc: Doc, i: int) -> bool:
    """Is token i - 1 an Arabic name head ('Deir', 'Kafr', 'Tal') written as the first word of
    a name, closed up to the name at i?"""
    head = doc[i - 1]
    return (
        key(head.text) in ARABIC_NAME_HEADS
        and head.is_title
        and head.is_alpha
        and bool(head.whitespace_)
        and not doc[i].is_sent_start
    )


AREA_PRECISIONS = frozenset({GeoPrecision.COUNTRY, GeoPrecision.GOVERNORATE})


def _same_name_same_place(
    found: list[Found],
    before: list[tuple[Place | None, int]],
    after: list[tuple[Place | None, int]],
) -> list[tuple[Place | None, int]]:
    """A report puts a place once ('Shaer in Homs province') and then names it bare ('another
    attack on Shaer'): the bare mentions mean the place the text put, not the namesake."""
    moved = {
        key(f.name): new
        for f, (old, _n), (new, _m) in zip(found, before, after, strict=True)
        if new is not None and new != old
    }
    if not moved:
        return after
    return [
        (moved[key(f.name)], n) if key(f.name) in moved and place is not None else (place, n)
        for f, (place, n) in zip(found, after, strict=True)
    ]


def _other_governorate(place: Place, anchor: Place) -> bool:
    """Is a place resolved in another governorate of the country than the one it is put in?"""
    return (
        anchor.admin1 is not None
        and place.admin1 is not None
        and place.admin1 != anchor.admin1
        and place.precision not in AREA_PRECISIONS
    )


# The share of the country vote of a country that only qualifies a noun ('US-led', 'U.S. jets').
QUALIFIER_WEIGHT = 0.25
# Participles that, hyphened to a place, make it qualify a force or body ('US-led', 'UK-based').
AFFILIATION_PARTICIPLES = frozenset(
    {"led", "based", "backed", "funded", "supported", "sponsored", "allied", "trained", "run"}
)
# Dependencies by which a name modifies the noun after it ('U.S. officials', 'US military').
QUALIFIER_DEPS = frozenset({"compound", "nmod", "amod"})


def _qualifies_a_noun(doc: Doc, f: Found) -> bool:
    """Does the name only qualify a noun: hyphened to a participle of affiliation ('US-led',
    'UK-based'), or a modifier of a noun that is no descriptor of places ('U.S. officials',
    not 'Aleppo countryside')?"""
    if f.end + 1 < len(doc) and doc[f.end].text == "-":
        return doc[f.end + 1].lower_ in AFFILIATION_PARTICIPLES
    root = doc[f.start : f.end].root
    head = root.head
    return (
        root.dep_ in QUALIFIER_DEPS
        and head.i >= f.end
        and head.pos_ in {"NOUN", "PROPN"}
        and head.lower_ not in AFTER
    )


def vote_places(found: list[Found], resolved: list[tuple[Place | None, int]]) -> str | None:
    """The country most of the document's places are in, once more after anchoring moved some
    (as `geo.resolve.vote_country`: a town counts twice a country, a repeated town once)."""
    votes: dict[str, float] = {}
    seen: set[str] = set()
    for f, (place, _n) in zip(found, resolved, strict=True):
        if place is None or not place.country_code or f.weak:
            continue
        town = place.precision is not GeoPrecision.COUNTRY
        if town and key(f.name) in seen:
            continue
        seen.add(key(f.name))
        votes[place.country_code] = votes.get(place.country_code, 0.0) + (2.0 if town else 1.0)
    return max(votes, key=lambda cc: votes[cc]) if votes else None


def placed_at_anchor(name: str, prefer: str | None, anchor: Place) -> Place:
    """A place the gazetteer lacks, put at the place the text says it is in or by: its
    country and governorate are the anchor's, its point the anchor's (a town's neighbourhood
    or a village north of a city lies within a few kilometres of it)."""
    return Place(
        name=name,
        lat=anchor.lat,
        lon=anchor.lon,
        country_code=anchor.country_code,
        admin1=anchor.admin1,
        precision=ANCHORED_PRECISION.get(prefer or "", GeoPrecision.TOWN),
        feature={"settlement": "town"}.get(prefer or "", prefer or "place"),
        text=name,
        source=f"eventwire: not in the gazetteer; placed at {anchor.name}, where the text puts it",
    )


def placed_in_country(name: str, country: Place) -> Place:
    """A place the text names but the gazetteer lacks, known only to lie in the report's
    country: its point is the country's, its precision the country's, so it neither claims a
    governorate nor stands apart from the towns of that country named beside it."""
    return Place(
        name=name,
        lat=country.lat,
        lon=country.lon,
        country_code=country.country_code,
        precision=GeoPrecision.COUNTRY,
        feature="place",
        text=name,
        source=f"eventwire: not in the gazetteer; only known to lie in {country.name}",
    )


def _can_start(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if tok.is_punct or tok.is_space or not tok.text[:1].isalnum():
        return False
    if tok.text[:1].isupper():
        return True
    # "al-Qaterji", "el-Nairab": a lower-case article hyphened to a capitalised name
    return (
        tok.lower_ in ARTICLES
        and i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and doc[i + 2].text[:1].isupper()
    )


def _capitalised_word(tok: Token) -> bool:
    """A word a name may continue with: 'Sheeh', not an acronym ('Canada-EU')."""
    return tok.is_alpha and tok.is_title and not tok.is_sent_start


def _joined_part(doc: Doc, i: int, *, plain: bool) -> int | None:
    """The length of a name part at token i joined to the name before it: an article
    hyphened to a capitalised word ('al-Sheeh'), a hyphen and a capitalised word written
    close up ('-Arnab'), or (when `plain`) a capitalised word ('Barada'); else None."""
    if i >= len(doc) or doc[i].is_sent_start:
        return None
    tok = doc[i]
    joined = i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i + 1].whitespace_
    if tok.lower_ in ARTICLES and joined and _capitalised_word(doc[i + 2]):
        return 3
    close = not doc[i - 1].whitespace_ and not tok.whitespace_
    if tok.text == "-" and close and i + 1 < len(doc) and _capitalised_word(doc[i + 1]):
        return 2
    plain_word = _capitalised_word(tok) and tok.lower_ not in AFTER
    return 1 if plain and plain_word and tok.ent_type_ not in {"DATE", "TIME"} else None


def _ends_longer_name(doc: Doc, i: int) -> bool:
    """Is token i a generic head ('Airport', 'Town') closing a capitalised name before it?"""
    if doc[i].lower_ not in GENERIC_HEADS or i == 0 or doc[i].is_sent_start:
        return False
    prev = doc[i - 1]
    return prev.is_alpha and (prev.is_title or prev.is_upper)


def _joins(tok: Token) -> bool:
    """May this token continue a multi-word name? Not across sentences or punctuation."""
    if tok.is_sent_start or tok.is_space:
        return False
    return not tok.is_punct or tok.text in {"-", "'", "’"}


def _can_end(tok: Token, *, single: bool) -> bool:
    if tok.is_punct:
        return False
    text = tok.text
    # (a word of letters only has no digit: most words are, and skip the character walk)
    if text[:1].isupper() or (not text.isalpha() and any(c.isdigit() for c in text)):
        return not (single and tok.is_upper and len(text) <= 2 and text not in {"US", "UK"})
    return not single and tok.lower_ in NAME_TAILS


def _span_text(toks: list[Token]) -> str:
    """What `Span.text` of these consecutive tokens is, without building the Span."""
    return "".join([t.text_with_ws for t in toks[:-1]]) + toks[-1].text


def _entity_over(ents: tuple[Span, ...], start: int, end: int) -> Span | None:
    for ent in ents:
        if ent.start < end and start < ent.end:
            return ent
    return None


def _headline(sent: Span) -> bool:
    """Title Case Headlines capitalise every word, so capitals say nothing about names."""
    words = [t for t in sent if t.is_alpha and not t.is_stop]
    return len(words) >= 4 and sum(t.is_title for t in words) >= 0.7 * len(words)


def _major(place: Place) -> bool:
    """Places a bare common-looking word may still mean: countries, governorates, cities and
    the curated additions. Not the thousands of towns named like English words."""
    return place.feature in MAJOR or (place.source or "").startswith("eventwire additions")


def _after_locative(doc: Doc, f: Found) -> bool:
    """Is the name the object of a place preposition ('on Jisr al-Shigour', 'of Tal Hamis'),
    or named by a descriptor before it ('the town of Ras al-Ain': the span starts at 'town')?"""
    if f.start > 0 and doc[f.start - 1].lower_ in LOCATIVE_PREPS:
        return True
    return doc[f.start].lower_ in BEFORE


def _called_a_place(doc: Doc, f: Found) -> bool:
    """Does the text itself say the name is a place: a place preposition or descriptor
    before it, a descriptor after it ('the al-Jafra area'), or a place entity label?"""
    return _after_locative(doc, f) or doc[f.end - 1].lower_ in AFTER or f.label in PLACE_LABELS


def _seized_or_struck(doc: Doc, f: Found) -> bool:
    """Is the name the object of a verb of taking or hitting ('recaptured Palmyra')?"""
    root = doc[f.start : f.end].root
    return root.dep_ == "dobj" and root.head.lemma_ in SEIZE_OR_STRIKE


def _after_place_possessive(doc: Doc, f: Found, gaz: Gazetteer) -> bool:
    """Does a place's possessive come right before the name ("Syria's Afrin", FA-KES's
    "Syrias Afrin")? What a country or province has is a place, not a person."""
    if f.start == 0:
        return False
    prev = doc[f.start - 1]
    if prev.lower_ in {"'s", "’s"} and f.start >= 2:
        owner: str | None = doc[f.start - 2].text
    else:
        owner = possessive_base(prev.text) if prev.is_title else None
        if owner is not None and gaz.knows(key(prev.text)):
            owner = None  # 'Hays', 'Wales': a name of its own, not a possessive
    # Only a country, province or city owns places so ('Johns Hopkins' is no John's town).
    return owner is not None and any(c.entry.feature in MAJOR for c in gaz.candidates(owner))


def _spelt_like_abroad(f: Found, place: Place, gaz: Gazetteer, about: str | None) -> bool:
    """Is the place, abroad in a report about an Arab country, only a guess from spelling?
    Arabic names recur across the region and each is romanised many ways, so a local name the
    gazetteer lacks ('al-Jafra' near Deir ez-Zor, the border town 'Kasab') is one spelling from
    a place elsewhere (Jufra in Libya) or a stray alternate name of a village there. A report
    about Syria names Syrian places far more often: such a guess abroad is worse than none."""
    if about is None or about not in ARABIC_NAMES or place.country_code in {None, about}:
        return False
    name_key = key(f.name)
    if not gaz.is_exact(name_key):
        return True  # a transliteration variant, not a spelling the gazetteer has
    # a spelling the gazetteer has only as an alternate of a small place abroad
    return place.feature in MINOR and key(place.name) != name_key


def _keep(
    doc: Doc, f: Found, place: Place | None, gaz: Gazetteer, about: str | None = None
) -> bool:
    """Drop what resolution shows to be a word or a person's name rather than a place."""
    if place is None:
        return True
    tokens = doc[f.start : f.end]
    name_toks = [t for t in tokens if t.lower_ not in AFTER and t.lower_ not in DIRECTIONS]
    exact = gaz.is_exact(key(f.name))
    foreign = place.country_code != about
    if not exact and foreign and about not in ARABIC_NAMES:
        # Transliteration variants are how Arabic names vary in English; in a report about
        # elsewhere, a word one spelling from an Arab town is an English word or a demonym
        # ('Irish' ~ Arish, 'Omani' ~ Amman, 'Capitol' ~ Capital governorate).
        return False
    if len(name_toks) == 1:
        tok = name_toks[0]
        if tok.is_alpha and tok.is_upper and len(tok.text) <= 3:
            return place.feature == "country"  # "IS", "UN": acronyms unless a country ("US")
        if not exact and (len(key(f.name)) < 5 or f.label in PERSON_LABELS):
            return False  # 'War' ~ al-Waer, 'Samira' ~ Samarra: a variant is not enough
        if tok.pos_ != "PROPN" and tok.ent_type_ not in PLACE_LABELS and not _major(place):
            return False  # 'Rebels', 'Date', 'More' opening a sentence
    located = _after_locative(doc, f) or _after_place_possessive(doc, f, gaz)
    # 'Paterson said', 'James': a town's name on a person, unless it is a city (100,000 or
    # more) of the country the report is about or of the countries we follow closely.
    far_city = foreign and place.feature == "city" and place.country_code not in DEFAULT_FOCUS
    person_town = place.feature in MINOR or far_city
    in_focus = not foreign and place.country_code in DEFAULT_FOCUS
    if place.feature == "town" and in_focus and _seized_or_struck(doc, f):
        located = True  # 'freed Palmyra': a town of the conflict the report is about, taken
    if f.label in PERSON_LABELS and not located and person_town:
        return False
    if (
        len(name_toks) == 1
        and foreign
        and place.feature in MINOR
        and place.country_code not in DEFAULT_FOCUS
        and f.label not in PLACE_LABELS
        and not located
    ):
        return False  # a small foreign town, outside the countries whose villages we keep
    if tokens[0].is_upper and len(tokens) == 1 and len(tokens[0].text) > 3 and not exact:
        return False  # 'NAFTA': an acronym is a place only under its own spelling
    # 'al-Luz' is no town in Brazil: an Arabic article asks for an Arabic place name.
    return tokens[0].lower_ not in ARTICLES or place.country_code in ARABIC_NAMES
