"""A state's missions "in" a capital are other states' missions there, never the host's (wave 109 H;
actors.ActorReader._states: "in" gives a diplomatic mission noun no state). Sentences written for this test;
the parses are hand-built."""

from __future__ import annotations

from tests.hand_docs import read_triples

# "Western embassies in Lima criticized Chile."
EMBASSIES = """
    Western   western   ADJ   JJ  2 amod   -
    embassies embassy   NOUN  NNS 5 nsubj  -
    in        in        ADP   IN  2 prep   -
    Lima      Lima      PROPN NNP 3 pobj   GPE
    criticized criticize VERB VBD 0 ROOT   -
    Chile     Chile     PROPN NNP 5 dobj   GPE
    .         .         PUNCT .   5 punct  -
"""

# "The U.S. embassy in Lima criticized Chile."
US_EMBASSY = """
    The       the       DET   DT  3 det      -
    U.S.      U.S.      PROPN NNP 3 compound GPE
    embassy   embassy   NOUN  NN  6 nsubj    -
    in        in        ADP   IN  3 prep     -
    Lima      Lima      PROPN NNP 4 pobj     GPE
    criticized criticize VERB VBD 0 ROOT     -
    Chile     Chile     PROPN NNP 6 dobj     GPE
    .         .         PUNCT .   6 punct    -
"""


def test_embassies_in_a_capital_are_not_the_hosts() -> None:
    triples = read_triples(EMBASSIES)
    assert not any("Peruvian" in subject for subject, _, _ in triples)


def test_a_named_states_embassy_in_a_capital_keeps_its_state() -> None:
    assert ("US embassy", "criticize", "Chile") in read_triples(US_EMBASSY)
