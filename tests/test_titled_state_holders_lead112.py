"""A title its state's adjective qualifies after "the" ("the Chilean president") is the one holder of that
title the story gave that state, so a possessive in a phrase on her verb is hers (coref._holder_for_state),
not the other leader's she met."""

from __future__ import annotations

from hand_docs import read_triples

# "Chilean President Michelle Bachelet arrived in Britain on Sunday. On Monday the Chilean president met
# Prime Minister Tony Blair, on her first official visit to London."
VISIT = """
Chilean        chilean        ADJ   JJ   2   amod      NORP
President      President      PROPN NNP  4   compound  -
Michelle       Michelle       PROPN NNP  4   compound  PERSON
Bachelet       Bachelet       PROPN NNP  5   nsubj     I-PERSON
arrived        arrive         VERB  VBD  0   ROOT      -
in             in             ADP   IN   5   prep      -
Britain        Britain        PROPN NNP  6   pobj      GPE
on             on             ADP   IN   5   prep      -
Sunday         Sunday         PROPN NNP  8   pobj      DATE
.              .              PUNCT .    5   punct     -
On             on             ADP   IN   16  prep      -
Monday         Monday         PROPN NNP  11  pobj      DATE
the            the            DET   DT   15  det       -
Chilean        chilean        ADJ   JJ   15  amod      NORP
president      president      NOUN  NN   16  nsubj     -
met            meet           VERB  VBD  0   ROOT      -
Prime          Prime          PROPN NNP  18  compound  -
Minister       Minister       PROPN NNP  20  compound  -
Tony           Tony           PROPN NNP  20  compound  PERSON
Blair          Blair          PROPN NNP  16  dobj      I-PERSON
,              ,              PUNCT ,    16  punct     -
on             on             ADP   IN   16  prep      -
her            her            PRON  PRP$ 26  poss      -
first          first          ADJ   JJ   26  amod      ORDINAL
official       official       ADJ   JJ   26  amod      -
visit          visit          NOUN  NN   22  pobj      -
to             to             ADP   IN   26  prep      -
London         London         PROPN NNP  27  pobj      GPE
.              .              PUNCT .    16  punct     -
"""


def test_the_visit_is_the_titled_subjects() -> None:
    facts = read_triples(VISIT)
    assert ("Michelle Bachelet", "visit", "London") in facts
    assert ("Tony Blair", "visit", "London") not in facts
