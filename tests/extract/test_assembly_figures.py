"""Assembly: which incident a figure told on its own belongs to, tallies and campaigns, and how
far a round-up's day reaches."""

from __future__ import annotations

from datetime import date

from written_reports import extract_published

from eventwire.extract.pipeline import Extractor
from eventwire.model import Incident

extract = extract_published(date(2017, 3, 7))


def by_town(incidents: list[Incident]) -> dict[str, Incident]:
    return {i.location.text: i for i in incidents if i.location is not None}


def test_a_figure_for_a_place_told_earlier_goes_to_that_place(extractor: Extractor) -> None:
    text = (
        "Rebel rockets hit Homs on Monday, killing three civilians. "
        "Government shelling struck Saraqeb on Monday, killing two people. "
        "In Homs, five other people were wounded, a doctor said."
    )
    towns = by_town(extract(extractor, text))
    homs, saraqeb = towns["Homs"], towns["Saraqeb"]
    assert homs.injuries is not None and homs.injuries.best == 5
    assert saraqeb.injuries is None


def test_a_figure_for_a_place_no_incident_has_joins_none(extractor: Extractor) -> None:
    text = (
        "Rebel rockets hit Homs on Monday, killing three civilians. "
        "Government shelling struck Saraqeb on Monday, killing two people. "
        "In Latakia, five people were wounded, a doctor said."
    )
    towns = by_town(extract(extractor, text))
    assert all(inc.injuries is None for inc in towns.values())


def test_a_campaign_does_not_swallow_the_strike_told_before_it(extractor: Extractor) -> None:
    text = (
        "Warplanes bombed Saraqeb, killing seven people, a doctor said. "
        "The air force has been carrying out air strikes on the area since September 2014."
    )
    (inc,) = extract(extractor, text)
    assert inc.location is not None and inc.location.text == "Saraqeb"
    assert inc.fatalities is not None and inc.fatalities.best == 7
    assert inc.date is not None and inc.date.end == date(2017, 3, 7)


def test_a_months_tally_is_not_the_toll_of_the_day_it_is_merged_with(
    extractor: Extractor,
) -> None:
    text = (
        "More than 60 civilians have been killed in shelling of Homs in February, the governor "
        "said. On February 10 shells hit a market in Homs, killing nine people."
    )
    incidents = extract(extractor, text, published=date(2017, 2, 20))
    day = next(i for i in incidents if i.date is not None and i.date.start == date(2017, 2, 10))
    assert day.fatalities is not None and day.fatalities.best == 9


def test_two_figures_for_one_day_keep_the_first(extractor: Extractor) -> None:
    text = (
        "Shelling of Homs on February 10 killed 12 people, the governor said. "
        "On February 10 shells hit a market in Homs, killing nine people."
    )
    (inc,) = extract(extractor, text, published=date(2017, 2, 20))
    assert inc.fatalities is not None and inc.fatalities.best == 12


def test_a_round_ups_day_carries_on_through_its_items(extractor: Extractor) -> None:
    text = (
        "On Monday, air strikes hit Saraqeb, killing four people. "
        "Shelling killed two people in Homs. "
        "The monitor said the toll could rise. "
        "It gave no further details. "
        "Rockets hit Daraa, wounding five people. "
        "Residents fled the area. "
        "Mortar fire hit Hama, killing one man."
    )
    towns = by_town(extract(extractor, text))
    hama = towns["Hama"]
    assert hama.date is not None and hama.date.start == hama.date.end == date(2017, 3, 6)


def test_a_day_told_long_before_does_not_reach_an_item_far_after(extractor: Extractor) -> None:
    text = (
        "On Monday, air strikes hit Saraqeb, killing four people. "
        "The monitor said the toll could rise. "
        "It gave no further details. "
        "Residents fled the area. "
        "Aid groups asked for access. "
        "Schools were closed. "
        "Mortar fire hit Hama, killing one man."
    )
    hama = by_town(extract(extractor, text))["Hama"]
    assert hama.date is not None and hama.date.start == date(2017, 3, 6)
    assert hama.date.end == date(2017, 3, 7)


def test_troops_and_an_allied_militia_regain_territory(extractor: Extractor) -> None:
    text = "Syrian troops and Hezbollah fighters wrested control of the town of Qusayr on Monday."
    (inc,) = extract(extractor, text)
    assert inc.sub_event_type == "government_regains_territory"


def test_a_militia_on_its_own_overtakes_territory(extractor: Extractor) -> None:
    text = "Hezbollah fighters seized the town of Qusayr on Monday."
    (inc,) = extract(extractor, text)
    assert inc.sub_event_type == "non_state_actor_overtakes_territory"


def perpetrators(inc: Incident) -> list[str]:
    return [a.normalized for a in inc.actors if a.role.value == "perpetrator"]


def test_forces_named_beside_a_bombing_did_not_set_it_off(extractor: Extractor) -> None:
    text = (
        "A car bomb exploded in Homs on Monday, killing five people, as government forces "
        "pressed an offensive nearby."
    )
    (inc,) = extract(extractor, text)
    assert perpetrators(inc) == []


def test_the_group_that_claims_a_bombing_is_its_perpetrator(extractor: Extractor) -> None:
    text = "A car bomb claimed by the Islamic State group exploded in Homs on Monday, killing five."
    (inc,) = extract(extractor, text)
    assert perpetrators(inc) == ["isis"]
