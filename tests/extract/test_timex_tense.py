"""Tense without a parser: the words around an expression in its own clause."""

from __future__ import annotations

import pytest

from eventwire.timex import clause_tense

# (sentence, the expression, the tense read)
SENTENCES = [
    ("He will visit the town on Monday.", "Monday", "future"),
    ("On Monday, the envoy will meet the rebels.", "Monday", "future"),
    ("Talks are due to resume in June.", "June", "future"),
    ("The council is expected to vote in May.", "May", "future"),
    ("The army plans to launch the offensive in March.", "March", "future"),
    ("They'll leave on Friday.", "Friday", "future"),
    ("The qualifier has been postponed until 15:00 GMT Saturday.", "Saturday", "future"),
    ("The deal should be completed in October.", "October", "future"),
    ("Chrysler wants to eliminate 789 dealers by early June.", "early June", "future"),
    ("He visited the town on Monday.", "Monday", None),
    ("The strike on Monday killed five.", "Monday", None),
    ("He said on Monday that the army will withdraw.", "Monday", None),
    ("The convoy was delayed due to the fighting on Monday.", "Monday", None),
    ("It fell in May. The army will return.", "May", None),
    ("On Monday the town was shelled, but talks will resume.", "Monday", None),
]


@pytest.mark.parametrize(("sentence", "phrase", "tense"), SENTENCES)
def test_clause_tense(sentence: str, phrase: str, tense: str | None) -> None:
    start = sentence.index(phrase)
    assert clause_tense(sentence, start, start + len(phrase)) == tense
