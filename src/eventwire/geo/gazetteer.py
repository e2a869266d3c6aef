"""The offline gazetteer: every entry, filed under its names, and resolution into `Place`s.

Build once, load fast: `default_gazetteer()` returns one instance per process, read from a
pickle under the user data dir whose name is a digest of everything it was built from
(package versions, the additions table, imported dumps, the focus countries). Any change
there builds a fresh one (a few seconds), and nothing is read from disk per report.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from eventwire.geo import additions, dumps, home, names, sources
from eventwire.geo.entry import Entry, to_place
from eventwire.geo.governorates import normalise_governorate
from eventwire.geo.names import close_spelling, key, possessive_base, skeleton
from eventwire.geo.resolve import (
    ALIAS,
    EXACT_NAME,
    VARIANT,
    Candidate,
    Mention,
    family,
    resolve_all,
)
from eventwire.model import Place

# Keys whose close transliteration variants are remembered at most (a few MB).
CLOSE_MEMO_SIZE = 100_000
FORMAT = 5  # bump when Entry or the index layout changes: old caches are then ignored
# Transliteration variants are filed only for places with Arabic names (see names.skeleton).
ARABIC_NAMES = frozenset(
    {
        "SY",
        "IQ",
        "YE",
        "LB",
        "JO",
        "PS",
        "LY",
        "EG",
        "SA",
        "AE",
        "QA",
        "KW",
        "BH",
        "OM",
        "SD",
        "TN",
        "DZ",
        "MA",
        "MR",
    }
)


class Gazetteer:
    def __init__(
        self,
        entries: Sequence[Entry],
        admin1_names: Mapping[str, str],
        capitals: Iterable[str] = (),
        dateline_towns: Iterable[Entry] = (),
    ) -> None:
        self.entries = tuple(entries)
        # (name key, admin1 code) → small town, read only after its state (see `town_in`)
        self._towns: dict[tuple[str, str], Entry] = {}
        for town in dateline_towns:
            slot = (key(town.name), town.admin1_code or "")
            if town.population > getattr(self._towns.get(slot), "population", -1):
                self._towns[slot] = town
        self.admin1_names = dict(admin1_names)
        self.capitals = frozenset(key(c) for c in capitals)
        self._exact: dict[str, list[int]] = {}
        self._variant: dict[str, list[int]] = {}
        for i, entry in enumerate(self.entries):
            names = {key(n) for n in entry.names} - {""}
            for k in names:
                self._exact.setdefault(k, []).append(i)
            if entry.country_code in ARABIC_NAMES:
                for s in {skeleton(n) for n in entry.names} - {""}:
                    self._variant.setdefault(s, []).append(i)
        self.max_words = max((len(k.split()) for k in self._exact), default=1)
        # key → entries a transliteration apart (see `_close_variants`), filled as asked
        self._close: dict[str, tuple[int, ...]] = {}

    # ------------------------------------------------------------------ building

    @classmethod
    def build(
        cls,
        *,
        focus: frozenset[str] = sources.DEFAULT_FOCUS,
        additions_file: Path | None = None,
        dump_files: Iterable[Path] = (),
    ) -> Gazetteer:
        entries, admin1_names, capitals, towns = sources.world_entries(focus)
        extra = additions.read_additions(additions_file or additions.default_path())
        entries = _merge(entries, _place_additions(extra, entries))
        for path in dump_files:
            entries = _merge(entries, list(dumps.read_dump(path)))
        return cls(entries, admin1_names, capitals, towns)

    @staticmethod
    def import_dump(path: Path | str) -> int:
        """Check and store a GeoNames country dump for every later default gazetteer.

        Returns how many entries it contributes. Importing the same file again replaces it.
        """
        _stored, count = dumps.import_dump(Path(path))
        default_gazetteer.cache_clear()
        return count

    # ------------------------------------------------------------------ lookup

    def knows(self, name_key: str) -> bool:
        """Might this `names.key` name a place? (cheap: `candidates` has the last word)"""
        return name_key in self._exact or skeleton(name_key) in self._variant

    def is_capital(self, name_key: str) -> bool:
        """Is this the name of a national capital (which news uses for its government)?"""
        return name_key in self.capitals

    def is_exact(self, name_key: str) -> bool:
        """Is this key a spelling the gazetteer has (not only a transliteration variant)?"""
        return name_key in self._exact

    def candidates(self, name: str) -> list[Candidate]:
        """Entries a name may mean: exact spellings if any, else transliteration variants,
        else (FA-KES strips apostrophes) the name without a possessive 's'."""
        k = key(name)
        if k in self._exact:
            return [self._candidate(i, k) for i in self._exact[k]]
        variants = [Candidate(self.entries[i], VARIANT) for i in self._close_variants(k)]
        if variants:
            return variants
        base = possessive_base(name.strip())
        return self.candidates(base) if base and key(base) in self._exact else []

    def variant_in(self, name: str, country_code: str) -> Entry | None:
        """The most populous place of that country a transliteration from the name, if any:
        what a spelling the gazetteer files only under a place abroad may mean at home."""
        home = [
            self.entries[i]
            for i in self._close_variants(key(name))
            if self.entries[i].country_code == country_code
        ]
        return max(home, key=lambda e: e.population) if home else None

    def _close_variants(self, k: str) -> tuple[int, ...]:
        """Entries filed under the key's skeleton whose spelling is close to it; remembered,
        as the edit distances are the dearest part of a lookup and names recur."""
        if k not in self._close:
            if len(self._close) >= CLOSE_MEMO_SIZE:
                self._close.clear()  # a long batch: start again rather than grow unbounded
            self._close[k] = tuple(
                i
                for i in self._variant.get(skeleton(k), [])
                if any(close_spelling(k, key(n)) for n in self.entries[i].names)
            )
        return self._close[k]

    def _candidate(self, i: int, k: str) -> Candidate:
        entry = self.entries[i]
        return Candidate(entry, EXACT_NAME if key(entry.name) == k else ALIAS)

    def state_codes(self, name: str) -> list[str]:
        """The admin1 codes a name may mean as a state or province ("Ky.", "Iowa")."""
        return [
            c.entry.admin1_code
            for c in self.candidates(name)
            if c.entry.feature == "governorate" and c.entry.admin1_code
        ]

    def town_in(self, name: str, admin1_code: str) -> Entry | None:
        """The town of this name in this state or province: the largest the gazetteer has,
        else one from the small towns kept for datelines ("EDMONTON, Ky.")."""
        k = key(name)
        towns = [
            c.entry
            for c in self.candidates(name)
            if family(c.entry) == "settlement" and c.entry.admin1_code == admin1_code
        ]
        if towns:
            return max(towns, key=lambda e: e.population)
        return self._towns.get((k, admin1_code))

    def admin1_of(self, entry: Entry) -> str | None:
        return self.admin1_names.get(entry.admin1_code or "")

    def place(self, entry: Entry, *, text: str | None = None) -> Place:
        return to_place(entry, self.admin1_of(entry), text=text)

    # ------------------------------------------------------------------ resolution

    def resolve(
        self, mentions: Sequence[Mention], *, country: str | None = None
    ) -> tuple[list[tuple[Place | None, int]], str | None]:
        """Resolve a document's mentions together → ([(place, n candidates)], country)."""
        pinned = self._pinned(mentions)
        cands = [
            [Candidate(pinned[key(m.text)], EXACT_NAME)]
            if key(m.text) in pinned
            else self.candidates(m.text)
            for m in mentions
        ]
        picks, about = resolve_all(cands, mentions, country=country)
        places = [
            (self.place(e, text=m.text) if e is not None else None, len(c))
            for e, m, c in zip(picks, mentions, cands, strict=True)
        ]
        return places, about

    def _pinned(self, mentions: Sequence[Mention]) -> dict[str, Entry]:
        """Name key → the town its state settles ("Columbia, Ky."), for every mention of it."""
        pinned: dict[str, Entry] = {}
        for m in mentions:
            if m.within is not None:
                town = self.town_in(m.text, m.within)
                if town is not None:
                    pinned.setdefault(key(m.text), town)
        return pinned

    def locate(
        self, name: str, *, country: str | None = None, prefer: str | None = None
    ) -> Place | None:
        """One name on its own: `locate("Homs", country="SY")`."""
        places, _country = self.resolve([Mention(name, prefer=prefer)], country=country)
        return places[0][0]


def _merge(base: list[Entry], extra: Sequence[Entry]) -> list[Entry]:
    """Add entries; one with a GeoNames id already present replaces it, keeping both alias
    sets (a dump's PPLX record of a town knows more than the cities file's)."""
    index = {e.geonames_id: i for i, e in enumerate(base) if e.geonames_id is not None}
    merged = list(base)
    for entry in extra:
        i = index.get(entry.geonames_id) if entry.geonames_id is not None else None
        if i is None:
            merged.append(entry)
            if entry.geonames_id is not None:
                index[entry.geonames_id] = len(merged) - 1
            continue
        old = merged[i]
        aliases = tuple(dict.fromkeys((*old.aliases, *entry.aliases, old.name)))
        if entry.source.startswith("eventwire additions"):  # aliases only; GeoNames keeps the rest
            merged[i] = old._replace(aliases=tuple(a for a in aliases if a != old.name))
        else:
            kept = entry._replace(
                aliases=tuple(a for a in aliases if a != entry.name),
                admin1_code=entry.admin1_code or old.admin1_code,
            )
            merged[i] = kept
    return merged


def _place_additions(rows: Sequence[additions.Addition], entries: Sequence[Entry]) -> list[Entry]:
    """Give each additions row the GeoNames admin1 code of the governorate it names."""
    codes: dict[tuple[str, str], str] = {}
    for e in entries:
        if e.feature == "governorate" and e.admin1_code:
            for name in e.names:
                gov = normalise_governorate(name, merge_countryside=False)
                codes.setdefault((e.country_code, gov), e.admin1_code)
    placed = []
    for row in rows:
        code = None
        if row.admin1_name:
            gov = normalise_governorate(row.admin1_name, merge_countryside=False)
            code = codes.get((row.entry.country_code, gov))
        placed.append(row.entry._replace(admin1_code=code))
    return placed


def _digest(focus: frozenset[str], dump_files: Sequence[Path]) -> str:
    """Everything the built gazetteer depends on, including the code that files names."""
    code = [Path(__file__)] + [Path(m.__file__ or "") for m in (names, sources, dumps, additions)]
    parts = [
        str(FORMAT),
        sources.package_versions(),
        ",".join(sorted(focus)),
        additions.file_digest(additions.default_path()),
        sources.data_digest(),
    ]
    parts += [additions.file_digest(p) for p in code]
    parts += [f"{p.name}:{additions.file_digest(p)}" for p in dump_files]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer: world + focus countries + additions + imported dumps."""
    dump_files = dumps.imported_dumps()
    path = home.cache_path(_digest(sources.DEFAULT_FOCUS, dump_files))
    cached = home.read_cache(path)
    if isinstance(cached, Gazetteer):
        return cached
    built = Gazetteer.build(dump_files=dump_files)
    home.write_cache(path, built)
    return built
