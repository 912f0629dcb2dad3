"""A request that names what it asks for has the infinitive after it for the asker's aim (wave 110 H):
"Peru asked Chile for its tankers to protect Peruvian shipments" asks for tankers; the protecting is
Peru's purpose in asking, no deed asked of Chile. "Peru asked Chile to protect Peruvian shipments" asks
the deed itself. Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

_ASKED_FOR_TANKERS_TO_PROTECT = """
    Peru        Peru        PROPN NNP 2  nsubj    GPE
    asked       ask         VERB  VBD 0  ROOT     -
    Chile       Chile       PROPN NNP 2  dobj     GPE
    for         for         ADP   IN  2  prep     -
    its         its         PRON  PRP$ 6 poss     -
    tankers     tanker      NOUN  NNS 4  pobj     -
    to          to          PART  TO  8  aux      -
    protect     protect     VERB  VB  2  advcl    -
    Peruvian    peruvian    ADJ   JJ  10 amod     NORP
    shipments   shipment    NOUN  NNS 8  dobj     -
    .           .           PUNCT .   2  punct    -
    """

_ASKED_TO_PROTECT = """
    Peru        Peru        PROPN NNP 2  nsubj    GPE
    asked       ask         VERB  VBD 0  ROOT     -
    Chile       Chile       PROPN NNP 2  dobj     GPE
    to          to          PART  TO  5  aux      -
    protect     protect     VERB  VB  2  xcomp    -
    Peruvian    peruvian    ADJ   JJ  7  amod     NORP
    shipments   shipment    NOUN  NNS 5  dobj     -
    .           .           PUNCT .   2  punct    -
    """


def test_the_aim_of_what_is_asked_for_is_no_deed_of_the_hearer() -> None:
    triples = read_triples(_ASKED_FOR_TANKERS_TO_PROTECT)
    assert ("Peru", "ask", "Chile") in triples
    assert not any(s == "Chile" and "protect" in p for s, p, _ in triples)
    # the deed itself asked of the hearer stays asked of it
    assert ("Chile", "protect", "Peru") in read_triples(_ASKED_TO_PROTECT)
