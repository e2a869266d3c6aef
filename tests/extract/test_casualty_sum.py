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


def test_restated_toll_keeps_the_first_best_and_widest_range() -> None:
    # "at least 5 …, the monitor said" then "activists say 9": the figure the report leads with
    assert restate(Count(low=5, best=5), Count(low=7, best=9, high=12)) == Count(
        low=5, best=5, high=12
    )


def test_vague_first_figure_gives_way_to_a_precise_one() -> None:
    # "dozens were killed" then "killing at least 12": the floor of 24 is no floor of 12
    assert restate(Count(low=24), Count(low=12, best=12)) == Count(low=12, best=12, high=12)


def test_additive_figure_with_nothing_before_it_is_the_toll() -> None:
    # "dozens of people were also wounded", after only the dead were counted
    more = CasualtyMention(outcome=INJ, count=Count(low=24), additive=True)
    total, _ = combine([more], INJ)
    assert total == Count(low=24)


def test_additive_mention_adds_no_more_than_its_own_total() -> None:
    # "two children were killed" … "five civilians including three children were also killed"
    killed = Outcome.KILLED
    first = CasualtyMention(
        outcome=killed, count=Count(low=2, best=2), groups=(group("children", 2, killed),)
    )
    more = CasualtyMention(
        outcome=killed,
        count=Count(low=5, best=5),
        groups=(group("civilians", 5, killed), group("children", 3, killed)),
        additive=True,
    )
    total, _ = combine([first, more], killed)
    assert total is not None and total.best == 7


def test_same_generic_figure_told_again_is_not_added() -> None:
    # "kills six and wounds 19" … "the attack also wounded 19 people"
    first = CasualtyMention(
        outcome=INJ, count=Count(low=19, best=19), groups=(group("people", 19),)
    )
    again = CasualtyMention(
        outcome=INJ, count=Count(low=19, best=19), groups=(group("people", 19),), additive=True
    )
    total, _ = combine([first, again], INJ)
    assert total is not None and total.best == 19


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


def _killed(n: int, *, total: bool = False) -> CasualtyMention:
    return CasualtyMention(
        outcome=Outcome.KILLED, count=Count(low=n, best=n, high=n), total_of_parts=total
    )


def test_a_round_up_total_gives_way_to_the_incidents_own_figure() -> None:
    count, _ = combine([_killed(9, total=True), _killed(6)], Outcome.KILLED)
    assert count is not None and count.best == 6


def test_a_round_up_total_alone_is_kept() -> None:
    count, _ = combine([_killed(9, total=True)], Outcome.KILLED)
    assert count is not None and count.best == 9


def test_an_updated_toll_wins_over_the_first_figure() -> None:
    first = _killed(30)
    later = CasualtyMention(outcome=Outcome.KILLED, count=Count(low=40, best=40), update=True)
    count, _ = combine([first, later], Outcome.KILLED)
    assert count is not None and count.best == 40
