"""Lead, wave 108: the body named before a noun of membership is the body to be joined ("Turkey requested EC
membership" requests membership of the EC, as "membership of the EC" does); a noun with its own "of"
phrase is read through it, and a state before the noun joins nothing. The parses are stated by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

# "Chile requested NATO membership."
_REQUESTED = """
Chile       Chile       PROPN NNP 2  nsubj    GPE
requested   request     VERB  VBD 0  ROOT     -
NATO        NATO        PROPN NNP 4  compound ORG
membership  membership  NOUN  NN  2  dobj     -
.           .           PUNCT .   2  punct    -
"""

# "Chile applied for NATO membership."
_APPLIED = """
Chile       Chile       PROPN NNP 2  nsubj    GPE
applied     apply       VERB  VBD 0  ROOT     -
for         for         ADP   IN  2  prep     -
NATO        NATO        PROPN NNP 5  compound ORG
membership  membership  NOUN  NN  3  pobj     -
.           .           PUNCT .   2  punct    -
"""


def test_a_body_before_membership_is_the_body_joined() -> None:
    assert ("Chile", "request membership of", "NATO") in read_triples(_REQUESTED)
    assert ("Chile", "apply for membership of", "NATO") in read_triples(_APPLIED)
