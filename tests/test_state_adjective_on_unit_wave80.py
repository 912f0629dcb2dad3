"""A state's adjective on a firm's unit that has an owner (wave 80 F): "agreed to buy the Canadian unit of
Zenith", "bought the British arm of Zenith". The state is where the unit is, no party to the deal; the
deal is with the owner ("buy unit of" Zenith). Each test states its parse by hand (tests/hand_docs.py);
the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples


def test_the_canadian_unit_of_a_firm_is_bought_from_the_firm_not_canada() -> None:
    triples = read_triples("""
    Acme     Acme     PROPN NNP 2  compound ORG
    Corp     Corp     PROPN NNP 3  nsubj    ORG
    agreed   agree    VERB  VBD 0  ROOT     -
    to       to       PART  TO  5  aux      -
    buy      buy      VERB  VB  3  xcomp    -
    the      the      DET   DT  8  det      -
    Canadian canadian ADJ   JJ  8  amod     NORP
    unit     unit     NOUN  NN  5  dobj     -
    of       of       ADP   IN  8  prep     -
    Zenith   Zenith   PROPN NNP 11 compound ORG
    Inc.     Inc.     PROPN NNP 9  pobj     ORG
    .        .        PUNCT .   3  punct    -
    """)
    assert not {t for t in triples if "Canada" in (t[0], t[2])}
    assert any(t[0] == "Acme Corp" and t[2] == "Zenith Inc." and "unit of" in t[1] for t in triples)


def test_the_british_arm_of_a_firm_is_no_deal_with_britain() -> None:
    triples = read_triples("""
    Acme    Acme    PROPN NNP 2 compound ORG
    Corp    Corp    PROPN NNP 3 nsubj    ORG
    bought  buy     VERB  VBD 0 ROOT     -
    the     the     DET   DT  6 det      -
    British british ADJ   JJ  6 amod     NORP
    arm     arm     NOUN  NN  3 dobj     -
    of      of      ADP   IN  6 prep     -
    Zenith  Zenith  PROPN NNP 9 compound ORG
    Inc.    Inc.    PROPN NNP 7 pobj     ORG
    .       .       PUNCT .   3 punct    -
    """)
    assert not {t for t in triples if "United Kingdom" in (t[0], t[2])}
