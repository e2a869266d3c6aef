"""One exception tree for eventwire. The class is the error code; the message says
where, what, and what to do next, on one line.

    EventwireError
     ├── InputError            a report or input file that cannot be read (one item; the batch goes on)
     │    ├── MissingInputError      no such file, or a directory
     │    ├── EmptyInputError        nothing to read
     │    ├── BinaryInputError       not text
     │    ├── EncodingError          not UTF-8 (or any encoding we can tell)
     │    ├── TooLargeError          over the size limit
     │    ├── MalformedInputError    broken HTML / JSON / CSV, missing field, bad value
     │    ├── LanguageError          not English
     │    └── FutureDateError        publication date after today
     ├── UsageError            options that do not fit together (CLI exit 2)
     ├── GazetteerError        a gazetteer file that cannot be loaded
     ├── ModelError            the spaCy pipeline is missing or broken
     ├── StoreError            the database cannot be opened, migrated or written
     │    └── NotFoundError          no such incident / report
     └── EvaluationError       a gold data set that cannot be read

The library raises; only the CLI prints and exits.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base of all eventwire errors."""


class InputError(EventwireError):
    """One input item is unusable. ``where`` is the file (and line/row)."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


class MissingInputError(InputError):
    pass


class EmptyInputError(InputError):
    pass


class BinaryInputError(InputError):
    pass


class EncodingError(InputError):
    pass


class TooLargeError(InputError):
    pass


class MalformedInputError(InputError):
    pass


class LanguageError(InputError):
    pass


class FutureDateError(InputError):
    pass


class UsageError(EventwireError):
    pass


class GazetteerError(EventwireError):
    pass


class ModelError(EventwireError):
    pass


class StoreError(EventwireError):
    pass


class NotFoundError(StoreError):
    pass


class EvaluationError(EventwireError):
    pass
