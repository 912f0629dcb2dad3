"""Wire-service furniture: credits, time stamps, photo codes and bylines above a story give no entities."""

from __future__ import annotations

from collections.abc import Callable

from geokg.extract.io.wire import furniture_tokens
from geokg.extract.records import ArticleResult
from spacy.language import Language

WIRE_STORY = (
    "Dockers end strike in Peru\n"
    "(Agencies)\n"
    "Updated: 2003-05-14 08:10\n"
    "Reuters Photo LIM207\n"
    "By ANA TORRES Associated Press Writer\n"
    "LIMA, Peru (AP) - Dock workers ended their strike on Wednesday after Chile offered help.\n"
)


def _dropped(nlp: Language, text: str) -> str:
    doc = nlp.make_doc(text)
    return " ".join(t.text for t in doc if t.i in furniture_tokens(doc))


def test_head_lines_and_the_agency_credit_are_furniture(nlp: Language) -> None:
    dropped = _dropped(nlp, WIRE_STORY)
    assert dropped == (
        "( Agencies ) Updated : 2003 - 05 - 14 08:10 Reuters Photo LIM207 "
        "By ANA TORRES Associated Press Writer ( AP )"
    )


def test_headlines_sentences_and_asides_are_not_furniture(nlp: Language) -> None:
    text = (
        "Photo exhibition opens in Lima\n\n"
        "By noon, Peru had sent aid.\n"
        "(Photo: the harbour)\n"
        "By Ana Torres and staff in Lima\n"
        "Later, the minister (who had flown in) - said nothing.\n"
    )
    assert _dropped(nlp, text) == "By Ana Torres and staff in Lima"


def test_the_agency_is_no_actor_and_the_time_stamp_dates_the_article(
    run: Callable[[str], ArticleResult],
) -> None:
    result = run(WIRE_STORY)
    ids = {e.id for e in result.entities}
    assert "country:CHL" in ids and "country:PER" in ids
    assert not any("press" in i or "reuters" in i or "torres" in i or "agencies" in i for i in ids)
    # the agency's home state is not made the state of the story
    assert "country:USA" not in ids
    assert result.article.date == "2003-05-14"


def test_a_closing_credit_is_furniture(nlp: Language) -> None:
    text = (
        "Port strike ends\n\nDock workers in Peru ended their strike.\n"
        "Ana Torres in Lima and Luis Vega in Callao contributed to this report.\n"
    )
    assert _dropped(nlp, text) == ("Ana Torres in Lima and Luis Vega in Callao contributed to this report .")
