"""Words of the temporal grammar and what they mean: months, weekdays, quantities, units.

Shared by the grammar (which turns the tables into regex alternations) and the resolver
(which turns matched words back into numbers), so the two can never disagree.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# Monday is 0, as in `date.weekday()`.
WEEKDAY_NAMES: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
# Abbreviations are only trusted inside a full date ("Wed 05 Apr 2017"): alone, "Sun",
# "Sat" and "Wed" are far more often a newspaper, a verb or a name.
WEEKDAYS: dict[str, int] = {
    **WEEKDAY_NAMES,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
UNITS_1_9 = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

# Vague quantities as the (fewest, most) they are taken to mean.
VAGUE: dict[str, tuple[int, int]] = {
    "a few": (2, 4),
    "few": (2, 4),
    "a couple of": (2, 2),
    "couple of": (2, 2),
    "several": (3, 7),
}

# Parts of a period: what "early", "mid-", "the end of" … pick out of it.
PARTS: dict[str, str] = {
    "early": "early", "beginning": "early", "start": "early", "earlier": "early",
    "mid": "mid", "middle": "mid",
    "late": "late", "end": "late", "later": "late",
}  # fmt: skip

UNIT_DAYS: dict[str, int] = {"hour": 0, "day": 1, "week": 7, "month": 30, "year": 365}


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower().rstrip(".")]


def unit_name(word: str) -> str:
    """'Hours' → 'hour'; minutes and seconds count as hours (they never cross a day)."""
    unit = word.lower().removesuffix("s")
    if unit in ("minute", "second"):
        return "hour"
    return unit


def quantity(words: str) -> tuple[int, int]:
    """'three' → (3, 3), '24' → (24, 24), 'twenty-five' → (25, 25), 'a few' → (2, 4)."""
    norm = " ".join(words.lower().split())
    if norm in VAGUE:
        return VAGUE[norm]
    if norm.isdigit():
        return int(norm), int(norm)
    total = sum(NUMBER_WORDS[part] for part in norm.split("-"))
    return total, total


def part_name(words: str) -> str:
    """'the end of' → 'late', 'mid' → 'mid', 'Early' → 'early'."""
    for word in words.lower().replace("-", " ").split():
        if word in PARTS:
            return PARTS[word]
    raise KeyError(words)
