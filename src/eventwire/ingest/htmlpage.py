"""HTML pages: main text, title, date and site name via trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import trafilatura
from trafilatura.settings import Document

from eventwire.errors import InputError, MalformedInputError
from eventwire.ingest.dates import parse_iso
from eventwire.ingest.draft import Draft
from eventwire.ingest.options import IngestOptions


def _date_params() -> dict[str, Any]:
    # Only dates the page declares (meta tags, <time>, URL): the extensive search guesses from
    # any date in the body. No upper limit, so a future date reaches our FutureDateError
    # instead of being dropped silently by htmldate.
    return {"original_date": True, "extensive_search": False, "max_date": "2999-12-31"}


def extract_page(html: str) -> Document | None:
    """trafilatura's reading of a page: main text without comments, with metadata."""
    found = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=_date_params(),
    )
    # bare_extraction returns a dict only when asked to (as_dict); narrow for the type checker.
    return found if isinstance(found, Document) else None


def drop_title_line(text: str, title: str | None) -> str:
    """The text without a first line that repeats the title (the page's <h1>)."""
    first, _, rest = text.partition("\n")
    if title and first.strip() == title.strip() and rest.strip():
        return rest
    return text


def page_draft(html: str, where: str) -> Draft | InputError:
    """The draft of one page, or why the page has nothing to read."""
    page = extract_page(html)
    text = page.text if page is not None else None
    if page is None or not text or not text.strip():
        return MalformedInputError(
            where, "no article text found in the HTML; is it a news page (not an index or a login)?"
        )
    published = parse_iso(page.date) if page.date else None
    return Draft(
        where=where,
        text=drop_title_line(text, page.title),
        title=page.title,
        published=published,
        published_from="html" if published else None,
        outlet=page.sitename or page.hostname,
        url=page.url,
    )


def read_html(text: str, where: str, options: IngestOptions) -> Iterator[Draft | InputError]:
    """One draft per page."""
    yield page_draft(text, where)
