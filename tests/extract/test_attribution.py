"""Who says so: the source of a figure among the attributions of a parsed report."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.extract.attribution import source_for
from eventwire.model import Report

pytestmark = pytest.mark.model


def _source_of(make_nlp: Callable[..., object], text: str, figure: str) -> tuple[str, str]:
    doc = make_nlp("eventwire_lines", "eventwire_sources")(text)  # type: ignore[operator]
    report = Report(id="r1", text=text, outlet="example")
    source = source_for(doc, text.index(figure), report)  # type: ignore[arg-type]
    return source.name, source.kind


def test_of_two_speakers_in_a_sentence_the_nearer_one_tells_the_figure(
    make_nlp: Callable[..., object],
) -> None:
    text = (
        "Officials say the road will reopen soon while shelling on the old city killed 12 "
        "civilians on Monday the civil defence said."
    )
    assert _source_of(make_nlp, text, "killed 12")[0] == "the civil defence"


def test_a_figure_after_the_first_speaker_is_the_first_speakers(
    make_nlp: Callable[..., object],
) -> None:
    text = "Activists said shelling killed 12 civilians on Monday in the old city, officials noted."
    assert _source_of(make_nlp, text, "killed 12")[0] == "Activists"


def test_an_unattributed_figure_is_the_outlets(make_nlp: Callable[..., object]) -> None:
    text = "Shelling killed 12 civilians on Monday."
    assert _source_of(make_nlp, text, "killed 12") == ("example", "outlet")
