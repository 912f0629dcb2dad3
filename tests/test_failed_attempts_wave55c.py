"""Outcomes that did not happen (wave 55 C): what a subject failed (refused) to win from another never came
("Chile failed to win concessions from Peru": Peru NOT concession Chile, coded by the concession), and a
verb of achievement denied denies its deed ("did not manage to defend Peru", "never succeeded in securing
the backing of Peru"). Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts


def test_what_one_failed_to_win_from_another_never_came() -> None:
    acts = read_modal_acts("""
    Chile       Chile      PROPN NNP 2 nsubj GPE
    failed      fail       VERB  VBD 0 ROOT  -
    to          to         PART  TO  4 aux   -
    win         win        VERB  VB  2 xcomp -
    concessions concession NOUN  NNS 4 dobj  -
    from        from       ADP   IN  4 prep  -
    Peru        Peru       PROPN NNP 6 pobj  GPE
    .           .          PUNCT .   2 punct -
    """)
    conceded = [a for a in acts if a[0] == "Peru" and a[2] == "Chile"]
    assert conceded and all(a[5] for a in conceded)  # no concession came
    assert all(a[3] == "08" for a in conceded)  # the concession's root, not the failure's


def test_a_denied_verb_of_achievement_denies_its_deed() -> None:
    acts = read_modal_acts("""
    Chile  Chile  PROPN NNP 4 nsubj GPE
    did    do     AUX   VBD 4 aux   -
    not    not    PART  RB  4 neg   -
    manage manage VERB  VB  0 ROOT  -
    to     to     PART  TO  6 aux   -
    defend defend VERB  VB  4 xcomp -
    Peru   Peru   PROPN NNP 6 dobj  GPE
    .      .      PUNCT .   4 punct -
    """)
    defended = [a for a in acts if a[:3] == ("Chile", "defend", "Peru")]
    assert defended and all(a[5] for a in defended)


def test_never_succeeded_in_securing_the_backing_of_another() -> None:
    acts = read_modal_acts("""
    Chile     Chile   PROPN NNP 3 nsubj GPE
    never     never   ADV   RB  3 neg   -
    succeeded succeed VERB  VBD 0 ROOT  -
    in        in      ADP   IN  3 prep  -
    securing  secure  VERB  VBG 4 pcomp -
    the       the     DET   DT  7 det   -
    backing   backing NOUN  NN  5 dobj  -
    of        of      ADP   IN  7 prep  -
    Peru      Peru    PROPN NNP 8 pobj  GPE
    .         .       PUNCT .   3 punct -
    """)
    backed = [a for a in acts if a[0] == "Peru" and a[2] == "Chile"]
    assert backed and all(a[5] for a in backed)


def test_a_verb_of_achievement_done_does_its_deed() -> None:
    acts = read_modal_acts("""
    Chile   Chile  PROPN NNP 2 nsubj GPE
    managed manage VERB  VBD 0 ROOT  -
    to      to     PART  TO  4 aux   -
    defend  defend VERB  VB  2 xcomp -
    Peru    Peru   PROPN NNP 4 dobj  GPE
    .       .      PUNCT .   2 punct -
    """)
    defended = [a for a in acts if a[:3] == ("Chile", "defend", "Peru")]
    assert defended and not any(a[5] for a in defended)
