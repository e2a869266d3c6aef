"""eventwire: news reports of armed-conflict incidents → a sourced, geocoded, dated incident database."""

__version__ = "0.1.0"
