"""Triggers that name a kind of event ('such attacks') or undated earlier events ('have
previously come under fire') are no new incident; people taken in a relative clause are no
ground taken."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _flags(make_nlp: Callable[..., object], sentence: str) -> dict[str, tuple[str, bool]]:
    """Each trigger's text → (sub-event type, whether it reports no event)."""
    doc = make_nlp("eventwire_lines", "eventwire_triggers")(sentence)  # type: ignore[operator]
    return {
        s.text: (s._.ew_trigger.sub_event_type, s._.ew_trigger.irrealis)
        for s in doc.spans["ew_triggers"]
    }


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # 'such' names a kind of event, or points back at one already told.
        ("The minister said such bombings were a crime against the people.", "bombings"),
        ("Residents said such shelling had never reached the old market.", "shelling"),
        # Undated earlier events told as background.
        ("The villages near the river have previously come under artillery fire.", "artillery"),
        ("The group has staged suicide bombings in the capital in the past.", "suicide bombings"),
        ("The militia has carried out such raids before.", "carried out such raids"),
    ],
)
def test_kinds_and_earlier_events_are_no_new_event(
    make_nlp: Callable[..., object], sentence: str, word: str
) -> None:
    assert _flags(make_nlp, sentence)[word][1] is True


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # One event of a kind may be new.
        ("Two shepherds were killed in such an ambush near the ridge on Sunday.", "ambush"),
        # A dated stretch, not the undated past.
        ("Rebels shelled the market in the past four days, killing ten.", "shelled"),
        ("Rebels shelled the market in the past week, killing ten.", "shelled"),
        # 'before' with its own measure dates the event.
        ("The town had been shelled the day before.", "shelled"),
        ("Jets struck the depot two days before the truce.", "struck"),
    ],
)
def test_dated_and_single_events_are_kept(
    make_nlp: Callable[..., object], sentence: str, word: str
) -> None:
    assert _flags(make_nlp, sentence)[word][1] is False


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # People taken, named in the noun a relative clause describes.
        ("Gunmen executed a pilot they captured near the border.", "captured", "armed_clash"),
        (
            "The rebels paraded two officers they had seized at the airbase.",
            "seized",
            "armed_clash",
        ),
        # Ground taken in a relative clause is still ground.
        (
            "The rebels shelled the villages they captured from the army.",
            "captured",
            "non_state_actor_overtakes_territory",
        ),
    ],
)
def test_people_taken_in_a_relative_clause(
    make_nlp: Callable[..., object], sentence: str, word: str, expected: str
) -> None:
    assert _flags(make_nlp, sentence)[word][0] == expected
