"""Blocking: near profiles are candidates, far ones in space or time are not."""

from __future__ import annotations

from link_profiles import DAY, make

from eventwire.link import BlockIndex, LinkProfile, index_keys, probe_keys


def _index(*profiles: LinkProfile) -> BlockIndex:
    index = BlockIndex()
    for p in profiles:
        index.add(p.id, p)
    return index


def test_near_is_a_candidate_and_far_ones_are_not() -> None:
    near = make(id="near", start=DAY + 1, end=DAY + 1, lat=36.25, lon=37.15)
    far_away = make(id="far", lat=33.51, lon=36.29)  # Damascus, ~300 km
    far_in_time = make(id="later", start=DAY + 30, end=DAY + 30)
    found = [m.id for _, m in _index(near, far_away, far_in_time).candidates(make(id="new"))]
    assert found == ["near"]


def test_a_neighbouring_cell_is_probed() -> None:
    # 0.5-degree cells: 36.49 and 36.51 lie in different cells
    stored = make(id="s", lat=36.49, lon=37.1)
    assert [m.id for _, m in _index(stored).candidates(make(id="new", lat=36.51))] == ["s"]


def test_coarse_and_fine_profiles_find_each_other() -> None:
    coarse = make(id="c", geo_precision="country", lat=35.0, lon=38.0)
    fine = make(id="f")
    assert [m.id for _, m in _index(coarse).candidates(fine)] == ["c"]
    assert [m.id for _, m in _index(fine).candidates(coarse)] == ["f"]


def test_long_ranges_go_to_month_blocks() -> None:
    month = make(id="m", start=DAY - 17, end=DAY + 13, date_precision="month")
    keys = index_keys(month)
    assert all(k[0] in ("month", "month-cell", "month-coarse", "long") for k in keys)  # type: ignore[index]
    assert len(keys) <= 6  # two months, three keys each: no day keys
    assert [m.id for _, m in _index(month).candidates(make(id="d"))] == ["m"]
    assert [m.id for _, m in _index(make(id="d")).candidates(month)] == ["d"]


def test_a_long_range_with_a_fine_place_does_not_weigh_the_whole_country() -> None:
    month = make(id="m", start=DAY - 17, end=DAY + 13, date_precision="month")
    far = make(id="far", lat=make().lat + 3.0)  # ~330 km away, same country, same days
    near = make(id="near")
    found = [m.id for _, m in _index(far, near).candidates(month)]
    assert found == ["near"]


def test_undated_profiles_have_no_blocks() -> None:
    undated = make(id="u", start=None, end=None, date_precision=None)
    assert index_keys(undated) == [] and probe_keys(undated) == []


def test_candidates_are_sorted_deduplicated_and_follow_moves() -> None:
    index = _index(make(id="b"), make(id="a2"))
    assert [(c, m.id) for c, m in index.candidates(make(id="new"))] == [("a2", "a2"), ("b", "b")]
    index.move("b", "a2")
    assert [(c, m.id) for c, m in index.candidates(make(id="new"))] == [("a2", "a2"), ("a2", "b")]
