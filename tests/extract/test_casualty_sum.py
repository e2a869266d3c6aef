"""Combining one report's casualty figures for one incident."""

from __future__ import annotations

from eventwire.extract.casualty_sum import combine, restate
from eventwire.extract.mentions import CasualtyMention
from eventwire.model import Count, NamedVictim, Outcome, VictimGroup

INJ = Outcome.INJURED


def group(name: str, n: int, outcome: Outcome = INJ) -> VictimGroup:
    return VictimGroup(group=name, outcome=outcome, count=Count(low=n, best=n))


def test_other_children_fill_out_a_named_child_group() -> None:
    # "Omran, one of five children injured" + "four other children, one woman and two young men
    # were also hurt" = 5 children + 1 woman + 2 men = 8.
    first = CasualtyMention(
        outcome=INJ,
        count=Count(best=5),
        groups=(group("children", 5),),
        named=(NamedVictim(name="Omran Daqneesh", age=5, outcome=INJ),),
    )
    more = CasualtyMention(
        outcome=INJ,
        count=Count(best=7),
        groups=(group("children", 4), group("women", 1), group("men", 2)),
        additive=True,
    )
    total, groups = combine([first, more], INJ)
    assert total is not None and total.best == 8
    assert {g.group: g.count.best for g in groups} == {"children": 5, "women": 1, "men": 2}


def test_additive_figure_without_overlap_adds() -> None:
    first = CasualtyMention(outcome=INJ, count=Count(best=3), groups=(group("civilians", 3),))
    more = CasualtyMention(
        outcome=INJ, count=Count(best=2), groups=(group("children", 2),), additive=True
    )
    total, _ = combine([first, more], INJ)
    assert total is not None and total.best == 5


def test_restated_toll_keeps_largest_best_and_widest_range() -> None:
    assert restate(Count(low=5, best=5), Count(low=7, best=9, high=12)) == Count(
        low=5, best=9, high=12
    )


def test_other_outcome_is_ignored() -> None:
    killed = CasualtyMention(outcome=Outcome.KILLED, count=Count(best=4))
    total, groups = combine([killed], INJ)
    assert total is None and groups == []


def test_groups_alone_sum_to_a_total() -> None:
    m = CasualtyMention(
        outcome=Outcome.KILLED,
        count=Count(),
        groups=(group("women", 2, Outcome.KILLED), group("men", 3, Outcome.KILLED)),
    )
    total, _ = combine([m], Outcome.KILLED)
    assert total == Count(low=5, best=5)


def test_zero_is_kept_as_a_figure() -> None:
    none_hurt = CasualtyMention(outcome=INJ, count=Count(low=0, best=0, high=0))
    total, _ = combine([none_hurt], INJ)
    assert total == Count(low=0, best=0, high=0)


def test_smaller_other_figure_is_the_rest_even_without_a_named_victim() -> None:
    # "five children were wounded … four other children, a woman and two young men were also
    # wounded": the four are among the five; the total is 5 + 1 + 2.
    first = CasualtyMention(outcome=INJ, count=Count(best=5), groups=(group("children", 5),))
    more = CasualtyMention(
        outcome=INJ,
        count=Count(best=7),
        groups=(group("children", 4), group("women", 1), group("men", 2)),
        additive=True,
    )
    total, groups = combine([first, more], INJ)
    assert total is not None and total.best == 8
    assert {g.group: g.count.best for g in groups}["children"] == 5


def test_larger_other_figure_adds() -> None:
    first = CasualtyMention(outcome=INJ, count=Count(best=2), groups=(group("children", 2),))
    more = CasualtyMention(
        outcome=INJ, count=Count(best=6), groups=(group("children", 6),), additive=True
    )
    total, _ = combine([first, more], INJ)
    assert total is not None and total.best == 8
