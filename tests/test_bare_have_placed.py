"""A bare "have" placed by a preposition owns nothing: "In Peru, Garcia has to contend with strikes"
gives no "have in" edge to Peru. Parse by hand (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read

# "In Peru, Garcia has to contend with strikes."
HAS_TO_CONTEND = """
    In      in      ADP   IN  5 prep   -
    Peru    Peru    PROPN NNP 1 pobj   GPE
    ,       ,       PUNCT ,   5 punct  -
    Garcia  Garcia  PROPN NNP 5 nsubj  PERSON
    has     have    VERB  VBZ 0 ROOT   -
    to      to      PART  TO  7 aux    -
    contend contend VERB  VB  5 xcomp  -
    with    with    ADP   IN  7 prep   -
    strikes strike  NOUN  NNS 8 pobj   -
    .       .       PUNCT .   5 punct  -
"""


def test_a_bare_have_with_a_place_gives_no_edge() -> None:
    assert not [r for r in read(HAS_TO_CONTEND).relations if r.predicate == "have in"]


def test_a_verb_of_going_keeps_its_place() -> None:
    table = HAS_TO_CONTEND.replace("has     have    VERB  VBZ", "went    go      VERB  VBD")
    assert "go in" in {r.predicate for r in read(table).relations}
