"""Assembly: sentences → incidents (merging, context, fallbacks) on short real-style reports."""

from __future__ import annotations

from datetime import date

from written_reports import extract_published

from eventwire.extract.pipeline import Extractor
from eventwire.model import DatePrecision, Incident, Report

extract = extract_published(date(2017, 3, 7))


def test_sentences_about_one_strike_make_one_incident(extractor: Extractor) -> None:
    text = (
        "Warplanes bombed the town of Saraqeb on Monday. "
        "The strike killed seven civilians, a local doctor said."
    )
    (inc,) = extract(extractor, text)
    assert inc.sub_event_type == "air_drone_strike"
    assert inc.location is not None and inc.location.text == "Saraqeb"
    assert inc.location.admin1 == "Idlib"
    assert inc.fatalities is not None and inc.fatalities.best == 7


def test_strikes_on_different_days_stay_apart(extractor: Extractor) -> None:
    text = (
        "Warplanes bombed Saraqeb on Monday, killing three people. "
        "Warplanes bombed Saraqeb again on Saturday, killing five people."
    )
    incidents = extract(extractor, text)
    assert sorted(i.date.start for i in incidents if i.date) == [date(2017, 3, 4), date(2017, 3, 6)]


def test_strikes_in_different_towns_stay_apart(extractor: Extractor) -> None:
    text = "On Monday, air strikes hit Douma. On Monday, air strikes also hit Saraqeb."
    assert {i.location.text for i in extract(extractor, text) if i.location} == {"Douma", "Saraqeb"}


def test_trend_sentence_makes_no_incident(extractor: Extractor) -> None:
    assert (
        extract(extractor, "The number of air strikes on Idlib has risen in recent months.") == []
    )


def test_undated_incident_takes_the_days_before_publication(extractor: Extractor) -> None:
    (inc,) = extract(extractor, "Shelling killed four civilians in Douma, activists said.")
    assert inc.date is not None
    assert (inc.date.start, inc.date.end, inc.date.precision, inc.date.text) == (
        date(2017, 3, 6),
        date(2017, 3, 7),
        DatePrecision.WEEK,
        None,
    )


def test_claim_without_attribution_is_the_outlets(extractor: Extractor) -> None:
    (inc,) = extract(extractor, "Shelling killed four civilians in Douma on Monday.")
    assert {c.source.name for c in inc.claims} == {"Test Wire"}
    assert {c.source.kind for c in inc.claims} == {"outlet"}


def test_hedged_claims_are_flagged(extractor: Extractor) -> None:
    (inc,) = extract(extractor, "An air strike reportedly hit a school in Douma on Monday.")
    assert all(c.hedged for c in inc.claims if c.field in {"event_type", "location"})


def test_wire_credit_becomes_the_source(extractor: Extractor) -> None:
    (inc,) = extract(extractor, "Shelling killed four civilians in Douma on Monday. - REUTERS")
    source = next(c.source for c in inc.claims if c.field == "fatalities")
    assert (source.name, source.kind, source.via) == ("REUTERS", "agency", "Test Wire")


def test_extraction_lists_places_named(extractor: Extractor) -> None:
    report = Report(id="t", text="Talks in Geneva went on while Douma was shelled on Monday.")
    places = extractor.extract(report).places
    assert {"Geneva", "Douma"} <= {p.text for p in places}


def test_multi_process_parsing_gives_the_same_incidents() -> None:
    reports = [
        Report(id=f"r{i}", text=text, published=date(2017, 3, 7))
        for i, text in enumerate(
            [
                "Warplanes bombed Saraqeb on Monday, killing seven civilians, a doctor said.",
                "Rebels shelled western Aleppo on Sunday, wounding 12 people.",
            ]
        )
    ]
    one = [e.incidents for e in Extractor(n_process=1).extract_many(reports)]
    two = [e.incidents for e in Extractor(n_process=2, batch_size=1).extract_many(reports)]
    assert one == two and all(one)


def test_dateline_is_not_the_event_date(extractor: Extractor) -> None:
    text = (
        "Wed 19 Apr 2017 Aleppo bomb blast kills six. A bomb blast killed six people in Aleppo "
        "on Tuesday, state television reported."
    )
    (inc,) = extract(extractor, text, published=date(2017, 4, 19))
    assert inc.date is not None and inc.date.start == date(2017, 4, 18)


def test_background_incident_is_left_out(extractor: Extractor) -> None:
    text = "Warplanes bombed Douma on Monday. Protests against the government began in March 2011."
    incidents = extract(extractor, text)
    assert [i.sub_event_type for i in incidents] == ["air_drone_strike"]


def test_a_town_in_another_country_does_not_merge_into_a_country(extractor: Extractor) -> None:
    text = (
        "Air strikes in northern Syria killed 12 civilians on Monday. "
        "On Monday, air strikes also hit Ramadi in Iraq."
    )
    places = {(i.location.country_code if i.location else None) for i in extract(extractor, text)}
    assert places == {"SY", "IQ"}


def perpetrators(incident: Incident) -> list[str]:
    return [a.normalized for a in incident.actors if a.role.value == "perpetrator"]


def test_an_armed_actor_beside_the_event_is_its_perpetrator(extractor: Extractor) -> None:
    # Run-on text as FA-KES prints it: no parse link from the regime to the shelling.
    text = "Douma 5 civilians killed in regime forces shelling on Monday activists said."
    (inc,) = extract(extractor, text)
    assert perpetrators(inc) == ["syrian_government"]


def test_whose_ground_it_is_is_not_who_struck(extractor: Extractor) -> None:
    (inc,) = extract(extractor, "An air strike hit a hospital in rebel-held Idlib on Monday.")
    assert perpetrators(inc) == []


def test_victims_are_not_perpetrators(extractor: Extractor) -> None:
    text = "Separate air strikes near Saraqeb killed 12 people including rebel fighters on Monday."
    (inc,) = extract(extractor, text)
    assert "rebels" not in perpetrators(inc)


def test_chemical_weapons_as_a_stockpile_are_not_an_attack(extractor: Extractor) -> None:
    text = "The regime has said it gave up its chemical weapons under the 2013 deal."
    assert extract(extractor, text) == []


def test_a_chemical_attack_is_an_incident(extractor: Extractor) -> None:
    (inc,) = extract(extractor, "A chemical attack on Khan Sheikhoun killed 70 people on Tuesday.")
    assert inc.sub_event_type == "chemical_weapon"


def test_a_campaign_since_years_is_not_an_incident(extractor: Extractor) -> None:
    text = "Government forces have shelled Douma since early 2016, activists said."
    assert extract(extractor, text) == []


def test_a_round_up_states_the_day_once(extractor: Extractor) -> None:
    text = (
        "Air strikes on Saraqeb killed seven civilians on Monday, the Observatory said. "
        "Elsewhere, shelling on Douma killed six civilians."
    )
    dates = {i.location.text if i.location else None: i.date for i in extract(extractor, text)}
    douma = dates["Douma"]
    assert douma is not None and douma.start == douma.end == date(2017, 3, 6)


def test_an_inherited_day_is_flagged_as_inferred(extractor: Extractor) -> None:
    text = "Air strikes on Saraqeb killed seven civilians on Monday. Elsewhere, shelling on Douma killed six."
    douma = next(i for i in extract(extractor, text) if i.location and i.location.text == "Douma")
    assert all(c.hedged for c in douma.claims if c.field == "date")


def test_assembly_keeps_no_doc_alive(extractor: Extractor) -> None:
    import gc

    from eventwire.extract import assemble as assemble_module

    for i in range(3):
        extractor.extract(Report(id=f"leak{i}", text="Warplanes bombed Saraqeb on Monday."))
    gc.collect()
    assert len(assemble_module._BUCKETS) == 0


def test_one_sentence_of_two_incidents_gives_each_figure_once(extractor: Extractor) -> None:
    text = "On Monday rebels shelled Aleppo, and air strikes killed six people in Saraqeb."
    incidents = extract(extractor, text)
    tolls = [i.fatalities.best for i in incidents if i.fatalities is not None]
    assert tolls == [6]
    (struck,) = [i for i in incidents if i.fatalities is not None]
    assert struck.sub_event_type == "air_drone_strike"


def test_a_figure_of_another_day_does_not_join_the_last_incident(extractor: Extractor) -> None:
    text = (
        "Warplanes bombed Saraqeb on Monday, killing three people. "
        "Another two civilians were wounded on February 20."
    )
    (inc,) = extract(extractor, text)
    assert inc.fatalities is not None and inc.fatalities.best == 3
    assert inc.injuries is None


def test_a_figure_of_the_same_incident_told_next_still_joins(extractor: Extractor) -> None:
    text = "Warplanes bombed Saraqeb on Monday. Seven civilians were killed, a local doctor said."
    (inc,) = extract(extractor, text)
    assert inc.fatalities is not None and inc.fatalities.best == 7


def test_the_day_a_source_spoke_bounds_an_undated_event(extractor: Extractor) -> None:
    # Published Wednesday 8 March; the monitor spoke on Monday the 6th.
    text = "The Observatory said on Monday that air strikes killed six people in Douma."
    (inc,) = extract(extractor, text, published=date(2017, 3, 8))
    assert inc.date is not None
    assert (inc.date.start, inc.date.end, inc.date.precision) == (
        date(2017, 3, 5),
        date(2017, 3, 6),
        DatePrecision.WEEK,
    )
    (claim,) = [c for c in inc.claims if c.field == "date"]
    assert claim.quote  # the evidence is the sentence that says when the source spoke


def test_a_source_speaking_on_the_day_of_publication_changes_nothing(
    extractor: Extractor,
) -> None:
    text = "The Observatory said on Wednesday that air strikes killed six people in Douma."
    (inc,) = extract(extractor, text, published=date(2017, 3, 8))
    assert inc.date is not None
    assert (inc.date.start, inc.date.end) == (date(2017, 3, 7), date(2017, 3, 8))
