"""Assembly, round 2: one event told again without its place, habits and stretches of time, doers
told in an earlier sentence, barrel bombs, and days joined by 'and'."""

from __future__ import annotations

from datetime import date

from written_reports import extract_published

from eventwire.extract.pipeline import Extractor
from eventwire.model import Incident

extract = extract_published(date(2017, 3, 7))


def perpetrators(incident: Incident) -> set[str]:
    return {a.normalized for a in incident.actors if a.role.value == "perpetrator"}


# ------------------------------------------------------------------ one event, told again


def test_an_event_told_again_without_a_place_is_the_same_incident(extractor: Extractor) -> None:
    text = (
        "Air strikes hit a market in Saraqeb on Monday, killing nine people. "
        "Rescue workers searched the rubble for hours. "
        "The air strikes also destroyed a bakery nearby, residents said."
    )
    (inc,) = extract(extractor, text)
    assert inc.location is not None and inc.location.text == "Saraqeb"


def test_another_attack_of_the_same_kind_stays_apart(extractor: Extractor) -> None:
    text = (
        "Air strikes hit a market in Saraqeb on Monday. "
        "Another air strike hit a school, the monitor said."
    )
    assert len(extract(extractor, text)) == 2


def test_a_different_toll_without_a_place_is_another_incident(extractor: Extractor) -> None:
    text = (
        "Shelling killed six civilians in Douma on Monday. "
        "Rebel shelling killed two soldiers, state media said."
    )
    assert len(extract(extractor, text)) == 2


def test_a_place_the_gazetteer_lacks_still_keeps_an_incident_apart(extractor: Extractor) -> None:
    text = (
        "Shelling killed six civilians in Douma on Monday. "
        "Shelling also hit the Zorbatiyeh neighbourhood, wounding a child."
    )
    assert len(extract(extractor, text)) == 2


# ------------------------------------------------------------------ habits and stretches


def test_days_of_strikes_are_a_stretch_not_an_incident(extractor: Extractor) -> None:
    text = "Five days of air strikes across the province had left more than 60 civilians dead."
    assert extract(extractor, text) == []


def test_habitual_strikes_are_not_an_incident(extractor: Extractor) -> None:
    assert extract(extractor, "Government warplanes regularly bomb the province of Idlib.") == []
    assert extract(extractor, "The militants have carried out numerous executions in Raqqa.") == []


def test_one_day_of_strikes_is_still_an_incident(extractor: Extractor) -> None:
    (inc,) = extract(extractor, "Air strikes on Douma killed five people on Sunday.")
    assert inc.sub_event_type == "air_drone_strike"


# ------------------------------------------------------------------ who did it


def test_barrel_bombs_are_the_governments(extractor: Extractor) -> None:
    (inc,) = extract(extractor, "Barrel bombs killed eleven people in Darayya on Tuesday.")
    assert perpetrators(inc) == {"syrian_government"}


def test_strikes_take_the_doer_named_a_sentence_before(extractor: Extractor) -> None:
    text = (
        "Russian warplanes bombed the town of Saraqeb on Monday. "
        "The air strikes killed seven civilians, a local doctor said."
    )
    (inc,) = extract(extractor, text)
    assert perpetrators(inc) == {"russia"}


def test_a_strike_elsewhere_takes_the_doer_of_the_strikes_just_told(extractor: Extractor) -> None:
    text = (
        "Russian warplanes bombed the town of Saraqeb on Monday, killing three people. "
        "Another air strike killed five people in Douma on Monday."
    )
    douma = next(i for i in extract(extractor, text) if i.location and i.location.text == "Douma")
    assert perpetrators(douma) == {"russia"}


def test_a_target_named_before_is_not_the_doer(extractor: Extractor) -> None:
    text = (
        "Air strikes targeted rebels in Saraqeb on Monday. "
        "Shelling killed seven civilians in Douma on Tuesday."
    )
    douma = next(i for i in extract(extractor, text) if i.location and i.location.text == "Douma")
    assert "rebels" not in perpetrators(douma)


# ------------------------------------------------------------------ dates


def test_days_joined_by_and_make_one_range(extractor: Extractor) -> None:
    text = "Air strikes on Douma killed twelve people on Saturday and Sunday, a monitor said."
    (inc,) = extract(extractor, text, published=date(2017, 3, 6))  # a Monday
    assert inc.date is not None
    assert (inc.date.start, inc.date.end) == (date(2017, 3, 4), date(2017, 3, 5))


def test_a_day_told_again_does_not_shrink_the_stated_range(extractor: Extractor) -> None:
    text = (
        "Air strikes on Douma killed twelve people on Saturday and Sunday, a monitor said. "
        "The strikes on Douma tonight were heavy, a resident said."
    )
    (inc,) = extract(extractor, text, published=date(2017, 3, 5))  # a Sunday
    assert inc.date is not None
    assert (inc.date.start, inc.date.end) == (date(2017, 3, 4), date(2017, 3, 5))


def test_one_and_the_other_share_out_one_event(extractor: Extractor) -> None:
    text = (
        "Two suicide bombers killed 30 fighters in Qamishli on Monday. "
        "The two blew themselves up at two bases, one held by the army, the other by the police."
    )
    (inc,) = extract(extractor, text)
    assert inc.sub_event_type == "suicide_bomb"


def test_a_named_group_beats_a_headlines_generic_label(extractor: Extractor) -> None:
    # State media's headline calls the doers 'terrorist'; the body names the group.
    text = (
        "Two civilians injured in terrorist rocket attack on Jableh. "
        "Two civilians were injured when ISIS fired rocket shells on the town of Jableh in "
        "Latakia province."
    )
    (inc,) = extract(extractor, text)
    perp = inc.perpetrator()
    assert perp is not None and perp.normalized == "isis"


def test_the_attack_taken_up_in_comment_is_no_new_incident(extractor: Extractor) -> None:
    text = (
        "Missiles struck an air base near Homs on Friday, killing six soldiers. "
        "The president said the attack was a response to the alleged use of chemical weapons "
        "in Idlib on Tuesday, which he blames on Damascus."
    )
    incidents = extract(extractor, text)
    assert [i.sub_event_type for i in incidents if i.sub_event_type == "attack"] == []


def test_an_attack_with_its_own_toll_is_still_an_incident(extractor: Extractor) -> None:
    text = (
        "Missiles struck an air base near Homs on Friday, killing six soldiers. "
        "In Idlib, the attack on a checkpoint on Thursday killed three guards."
    )
    assert len(extract(extractor, text)) == 2
