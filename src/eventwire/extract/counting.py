"""Number expressions → `Count(low, best, high)`, the way UCDP keeps casualty figures.

Pure text in, `Count | None` out; no spaCy here, so the conventions can be read and tested
on their own. `parse_count` takes the words of one figure ("at least 16", "two hundred and
fifty", "dozens", "between 10 and 15") and returns None when they hold no figure.

Conventions (UCDP's spirit: ``best`` is what the report supports, ``low``/``high`` are the
credible floor and ceiling, and a vague word gives a floor but no best):

==========================================  =====================  =========================
words                                       example                low / best / high
==========================================  =====================  =========================
exact number, "a", "an", "one", "single"    "16", "a child"        N / N / N
"no", "none", "nobody", "no one", "zero"    "no one"               0 / 0 / 0
"at least", "no fewer than", "N or more"    "at least 16"          N / N / –
"more than", "over", "upwards of", "N+"     "more than 20"         N+1 / N+1 / –
"about", "around", "some", "roughly", …     "around 32"            – / N / –
"nearly", "almost", "close to", "just …"    "nearly 10,000"        – / N / N
"up to", "as many as", "at most"            "up to 30"             – / – / N
"fewer than", "less than", "under"          "fewer than 10"        – / – / N−1
"N to M", "N-M", "between N and M", "N or M"  "10-15"              N / N / M
plural of a unit: "dozens", "hundreds", …   "dozens"               2×unit / – / –
"scores"                                    "scores"               40 / – / –
"several"                                   "several"              3 / – / –
"a few", "a number of", "many", "some", …   "a number of"          2 / – / –
"a couple", "both", "a pair"                "both"                 2 / 2 / 2
==========================================  =====================  =========================

Why these choices: "more than 20" is at least 21, so 21 is both floor and the only defensible
best; "nearly N" says the true figure is just under N, and N is the figure the report gives,
so it is the best and the ceiling; the best of a range is its low end because UCDP prefers
the more conservative of conflicting figures; "dozens" means at least two dozen and nothing
more precise, so it is a floor only. "up to N" gives no best: reports use it for a ceiling.
"""

from __future__ import annotations

import re

from eventwire.model import Count

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Words that stand for a number on their own.
NAMED = {"a": 1, "an": 1, "single": 1, "dozen": 12, "score": 20, "both": 2, "couple": 2, "pair": 2}
ZERO_WORDS = ("not a single", "no one", "nobody", "none", "no", "zero", "noone")
# Plural units: "dozens" is at least two dozen, "hundreds" at least two hundred, and so on.
PLURAL_UNITS = {
    "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000,
    "millions": 1_000_000,
}  # fmt: skip
# Vague quantifiers with the floor they imply (a plural says at least two).
VAGUE_FLOORS = {
    "several": 3, "a few": 2, "few": 2, "a number": 2, "a handful": 2, "many": 2,
    "numerous": 2, "some": 2, "multiple": 2, "a lot": 2, "lots": 2, "scores": 40,
}  # fmt: skip
EXACT_PAIRS = ("a couple of", "a couple", "a pair of", "a pair", "both")

# Modifiers, longest first within each kind so "no more than" is not read as "more than".
AT_LEAST = ("no fewer than", "no less than", "not less than", "a minimum of", "at minimum",
            "at least")  # fmt: skip
MORE_THAN = ("more than", "upwards of", "in excess of", "greater than", "just over", "over",
             "above", "beyond")  # fmt: skip
AT_MOST = ("no more than", "not more than", "a maximum of", "as many as", "at most", "up to")
FEWER_THAN = ("fewer than", "less than", "under", "below")
NEARLY = ("close to", "just under", "just short of", "nearly", "almost")
ABOUT = ("an estimated", "estimated", "approximately", "approx", "roughly", "around", "about",
         "some", "circa", "perhaps", "maybe", "an approximate")  # fmt: skip
# Words that carry no quantity: "dozens more", "12 other", "of".
TRAILING_NOISE = ("more", "other", "others", "of", "people")

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_DIGIT_RANGE = re.compile(r"(\d[\d,.]*)\s*[-–—]\s*(\d[\d,.]*)")
_PLUS = re.compile(r"(\d[\d,]*)\s*\+")


LEADING_NOISE = frozenset({"further", "additional", "another"})


def parse_count(text: str) -> Count | None:
    """The figure in ``text`` as a `Count`, or None when it holds none (see module docstring)."""
    words = _normalise(text)
    if not words:
        return None
    phrase = " ".join(words)
    if phrase in ZERO_WORDS:
        return Count(low=0, best=0, high=0)
    if phrase in EXACT_PAIRS or phrase.removesuffix(" of") in EXACT_PAIRS:
        return Count(low=2, best=2, high=2)
    ranged = _parse_range(words)
    if ranged is not None:
        return ranged
    for kind, cues in _MODIFIERS:
        for cue in cues:
            cue_words = cue.split()
            if words[: len(cue_words)] == cue_words and len(words) > len(cue_words):
                inner = _parse_bare(words[len(cue_words) :])
                return None if inner is None else _apply(kind, inner)
    if words[-1] in ("plus", "+"):
        inner = _parse_bare(words[:-1])
        return None if inner is None else _apply("at_least", inner)
    return _parse_bare(words)


def parse_number(text: str) -> int | None:
    """An exact number written in digits or words ("1,200", "twenty-three"), else None."""
    count = parse_count(text)
    if count is None or count.low is None or count.low != count.high:
        return None
    return count.best


# --------------------------------------------------------------------------- internals


def _normalise(text: str) -> list[str]:
    text = text.lower().strip()
    text = _DIGIT_RANGE.sub(r"\1 to \2", text)
    text = _PLUS.sub(r"\1 +", text)
    text = re.sub(r"\b(?:or|and) more\b", " +", text)  # "12 or more" = "12+"
    # "twenty-three", "five-year": hyphens join number words; commas inside digits stay.
    text = re.sub(r"(?<=[a-z])[-–](?=[a-z])", " ", text)
    text = re.sub(r"[^\w\s,.+]", " ", text)
    words = [w.strip(",.") if not _DIGITS.match(w.strip(",.")) else w.rstrip(".,") for w in
             text.split()]  # fmt: skip
    words = [w for w in words if w]
    while len(words) > 1 and words[-1] in TRAILING_NOISE:
        words.pop()
    # "a further five", "an additional 12", "another 40": the figure is the number; the cue makes the
    # mention additive, which the casualties component reads from the words themselves.
    if len(words) > 2 and words[0] in ("a", "an") and words[1] in LEADING_NOISE:
        words = words[2:]
    elif len(words) > 1 and words[0] in LEADING_NOISE:
        words = words[1:]
    return words


_MODIFIERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # "no more than" must be tried before "more than", "at most" before "about".
    ("at_most", AT_MOST),
    ("at_least", AT_LEAST),
    ("more_than", MORE_THAN),
    ("fewer_than", FEWER_THAN),
    ("nearly", NEARLY),
    ("about", ABOUT),
)


def _apply(kind: str, inner: Count) -> Count | None:
    """Combine a modifier with the figure it modifies.

    A vague figure ("dozens") keeps only its floor, whatever the modifier says, except that
    a ceiling on a vague figure ("up to hundreds") says nothing countable at all.
    """
    if inner.best is None:
        if kind in ("at_most", "fewer_than") or inner.low is None:
            return None
        return Count(low=inner.low + (1 if kind == "more_than" else 0))
    n = inner.best
    if kind == "at_least":
        return Count(low=n, best=n)
    if kind == "more_than":
        return Count(low=n + 1, best=n + 1)
    if kind == "at_most":
        return Count(high=n)
    if kind == "fewer_than":
        return Count(high=max(n - 1, 0))
    if kind == "nearly":
        return Count(best=n, high=n)
    # "about N": the report's figure, no credible bounds around it.
    return Count(best=n)


def _parse_range(words: list[str]) -> Count | None:
    """'10 to 15', 'between 10 and 15', '10 or 15' → low 10, best 10, high 15."""
    body = words[1:] if words[0] == "between" else words
    for sep in ("to", "and", "or"):
        if sep not in body or (sep == "and" and words[0] != "between"):
            continue
        i = body.index(sep)
        lo, hi = _exact(body[:i]), _exact(body[i + 1 :])
        if lo is not None and hi is not None and lo < hi:
            return Count(low=lo, best=lo, high=hi)
    return None


def _parse_bare(words: list[str]) -> Count | None:
    """A figure without modifiers: exact, a plural unit ('dozens') or a vague quantifier."""
    if not words:
        return None
    exact = _exact(words)
    if exact is not None:
        return Count(low=exact, best=exact, high=exact)
    phrase = " ".join(words).removesuffix(" of")
    phrase = phrase.removeprefix("of ")
    if phrase in VAGUE_FLOORS:
        return Count(low=VAGUE_FLOORS[phrase])
    # "dozens", "hundreds of thousands", "tens of thousands"
    parts = [w for w in phrase.split() if w != "of"]
    if parts and all(p in PLURAL_UNITS for p in parts):
        floor = 2
        for p in parts:
            floor *= PLURAL_UNITS[p]
        return Count(low=floor)
    return None


def _exact(words: list[str]) -> int | None:
    """Digits ('1,200', '1.5 million') or number words ('two hundred and fifty', 'a dozen')."""
    if not words:
        return None
    if _DIGITS.match(words[0]):
        value = float(words[0].replace(",", ""))
        for w in words[1:]:
            if w not in SCALES:
                return None
            value *= SCALES[w]
        return int(value) if value == int(value) else None
    return _words_to_int(words)


def _words_to_int(words: list[str]) -> int | None:
    """'two hundred and fifty' → 250, 'a dozen' → 12, 'half a dozen' → 6; else None."""
    if words[:3] == ["half", "a", "dozen"] and len(words) == 3:
        return 6
    if len(words) == 1 and words[0] in NAMED:
        return NAMED[words[0]]
    total, current = 0, 0
    for i, w in enumerate(words):
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w in ("a", "an") and i == 0 and len(words) > 1:
            current = 1  # "a hundred", "a dozen"
        elif w in ("dozen", "score"):
            current = (current or 1) * NAMED[w]
        elif w in SCALES:
            current = (current or 1) * SCALES[w]
            if SCALES[w] >= 1_000:  # "two thousand five hundred": close the thousands
                total, current = total + current, 0
        elif not (w == "and" and i > 0):
            return None
    return total + current
