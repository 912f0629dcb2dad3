"""Coordinated subjects of a one-way act done to "each other" each did it to the other (rule each_other):
"Chile and Peru accused each other of breaking the truce" gives both accusations (11); a mutual verb's
"fought each other" stays rule reciprocal's one edge (sentences of our own, parsed by hand)."""

from __future__ import annotations

from hand_docs import by_rule, facts_with_roots, read

# "Chile and Peru accused each other of breaking the truce."
ACCUSED_EACH_OTHER = """
Chile    Chile  PROPN NNP 4  nsubj GPE
and      and    CCONJ CC  1  cc    -
Peru     Peru   PROPN NNP 1  conj  GPE
accused  accuse VERB  VBD 0  ROOT  -
each     each   DET   DT  6  det   -
other    other  ADJ   JJ  4  dobj  -
of       of     ADP   IN  4  prep  -
breaking break  VERB  VBG 7  pcomp -
the      the    DET   DT  10 det   -
truce    truce  NOUN  NN  8  dobj  -
.        .      PUNCT .   4  punct -
"""


def test_each_accused_the_other() -> None:
    found = facts_with_roots(ACCUSED_EACH_OTHER)
    assert ("Chile", "accuse", "Peru", "11") in found
    assert ("Peru", "accuse", "Chile", "11") in found


def test_one_another_headed_by_one_is_read_the_same() -> None:
    table = ACCUSED_EACH_OTHER.replace(
        "each     each   DET   DT  6  det   -\nother    other  ADJ   JJ  4  dobj  -",
        "one      one    NUM   CD  4  dobj  -\nanother  another DET  DT  5  det   -",
    )
    found = facts_with_roots(table)
    assert ("Chile", "accuse", "Peru", "11") in found
    assert ("Peru", "accuse", "Chile", "11") in found


def test_a_mutual_verb_is_left_to_the_reciprocal_rule() -> None:
    fought = ACCUSED_EACH_OTHER.replace("accused  accuse", "fought   fight ")
    assert not by_rule(read(fought), "each_other")
    assert by_rule(read(fought), "reciprocal")


def test_an_object_that_is_no_reciprocal_pronoun_gives_no_two_way_edges() -> None:
    other = ACCUSED_EACH_OTHER.replace(
        "each     each   DET   DT  6  det ", "the      the    DET   DT  6  det "
    )
    assert not by_rule(read(other), "each_other")


def test_one_another_headed_by_one_is_mutual_for_a_mutual_verb_too() -> None:
    # (the review of stop 47) "fought one another": the parser heads it by "one", which is no thing fought
    table = ACCUSED_EACH_OTHER.replace("accused  accuse", "fought   fight ").replace(
        "each     each   DET   DT  6  det   -\nother    other  ADJ   JJ  4  dobj  -",
        "one      one    NUM   CD  4  dobj  -\nanother  another DET  DT  5  det   -",
    )
    assert by_rule(read(table), "reciprocal")
