"""Event triggers: typing, and telling events from talk, plans, trends and footage."""

from __future__ import annotations

from collections.abc import Callable

import pytest

CASES = [
    # sentence, expected (sub_event_type, realis) of the first trigger
    ("Warplanes bombed the town of Saraqeb on Monday.", ("air_drone_strike", True)),
    ("An air strike hit the Qaterji neighbourhood late on Wednesday.", ("air_drone_strike", True)),
    ("Government helicopters dropped barrel bombs on Daraya.", ("air_drone_strike", True)),
    (
        "Rebel shelling of western Aleppo killed four people.",
        ("shelling_artillery_missile_attack", True),
    ),
    ("A car bomb exploded near a checkpoint in Azaz.", ("remote_explosive_landmine_ied", True)),
    ("A suicide bomber blew himself up at a funeral in Qamishli.", ("suicide_bomb", True)),
    (
        "Victims of a suspected chemical attack in Khan Sheikhoun showed signs of nerve agent exposure.",
        ("chemical_weapon", True),
    ),
    (
        "Rebels broke the siege of eastern Aleppo last week.",
        ("non_state_actor_overtakes_territory", True),
    ),
    (
        "Heavy clashes erupted between rebels and Kurdish fighters in Sheikh Maqsoud.",
        ("armed_clash", True),
    ),
    ("Gunmen kidnapped two aid workers near Idlib.", ("abduction_forced_disappearance", True)),
    ("Police arrested 12 protesters in Damascus.", ("arrests", True)),
    ("Since then, the frequency of airstrikes has increased.", ("air_drone_strike", False)),
    ("The army plans to launch an offensive on Raqqa next month.", ("armed_clash", False)),
    ("The footage was shot by the Aleppo Media Centre.", ("attack", False)),
    (
        "Russia announced that air strikes would be suspended for three hours a day.",
        ("air_drone_strike", False),
    ),
    # State-media bulletins: the air arm as the subject, control taken or restored, operations
    # and repelled attacks.
    (
        "The Air Force destroyed several depots of the militants near Saraqeb.",
        ("air_drone_strike", True),
    ),
    (
        "Army units established full control over the village of Tal Sheer.",
        ("non_state_actor_overtakes_territory", True),
    ),
    (
        "Government forces restored security and stability to the farms north of Homs.",
        ("government_regains_territory", True),
    ),
    (
        "The troops carried out swift operations against militant hideouts in Jobar.",
        ("armed_clash", True),
    ),
    (
        "A unit thwarted an attack by gunmen on a checkpoint outside Dael.",
        ("armed_clash", True),
    ),
    (
        "Loyalist militias won back the hilltop of Tal Hamra after a week.",
        ("government_regains_territory", True),
    ),
    (
        "Loyalist militias recovered some lost ground near Tal Hamra.",
        ("government_regains_territory", True),
    ),
    # Aircraft as the agent of a passive, the coalition as the subject of a strike verb, and a
    # headline's capitalised weapon.
    ("Nine villagers were killed by Russian warplanes in Kafr Nabl.", ("air_drone_strike", True)),
    (
        "On Friday government helicopters killed six people in Kafr Nabl.",
        ("air_drone_strike", True),
    ),
    ("The coalition mistakenly struck a school in Mansoura.", ("air_drone_strike", True)),
    (
        "Four Hurt In Rebel Mortar Attack On Hamdaniya",
        ("shelling_artillery_missile_attack", True),
    ),
    # A stretch of hours is one day's battle, not a trend.
    ("Dozens died in 24 hours of fighting around Morek.", ("armed_clash", True)),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_first_trigger(
    make_nlp: Callable[..., object], sentence: str, expected: tuple[str, bool]
) -> None:
    nlp = make_nlp("eventwire_lines", "eventwire_triggers")
    doc = nlp(sentence)  # type: ignore[operator]
    spans = doc.spans["ew_triggers"]
    assert spans, f"no trigger in {sentence!r}"
    m = spans[0]._.ew_trigger
    assert (m.sub_event_type, not (m.irrealis or m.negated)) == expected


def test_negated_trigger(make_nlp: Callable[..., object]) -> None:
    doc = make_nlp("eventwire_triggers")("Residents said there was no shelling on Friday.")  # type: ignore[operator]
    assert all(s._.ew_trigger.negated or s._.ew_trigger.irrealis for s in doc.spans["ew_triggers"])


def test_no_trigger_in_a_sentence_about_talks(make_nlp: Callable[..., object]) -> None:
    doc = make_nlp("eventwire_triggers")(  # type: ignore[operator]
        "Senior officials from Russia and the US are in talks to find a political solution."
    )
    assert list(doc.spans["ew_triggers"]) == []


def test_line_breaks_start_sentences(make_nlp: Callable[..., object]) -> None:
    doc = make_nlp("eventwire_lines")("Fighting intensified\nThe fight for the city went on")  # type: ignore[operator]
    assert [s.text.strip() for s in doc.sents] == [
        "Fighting intensified",
        "The fight for the city went on",
    ]


def test_rescue_from_rubble_is_not_a_transfer_of_territory(make_nlp: Callable[..., object]) -> None:
    doc = make_nlp("eventwire_triggers")(  # type: ignore[operator]
        "Rescuers pulled him out of a building and carried him from the rubble to an ambulance."
    )
    assert [s._.ew_trigger.sub_event_type for s in doc.spans["ew_triggers"]] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 'explosive' describes many weapons; only a device or charge is an IED.
        ("Helicopters dropped explosive barrels on the market.", None),
        ("Rebels fired explosive rounds at the district.", None),
        ("An explosive device went off near the bakery.", "remote_explosive_landmine_ied"),
        ("A motorcycle bomber killed six people at the checkpoint.", "suicide_bomb"),
        ("A man blew himself up with an explosive belt at the wedding.", "suicide_bomb"),
    ],
)
def test_explosives_and_bombers(
    make_nlp: Callable[..., object], sentence: str, expected: str | None
) -> None:
    doc = make_nlp("eventwire_lines", "eventwire_triggers")(sentence)  # type: ignore[operator]
    types = {s._.ew_trigger.sub_event_type for s in doc.spans["ew_triggers"]}
    if expected is None:
        assert "remote_explosive_landmine_ied" not in types
    else:
        assert expected in types
