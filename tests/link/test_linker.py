"""Linking: joins, new incidents, determinism, incrementality, must- and cannot-link."""

from __future__ import annotations

from link_profiles import DAY, make

from eventwire.link import LinkProfile, choose, link_all

DAMASCUS = {"lat": 33.51, "lon": 36.29, "place_key": "damascus", "admin1": "damascus"}


def _stream() -> list[LinkProfile]:
    return [
        make(id="a1"),
        make(id="d1", **DAMASCUS),
        make(id="a2", start=DAY + 1, end=DAY + 1),
        make(id="d2", **DAMASCUS),
        make(
            id="x",
            event_type="protests",
            sub_event_type="peaceful_protest",
            killed=0,
            perpetrators=frozenset(),
            start=DAY + 3,
            end=DAY + 3,
        ),
    ]


def test_reports_of_one_event_link_under_the_first_id() -> None:
    clusters = link_all(_stream())
    assert clusters["a2"] == clusters["a1"] == "a1"
    assert clusters["d2"] == clusters["d1"] == "d1"
    assert clusters["x"] == "x"


def test_same_order_same_output() -> None:
    assert link_all(_stream()) == link_all(_stream())


def test_incremental_first_n_unchanged() -> None:
    stream = _stream()
    for n in range(1, len(stream)):
        first = link_all(stream[:n])
        more = link_all(stream[: n + 1])
        assert {k: more[k] for k in first} == first


def test_cannot_link_keeps_a_pair_apart() -> None:
    clusters = link_all(_stream(), cannot_link=[frozenset({"a1", "a2"})])
    assert clusters["a2"] != clusters["a1"]


def test_must_link_joins_whatever_the_score() -> None:
    clusters = link_all(_stream(), must_link=[frozenset({"x", "d1"})])
    assert clusters["x"] == "d1"


def test_cannot_link_beats_must_link_into_that_cluster() -> None:
    clusters = link_all(
        _stream(), must_link=[frozenset({"x", "d1"})], cannot_link=[frozenset({"x", "d2"})]
    )
    assert clusters["x"] == "x"


def test_members_of_one_report_never_share_a_cluster_even_through_others() -> None:
    # a human-rights report codes two victims of one day at one place as two events, and a
    # news report of the day arrives in between: it may join one of them, not bridge both
    one_report = frozenset({"r-hr"})
    stream = [
        make(id="v1", reports=one_report),
        make(id="news"),
        make(id="v2", reports=one_report),
        make(id="v3", reports=one_report),  # the report now has members in two clusters
    ]
    clusters = link_all(stream)
    assert clusters["news"] == "v1"
    assert clusters["v2"] == "v2"
    assert clusters["v3"] == "v3"


def test_must_link_into_a_cluster_holding_the_same_report_is_refused() -> None:
    one_report = frozenset({"r-hr"})
    stream = [make(id="v1", reports=one_report), make(id="v2", reports=one_report)]
    assert link_all(stream, must_link=[frozenset({"v1", "v2"})])["v2"] == "v2"


def test_undated_profiles_are_never_linked() -> None:
    undated = make(id="u", start=None, end=None, date_precision=None)
    assert link_all([make(id="a1"), undated])["u"] == "u"


def test_choose_breaks_ties_by_cluster_id() -> None:
    p = make(id="new")
    decision = choose(p, [("c2", make(id="m2")), ("c1", make(id="m1"))])
    assert decision.cluster_id == "c1"
    assert decision.reasons[0] == "with m1"


def test_choose_starts_a_new_incident_below_the_threshold() -> None:
    decision = choose(make(id="new"), [("c", make(id="m"))], threshold=0.999)
    assert decision.cluster_id is None and 0 < decision.score < 0.999


def test_average_linkage_divides_by_the_cluster_size() -> None:
    member = [("c", make(id="m"))]
    alone = choose(make(id="new"), member, cluster_sizes={"c": 1})
    diluted = choose(make(id="new"), member, cluster_sizes={"c": 10}, threshold=0.0)
    assert diluted.score == alone.score / 10
