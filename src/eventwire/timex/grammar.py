"""The grammar: compiled regular expressions that find temporal expressions in raw text.

Each `Rule` is one regex with named groups (``month``, ``day``, ``year``, ``weekday``,
``mod``, ``part``, ``num``, ``unit`` …) that the resolver reads back. All rules run over the
text; overlapping candidates are settled longest first (then leftmost, then rule order), so
"three hours a day" beats "three hours" and "August 17, 2016" beats "August 17". A second
pass joins "since X" and "between X and Y" / "from X to Y" into composite matches.

Matching is case-insensitive except for month and weekday names, which must be capitalised
(Title or UPPER case): lower-case "may", "march", "sat" and "sun" are words, not dates. A year
standing alone is taken unless the words around it make it a count or a name ("2000 people",
"resolution 2042"; `_not_a_count`). "now", "currently", "the past" are found only on request
(``refs=True``): they name no days.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

from eventwire.timex import vocab

TimexKind = Literal["date", "time", "duration", "set", "age"]


@dataclass(frozen=True, slots=True)
class TimexMatch:
    """One temporal expression: where it is, what kind, which rule found it and its parts."""

    text: str
    start: int
    end: int
    kind: TimexKind
    rule: str
    groups: dict[str, str] = field(default_factory=dict, hash=False)
    parts: tuple[TimexMatch, ...] = ()  # the dates joined by a "since" / "between" composite

    def group(self, name: str) -> str:
        """The matched words of a group, lower-cased; "" when the group did not take part."""
        return self.groups.get(name, "").lower()


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    kind: TimexKind
    regex: re.Pattern[str]
    # Rejects a match the regex alone cannot rule out (e.g. a bare "May").
    accept: Callable[[re.Match[str]], bool] | None = None


# --------------------------------------------------------------------------- macros


def _cased(words: Iterable[str]) -> str:
    """An alternation of Title and UPPER forms, longest first so "March" wins over "Mar"."""
    forms = {form for word in words for form in (word.title(), word.upper())}
    return "|".join(sorted(forms, key=len, reverse=True))


def _words(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def month(name: str = "month") -> str:
    # The dot belongs to an abbreviation ("Aug."), not to a sentence ending in "March.".
    abbr_dot = r"(?:(?<![A-Za-z]{4})(?<!May|MAY)\.|(?<=Sept|SEPT)\.)?"
    return rf"(?-i:(?P<{name}>{_cased(vocab.MONTHS)}))\b{abbr_dot}"


def weekday(name: str = "weekday") -> str:
    return rf"(?-i:(?P<{name}>{_cased(vocab.WEEKDAY_NAMES)}))\b"


# A weekday (abbreviations allowed) in front of a full date; its value is not needed.
DOW = rf"(?-i:(?:{_cased(vocab.WEEKDAYS)}))\b\.?,?\s+"
DAY = r"(?<![\d.,:])(?P<day>3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?\b"


def year(name: str = "year", *, guard: bool = True) -> str:
    # The guard keeps "1,2016" and "3.2016" (counts, versions) from reading as years.
    body = rf"(?P<{name}>(?:19|20)\d\d)(?!\d)"
    return rf"(?<![\d.,]){body}" if guard else body


_COMPOUND = rf"(?:{_words(vocab.TENS)})-(?:{_words(vocab.UNITS_1_9)})"
_NUMBER = rf"\d{{1,3}}|{_COMPOUND}|{_words(vocab.VAGUE)}|{_words(vocab.NUMBER_WORDS)}"


def num(name: str | None = "num") -> str:
    body = rf"(?<![\d.,])(?:{_NUMBER})\b"
    return rf"(?P<{name}>{body})" if name else rf"(?:{body})"


def unit(name: str | None = "unit") -> str:
    # No "second": "a second attack" is far more common in the news than a second of time.
    body = r"(?:minute|hour|day|week|month|year|decade)s?\b"
    return rf"(?P<{name}>{body})" if name else body


# "two and a half years"; "six straight days", "the past five trading days".
HALF = r"(?P<half>\s+and\s+a\s+half)?"
LENGTH_ADJ = (
    r"(?:(?:straight|consecutive|full|whole|more|long|trading|working|business|additional"
    r"|further)\s+)?"
)
PART = r"(?P<part>early|mid|late|(?:at\s+|by\s+)?the\s+(?:beginning|start|middle|end)\s+of)"
PART_SEP = r"(?:\s*-\s*|\s+)"
DAYPART = r"morning|afternoon|evening|night|midday|noon|dawn"
PERIOD = r"(?:day|night|morning|afternoon|evening)"
AMPM = r"(?:[ap]\.m\.|[ap]m\b)"
ZONE = r"(?:GMT|UTC(?:\s*[+-]\s*\d{1,2})?|BST|local\s+time|hrs\b)"


def _not_bare_may(m: re.Match[str]) -> bool:
    """A capitalised "May" on its own is as often the modal opening a sentence."""
    return bool(m.group("mod")) or m.group("month").lower() != "may"


# Words before a number that make it a name or a count, not a year; nouns after one that it
# counts ("2000 people"); a round hundred before any lower-case word is a count too.
_NAMED_BY = frozenset(
    {"resolution", "resolutions", "no", "no.", "number", "flight", "route", "highway", "road",
     "article", "paragraph", "page", "section", "room", "model", "version", "chapter", "item",
     "code", "unit", "brigade", "division", "regiment", "battalion", "squadron", "bus", "train",
     "than", "about", "nearly", "some", "almost", "around", "approximately", "over", "least",
     "total"}
)  # fmt: skip
_COUNTED = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:people|persons|civilians|soldiers|troops|fighters|militants|rebels|"
    r"men|women|children|families|residents|refugees|deaths|dead|casualties|killed|injured|"
    r"wounded|homes|houses|buildings|km|kilometres|kilometers|miles|metres|meters|feet|tons|"
    r"tonnes|dollars|euros|pounds|votes|cases|students|workers|employees|jobs|units|cars|"
    r"vehicles|barrels|shares|points)\b",
    re.IGNORECASE,
)
_TRAILING_WORD = re.compile(r"\s+[a-z]")


def _not_a_count(m: re.Match[str]) -> bool:
    """A four-digit number from 1900 to 2059 is read as a year unless the words around it make
    it a count ("2000 people", "more than 1950 of them", "some 2000 displaced") or a name
    ("resolution 2042", "flight 2016")."""
    value = int(m.group("year"))
    if re.search(r"(?:19|20)\d\d\s*[-–]\s*$", m.string[max(0, m.start() - 8) : m.start()]):
        return value <= 2059  # the end of a span of years: "2009-2010"
    before = m.string[max(0, m.start() - 20) : m.start()].lower().split()
    after = m.string[m.end() : m.end() + 40]
    if value > 2059 or (before and before[-1] in _NAMED_BY) or _COUNTED.match(after):
        return False
    return not (value % 100 == 0 and _TRAILING_WORD.match(after))


def _a_placed_season(m: re.Match[str]) -> bool:
    """A season is a date with a modifier or a year ("last summer", "the winter of 2012",
    "in the spring"); a bare "fall" is a verb and "spring" a word too often."""
    return bool(m.group("mod") or m.group("year") or m.group("the")) and (
        m.group("season").lower() != "fall" or bool(m.group("mod") or m.group("year"))
    )


# What follows an outlet whose name ends in "Today" ("Aleppo Today said", "Halab Today TV"):
# a capitalised word, a possessive name ("Today's Zaman") or a verb of telling.
_AFTER_NAME = re.compile(
    r"(?:'s|’s)?\s+(?-i:[A-Z])"
    r"|\s+(?:said|says|reported|reports|quoted|cited|broadcast|aired|published|posted|showed"
    r"|tv|television|channel|station|radio|website|network|newspaper|correspondent)\b"
)
_CAPITALISED_WORD_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’-]*[ \t]+$")


def _not_a_name(m: re.Match[str]) -> bool:
    """A "Today" inside a name is no day: "Halab Today TV", "Aleppo Today said", "Russia Today
    reported", "Today's Zaman". Read as a name when the word is capitalised in mid-sentence
    after a capitalised word (or as "Today's Name" after any word), and a name, a media noun
    or a verb of telling follows; "in Northern Syria Today." stays a day (headline capitals)."""
    word = m.group("word")
    if not word[:1].isupper() or word.lower() not in {"today", "tonight", "tomorrow"}:
        return True
    if m.start() != m.start("word") or m.group("daypart"):
        return True  # "early today", "Today morning": a day, whatever the capitals
    after = m.string[m.end() : m.end() + 40]
    if not _AFTER_NAME.match(after):
        return True
    before = m.string[max(0, m.start() - 40) : m.start()]
    # "Today's Zaman" in mid-sentence; "Today's Russian strikes" opening a sentence is a day.
    possessive_name = (
        re.match(r"(?:'s|’s)\s+(?-i:[A-Z])", after) is not None
        and re.search(r"\w[ \t]+$", before) is not None
    )
    return not (_CAPITALISED_WORD_BEFORE.search(before) or possessive_name)


# --------------------------------------------------------------------------- rules

_RAW: tuple[tuple[str, TimexKind, str], ...] = (
    # Absolute dates, with and without a year.
    ("mdy", "date", rf"(?:{DOW})?{month()}\s+{DAY}(?:\s*,\s*|\s+){year()}"),
    ("mdy_glued", "date",  # "Apr 232017", as Jordan Times datelines lose their space
     rf"{month()}\s+(?P<day>3[01]|[12]\d|0[1-9])(?P<year>(?:19|20)\d\d)(?!\d)"),
    ("dmy", "date", rf"(?:{DOW})?(?:the\s+)?{DAY}(?:\s+of)?\s+{month()},?\s+{year()}"),
    ("md", "date", rf"(?:{DOW})?{month()}\s+{DAY}"),
    ("dm", "date", rf"(?:{DOW})?(?:the\s+)?{DAY}(?:\s+of)?\s+{month()}"),
    ("iso", "date", rf"{year()}-(?P<mnum>0[1-9]|1[0-2])-(?P<day>3[01]|[12]\d|0[1-9])(?!\d)"),
    ("numeric", "date",
     rf"(?<![\d.])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[01]?\d)(?P=sep){year(guard=False)}"),
    # Months, years and their parts.
    ("month_year", "date", rf"(?:{PART}{PART_SEP})?{month()}(?:\s+of)?,?\s+{year()}"),
    ("month_part", "date", rf"{PART}{PART_SEP}{month()}"),
    ("month", "date", rf"(?:(?P<mod>last|this|next|in|during|throughout)\s+)?{month()}"),
    ("year", "date",
     rf"(?:(?P<prep>in|during|throughout)\s+|{PART}{PART_SEP})(?:the\s+year\s+)?{year()}"),
    ("decade", "date", r"(?:the\s+)?(?P<decade>(?:19|20)\d0)['’]?s\b"),
    # "the '80s", "the 70s" (not "his 70s", an age): the twentieth century's.
    ("short_decade", "date", r"(?:the\s+['’]?|['’])(?P<short>[2-9]0)['’]?s\b"),
    ("since_year", "date", rf"since\s+{year()}"),
    ("between_years", "date",
     rf"(?:between|from)\s+{year()}\s*(?:and|to|until|till|-|–)\s*{year('year2')}"),
    # A year alone ("the 2013 attack", "2009-2010"), unless it counts something (`_not_a_count`).
    ("bare_year", "date",
     rf"(?<![\w$£€#/.,]){year(guard=False)}(?![\w%°]|[.,:/]\d|-[A-Za-z])"),
    ("century", "date", r"(?:the\s+)?(?P<century>1\d|2[01])(?:st|nd|rd|th)[\s-]+century"),
    ("month_rel_year", "date",
     rf"(?:{PART}{PART_SEP})?{month()}(?:\s+of)?,?\s+(?P<mod>last|this|next)\s+year"),
    ("season", "date",
     rf"(?:(?P<mod>last|this|next|past|coming)\s+|(?P<the>(?:(?:in|during|over|through)\s+)?the\s+))?"
     rf"(?P<season>spring|summer|autumn|fall|winter)(?:\s+of)?(?:,?\s+{year()})?"),
    # Weekdays, with "on", "last", "next", "late on", parts of the day.
    ("weekday", "date",
     rf"(?:(?P<mod>last|next|this|coming|past)\s+"
     rf"|(?P<pre>(?:(?:late|early)\s+)?on|late|early|overnight(?:\s+on)?"
     rf"|(?:(?:in|during)\s+)?(?:the\s+)?early\s+hours\s+of"
     rf"|the\s+(?:morning|afternoon|evening|night)\s+of)\s+)?"
     rf"{weekday()}(?:\s+(?P<daypart>{DAYPART}))?"),
    # Days named from the anchor.
    ("relday", "date",
     rf"(?:(?:early|late|earlier|later)\s+)?(?P<word>the\s+day\s+before\s+yesterday"
     rf"|the\s+day\s+after\s+tomorrow|yesterday|today|tonight|tomorrow)"
     rf"(?:\s+(?P<daypart>{DAYPART}))?"),
    ("last_night", "date", r"(?:(?:late|early)\s+)?last\s+night"),
    ("overnight", "date", r"overnight"),
    ("this_daypart", "date",
     r"(?:(?:early|late|earlier|later)\s+)?this\s+(?:morning|afternoon|evening)"),
    # Days named from another date in the text: resolved against the previous date.
    ("anaph_same", "date", rf"(?:(?:later|earlier|early|late)\s+)?(?:that|the\s+same)\s+{PERIOD}"),
    ("anaph_step", "date",
     rf"the\s+(?:(?P<next>next|following)|(?P<prev>previous|preceding))\s+{PERIOD}"
     rf"|the\s+(?:day|night)\s+(?P<before>before)\b"),
    ("anaph_offset", "date", rf"{num()}\s+{unit()}\s+(?P<dir>later|earlier|afterwards)"),
    ("since_then", "date", r"since\s+then"),
    # Periods counted from the anchor.
    ("ago", "date", rf"{num()}\s+{unit()}\s+ago"),
    ("relunit", "date",
     rf"(?:(?P<part>earlier|later|early|late|mid|(?:at\s+|by\s+)?the\s+(?:beginning|start|middle|end)"
     rf"\s+of){PART_SEP})?(?P<mod>last|this|next|past|coming|previous)\s+(?P<unit>week|month|year)\b"
     # "earlier in the week" is "earlier this week": the unit the report is written in.
     rf"|(?P<part_in>earlier)\s+in\s+the\s+(?P<unit_in>week|month|year)\b"),
    ("weekend", "date",
     r"(?:(?P<mod>last|this|next|past|coming)\s+|(?:(?:over|at|during)\s+)?the\s+)weekend\b"),
    ("recent", "date",
     r"(?:recent|(?:the\s+)?(?:past|last)\s+(?:few|several|couple\s+of)|(?P<coming>the\s+coming))"
     r"\s+(?P<unit>days|weeks|months|years)\b"),
    ("window", "date",
     rf"the\s+(?P<mod>past|last|previous|next|coming)\s+(?:{num()}{HALF}\s+)?{LENGTH_ADJ}{unit()}"),
    # The present, the past and the future as such (TimeML's PRESENT_REF, PAST_REF,
    # FUTURE_REF): never resolved to days, and found only when asked for (`find_timexes`).
    ("ref", "date",
     r"(?:right\s+)?now(?!-)|currently|nowadays|at\s+present|these\s+days|(?:more\s+)?recently"
     rf"|the\s+(?:past|future)(?!\s+(?:of\b|{_NUMBER}))"),
    # Not dates: how long, how often, how old, what time.
    ("set", "set",
     rf"(?:{num(None)}\s+{unit(None)}\s+|(?:once|twice|{num(None)}\s+times)\s+)"
     rf"(?:a|per|each|every)\s+(?:day|night|week|month|year)\b"
     rf"|(?:every|each)\s+(?:other\s+)?(?:day|night|morning|evening|week|month|year)\b"
     rf"|(?:every|each)\s+{weekday()}|(?:on\s+)?(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)\b"
     r"|(?-i:daily|nightly|weekly|monthly|annually)"),  # "The Daily Telegraph" is not a set
    ("duration", "duration",
     rf"(?:(?:for|over|lasting|within)\s+)?(?:(?:about|around|nearly|almost|some|more\s+than"
     rf"|less\s+than|at\s+least|up\s+to)\s+)?{num()}{HALF}(?:\s*-\s*|\s+){LENGTH_ADJ}{unit()}"
     rf"(?:-long)?"),
    # Lengths with no number: "for years", "minutes later", "decades-long".
    ("units", "duration",
     r"(?P<unit>minutes|hours|days|weeks|months|years|decades)(?:-long)?(?!-)"),
    ("age", "age",
     rf"{num()}(?:\s*-\s*|\s+)(?:year|month|week|day)s?(?:\s*-\s*|\s+)olds?\b"
     r"|aged\s+\d{1,3}\b|(?:the\s+)?age\s+of\s+\d{1,3}\b"),
    ("clock", "time",
     rf"(?:at\s+)?(?<![\d.:])(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*{AMPM})?(?:\s*{ZONE})?"
     rf"|(?:[01]?\d|2[0-3])\.[0-5]\d\s*(?:{AMPM}|{ZONE})"
     rf"|(?:1[0-2]|0?[1-9])\s*{AMPM}"
     rf"|(?:[01]\d|2[0-3])[0-5]\d\s*{ZONE}"
     rf"|(?<=at\s)0\d[0-5]\d)(?!\d|:\d)"),
    ("daytime", "time",
     r"(?:at\s+|around\s+)?(?:noon|midday|midnight|dawn|dusk|daybreak|sunrise|sunset)"),
)  # fmt: skip

# Rules whose own edges need no word boundary: they end in digits that may touch letters
# ("01.10.2017Get short URL") or start with a lookbehind of their own.
_UNBOUNDED = frozenset({"numeric", "iso", "mdy_glued", "clock", "bare_year"})
_ACCEPT: dict[str, Callable[[re.Match[str]], bool]] = {
    "month": _not_bare_may,
    "bare_year": _not_a_count,
    "season": _a_placed_season,
    "relday": _not_a_name,
}


def _compile(name: str, pattern: str) -> re.Pattern[str]:
    if name not in _UNBOUNDED:
        pattern = rf"(?<![\w-])(?:{pattern})(?![\w])"
    return re.compile(pattern, re.IGNORECASE)


RULES: tuple[Rule, ...] = tuple(
    Rule(name, kind, _compile(name, pattern), _ACCEPT.get(name)) for name, kind, pattern in _RAW
)


# --------------------------------------------------------------------------- finding


def find_timexes(text: str, *, refs: bool = False) -> list[TimexMatch]:
    """All temporal expressions in ``text``, in order, none overlapping another.

    ``refs``: also "now", "currently", "recently", "the past" (rule ``ref``). They name no
    days, so dating incidents has no use for them and they are left out unless asked for;
    TimeML annotates them (PRESENT_REF, PAST_REF, FUTURE_REF).
    """
    candidates: list[tuple[int, int, int, re.Match[str]]] = []
    for order, rule in enumerate(RULES):
        if rule.name == "ref" and not refs:
            continue
        for m in rule.regex.finditer(text):
            if m.end() > m.start() and (rule.accept is None or rule.accept(m)):
                candidates.append((m.start(), m.end(), order, m))
    kept: list[TimexMatch] = []
    for start, end, order, m in sorted(candidates, key=lambda c: (c[0] - c[1], c[0], c[2])):
        if all(end <= k.start or start >= k.end for k in kept):
            rule = RULES[order]
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            kept.append(TimexMatch(m.group(), start, end, rule.kind, rule.name, groups))
    kept.sort(key=lambda k: k.start)
    return _join_composites(text, kept)


_SINCE = re.compile(r"(?<![\w-])since\s+$", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"(?<![\w-])(?:between|from)\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s*", re.IGNORECASE)
# Rules whose matches may take part in a composite: dates placed from the anchor.
_JOINABLE = frozenset(
    name for name, kind, _ in _RAW
    if kind == "date" and name != "ref" and not name.startswith(("anaph_", "since_", "between_"))
)  # fmt: skip


def _join_composites(text: str, matches: list[TimexMatch]) -> list[TimexMatch]:
    """Fold "since X" and "between X and Y" / "from X to Y" into one match each."""
    out: list[TimexMatch] = []
    i = 0
    while i < len(matches):
        m = matches[i]
        nxt = matches[i + 1] if i + 1 < len(matches) else None
        before = text[max(0, m.start - 12) : m.start]
        if (
            m.rule in _JOINABLE
            and (opener := _RANGE_OPEN.search(before))
            and nxt is not None
            and nxt.rule in _JOINABLE
            and _RANGE_JOIN.fullmatch(text[m.end : nxt.start])
        ):
            start = m.start - len(before) + opener.start()
            out.append(
                TimexMatch(text[start : nxt.end], start, nxt.end, "date", "range", parts=(m, nxt))
            )
            i += 2
            continue
        if m.rule in _JOINABLE and (opener := _SINCE.search(before)):
            start = m.start - len(before) + opener.start()
            out.append(TimexMatch(text[start : m.end], start, m.end, "date", "since", parts=(m,)))
        else:
            out.append(m)
        i += 1
    return out
