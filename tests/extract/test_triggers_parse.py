"""Event types read from the parse: who or what did the violence, what was shot down, and
intentions that are not events."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _triggers(make_nlp: Callable[..., object], sentence: str) -> list[tuple[str, bool]]:
    """(sub_event_type, happened) of every trigger in the sentence."""
    doc = make_nlp("eventwire_lines", "eventwire_triggers")(sentence)  # type: ignore[operator]
    return [
        (s._.ew_trigger.sub_event_type, not (s._.ew_trigger.irrealis or s._.ew_trigger.negated))
        for s in doc.spans["ew_triggers"]
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The doer of a violent verb decides its type.
        ("Two girls were killed by regime bombs in a market near Idlib.", "air_drone_strike"),
        (
            "Rocket and mortar fire from the eastern districts killed three women on Sunday.",
            "shelling_artillery_missile_attack",
        ),
        (
            "Government helicopters flying low over the valley wounded eleven farmers.",
            "air_drone_strike",
        ),
        # An attack or massacre committed by the air force is an air strike.
        (
            "The air force carried out a massacre in the town of Saqba on Friday.",
            "air_drone_strike",
        ),
        # A crewed aircraft brought down is a battle with its crew; a drone is disrupted use.
        ("Rebels shot down a government helicopter near Kafr Nabl.", "armed_clash"),
        ("A military transport plane was shot down over the desert.", "armed_clash"),
        ("Soldiers shot down two unmanned aircraft over the base.", "disrupted_weapons_use"),
        ("Troops shot down three radio-controlled planes near the dam.", "disrupted_weapons_use"),
        # An enemy driven out of a place, and control wrested: territory taken.
        (
            "Kurdish fighters ousted the jihadists from the town of Suluk on Sunday.",
            "non_state_actor_overtakes_territory",
        ),
        (
            "The militants were expelled by the army from the old quarter.",
            "non_state_actor_overtakes_territory",
        ),
        (
            "Government troops managed to wrest control of the hill.",
            "non_state_actor_overtakes_territory",
        ),
        # Chemical agents carried by a munition.
        ("Militants fired shells filled with chlorine gas at the village.", "chemical_weapon"),
        ("Helicopters dropped barrel bombs laced with toxic chemicals.", "chemical_weapon"),
        # Ground forces advancing into a place: fighting.
        ("Rebels advanced into the town of Halfaya on Tuesday.", "armed_clash"),
    ],
)
def test_type_from_the_parse(make_nlp: Callable[..., object], sentence: str, expected: str) -> None:
    assert (expected, True) in _triggers(make_nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # A suicide or motorbike bomber is a person, not an aircraft.
        ("A suicide bomber killed nine people at a checkpoint.", "air_drone_strike"),
        ("A motorbike bomber killed four guards outside the bank.", "air_drone_strike"),
        # Drones that were shot down did not strike: the doer is read from the parse.
        ("Troops shot down two drones and destroyed a tank near Hama.", "air_drone_strike"),
        # A ruler ousted from power is no territory taken.
        (
            "Protesters ousted the governor from power last year.",
            "non_state_actor_overtakes_territory",
        ),
        ("Parliament ousted the mayor from office.", "non_state_actor_overtakes_territory"),
        # A drone shot down is not a battle.
        ("The army shot down a drone over the airport.", "armed_clash"),
    ],
)
def test_type_not_given(make_nlp: Callable[..., object], sentence: str, absent: str) -> None:
    assert absent not in {sub for sub, _ in _triggers(make_nlp, sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        # Purpose and attempts: what the doers were after, not what happened.
        "Kurdish units fought for a month to push the militants out of the town.",
        "Insurgents were trying to storm the airbase.",
        "The regime has been attempting to seize the farms for two years.",
    ],
)
def test_aims_are_not_events(make_nlp: Callable[..., object], sentence: str) -> None:
    found = _triggers(make_nlp, sentence)
    assert ("non_state_actor_overtakes_territory", False) in found
    assert ("non_state_actor_overtakes_territory", True) not in found


def test_a_managed_taking_happened(make_nlp: Callable[..., object]) -> None:
    # 'managed to' reports success, unlike 'tried to'.
    found = _triggers(make_nlp, "The army managed to capture the village after dawn.")
    assert ("non_state_actor_overtakes_territory", True) in found
