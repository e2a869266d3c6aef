"""The English check: short English news passes; foreign news paragraphs do not."""

from __future__ import annotations

import pytest

from eventwire.ingest.language import english_problem, non_latin_share, share_of

from .samples import ARABIC, ENGLISH, ENGLISH_2, FRENCH, GERMAN, SPANISH

ENGLISH_CASES = {
    "two sentences": ENGLISH,
    "one long sentence": ENGLISH_2,
    "headline": "Russian strikes kill 34 civilians in Syrias Deir Ezzor Monitor AFP",
    "short": "Explosion in Aleppo",
    "arabic name quoted": ENGLISH + " The area is known locally as القاطرجي.",
    "punctuation stripped": (
        "Syrias army said its forces had retaken the citys eastern districts after weeks of "
        "fighting with rebels who had held them since 2012"
    ),
}

FOREIGN_CASES = {
    "french": (FRENCH, "does not look like English"),
    "german": (GERMAN, "does not look like English"),
    "spanish": (SPANISH, "does not look like English"),
    "arabic": (ARABIC, "not Latin script"),
    "russian": (
        "В результате авиаудара по рынку в Алеппо погибли пять мирных жителей.",
        "not Latin script",
    ),
    "no words": ("12 34 56 -- 78", "has no words"),
}


@pytest.mark.parametrize("text", ENGLISH_CASES.values(), ids=ENGLISH_CASES.keys())
def test_english_passes(text: str) -> None:
    assert english_problem(text) is None


@pytest.mark.parametrize(("text", "message"), FOREIGN_CASES.values(), ids=FOREIGN_CASES.keys())
def test_foreign_is_rejected(text: str, message: str) -> None:
    problem = english_problem(text)
    assert problem is not None
    assert message in problem


def test_long_text_without_english_function_words_is_rejected() -> None:
    # No French/German/Spanish function words either: a word salad, not a report.
    text = " ".join(["Aleppo", "Idlib", "Homs", "Hama", "Raqqa"] * 10)
    problem = english_problem(text)
    assert problem is not None
    assert "0% common English words in 50 words" in problem


def test_message_says_what_eventwire_reads() -> None:
    assert str(english_problem(FRENCH)).endswith("eventwire reads English reports only")


@pytest.mark.parametrize(("text", "share"), [("", 0.0), ("abc", 0.0), ("حلب", 1.0), ("ab حل", 0.5)])
def test_non_latin_share(text: str, share: float) -> None:
    assert non_latin_share(text) == share


def test_share_of_is_case_insensitive() -> None:
    assert share_of(["The", "war", "OF"], frozenset({"the", "of"})) == pytest.approx(2 / 3)
