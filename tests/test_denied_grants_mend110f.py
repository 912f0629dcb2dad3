"""A grant withheld from a party ("denied landing rights to X", "denied a loan to X") is a rejection (CAMEO
12); a deed denied ("denied arms sales to X") stays a statement about it (01) (sentences of our own, parses
written by hand)."""

from __future__ import annotations

from hand_docs import roots_between

# "Peru denied landing rights to Chile."
RIGHTS_DENIED = """
Peru       Peru       PROPN NNP  2   nsubj     GPE
denied     deny       VERB  VBD  0   ROOT      -
landing    landing    NOUN  NN   4   compound  -
rights     right      NOUN  NNS  2   dobj      -
to         to         ADP   IN   2   prep      -
Chile      Chile      PROPN NNP  5   pobj      GPE
.          .          PUNCT .    2   punct     -
"""

# "Peru denied a loan to Zenith Corp."
LOAN_DENIED = """
Peru       Peru       PROPN NNP  2   nsubj     GPE
denied     deny       VERB  VBD  0   ROOT      -
a          a          DET   DT   4   det       -
loan       loan       NOUN  NN   2   dobj      -
to         to         ADP   IN   2   prep      -
Zenith     Zenith     PROPN NNP  7   compound  ORG
Corp       Corp       PROPN NNP  5   pobj      I-ORG
.          .          PUNCT .    2   punct     -
"""

# "Peru denied arms sales to Chile."
SALES_DENIED = """
Peru       Peru       PROPN NNP  2   nsubj     GPE
denied     deny       VERB  VBD  0   ROOT      -
arms       arm        NOUN  NNS  4   compound  -
sales      sale       NOUN  NNS  2   dobj      -
to         to         ADP   IN   4   prep      -
Chile      Chile      PROPN NNP  5   pobj      GPE
.          .          PUNCT .    2   punct     -
"""


def test_rights_or_a_loan_withheld_from_a_party_is_a_rejection() -> None:
    assert roots_between(RIGHTS_DENIED, "Peru", "Chile") == {"12"}
    assert roots_between(LOAN_DENIED, "Peru", "Zenith Corp") == {"12"}


def test_arms_sales_denied_stay_a_statement() -> None:
    assert roots_between(SALES_DENIED, "Peru", "Chile") == {"01"}
