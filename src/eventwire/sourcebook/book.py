"""The sourcebook: well-known sources, and which of them a source's name as written names."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

# Modifiers a description may carry and still describe any source it fits: where the source
# is based and how the article characterises it ("a UK-based monitoring group", "Syria monitor",
# "another anti-government monitoring group"). An actor word ("a rebel group") is not among them.
NEUTRAL_MODIFIERS = frozenset(
    {"uk", "britain", "british", "london", "england", "coventry", "based", "war", "syria",
     "syrian", "syrias", "opposition", "anti", "pro", "government", "independent", "another",
     "other", "well", "known", "leading", "main", "prominent", "same", "state", "run", "official",
     "news", "human", "rights", "international", "non", "governmental", "medical", "aid"}
)  # fmt: skip
DETERMINERS = frozenset({"a", "an", "the", "one", "this", "that"})
# Titles of someone who speaks for a source, after the noun it is called by ("the Observatory
# director", "the monitor's head"): the person describes the source he speaks for.
SPEAKER_TITLES = frozenset(
    {"director", "head", "chief", "founder", "chairman", "spokesman", "spokeswoman",
     "spokesperson"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class KnownSource:
    """A well-known source: its canonical id and name, its kind (docs/ANNOTATION.md), the names
    that name it alone, the common nouns an article calls it by, and who speaks for it."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    called: tuple[str, ...]
    people: tuple[str, ...]


def words(text: str) -> list[str]:
    """A name's words as matched: apostrophes and abbreviation dots dropped ("Russia's" →
    "Russias", "U.N." → "UN"), hyphens and other punctuation split words."""
    text = re.sub(r"['’`]", "", text)
    text = re.sub(r"\b([A-Za-z])\.(?=[A-Za-z]\.)", r"\1", text)  # U.N. → UN.
    text = re.sub(r"\b([A-Z])\.(?=\W|$)", r"\1", text)
    return re.findall(r"\w+", text)


@dataclass(frozen=True, slots=True)
class _Pattern:
    words: tuple[str, ...]
    exact_case: bool  # a one-word name ("WHO", "Amnesty") is a name only as capitalised
    source: KnownSource


def _word_matches(word: str, pattern_word: str, *, exact_case: bool, last: bool) -> bool:
    # With apostrophes stripped an abbreviation's possessive is "SANAs correspondent"; inside
    # a longer name too ("the UNs refugee agency" is the UN refugee agency).
    possessive = pattern_word.isupper() and word == pattern_word + "s"
    if exact_case:
        return word == pattern_word or (last and possessive)
    return word.casefold() == pattern_word.casefold() or possessive


class Sourcebook:
    def __init__(self, sources: Iterable[KnownSource]) -> None:
        self.sources = tuple(sources)
        self._by_id = {s.id: s for s in self.sources}
        self._patterns: dict[str, list[_Pattern]] = {}
        for source in self.sources:
            for name in (*source.aliases, *source.people):
                ws = tuple(words(name))
                if not ws:
                    continue
                pattern = _Pattern(ws, exact_case=len(ws) == 1, source=source)
                self._patterns.setdefault(ws[0].casefold(), []).append(pattern)

    def get(self, source_id: str) -> KnownSource | None:
        return self._by_id.get(source_id)

    def find(self, name: str) -> KnownSource | None:
        """The known source a name as written names, by an alias or by who speaks for it,
        with or without words around it ("state news agency SANA", "SANA reporter in Aleppo",
        "Observatory director Rami Abdel Rahman"); None when it names none, or two ("SANA and
        Reuters"). A shorter match inside a longer one ("UN" in "UN OCHA") does not count."""
        ws = words(name)
        spans: list[tuple[int, int, KnownSource]] = []
        for i, word in enumerate(ws):
            key = word.casefold()
            candidates = self._patterns.get(key, []) + self._patterns.get(key[:-1], [])
            for pattern in candidates:
                end = i + len(pattern.words)
                if end <= len(ws) and all(
                    _word_matches(w, p, exact_case=pattern.exact_case, last=j == end - 1)
                    for j, (w, p) in enumerate(zip(ws[i:end], pattern.words, strict=True), i)
                ):
                    spans.append((i, end, pattern.source))
        outermost = {
            s.id
            for i, end, s in spans
            if not any(i2 <= i and end <= end2 and end2 - i2 > end - i for i2, end2, _ in spans)
        }
        return self._by_id[outermost.pop()] if len(outermost) == 1 else None

    def describes(self, description: str, source: KnownSource) -> bool:
        """Whether a description without a name ("a monitor", "an NGO", "a UK-based monitoring
        group", "the Britain-based organisation") can refer to ``source``: it ends in a noun the
        source is called by (or one who speaks for it: "the Observatory director"), and its
        other words only place or characterise it."""
        ws = [w.casefold() for w in words(description)]
        while ws and ws[0] in DETERMINERS:
            ws = ws[1:]
        if len(ws) > 1 and ws[-1] in SPEAKER_TITLES:
            ws = ws[:-1]
        for called in source.called:
            cs = called.casefold().split()
            if (
                len(ws) >= len(cs)
                and ws[-len(cs) :] == cs
                and all(w in NEUTRAL_MODIFIERS for w in ws[: -len(cs)])
            ):
                return True
        return False

    def sole_fit(self, description: str) -> KnownSource | None:
        """The one well-known source a description can refer to, when only one fits it ('the
        Observatory'); None when several do ('the group', 'a monitor') or none does."""
        fits = [s for s in self.sources if self.describes(description, s)]
        return fits[0] if len(fits) == 1 else None


def _load(text: str) -> list[KnownSource]:
    data = json.loads(text)
    return [
        KnownSource(
            id=row["id"],
            name=row["name"],
            kind=row["kind"],
            aliases=tuple(row["aliases"]),
            called=tuple(row["called"]),
            people=tuple(row["people"]),
        )
        for row in data["sources"]
    ]


@cache
def default_sourcebook() -> Sourcebook:
    """The sourcebook of ``sources.json`` beside this module, read once per process."""
    text = resources.files("eventwire.sourcebook").joinpath("sources.json").read_text("utf-8")
    return Sourcebook(_load(text))
