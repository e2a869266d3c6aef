"""Finding temporal expressions in raw text: phrases, offsets and kinds."""

from __future__ import annotations

import pytest

from eventwire.timex import find_timexes

# Every temporal expression of the Aleppo example, in order, with its kind.
ALEPPO = [
    ("five-year-old", "age"),
    ("late on Wednesday", "date"),
    ("August 17, 2016", "date"),
    ("late on Wednesday", "date"),
    ("later that night", "date"),
    ("the age of 15", "age"),
    ("on Wednesday", "date"),
    ("recent weeks", "date"),
    ("last year", "date"),
    ("early August", "date"),
    ("Last week", "date"),
    ("Since then", "date"),
    ("three hours a day", "set"),
    ("On Monday", "date"),
    ("On Tuesday", "date"),
]


def test_finds_every_expression_of_the_aleppo_example(aleppo_text: str) -> None:
    assert [(m.text, m.kind) for m in find_timexes(aleppo_text)] == ALEPPO


def test_offsets_point_at_the_words(aleppo_text: str) -> None:
    assert all(aleppo_text[m.start : m.end] == m.text for m in find_timexes(aleppo_text))


def test_the_newspaper_is_not_a_daily_set(aleppo_text: str) -> None:
    assert all("Daily" not in m.text for m in find_timexes(aleppo_text))


# (sentence, the expression found in it, its kind)
SENTENCES = [
    ("Five children were injured late on Wednesday by a strike.", "late on Wednesday", "date"),
    ("Fighting resumed on Tuesday morning in the old city.", "on Tuesday morning", "date"),
    ("Jets struck in the early hours of Monday, activists said.", "in the early hours of Monday",
     "date"),
    ("The town was shelled Wednesday night.", "Wednesday night", "date"),
    ("He was killed yesterday in Idlib.", "yesterday", "date"),
    ("Clashes erupted overnight near Hama.", "overnight", "date"),
    ("Rebels advanced last night.", "last night", "date"),
    ("Talks will resume next week in Geneva.", "next week", "date"),
    ("The siege was imposed in early August 2016.", "early August 2016", "date"),
    ("The hospital was hit in mid-August.", "mid-August", "date"),
    ("The offensive began in late February.", "late February", "date"),
    ("It was attacked in August and again in 2015.", "in August", "date"),
    ("The group has controlled the town since March 2011.", "since March 2011", "date"),
    ("The toll rose in the past 24 hours.", "the past 24 hours", "date"),
    ("The convoy left two days ago.", "two days ago", "date"),
    ("The strikes began three weeks ago.", "three weeks ago", "date"),
    ("Shelling intensified earlier this month.", "earlier this month", "date"),
    ("Dozens fled in recent days.", "recent days", "date"),
    ("The strike took place on Aug. 17 near the border.", "Aug. 17", "date"),
    ("Activists said on 17 August 2016 that the town fell.", "17 August 2016", "date"),
    ("The report is dated 2016-08-17.", "2016-08-17", "date"),
    ("The blast was heard at 10:30 am local time.", "at 10:30 am local time", "time"),
    ("The truce would hold for three hours.", "for three hours", "duration"),
    ("A 12-year-old boy was among the dead.", "12-year-old", "age"),
    ("The market is shelled every Friday.", "every Friday", "set"),
    ("Fighting raged between 2011 and 2013.", "between 2011 and 2013", "date"),
    ("The town was besieged from Monday to Wednesday.", "from Monday to Wednesday", "date"),
    # added with the TimeML scores (issue #3)
    ("The 2013 chemical attack killed hundreds.", "2013", "date"),
    ("The town fell last summer.", "last summer", "date"),
    ("Raids resumed in the winter of 2012.", "in the winter of 2012", "date"),
    ("The wars of the 20th century left their mark.", "the 20th century", "date"),
    ("He fled in the '80s.", "the '80s", "date"),
    ("The truce runs to October of next year.", "October of next year", "date"),
    ("The siege lasted six straight days.", "six straight days", "duration"),
    ("It took two and a half years to rebuild.", "two and a half years", "duration"),
    ("Talks have dragged on for years.", "years", "duration"),
    ("Prices fell over the past five trading days.", "the past five trading days", "date"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "phrase", "kind"), SENTENCES)
def test_finds_the_expression_in_a_sentence(sentence: str, phrase: str, kind: str) -> None:
    found = {(m.text, m.kind) for m in find_timexes(sentence)}
    assert (phrase, kind) in found


# Numbers about people and time that are not event dates.
NOT_DATES = [
    ("five-year-old Omran Daqneesh", "age"),
    ("all under the age of 15", "age"),
    ("a boy aged 12", "age"),
    ("suspended for three hours a day", "set"),
    ("a 48-hour truce", "duration"),
    ("for more than two years", "duration"),
    ("at 0914", "time"),
    ("2037 UTC+3", "time"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_DATES)
def test_keeps_non_dates_apart(text: str, kind: str) -> None:
    assert [m.kind for m in find_timexes(text)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels may be forced to withdraw.",
        "The Daily Telegraph reported it.",
        "At least 1500 people were killed.",
        "UN resolution 2254 was adopted.",
        "UN resolution 2042 was adopted.",
        "At least 2000 people were killed.",
        "Some 1990 fighters surrendered.",
        "His winning time was 3:07:35.",
        "Shells fall on the old city.",
        "He is now in Geneva, where he currently lives.",
        "the now-cancelled deal",
        "They will march on the capital.",
        "a second attack hit the market",
        "Three children were killed.",
    ],
)
def test_finds_nothing_where_there_is_no_time(text: str) -> None:
    assert find_timexes(text) == []


def test_a_sentence_ending_on_a_month_keeps_its_full_stop_out() -> None:
    assert [m.text for m in find_timexes("It fell in March.")] == ["in March"]


def test_a_bare_capitalised_may_is_not_a_month() -> None:
    assert find_timexes("May God protect them.") == []


def test_may_after_in_is_a_month() -> None:
    assert [m.text for m in find_timexes("It fell In May.")] == ["In May"]


def test_longest_expression_wins() -> None:
    assert [m.text for m in find_timexes("on August 17, 2016")] == ["August 17, 2016"]


def test_composite_keeps_its_parts() -> None:
    (match,) = find_timexes("since March 2011")
    assert match.rule == "since"
    assert [p.text for p in match.parts] == ["March 2011"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Wed 05 Apr 2017 Syria attack symptoms", "Wed 05 Apr 2017"),
        ("Thu Jul 7 2016 Hezbollah", "Thu Jul 7 2016"),
        ("Last updated at Apr 232017 An Israeli attack", "Apr 232017"),
        ("01.10.2017Get short URL", "01.10.2017"),
        ("23-04-2016 Child killed", "23-04-2016"),
        ("Thursday 31 July 2014 10:59 Syrian Coalition", "Thursday 31 July 2014"),
    ],
)
def test_finds_dateline_dates(text: str, phrase: str) -> None:
    assert find_timexes(text)[0].text == phrase


def test_years_alone_and_in_pairs() -> None:
    found = find_timexes("The pandemic of 2009-2010 killed 348 children; the 1953 team climbed.")
    assert [m.text for m in found] == ["2009", "2010", "1953"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("He is now in Geneva.", "now"),
        ("The company currently employs 500.", "currently"),
        ("Talks recently resumed.", "recently"),
        ("In the past, the town was spared.", "the past"),
        ("He will decide in the future.", "the future"),
    ],
)
def test_the_present_and_the_past_are_found_only_when_asked(text: str, phrase: str) -> None:
    assert find_timexes(text) == []
    assert [(m.text, m.rule) for m in find_timexes(text, refs=True)] == [(phrase, "ref")]


def test_the_past_before_a_number_is_a_window_not_the_past() -> None:
    (match,) = find_timexes("in the past two years", refs=True)
    assert (match.text, match.rule) == ("the past two years", "window")


@pytest.mark.parametrize(
    "text",
    [
        "According to the Idlib Today channel, the market was shelled.",
        "Hama Today reported that the bridge was destroyed.",
        "The Beirut daily Today's Levant carried the story.",
        "Gaza Today said three shells fell near the port.",
    ],
)
def test_today_inside_an_outlets_name_is_no_day(text: str) -> None:
    assert [m.text for m in find_timexes(text) if m.rule == "relday"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shells Hit Eastern Idlib Today.", "Today"),  # a headline's capitals
        ("Today the army said it took the hill.", "Today"),  # the head of a sentence
        ("Jets bombed Hama today, a monitor said.", "today"),
        ("Today's shelling killed four in Homs.", "Today"),
        ("Jets struck Hama. Today's Russian raids hit Homs.", "Today"),
        ("The talks in Geneva Tomorrow Morning will be brief.", "Tomorrow Morning"),
    ],
)
def test_today_as_a_day_is_still_found(text: str, expected: str) -> None:
    assert [m.text for m in find_timexes(text) if m.rule == "relday"] == [expected]
