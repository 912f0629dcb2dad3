"""Acts the text only recommends, tries or readies (wave 53 C), not done: an infinitive with its own subject
after "for" that completes a word of advice or of a plan through "be" ("the only solution is for X to join
Y", "it would be better for X to sign Y", "the plan is for X to sign Y"), "ought to", an attempt to meet
another's demands or requests (a promise to yield, 08), and sanctions or measures against X being prepared
(16, not imposed). Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read, read_modal_acts


def test_the_only_solution_is_for_a_state_to_act_is_advice() -> None:
    acts = read_modal_acts("""
    The      the      DET   DT  3  det   -
    only     only     ADJ   JJ  3  amod  -
    solution solution NOUN  NN  4  nsubj -
    is       be       AUX   VBZ 15 ccomp -
    for      for      SCONJ IN  8  mark  -
    Chile    Chile    PROPN NNP 8  nsubj GPE
    to       to       PART  TO  8  aux   -
    join     join     VERB  VB  4  advcl -
    forces   force    NOUN  NNS 8  dobj  -
    with     with     ADP   IN  9  prep  -
    Peru     Peru     PROPN NNP 10 pobj  GPE
    ,        ,        PUNCT ,   15 punct -
    the      the      DET   DT  14 det   -
    experts  expert   NOUN  NNS 15 nsubj -
    said     say      VERB  VBD 0  ROOT  -
    .        .        PUNCT .   15 punct -
    """)
    joined = [a for a in acts if a[:3] == ("Chile", "join force with", "Peru")]
    assert joined and all(a[4] == "should" for a in joined)


def test_it_would_be_better_for_a_state_to_act_is_advice() -> None:
    acts = read_modal_acts("""
    It     it     PRON  PRP 3  nsubj -
    would  would  AUX   MD  3  aux   -
    be     be     AUX   VB  0  ROOT  -
    better well   ADJ   JJR 3  acomp -
    for    for    SCONJ IN  8  mark  -
    Chile  Chile  PROPN NNP 8  nsubj GPE
    to     to     PART  TO  8  aux   -
    sign   sign   VERB  VB  3  advcl -
    a      a      DET   DT  10 det   -
    treaty treaty NOUN  NN  8  dobj  -
    with   with   ADP   IN  10 prep  -
    Peru   Peru   PROPN NNP 11 pobj  GPE
    .      .      PUNCT .   3  punct -
    """)
    signed = [a for a in acts if a[0] == "Chile" and a[2] == "Peru"]
    assert signed and all(a[4] == "should" for a in signed)


def test_the_plan_is_for_a_state_to_act_is_a_plan() -> None:
    acts = read_modal_acts("""
    The    the    DET   DT  2  det   -
    plan   plan   NOUN  NN  3  nsubj -
    is     be     AUX   VBZ 0  ROOT  -
    for    for    SCONJ IN  7  mark  -
    Chile  Chile  PROPN NNP 7  nsubj GPE
    to     to     PART  TO  7  aux   -
    sign   sign   VERB  VB  3  advcl -
    a      a      DET   DT  9  det   -
    treaty treaty NOUN  NN  7  dobj  -
    with   with   ADP   IN  9  prep  -
    Peru   Peru   PROPN NNP 10 pobj  GPE
    .      .      PUNCT .   3  punct -
    """)
    signed = [a for a in acts if a[0] == "Chile" and a[2] == "Peru"]
    assert signed and all(a[4] == "will" for a in signed)


def test_a_denied_judgement_leaves_the_for_clause_alone() -> None:
    acts = read_modal_acts("""
    It     it     PRON  PRP 4  nsubj -
    would  would  AUX   MD  4  aux   -
    not    not    PART  RB  4  neg   -
    be     be     AUX   VB  0  ROOT  -
    wise   wise   ADJ   JJ  4  acomp -
    for    for    SCONJ IN  9  mark  -
    Chile  Chile  PROPN NNP 9  nsubj GPE
    to     to     PART  TO  9  aux   -
    sign   sign   VERB  VB  4  advcl -
    a      a      DET   DT  11 det   -
    treaty treaty NOUN  NN  9  dobj  -
    with   with   ADP   IN  11 prep  -
    Peru   Peru   PROPN NNP 12 pobj  GPE
    .      .      PUNCT .   4  punct -
    """)
    assert all(a[4] != "should" for a in acts if a[0] == "Chile")


def test_ought_to_is_advice() -> None:
    acts = read_modal_acts("""
    Chile  Chile  PROPN NNP 2 nsubj GPE
    ought  ought  AUX   MD  0 ROOT  -
    to     to     PART  TO  4 aux   -
    sign   sign   VERB  VB  2 xcomp -
    a      a      DET   DT  6 det   -
    treaty treaty NOUN  NN  4 dobj  -
    with   with   ADP   IN  6 prep  -
    Peru   Peru   PROPN NNP 7 pobj  GPE
    .      .      PUNCT .   2 punct -
    """)
    signed = [a for a in acts if a[0] == "Chile" and a[2] == "Peru"]
    assert signed and all(a[4] == "should" for a in signed)


def test_trying_to_meet_demands_is_a_yielding_that_may_come() -> None:
    acts = read_modal_acts("""
    Chile   Chile  PROPN NNP 2 nsubj GPE
    tried   try    VERB  VBD 0 ROOT  -
    to      to     PART  TO  4 aux   -
    meet    meet   VERB  VB  2 xcomp -
    the     the    DET   DT  6 det   -
    demands demand NOUN  NNS 4 dobj  -
    of      of     ADP   IN  6 prep  -
    Peru    Peru   PROPN NNP 7 pobj  GPE
    .       .      PUNCT .   2 punct -
    """)
    met = [a for a in acts if a[0] == "Chile" and a[2] == "Peru"]
    assert met and all(a[3] == "08" and a[4] == "may" for a in met)


def test_will_try_to_meet_requests_is_a_promise_to_yield_to_their_owner() -> None:
    acts = read_modal_acts("""
    Chile    Chile   PROPN NNP 3 nsubj GPE
    will     will    AUX   MD  3 aux   -
    try      try     VERB  VB  0 ROOT  -
    to       to      PART  TO  5 aux   -
    meet     meet    VERB  VB  3 xcomp -
    Peru     Peru    PROPN NNP 8 poss  GPE
    's       's      PART  POS 6 case  -
    requests request NOUN  NNS 5 dobj  -
    .        .       PUNCT .   3 punct -
    """)
    met = [a for a in acts if a[0] == "Chile" and a[2] == "Peru"]
    assert met and all(a[3] == "08" and a[4] == "will" for a in met)


def test_preparing_measures_against_a_state_is_no_sanction_yet() -> None:
    acts = read_modal_acts("""
    Chile     Chile   PROPN NNP 3 nsubj GPE
    is        be      AUX   VBZ 3 aux   -
    preparing prepare VERB  VBG 0 ROOT  -
    measures  measure NOUN  NNS 3 dobj  -
    against   against ADP   IN  4 prep  -
    Peru      Peru    PROPN NNP 5 pobj  GPE
    .         .       PUNCT .   3 punct -
    """)
    readied = [a for a in acts if a[0] == "Chile" and a[2] == "Peru"]
    assert readied and all(a[3] == "16" and a[4] == "may" for a in readied)


def test_measures_imposed_on_a_state_are_a_sanction_done() -> None:
    acts = read_modal_acts("""
    Chile    Chile   PROPN NNP 2 nsubj GPE
    imposed  impose  VERB  VBD 0 ROOT  -
    measures measure NOUN  NNS 2 dobj  -
    against  against ADP   IN  3 prep  -
    Peru     Peru    PROPN NNP 4 pobj  GPE
    .        .       PUNCT .   2 punct -
    """)
    imposed = [a for a in acts if a[0] == "Chile" and a[2] == "Peru"]
    assert imposed and all(a[3] == "16" and a[4] is None for a in imposed)


def test_a_named_speaker_who_says_the_solution_is_for_a_state_to_act_urges_it() -> None:
    acts = read_modal_acts("""
    Chile    Chile    PROPN NNP 2  nsubj GPE
    said     say      VERB  VBD 0  ROOT  -
    the      the      DET   DT  5  det   -
    only     only     ADJ   JJ  5  amod  -
    solution solution NOUN  NN  6  nsubj -
    was      be       AUX   VBD 2  ccomp -
    for      for      SCONJ IN  10 mark  -
    Peru     Peru     PROPN NNP 10 nsubj GPE
    to       to       PART  TO  10 aux   -
    sign     sign     VERB  VB  6  advcl -
    a        a        DET   DT  12 det   -
    treaty   treaty   NOUN  NN  10 dobj  -
    with     with     ADP   IN  12 prep  -
    Bolivia  Bolivia  PROPN NNP 13 pobj  GPE
    .        .        PUNCT .   2  punct -
    """)
    assert ("Chile", "urge", "Peru", "02", None, False) in acts
    signed = [a for a in acts if a[0] == "Peru" and a[2] == "Bolivia"]
    assert signed and all(a[4] == "should" for a in signed)


def test_a_named_speaker_who_says_it_would_be_better_for_a_state_to_act_urges_it() -> None:
    acts = read_modal_acts("""
    Chile   Chile   PROPN NNP 2  nsubj GPE
    said    say     VERB  VBD 0  ROOT  -
    it      it      PRON  PRP 5  nsubj -
    would   would   AUX   MD  5  aux   -
    be      be      AUX   VB  2  ccomp -
    better  well    ADJ   JJR 5  acomp -
    for     for     SCONJ IN  10 mark  -
    Peru    Peru    PROPN NNP 10 nsubj GPE
    to      to      PART  TO  10 aux   -
    sign    sign    VERB  VB  5  advcl -
    a       a       DET   DT  12 det   -
    treaty  treaty  NOUN  NN  10 dobj  -
    with    with    ADP   IN  12 prep  -
    Bolivia Bolivia PROPN NNP 13 pobj  GPE
    .       .       PUNCT .   2  punct -
    """)
    assert ("Chile", "urge", "Peru", "02", None, False) in acts


def test_a_plan_told_by_a_speaker_is_no_appeal() -> None:
    acts = read_modal_acts("""
    Chile   Chile   PROPN NNP 2  nsubj GPE
    said    say     VERB  VBD 0  ROOT  -
    the     the     DET   DT  4  det   -
    plan    plan    NOUN  NN  5  nsubj -
    was     be      AUX   VBD 2  ccomp -
    for     for     SCONJ IN  9  mark  -
    Peru    Peru    PROPN NNP 9  nsubj GPE
    to      to      PART  TO  9  aux   -
    sign    sign    VERB  VB  5  advcl -
    a       a       DET   DT  11 det   -
    treaty  treaty  NOUN  NN  9  dobj  -
    with    with    ADP   IN  11 prep  -
    Bolivia Bolivia PROPN NNP 12 pobj  GPE
    .       .       PUNCT .   2  punct -
    """)
    assert not any(a[1] == "urge" for a in acts)
    signed = [a for a in acts if a[0] == "Peru" and a[2] == "Bolivia"]
    assert signed and all(a[4] == "will" for a in signed)


def test_a_named_speaker_who_says_a_state_ought_to_act_urges_it() -> None:
    acts = read_modal_acts("""
    Chile   Chile   PROPN NNP 2 nsubj GPE
    said    say     VERB  VBD 0 ROOT  -
    Peru    Peru    PROPN NNP 4 nsubj GPE
    ought   ought   AUX   MD  2 ccomp -
    to      to      PART  TO  6 aux   -
    sign    sign    VERB  VB  4 xcomp -
    a       a       DET   DT  8 det   -
    treaty  treaty  NOUN  NN  6 dobj  -
    with    with    ADP   IN  8 prep  -
    Bolivia Bolivia PROPN NNP 9 pobj  GPE
    .       .       PUNCT .   2 punct -
    """)
    assert ("Chile", "urge", "Peru", "02", None, False) in acts
    signed = [a for a in acts if a[0] == "Peru" and a[2] == "Bolivia"]
    assert signed and all(a[4] == "should" for a in signed)


def test_what_a_named_speaker_urges_that_a_state_do_is_its_wish() -> None:
    reading = read("""
    Chile    Chile    PROPN NNP  2 nsubj GPE
    urged    urge     VERB  VBD  0 ROOT  -
    that     that     SCONJ IN   5 mark  -
    Peru     Peru     PROPN NNP  5 nsubj GPE
    withdraw withdraw VERB  VB   2 ccomp -
    its      its      PRON  PRP$ 7 poss  -
    troops   troop    NOUN  NNS  5 dobj  -
    from     from     ADP   IN   5 prep  -
    Bolivia  Bolivia  PROPN NNP  8 pobj  GPE
    .        .        PUNCT .    2 punct -
    """)
    label = {e.id: e.label for e in reading.entities.entities()}
    named = {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}
    assert ("Chile", "urge", "Peru") in named
    withdrawn = [r for r in reading.relations if label[r.subject.entity_id] == "Peru"]
    assert withdrawn and all(r.modality == "should" for r in withdrawn)
    # wished by Chile, as "urged Peru to withdraw" is
    chile = next(e.id for e in reading.entities.entities() if e.label == "Chile")
    assert all(r.attributed_to == chile for r in withdrawn)


def test_an_offensive_prepared_against_a_state_is_no_fight_yet() -> None:
    acts = read_modal_acts("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    prepared  prepare   VERB  VBD 0 ROOT  -
    an        an        DET   DT  4 det   -
    offensive offensive NOUN  NN  2 dobj  -
    against   against   ADP   IN  4 prep  -
    Peru      Peru      PROPN NNP 5 pobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    readied = [a for a in acts if a[0] == "Chile" and a[2] == "Peru"]
    assert readied and all(a[3] == "19" and a[4] == "may" for a in readied)


def test_a_way_clear_for_a_state_to_act_advises_nothing() -> None:
    acts = read_modal_acts("""
    The    the    DET   DT  2  det    -
    way    way    NOUN  NN  3  nsubj  -
    is     be     AUX   VBZ 0  ROOT   -
    now    now    ADV   RB  3  advmod -
    clear  clear  ADJ   JJ  3  acomp  -
    for    for    SCONJ IN  9  mark   -
    Chile  Chile  PROPN NNP 9  nsubj  GPE
    to     to     PART  TO  9  aux    -
    sign   sign   VERB  VB  3  advcl  -
    a      a      DET   DT  11 det    -
    treaty treaty NOUN  NN  9  dobj   -
    with   with   ADP   IN  11 prep   -
    Peru   Peru   PROPN NNP 12 pobj   GPE
    .      .      PUNCT .   3  punct  -
    """)
    assert all(a[4] != "should" for a in acts if a[0] == "Chile")
