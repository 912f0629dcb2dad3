"""Hand-built parses: a state's stance on a measure another put forward is a stance on its proposer, with
the measure in the predicate ("reject proposal of"): whether the proposer owns it ("Peru's offer"), is
named after "by" on the noun ("a proposal by the Kestrel Council") or after a participle of proposing ("the
levy tax proposed by the Kestrel Council", "the plan put forward by Peru")."""

from __future__ import annotations

from hand_docs import facts, read


def test_a_stance_on_an_owned_proposal_is_on_its_owner() -> None:
    # "Norway rejected Chile's proposal."
    reading = read("""
    Norway    Norway    PROPN NNP 2 nsubj GPE
    rejected  reject    VERB  VBD 0 ROOT  -
    Chile     Chile     PROPN NNP 5 poss  GPE
    's        's        PART  POS 3 case  -
    proposal  proposal  NOUN  NN  2 dobj  -
    .         .         PUNCT .   2 punct -
    """)
    assert facts(reading, "svo") == {("Norway", "reject proposal of", "Chile")}


def test_a_proposal_by_a_body_stands_for_the_body() -> None:
    # "Norway opposed a proposal by the Kestrel Council."
    reading = read("""
    Norway    Norway    PROPN NNP 2 nsubj GPE
    opposed   oppose    VERB  VBD 0 ROOT  -
    a         a         DET   DT  4 det   -
    proposal  proposal  NOUN  NN  2 dobj  -
    by        by        ADP   IN  4 prep  -
    the       the       DET   DT  8 det   -
    Kestrel   Kestrel   PROPN NNP 8 compound ORG
    Council   Council   PROPN NNP 5 pobj  I-ORG
    .         .         PUNCT .   2 punct -
    """)
    assert facts(reading, "svo") == {("Norway", "oppose proposal of", "Kestrel Council")}


def test_a_measure_proposed_by_a_body_stands_for_the_body() -> None:
    # "Norway opposes the new tax proposed by the Kestrel Council."
    reading = read("""
    Norway    Norway    PROPN NNP 2 nsubj GPE
    opposes   oppose    VERB  VBZ 0 ROOT  -
    the       the       DET   DT  5 det   -
    new       new       ADJ   JJ  5 amod  -
    tax       tax       NOUN  NN  2 dobj  -
    proposed  propose   VERB  VBN 5 acl   -
    by        by        ADP   IN  6 agent -
    the       the       DET   DT  10 det   -
    Kestrel   Kestrel   PROPN NNP 10 compound ORG
    Council   Council   PROPN NNP 7 pobj  I-ORG
    .         .         PUNCT .   2 punct -
    """)
    assert facts(reading, "svo") == {("Norway", "oppose tax of", "Kestrel Council")}


def test_a_plan_put_forward_by_a_state_stands_for_the_state() -> None:
    # "Norway backed the plan put forward by Chile."
    reading = read("""
    Norway   Norway   PROPN NNP 2 nsubj GPE
    backed   back     VERB  VBD 0 ROOT  -
    the      the      DET   DT  4 det   -
    plan     plan     NOUN  NN  2 dobj  -
    put      put      VERB  VBN 4 acl   -
    forward  forward  ADV   RB  5 advmod -
    by       by       ADP   IN  5 agent -
    Chile    Chile    PROPN NNP 7 pobj  GPE
    .        .        PUNCT .   2 punct -
    """)
    assert facts(reading, "svo") == {("Norway", "back plan of", "Chile")}


def test_a_measure_merely_mentioned_by_another_is_not_its() -> None:
    # "Norway opposes the tax praised by the Kestrel Council.": praising is no proposing
    reading = read("""
    Norway    Norway    PROPN NNP 2 nsubj GPE
    opposes   oppose    VERB  VBZ 0 ROOT  -
    the       the       DET   DT  4 det   -
    tax       tax       NOUN  NN  2 dobj  -
    praised   praise    VERB  VBN 4 acl   -
    by        by        ADP   IN  5 agent -
    the       the       DET   DT  9 det   -
    Kestrel   Kestrel   PROPN NNP 9 compound ORG
    Council   Council   PROPN NNP 6 pobj  I-ORG
    .         .         PUNCT .   2 punct -
    """)
    assert facts(reading, "svo") == set()
