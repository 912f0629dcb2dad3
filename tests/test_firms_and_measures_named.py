"""Hand-built parses: a name in apposition to one body's noun ("Peru's oil company, Petrosur,") is that
body, of the possessive's state, however the tagger typed it; an economic measure written as a name
("Peru's Gross National Product") is no entity; a review of a state's practices is an inquiry (09)."""

from __future__ import annotations

from hand_docs import facts_with_roots, read

COMPANY = """
Peru      Peru      PROPN NNP 4  poss     GPE
's        's        PART  POS 1  case     -
oil       oil       NOUN  NN  4  compound -
company   company   NOUN  NN  7  nsubj    -
,         ,         PUNCT ,   4  punct    -
Petrosur  Petrosur  PROPN NNP 4  appos    GPE
informed  inform    VERB  VBD 0  ROOT     -
Chile     Chile     PROPN NNP 7  dobj     GPE
.         .         PUNCT .   7  punct    -
"""

GNP = """
Peru      Peru      PROPN NNP 5  poss     GPE
's        's        PART  POS 1  case     -
Gross     Gross     PROPN NNP 5  compound ORG
National  National  PROPN NNP 5  compound I-ORG
Product   Product   PROPN NNP 6  nsubj    I-ORG
grew      grow      VERB  VBD 0  ROOT     -
.         .         PUNCT .   6  punct    -
"""

REVIEW = """
Chile      Chile      PROPN NNP  2   nsubj     GPE
completed  complete   VERB  VBD  0   ROOT      -
a          a          DET   DT   4   det       -
review     review     NOUN  NN   2   dobj      -
of         of         ADP   IN   4   prep      -
Peruvian   peruvian   ADJ   JJ   8   amod      NORP
trading    trading    NOUN  NN   8   compound  -
practices  practice   NOUN  NNS  5   pobj      -
.          .          PUNCT .    2   punct     -
"""


def test_a_name_after_one_bodys_noun_is_that_body() -> None:
    # "Peru's oil company, Petrosur informed Chile."
    [firm] = [e for e in read(COMPANY).entities.entities() if e.label == "Petrosur"]
    assert (firm.type, firm.country) == ("ORG", "PER")


def test_an_economic_measure_is_no_entity() -> None:
    # "Peru's Gross National Product grew."
    assert [e.label for e in read(GNP).entities.entities()] == ["Peru"]


def test_a_review_of_a_states_practices_is_an_inquiry() -> None:
    # "Chile completed a review of Peruvian trading practices."
    assert {root for s, _, o, root in facts_with_roots(REVIEW) if (s, o) == ("Chile", "Peru")} == {"09"}
