"""A small town named after a world city, and a province whose city goes by '<name> City'."""

from __future__ import annotations

from collections import Counter

from eventwire.geo.entry import Entry
from eventwire.geo.resolve import ALIAS, EXACT_NAME, Candidate, Context, best
from eventwire.model import GeoPrecision


def _settlement(
    name: str, cc: str, admin1: str, population: int, aliases: tuple[str, ...] = ()
) -> Entry:
    feature = "city" if population >= 100_000 else "town"
    return Entry(
        name, 1.0, 1.0, cc, admin1, feature, GeoPrecision.TOWN, population, None, "test",
        aliases=aliases,
    )  # fmt: skip


def _province(name: str, cc: str, admin1: str) -> Entry:
    return Entry(
        name, 2.0, 2.0, cc, admin1, "governorate", GeoPrecision.GOVERNORATE, 0, None, "test"
    )


BIG = _settlement("Lutecia", "FR", "FR.11", 2_100_000)
SMALL = _settlement("Lutecia", "US", "US.TX", 25_000)


def test_bare_name_of_a_world_city_is_not_a_small_home_town() -> None:
    cands = [Candidate(SMALL, EXACT_NAME), Candidate(BIG, EXACT_NAME)]
    # Even in a report about the United States, a small Lutecia needs its state named.
    assert best(cands, None, Context(country="US")) == BIG


def test_small_town_wins_when_its_state_is_named() -> None:
    cands = [Candidate(SMALL, EXACT_NAME), Candidate(BIG, EXACT_NAME)]
    ctx = Context(country="US", admin1=Counter({"US.TX": 2}))
    assert best(cands, None, ctx) == SMALL


def test_world_city_known_only_by_an_alias_does_not_push_the_town_out() -> None:
    alias_city = _settlement("Lutetia Parisorum", "FR", "FR.11", 2_100_000)
    cands = [Candidate(SMALL, EXACT_NAME), Candidate(alias_city, ALIAS)]
    assert best(cands, None, Context(country="US")) == SMALL


def test_province_whose_city_is_called_name_city_means_the_province() -> None:
    province = _province("Norland", "CA", "CA.99")
    city = _settlement("Norland", "CA", "CA.99", 500_000, aliases=("Norland City",))
    cands = [Candidate(province, EXACT_NAME), Candidate(city, EXACT_NAME)]
    assert best(cands, None, Context(country="CA")) == province


def test_city_never_called_name_city_keeps_its_bare_name() -> None:
    province = _province("Qasra", "SY", "SY.99")
    city = _settlement("Qasra", "SY", "SY.99", 700_000)
    cands = [Candidate(province, EXACT_NAME), Candidate(city, EXACT_NAME)]
    assert best(cands, None, Context(country="SY")) == city


def test_city_descriptor_still_asks_for_the_city() -> None:
    province = _province("Norland", "CA", "CA.99")
    city = _settlement("Norland", "CA", "CA.99", 500_000, aliases=("Norland City",))
    cands = [Candidate(province, EXACT_NAME), Candidate(city, EXACT_NAME)]
    assert best(cands, "settlement", Context(country="CA")) == city


def test_city_called_name_city_outside_the_namesake_province_keeps_its_name() -> None:
    province = _province("Norland", "US", "US.NL")
    capital = _settlement("Norland", "US", "US.DC", 700_000, aliases=("Norland City",))
    cands = [Candidate(province, EXACT_NAME), Candidate(capital, EXACT_NAME)]
    assert best(cands, None, Context(country="US")) == capital
