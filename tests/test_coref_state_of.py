""" "The state of the economy" is a condition, no country: a country noun with "of" and a thing after it does
not refer back to the state named before (a sentence of our own, parsed by hand)."""

from __future__ import annotations

from hand_docs import facts, read

# "Peru grew. Acme studied the state of the economy."
STATE_OF_A_THING = """
Peru     Peru     PROPN NNP 2  nsubj GPE
grew     grow     VERB  VBD 0  ROOT  -
.        .        PUNCT .   2  punct -
Acme     Acme     PROPN NNP 5  nsubj ORG
studied  study    VERB  VBD 0  ROOT  -
the      the      DET   DT  7  det   -
state    state    NOUN  NN  5  dobj  -
of       of       ADP   IN  7  prep  -
the      the      DET   DT  10 det   -
economy  economy  NOUN  NN  8  pobj  -
.        .        PUNCT .   5  punct -
"""


def test_the_state_of_a_thing_is_no_country() -> None:
    assert ("Acme", "study", "Peru") not in facts(read(STATE_OF_A_THING), "svo")


def test_the_state_alone_still_refers_back() -> None:
    table = "\n".join(STATE_OF_A_THING.strip().splitlines()[:7]) + "\n.        .        PUNCT .   5  punct -"
    assert ("Acme", "study", "Peru") in facts(read(table), "svo")
