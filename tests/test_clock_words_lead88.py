"""A clock word right after a number ("at 10.30 P.M.") is the time's, never an actor, whatever the tagger took
it for (a people, here; mentions._clock_word). The parse is built by hand as the parser gave it
(tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read, read_triples

CLOCK = """
The   the   DET   DT  2 det    -
bomb  bomb  NOUN  NN  3 nsubj  -
went  go    VERB  VBD 0 ROOT   -
off   off   ADP   RP  3 prt    -
at    at    ADP   IN  3 prep   -
10.30 10.30 NUM   CD  7 nummod CARDINAL
P.M.  P.M.  PROPN NNP 5 pobj   NORP
in    in    ADP   IN  7 prep   -
Bonn  Bonn  PROPN NNP 8 pobj   GPE
.     .     PUNCT .   3 punct  -
"""


def test_a_clock_word_after_a_number_is_no_entity() -> None:
    assert "P.M." not in {e.label for e in read(CLOCK).entities.entities()}
    assert not {t for t in read_triples(CLOCK) if t[2] == "P.M."}
