"""Who says it in stories of many speakers (audit round 29): wire copy that types its quotation marks as
"``" and "''" pairs them as quotations, so no narrative after a closing mark becomes another speaker's
words, nor a name inside the quoted words its speaker."""

from __future__ import annotations

from geokg.extract.entities.coref import quote_groups
from geokg.extract.pipeline import read_doc
from spacy.language import Language


def test_typed_quotation_marks_pair(nlp: Language) -> None:
    # ``Peru must leave,'' Ana Ruiz said. Chile closed the border.
    doc = nlp.make_doc("``Peru must leave,'' Ana Ruiz said. Chile closed the border.")
    assert doc[0].text == "``"
    [[(start, end)]] = quote_groups(doc)
    assert doc[start:end].text == "Peru must leave,"


def test_narrative_after_a_typed_quotation_is_the_articles(nlp: Language) -> None:
    text = (
        "Talks end\n\n``Peru will win the vote,'' said Ana Ruiz, a senior minister. "
        "Chilean troops closed the border with Bolivia.\n\n"
        "``The people have spoken,'' said Luis Vega. Bolivia recalled its ambassador from Chile.\n"
    )
    reading = read_doc(nlp(text), scope="typed")
    told = [r for r in reading.relations if r.subject.entity_id.startswith(("country:", "org:"))]
    assert told, "the narrative's deeds are read"
    assert all(r.attributed_to is None for r in told)
