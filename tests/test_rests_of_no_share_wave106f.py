"""A rest noun is the rest of a share of a firm only in a clause of owning coordinated with one that holds a
share ("X owns 74 pct of Y, and the balance is held by Z"), and only when no "of" phrase of its own makes it
the rest of something else (sentences of our own, parses written by hand): "the balance of power in Y", "the
rest of its reserves" are no stake."""

from __future__ import annotations

from hand_docs import facts, read, read_triples

# "Vexa Co holds the balance of power in Tarnow Ltd after the vote."
BALANCE_OF_POWER = """
Vexa       Vexa       PROPN NNP 2  compound  ORG
Co         Co         PROPN NNP 3  nsubj     I-ORG
holds      hold       VERB  VBZ 0  ROOT      -
the        the        DET   DT  5  det       -
balance    balance    NOUN  NN  3  dobj      -
of         of         ADP   IN  5  prep      -
power      power      NOUN  NN  6  pobj      -
in         in         ADP   IN  5  prep      -
Tarnow     Tarnow     PROPN NNP 10 compound  ORG
Ltd        Ltd        PROPN NNP 8  pobj      I-ORG
after      after      ADP   IN  3  prep      -
the        the        DET   DT  13 det       -
vote       vote       NOUN  NN  11 pobj      -
.          .          PUNCT .   3  punct     -
"""

# "Borel Corp owns 74 pct of Tarnow Ltd, and the balance of power is held by Vexa Co."
COORDINATED_BALANCE_OF_POWER = """
Borel      Borel      PROPN NNP 2  compound  ORG
Corp       Corp       PROPN NNP 3  nsubj     I-ORG
owns       own        VERB  VBZ 0  ROOT      -
74         74         NUM   CD  5  nummod    CARDINAL
pct        pct        NOUN  NN  3  dobj      -
of         of         ADP   IN  5  prep      -
Tarnow     Tarnow     PROPN NNP 8  compound  ORG
Ltd        Ltd        PROPN NNP 6  pobj      I-ORG
,          ,          PUNCT ,   3  punct     -
and        and        CCONJ CC  3  cc        -
the        the        DET   DT  12 det       -
balance    balance    NOUN  NN  17 nsubjpass -
of         of         ADP   IN  12 prep      -
power      power      NOUN  NN  13 pobj      -
is         be         AUX   VBZ 17 auxpass   -
held       hold       VERB  VBN 3  conj      -
by         by         ADP   IN  17 agent     -
Vexa       Vexa       PROPN NNP 20 compound  ORG
Co         Co         PROPN NNP 18 pobj      I-ORG
.          .          PUNCT .   3  punct     -
"""

# "Borel Corp owns 74 pct of Tarnow Ltd, and Vexa Co holds the rest of its reserves in gold."
REST_OF_RESERVES = """
Borel      Borel      PROPN NNP 2  compound  ORG
Corp       Corp       PROPN NNP 3  nsubj     I-ORG
owns       own        VERB  VBZ 0  ROOT      -
74         74         NUM   CD  5  nummod    CARDINAL
pct        pct        NOUN  NN  3  dobj      -
of         of         ADP   IN  5  prep      -
Tarnow     Tarnow     PROPN NNP 8  compound  ORG
Ltd        Ltd        PROPN NNP 6  pobj      I-ORG
,          ,          PUNCT ,   3  punct     -
and        and        CCONJ CC  3  cc        -
Vexa       Vexa       PROPN NNP 12 compound  ORG
Co         Co         PROPN NNP 13 nsubj     I-ORG
holds      hold       VERB  VBZ 3  conj      -
the        the        DET   DT  15 det       -
rest       rest       NOUN  NN  13 dobj      -
of         of         ADP   IN  15 prep      -
its        its        PRON  PRP$ 18 poss     -
reserves   reserve    NOUN  NNS 16 pobj      -
in         in         ADP   IN  15 prep      -
gold       gold       NOUN  NN  19 pobj      -
.          .          PUNCT .   3  punct     -
"""


def test_the_balance_of_power_in_a_firm_is_no_stake_in_it() -> None:
    triples = read_triples(BALANCE_OF_POWER)
    assert ("Vexa Co", "hold balance in", "Tarnow Ltd") in triples
    assert ("Vexa Co", "hold stake in", "Tarnow Ltd") not in triples


def test_a_rest_of_something_else_after_a_share_held_is_no_stake() -> None:
    stakes = facts(read(COORDINATED_BALANCE_OF_POWER), "stake")
    assert ("Borel Corp", "hold stake in", "Tarnow Ltd") in stakes
    assert ("Vexa Co", "hold stake in", "Tarnow Ltd") not in stakes
    stakes = facts(read(REST_OF_RESERVES), "stake")
    assert ("Borel Corp", "hold stake in", "Tarnow Ltd") in stakes
    assert ("Vexa Co", "hold stake in", "Tarnow Ltd") not in stakes
