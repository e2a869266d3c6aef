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
        "state television",  # whom he told carries it
    ),
    (
        "A source at the Hama Police Command told SANA that two people were hurt.",
        "A source at the Hama Police Command",
        "official",
        "SANA",
    ),
    (
        "Twenty fighters were killed in the ambush, said the statement of the brigade.",
        "the statement of the brigade",
        "military",
        None,
    ),
    (
        "Shells hit the old market killing six people the Britain-based Syrian Observatory for "
        "Human Rights (SOHR) reported.",
        "the Syrian Observatory for Human Rights (SOHR)",
        "monitor",
        None,
    ),
    (
        "A car bomb went off in the square killing nine people and wounding dozens a medical "
        "source and residents said.",
        "a medical source",
        "medical",
        None,
    ),
    (
        "Rockets struck the western districts and wounded many the Syrian Network for Human "
        "Rights said.",
        "the Syrian Network for Human Rights",
        "monitor",
        None,
    ),
    (
        "Earlier the correspondent reported that a shell had killed a boy.",
        "the correspondent",
        "media",
        None,
    ),
    (
        "Local sources said that three men were shot at the checkpoint.",
        "Local sources",
        "person",
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


def _resolved(make_nlp: Callable[..., object], text: str) -> list[tuple[str, str | None]]:
    doc = make_nlp("eventwire_lines", "eventwire_sources")(text)  # type: ignore[operator]
    return [
        (s._.ew_source.source.name, s._.ew_source.source.canonical_id)
        for s in doc.spans["ew_sources"]
    ]


def test_a_known_source_gets_its_kind_and_id(make_nlp: Callable[..., object]) -> None:
    text = "The state news agency SANA said that four people were killed."
    doc = make_nlp("eventwire_lines", "eventwire_sources")(text)  # type: ignore[operator]
    source = doc.spans["ew_sources"][0]._.ew_source.source
    assert (source.kind, source.canonical_id) == ("agency", "sana")


def test_a_spokesman_speaks_for_his_organisation(make_nlp: Callable[..., object]) -> None:
    text = "Observatory chief Rami Abdel Rahman said 14 fighters died in the assault."
    [(name, cid)] = _resolved(make_nlp, text)
    assert cid == "sohr" and name == "Observatory chief Rami Abdel Rahman"


def test_a_monitor_is_the_known_monitor_named_after(make_nlp: Callable[..., object]) -> None:
    text = (
        "Barrel bombs killed 11 people in the old city on Tuesday, a monitor said. "
        "The Syrian Observatory for Human Rights said helicopters dropped the bombs."
    )
    resolved = _resolved(make_nlp, text)
    assert [cid for _, cid in resolved] == ["sohr", "sohr"]
    assert resolved[0][0] == "The Syrian Observatory for Human Rights"


def test_a_description_that_does_not_fit_stays_as_written(
    make_nlp: Callable[..., object],
) -> None:
    text = (
        "Eight fighters were killed near the dam, a rebel group said. "
        "The Syrian Observatory for Human Rights said the clashes went on."
    )
    assert _resolved(make_nlp, text)[0] == ("a rebel group", None)


def test_a_monitor_with_no_named_monitor_stays_as_written(make_nlp: Callable[..., object]) -> None:
    assert _resolved(make_nlp, "Air strikes killed five people in Binnish, an NGO said.") == [
        ("an NGO", None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State also claimed a bomb attack on a bakery that killed 12 people.",
        "A suicide attack claimed by the Nusra Front killed 40 soldiers near the airport.",
        "The explosion claimed the lives of seven people in the square.",
    ],
)
def test_claiming_an_act_is_not_reporting_it(make_nlp: Callable[..., object], text: str) -> None:
    assert _sources(make_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tags Homs Hama Anti-regime activists said tanks shelled the town.",
            "Anti-regime activists",
        ),
        (
            "Regime denial Meanwhile Syrian officials said the report was a lie.",
            "Syrian officials",
        ),
    ],
)
def test_what_runs_into_a_name_is_not_part_of_it(
    make_nlp: Callable[..., object], text: str, name: str
) -> None:
    assert _sources(make_nlp, text)[0][0] == name


def _scope_of_sentence(make_nlp: Callable[..., object], text: str, sentence: str) -> list[str]:
    """The sources whose scope covers the start of ``sentence`` in ``text``."""
    doc = make_nlp("eventwire_lines", "eventwire_sources")(text)  # type: ignore[operator]
    at = text.index(sentence)
    return [
        s._.ew_source.source.name
        for s in doc.spans["ew_sources"]
        if s._.ew_source.scope_start <= at < s._.ew_source.scope_end
    ]


def test_the_next_sentence_taking_up_the_event_is_told_by_the_same_source(
    make_nlp: Callable[..., object],
) -> None:
    text = (
        "A police source told SANA that terrorists fired mortar shells on Jaramana. "
        "The attack killed two women. Elsewhere, a car bomb went off in Homs."
    )
    assert _scope_of_sentence(make_nlp, text, "The attack") == ["A police source"]
    assert _scope_of_sentence(make_nlp, text, "Elsewhere") == []


def test_a_lede_is_told_by_the_source_that_goes_on_to_tell_it(
    make_nlp: Callable[..., object],
) -> None:
    text = (
        "At least nine civilians were killed in air strikes on Saraqeb on Friday. "
        "The victims were shopping in the main market, activists in Saraqeb said."
    )
    assert _scope_of_sentence(make_nlp, text, "At least") == ["activists in Saraqeb"]


def test_a_lede_about_another_matter_keeps_no_source(make_nlp: Callable[..., object]) -> None:
    text = (
        "At least nine civilians were killed in air strikes on Saraqeb on Friday. "
        "Meanwhile activists said government troops advanced near Hama."
    )
    assert _scope_of_sentence(make_nlp, text, "At least") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The rebel Syrian Observatory for Human Rights said tanks shelled the village.",
            "The rebel Syrian Observatory for Human Rights",
        ),
        (
            "The Syrian Observatory for Human Rights a Britain-based monitoring group said at "
            "least nine people died in the raid.",
            "The Syrian Observatory for Human Rights",
        ),
    ],
)
def test_a_known_name_split_by_the_parse_is_the_speaker(
    make_nlp: Callable[..., object], text: str, name: str
) -> None:
    doc = make_nlp("eventwire_lines", "eventwire_sources")(text)  # type: ignore[operator]
    source = doc.spans["ew_sources"][0]._.ew_source.source
    assert (source.name, source.canonical_id) == (name, "sohr")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A renewed offensive by government troops to seize the hills above the river killed "
            "at least 14 people on Monday and injured many the Syrian Observatory for Human "
            "Rights said.",
            "the Syrian Observatory for Human Rights",
        ),
        (
            "Friday 3 March 2017 20 Civilians Killed in Shelling on Daraa Over Two Days "
            "Activists in Daraa province said that at least 20 civilians have been killed.",
            "Activists in Daraa province",
        ),
    ],
)
def test_a_far_subject_that_cannot_speak_gives_way_to_the_name_before_the_verb(
    make_nlp: Callable[..., object], text: str, name: str
) -> None:
    assert _sources(make_nlp, text)[0][0] == name


def test_a_speaker_that_is_a_thing_near_the_verb_is_kept(make_nlp: Callable[..., object]) -> None:
    text = "The report said 40 people were killed in the raid."
    assert _sources(make_nlp, text)[0][0] == "The report"


def test_a_conjoined_said_takes_the_name_after_it(make_nlp: Callable[..., object]) -> None:
    text = (
        "The bomb went off as a crowd of shoppers gathered outside the bakery on Sunday said "
        "the Syrian Observatory for Human Rights."
    )
    assert ("the Syrian Observatory for Human Rights", "monitor") in _sources(make_nlp, text)


def test_a_conjoined_verb_with_a_common_object_has_no_speaker(
    make_nlp: Callable[..., object],
) -> None:
    text = "Rebels shelled the town on Sunday and claimed the attack."
    assert _sources(make_nlp, text) == []


def test_a_description_only_one_known_source_fits_identifies_it(
    make_nlp: Callable[..., object],
) -> None:
    text = "Shells killed four soldiers near the bridge, the Observatory said."
    assert _resolved(make_nlp, text) == [("the Observatory", "sohr")]


def test_a_description_many_sources_fit_identifies_none(make_nlp: Callable[..., object]) -> None:
    text = "Shells killed four soldiers near the bridge, the group said."
    assert _resolved(make_nlp, text)[0][1] is None


def test_a_line_break_ends_a_name(make_nlp: Callable[..., object]) -> None:
    text = (
        "Two patients were killed. - QRCS\t \t Between 21 and 26 of September the health "
        "directorate in Aleppo reported that hospitals had received 822 wounded."
    )
    names = [n for n, _ in _sources(make_nlp, text)]
    assert all("\t" not in n and "Between" not in n for n in names)


def test_what_the_appositive_says_a_person_is_gives_the_kind(
    make_nlp: Callable[..., object],
) -> None:
    text = "Ahmad Darwish, a spokesman for the Idlib Media Centre, said two children were killed."
    assert _sources(make_nlp, text)[0][1] == "activist"


def test_a_lede_is_told_by_the_source_an_according_to_sentence_goes_on_with(
    make_nlp: Callable[..., object],
) -> None:
    text = (
        "Government jets struck two villages in the north on Monday killing seven civilians. "
        "According to the White Helmets the raids hit a market and a school."
    )
    assert _scope_of_sentence(make_nlp, text, "Government jets") == ["the White Helmets"]


def test_according_to_then_a_topic_shift_does_not_reach_back(
    make_nlp: Callable[..., object],
) -> None:
    text = (
        "Government jets struck two villages in the north on Monday killing seven civilians. "
        "According to the White Helmets, meanwhile, the raids hit a market and a school."
    )
    assert _scope_of_sentence(make_nlp, text, "Government jets") == []


def test_the_reporter_is_the_agency_reporter_named_before(
    make_nlp: Callable[..., object],
) -> None:
    text = (
        "A SANA reporter in Homs said two shells hit the old market. "
        "Later the reporter said a third shell killed a boy."
    )
    resolved = _resolved(make_nlp, text)
    assert resolved[1] == ("A SANA reporter in Homs", "sana")


def test_the_source_is_the_latest_source_so_called(make_nlp: Callable[..., object]) -> None:
    text = (
        "The Observatory said a car bomb hit a checkpoint. A source at the Hama police "
        "command said three officers were killed. The source said the driver fled."
    )
    names = [n for n, _ in _sources(make_nlp, text)]
    assert names[-1] == "A source at the Hama police command"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Gunmen attacked a bus in the south on Friday killing at least nine people "
            "including 4 women state media reported.",
            "state media",
        ),
        (
            "Clashes went on as a car bomb wounded at least 20 people in a busy street in the "
            "old city of Hama state television reported.",
            "state television",
        ),
    ],
)
def test_a_report_run_into_the_speaker_is_not_part_of_the_name(
    make_nlp: Callable[..., object], text: str, speaker: str
) -> None:
    nlp = make_nlp("eventwire_lines", "eventwire_places", "eventwire_sources")
    doc = nlp(text)  # type: ignore[operator]
    assert speaker in [s._.ew_source.source.name for s in doc.spans["ew_sources"]]


def test_a_speaker_before_an_auxiliary_and_its_verb(make_nlp: Callable[..., object]) -> None:
    text = (
        "An attack on a clinic in Hama has left two patients dead and eight others injured "
        "the Syrian Arab Red Crescent (SARC) has announced."
    )
    assert [n for n, _ in _sources(make_nlp, text)] == ["the Syrian Arab Red Crescent (SARC)"]


def test_a_name_with_a_verb_in_it_stays_whole(make_nlp: Callable[..., object]) -> None:
    text = "The activist group called Homs Is Burning said four children were killed."
    assert [n for n, _ in _sources(make_nlp, text)] == ["The activist group called Homs Is Burning"]


def _sources_with_actors(make_nlp: Callable[..., object], text: str) -> list[tuple[str, str]]:
    nlp = make_nlp("eventwire_lines", "eventwire_actors", "eventwire_sources")
    doc = nlp(text)  # type: ignore[operator]
    return [(s._.ew_source.source.name, s._.ew_source.source.kind) for s in doc.spans["ew_sources"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hezbollah al-Nujaba said in a statement that its fighters had killed 14 gunmen.",
            ("Hezbollah al-Nujaba", "military"),
        ),
        ("Jaish al-Islam said its men repelled the assault.", ("Jaish al-Islam", "military")),
        # a foreign state speaks through its government: no kind of its own is guessed
        ("Russia said the convoy was not hit.", ("Russia", "organisation")),
        # a source phrase that names no armed group keeps its lexical kind
        ("Local sources said three men were shot.", ("Local sources", "person")),
    ],
)
def test_an_armed_group_speaking_is_a_military_source(
    make_nlp: Callable[..., object], text: str, expected: tuple[str, str]
) -> None:
    assert _sources_with_actors(make_nlp, text)[0] == expected


def test_an_arabic_name_split_by_the_parse_is_kept_whole(make_nlp: Callable[..., object]) -> None:
    # the small model hangs "Jaish al -" on the verb and takes "Islam" for the subject
    text = "Jaish al-Islam said its gunmen were not involved."
    assert _sources(make_nlp, text)[0][0] == "Jaish al-Islam"


def test_the_report_is_the_source_just_named(make_nlp: Callable[..., object]) -> None:
    text = (
        "The state news agency SANA reported that jets hit rebel positions near Hama. "
        "The report said at least 40 gunmen were killed."
    )
    doc = make_nlp("eventwire_lines", "eventwire_sources")(text)  # type: ignore[operator]
    last = doc.spans["ew_sources"][-1]._.ew_source.source
    assert (last.kind, last.canonical_id) == ("agency", "sana")


def test_the_report_with_nothing_named_before_stays_as_written(
    make_nlp: Callable[..., object],
) -> None:
    assert _sources(make_nlp, "The report said at least 40 gunmen were killed.") == [
        ("The report", "organisation")
    ]


# Round 8: run-on speakers, whom a speaker cites, bylines and claims of responsibility.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing speech verb the parse hangs on its speaker as a participle
        (
            "Four men were killed by shells that fell on the old quarter the observatory "
            "reported on Tuesday.",
            ("the observatory", "monitor"),
        ),
        # the headline's figure taken for a second subject of the closing verb
        (
            "8 injured including 4 children in New Terrorist Rocket Attacks in Homs neighborhood "
            "Syrian State TV announced.",
            ("Syrian State TV", "media"),
        ),
    ],
)
def test_a_speaker_closing_run_on_text(
    make_nlp: Callable[..., object], text: str, expected: tuple[str, str]
) -> None:
    assert _sources(make_nlp, text) == [expected]


def test_a_speech_participle_after_a_thing_is_no_speaker(make_nlp: Callable[..., object]) -> None:
    # "reported" modifying a thing that cannot speak stays unattributed
    assert _sources(make_nlp, "Residents fled the fighting reported on Tuesday.") == []


@pytest.mark.parametrize(
    ("text", "cited", "via"),
    [
        (
            "A mortar shell hit a school in Daraa and wounded four pupils the agency reported "
            "citing a police source.",
            "a police source",
            "the agency",
        ),
        (
            "The channel reported, citing a military source, that 15 fighters were killed.",
            "a military source",
            "The channel",
        ),
    ],
)
def test_whom_a_speaker_cites_speaks_relayed_by_the_speaker(
    make_nlp: Callable[..., object], text: str, cited: str, via: str
) -> None:
    doc = make_nlp("eventwire_lines", "eventwire_sources")(text)  # type: ignore[operator]
    sources = [s._.ew_source.source for s in doc.spans["ew_sources"]]
    assert [(s.name, s.via) for s in sources] == [(cited, via)]


def test_a_byline_is_no_source(make_nlp: Callable[..., object]) -> None:
    text = (
        "Posted on March 3 2015 by Levant Daily Five Dead in Shelling Five people were killed "
        "in shelling on a village near Homs a monitor said."
    )
    assert _sources(make_nlp, text) == [("a monitor", "monitor")]


def test_claiming_an_attack_is_no_figure_attribution(make_nlp: Callable[..., object]) -> None:
    text = (
        "The extremist group claims the double bomb attack that hit a bus station in Homs on "
        "Friday killing at least 12 people."
    )
    assert _sources(make_nlp, text) == []


def test_the_clause_after_according_to_starts_past_the_abbreviation(
    make_nlp: Callable[..., object],
) -> None:
    # the next sentence takes up the lede ("the deaths") after "[SNHR]": the lede is its account
    text = (
        "At least 14 civilians were killed in air raids on villages south of Idlib. "
        "According to the Syrian Network for Human Rights [SNHR] the deaths occurred at dawn."
    )
    doc = make_nlp("eventwire_lines", "eventwire_sources")(text)  # type: ignore[operator]
    mention = doc.spans["ew_sources"][0]._.ew_source
    assert mention.scope_start == 0


def _told_by(make_nlp: Callable[..., object], text: str, needle: str) -> str | None:
    """The name of the source whose scope covers ``needle``."""
    doc = make_nlp("eventwire_lines", "eventwire_sources")(text)  # type: ignore[operator]
    at = text.index(needle)
    return next(
        (
            s._.ew_source.source.name
            for s in doc.spans["ew_sources"]
            if s._.ew_source.scope_start <= at < s._.ew_source.scope_end
        ),
        None,
    )


def test_a_quotation_running_on_keeps_its_speaker(make_nlp: Callable[..., object]) -> None:
    text = (
        '"The jets came back at dawn," said Karim Haddad, a teacher in the old quarter. '
        '"They hit the bakery first. Nine people died in the queue. '
        'We are still digging."'
    )
    assert _told_by(make_nlp, text, "Nine people died") == "Karim Haddad"


def test_a_quoted_sentence_after_an_attributed_quote_keeps_its_speaker(
    make_nlp: Callable[..., object],
) -> None:
    text = (
        '"The shells fell on the market," a local activist told reporters. '
        '"Four children were killed and a dozen were wounded." '
        "The town lies near the border."
    )
    assert _told_by(make_nlp, text, "Four children") == "a local activist"
    assert _told_by(make_nlp, text, "The town lies") is None


def test_a_dateline_or_time_run_into_a_name_is_dropped(make_nlp: Callable[..., object]) -> None:
    texts = (
        "Posted 3 March 2016 Syrian rescue workers said seven people were killed.",
        "Also on Friday Kurdish state television reported that six fighters were killed.",
    )
    names = [n for text in texts for n, _ in _sources(make_nlp, text)]
    assert names == ["Syrian rescue workers", "Kurdish state television"]


def test_according_to_a_standard_is_no_source(make_nlp: Callable[..., object]) -> None:
    text = "It sorts the raids according to flight paths and munitions used."
    assert _sources(make_nlp, text) == []
    text = "Three were killed, according to local activists."
    assert _sources(make_nlp, text) == [("local activists", "activist")]


def test_placing_or_setting_a_toll_is_stating_it(make_nlp: Callable[..., object]) -> None:
    text = "The rescue service placed the death toll at 31 on Monday."
    assert _sources(make_nlp, text) == [("The rescue service", "rescue")]
    text = "Local medics set the toll at 19."
    assert _sources(make_nlp, text) == [("Local medics", "medical")]


def test_placing_a_bomb_states_nothing(make_nlp: Callable[..., object]) -> None:
    text = "Gunmen placed a bomb under the bridge and set fire to two trucks."
    assert _sources(make_nlp, text) == []


def test_a_toll_that_reports_is_no_source(make_nlp: Callable[..., object]) -> None:
    text = "A previous death toll reported 14 dead in the market attack."
    assert _sources(make_nlp, text) == []
    text = "Medics reported that the toll rose to 14."
    assert _sources(make_nlp, text) == [("Medics", "medical")]


def test_a_surname_is_the_source_named_in_full_before(make_nlp: Callable[..., object]) -> None:
    text = (
        "Monitor chief Rami Abdel Rahman said 40 fighters were killed near the airport. "
        "Abdel Rahman said the clashes went on into the night. "
        "Farida Nasser said the road was closed."
    )
    sources = _sources(make_nlp, text)
    assert sources[1] == ("Monitor chief Rami Abdel Rahman", "monitor")
    assert sources[2][0] == "Farida Nasser"  # a name given in full for the first time


def test_a_un_agency_described_before_its_name_is_that_agency(
    make_nlp: Callable[..., object],
) -> None:
    text = "The UN children's agency UNICEF said nine pupils were killed at the school."
    doc = make_nlp("eventwire_lines", "eventwire_sources")(text)  # type: ignore[operator]
    [span] = doc.spans["ew_sources"]
    source = span._.ew_source.source
    assert (source.canonical_id, source.kind) == ("unicef", "organisation")
