"""A state's budget deficit, surplus or rebate is a thing it holds, not the state (lead, stop 53): "vowed to
halve the Danish budget deficit" acts on the deficit, which the relation keeps ("halve budget deficit of"
Denmark), as it keeps a debt; the bare "halve Denmark" would say the state itself is halved. Each test states
its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples


def test_a_demonyms_budget_deficit_is_kept_in_the_relation() -> None:
    triples = read_triples("""
    Ruritania Ruritania PROPN NNP 4  poss     GPE
    's        's        PART  POS 1  case     -
    finance   finance   NOUN  NN  4  compound -
    minister  minister  NOUN  NN  5  nsubj    -
    vowed     vow       VERB  VBD 0  ROOT     -
    to        to        PART  TO  7  aux      -
    halve     halve     VERB  VB  5  xcomp    -
    the       the       DET   DT  11 det      -
    Danish    danish    ADJ   JJ  11 amod     NORP
    budget    budget    NOUN  NN  11 compound -
    deficit   deficit   NOUN  NN  7  dobj     -
    .         .         PUNCT .   5  punct    -
    """)
    to_denmark = {p for s, p, o in triples if o == "Denmark"}
    assert to_denmark == {"vow to halve budget deficit of"}, triples


def test_a_states_trade_surplus_is_kept_in_the_relation() -> None:
    triples = read_triples("""
    Denmark  Denmark  PROPN NNP 2 nsubj    GPE
    pledged  pledge   VERB  VBD 0 ROOT     -
    to       to       PART  TO  4 aux      -
    cut      cut      VERB  VB  2 xcomp    -
    Norway   Norway   PROPN NNP 8 poss     GPE
    's       's       PART  POS 5 case     -
    trade    trade    NOUN  NN  8 compound -
    surplus  surplus  NOUN  NN  4 dobj     -
    .        .        PUNCT .   2 punct    -
    """)
    to_norway = {p for s, p, o in triples if o == "Norway"}
    assert to_norway == {"pledge to cut trade surplus of"}, triples


def test_a_states_rebate_is_kept_in_the_relation() -> None:
    triples = read_triples("""
    Finland  Finland  PROPN NNP 2 nsubj GPE
    agreed   agree    VERB  VBD 0 ROOT  -
    to       to       PART  TO  4 aux   -
    return   return   VERB  VB  2 xcomp -
    Sweden   Sweden   PROPN NNP 7 poss  GPE
    's       's       PART  POS 5 case  -
    rebate   rebate   NOUN  NN  4 dobj  -
    .        .        PUNCT .   2 punct -
    """)
    to_sweden = {p for s, p, o in triples if o == "Sweden"}
    assert to_sweden == {"agree to return rebate of"}, triples
