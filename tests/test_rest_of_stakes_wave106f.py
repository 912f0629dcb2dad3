"""The rest of a share held in a second clause of owning is a share of the firm the first clause's share is
of (sentences of our own, parses written by hand): "X owns 74 pct of Y, and the balance is held by Z" gives
Z a stake in Y, as "60 pct of Y is held by Z" does; nothing where the first clause names no one firm."""

from __future__ import annotations

from geokg.extract.io.nlp import coordinated_clauses
from geokg.extract.pipeline import read_doc
from hand_docs import facts, parse, read, read_triples
from test_stakes_of_coordinated_holders_wave106f import SECOND_HOLDER

# "Borel Corp owns 74 pct of Tarnow Ltd, and the balance of 26 pct is held by Vexa Co."
BALANCE_HELD = """
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
26         26         NUM   CD  15 nummod    CARDINAL
pct        pct        NOUN  NN  13 pobj      -
is         be         AUX   VBZ 17 auxpass   -
held       hold       VERB  VBN 3  conj      -
by         by         ADP   IN  17 agent     -
Vexa       Vexa       PROPN NNP 20 compound  ORG
Co         Co         PROPN NNP 18 pobj      I-ORG
.          .          PUNCT .   3  punct     -
"""

# "Borel Corp owns 74 pct of Tarnow Ltd and Kolm Ltd, and the rest is held by Vexa Co.": the rest of
# which firm is not said
REST_OF_TWO = """
Borel      Borel      PROPN NNP 2  compound  ORG
Corp       Corp       PROPN NNP 3  nsubj     I-ORG
owns       own        VERB  VBZ 0  ROOT      -
74         74         NUM   CD  5  nummod    CARDINAL
pct        pct        NOUN  NN  3  dobj      -
of         of         ADP   IN  5  prep      -
Tarnow     Tarnow     PROPN NNP 8  compound  ORG
Ltd        Ltd        PROPN NNP 6  pobj      I-ORG
and        and        CCONJ CC  8  cc        -
Kolm       Kolm       PROPN NNP 11 compound  ORG
Ltd        Ltd        PROPN NNP 8  conj      I-ORG
,          ,          PUNCT ,   3  punct     -
and        and        CCONJ CC  3  cc        -
the        the        DET   DT  15 det       -
rest       rest       NOUN  NN  17 nsubjpass -
is         be         AUX   VBZ 17 auxpass   -
held       hold       VERB  VBN 3  conj      -
by         by         ADP   IN  17 agent     -
Vexa       Vexa       PROPN NNP 20 compound  ORG
Co         Co         PROPN NNP 18 pobj      I-ORG
.          .          PUNCT .   3  punct     -
"""

# "Sixty pct of Tarnow Ltd is held by Vexa Co."
SHARE_HELD = """
Sixty      sixty      NUM   CD  2  nummod    CARDINAL
pct        pct        NOUN  NN  7  nsubjpass -
of         of         ADP   IN  2  prep      -
Tarnow     Tarnow     PROPN NNP 5  compound  ORG
Ltd        Ltd        PROPN NNP 3  pobj      I-ORG
is         be         AUX   VBZ 7  auxpass   -
held       hold       VERB  VBN 0  ROOT      -
by         by         ADP   IN  7  agent     -
Vexa       Vexa       PROPN NNP 10 compound  ORG
Co         Co         PROPN NNP 8  pobj      I-ORG
.          .          PUNCT .   7  punct     -
"""


def test_the_balance_held_by_a_second_holder_is_a_stake_in_the_first_clauses_firm() -> None:
    stakes = facts(read(BALANCE_HELD), "stake")
    assert ("Vexa Co", "hold stake in", "Tarnow Ltd") in stakes
    assert ("Borel Corp", "hold stake in", "Tarnow Ltd") in stakes
    # after a share of two firms, the rest is of neither
    triples = read_triples(REST_OF_TWO)
    assert ("Borel Corp", "hold stake in", "Tarnow Ltd") in triples
    assert not {t for t in triples if t[0] == "Vexa Co"}


def test_the_remaining_share_a_second_subject_holds_is_a_stake_in_the_first_clauses_firm() -> None:
    reading = read_doc(coordinated_clauses(parse(SECOND_HOLDER)), scope="hand-built")
    assert ("Vexa Co", "hold stake in", "Tarnow Ltd") in facts(reading, "stake")


def test_a_share_of_a_firm_held_by_a_passives_agent_is_a_stake() -> None:
    triples = read_triples(SHARE_HELD)
    assert ("Vexa Co", "hold stake in", "Tarnow Ltd") in triples
    assert ("Vexa Co", "hold pct of", "Tarnow Ltd") not in triples
