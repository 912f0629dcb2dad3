"""Wave 117 F: one of a people, named by the people's word after "a" or "an", is a person of the state, its
citizen, not the state ("Jordan handed back a Syrian" hands back a Syrian citizen, not Syria; actors.
_one_national). A people's word that modifies a noun ("an Israeli envoy") stays the state's word. The
sentences are ours and their parses are written by hand (tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import read_triples

# "Jordan handed back a Syrian."
ONE_HANDED_BACK = """
Jordan    Jordan    PROPN NNP  2  nsubj  GPE
handed    hand      VERB  VBD  0  ROOT   -
back      back      ADP   RP   2  prt    -
a         a         DET   DT   5  det    -
Syrian    Syrian    PROPN NNP  2  dobj   NORP
.         .         PUNCT .    2  punct  -
"""

# "Jordan received an Israeli envoy."
ENVOY_RECEIVED = """
Jordan    Jordan    PROPN NNP  2  nsubj  GPE
received  receive   VERB  VBD  0  ROOT   -
an        an        DET   DT   5  det    -
Israeli   Israeli   ADJ   JJ   5  amod   NORP
envoy     envoy     NOUN  NN   2  dobj   -
.         .         PUNCT .    2  punct  -
"""


def test_one_of_a_people_is_its_citizen() -> None:
    triples = read_triples(ONE_HANDED_BACK)
    assert {o for s, p, o in triples if p == "hand back"} == {"Syrian citizens"}, triples


def test_peoples_word_before_a_noun_stays_the_state() -> None:
    # guard: passes with or without the change
    triples = read_triples(ENVOY_RECEIVED)
    assert "Syrian citizens" not in {o for _, _, o in triples} and "Israeli citizens" not in {
        o for _, _, o in triples
    }, triples
