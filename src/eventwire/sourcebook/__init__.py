"""Well-known sources of conflict reporting (monitors, agencies, broadcasters, rescuers, medical
bodies, armies) with their canonical id, kind and names, written for eventwire in
``sources.json``. Extraction uses it to give a source its kind and identity; the dev-set scorer
and the linker use it to tell two names of one source apart from two sources.

Pure data and string matching: no spaCy, no stage.

    book = default_sourcebook()
    book.find("state news agency SANA").id            # → "sana"
    book.find("Observatory director Rami Abdel Rahman").id   # → "sohr"
    book.describes("a UK-based monitoring group", book.get("sohr"))  # → True
"""

from eventwire.sourcebook.book import KnownSource, Sourcebook, default_sourcebook, words

__all__ = ["KnownSource", "Sourcebook", "default_sourcebook", "words"]
