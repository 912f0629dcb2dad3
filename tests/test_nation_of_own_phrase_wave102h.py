"""Wave 102 H: "the nation's", "the country's" inside a phrase of a noun owned by "its" ("Peru will reform its
policies on the nation's economy") is the clause's state subject, whose own "its" it goes with, not a state
named before (coref._under_own_possession); so no edge runs from Peru to that earlier state, while "its
policies on Chile" still reaches Chile. Each test states its parse by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples


def _reform(topic: str) -> str:
    """ "Chile criticised Peru. Peru will reform its policies on <topic>." """
    rows = """
Chile      Chile      PROPN NNP  2  nsubj  GPE
criticised criticise  VERB  VBD  0  ROOT   -
Peru       Peru       PROPN NNP  2  dobj   GPE
.          .          PUNCT .    2  punct  -
Peru       Peru       PROPN NNP  7  nsubj  GPE
will       will       AUX   MD   7  aux    -
reform     reform     VERB  VB   7  ROOT   -
its        its        PRON  PRP$ 9  poss   -
policies   policy     NOUN  NNS  7  dobj   -
on         on         ADP   IN   9  prep   -
"""
    if topic == "Chile":
        rows += """
Chile      Chile      PROPN NNP  10 pobj   GPE
.          .          PUNCT .    7  punct  -
"""
    else:
        rows += """
the        the        DET   DT   12 det    -
nation     nation     NOUN  NN   14 poss   -
's         's         PART  POS  12 case   -
economy    economy    NOUN  NN   10 pobj   -
.          .          PUNCT .    7  punct  -
"""
    return rows


def test_the_nation_in_a_states_own_phrase_is_that_state() -> None:
    assert not any(f[0] == "Peru" and f[2] == "Chile" for f in read_triples(_reform("the nation")))
    assert any(f[0] == "Peru" and f[2] == "Chile" for f in read_triples(_reform("Chile")))
