"""Name keys: spellings a reader would call the same meet; different words do not."""

from __future__ import annotations

import pytest

from eventwire.geo.names import (
    close_spelling,
    fold,
    is_latin,
    key,
    looks_like_name,
    possessive_base,
    skeleton,
)

SAME_KEY = [
    ("Qaterji", "al-Qaterji"),
    ("Qaterji", "QATERJI"),
    ("Ḩalab", "Halab"),
    ("Dar‘ā", "Dar'a"),
    ("Ar-Raqqah", "Raqqah"),
    ("Deir ez-Zor", "Deir el-Zor"),
    ("As Suwaydā'", "Suwayda"),
]

SAME_SKELETON = [
    ("Qaterji", "Qatirji"),
    ("Qaterji", "Qatarji"),
    ("Deir ez-Zor", "Deir Ezzor"),
    ("Deir ez-Zor", "Dayr az Zawr"),
    ("Raqqa", "Ar-Raqqah"),
    ("Hasakeh", "Hassakeh"),
    ("Latakia", "Lattakia"),
    ("Tartus", "Tartous"),
    ("Sheikh Maqsoud", "Shaykh Maqsud"),
    ("Khan Shaykhun", "Khan Sheikhoun"),
    ("Mezzeh", "Al Mazzah"),
    ("Yarmouk", "al-Yarmūk"),
    ("Jobar", "Jawbar"),
    ("Idlib", "Edlib"),
]

DIFFERENT_SKELETON = [
    ("Homs", "Hamas"),
    ("Daraa", "Daraya"),
    ("Hama", "Homs"),
]


@pytest.mark.parametrize(("a", "b"), SAME_KEY)
def test_spellings_share_a_key(a: str, b: str) -> None:
    assert key(a) == key(b)


@pytest.mark.parametrize(("a", "b"), SAME_SKELETON)
def test_transliterations_share_a_skeleton(a: str, b: str) -> None:
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT_SKELETON)
def test_different_places_keep_different_skeletons(a: str, b: str) -> None:
    assert skeleton(a) != skeleton(b)


@pytest.mark.parametrize(
    ("a", "b", "close"),
    [
        ("hasakeh", "hasakah", True),
        ("khan sheikhoun", "khan shaykhun", True),
        ("daily", "diyala", False),
        ("kerry", "kairo", False),
    ],
)
def test_close_spelling_allows_transliteration_not_other_words(a: str, b: str, close: bool) -> None:
    assert close_spelling(a, b) is close


def test_fold_drops_case_diacritics_and_punctuation() -> None:
    assert fold("Ma‘arrat an-Nu‘mān") == "maarrat an numan"


def test_article_alone_is_kept_as_the_name() -> None:
    assert key("Al") == "al"


@pytest.mark.parametrize(
    ("word", "base"), [("Aleppos", "Aleppo"), ("Syrias", "Syria"), ("Homss", None), ("Bus", None)]
)
def test_possessive_base_strips_a_fakes_possessive(word: str, base: str | None) -> None:
    assert possessive_base(word) == base


@pytest.mark.parametrize(
    ("name", "keep"),
    [("Halab", True), ("ALP", False), ("halaba", False), ("حلب", False), ("Madinat Halab", True)],
)
def test_only_latin_capitalised_non_code_alternates_are_names(name: str, keep: bool) -> None:
    assert looks_like_name(name) is keep


def test_is_latin_rejects_arabic_script() -> None:
    assert not is_latin("حلب")
