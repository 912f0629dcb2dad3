"""A copula with a relative owned by a name (audit round 10: "was Y's running mate" not read).

"Y's brother" is someone other than Y, so the noun does not stand for its owner as "Y's permit" does;
the copula relates the subject to the owner. Each test states its parse by hand (tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import facts, read


def test_a_copula_with_a_possessed_relative_relates_the_subject_to_the_owner() -> None:
    reading = read("""
    Rosa       Rosa       PROPN NNP  2 compound  PERSON
    Vidal      Vidal      PROPN NNP  3 nsubj     I-PERSON
    was        be         AUX   VBD  0 ROOT      -
    Juan       Juan       PROPN NNP  5 compound  PERSON
    Soto       Soto       PROPN NNP  8 poss      I-PERSON
    's         's         PART  POS  5 case      I-PERSON
    running    run        VERB  VBG  8 amod      -
    mate       mate       NOUN  NN   3 attr      -
    .          .          PUNCT .    3 punct     -
    Luis       Luis       PROPN NNP  11 compound  PERSON
    Pardo      Pardo      PROPN NNP  12 nsubj     I-PERSON
    is         be         AUX   VBZ  0 ROOT      -
    Ana        Ana        PROPN NNP  14 compound  PERSON
    Ruiz       Ruiz       PROPN NNP  16 poss      I-PERSON
    's         's         PART  POS  14 case      I-PERSON
    brother    brother    NOUN  NN   12 attr      -
    .          .          PUNCT .    12 punct     -
    """)
    found = facts(reading, "copula")
    assert ("Rosa Vidal", "be running mate of", "Juan Soto") in found
    assert ("Luis Pardo", "be brother of", "Ana Ruiz") in found
    # the relative is not its owner: no "be" between the two as if one were the other
    assert ("Rosa Vidal", "be mate", "Juan Soto") not in found


def test_whose_relative_the_chosen_one_is_to_be_is_not_read_onto_the_chooser() -> None:
    # "chose X to be his running mate": X is the one to be (object control), and "his" is the chooser's;
    # the copula's subject, read as the chooser, would be related to the nearest person, X
    reading = read("""
    Pedro      Pedro      PROPN NNP  2 compound  PERSON
    Lima       Lima       PROPN NNP  3 nsubj     I-PERSON
    chose      choose     VERB  VBD  0 ROOT      -
    Rosa       Rosa       PROPN NNP  5 compound  PERSON
    Vidal      Vidal      PROPN NNP  3 dobj      I-PERSON
    to         to         PART  TO   7 aux       -
    be         be         AUX   VB   3 xcomp     -
    his        his        PRON  PRP$ 10 poss      -
    running    run        VERB  VBG  10 amod      -
    mate       mate       NOUN  NN   7 attr      -
    .          .          PUNCT .    3 punct     -
    """)
    assert ("Pedro Lima", "be running mate of", "Rosa Vidal") not in facts(reading, "copula")
