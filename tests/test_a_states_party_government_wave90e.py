"""A state's party named before its government (wave 90 E): "Canada's Progressive Conservative government
criticised Peru", "Chile's Socialist Party criticised Peru". The party stands in the state, of its country,
but is no part of it (descriptions._political_party: a party by its name, the organisation table or a
party's word), so no "part of" fact; the government is the state's, as "Canada's government" is. Parses are
built by hand as the parser gave them (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, read, read_triples

PARTY_GOVERNMENT = """
Canada        Canada        PROPN NNP  5  poss     GPE
's            's            PART  POS  1  case     -
Progressive   Progressive   PROPN NNP  4  compound ORG
Conservative  Conservative  PROPN NNP  5  amod     I-ORG
government    government    NOUN  NN   6  nsubj    -
criticised    criticise     VERB  VBD  0  ROOT     -
Peru          Peru          PROPN NNP  6  dobj     GPE
.             .             PUNCT .    6  punct    -
"""

PARTY = """
Chile       Chile       PROPN NNP  4  poss     GPE
's          's          PART  POS  1  case     -
Socialist   Socialist   PROPN NNP  4  compound ORG
Party       Party       PROPN NNP  5  nsubj    I-ORG
criticised  criticise   VERB  VBD  0  ROOT     -
Peru        Peru        PROPN NNP  5  dobj     GPE
.           .           PUNCT .    5  punct    -
"""


def test_a_party_before_a_states_government_is_no_part_of_it() -> None:
    triples = read_triples(PARTY_GOVERNMENT)
    assert not any(p == "part of" for _, p, _ in triples)
    assert ("Canada", "criticise", "Peru") in triples


def test_a_states_party_is_of_it_and_no_part_of_it() -> None:
    triples = read_triples(PARTY)
    assert ("Socialist Party", "part of", "Chile") not in triples
    assert country_of(read(PARTY), "Socialist Party") == "CHL"
