"""Is a report in English? A cheap heuristic, because extraction only knows English.

Two signals, no model: the share of letters outside the Latin script (Arabic, Cyrillic…),
and the share of word tokens that are common English function words, set against the
share of common function words of other Latin-script languages. Function words are the
most frequent words of any language and differ between languages, so a few dozen of each
are enough to tell English news from French, German or Spanish news.
"""

from __future__ import annotations

import re
import unicodedata


def _words(text: str) -> frozenset[str]:
    """A word list written as running text (easier to read and edit than quoted items)."""
    return frozenset(text.split())


# Left out on purpose: words that are also frequent function words in French, German,
# Spanish, Italian or Portuguese ("a", "an", "am", "in", "on", "as", "do", "no", "so", "was",
# "also", "me", "die", "war"), so foreign text cannot score with them.
ENGLISH_FUNCTION_WORDS = _words(
    """
    the of and to is are were be been being has have had it its they them their
    he she his her him we our you your this that these those which who whom whose what
    with for from by at into onto upon about after before during between against among
    through over under since until while when where than then there here not but or nor
    if because although though would could should will shall can may might must did does
    said says say told according other another such more most some any each both all
    one two three up out off only just very
    """
)

# Frequent function words of French, German, Spanish, Italian, Portuguese, Dutch and Turkish
# that are not English words. Left out: "un" (the UN), "al"/"el" (Arabic names: al-Bab).
FOREIGN_FUNCTION_WORDS = _words(
    """
    le la les des du et est une dans pour par sur aux qui que ont été avec selon cette ces
    der das und ist ein eine einen einem dem von mit sich nicht auf für bei wurde wurden sind
    zum zur im nach wie oder auch
    los las y en del por con para se su sus según entre una fue han muy
    di della che per gli nel sono
    os em não dos com uma foram pelo pela
    het een van op dat niet zijn werd
    ve bir bu ile için olarak
    """
)

_WORD = re.compile(r"[^\W\d_]+")

MAX_NON_LATIN_SHARE = 0.25
# Below this many words the shares are noise; give short texts the benefit of the doubt.
MIN_WORDS = 8
# A text this long with under MIN_ENGLISH_SHARE English function words is not English even
# if it has no French/German/Spanish ones either. Measured: FA-KES reports of 40+ words
# score at least 10%; whole-article foreign news paragraphs score 0%. Headline-only FA-KES
# rows ("Russian strikes kill 34 civilians in Syrias Deir Ezzor Monitor AFP …") score 0%,
# hence the length condition.
LONG_TEXT_WORDS = 40
MIN_ENGLISH_SHARE = 0.05


def non_latin_share(text: str) -> float:
    """Share of letters that are not Latin script (0.0 for a text with no letters)."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    foreign = sum(1 for ch in letters if not unicodedata.name(ch, "").startswith("LATIN"))
    return foreign / len(letters)


def share_of(words: list[str], vocabulary: frozenset[str]) -> float:
    """Share of ``words`` (case-insensitive) found in ``vocabulary``."""
    if not words:
        return 0.0
    return sum(1 for word in words if word.lower() in vocabulary) / len(words)


def english_problem(text: str) -> str | None:
    """Why ``text`` does not look like English (one line, with the numbers), or None."""
    script = non_latin_share(text)
    if script > MAX_NON_LATIN_SHARE:
        return f"is not in English ({script:.0%} of letters are not Latin script); " + _ONLY
    words = _WORD.findall(text)
    if not words:
        return "has no words"
    if len(words) < MIN_WORDS:
        return None
    english = share_of(words, ENGLISH_FUNCTION_WORDS)
    foreign = share_of(words, FOREIGN_FUNCTION_WORDS)
    if foreign > english:
        return (
            f"does not look like English ({english:.0%} common English words, "
            f"{foreign:.0%} common French/German/Spanish/… words); " + _ONLY
        )
    if len(words) >= LONG_TEXT_WORDS and english < MIN_ENGLISH_SHARE:
        return (
            f"does not look like English ({english:.0%} common English words in "
            f"{len(words)} words, expected at least {MIN_ENGLISH_SHARE:.0%}); " + _ONLY
        )
    return None


_ONLY = "eventwire reads English reports only"
