"""ECB+ loader on small CAT files written here and on the real test topics; the ECB+ harness's
document evidence, TF-IDF and text clustering on cases we can count."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate.ecbplus import (
    TEST_TOPICS,
    EcbDocument,
    gold_incidents,
    load_ecbplus,
    read_document,
)
from eventwire.harness.ecbplus import (
    cosine,
    document_date,
    document_place,
    link_documents_with_text,
    tfidf_vectors,
    within_topics,
)
from eventwire.link import LinkProfile
from eventwire.model import Extraction, GeoPrecision, Place, Report


def cat_xml(name: str, sentences: list[list[str]]) -> str:
    """A CAT document of these tokenised sentences (t_ids counted from 1)."""
    tokens = []
    t_id = 0
    for s, words in enumerate(sentences):
        for n, word in enumerate(words):
            t_id += 1
            tokens.append(f'<token t_id="{t_id}" sentence="{s}" number="{n}">{word}</token>')
    return f'<Document doc_name="{name}" doc_id="X">{"".join(tokens)}<Markables/></Document>'


URL = ["http", ":", "/", "/", "www", ".", "example", ".", "com", "/", "quake", "-", "hits"]
HEADLINE = ["Quake", "hits", "Aceh"]
BODY = [
    "A",
    "strong",
    "earthquake",
    "struck",
    "Aceh",
    "on",
    "Tuesday",
    ",",
    "officials",
    "said",
    ".",
]


def write(folder: Path, name: str, sentences: list[list[str]]) -> Path:
    topic = name.split("_")[0]
    path = folder / "ECB+" / topic / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(cat_xml(name, sentences), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- the loader


def test_an_ecbplus_document_keeps_its_url_out_of_the_text(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "37_2ecbplus.xml", [URL, HEADLINE, BODY]))
    assert (doc.name, doc.topic, doc.half) == ("37_2ecbplus", 37, "ecbplus")
    assert doc.url == "http://www.example.com/quake-hits"
    assert (
        doc.text == "Quake hits Aceh\nA strong earthquake struck Aceh on Tuesday, officials said."
    )


def test_an_ecb_document_keeps_its_headline_as_the_first_line(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "37_1ecb.xml", [HEADLINE, BODY]))
    assert doc.half == "ecb" and doc.url is None
    assert doc.text.splitlines()[0] == "Quake hits Aceh"


def test_tokens_are_read_in_t_id_order(tmp_path: Path) -> None:
    path = tmp_path / "40_1ecb.xml"
    path.write_text(
        '<Document><token t_id="2" sentence="0">world</token>'
        '<token t_id="1" sentence="0">Hello</token></Document>'
    )
    assert read_document(path).text == "Hello world"


def test_gold_incident_is_the_topics_half(tmp_path: Path) -> None:
    for name in ("37_1ecb.xml", "37_2ecb.xml", "37_1ecbplus.xml", "38_1ecb.xml"):
        write(tmp_path, name, [URL, BODY] if "plus" in name else [HEADLINE, BODY])
    docs = load_ecbplus(tmp_path, topics=(37, 38))
    gold = gold_incidents(docs)
    assert [d.name for d in docs] == ["37_1ecb", "37_2ecb", "37_1ecbplus", "38_1ecb"]
    assert gold["37_1ecb"] == gold["37_2ecb"]
    assert len({gold["37_1ecb"], gold["37_1ecbplus"], gold["38_1ecb"]}) == 3


def test_bad_xml_is_an_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "ECB+" / "36" / "36_3ecb.xml"
    path.parent.mkdir(parents=True)
    path.write_text("<Document><token t_id='1'>cut", encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"36_3ecb\.xml: not well-formed XML"):
        load_ecbplus(tmp_path, topics=(36,))


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("notes.xml", "<Document/>", "not an ECB\\+ file name"),
        ("36_1ecb.xml", "<Document/>", "no <token> elements"),
        ("36_1ecb.xml", '<Document><token t_id="a">x</token></Document>', "numeric t_id"),
    ],
)
def test_files_that_are_not_ecbplus_documents_are_errors(
    tmp_path: Path, name: str, content: str, problem: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvaluationError, match=problem):
        read_document(path)


def test_a_missing_topic_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, "36_1ecb.xml", [HEADLINE, BODY])
    with pytest.raises(EvaluationError, match="topic 37 has no documents"):
        load_ecbplus(tmp_path, topics=(36, 37))


def test_the_real_test_topics(shared_dir: Path) -> None:
    docs = load_ecbplus(shared_dir / "data" / "ecbplus")
    assert {d.topic for d in docs} == set(TEST_TOPICS)
    # two seminal events per topic, and every ECB+ half document came with its URL
    assert len(set(gold_incidents(docs).values())) == 2 * len(TEST_TOPICS)
    assert all((d.url is not None) == (d.half == "ecbplus") for d in docs)
    assert all(d.url is None or d.url.startswith("http") for d in docs)
    assert not any("http" in d.text.splitlines()[0] for d in docs)
    halves = Counter(d.half for d in docs)
    assert halves["ecb"] + halves["ecbplus"] == len(docs) == len({d.name for d in docs})


# --------------------------------------------------------------------------- the harness


def extraction(
    text: str, published: date | None = None, places: tuple[str, ...] = ()
) -> Extraction:
    return Extraction(
        report=Report(id="r", text=text, published=published),
        places=[Place(name=n, lat=1.0, lon=2.0, precision=GeoPrecision.TOWN) for n in places],
    )


def test_a_documents_date_is_its_dateline_else_a_full_date_in_it() -> None:
    published = date(2013, 7, 2)
    assert document_date(extraction("on 3 July 2013", published)) == (
        published.toordinal(),
        published.toordinal(),
        "day",
    )
    written = date(2011, 11, 10).toordinal()
    assert document_date(extraction("Jets struck on Nov 10, 2011.")) == (written, written, "day")
    assert document_date(extraction("Jets struck on Thursday.")) is None


def test_a_documents_place_is_the_one_it_names_most() -> None:
    found = document_place(extraction("", places=("Aceh", "Bireun", "Bireun")))
    assert found is not None and found.name == "Bireun"
    assert document_place(extraction("")) is None


def test_tfidf_cosine_is_one_for_the_same_text_and_zero_without_shared_words() -> None:
    a, b, c = tfidf_vectors(
        ["earthquake strikes Aceh", "earthquake strikes Aceh", "Apple unveils laptop"]
    )
    assert cosine(a, b) == pytest.approx(1.0)
    assert cosine(a, c) == 0.0


def profile(name: str, day: int | None = None) -> LinkProfile:
    return LinkProfile(
        id=name, event_type="", sub_event_type="", start=day, end=day,
        date_precision="day" if day else None, lat=None, lon=None, geo_precision=None,
        country=None, admin1=None, place_key=None, perpetrators=frozenset(),
        targets=frozenset(), victim_names=frozenset(), killed=None, injured=None,
        shingles=frozenset(), reports=frozenset({name}), sources=frozenset(),
    )  # fmt: skip


STORIES = [
    ("41_1ecbplus", "Sudan warplanes bombed the Yida refugee camp in Unity state"),
    ("37_1ecbplus", "A strong earthquake shook Aceh province, toppling houses"),
    ("41_2ecbplus", "Yida refugee camp bombed by Sudan warplanes, aid workers say"),
    ("37_2ecbplus", "Aceh earthquake toppled houses and killed five in the province"),
]


def test_text_clustering_links_undated_retellings_and_keeps_stories_apart() -> None:
    profiles = [profile(name) for name, _ in STORIES]  # undated: the linker alone links none
    vectors = tfidf_vectors([text for _, text in STORIES])
    clusters = link_documents_with_text(profiles, vectors)
    assert clusters == {
        "41_1ecbplus": "41_1ecbplus",
        "37_1ecbplus": "37_1ecbplus",
        "41_2ecbplus": "41_1ecbplus",
        "37_2ecbplus": "37_1ecbplus",
    }
    assert link_documents_with_text(profiles, vectors, threshold=1.01) == {
        name: name for name, _ in STORIES
    }


def test_within_topics_never_joins_documents_of_two_topics() -> None:
    docs = [EcbDocument(name, int(name[:2]), "ecbplus", text) for name, text in STORIES]
    profiles = [profile(d.name) for d in docs]
    vectors = [{"same": 1.0}] * len(docs)  # text alone would join them all
    clusters = within_topics(link_documents_with_text, docs, profiles, vectors)
    assert {d.name[:2] for d in docs if clusters[d.name] == clusters["41_1ecbplus"]} == {"41"}


@pytest.mark.model
def test_the_run_on_two_real_topics_reports_both_clusterings(shared_dir: Path) -> None:
    from eventwire.harness.ecbplus import ecbplus_scores

    data = shared_dir / "data" / "ecbplus"
    table = ecbplus_scores(data, topics=(41, 45))
    assert len(table.scores) == 16
    assert all(s.value is not None and 0.0 <= s.value <= 1.0 for s in table.scores)
    assert table.get("B3 F1 (linker + text, all documents)").meets_target()
    files = [*(data / "ECB+" / "41").glob("*.xml"), *(data / "ECB+" / "45").glob("*.xml")]
    assert table.details["documents"] == len(files)
