"""A field of several words before a title's noun in lower case is the field of the office, no body (lead,
stop 53): "Home Affairs spokesman X" speaks on home affairs; he is no "spokesperson of Home Affairs". A body
with its head noun ("Foreign Affairs Committee chairman Y") stays the body. Parses by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples


def test_a_field_before_a_spokesman_is_no_body() -> None:
    triples = read_triples("""
    Home       Home       PROPN NNP  2 compound ORG
    Affairs    Affairs    PROPN NNPS 3 compound I-ORG
    spokesman  spokesman  NOUN  NN   5 compound -
    Tom        Tom        PROPN NNP  5 compound PERSON
    Ricks      Ricks      PROPN NNP  6 nsubj    I-PERSON
    criticised criticise  VERB  VBD  0 ROOT     -
    France     France     PROPN NNP  6 dobj     GPE
    .          .          PUNCT .    6 punct    -
    """)
    assert not {t for t in triples if t[2] == "Home Affairs"}, triples
    assert ("Tom Ricks", "criticise", "France") in triples, triples


def test_a_committee_before_its_chairman_stays_the_body() -> None:
    triples = read_triples("""
    Foreign    Foreign    PROPN NNP  3 compound ORG
    Affairs    Affairs    PROPN NNPS 3 compound I-ORG
    Committee  Committee  PROPN NNP  4 compound I-ORG
    chairman   chairman   NOUN  NN   6 compound -
    Tom        Tom        PROPN NNP  6 compound PERSON
    Ricks      Ricks      PROPN NNP  7 nsubj    I-PERSON
    criticised criticise  VERB  VBD  0 ROOT     -
    France     France     PROPN NNP  7 dobj     GPE
    .          .          PUNCT .    7 punct    -
    """)
    assert ("Tom Ricks", "chairperson of", "Foreign Affairs Committee") in triples, triples
