"""A deed denied is a statement about it (CAMEO 01); a request, a permission, access, a visa or entry denied
is a rejection (12) (sentences of our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import roots_between

# "Peru denied the sale of arms to Chile."
SALES_DENIED = """
Peru       Peru       PROPN NNP  2   nsubj     GPE
denied     deny       VERB  VBD  0   ROOT      -
the        the        DET   DT   4   det       -
sale       sale       NOUN  NN   2   dobj      -
of         of         ADP   IN   4   prep      -
arms       arm        NOUN  NNS  5   pobj      -
to         to         ADP   IN   4   prep      -
Chile      Chile      PROPN NNP  7   pobj      GPE
.          .          PUNCT .    2   punct     -
"""

# "Peru denied selling arms to Chile."
SELLING_DENIED = """
Peru       Peru       PROPN NNP  2   nsubj     GPE
denied     deny       VERB  VBD  0   ROOT      -
selling    sell       VERB  VBG  2   xcomp     -
arms       arm        NOUN  NNS  3   dobj      -
to         to         ADP   IN   3   prep      -
Chile      Chile      PROPN NNP  5   pobj      GPE
.          .          PUNCT .    2   punct     -
"""

# "Peru denied visas to Chile."
VISAS_DENIED = """
Peru       Peru       PROPN NNP  2   nsubj     GPE
denied     deny       VERB  VBD  0   ROOT      -
visas      visa       NOUN  NNS  2   dobj      -
to         to         ADP   IN   2   dative    -
Chile      Chile      PROPN NNP  4   pobj      GPE
.          .          PUNCT .    2   punct     -
"""


def test_a_sale_denied_is_a_statement_and_visas_denied_a_rejection() -> None:
    assert roots_between(SALES_DENIED, "Peru", "Chile") == {"01"}
    assert roots_between(VISAS_DENIED, "Peru", "Chile") == {"12"}


def test_a_sale_denied_by_its_verb_is_a_statement() -> None:
    assert roots_between(SELLING_DENIED, "Peru", "Chile") == {"01"}
