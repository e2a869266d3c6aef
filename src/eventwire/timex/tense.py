"""Tense without a parser: is the clause around an expression about the future?

The spaCy component reads tense from the dependency parse. Where there is no parse (the TimeML
evaluation, a caller without spaCy), `clause_tense` looks at the words near the expression in
its own sentence: a future auxiliary ("will", "'ll", "shall", "won't") or a verb of intention
before "to" ("is to", "plans to", "is due to", "is expected to"), a modal ("should", "must",
"may", "might") or a putting-off ("postponed until", "delayed to") makes it ``"future"``. The
look stops at the sentence's end and at words that open another clause ("that", "said", "but",
"when" …), so "said on Monday that it will leave" keeps Monday in the past. Anything else is
``None``, which the resolver reads as past.
"""

from __future__ import annotations

import re

from eventwire.timex.resolve import Tense

_FUTURE = re.compile(
    r"\b(?:will|shall|won['’]t|wo\s+n['’]t)\b|['’]ll\b"
    r"|\b(?:is|are|am|was|were|be)\s+(?:(?:due|set|scheduled|expected|slated|going|poised|"
    r"planning|preparing|about)\s+)?to\s+(?!(?:the|a|an|its|their|his|her|this|that)\b)\w+"
    r"|\b(?:plans?|planned|intends?|aims?|hopes?|expects?|wants?)\s+to\s+\w+"
    r"|\b(?:postponed|delayed|deferred|adjourned|rescheduled|put\s+off|pushed\s+back)"
    r"\s+(?:until|till|to)\b"
    r"|(?-i:\b(?:should|must|may|might)\s+(?:not\s+)?[a-z]+)",
    re.IGNORECASE,
)
# Words that start another clause: the look does not go past them.
_CLAUSE_BREAK = re.compile(
    r"[.;:!?](?=\s|$)|\n|—|\b(?:that|which|who|said|says|say|told|tells|but|because|after|before|when|"
    r"while|since|although|though|as)\b",
    re.IGNORECASE,
)
_REACH = 60  # characters each side: about ten words


def clause_tense(text: str, start: int, end: int) -> Tense | None:
    """'future' when the clause holding ``text[start:end]`` speaks of the future, else None."""
    left = text[max(0, start - _REACH) : start]
    breaks = list(_CLAUSE_BREAK.finditer(left))
    if breaks:
        left = left[breaks[-1].end() :]
    right = text[end : end + _REACH]
    stop = _CLAUSE_BREAK.search(right)
    if stop is not None:
        right = right[: stop.start()]
    if _FUTURE.search(left) or _FUTURE.search(right):
        return "future"
    return None
