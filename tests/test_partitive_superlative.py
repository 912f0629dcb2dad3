"""A superlative's "of" and a plural names the group its owner is the most of ("scored the biggest coup of
the Chilean firms"): no party to the act. Sentence written for this test, parse built by hand."""

from __future__ import annotations

from hand_docs import read

BIGGEST_COUP = """
Acme       Acme       PROPN NNP  2   compound  ORG
Corp       Corp       PROPN NNP  3   nsubj     I-ORG
scored     score      VERB  VBD  0   ROOT      -
the        the        DET   DT   6   det       -
biggest    big        ADJ   JJS  6   amod      -
coup       coup       NOUN  NN   3   dobj      -
of         of         ADP   IN   6   prep      -
the        the        DET   DT   10  det       -
Chilean    chilean    ADJ   JJ   10  amod      NORP
firms      firm       NOUN  NNS  7   pobj      -
.          .          PUNCT .    3   punct     -
"""


def test_the_group_a_superlative_picks_from_is_no_party() -> None:
    assert read(BIGGEST_COUP).relations == []


def test_without_the_superlative_the_of_phrase_is_read() -> None:
    table = BIGGEST_COUP.replace("biggest    big        ADJ   JJS", "big        big        ADJ   JJ ")
    assert read(table).relations != []
