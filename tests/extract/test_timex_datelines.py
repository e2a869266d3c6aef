"""Datelines: the publication date at the head of a report (FA-KES openings as written)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from eventwire.timex import find_dateline

# Openings of real FA-KES articles (first words only) and the date they carry.
OPENINGS = [
    ("Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use WHO.", "2017-04-05"),
    ("Fri 07 Apr 2017 at 0914 Homs governor says U.S. attack caused deaths", "2017-04-07"),
    ("12 February 2015 Casualties mount in the Eastern Ghouta city", "2015-02-12"),
    ("April 5 2017 by Youssef Diab Paula Astih and Najla Habriri", "2017-04-05"),
    ("Posted on April 19 2017 by Asharq Al-Awsat English Six Killed", "2017-04-19"),
    ("Published February 18 2015 The Syrian army backed by allied militia", "2015-02-18"),
    ("29 Jul 2016 The US-led coalition strikes came a day after", "2016-07-29"),
    ("Last updated at Apr 232017 An Israeli attack on a Syrian training camp", "2017-04-23"),
    ("August 13 2016 2037 UTC+3 A representative of the Syrian Armed Forces", "2016-08-13"),
    ("Thursday 31 July 2014 10:59 Syrian Coalition: FSA is the Only Force", "2014-07-31"),
    ("23-04-2016 Child killed 9 Civilians Injured in Terrorist Attacks", "2016-04-23"),
    ("5-04-2016 4 Killed over 43 Injured in Terrorist Rocket Attacks", "2016-04-05"),
    ("Thu Aug 1 2013 40 Syrians die in ammo depot blast.", "2013-08-01"),
    ("21.08.2013Get short URL 0 0 0 Syrian regime forces fired", "2013-08-21"),
    ("Date of publication 7 July 2016 Video More than 33 people were killed", "2016-07-07"),
    ("Jihadists execute three Syria rebel officers Monitor AFP Saturday 21 Jun 2014 Jihadists",
     "2014-06-21"),
    ("8 persons killed 58 others injured in terrorist rocket attacks on Aleppo city "
     "6 October 2016 Aleppo SANA-Terrorist organizations", "2016-10-06"),
    ("Thu 18 Aug 2016 10.41 BST A photograph of a little boy", "2016-08-18"),
    ("August 18, 2016 A photograph of a little boy", "2016-08-18"),
]  # fmt: skip


@pytest.mark.parametrize(("opening", "expected"), OPENINGS)
def test_reads_the_dateline(opening: str, expected: str) -> None:
    assert find_dateline(opening) == date.fromisoformat(expected)


def test_no_date_at_the_head_is_none() -> None:
    text = "Air strikes on two hospitals in rebel-held Syria on Thursday left 10 people dead."
    assert find_dateline(text) is None


def test_a_date_deep_in_the_body_is_not_a_dateline() -> None:
    assert find_dateline("Shelling went on. " * 20 + "On August 17, 2016 it stopped.") is None


def test_a_wire_dateline_needs_a_near_date_for_its_year() -> None:
    text = "BEIRUT, Aug 18 (Reuters) - Syrian government forces"
    assert find_dateline(text) is None
    assert find_dateline(text, near=date(2016, 8, 20)) == date(2016, 8, 18)


def test_the_aleppo_example_has_no_dateline(aleppo_text: str) -> None:
    # Its one full date (a quoted tweet's) sits well below the head of the text.
    assert find_dateline(aleppo_text) is None


def _fakes_rows(shared_dir: Path) -> list[dict[str, str]]:
    path = shared_dir / "data" / "fa-kes" / "FA-KES-Dataset.csv"
    assert path.exists(), f"{path} not found: ../shared must sit beside the repository"
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        return list(csv.DictReader(handle))


def test_fakes_datelines_floor(shared_dir: Path) -> None:
    """Accuracy gate: most FA-KES articles carry a dateline, and most agree with the CSV date
    (which is noisy: it is often the event's date, days before or after publication)."""
    rows = _fakes_rows(shared_dir)
    found = within_a_day = 0
    for row in rows:
        dateline = find_dateline(row["article_content"])
        if dateline is None:
            continue
        found += 1
        month, day, year = (int(part) for part in row["date"].split("/"))
        within_a_day += abs((dateline - date(year, month, day)).days) <= 1
    assert found / len(rows) >= 0.97
    assert within_a_day / found >= 0.70
