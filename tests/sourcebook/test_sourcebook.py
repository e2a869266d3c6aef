"""The sourcebook: which well-known source a name as written names, and which descriptions fit."""

from __future__ import annotations

import pytest

from eventwire.sourcebook import KnownSource, Sourcebook, default_sourcebook, words

BOOK = default_sourcebook()


@pytest.mark.parametrize(
    ("name", "source_id"),
    [
        ("the Syrian Observatory for Human Rights", "sohr"),
        ("SOHR", "sohr"),
        ("Observatory director Rami Abdel Rahman", "sohr"),
        ("state news agency SANA", "sana"),
        ("SANAs correspondent in Aleppo", "sana"),  # possessive with the apostrophe stripped
        ("Russia's Defence Ministry", "russian_mod"),
        ("Russian Defense Ministry spokesman Maj. Gen. Igor Konashenkov", "russian_mod"),
        ("the U.N. Security Council", "un"),
        ("UN OCHA", "ocha"),  # the longer name, not the "UN" inside it
        ("the White Helmets", "white_helmets"),
        ("Doctors Without Borders", "msf"),
        ("the WHO", "who"),
        # A UN agency described by what it does, with or without its name after: the agency,
        # not the UN that the description starts with.
        ("the UN children's agency UNICEF", "unicef"),
        ("United Nations children's agency", "unicef"),
        ("the UN's refugee agency", "unhcr"),  # a possessive inside a longer name
        ("the UNs refugee agency", "unhcr"),
    ],
)
def test_a_name_finds_its_source(name: str, source_id: str) -> None:
    found = BOOK.find(name)
    assert found is not None and found.id == source_id


@pytest.mark.parametrize(
    "name",
    [
        "a local doctor",
        "SANA and Reuters",  # two sources: neither
        "people who fled",  # "who" is a pronoun in lower case
        "Sana residents",  # a one-word name matches only as written ("SANA")
        "a monitor",  # a description: it names no source by itself
    ],
)
def test_a_name_that_finds_no_single_source(name: str) -> None:
    assert BOOK.find(name) is None


def test_every_source_has_a_kind_of_the_guidelines_and_a_unique_id() -> None:
    kinds = {"monitor", "medical", "official", "military", "activist", "rescue", "agency",
             "media", "witness", "social_media", "person", "organisation"}  # fmt: skip
    ids = [s.id for s in BOOK.sources]
    assert len(ids) == len(set(ids))
    assert all(s.kind in kinds and s.aliases for s in BOOK.sources)


@pytest.mark.parametrize(
    ("description", "fits"),
    [
        ("a monitor", True),
        ("a UK-based monitoring group", True),
        ("Syria monitor", True),
        ("an NGO", True),
        ("the Britain-based organisation", True),
        ("a rebel group", False),  # an actor word: another group
        ("a local doctor", False),
        ("the agency", False),
    ],
)
def test_descriptions_that_fit_the_observatory(description: str, fits: bool) -> None:
    sohr = BOOK.get("sohr")
    assert sohr is not None
    assert BOOK.describes(description, sohr) is fits


def test_a_book_of_ones_own() -> None:
    clinic = KnownSource(
        id="clinic", name="Hope Clinic", kind="medical", aliases=("Hope Clinic", "HC"),
        called=("clinic",), people=("Dr Lina Haddad",),
    )  # fmt: skip
    book = Sourcebook([clinic])
    assert book.find("Dr Lina Haddad of the clinic") == clinic
    assert book.find("HC staff") == clinic
    assert book.find("hc staff") is None
    assert book.describes("the clinic", clinic)


def test_words_drop_apostrophes_and_abbreviation_dots() -> None:
    assert words("Russia's U.N. envoy") == ["Russias", "UN", "envoy"]
    assert words("Al-Manar TV") == ["Al", "Manar", "TV"]


def test_a_description_only_one_source_is_called_by_identifies_it() -> None:
    book = default_sourcebook()
    found = book.sole_fit("the Britain-based Observatory")
    assert found is not None and found.id == "sohr"


@pytest.mark.parametrize("description", ["the group", "a monitor", "the news agency", "a rebel"])
def test_a_description_many_or_no_sources_fit_identifies_none(description: str) -> None:
    assert default_sourcebook().sole_fit(description) is None


@pytest.mark.parametrize(
    ("description", "fits"),
    [
        ("the Observatory director", True),  # who speaks for it describes it
        ("a monitor spokesman", True),
        ("the director", False),  # a title alone calls no source
        ("a hospital director", False),
    ],
)
def test_one_who_speaks_for_a_source_describes_it(description: str, fits: bool) -> None:
    sohr = BOOK.get("sohr")
    assert sohr is not None
    assert BOOK.describes(description, sohr) is fits


def test_the_observatory_director_identifies_the_observatory() -> None:
    found = default_sourcebook().sole_fit("the Observatory director")
    assert found is not None and found.id == "sohr"
