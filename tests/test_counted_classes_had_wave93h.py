"""A person or a body that "has" a number of a class of actors ("she now has 40 firms using its terminals")
counts its clients, staff or units: no relation to the class. A state that has them ("Chile has 3,000
refugees") hosts or holds them, and keeps the edge. Wave 93 H (rules._counted_class, svo/165). Each test
states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

# "Ann Vale now has 40 firms using her terminals."
A_PERSONS_CLIENTS = """
Ann        Ann        PROPN NNP 2  compound PERSON
Vale       Vale       PROPN NNP 4  nsubj    I-PERSON
now        now        ADV   RB  4  advmod   -
has        have       VERB  VBZ 0  ROOT     -
40         40         NUM   CD  6  nummod   CARDINAL
firms      firm       NOUN  NNS 4  dobj     -
using      use        VERB  VBG 6  acl      -
her        her        PRON  PRP$ 9 poss     -
terminals  terminal   NOUN  NNS 7  dobj     -
.          .          PUNCT .   4  punct    -
"""

# "Chile now has 3,000 refugees."
A_STATES_REFUGEES = """
Chile      Chile      PROPN NNP 3  nsubj    GPE
now        now        ADV   RB  3  advmod   -
has        have       VERB  VBZ 0  ROOT     -
3,000      3,000      NUM   CD  5  nummod   CARDINAL
refugees   refugee    NOUN  NNS 3  dobj     -
.          .          PUNCT .   3  punct    -
"""


def test_a_persons_count_of_a_class_is_no_relation_a_states_stays() -> None:
    triples = read_triples(A_PERSONS_CLIENTS)
    assert not any(s == "Ann Vale" and p == "have" for s, p, _ in triples), triples
    # a state that has so many people hosts them
    assert any(s == "Chile" and p == "have" for s, p, _ in read_triples(A_STATES_REFUGEES))
