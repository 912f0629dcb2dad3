"""Acts the text only weighs or has dropped (wave 61 A), not done: an infinitive with its own subject after
"for", judged through "be" with an empty "it" ("it would be foolish (difficult, a mistake) for X to attack Y":
since wave 107 E no act at all, not even under "would"; "it is impossible for X to pay Y": not paid,
"could"), while a past judgement with no modal ("it was wrong for X to attack Y") keeps the deed; and an aim
its owner abandoned, shelved or backed down on ("Chile abandoned its plan to sell X to Peru"): no intention
any longer, negated. Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read, read_modal_acts


def _between(acts: set, subject: str, obj: str) -> list:
    return [a for a in acts if a[0] == subject and a[2] == obj]


def test_it_would_be_unwise_for_a_state_to_act_is_weighed_not_done() -> None:
    table = """
    It        it        PRON  PRP 3  nsubj -
    would     would     AUX   MD  3  aux   -
    be        be        AUX   VB  15 ccomp -
    unwise    unwise    ADJ   JJ  3  acomp -
    for       for       SCONJ IN  8  mark  -
    Chile     Chile     PROPN NNP 8  nsubj GPE
    to        to        PART  TO  8  aux   -
    expel     expel     VERB  VB  3  advcl -
    diplomats diplomat  NOUN  NNS 8  dobj  -
    from      from      ADP   IN  9  prep  -
    Peru      Peru      PROPN NNP 10 pobj  GPE
    ,         ,         PUNCT ,   15 punct -
    an        an        DET   DT  14 det   -
    aide      aide      NOUN  NN  15 nsubj -
    said      say       VERB  VBD 0  ROOT  -
    .         .         PUNCT .   15 punct -
    """
    # wave 107 E convention: the aide judges a course; nobody says Chile takes it, so no edge (was "would")
    assert not _between(read_modal_acts(table), "Chile", "Peru")
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    assert not [r for r in reading.relations if label[r.subject.entity_id] == "Chile"]


def test_it_is_impossible_for_a_state_to_act_denies_the_act() -> None:
    acts = read_modal_acts("""
    It         it         PRON  PRP 2 nsubj -
    is         be         AUX   VBZ 0 ROOT  -
    impossible impossible ADJ   JJ  2 acomp -
    for        for        SCONJ IN  7 mark  -
    Chile      Chile      PROPN NNP 7 nsubj GPE
    to         to         PART  TO  7 aux   -
    pay        pay        VERB  VB  2 advcl -
    Peru       Peru       PROPN NNP 7 dobj  GPE
    .          .          PUNCT .   2 punct -
    """)
    paid = _between(acts, "Chile", "Peru")
    assert paid and all(a[5] and a[4] == "could" for a in paid)


def test_it_would_be_a_mistake_for_a_state_to_act_is_weighed_not_done() -> None:
    acts = read_modal_acts("""
    It      it      PRON  PRP 3 nsubj -
    would   would   AUX   MD  3 aux   -
    be      be      AUX   VB  0 ROOT  -
    a       a       DET   DT  5 det   -
    mistake mistake NOUN  NN  3 attr  -
    for     for     SCONJ IN  9 mark  -
    Chile   Chile   PROPN NNP 9 nsubj GPE
    to      to      PART  TO  9 aux   -
    attack  attack  VERB  VB  5 advcl -
    Peru    Peru    PROPN NNP 9 dobj  GPE
    .       .       PUNCT .   3 punct -
    """)
    assert not _between(acts, "Chile", "Peru")  # wave 107 E convention: no edge (was "would")


def test_it_was_wrong_for_a_state_to_act_keeps_the_deed() -> None:
    acts = read_modal_acts("""
    It     it     PRON  PRP 2 nsubj -
    was    be     AUX   VBD 0 ROOT  -
    wrong  wrong  ADJ   JJ  2 acomp -
    for    for    SCONJ IN  7 mark  -
    Chile  Chile  PROPN NNP 7 nsubj GPE
    to     to     PART  TO  7 aux   -
    attack attack VERB  VB  2 advcl -
    Peru   Peru   PROPN NNP 7 dobj  GPE
    .      .      PUNCT .   2 punct -
    """)
    attacked = _between(acts, "Chile", "Peru")
    assert attacked and all(a[4] is None and not a[5] for a in attacked)


def test_an_abandoned_plan_is_no_intention() -> None:
    acts = read_modal_acts("""
    Chile     Chile    PROPN NNP 2 nsubj GPE
    abandoned abandon  VERB  VBD 0 ROOT  -
    its       its      PRON  PRP$ 4 poss -
    plan      plan     NOUN  NN  2 dobj  -
    to        to       PART  TO  6 aux   -
    sell      sell     VERB  VB  4 acl   -
    frigates  frigate  NOUN  NNS 6 dobj  -
    to        to       ADP   IN  6 prep  -
    Peru      Peru     PROPN NNP 8 pobj  GPE
    .         .        PUNCT .   2 punct -
    """)
    sold = _between(acts, "Chile", "Peru")
    assert sold and all(a[5] and a[4] == "will" for a in sold)


def test_backing_down_on_an_offer_is_no_intention() -> None:
    acts = read_modal_acts("""
    Chile   Chile   PROPN NNP 3  nsubj  GPE
    is      be      AUX   VBZ 3  aux    -
    backing back    VERB  VBG 0  ROOT   -
    down    down    ADP   RP  3  prt    -
    on      on      ADP   IN  3  prep   -
    its     its     PRON  PRP$ 7 poss   -
    offer   offer   NOUN  NN  5  pobj   -
    to      to      PART  TO  9  aux    -
    give    give    VERB  VB  7  acl    -
    Peru    Peru    PROPN NNP 9  dative GPE
    a       a       DET   DT  12 det    -
    port    port    NOUN  NN  9  dobj   -
    .       .       PUNCT .   3  punct  -
    """)
    given = _between(acts, "Chile", "Peru")
    assert given and all(a[5] for a in given)


def test_a_plan_backed_is_still_meant() -> None:
    acts = read_modal_acts("""
    Chile    Chile    PROPN NNP 2 nsubj GPE
    backed   back     VERB  VBD 0 ROOT  -
    its      its      PRON  PRP$ 4 poss -
    plan     plan     NOUN  NN  2 dobj  -
    to       to       PART  TO  6 aux   -
    sell     sell     VERB  VB  4 acl   -
    frigates frigate  NOUN  NNS 6 dobj  -
    to       to       ADP   IN  6 prep  -
    Peru     Peru     PROPN NNP 8 pobj  GPE
    .        .        PUNCT .   2 punct -
    """)
    sold = _between(acts, "Chile", "Peru")
    assert sold and all(not a[5] and a[4] == "will" for a in sold)
