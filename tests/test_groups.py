"""Unnamed groups as actors: their parts, their acts and what they are called (hand-built parses)."""

from __future__ import annotations

from hand_docs import facts, read


def test_a_number_of_a_group_is_the_group() -> None:
    reading = read("""
    A          a          DET   DT  2 det       -
    number     number     NOUN  NN  6 nsubjpass -
    of         of         ADP   IN  2 prep      -
    journalists journalist NOUN NNS 3 pobj      -
    were       be         AUX   VBD 6 auxpass   -
    hurt       hurt       VERB  VBN 0 ROOT      -
    after      after      ADP   IN  6 prep      -
    being      be         AUX   VBG 9 auxpass   -
    beaten     beat       VERB  VBN 7 pcomp     -
    by         by         ADP   IN  9 agent     -
    Chilean    Chilean    ADJ   JJ  12 amod     NORP
    protesters protester  NOUN  NNS 10 pobj     -
    .          .          PUNCT .   6 punct     -
    """)
    assert ("Chilean protesters", "beat", "journalists") in facts(reading, "passive")


def test_part_of_a_union_is_no_member_of_it() -> None:
    # "part" names membership, not a share of a group of people: the predicate keeps its "of".
    reading = read("""
    Chile      Chile      PROPN NNP 2 nsubj     GPE
    is         be         AUX   VBZ 0 ROOT      -
    part       part       NOUN  NN  2 attr      -
    of         of         ADP   IN  3 prep      -
    Mercosur   Mercosur   PROPN NNP 4 pobj      ORG
    .          .          PUNCT .   2 punct     -
    """)
    assert all(predicate != "be part" for _, predicate, _ in facts(reading, "copula"))
