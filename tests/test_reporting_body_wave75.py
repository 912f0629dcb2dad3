"""The body whose spokesman speaks is "the company" of its words (wave 75 H): "a spokesman for Norvik said
the company would sue Peru" -> Norvik sue Peru, as "a Norvik spokesman said …" already read. Each test
states its parse by hand (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read_triples


def test_the_company_of_a_spokesman_for_a_body_is_that_body() -> None:
    triples = read_triples("""
    A         a         DET   DT  2 det   -
    spokesman spokesman NOUN  NN  5 nsubj -
    for       for       ADP   IN  2 prep  -
    Norvik    Norvik    PROPN NNP 3 pobj  ORG
    said      say       VERB  VBD 0 ROOT  -
    the       the       DET   DT  7 det   -
    company   company   NOUN  NN  9 nsubj -
    would     would     AUX   MD  9 aux   -
    sue       sue       VERB  VB  5 ccomp -
    Peru      Peru      PROPN NNP 9 dobj  GPE
    .         .         PUNCT .   5 punct -
    """)
    assert any(t[0] == "Norvik" and t[1] == "sue" and t[2] == "Peru" for t in triples)
