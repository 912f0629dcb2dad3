"""Wave 71 G: a "for"-infinitive completing a noun of need or advice ("the need for X to pay Y") is advised,
not done; a purpose infinitive under a modal verb carries the modal; a state's market is no state, and "for
the first time in X" names where, not whom; money voted by a body for someone is aid (07). Each test states
its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts, read_triples, roots_between


def test_the_need_for_a_state_to_act_is_advice() -> None:
    acts = read_modal_acts("""
    Officials official NOUN  NNS  2  nsubj -
    stressed  stress   VERB  VBD  0  ROOT  -
    the       the      DET   DT   4  det   -
    need      need     NOUN  NN   2  dobj  -
    for       for      SCONJ IN   8  mark  -
    Chile     Chile    PROPN NNP  8  nsubj GPE
    to        to       PART  TO   8  aux   -
    pay       pay      VERB  VB   4  advcl -
    its       its      PRON  PRP$ 10 poss  -
    debts     debt     NOUN  NNS  8  dobj  -
    to        to       ADP   IN   8  prep  -
    Peru      Peru     PROPN NNP  11 pobj  GPE
    .         .        PUNCT .    2  punct -
    """)
    paid = [a for a in acts if a[0] == "Chile" and a[2] == "Peru"]
    assert paid and all(a[4] == "should" for a in paid)


def test_a_purpose_infinitive_under_a_modal_keeps_the_modal() -> None:
    acts = read_modal_acts("""
    Chile   Chile   PROPN NNP 3  nsubj GPE
    could   could   AUX   MD  3  aux   -
    promote promote VERB  VB  0  ROOT  -
    reforms reform  NOUN  NNS 3  dobj  -
    to      to      PART  TO  3  prep  -
    foster  foster  VERB  VB  7  amod  -
    growth  growth  NOUN  NN  5  pobj  -
    and     and     CCONJ CC  3  cc    -
    to      to      PART  TO  10 aux   -
    enable  enable  VERB  VB  3  conj  -
    Peru    Peru    PROPN NNP 10 dobj  GPE
    to      to      PART  TO  13 aux   -
    repay   repay   VERB  VB  10 xcomp -
    loans   loan    NOUN  NNS 13 dobj  -
    .       .       PUNCT .   3  punct -
    """)
    enabled = [a for a in acts if a[:3] == ("Chile", "enable", "Peru")]
    assert enabled and all(a[4] == "could" for a in enabled)


def test_a_states_market_is_no_state() -> None:
    triples = read_triples("""
    Acme       Acme       PROPN NNP  2 nsubj ORG
    showed     show       VERB  VBD  0 ROOT  -
    its        its        PRON  PRP$ 4 poss  -
    commitment commitment NOUN  NN   2 dobj  -
    to         to         ADP   IN   4 prep  -
    the        the        DET   DT   8 det   -
    Chilean    chilean    ADJ   JJ   8 amod  NORP
    market     market     NOUN  NN   5 pobj  -
    .          .          PUNCT .    2 punct -
    """)
    assert not any(t[2] == "Chile" for t in triples)


def test_for_the_first_time_in_a_state_names_no_partner() -> None:
    triples = read_triples("""
    Acme    Acme    PROPN NNP 2 nsubj ORG
    opened  open    VERB  VBD 0 ROOT  -
    offices office  NOUN  NNS 2 dobj  -
    for     for     ADP   IN  2 prep  -
    the     the     DET   DT  7 det   -
    first   first   ADJ   JJ  7 amod  ORDINAL
    time    time    NOUN  NN  4 pobj  -
    in      in      ADP   IN  7 prep  -
    Chile   Chile   PROPN NNP 8 pobj  GPE
    .       .       PUNCT .   2 punct -
    """)
    assert not any(t[2] == "Chile" for t in triples)


def test_money_voted_for_a_group_is_aid() -> None:
    roots = roots_between(
        """
    The      the      DET   DT   2  det      -
    loan     loan     NOUN  NN   3  nsubj    -
    is       be       AUX   VBZ  0  ROOT     -
    part     part     NOUN  NN   3  attr     -
    of       of       ADP   IN   4  prep     -
    50       50       NUM   CD   8  nummod   CARDINAL
    mln      mln      NOUN  NN   8  compound -
    dlrs     dlrs     NOUN  NN   5  pobj     -
    voted    vote     VERB  VBN  8  acl      -
    by       by       ADP   IN   9  agent    -
    Congress Congress PROPN NNP  10 pobj     ORG
    for      for      ADP   IN   9  prep     -
    the      the      DET   DT   14 det      -
    Kurds    Kurds    PROPN NNPS 12 pobj     NORP
    .        .        PUNCT .    3  punct    -
    """,
        "Congress",
        "Kurds",
    )
    assert roots == {"07"}
