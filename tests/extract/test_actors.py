"""Actor mentions and their roles in an event."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.extract.components.actors import actor_role
from eventwire.model import ActorRole

ROLE_CASES = [
    ("On Tuesday, Russia launched airstrikes in Aleppo.", "russia", ActorRole.PERPETRATOR),
    ("Syrian rebels broke the government siege on the city.", "rebels", ActorRole.PERPETRATOR),
    (
        "Syrian rebels broke the government siege on the city.",
        "syrian_government",
        ActorRole.TARGET,
    ),
    ("Russian airstrikes hit a market in Idlib.", "russia", ActorRole.PERPETRATOR),
    (
        "The town was bombed by Syrian government warplanes.",
        "syrian_government",
        ActorRole.PERPETRATOR,
    ),
    ("ISIS fighters attacked Kurdish forces near Kobani.", "isis", ActorRole.PERPETRATOR),
    ("ISIS fighters attacked Kurdish forces near Kobani.", "sdf", ActorRole.TARGET),
    # State media's wording for armed opposition groups.
    ("Terrorist organizations fired mortar shells on Jableh.", "rebels", ActorRole.PERPETRATOR),
    ("Syrian war planes bombed a market in Saraqeb.", "syrian_government", ActorRole.PERPETRATOR),
    ("US-led forces bombed a bridge near Raqqa.", "us_led_coalition", ActorRole.PERPETRATOR),
    # The trigger noun's own "by" phrase names the doer, not the clause's subject.
    ("The army foiled an attack by ISIS on its posts.", "isis", ActorRole.PERPETRATOR),
    # A conjoined or participial verb without a subject shares its governor's.
    (
        "ISIS fighters advanced from the east and captured the town of Sukhnah.",
        "isis",
        ActorRole.PERPETRATOR,
    ),
    (
        "ISIS fighters entered the area at dawn, capturing the town of Sukhnah.",
        "isis",
        ActorRole.PERPETRATOR,
    ),
]


@pytest.mark.parametrize(("sentence", "actor", "role"), ROLE_CASES)
def test_actor_role(
    make_nlp: Callable[..., object], sentence: str, actor: str, role: ActorRole
) -> None:
    doc = make_nlp("eventwire_actors", "eventwire_triggers")(sentence)  # type: ignore[operator]
    trigger = doc.spans["ew_triggers"][0]
    roles = {a._.ew_actor.normalized: actor_role(a, trigger) for a in doc.spans["ew_actors"]}
    assert roles.get(actor) is role, roles


def test_lowercase_is_is_not_islamic_state(make_nlp: Callable[..., object]) -> None:
    doc = make_nlp("eventwire_actors")("The boy is five and is now safe.")  # type: ignore[operator]
    assert [a._.ew_actor.normalized for a in doc.spans["ew_actors"]] == []


def test_aliases_normalise(make_nlp: Callable[..., object]) -> None:
    doc = make_nlp("eventwire_actors")("Daesh and the Assad regime both denied it.")  # type: ignore[operator]
    assert [a._.ew_actor.normalized for a in doc.spans["ew_actors"]] == [
        "isis",
        "syrian_government",
    ]


def actors_of(make_nlp: Callable[..., object], sentence: str) -> list[tuple[str, str]]:
    doc = make_nlp("eventwire_actors")(sentence)  # type: ignore[operator]
    return [(a.text, a._.ew_actor.normalized) for a in doc.spans["ew_actors"]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A side's adjective or name on a military noun: only the modifier is the actor.
        (
            "Syrian fighter jets hit a bakery in the north.",
            [("Syrian fighter jets", "syrian_government")],
        ),
        ("Eight men died in US drone strikes near the dam.", [("US", "us_led_coalition")]),
        ("Four died in U.S. air strikes on the bridge.", [("U.S.", "us_led_coalition")]),
        ("Government air strikes hit a school on Monday.", [("Government", "syrian_government")]),
        ("Coalition raids destroyed two oil wells.", [("Coalition", "us_led_coalition")]),
        ("Israeli drones struck a car near the border.", [("Israeli", "israel")]),
        # A military noun inside another actor's name belongs to that actor.
        ("Syrian Kurdish forces took the village.", [("Kurdish forces", "sdf")]),
        # Not a military noun, not a side: a Syrian doctor is nobody's forces.
        ("A Syrian doctor treated the wounded.", []),
        # "us" the pronoun is no side.
        ("They told us forces had left.", []),
    ],
)
def test_side_modifiers(
    make_nlp: Callable[..., object], sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert actors_of(make_nlp, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Daesh militants stormed the checkpoint.", [("Daesh militants", "isis")]),
        ("The ISIS terrorist group shelled the base.", [("ISIS terrorist group", "isis")]),
        (
            "Mortars fired by the terrorists of Jabhat al-Nusra hit a school.",
            [("terrorists of Jabhat al-Nusra", "jabhat_fateh_al_sham")],
        ),
        # Two generic words or two named groups side by side stay apart.
        ("Rebels and militants clashed.", [("Rebels", "rebels"), ("militants", "rebels")]),
    ],
)
def test_generic_word_beside_a_named_group_is_that_group(
    make_nlp: Callable[..., object], sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert actors_of(make_nlp, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Gunmen of the Islamic State blocked the road.",
            [("Gunmen of the Islamic State", "isis")],
        ),
        (
            "Terrorist groups affiliated with the Nusra Front shelled a farm.",
            [("Terrorist groups affiliated with the Nusra Front", "jabhat_fateh_al_sham")],
        ),
        (
            "Insurgents belonging to Daesh mined the bridge.",
            [("Insurgents belonging to Daesh", "isis")],
        ),
        (
            "Terrorists of the so-called Islamic State fired shells.",
            [("Terrorists of the so-called Islamic State", "isis")],
        ),
        # A place or any other word between the two keeps them apart.
        (
            "Militants of the town fought the Islamic State.",
            [("Militants", "rebels"), ("Islamic State", "isis")],
        ),
        (
            "Rebels from Idlib and Daesh fought.",
            [("Rebels", "rebels"), ("Daesh", "isis")],
        ),
    ],
)
def test_generic_word_tied_to_a_named_group_by_membership_is_that_group(
    make_nlp: Callable[..., object], sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert actors_of(make_nlp, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("IS fighters seized the village.", [("IS fighters", "isis")]),
        ("Is the road open? It is.", []),
        ("Russias Aerospace Forces bombed a convoy.", [("Russias Aerospace Forces", "russia")]),
        (
            "The Syrian Arab Air Force bombed a convoy.",
            [("Syrian Arab Air Force", "syrian_government")],
        ),
        ("Jaysh al-Islam fired rockets.", [("Jaysh al-Islam", "rebels")]),
        (
            "Hezbollah al-Nujaba fought in the south.",
            [("Hezbollah al-Nujaba", "syrian_government")],
        ),
    ],
)
def test_spellings_and_capitals(
    make_nlp: Callable[..., object], sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert actors_of(make_nlp, sentence) == expected


def test_side_modifier_is_the_perpetrator(make_nlp: Callable[..., object]) -> None:
    doc = make_nlp("eventwire_actors", "eventwire_triggers")(  # type: ignore[operator]
        "Eleven people were killed in US air strikes on the town."
    )
    trigger = next(t for t in doc.spans["ew_triggers"] if "strikes" in t.text)
    (actor,) = doc.spans["ew_actors"]
    assert actor_role(actor, trigger) is ActorRole.PERPETRATOR
