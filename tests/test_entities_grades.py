"""Grades of crude oil and commodities named after fields, ports or regions are products, no actors
(entity_words.tsv commodity_grades, place_grades; mentions._names_grade)."""

from __future__ import annotations

from geokg.extract.entities.mentions import find_mentions
from hand_docs import facts_with_roots, parse


def _labels(table: str) -> set[str]:
    return {m.text for m in find_mentions(parse(table))}


def test_a_states_grade_is_no_part_of_the_state() -> None:
    table = """
    Chile     Chile     PROPN NNP 3 nsubj    GPE
    sold      sell      VERB  VBD 0 ROOT     -
    oil       oil       NOUN  NN  2 dobj     -
    below     below     ADP   IN  2 prep     -
    Norway    Norway    PROPN NNP 7 poss     GPE
    's        's        PART  POS 5 case     -
    Forties   Forties   PROPN NNP 4 pobj     ORG
    and       and       CCONJ CC  7 cc       -
    Ekofisk   Ekofisk   PROPN NNP 7 conj     ORG
    .         .         PUNCT .   2 punct    -
    """
    assert _labels(table) == {"Chile", "Norway"}
    assert not {f for f in facts_with_roots(table) if "Forties" in f or "Ekofisk" in f}


def test_a_grade_named_like_a_place_is_a_grade_only_before_a_grade_noun() -> None:
    grade = """
    Basrah    Basrah    PROPN NNP 2 compound GPE
    crude     crude     NOUN  NN  3 nsubj    -
    fell      fall      VERB  VBD 0 ROOT     -
    .         .         PUNCT .   3 punct    -
    """
    place = """
    Basrah    Basrah    PROPN NNP 2 nsubj    GPE
    fell      fall      VERB  VBD 0 ROOT     -
    .         .         PUNCT .   2 punct    -
    """
    assert _labels(grade) == set()
    assert _labels(place) == {"Basrah"}
