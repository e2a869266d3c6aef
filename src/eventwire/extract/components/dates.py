"""Dates: temporal expressions found by the timex grammar, resolved against the publication date.

The grammar (`eventwire.timex`) reads the raw text; spaCy adds two things it cannot:
the tense of the clause an expression sits in ("will", "is to", "plans to" make "on Monday"
the coming Monday), and DATE entities the grammar missed, kept only when dateutil can read a
month out of them ("the eastern half" is a DATE to the small model, not to us).

The anchor is ``doc._.published``; without it, a dateline at the head of the text; without
that, every span gets ``date=None``. Each span in ``doc.spans["ew_dates"]`` carries a
`DateMention`: durations, sets, times and ages are kept with their kind and ``date=None`` so
that no later stage mistakes "five-year-old" or "three hours a day" for when something happened.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from dateutil import parser as date_parser  # type: ignore[import-untyped]
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.extract import extensions
from eventwire.extract.mentions import DateMention
from eventwire.model import DatePrecision, DateRange
from eventwire.timex import Tense, TimexMatch, calendar_date, find_dateline, find_timexes, resolve

GROUP = "ew_dates"

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})  # "wo" is how spaCy splits "won't"
# Verbs (and "due") whose infinitive complement has not happened yet: "plans to strike".
FUTURE_GOVERNORS = frozenset(
    {"plan", "intend", "expect", "schedule", "set", "due", "go", "aim", "prepare", "threaten",
     "vow", "promise", "be"}
)  # fmt: skip
PAST_TAGS = frozenset({"VBD", "VBN"})
ENTITY_LABELS = frozenset({"DATE"})
DATELINE_WINDOW = 240  # characters: as far as `find_dateline` looks


@Language.factory(
    "eventwire_dates",
    requires=["token.dep", "token.tag", "token.lemma", "doc.ents"],
    assigns=["doc.spans", "span._.ew_date"],
)
def make_dates(nlp: Language, name: str) -> DateFinder:
    extensions.register()
    return DateFinder()


class DateFinder:
    def __call__(self, doc: Doc) -> Doc:
        published: date | None = doc._.published
        text = doc.text  # Doc.text joins every token: read it once
        dateline = find_dateline(text)
        anchor = published if published is not None else dateline
        matches = find_timexes(text)
        matches += entity_dates(doc, matches)
        matches.sort(key=lambda m: m.start)
        context: DateRange | None = None  # the previous date, for "that night", "since then"
        spans: list[Span] = []
        for match in matches:
            span = doc.char_span(match.start, match.end, alignment_mode="expand")
            if span is None:
                continue
            found = None
            kind: str = match.kind
            if anchor is not None and match.kind == "date":
                found = resolve(match, anchor, tense=clause_tense(span), context=context)
                context = found or context
                if is_dateline(match, dateline, spans):
                    # The paper's date at its head, not the event's: kept, but never an event date.
                    kind = "dateline"
            span._.ew_date = DateMention(date=found, kind=kind)
            spans.append(span)
        doc.spans[GROUP] = set_last_weekdays_apart(join_conjoined_days(spans))
        return doc


WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)  # fmt: skip


def set_last_weekdays_apart(spans: list[Span]) -> list[Span]:
    """A report that tells of '(on) Monday' and of 'last Monday' means two Mondays: the plain day
    is the latest one, so 'last Monday' is the one a week before it."""
    plain = {
        (_weekday_of(s), s._.ew_date.date.start)
        for s in spans
        if _is_day(s) and _weekday_of(s) is not None and not _says_last(s)
    }
    for span in spans:
        if not (_is_day(span) and _says_last(span)):
            continue
        found: DateRange = span._.ew_date.date
        if (_weekday_of(span), found.start) in plain:
            week_before = found.model_copy(
                update={
                    "start": found.start - timedelta(days=7),
                    "end": found.end - timedelta(days=7),
                }
            )
            span._.ew_date = DateMention(date=week_before, kind=span._.ew_date.kind)
    return spans


def _is_day(span: Span) -> bool:
    found: DateRange | None = span._.ew_date.date
    return (
        span._.ew_date.kind == "date"
        and found is not None
        and found.precision is DatePrecision.DAY
        and found.start == found.end
    )


def _weekday_of(span: Span) -> str | None:
    days = [t.lower_ for t in span if t.lower_ in WEEKDAYS]
    return days[0] if len(days) == 1 else None


def _says_last(span: Span) -> bool:
    return any(t.lower_ == "last" for t in span)


# What may stand between two days of one range: "on Saturday and Sunday", "Monday and on Tuesday".
DAY_GLUE = frozenset({"and", "on", ","})
# Two days joined by "and" this far apart (days) are one stretch of events, not a list of dates.
JOINED_DAYS_MAX = 7


def join_conjoined_days(spans: list[Span]) -> list[Span]:
    """'on Saturday and Sunday' is one range from Saturday to Sunday, not Saturday alone: two
    day dates joined by 'and', close together, become one span with the range they bound."""
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        joined = _joined_range(prev, span) if prev is not None else None
        if prev is None or joined is None:
            out.append(span)
            continue
        both = Span(span.doc, prev.start, span.end)
        both._.ew_date = DateMention(date=joined, kind="date")
        out[-1] = both
    return out


def _joined_range(first: Span, second: Span) -> DateRange | None:
    a: DateRange | None = first._.ew_date.date
    b: DateRange | None = second._.ew_date.date
    if a is None or b is None or {first._.ew_date.kind, second._.ew_date.kind} != {"date"}:
        return None
    if a.precision is not DatePrecision.DAY or b.precision is not DatePrecision.DAY:
        return None
    between = [t.lower_ for t in first.doc[first.end : second.start]]
    if "and" not in between or any(w not in DAY_GLUE for w in between):
        return None
    start, end = a.start, b.end
    # "Monday and Tuesday" names the days in order; read otherwise, one of them is misresolved.
    if end < start or (end - start).days > JOINED_DAYS_MAX:
        return None
    text = first.doc.text[first.start_char : second.end_char]
    return DateRange(start=start, end=end, precision=DatePrecision.DAY, text=text)


def is_dateline(match: TimexMatch, dateline: date | None, before: list[Span]) -> bool:
    """The first full date at the head of the text, when it is the text's dateline."""
    if dateline is None or match.start > DATELINE_WINDOW:
        return False
    if any(m._.ew_date.kind == "date" for m in before):
        return False
    return calendar_date(match) == dateline


# --------------------------------------------------------------------------- tense


def governing_verb(token: Token) -> Token | None:
    """The verb (or auxiliary) an expression hangs from: up the tree to the first one."""
    while token.pos_ not in ("VERB", "AUX"):
        if token.head.i == token.i:  # the root; Token objects are views, so compare indices
            return None
        token = token.head
    return token


def clause_tense(span: Span) -> Tense | None:
    """'future' for "will strike on Monday", "is to meet", "plans to launch … on Tuesday";
    'past' for a past-tense clause; None for the present or no verb (read as past)."""
    verb = governing_verb(span.root)
    if verb is None:
        return None
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and len(chain) < 4:  # "plans to launch", "is due to start"
        chain.append(chain[-1].head)
    for v in chain:
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in v.children):
            return "future"
        if v.dep_ == "xcomp" and v.head.lemma_ in FUTURE_GOVERNORS:
            return "future"
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return "past" if tags & PAST_TAGS else None


# --------------------------------------------------------------------------- entities

# Two defaults that differ in every field: a field that reads the same under both was
# written in the text; one that follows the default was not.
_DEFAULTS = (datetime(1904, 1, 1), datetime(1908, 2, 2))


def read_month(text: str) -> dict[str, str] | None:
    """Month, and day and year when written, that dateutil reads from ``text``; None when it
    cannot read one or finds no month (a bare "15" or "2016" is not a date to place)."""
    try:
        first, second = (date_parser.parse(text, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError):
        return None
    if first.month != second.month:
        return None
    groups = {"mnum": str(first.month)}
    if first.day == second.day:
        groups["day"] = str(first.day)
    if first.year == second.year:
        groups["year"] = str(first.year)
    return groups


def entity_dates(doc: Doc, found: list[TimexMatch]) -> list[TimexMatch]:
    """DATE entities that overlap no grammar match and that dateutil reads as a month or day."""
    extra: list[TimexMatch] = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        if any(m.start < ent.end_char and ent.start_char < m.end for m in found):
            continue
        groups = read_month(ent.text)
        if groups is not None:
            extra.append(
                TimexMatch(ent.text, ent.start_char, ent.end_char, "date", "parsed", groups)
            )
    return extra
