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
