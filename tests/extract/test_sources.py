"""Attribution: who each statement is attributed to, relays, tweets, wire credits, hedges."""

from __future__ import annotations

from collections.abc import Callable

import pytest

CASES = [
    ("A local doctor said four other children were also hurt.", "A local doctor", "medical", None),
    (
        "The Daily Telegraph reported that the boy was treated at the M10 hospital.",
        "The Daily Telegraph",
        "media",
        None,
    ),
    (
        "Five civilians died, according to the Syrian Observatory for Human Rights.",
        "the Syrian Observatory for Human Rights",
        "monitor",
        None,
    ),
    (
        "Russian news agencies quoted the defence minister, Sergei Shoigu, as saying talks were active.",
        "the defence minister, Sergei Shoigu",
        "military",
        "Russian news agencies",
    ),
    (
        "The governor of Homs told state television that nobody was hurt.",
        "The governor of Homs",
        "official",
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "name", "kind", "via"), CASES)
def test_source_of_sentence(
    make_nlp: Callable[..., object], sentence: str, name: str, kind: str, via: str | None
) -> None:
    doc = make_nlp("eventwire_lines", "eventwire_sources")(sentence)  # type: ignore[operator]
    sources = [s._.ew_source.source for s in doc.spans["ew_sources"]]
    assert sources, f"no source in {sentence!r}"
    assert (sources[0].name, sources[0].kind, sources[0].via) == (name, kind, via)


def test_tweet_signature_attributes_the_line_above(make_nlp: Callable[..., object]) -> None:
    text = "Intro line.\nHis name is Omar and he is 5.\n— Raf Sanchez (@rafsanchez) August 17, 2016\nMore."
    doc = make_nlp("eventwire_lines", "eventwire_sources")(text)  # type: ignore[operator]
    tweet = [
        s._.ew_source
        for s in doc.spans["ew_sources"]
        if s._.ew_source.source.kind == "social_media"
    ]
    assert len(tweet) == 1
    assert tweet[0].source.name == "Raf Sanchez (@rafsanchez)"
    assert text[tweet[0].scope_start : tweet[0].scope_end] == "His name is Omar and he is 5."


def test_wire_credit_covers_the_whole_text(make_nlp: Callable[..., object]) -> None:
    text = "Warplanes struck Idlib on Monday, killing five people. - REUTERS"
    doc = make_nlp("eventwire_lines", "eventwire_sources")(text)  # type: ignore[operator]
    credit = [
        s._.ew_source for s in doc.spans["ew_sources"] if s._.ew_source.source.kind == "agency"
    ]
    assert credit and credit[0].scope_start == 0 and credit[0].scope_end == len(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The child is reported to be five-year-old Omran.",
        "The strike apparently hit a school.",
        "Airstrikes have reportedly increased.",
    ],
)
def test_hedges(make_nlp: Callable[..., object], sentence: str) -> None:
    doc = make_nlp("eventwire_sources")(sentence)  # type: ignore[operator]
    assert len(doc.spans["ew_hedges"]) == 1


def test_plain_statement_has_no_hedge(make_nlp: Callable[..., object]) -> None:
    doc = make_nlp("eventwire_sources")("An air strike hit the market on Monday.")  # type: ignore[operator]
    assert len(doc.spans["ew_hedges"]) == 0


def _sources(make_nlp: Callable[..., object], text: str) -> list[tuple[str, str]]:
    doc = make_nlp("eventwire_lines", "eventwire_sources")(text)  # type: ignore[operator]
    return [(s._.ew_source.source.name, s._.ew_source.source.kind) for s in doc.spans["ew_sources"]]


def test_the_monitor_is_the_observatory_named_before(make_nlp: Callable[..., object]) -> None:
    text = (
        "Air strikes killed 12 people, the Syrian Observatory for Human Rights said. "
        "The toll is likely to rise, the monitor said."
    )
    names = [n for n, _ in _sources(make_nlp, text)]
    assert names == ["the Syrian Observatory for Human Rights"] * 2


def test_he_is_the_doctor_named_before(make_nlp: Callable[..., object]) -> None:
    text = "Hamza Khatib, the manager of al-Quds hospital, said four died. He said 20 were hurt."
    sources = _sources(make_nlp, text)
    assert len(sources) == 2 and sources[1] == sources[0]


def test_a_base_is_not_part_of_the_name(make_nlp: Callable[..., object]) -> None:
    text = "The Britain-based Syrian Observatory for Human Rights said 25 people were killed."
    assert _sources(make_nlp, text)[0] == ("The Syrian Observatory for Human Rights", "monitor")


def test_a_day_run_into_the_name_is_dropped(make_nlp: Callable[..., object]) -> None:
    text = "Five people were killed in Homs Monday state news agency SANA reported."
    names = [n for n, _ in _sources(make_nlp, text)]
    assert names and not names[0].lower().startswith("monday")


def test_speaker_before_a_run_on_sentence(make_nlp: Callable[..., object]) -> None:
    text = (
        "An airstrike on a hospital killed 10 people the Syrian Observatory for Human Rights said "
        "The hospital is about 15 km from Idlib city."
    )
    assert ("the Syrian Observatory for Human Rights", "monitor") in _sources(make_nlp, text)
