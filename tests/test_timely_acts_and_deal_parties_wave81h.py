"""Wave 81 H: an act in a "for X to <verb>" clause under a judgement of timing or chance ("the timing is
ripe (favourable, right) for X to buy Y", "there is an opportunity for X to attack Y") is weighed, not done:
"may"; and "Japanese parties" to a deal are that state's firms or people, not the state. Each test states its
parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read, read_modal_acts


def test_an_act_the_timing_is_ripe_for_is_weighed_not_done() -> None:
    acts = read_modal_acts("""
    The     the     DET   DT  2  det      -
    timing  timing  NOUN  NN  3  nsubj    -
    is      be      AUX   VBZ 0  ROOT     -
    ripe    ripe    ADJ   JJ  3  acomp    -
    for     for     SCONJ IN  8  mark     -
    Peru    Peru    PROPN NNP 8  nsubj    GPE
    to      to      PART  TO  8  aux      -
    attack  attack  VERB  VB  3  advcl    -
    Chile   Chile   PROPN NNP 8  dobj     GPE
    .       .       PUNCT .   3  punct    -
    """)
    found = [a for a in acts if a[:3] == ("Peru", "attack", "Chile")]
    assert found and all(a[4] == "may" and not a[5] for a in found), acts


def test_an_act_there_is_an_opportunity_for_is_weighed_not_done() -> None:
    acts = read_modal_acts("""
    There       there       PRON  EX  2  expl   -
    is          be          VERB  VBZ 0  ROOT   -
    an          an          DET   DT  4  det    -
    opportunity opportunity NOUN  NN  2  attr   -
    for         for         SCONJ IN  8  mark   -
    Peru        Peru        PROPN NNP 8  nsubj  GPE
    to          to          PART  TO  8  aux    -
    attack      attack      VERB  VB  4  acl    -
    Chile       Chile       PROPN NNP 8  dobj   GPE
    .           .           PUNCT .   2  punct  -
    """)
    found = [a for a in acts if a[:3] == ("Peru", "attack", "Chile")]
    assert found and all(a[4] == "may" and not a[5] for a in found), acts


def test_a_states_parties_to_a_deal_are_not_the_state() -> None:
    reading = read("""
    Japanese japanese ADJ   JJ  2  amod   NORP
    parties  party    NOUN  NNS 3  nsubj  -
    bought   buy      VERB  VBD 0  ROOT   -
    the      the      DET   DT  6  det    -
    Chilean  chilean  ADJ   JJ  6  amod   NORP
    mine     mine     NOUN  NN  3  dobj   -
    .        .        PUNCT .   3  punct  -
    """)
    labels = {e.label: e for e in reading.entities.entities()}
    assert "Japan" not in labels, sorted(labels)
    assert "Japanese parties" in labels, sorted(labels)


def test_examples_joined_by_or_under_one_group_are_alternatives() -> None:
    acts = read_modal_acts("""
    Peru     Peru     PROPN NNP 2  nsubj   GPE
    took     take     VERB  VBD 0  ROOT    -
    the      the      DET   DT  4  det     -
    case     case     NOUN  NN  2  dobj    -
    to       to       ADP   IN  2  prep    -
    a        a        DET   DT  7  det     -
    body     body     NOUN  NN  5  pobj    -
    such     such     ADJ   JJ  9  amod    -
    as       as       ADP   IN  7  prep    -
    the      the      DET   DT  13 det     ORG
    World    World    PROPN NNP 13 compound I-ORG
    Trade    Trade    PROPN NNP 13 compound I-ORG
    Organization Organization PROPN NNP 9 pobj I-ORG
    or       or       CCONJ CC  13 cc      -
    the      the      DET   DT  18 det     ORG
    United   United   PROPN NNP 17 compound I-ORG
    Nations  Nations  PROPN NNP 18 compound I-ORG
    Court    Court    PROPN NNP 13 conj    I-ORG
    .        .        PUNCT .   2  punct   -
    """)
    assert not [a for a in acts if a[0] == "Peru" and a[2] != "Peru"], acts
