"""A state's adjective or name before a quantity of a market (wave 57 J): "a Peruvian demand for copper",
"Chilean demand for Zylon" measure a market, no act of the state: no demand by the state, no event, and the
state is not the owner-object of the verb acting on the noun. A possessive appeal ("Peru's demand for
compensation") and a demand for an act ("the Peruvian demand for an apology") stay the state's. Each test
states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots


def test_a_demand_created_for_goods_is_no_states_demand() -> None:
    acts = facts_with_roots("""
    The      the      DET   DT 2 det   -
    ban      ban      NOUN  NN 4 nsubj -
    will     will     AUX   MD 4 aux   -
    create   create   VERB  VB 0 ROOT  -
    a        a        DET   DT 7 det   -
    Peruvian peruvian ADJ   JJ 7 amod  NORP
    demand   demand   NOUN  NN 4 dobj  -
    for      for      ADP   IN 7 prep  -
    copper   copper   NOUN  NN 8 pobj  -
    .        .        PUNCT .  4 punct -
    """)
    assert not any(a[2] == "Peru" or a[0] == "Peru" for a in acts), acts


def test_a_states_demand_for_a_product_is_no_demand_event() -> None:
    acts = facts_with_roots("""
    Analysts analyst  NOUN  NNS 2 nsubj -
    expect   expect   VERB  VBP 0 ROOT  -
    a        a        DET   DT  5 det   -
    Chilean  chilean  ADJ   JJ  5 amod  NORP
    demand   demand   NOUN  NN  9 nsubj -
    for      for      ADP   IN  5 prep  -
    Zylon    Zylon    PROPN NNP 6 pobj  ORG
    to       to       PART  TO  9 aux   -
    grow     grow     VERB  VB  2 ccomp -
    .        .        PUNCT .   2 punct -
    """)
    assert not any(a[0] == "Chile" for a in acts), acts


def test_a_states_demand_for_an_act_stays_its_appeal() -> None:
    acts = facts_with_roots("""
    Chile    Chile    PROPN NNP 2 nsubj GPE
    rejected reject   VERB  VBD 0 ROOT  -
    the      the      DET   DT  5 det   -
    Peruvian peruvian ADJ   JJ  5 amod  NORP
    demand   demand   NOUN  NN  2 dobj  -
    for      for      ADP   IN  5 prep  -
    an       an       DET   DT  8 det   -
    apology  apology  NOUN  NN  6 pobj  -
    .        .        PUNCT .   2 punct -
    """)
    assert ("Chile", "reject demand of", "Peru", "12") in acts


def test_a_possessive_demand_stays_the_states_appeal() -> None:
    acts = facts_with_roots("""
    Chile        Chile        PROPN NNP 2 nsubj GPE
    rejected     reject       VERB  VBD 0 ROOT  -
    Peru         Peru         PROPN NNP 5 poss  GPE
    's           's           PART  POS 3 case  -
    demand       demand       NOUN  NN  2 dobj  -
    for          for          ADP   IN  5 prep  -
    compensation compensation NOUN  NN  6 pobj  -
    .            .            PUNCT .   2 punct -
    """)
    assert ("Chile", "reject demand of", "Peru", "12") in acts
