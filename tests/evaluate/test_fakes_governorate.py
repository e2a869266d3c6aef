"""Which governorate a report is about (FA-KES scoring), on records shaped like real ones."""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.evaluate.fakes import (
    in_origin_role,
    located_with_it,
    main_incident,
    report_governorate,
    tag_zones,
)
from eventwire.model import (
    Claim,
    Count,
    Extraction,
    GeoPrecision,
    Incident,
    Place,
    Report,
    Source,
)

SYRIA = Place(name="Syria", lat=35.0, lon=38.0, country_code="SY", precision=GeoPrecision.COUNTRY)
TOWNS = {
    "Aleppo": ("Aleppo", 36.2, 37.16),
    "Idlib": ("Idlib", 35.93, 36.63),
    "Damascus": ("Damascus", 33.51, 36.29),
    "Homs": ("Homs", 34.73, 36.71),
    "Hasakeh": ("Hasakah", 36.5, 40.75),
    "Tartous": ("Tartus", 34.89, 35.89),
}


def town(name: str) -> Place:
    admin1, lat, lon = TOWNS[name]
    return Place(
        name=name,
        lat=lat,
        lon=lon,
        country_code="SY",
        admin1=admin1,
        precision=GeoPrecision.TOWN,
        text=name,
    )


def claim(field: str, quote: str) -> Claim:
    source = Source(name="the report", kind="outlet")
    return Claim(field=field, value=None, source=source, report_id="r", quote=quote, start=0, end=1)


def incident(
    where: str, sentence: str, *, place_sentence: str | None = None, dead: int = 0
) -> Incident:
    claims = [claim("event_type", sentence), claim("location", place_sentence or sentence)]
    return Incident(
        id=f"inc_{where}_{dead}",
        event_type="explosions_remote_violence",
        sub_event_type="air_drone_strike",
        location=town(where),
        fatalities=Count(best=dead) if dead else None,
        claims=claims,
    )


def extraction(title: str, places: list[str], incidents: Sequence[Incident] = ()) -> Extraction:
    report = Report(id="r", text=" ".join(places), title=title)
    return Extraction(report=report, incidents=list(incidents), places=[town(p) for p in places])


def test_the_governorate_named_most_and_first_wins() -> None:
    ex = extraction("Air strikes kill 12 civilians", ["Aleppo", "Idlib", "Aleppo", "Aleppo"])
    assert report_governorate(ex) == "aleppo"


def test_the_title_outweighs_later_background_mentions() -> None:
    # "Air strikes kill 12 in rebel-held areas of Syrias Aleppo": a lead that names Idlib first.
    ex = extraction(
        "Air strikes kill 12 in rebel-held areas of Syrias Aleppo",
        ["Idlib", "Idlib", "Aleppo", "Idlib"],
    )
    assert report_governorate(ex) == "aleppo"


def test_the_first_place_of_the_title_counts_most() -> None:
    ex = extraction(
        "Terrorist attacks kill a woman injure 9 in Hasaka and Aleppo",
        ["Aleppo", "Hasakeh", "Aleppo", "Hasakeh"],
    )
    ex.places[1] = ex.places[1].model_copy(update={"text": "Hasaka"})
    ex.places[3] = ex.places[3].model_copy(update={"text": "Hasaka"})
    assert report_governorate(ex) == "hasakeh"


def test_a_stated_main_incident_tips_a_close_call() -> None:
    # "String of bomb blasts kill at least 42 in Syria": Tartous, Homs and Homs again.
    lead = "At least 30 people had been killed in a double bomb attack outside the city of Tartous."
    ex = extraction(
        "String of bomb blasts kill at least 42 in Syria",
        ["Tartous", "Homs", "Homs", "Tartous"],
        [incident("Tartous", lead, dead=30)],
    )
    assert report_governorate(ex) == "tartous"


def test_a_place_filled_in_from_context_is_not_located_with_the_incident() -> None:
    stated = incident("Aleppo", "Air strikes killed 45 civilians in Aleppo.", dead=45)
    inferred = incident(
        "Damascus",
        "86 dead in suspected chemical attack on a rebel-held town.",
        place_sentence="Moscow defended its ally in Damascus.",
        dead=86,
    )
    assert located_with_it(stated)
    assert not located_with_it(inferred)


def test_an_inferred_place_gets_no_incident_vote() -> None:
    inferred = incident(
        "Damascus",
        "The death toll from a suspected chemical attack has risen to 86.",
        place_sentence="Moscow defended the government in Damascus.",
        dead=86,
    )
    ex = extraction("86 dead in suspected Syria chemical attack", ["Idlib", "Damascus"], [inferred])
    assert report_governorate(ex) == "idlib"


def test_no_syrian_place_gives_no_answer() -> None:
    report = Report(id="r", text="Turkish army howitzers fired on militants.", title=None)
    assert report_governorate(Extraction(report=report, places=[SYRIA])) is None


def test_main_incident_prefers_one_with_figures_among_the_first_three() -> None:
    first = incident("Idlib", "Jets struck Idlib.")
    second = incident("Aleppo", "Shelling killed 9 in Aleppo.", dead=9)
    assert main_incident([first, second]) is second


def test_places_people_came_from_do_not_vote() -> None:
    text = (
        "A roadside bomb hit buses carrying families evacuated from the villages of Idlib and "
        "Idlib as they waited outside Aleppo."
    )
    ex = extraction("Bomb hits convoy", ["Idlib", "Idlib", "Aleppo"])
    ex = ex.model_copy(update={"report": Report(id="r", text=text, title="Bomb hits convoy")})
    assert report_governorate(ex) == "aleppo"


def test_an_origin_phrase_ends_at_a_locative_preposition() -> None:
    assert in_origin_role("Thousands of refugees from the border towns of Azaz and ")
    assert not in_origin_role("Thousands of refugees from the north crossed into ")
    assert not in_origin_role("Residents fled from shelling in ")
    assert not in_origin_role("Refugees from Homs arrived. Jets then struck ")
    assert not in_origin_role("A missile fired from ")


def test_an_origin_in_the_title_does_not_vote() -> None:
    ex = extraction("Funeral for 20 martyrs from Idlib held in Homs", ["Idlib", "Homs", "Idlib"])
    assert report_governorate(ex) == "homs"


def test_a_tag_line_lists_topics_not_scenes() -> None:
    text = "Tags Syria Idlib Idlib rebels The army shelled a market in Hasakeh on Monday."
    assert tag_zones(text) == [(5, 30)]
    ex = extraction("Shelling kills five", ["Idlib", "Idlib", "Hasakeh"])
    ex = ex.model_copy(update={"report": Report(id="r", text=text, title="Shelling kills five")})
    assert report_governorate(ex) == "hasakeh"
