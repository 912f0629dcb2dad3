"""Hand-built parses: what one is bound to show or prove ("would have to show that it had withdrawn troops")
is a condition put to them, no fact the text asserts: the content takes the obligation ("must"). What was
shown stays a fact."""

from __future__ import annotations

from hand_docs import by_rule, read

BOUND = """
Peru      Peru      PROPN NNP 3  nsubj GPE
would     would     AUX   MD  3  aux   -
have      have      VERB  VB  0  ROOT  -
to        to        PART  TO  5  aux   -
show      show      VERB  VB  3  xcomp -
that      that      SCONJ IN  9  mark  -
it        it        PRON  PRP 9  nsubj -
had       have      AUX   VBD 9  aux   -
withdrawn withdraw  VERB  VBN 5  ccomp -
troops    troop     NOUN  NNS 9  dobj  -
from      from      ADP   IN  9  prep  -
Chile     Chile     PROPN NNP 11 pobj  GPE
.         .         PUNCT .   3  punct -
"""

SHOWN = """
Peru      Peru      PROPN NNP 2  nsubj GPE
showed    show      VERB  VBD 0  ROOT  -
that      that      SCONJ IN  6  mark  -
it        it        PRON  PRP 6  nsubj -
had       have      AUX   VBD 6  aux   -
withdrawn withdraw  VERB  VBN 2  ccomp -
troops    troop     NOUN  NNS 6  dobj  -
from      from      ADP   IN  6  prep  -
Chile     Chile     PROPN NNP 8  pobj  GPE
.         .         PUNCT .   2  punct -
"""


def test_what_one_would_have_to_show_is_a_condition() -> None:
    # "Peru would have to show that it had withdrawn troops from Chile."
    [withdrawn] = by_rule(read(BOUND), "prep")
    assert (withdrawn.predicate, withdrawn.modality) == ("withdraw troop from", "must")


def test_what_one_showed_is_a_fact() -> None:
    # "Peru showed that it had withdrawn troops from Chile."
    [withdrawn] = by_rule(read(SHOWN), "prep")
    assert (withdrawn.predicate, withdrawn.modality) == ("withdraw troop from", None)
