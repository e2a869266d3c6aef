"""Which trigger words report an event, read from the parse: ground forces fighting armed men,
chemical loads, people (not ground) taken, participles that describe, and agreements' ends."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _happened(make_nlp: Callable[..., object], sentence: str) -> set[str]:
    """Sub-event types of the triggers that report something that happened."""
    doc = make_nlp("eventwire_lines", "eventwire_triggers")(sentence)  # type: ignore[operator]
    return {
        s._.ew_trigger.sub_event_type
        for s in doc.spans["ew_triggers"]
        if not (s._.ew_trigger.irrealis or s._.ew_trigger.negated)
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A ground force killing or destroying armed men and their gear: a battle.
        ("A second army unit killed every member of the armed cell near the mill.", "armed_clash"),
        ("Government troops destroyed four militant vehicles outside Tal Rifaat.", "armed_clash"),
        ("Kurdish fighters eliminated scores of jihadists on the eastern front.", "armed_clash"),
        # The doer behind a hedge the parser makes the root.
        ("Warplanes thought to be Syrian killed nine farmers near the dam.", "air_drone_strike"),
        # Armed men taken prisoner: a battle; civilians taken: an abduction.
        ("Rebels captured eight soldiers at the checkpoint on Monday.", "armed_clash"),
        ("Gunmen seized three aid workers on the road to Azaz.", "abduction_forced_disappearance"),
        # A subject of its own makes a misread participle a verb again.
        (
            "Activists said fighters including the Idlib-based Sham Legion captured regime-held "
            "hills near the lake.",
            "non_state_actor_overtakes_territory",
        ),
        # An agreement made is still one.
        ("The two sides agreed a truce for the eastern suburbs.", "agreement"),
    ],
)
def test_event_read(make_nlp: Callable[..., object], sentence: str, expected: str) -> None:
    assert expected in _happened(make_nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # Killing civilians is no battle, whoever does it.
        ("Government troops killed eleven civilians in the market.", "armed_clash"),
        # Nor is a force destroying what is not armed.
        ("The army destroyed two bridges over the river.", "armed_clash"),
        # A participle describing people or ground: no ground taken now.
        (
            "The group published pictures of captured pilots in orange suits.",
            "non_state_actor_overtakes_territory",
        ),
        (
            "Its fighters struggled to hold captured territory in the desert.",
            "non_state_actor_overtakes_territory",
        ),
        # People taken, of no told side, are no ground taken.
        (
            "Troops surrounded the gunmen and captured several of them.",
            "non_state_actor_overtakes_territory",
        ),
        ("Most of the others have been captured.", "non_state_actor_overtakes_territory"),
        # The end of an agreement is no report of its making.
        ("Shelling resumed after the brokered truce collapsed on Friday.", "agreement"),
        ("The raids marked the end of a UN-brokered ceasefire in the south.", "agreement"),
    ],
)
def test_event_not_read(make_nlp: Callable[..., object], sentence: str, absent: str) -> None:
    assert absent not in _happened(make_nlp, sentence)


def test_a_plane_that_fell_crashed(make_nlp: Callable[..., object]) -> None:
    # An aircraft coming down is no strike.
    assert (
        _type_of(make_nlp, "A military helicopter fell in the desert east of Homs.", "fell") is None
    )


def test_a_place_taken_is_still_ground(make_nlp: Callable[..., object]) -> None:
    # 'it' stands for a place: the taking is territory, not people.
    found = _happened(make_nlp, "The village fell after rebels captured it on Sunday.")
    assert "non_state_actor_overtakes_territory" in found


def _type_of(make_nlp: Callable[..., object], sentence: str, word: str) -> str | None:
    """The sub-event type of the trigger that is `word` or ends with it."""
    doc = make_nlp("eventwire_lines", "eventwire_triggers")(sentence)  # type: ignore[operator]
    subs = [
        s._.ew_trigger.sub_event_type
        for s in doc.spans["ew_triggers"]
        if s.text == word or s.text.endswith(" " + word)
    ]
    return subs[0] if subs else None


@pytest.mark.parametrize(
    "sentence",
    [
        # A chemical load decides the type of the drop, whoever dropped it (the weapon named
        # alone is only a weak mention).
        "A helicopter dropped chlorine barrels on the village at dawn.",
        "Warplanes dropped toxic gas canisters over the northern quarter.",
        "Jets dropped containers packed with sarin on the outskirts.",
    ],
)
def test_chemical_load_types_the_drop(make_nlp: Callable[..., object], sentence: str) -> None:
    assert _type_of(make_nlp, sentence, "dropped") == "chemical_weapon"


@pytest.mark.parametrize(
    "sentence",
    [
        "Helicopters dropped barrel bombs on the market on Friday.",
        # A chemical named in a clause about the target is no load of the strike.
        "Warplanes struck the clinic that treated victims of a sarin attack.",
    ],
)
def test_chemical_retyping_needs_the_load(make_nlp: Callable[..., object], sentence: str) -> None:
    verb = next(w for w in ("dropped", "struck") if w in sentence.split())
    assert _type_of(make_nlp, sentence, verb) == "air_drone_strike"


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # An outcome word is typed by the means told inside its own phrase.
        (
            "Activists said the massacre in which mortar shells hit a crowded bakery killed 20.",
            "massacre",
            "shelling_artillery_missile_attack",
        ),
        (
            "The attack in which chlorine canisters were used left dozens choking.",
            "attack",
            "chemical_weapon",
        ),
        # Means in another clause of the sentence do not type it.
        (
            "Gunmen carried out a massacre in the village, a day after air strikes hit the town.",
            "massacre",
            "attack",
        ),
        # A munition coming down is shelling; a count's munitions are the doers.
        (
            "Police said a total of four rockets from across the border fell on farms near Kilis.",
            "fell",
            "shelling_artillery_missile_attack",
        ),
        (
            "Two mortar rounds landed near the school gate on Sunday.",
            "landed",
            "shelling_artillery_missile_attack",
        ),
        # Ground given up under fire is ground taken by the attackers; under a deal, handed over.
        (
            "Government troops withdrew from the hill as rebels launched a fierce assault.",
            "withdrew from",
            "non_state_actor_overtakes_territory",
        ),
        (
            "The fighters withdrew from the town under a settlement that ended the fighting.",
            "withdrew from",
            "non_violent_transfer_of_territory",
        ),
        (
            "Rebel units withdrew from the district on Tuesday.",
            "withdrew from",
            "non_violent_transfer_of_territory",
        ),
    ],
)
def test_type_from_the_phrase(
    make_nlp: Callable[..., object], sentence: str, word: str, expected: str
) -> None:
    assert _type_of(make_nlp, sentence, word) == expected
