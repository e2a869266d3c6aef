"""Assembly: the page around an article (link lists, tags, linked headlines) tells no incident."""

from __future__ import annotations

from datetime import date

from written_reports import extract_published

from eventwire.extract.pipeline import Extractor
from eventwire.model import Incident

BODY = (
    "Government warplanes bombed a bakery in Maarat al-Numan on Sunday, killing seven people, "
    "a local rescue worker told reporters. Residents said the raid came as people queued for "
    "bread early in the morning, and that the bakery had been closed for weeks before. "
    "Aid groups have warned that food supplies in the province are running low this winter. "
)


extract = extract_published(date(2018, 1, 8))


def places(incidents: list[Incident]) -> list[str]:
    return [i.location.text for i in incidents if i.location is not None]


def test_headlines_in_a_related_list_at_the_end_are_not_incidents(extractor: Extractor) -> None:
    text = BODY + (
        "Related News Rebels Shell Government Positions Near Hama "
        "Turkish Jets Strike Kurdish Fighters in Afrin"
    )
    assert places(extract(extractor, text)) == ["Maarat al-Numan"]


def test_a_tag_list_at_the_end_is_not_an_incident(extractor: Extractor) -> None:
    text = BODY + "Tags airstrikes Idlib Syria bakery"
    assert len(extract(extractor, text)) == 1


def test_a_linked_headline_inside_the_article_is_not_an_incident(extractor: Extractor) -> None:
    # A photo credit and then the title of another story, run into the prose.
    text = (
        BODY + "Reuters Photo Omar Haj Kadour Israeli Missile Strike Hits Airport in Damascus "
        "The rescue worker said two of the dead were children."
    )
    assert places(extract(extractor, text)) == ["Maarat al-Numan"]


def test_the_reports_own_headline_still_tells_its_incident(extractor: Extractor) -> None:
    text = (
        "Rebel Shelling Kills Three in Aleppo Neighbourhood "
        "Three civilians were killed on Sunday when rebel shells hit a residential building in "
        "the Hamdaniyeh district of Aleppo, state media said."
    )
    (inc,) = extract(extractor, text)
    assert inc.sub_event_type == "shelling_artillery_missile_attack"


def test_a_sentence_after_a_credit_in_brackets_is_prose(extractor: Extractor) -> None:
    text = BODY + "(Reuters and Agencies) Airstrikes were also reported in Homs on Sunday."
    assert "Homs" in places(extract(extractor, text))


def test_related_to_in_prose_opens_no_trailer(extractor: Extractor) -> None:
    text = BODY + (
        "Related to the raid, officials said later that shelling also hit the town of Kafranbel "
        "on Sunday, killing two."
    )
    assert "Kafranbel" in places(extract(extractor, text))
