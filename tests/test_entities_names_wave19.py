"""A saint's town keeps its possessive ("St. John's"); a company's regional branch ("X Europe") is no
person (sentences of our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import read


def _entities(table: str) -> dict[str, str]:
    return {e.label: e.type for e in read(table).entities.entities()}


def test_a_saints_town_keeps_its_possessive() -> None:
    entities = _entities("""
    Trawlers trawler  NOUN  NNS 2 nsubj    -
    reached  reach    VERB  VBD 0 ROOT     -
    St.      St.      PROPN NNP 4 compound GPE
    Mary     Mary     PROPN NNP 2 dobj     I-GPE
    's       's       PART  POS 4 case     I-GPE
    at       at       ADP   IN  2 prep     -
    dawn     dawn     NOUN  NN  6 pobj     -
    .        .        PUNCT .   2 punct    -
    """)
    assert entities == {"St. Mary's": "GPE"}


def test_a_company_named_after_a_continent_is_no_person() -> None:
    entities = _entities("""
    Zentro   Zentro   PROPN NNP 2 compound PERSON
    Asia     Asia     PROPN NNP 3 nsubj    I-PERSON
    cut      cut      VERB  VBD 0 ROOT     -
    jobs     job      NOUN  NNS 3 dobj     -
    in       in       ADP   IN  3 prep     -
    Vietnam  Vietnam  PROPN NNP 5 pobj     GPE
    .        .        PUNCT .   3 punct    -
    """)
    assert entities["Zentro Asia"] == "ORG"
