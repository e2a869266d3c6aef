"""Assembly's choice of an event's date, and what makes two sentences one incident."""

from __future__ import annotations

from datetime import date

from written_reports import extract_published

from eventwire.extract.pipeline import Extractor

extract = extract_published(date(2017, 3, 8))


def test_the_day_something_was_said_is_not_the_event_day(extractor: Extractor) -> None:
    text = "The Observatory said on Tuesday that shelling killed four people in Douma."
    (inc,) = extract(extractor, text)
    assert inc.date is not None and inc.date.text is None  # not stated: the days before
    # ... the telling, which bounds it: by Tuesday the 7th, so the 6th or the 7th.
    assert (inc.date.start, inc.date.end) == (date(2017, 3, 6), date(2017, 3, 7))


def test_a_day_told_with_the_event_is_its_day(extractor: Extractor) -> None:
    text = "Shelling killed four people in Douma on Tuesday, the Observatory said."
    (inc,) = extract(extractor, text)
    assert inc.date is not None and (inc.date.start, inc.date.end) == (
        date(2017, 3, 7),
        date(2017, 3, 7),
    )


def test_a_date_inside_the_event_noun_dates_it(extractor: Extractor) -> None:
    text = "The group claimed a March 2 bomb attack on a police station in Homs."
    (inc,) = extract(extractor, text)
    assert inc.date is not None and inc.date.start == date(2017, 3, 2)


def test_a_headline_and_its_lead_with_one_toll_are_one_incident(extractor: Extractor) -> None:
    text = (
        "Air strikes kill 14 in northern Syria. "
        "Air strikes killed 14 civilians in Saraqeb on Tuesday, a local doctor said."
    )
    (inc,) = extract(extractor, text)
    assert inc.fatalities is not None and inc.fatalities.best == 14


def test_different_tolls_unplaced_and_undated_stay_apart(extractor: Extractor) -> None:
    text = "Air strikes killed 14 fighters. Air strikes also killed three soldiers."
    assert len(extract(extractor, text)) == 2


def test_a_day_right_after_a_verb_of_telling_dates_the_telling(extractor: Extractor) -> None:
    # Run-on wire text without commas: the parse may hang the day from 'killed', but the day
    # right after 'reported' is when the monitor spoke, so it only bounds the event.
    text = (
        "Four fighters were killed by shells that landed on Douma the monitoring group "
        "reported on Monday."
    )
    (inc,) = extract(extractor, text)
    assert inc.date is not None and inc.date.text is None
    assert (inc.date.start, inc.date.end) == (date(2017, 3, 5), date(2017, 3, 6))


def test_a_day_told_with_the_event_before_a_verb_of_telling_stays(extractor: Extractor) -> None:
    text = "Shelling killed four fighters in Douma on Monday the monitoring group reported."
    (inc,) = extract(extractor, text)
    assert inc.date is not None and (inc.date.start, inc.date.end) == (
        date(2017, 3, 6),
        date(2017, 3, 6),
    )


def test_a_following_sentence_saying_when_it_occurred_dates_the_event(
    extractor: Extractor,
) -> None:
    text = (
        "A coalition jet mistakenly bombed an allied position near Tabqa, killing nine fighters. "
        "The incident occurred on March 2. "
        "The offensive on the town had begun on February 20."
    )
    incidents = extract(extractor, text)
    strike = next(i for i in incidents if i.sub_event_type == "air_drone_strike")
    assert strike.date is not None and strike.date.start == date(2017, 3, 2)


def test_taking_a_town_on_a_day_is_no_occurrence_of_the_event_before(
    extractor: Extractor,
) -> None:
    text = (
        "A coalition jet mistakenly bombed an allied position near Tabqa, killing nine fighters. "
        "Officials took the matter up with the command on March 2."
    )
    (inc,) = extract(extractor, text)
    assert inc.date is not None and inc.date.text is None


def test_a_day_told_only_after_an_event_is_not_lent_to_it(extractor: Extractor) -> None:
    # The shelling takes 'Monday' from the third sentence; the seizure, told before that day is
    # named, does not borrow it.
    text = (
        "Rebel shelling hit houses in Hamdaniyeh in Aleppo. "
        "Rebels also seized a school in the district. "
        "On Monday shells hit the market in Hamdaniyeh, killing 14 people."
    )
    incidents = extract(extractor, text)
    seizure = next(i for i in incidents if i.sub_event_type.endswith("territory"))
    assert seizure.date is not None and seizure.date.text is None
