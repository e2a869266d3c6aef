"""HTML pages through trafilatura: main text without boilerplate, and the page's metadata."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.errors import InputError, MalformedInputError
from eventwire.ingest.draft import Draft
from eventwire.ingest.htmlpage import drop_title_line, page_draft

from .samples import ENGLISH, ENGLISH_2, NEWS_PAGE, page


def draft_of(html: str) -> Draft:
    found = page_draft(html, "page.html")
    assert isinstance(found, Draft), found
    return found


@pytest.fixture(scope="module")
def news() -> Draft:
    return draft_of(NEWS_PAGE)


def test_main_text_is_extracted(news: Draft) -> None:
    assert news.text.startswith("Five civilians, including two children, were killed")
    assert news.text.endswith("late into the night.")


@pytest.mark.parametrize("boilerplate", ["Home", "Sport", "Copyright", "Privacy policy"])
def test_boilerplate_is_left_out(news: Draft, boilerplate: str) -> None:
    assert boilerplate not in news.text


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", "Airstrike kills five in Aleppo market"),
        ("published", date(2016, 8, 18)),
        ("published_from", "html"),
        ("outlet", "Levant Monitor"),
        ("url", "https://levantmonitor.example.org/news/aleppo-market-strike"),
        ("where", "page.html"),
    ],
)
def test_metadata_is_read(news: Draft, field: str, value: object) -> None:
    assert getattr(news, field) == value


def test_outlet_falls_back_to_the_domain() -> None:
    head = '<link rel="canonical" href="https://www.levantmonitor.org/a/1">'
    assert draft_of(page(f"<p>{ENGLISH}</p><p>{ENGLISH_2}</p>", head)).outlet == "levantmonitor.org"


def test_page_without_date_metadata_has_no_date() -> None:
    found = draft_of(page(f"<p>{ENGLISH}</p><p>{ENGLISH_2}</p>"))
    assert (found.published, found.published_from) == (None, None)


def test_future_date_in_metadata_is_kept_for_the_future_date_check() -> None:
    future = NEWS_PAGE.replace("2016-08-18T09:30", "2031-01-02T09:30")
    assert draft_of(future).published == date(2031, 1, 2)


@pytest.mark.parametrize(
    "html",
    [
        "<html><body></body></html>",
        "<<<>>>",
        "<html><head><title>Login</title></head><body><form><input></form></body></html>",
        "<html><body><script>var x = 1;</script></body></html>",
    ],
)
def test_nothing_extractable_is_malformed(html: str) -> None:
    found = page_draft(html, "page.html")
    assert isinstance(found, MalformedInputError)
    assert str(found).startswith("page.html: no article text found in the HTML")


def test_error_is_one_line() -> None:
    found = page_draft("<html></html>", "page.html")
    assert isinstance(found, InputError)
    assert "\n" not in str(found)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        ("Headline\nBody.", "Headline", "Body."),
        ("Headline\nBody.", "Other", "Headline\nBody."),
        ("Headline", "Headline", "Headline"),  # nothing would be left
        ("Headline\nBody.", None, "Headline\nBody."),
    ],
)
def test_drop_title_line(text: str, title: str | None, expected: str) -> None:
    assert drop_title_line(text, title) == expected
