"""What "without" rules did not happen: "Chile seized the port without consulting Peru" denies the
consultation. Parse by hand (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read

# "Chile seized the port without consulting Peru."
WITHOUT_CONSULTING = """
    Chile      Chile    PROPN NNP 2 nsubj GPE
    seized     seize    VERB  VBD 0 ROOT  -
    the        the      DET   DT  4 det   -
    port       port     NOUN  NN  2 dobj  -
    without    without  ADP   IN  2 prep  -
    consulting consult  VERB  VBG 5 pcomp -
    Peru       Peru     PROPN NNP 6 dobj  GPE
    .          .        PUNCT .   2 punct -
"""


def test_an_act_under_without_is_denied() -> None:
    found = {(r.predicate, r.negated) for r in read(WITHOUT_CONSULTING).relations}
    assert ("consult", True) in found
    assert ("consult", False) not in found


def test_an_act_under_another_preposition_is_not_denied() -> None:
    """ "Chile seized the port after consulting Peru.": the consultation happened."""
    table = WITHOUT_CONSULTING.replace("without    without", "after      after  ")
    found = {(r.predicate, r.negated) for r in read(table).relations}
    assert ("consult", False) in found
