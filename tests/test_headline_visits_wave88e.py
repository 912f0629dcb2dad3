"""A headline set in capitals: "NORWAY'S KING ARVEN VISITS SPAIN THIS WEEK". The parser may take the
state's name right after the verb for the line's punctuation mark, and the visit loses its destination."""

from __future__ import annotations

from geokg.extract.io.nlp import headline_objects
from hand_docs import parse

HEADLINE = """
    NORWAY   NORWAY   PROPN NNP 4  poss     GPE
    'S       's       PROPN NNP 1  case     -
    KING     KING     PROPN NNP 4  compound -
    ARVEN    ARVEN    PROPN NNP 5  nsubj    PERSON
    VISITS   visit    VERB  VBZ 0  ROOT     -
    SPAIN    SPAIN    PROPN NNP 5  punct    GPE
    """


def test_name_hung_as_punctuation_after_a_capitals_verb_is_its_object() -> None:
    doc = headline_objects(parse(HEADLINE))
    assert (doc[5].dep_, doc[5].head.i) == ("dobj", 4)


def test_a_verb_with_an_object_keeps_the_name_as_it_was() -> None:
    # "VISITS PARIS SPAIN": the verb has its object already; no second one
    table = HEADLINE.replace(
        "SPAIN    SPAIN    PROPN NNP 5  punct    GPE",
        "PARIS PARIS PROPN NNP 5 dobj GPE\n SPAIN SPAIN PROPN NNP 5 punct GPE",
    )
    doc = headline_objects(parse(table))
    assert doc[6].dep_ == "punct"
