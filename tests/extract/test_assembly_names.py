"""Assembly, round 9: words inside names do not mark another event, and the paper's own date at
its head does not turn vague fighting words into an incident."""

from __future__ import annotations

from datetime import date

from written_reports import extract_published

from eventwire.extract.pipeline import Extractor

extract = extract_published(date(2016, 8, 29))


# ------------------------------------------------------------------ 'New' in a name


def test_an_outlet_named_new_does_not_make_a_quote_a_second_event(extractor: Extractor) -> None:
    text = (
        "Government artillery shelled a market in Douma on Sunday, killing four people. "
        '"The artillery shelled the market while it was crowded" an activist told The New Arab.'
    )
    (inc,) = extract(extractor, text)
    assert inc.location is not None and inc.location.text == "Douma"
    assert inc.fatalities is not None and inc.fatalities.best == 4


def test_a_new_attack_in_plain_words_still_stays_apart(extractor: Extractor) -> None:
    text = (
        "Government artillery shelled a market in Douma on Sunday, killing four people. "
        "A new artillery barrage hit a bakery, an activist told The New Arab."
    )
    assert len(extract(extractor, text)) == 2


# ------------------------------------------------------------------ the paper's own date


def test_the_dateline_does_not_make_vague_fighting_an_incident(extractor: Extractor) -> None:
    text = (
        "29 August 2016 Fighting rages around the city of Homs as talks stall. "
        "Diplomats met in Geneva to discuss a truce."
    )
    assert extract(extractor, text) == []


def test_a_stated_day_still_makes_fighting_an_incident(extractor: Extractor) -> None:
    text = (
        "29 August 2016 Fighting raged around the city of Homs on Sunday as talks stalled. "
        "Diplomats met in Geneva to discuss a truce."
    )
    (inc,) = extract(extractor, text)
    assert inc.sub_event_type == "armed_clash"
    assert inc.date is not None and inc.date.start == date(2016, 8, 28)
