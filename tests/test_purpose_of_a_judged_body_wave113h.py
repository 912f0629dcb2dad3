"""Wave 113 H: what a fund or plan one judges is for is no deed of the judge. "Chile cannot support Lopez's
Global Water Fund to raise aid to Bolivia" says the fund is to raise it, not that Chile raises it (the
parser hangs the infinitive on the verb); "Chile urged Peru to raise aid to Bolivia" still asks it of Peru
(sentences of our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import read_triples

FUND = """
Chile    Chile    PROPN NNP 4  nsubj    GPE
can      can      AUX   MD  4  aux      -
not      not      PART  RB  4  neg      -
support  support  VERB  VB  0  ROOT     -
Lopez    Lopez    PROPN NNP 9  poss     PERSON
's       's       PART  POS 5  case     -
Global   Global   PROPN NNP 9  compound ORG
Water    Water    PROPN NNP 9  compound I-ORG
Fund     Fund     PROPN NNP 4  dobj     I-ORG
to       to       PART  TO  11 aux      -
raise    raise    VERB  VB  4  xcomp    -
aid      aid      NOUN  NN  11 dobj     -
to       to       ADP   IN  11 prep     -
Bolivia  Bolivia  PROPN NNP 13 pobj     GPE
.        .        PUNCT .   4  punct    -
"""

URGED = """
Chile    Chile    PROPN NNP 2 nsubj  GPE
urged    urge     VERB  VBD 0 ROOT   -
Peru     Peru     PROPN NNP 2 dobj   GPE
to       to       PART  TO  5 aux    -
raise    raise    VERB  VB  2 xcomp  -
aid      aid      NOUN  NN  5 dobj   -
to       to       ADP   IN  5 prep   -
Bolivia  Bolivia  PROPN NNP 7 pobj   GPE
.        .        PUNCT .   2 punct  -
"""


def test_a_judged_funds_purpose_is_not_the_judges_deed() -> None:
    triples = read_triples(FUND)
    assert not {t for t in triples if t[0] == "Chile" and t[2] == "Bolivia"}
    assert ("Global Water Fund", "raise aid to", "Bolivia") in triples


def test_one_urged_to_act_still_acts() -> None:
    # guard: passes with or without the change
    triples = read_triples(URGED)
    assert ("Peru", "raise aid to", "Bolivia") in triples
    assert not {t for t in triples if t[0] == "Chile" and t[2] == "Bolivia"}
