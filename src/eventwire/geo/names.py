"""Place-name normalisation: the keys under which the gazetteer files and finds names.

Two levels, both pure string functions:

* `key` — what a careful reader would call the *same spelling*: case, diacritics, hyphens,
  apostrophes, the Arabic article (``al-Qaterji`` = ``Qaterji``) folded away.
* `skeleton` — what stays the same across Arabic→Latin *transliterations*: vowels collapsed to
  one placeholder, doubled letters single, ``q``/``k`` merged, an assimilated article
  (``Deir Ezzor``) split, a final ``h`` after a vowel dropped (``Raqqah``/``Raqqa``). It is
  deliberately coarse, so the gazetteer only files names from Arabic-speaking countries under
  it (see `Gazetteer`), where such variants are the rule rather than a risk.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters NFKD does not decompose into a base letter and a mark.
_SPECIAL = str.maketrans(
    {
        "ı": "i",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ħ": "h",
        "ŧ": "t",
        "ŋ": "n",
    }
)
# Apostrophe-like marks stand for ʿayn/hamza or an English possessive: dropped, not spaced.
_DROPPED = re.compile(r"[’'‘`´ʿʾʻʼ′\u02be\u02bf]")
_SEPARATORS = re.compile(r"[^0-9a-z]+")

# Arabic definite article in its usual Latin spellings, sun-letter assimilations included.
ARTICLES = frozenset(
    {
        "al",
        "el",
        "il",
        "ul",
        "ad",
        "ed",
        "ar",
        "er",
        "as",
        "es",
        "ash",
        "esh",
        "at",
        "et",
        "az",
        "ez",
        "an",
        "en",
        "adh",
        "ath",
        "dh",
    }
)
# "Ezzor", "Addin", "Arraqqa": an article fused onto the next word (not first words: "Assad").
_FUSED_ARTICLE = re.compile(r"^[ae](sh|[dnrstz])(?=\1[a-z])")
_VOWELS = re.compile(r"[aeiou]+")
_GLIDE = re.compile(r"(?<=[aeiou])[wy](?![aeiou])")
_DOUBLED = re.compile(r"(.)\1+")


def fold(text: str) -> str:
    """Lower-case ASCII words separated by single spaces: 'Dayr az-Zawr' → 'dayr az zawr'."""
    text = _DROPPED.sub("", text.casefold()).translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SEPARATORS.sub(" ", bare).strip()


def strip_articles(words: list[str]) -> list[str]:
    """Drop Arabic articles before another word; a name that is only an article stays."""
    kept = [w for i, w in enumerate(words) if not (w in ARTICLES and i + 1 < len(words))]
    return kept or words


@functools.lru_cache(maxsize=1 << 16)  # pure; the places component asks for the same words often
def key(text: str) -> str:
    """The exact-spelling key: 'Al-Qaterji', 'al Qaterji' and 'QATERJI' → 'qaterji'."""
    return " ".join(strip_articles(fold(text).split()))


def _word_skeleton(word: str, first: bool) -> str:
    if not first:
        word = _FUSED_ARTICLE.sub("", word)
    word = word.replace("q", "k").replace("dh", "d").replace("ph", "f")
    # A y or w after a vowel and before a consonant is a glide (Shaykh/Sheikh, Zawr/Zor);
    # between vowels it is a consonant (Daraya is not Daraa).
    word = _GLIDE.sub("", word)
    word = _DOUBLED.sub(r"\1", word)
    word = _VOWELS.sub("a", word)
    if len(word) > 2 and word.endswith("ah"):
        word = word[:-1]  # Raqqah / Raqqa, Barzeh / Barza
    return word


@functools.lru_cache(maxsize=1 << 16)
def skeleton(text: str) -> str:
    """The transliteration-variant key: 'Qatirji', 'Qaterji', 'Qatarji' → 'katarja'."""
    words = key(text).split()
    return " ".join(_word_skeleton(w, i == 0) for i, w in enumerate(words))


def edits(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions)."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def close_spelling(a: str, b: str) -> bool:
    """Two keys a transliteration apart, not two different words with a shared skeleton.

    The skeleton alone maps 'Daily' to Diyala and 'Kerry' to Cairo; a small edit distance,
    growing with length, keeps 'Hasakeh'/'Hasakah' and 'Khan Sheikhoun'/'Khan Shaykhun'.
    """
    longest = max(len(a), len(b))
    limit = 1 if longest <= 6 else 2 if longest <= 12 else 3
    return edits(a, b) <= limit


def is_latin(name: str) -> bool:
    """True when every letter is Latin script (drops Arabic, Cyrillic, CJK alternates)."""
    return all(
        not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in name
    ) and any(c.isalpha() for c in name)


def looks_like_name(name: str) -> bool:
    """An alternate name worth matching in English text: Latin, capitalised, not a code.

    GeoNames alternates include airport codes ('ALP'), lower-case romanisations of other
    scripts ('halaba') and bare abbreviations; those only add false matches.
    """
    if len(name) < 3 or not is_latin(name) or not name[0].isupper():
        return False
    letters = [c for c in name if c.isalpha()]
    return not (len(letters) <= 4 and all(c.isupper() for c in letters))


def possessive_base(word: str) -> str | None:
    """'Aleppos' → 'Aleppo': FA-KES strips apostrophes, so "Aleppo's" arrives as 'Aleppos'."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return None
