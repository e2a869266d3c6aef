"""Number expressions → Count(low, best, high): the conventions of `eventwire.extract.counting`."""

from __future__ import annotations

import pytest

from eventwire.extract.counting import parse_count, parse_number
from eventwire.model import Count

N = None

# (words, low, best, high)
COUNTS: list[tuple[str, int | None, int | None, int | None]] = [
    # exact figures in digits
    ("16", 16, 16, 16),
    ("1,200", 1200, 1200, 1200),
    ("200000", 200000, 200000, 200000),
    ("1.5 million", 1_500_000, 1_500_000, 1_500_000),
    # exact figures in words
    ("five", 5, 5, 5),
    ("Twelve", 12, 12, 12),
    ("twenty-three", 23, 23, 23),
    ("ninety nine", 99, 99, 99),
    ("a hundred", 100, 100, 100),
    ("one hundred and one", 101, 101, 101),
    ("two hundred and fifty", 250, 250, 250),
    ("two thousand five hundred", 2500, 2500, 2500),
    ("a dozen", 12, 12, 12),
    ("two dozen", 24, 24, 24),
    ("half a dozen", 6, 6, 6),
    # one person
    ("a", 1, 1, 1),
    ("an", 1, 1, 1),
    ("one", 1, 1, 1),
    ("another", N, N, N),  # the component reads "another child" as one; alone it is no figure
    # nobody
    ("no", 0, 0, 0),
    ("no one", 0, 0, 0),
    ("none", 0, 0, 0),
    ("nobody", 0, 0, 0),
    # pairs
    ("both", 2, 2, 2),
    ("a couple of", 2, 2, 2),
    # floors
    ("at least 16", 16, 16, N),
    ("no fewer than 7", 7, 7, N),
    ("12 or more", 12, 12, N),
    ("20+", 20, 20, N),
    ("more than 20", 21, 21, N),
    ("over 1,000", 1001, 1001, N),
    ("more than a dozen", 13, 13, N),
    ("upwards of 40", 41, 41, N),
    # the report's figure, no bounds
    ("about 12", N, 12, N),
    ("around 32", N, 32, N),
    ("some 30", N, 30, N),
    ("approximately 40", N, 40, N),
    ("an estimated 300", N, 300, N),
    # just under
    ("nearly 10,000", N, 10000, 10000),
    ("almost fifty", N, 50, 50),
    # ceilings
    ("up to 30", N, N, 30),
    ("as many as 100", N, N, 100),
    ("no more than 5", N, N, 5),
    ("fewer than 10", N, N, 9),
    # ranges: best is the conservative end
    ("10 to 15", 10, 10, 15),
    ("10-15", 10, 10, 15),
    ("10 – 15", 10, 10, 15),
    ("between 10 and 15", 10, 10, 15),
    ("two or three", 2, 2, 3),
    # vague words: a floor, no best
    ("dozens", 24, N, N),
    ("Dozens of", 24, N, N),
    ("dozens more", 24, N, N),
    ("at least dozens", 24, N, N),
    ("scores", 40, N, N),
    ("hundreds", 200, N, N),
    ("thousands", 2000, N, N),
    ("tens of thousands", 20000, N, N),
    ("several", 3, N, N),
    ("a few", 2, N, N),
    ("a number of", 2, N, N),
    ("many", 2, N, N),
    # modifiers over vague words keep the floor; a ceiling on a vague word says nothing
    ("more than dozens", 25, N, N),
    ("nearly dozens", 24, N, N),
]

NO_FIGURE = ["", "the", "years", "killed", "up to hundreds", "between 15 and 10", "people"]


@pytest.mark.parametrize(("words", "low", "best", "high"), COUNTS)
def test_parse_count(words: str, low: int | None, best: int | None, high: int | None) -> None:
    expected = None if (low, best, high) == (N, N, N) else Count(low=low, best=best, high=high)
    assert parse_count(words) == expected


@pytest.mark.parametrize("words", NO_FIGURE)
def test_no_figure_is_none(words: str) -> None:
    assert parse_count(words) is None


@pytest.mark.parametrize(
    ("words", "value"),
    [("five", 5), ("1,200", 1200), ("twenty-three", 23), ("at least 5", None), ("dozens", None)],
)
def test_parse_number_only_exact(words: str, value: int | None) -> None:
    assert parse_number(words) == value


def test_counts_are_ordered() -> None:
    # Count validates low <= best <= high: every convention must satisfy it.
    for words, *_ in COUNTS:
        count = parse_count(words)
        if count is not None:
            vals = [v for v in (count.low, count.best, count.high) if v is not None]
            assert vals == sorted(vals), words


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("a further five", 5),
        ("an additional 12", 12),
        ("another 40", 40),
        ("more than 10", 11),
        ("a dozen", 12),
    ],
)
def test_further_and_additional_do_not_hide_the_figure(text: str, best: int) -> None:
    count = parse_count(text)
    assert count is not None and count.best == best
