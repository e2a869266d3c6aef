"""The casualties component on real sentences: the Aleppo example, news-style sentences, FA-KES."""

from __future__ import annotations

import csv
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from eventwire.extract.mentions import CasualtyMention
from eventwire.model import Count, NamedVictim, Outcome, VictimGroup

pytestmark = pytest.mark.model

K, W = Outcome.KILLED, Outcome.INJURED  # killed, wounded (injured)
N = None
FAKES_CSV = Path(__file__).resolve().parents[3] / "shared/data/fa-kes/FA-KES-Dataset.csv"


@pytest.fixture(scope="module")
def nlp(make_nlp: Callable[..., Any]) -> Any:
    return make_nlp("eventwire_casualties")


def mentions(nlp: Any, text: str) -> list[CasualtyMention]:
    doc = nlp(text)  # keep the Doc alive while its span group is read
    return [span._.ew_casualty for span in doc.spans["ew_casualties"]]


def brief(m: CasualtyMention) -> tuple[Outcome, int | None, int | None, int | None]:
    return (m.outcome, m.count.low, m.count.best, m.count.high)


def groups(m: CasualtyMention) -> dict[str, int | None]:
    return {g.group: g.count.best for g in m.groups}


# --------------------------------------------------------------------------- Aleppo example

OMRAN = (
    "The child is reported to be five-year-old Omran Daqneesh, one of five children injured late "
    "on Wednesday by a military strike on the city of 300,000 - the site of the most decisive "
    "battle in the civil war."
)
DOCTOR = (
    "A local doctor said four other children, one woman and two young men were also hurt in "
    "the attack on the Qaterji neighbourhood."
)


def test_one_of_five_children_injured_counts_the_five(nlp: Any) -> None:
    (m,) = mentions(nlp, OMRAN)
    assert brief(m) == (W, 5, 5, 5)
    five = Count(low=5, best=5, high=5)
    assert m.groups == (VictimGroup(group="children", outcome=W, count=five),)
    assert not m.additive


def test_named_child_with_age_is_attached(nlp: Any) -> None:
    (m,) = mentions(nlp, OMRAN)
    assert m.named == (NamedVictim(name="Omran Daqneesh", age=5, outcome=W),)


def test_list_of_groups_is_summed(nlp: Any) -> None:
    (m,) = mentions(nlp, DOCTOR)
    assert brief(m) == (W, 7, 7, 7)
    assert groups(m) == {"children": 4, "women": 1, "men": 2}


def test_other_and_also_make_a_figure_additive(nlp: Any) -> None:
    (m,) = mentions(nlp, DOCTOR)
    assert m.additive


def test_tweet_names_the_child(nlp: Any, aleppo_text: str) -> None:
    doc = nlp(aleppo_text)
    named = [
        (span._.ew_casualty.outcome, v)
        for span in doc.spans["ew_casualties"]
        for v in span._.ew_casualty.named
        if v.name == "Omar Daqneesh"
    ]
    assert named == [(W, NamedVictim(name="Omar Daqneesh", age=5, outcome=None))]


def test_naming_sentence_gives_no_figure(nlp: Any, aleppo_text: str) -> None:
    doc = nlp(aleppo_text)
    (span,) = [s for s in doc.spans["ew_casualties"] if "Omar" in s.text]
    assert span._.ew_casualty.count == Count()


@pytest.mark.parametrize(
    "sentence_start",
    [
        "The image of him sitting",  # "shared thousands of times"
        "The initial photo of Omran",  # "retweeted nearly 10,000 times"
        "The Daily Telegraph reported",  # "about 12 other children … had been treated there"
        "On Tuesday, Russia launched",  # "two other provinces"
        "Since then, the frequency",  # "three hours a day"
    ],
)
def test_not_casualties_in_the_example(nlp: Any, aleppo_text: str, sentence_start: str) -> None:
    doc = nlp(aleppo_text)
    sent = next(s for s in doc.sents if s.text.startswith(sentence_start))
    assert [s.text for s in doc.spans["ew_casualties"] if sent.start <= s.start < sent.end] == []


def test_city_population_is_not_a_figure(nlp: Any) -> None:
    assert all(m.count.best != 300_000 for m in mentions(nlp, OMRAN))


def test_whole_example_injured_figures(nlp: Any, aleppo_text: str) -> None:
    found = [(brief(m), m.additive) for m in mentions(nlp, aleppo_text) if m.count != Count()]
    assert found == [((W, 5, 5, 5), False), ((W, 1, 1, 1), False), ((W, 7, 7, 7), True)]


# --------------------------------------------------------------------------- news sentences

# (sentence, [(outcome, low, best, high), …] in text order)
SENTENCES: list[tuple[str, list[tuple[Outcome, int | None, int | None, int | None]]]] = [
    ("Syria regime raids on Aleppo kill 16 civilians.", [(K, 16, 16, 16)]),
    ("An air strike on a market killed at least 16 civilians.", [(K, 16, 16, N)]),
    ("The bombing left 20 dead and 30 wounded.", [(K, 20, 20, 20), (W, 30, 30, 30)]),
    ("Five people were killed and 12 injured in the attack.", [(K, 5, 5, 5), (W, 12, 12, 12)]),
    ("The death toll rose to 32, the monitor said.", [(K, 32, 32, 32)]),
    ("The blast claimed the lives of 7 people.", [(K, 7, 7, 7)]),
    ("Twelve people lost their lives.", [(K, 12, 12, 12)]),
    ("A child was killed and three women were wounded, medics said.", [(K, 1, 1, 1), (W, 3, 3, 3)]),
    ("Dozens of people were wounded in the shelling.", [(W, 24, N, N)]),
    ("Between 10 and 15 fighters died in the clashes.", [(K, 10, 10, 15)]),
    ("Up to 30 soldiers were injured.", [(W, N, N, 30)]),
    ("Some 40 people were wounded when the car bomb went off.", [(W, N, 40, N)]),
    ("The airstrikes killed more than a dozen civilians.", [(K, 13, 13, N)]),
    ("Eight soldiers were reported killed in the ambush.", [(K, 8, 8, 8)]),
    ("Three children were among the dead.", [(K, 3, 3, 3)]),
    ("Police found the bodies of 14 men in the village.", [(K, 14, 14, 14)]),
    ("The attack caused the deaths of 3 children.", [(K, 3, 3, 3)]),
    ("2 persons killed 13 injured in rocket attacks on Harasta.", [(K, 2, 2, 2), (W, 13, 13, 13)]),
    ("The shelling killed a woman and her two children.", [(K, 3, 3, 3)]),
    ("Nobody was killed.", [(K, 0, 0, 0)]),
    ("No civilians were injured in the raid.", [(W, 0, 0, 0)]),
    ("The raid ended without casualties.", [(K, 0, 0, 0), (W, 0, 0, 0)]),
    ("Two mortars hit an empty field, causing no injuries.", [(W, 0, 0, 0)]),
    ("The gas attack caused no deaths but injured 30 people.", [(K, 0, 0, 0), (W, 30, 30, 30)]),
    ("Officials reported no fatalities after the drone fell.", [(K, 0, 0, 0)]),
    (
        "The car bomb led to the killing of two men and the injury of 15 others.",
        [(K, 2, 2, 2), (W, 15, 15, 15)],
    ),
    (
        "The blast caused the death of a guard and the wounding of six.",
        [(K, 1, 1, 1), (W, 6, 6, 6)],
    ),
    # not casualties of an incident
    ("The war has killed more than 280,000 people since 2011.", []),
    ("The conflict has claimed more than 400,000 lives since 2011.", []),
    ("Rebels threatened to kill 20 hostages.", []),
    # the sufferers of a gas's symptoms are injured; dying of them is no injury
    ("Two men died and 14 others suffered from asphyxiation.", [(K, 2, 2, 2), (W, 14, 14, 14)]),
    ("Nine villagers suffered respiratory problems after the attack.", [(W, 9, 9, 9)]),
    ("Three children died of suffocation in the cellar.", [(K, 3, 3, 3)]),
    ("Eight residents suffered from hunger in the siege.", []),
    # a count from a start told by a clause, or the war's own doing told as a modifier
    ("Turkish jets have killed 900 militants since they first crossed the border.", []),
    ("June was the worst month this year with the war killing at least 1500 people.", []),
    ("Since the roads were cut, shelling killed 7 people in the town.", [(K, 7, 7, 7)]),
    ("Around 200000 people lived in eastern parts of Aleppo.", []),
    ("About 12 other children had been treated at the hospital on Wednesday.", []),
    ("The video was shared thousands of times and retweeted nearly 10,000 times.", []),
    ("A 15-year-old boy said the shelling lasted three hours.", []),
    ("Dozens were killed and injured in the airstrike.", []),
    # the parse hangs the victims elsewhere; the surface still says who
    ("In the town of Kafr Nabl 9 villagers were killed in the raid.", [(K, 9, 9, 9)]),
    ("3 March 2017 4 killed 6 injured in mortar attack on Homs.", [(K, 4, 4, 4), (W, 6, 6, 6)]),
    ("Monitor Says 2 Soldiers Killed 5 Injured in Ambush.", [(K, 2, 2, 2), (W, 5, 5, 5)]),
    ("40 ISIS Terrorists killed and many injured in Army Operations.", [(K, 40, 40, 40)]),
    (
        "The car bomb killed 12 people and wounded 30 Friday near the market.",
        [(K, 12, 12, 12), (W, 30, 30, 30)],
    ),
    ("The blast killed 12 people and left nine others injured.", [(K, 12, 12, 12), (W, 9, 9, 9)]),
    (
        "The strikes killed 9 people injuring 20 others and destroying homes.",
        [(K, 9, 9, 9), (W, 20, 20, 20)],
    ),
    (
        "Two people were killed and four other injured in the attack.",
        [(K, 2, 2, 2), (W, 4, 4, 4)],
    ),
    ("Also Sunday 14 Kurdish fighters were killed in the clashes.", [(K, 14, 14, 14)]),
    ("The shelling killed three people and wounded another 20.", [(K, 3, 3, 3), (W, 20, 20, 20)]),
    ("Four residents were martyred in the shelling.", [(K, 4, 4, 4)]),
    # not casualties of an incident
    ("Rescuers carried an injured woman to the ambulance.", []),
    ("Hospitals in the city had received 300 wounded and 90 dead over the week.", []),
    ("Investigators are trying to determine whether the raid killed 40 civilians.", []),
    ("At least 150 people have been killed since the army launched its offensive.", []),
    ("On July 5 civilians were killed in the raid.", []),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentence_figures(nlp: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert [brief(m) for m in mentions(nlp, text)] == expected


# (sentence, groups of its first mention)
GROUPS: list[tuple[str, dict[str, int | None]]] = [
    ("Twelve people, including seven children, were killed.", {"people": 12, "children": 7}),
    ("Five members of the same family were killed.", {"civilians": 5}),
    ("At least 8 policemen were killed in the bombing.", {"police": 8}),
    ("Two Turkish soldiers and a civilian were killed.", {"soldiers": 2, "civilians": 1}),
    ("A 10-year-old boy was killed in the shelling.", {"children": 1}),
    ("Eleven citizens were killed.", {"civilians": 11}),
    ("40 ISIS Terrorists killed in Army Operations.", {"fighters": 40}),
]


@pytest.mark.parametrize(("text", "expected"), GROUPS)
def test_sentence_groups(nlp: Any, text: str, expected: dict[str, int | None]) -> None:
    assert groups(mentions(nlp, text)[0]) == expected


def test_inner_groups_are_not_added_to_the_total(nlp: Any) -> None:
    (m,) = mentions(nlp, "Twelve people, including seven children, were killed.")
    assert m.count.best == 12


@pytest.mark.parametrize(
    ("text", "additive"),
    [
        ("Another five civilians were killed in two other districts.", True),
        ("Seven people died and 20 others were injured.", False),  # the first figure restates
        ("Two others - including a child - died in the Mayssar neighbourhood.", True),
        ("The strike killed more than 20 people.", False),  # "more than" is a bound
    ],
)
def test_additive_first_mention(nlp: Any, text: str, additive: bool) -> None:
    assert mentions(nlp, text)[0].additive is additive


@pytest.mark.parametrize(
    "text",
    [
        "Three civilians were killed and 10 others were wounded.",
        "The attack killed 44 people and wounded dozens more.",
        "The shelling killed three people and wounded another 20.",
    ],
)
def test_others_set_apart_from_the_dead_add_nothing(nlp: Any, text: str) -> None:
    # "others"/"more"/"another" contrast the wounded with the dead of the same sentence
    wounded = [m for m in mentions(nlp, text) if m.outcome is W]
    assert wounded and not any(m.additive for m in wounded)


def test_others_after_a_figure_of_the_same_outcome_still_add(nlp: Any) -> None:
    found = mentions(nlp, "Two children were killed and two others died later in hospital.")
    assert [m.additive for m in found] == [False, True]


def test_named_victim_with_apposed_age(nlp: Any) -> None:
    (m,) = mentions(nlp, "Abu Ahmed, 45, was shot dead by a sniper.")
    assert brief(m) == (K, 1, 1, 1)
    assert m.named == (NamedVictim(name="Abu Ahmed", age=45, outcome=K),)


def test_spans_carry_the_outcome_label(nlp: Any) -> None:
    doc = nlp("Five people were killed and 12 injured in the attack.")
    assert [(s.text, s.label_) for s in doc.spans["ew_casualties"]] == [
        ("Five people were killed", "killed"),
        ("12 injured", "injured"),
    ]


# --------------------------------------------------------------------------- FA-KES articles


@cache
def fakes_article(unit_id: str) -> str:
    with FAKES_CSV.open(encoding="utf-8", errors="replace", newline="") as f:
        for row in csv.DictReader(f):
            if row["unit_id"] == unit_id:
                return row["article_content"]
    raise LookupError(f"{FAKES_CSV}: no row with unit_id {unit_id}")


needs_fakes = pytest.mark.skipif(not FAKES_CSV.exists(), reason=f"{FAKES_CSV} not present")


def sentence_mentions(nlp: Any, text: str, start: str) -> list[CasualtyMention]:
    doc = nlp(text)
    sent = next(s for s in doc.sents if start in s.text)
    return [s._.ew_casualty for s in doc.spans["ew_casualties"] if sent.start <= s.start < sent.end]


@needs_fakes
@pytest.mark.parametrize(
    ("unit_id", "sentence", "expected"),
    [
        ("1923102958", "Local activists put the death toll higher", [(K, N, 32, N)]),
        ("1923102958", "Dozens of Syrian regime air strikes on Aleppo", [(K, 16, 16, N)]),
        ("1923848269", "Syria regime raids on Aleppo kill 16", [(K, 16, 16, 16), (K, 16, 16, N)]),
        ("1923848269", "nine civilians were killed in Qaterji", [(K, 9, 9, 9), (K, 2, 2, 2)]),
        ("1923848269", "Another five civilians were killed", [(K, 5, 5, 5)]),
        ("1923848269", "Around 200000 people lived", []),
    ],
)
def test_fakes_qaterji_articles(
    nlp: Any, unit_id: str, sentence: str, expected: list[tuple[Any, ...]]
) -> None:
    found = sentence_mentions(nlp, fakes_article(unit_id), sentence)
    assert [brief(m) for m in found] == expected


@needs_fakes
def test_fakes_qaterji_nine_civilians(nlp: Any) -> None:
    text = fakes_article("1923102958")
    nine, two = sentence_mentions(nlp, text, "nine civilians were killed in Qaterji")
    assert groups(nine) == {"civilians": 9}
    assert groups(two) == {"people": 2, "children": 1} and two.additive


def test_list_parsed_as_an_appositive_is_still_summed(make_nlp: Callable[..., Any]) -> None:
    # The small model attaches "a woman" to "children" as an appositive here.
    doc = make_nlp("eventwire_casualties")(
        "A doctor in the city said four other children, a woman and two young men were also "
        "wounded in the strike."
    )
    (span,) = doc.spans["ew_casualties"]
    mention = span._.ew_casualty
    assert mention.count.best == 7 and mention.additive
    assert {g.group: g.count.best for g in mention.groups} == {"children": 4, "women": 1, "men": 2}


# --------------------------------------------------------------------------- round-up totals


def test_a_round_up_total_is_marked_as_the_sum_of_later_figures(nlp: Any) -> None:
    text = (
        "Seven people killed in rocket attacks on two towns. "
        "Four people were killed when a rocket hit the market in Kafr Nabl. "
        "Three people were killed by shells in Maarat."
    )
    found = mentions(nlp, text)
    assert [(m.count.best, m.total_of_parts) for m in found] == [
        (7, True),
        (4, False),
        (3, False),
    ]


def test_a_figure_later_figures_do_not_add_up_to_is_no_total(nlp: Any) -> None:
    text = (
        "Eight people were killed in air strikes on the town. "
        "Four people were killed near the mosque. Three people died in the market."
    )
    assert not any(m.total_of_parts for m in mentions(nlp, text))


def test_a_restatement_is_not_a_part_of_a_total(nlp: Any) -> None:
    text = "Twelve soldiers were killed in the ambush. The ambush killed 12 soldiers and 6 rebels."
    assert not any(m.total_of_parts for m in mentions(nlp, text))


def test_also_on_the_predicate_does_not_add_to_an_earlier_figure(nlp: Any) -> None:
    text = "Three fighters were also killed in clashes near the border on Sunday."
    [m] = mentions(nlp, text)
    assert (m.count.best, m.additive) == (3, False)


def test_other_on_the_victims_still_adds(nlp: Any) -> None:
    text = "Two other children were also hurt in the blast."
    [m] = mentions(nlp, text)
    assert m.additive


# --------------------------------------------------------------------------- updated tolls


def test_a_toll_that_rose_is_an_update(nlp: Any) -> None:
    text = "At least 20 people were killed in the bombing. The death toll later climbed to 27."
    assert [(m.count.best, m.update) for m in mentions(nlp, text)] == [(20, False), (27, True)]


def test_the_toll_an_update_replaces_is_no_update(nlp: Any) -> None:
    text = "The raid killed 18 fighters, the monitor said, revising an earlier toll of 11."
    assert [(m.count.best, m.update) for m in mentions(nlp, text)] == [(18, True), (11, False)]


# --------------------------------------------------------------------------- elided heads, weekdays


def test_a_modifier_list_shares_the_counted_noun(nlp: Any) -> None:
    text = "At least 45 army and opposition fighters have been killed in two days of battles."
    [m] = mentions(nlp, text)
    assert brief(m) == (K, 45, 45, None)
    assert groups(m) == {"fighters": 45}


def test_each_counted_modifier_counts_the_shared_noun(nlp: Any) -> None:
    text = "The monitor said 12 regime and 17 rebel fighters were killed near the airport."
    [m] = mentions(nlp, text)
    assert m.count.best == 29


def test_a_counted_non_person_noun_with_no_person_after_it_is_no_figure(nlp: Any) -> None:
    text = "Five buildings and two bridges were destroyed, and the raids killed a child."
    assert [m.count.best for m in mentions(nlp, text)] == [1]


def test_a_figure_before_a_weekday_is_a_figure(nlp: Any) -> None:
    text = "A truck bomb killed at least 12 people and wounded 35 Friday near the bus station."
    assert [(m.outcome, m.count.best) for m in mentions(nlp, text)] == [(K, 12), (W, 35)]


def test_a_date_before_a_weekday_stays_a_date(nlp: Any) -> None:
    text = "The shelling wounded 3 children on 12 March Sunday in the old city."
    assert [m.count.best for m in mentions(nlp, text)] == [3]


def test_a_list_without_commas_counts_every_person(nlp: Any) -> None:
    # Scraped text often drops a list's commas; the parse then makes the first item a modifier.
    text = "A boy girl and grandmother were killed when the shell hit their house."
    [m] = mentions(nlp, text)
    assert m.count.best == 3


def test_a_bare_singular_after_a_counted_item_is_one_more(nlp: Any) -> None:
    text = "Four men and a woman were wounded and a girl and mother were killed in the raid."
    assert [(m.outcome, m.count.best) for m in mentions(nlp, text)] == [(W, 5), (K, 2)]


def test_a_counted_item_after_a_place_goes_on_the_list(nlp: Any) -> None:
    text = "Four farmers from Talbiseh and two farmers from Rastan were killed by sniper fire."
    [m] = mentions(nlp, text)
    assert m.count.best == 6
    text = "Three soldiers from the army and two men from the village were wounded."
    [m] = mentions(nlp, text)
    assert (m.count.best, groups(m)) == (5, {"soldiers": 3, "men": 2})


def test_a_person_noun_modifying_another_outside_a_list_is_one_person(nlp: Any) -> None:
    text = "A woman doctor was killed in the strike."
    [m] = mentions(nlp, text)
    assert m.count.best == 1


def test_an_uncounted_list_of_relatives_states_no_figure(nlp: Any) -> None:
    text = "Her husband and son were killed in the shelling, a neighbour said."
    assert [m.count.best for m in mentions(nlp, text)] == []
