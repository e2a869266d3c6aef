"""From what a reader found to a :class:`~eventwire.model.Report`: the checks every report
goes through whatever its format (text, language, date) and the id and date rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from eventwire.errors import EmptyInputError, FutureDateError, InputError, LanguageError
from eventwire.ingest.language import english_problem
from eventwire.ingest.options import IngestOptions
from eventwire.model import Report, content_hash
from eventwire.timex import find_dateline

E = TypeVar("E", bound=InputError)


@dataclass(frozen=True, kw_only=True)
class Draft:
    """One report as a reader found it, before the common checks.

    ``where`` is the origin (file, and line or row); ``published_from`` says where a
    ``published`` date came from ("html", "metadata", "column:<name>").
    """

    where: str
    text: str
    id: str | None = None
    title: str | None = None
    published: date | None = None
    published_from: str | None = None
    outlet: str | None = None
    url: str | None = None


def chained(error: E, cause: BaseException) -> E:
    """``error`` with ``cause`` as its ``__cause__``: ``raise error from cause``, as a value."""
    error.__cause__ = cause
    return error


def derived_id(text: str) -> str:
    """The id of a report that came without one: stable for the same (normalised) text."""
    return "r_" + content_hash(text)[:16]


def choose_published(
    draft: Draft, options: IngestOptions, text: str
) -> tuple[date | None, str | None]:
    """The publication date and where it came from: given > the input's own > dateline."""
    if options.published is not None:
        return options.published, "given"
    if draft.published is not None:
        return draft.published, draft.published_from or "metadata"
    found = find_dateline(text, near=options.today)
    if found is not None:
        return found, "dateline"
    return None, None


def to_report(draft: Draft, options: IngestOptions) -> Report | InputError:
    """The report, or the error that keeps it out (as a value, so the batch goes on)."""
    text = draft.text.strip()
    if not text:
        return EmptyInputError(draft.where, "has no text")
    problem = english_problem(text)
    if problem:
        return LanguageError(draft.where, problem)
    published, published_from = choose_published(draft, options, text)
    if published is not None and published > options.today:
        return FutureDateError(
            draft.where,
            f"publication date {published} (from {published_from}) is after today "
            f"({options.today}); correct the date or pass published=",
        )
    return Report(
        id=draft.id or derived_id(text),
        text=text,
        title=_clean(draft.title),
        published=published,
        published_from=published_from,
        outlet=_clean(draft.outlet),
        url=_clean(draft.url),
        origin=draft.where,
    )


def _clean(value: str | None) -> str | None:
    """Strip a metadata value; "" means not given (the model keeps None for that)."""
    value = value.strip() if value else None
    return value or None
