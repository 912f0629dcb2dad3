"""Wave 76 H: an act or event of a state's as the subject of a verb of demanding or forcing ("Peru's
suspension of debt payments could require Lloyds Bank to ...") is a cause, no demand of the state's; a plan
of its own that requires something still is. Each test states its parse by hand (tests/hand_docs.py); the
sentences are ours.

A state that signals, hints or makes clear it would act ("Chile signalled it would vote against Peru") states
its intent, as "said it would" does: the act is attributed to it; not when a thing or an act signals ("the
move signalled that ...").

"the Fund" after "Harbour Fund Inc": a firm's head word before its legal form, capitalised, names the firm
again, as "the Commission" does after "the European Commission"."""

from __future__ import annotations

from hand_docs import read, read_attributed, read_triples


def test_a_states_suspension_that_requires_a_bank_is_no_demand_of_the_state() -> None:
    triples = read_triples("""
    Peru       Peru       PROPN NNP 3  poss     GPE
    's         's         PART  POS 1  case     -
    suspension suspension NOUN  NN  8  nsubj    -
    of         of         ADP   IN  3  prep     -
    debt       debt       NOUN  NN  6  compound -
    payments   payment    NOUN  NNS 4  pobj     -
    could      could      AUX   MD  8  aux      -
    require    require    VERB  VB  0  ROOT     -
    Lloyds     Lloyds     PROPN NNP 10 compound ORG
    Bank       Bank       PROPN NNP 8  dobj     I-ORG
    to         to         PART  TO  12 aux      -
    raise      raise      VERB  VB  8  xcomp    -
    its        its        PRON  PRP$ 14 poss    -
    reserves   reserve    NOUN  NNS 12 dobj     -
    .          .          PUNCT .   8  punct    -
    """)
    assert not [t for t in triples if t[0] == "Peru" and t[2] == "Lloyds Bank"]


def test_a_states_plan_that_requires_another_is_its_demand() -> None:
    triples = read_triples("""
    Chile    Chile    PROPN NNP 3 poss  GPE
    's       's       PART  POS 1 case  -
    plan     plan     NOUN  NN  4 nsubj -
    requires require  VERB  VBZ 0 ROOT  -
    Peru     Peru     PROPN NNP 4 dobj  GPE
    to       to       PART  TO  7 aux   -
    cut      cut      VERB  VB  4 xcomp -
    its      its      PRON  PRP$ 9 poss -
    tariffs  tariff   NOUN  NNS 7 dobj  -
    .        .        PUNCT .   4 punct -
    """)
    assert ("Chile", "require", "Peru") in triples


def test_a_state_that_signalled_it_would_act_states_its_intent() -> None:
    facts = read_attributed("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    signalled signal    VERB  VBD 0 ROOT  -
    it        it        PRON  PRP 5 nsubj -
    would     would     AUX   MD  5 aux   -
    vote      vote      VERB  VB  2 ccomp -
    against   against   ADP   IN  5 prep  -
    Peru      Peru      PROPN NNP 6 pobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    assert ("Chile", "vote against", "Peru", "Chile") in facts


def test_a_state_that_made_clear_it_would_act_states_its_intent() -> None:
    facts = read_attributed("""
    The      the      DET   DT  2  det   -
    delegate delegate NOUN  NN  3  nsubj -
    said     say      VERB  VBD 0  ROOT  -
    Chile    Chile    PROPN NNP 6  nsubj GPE
    had      have     AUX   VBD 6  aux   -
    made     make     VERB  VBN 3  ccomp -
    clear    clear    ADJ   JJ  10 acomp -
    it       it       PRON  PRP 10 nsubj -
    would    would    AUX   MD  10 aux   -
    vote     vote     VERB  VB  6  ccomp -
    against  against  ADP   IN  10 prep  -
    Peru     Peru     PROPN NNP 11 pobj  GPE
    .        .        PUNCT .   3  punct -
    """)
    assert ("Chile", "vote against", "Peru", "Chile") in facts


def test_a_move_that_signalled_an_act_is_no_ones_word() -> None:
    facts = read_attributed("""
    The       the       DET   DT  2 det   -
    move      move      NOUN  NN  3 nsubj -
    signalled signal    VERB  VBD 0 ROOT  -
    that      that      SCONJ IN  7 mark  -
    Chile     Chile     PROPN NNP 7 nsubj GPE
    would     would     AUX   MD  7 aux   -
    vote      vote      VERB  VB  3 ccomp -
    against   against   ADP   IN  7 prep  -
    Peru      Peru      PROPN NNP 8 pobj  GPE
    .         .         PUNCT .   3 punct -
    """)
    assert not [f for f in facts if f[:3] == ("Chile", "vote against", "Peru") and f[3] is not None]


def test_the_fund_after_a_fund_inc_is_that_firm() -> None:
    reading = read("""
    Harbour  Harbour  PROPN NNP  2  compound ORG
    Fund     Fund     PROPN NNP  3  compound I-ORG
    Inc      Inc      PROPN NNP  4  nsubj    I-ORG
    said     say      VERB  VBD  0  ROOT     -
    it       it       PRON  PRP  7  nsubj    -
    would    would    AUX   MD   7  aux      -
    sell     sell     VERB  VB   4  ccomp    -
    its      its      PRON  PRP$ 9  poss     -
    stake    stake    NOUN  NN   7  dobj     -
    .        .        PUNCT .    4  punct    -
    If       if       SCONJ IN   12 mark     -
    approved approve  VERB  VBN  16 advcl    -
    ,        ,        PUNCT ,    16 punct    -
    the      the      DET   DT   15 det      -
    Fund     Fund     PROPN NNP  16 nsubj    ORG
    said     say      VERB  VBD  0  ROOT     -
    it       it       PRON  PRP  19 nsubj    -
    would    would    AUX   MD   19 aux      -
    pay      pay      VERB  VB   16 ccomp    -
    Lloyds   Lloyds   PROPN NNP  21 compound ORG
    Bank     Bank     PROPN NNP  19 dobj     I-ORG
    .        .        PUNCT .    16 punct    -
    """)
    labels = {e.label for e in reading.entities.entities()}
    assert "Fund" not in labels
    assert "Harbour Fund Inc" in labels
