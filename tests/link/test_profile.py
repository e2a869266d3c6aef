"""Profiles: what the linker reads from an incident."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.link import profile_of
from eventwire.link.profile import is_governorate_namesake, shingles
from eventwire.model import (
    Actor,
    ActorRole,
    Claim,
    Count,
    DatePrecision,
    DateRange,
    GeoPrecision,
    Incident,
    NamedVictim,
    Place,
    Source,
    Victims,
)


def _incident(**changes: object) -> Incident:
    fields: dict[str, object] = {
        "id": "inc_1",
        "event_type": "explosions_remote_violence",
        "sub_event_type": "air_drone_strike",
        "date": DateRange(
            start=date(2016, 8, 17), end=date(2016, 8, 18), precision=DatePrecision.DAY
        ),
        "location": Place(
            name="al-Qaterji",
            lat=36.22,
            lon=37.17,
            country_code="SY",
            admin1="Aleppo",
            precision=GeoPrecision.NEIGHBOURHOOD,
        ),
        "fatalities": Count(low=3, high=5),
        "actors": [
            Actor(text="Russian jets", normalized="russia", role=ActorRole.PERPETRATOR),
            Actor(text="unknown", normalized="unknown", role=ActorRole.PERPETRATOR),
            Actor(text="civilians", normalized="civilians", role=ActorRole.TARGET),
        ],
        "victims": Victims(named=[NamedVictim(name="Omran Daqneesh")]),
        "claims": [
            Claim(
                field="event_type",
                value="air_drone_strike",
                source=Source(name="Agence France-Presse", kind="agency", canonical_id="afp"),
                report_id="rep1",
                quote="Warplanes struck Qaterji.",
                start=0,
                end=25,
            )
        ],
        "reports": ["rep1"],
        "summary": "An air strike hit the Qaterji district of Aleppo.",
    }
    return Incident.model_validate(fields | changes)


def test_profile_reads_dates_place_actors_and_figures() -> None:
    p = profile_of(_incident())
    assert (p.start, p.end) == (date(2016, 8, 17).toordinal(), date(2016, 8, 18).toordinal())
    assert p.date_precision == "day" and p.geo_precision == "neighbourhood"
    assert p.place_key == "qaterji" and p.admin1 == "aleppo" and p.country == "SY"
    assert p.perpetrators == {"russia"} and p.targets == {"civilians"}
    assert p.killed == 3 and p.injured is None
    assert p.reports == {"rep1"} and p.sources == {"afp"}
    assert len(p.victim_names) == 1


def test_profile_of_an_undated_unplaced_incident() -> None:
    p = profile_of(_incident(date=None, location=None))
    assert p.start is None and p.lat is None and p.place_key is None


def test_shingles_fold_spelling_and_skip_function_words() -> None:
    assert shingles(["The strike on Qaterji"]) == shingles(["strike  QATERJI"])
    assert shingles(["strike on Qaterji"]) != shingles(["strike on Bustan al-Qasr"])


def test_text_shingles_include_the_claims_quotes() -> None:
    with_quote = profile_of(_incident())
    without = profile_of(_incident(claims=[]))
    assert without.shingles < with_quote.shingles


def _claim_by(source: Source) -> Claim:
    return Claim(
        field="fatalities",
        value={"low": 9, "best": 9, "high": 9},
        source=source,
        report_id="rep1",
        quote="Nine were killed.",
        start=0,
        end=17,
    )


SOHR = Source(name="the Syrian Observatory", kind="monitor", canonical_id="sohr")


def test_an_articles_sources_are_its_outlet_not_the_monitor_it_quotes() -> None:
    outlet = Source(name="Daily Sabah", kind="outlet")
    p = profile_of(_incident(claims=[_claim_by(outlet), _claim_by(SOHR)]))
    assert p.sources == {"daily sabah"}


def test_a_record_without_an_outlet_voice_keeps_every_source() -> None:
    # a MAVERICK-style record names only its publisher, whatever its kind
    p = profile_of(_incident(claims=[_claim_by(SOHR)]))
    assert p.sources == {"sohr"}


@pytest.mark.parametrize(
    ("name", "admin1", "precision", "namesake"),
    [("Idlib", "Idlib", GeoPrecision.TOWN, True),
     ("Ḩamāh", "Hama", GeoPrecision.TOWN, True),
     ("Khan Shaykhun", "Idlib", GeoPrecision.TOWN, False),
     ("Idlib", "Idlib", GeoPrecision.GOVERNORATE, False),
     ("Idlib", None, GeoPrecision.TOWN, False)],
)  # fmt: skip
def test_a_town_named_like_its_governorate(
    name: str, admin1: str | None, precision: GeoPrecision, namesake: bool
) -> None:
    place = Place(name=name, lat=35.9, lon=36.6, country_code="SY", admin1=admin1,
                  precision=precision)  # fmt: skip
    assert is_governorate_namesake(place) is namesake
