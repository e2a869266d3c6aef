"""Why an incident's reports are together: each member against those before it."""

from __future__ import annotations

from typing import Any

from eventwire.link.explain import explain_links


def test_each_later_member_names_its_closest_earlier_report_and_the_evidence(
    aleppo: Any,
) -> None:
    members, _ = aleppo
    links = explain_links(members)
    assert [link.member for link in links] == ["m-wire", "m-guardian", "m-telegraph"]
    first, second, third = links
    assert first.why == "first report" and first.closest is None
    assert second.closest == "m-wire" and second.closest_reports == ("aleppo-wire",)
    assert second.why.startswith(f"scores {second.score:.2f} with aleppo-wire")
    assert any("same point" in r or "km apart" in r for r in second.reasons)
    # the telegraph weighs both earlier reports; its mean is over the two
    assert third.closest in {"m-wire", "m-guardian"} and 0 < third.mean <= third.score


def test_a_member_that_nothing_ties_in_says_it_was_merged_or_weighted_otherwise(
    make: Any,
) -> None:
    strike = make.incident("m1", "a", when=make.day("2016-08-17"), where=make.QATERJI)
    elsewhere = make.incident(
        "m2", "b", sub="peaceful_protest", when=make.day("2016-08-19"), where=make.IDLIB
    )
    [_, unexplained] = explain_links([strike, elsewhere])
    assert unexplained.mean < 0.2 and "under the threshold" in unexplained.why
    [_, merged] = explain_links([strike, elsewhere], merged=[frozenset({"m1", "m2"})])
    assert merged.why == "merged by hand"


def test_an_undated_member_cannot_be_weighed(make: Any) -> None:
    strike = make.incident("m1", "a", when=make.day("2016-08-17"), where=make.QATERJI)
    undated = make.incident("m2", "b", where=make.QATERJI)
    [_, link] = explain_links([strike, undated])
    assert link.why == "no earlier report can be weighed against it (undated)"
    assert link.score == 0 and link.mean == 0
