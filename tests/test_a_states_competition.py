"""A state's adjective on a market's competition ("fighting back against cheap Japanese competition",
"Japanese competitors") names that state's competing firms (sectors.tsv, BUS), never the state. Sentences
written for this test; the parse is hand-built (tests/hand_docs.py)."""

from __future__ import annotations

from tests.hand_docs import read_triples

# "Acme Shipyards is fighting back against cheap Japanese competition."
AGAINST_A_STATES_COMPETITION = """
    Acme           Acme           PROPN  NNP     2 compound   ORG
    Shipyards      Shipyards      PROPN  NNP     4 nsubj      I-ORG
    is             be             AUX    VBZ     4 aux        -
    fighting       fight          VERB   VBG     0 ROOT       -
    back           back           ADV    RB      4 advmod     -
    against        against        ADP    IN      4 prep       -
    cheap          cheap          ADJ    JJ      9 amod       -
    Japanese       japanese       ADJ    JJ      9 amod       NORP
    competition    competition    NOUN   NN      6 pobj       -
    .              .              PUNCT  .       4 punct      -
"""


def test_a_states_competition_is_its_firms_not_the_state() -> None:
    facts = read_triples(AGAINST_A_STATES_COMPETITION)
    assert ("Acme Shipyards", "fight against", "Japanese competitors") in facts, facts
    assert not any(obj == "Japan" for _, _, obj in facts)
