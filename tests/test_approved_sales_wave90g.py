"""Approving a sale of goods is material cooperation (wave 90 G): "Kenya approved the sale of missiles to
Zambia" lets the sale be made, the sale's own act (06, as "sold missiles to Zambia"; an "arms sale" keeps
the code cameo.tsv gives the pair, military aid; "cleared", "authorised" alike), not the endorsement (05)
that approving a policy or a person is (words.tsv transfer_noun_verbs, frame.Clause.code_of). Each test
states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import codes_between

SALE_OF = """
Kenya    Kenya    PROPN NNP 2 nsubj GPE
approved approve  VERB  VBD 0 ROOT  -
the      the      DET   DT  4 det   -
sale     sale     NOUN  NN  2 dobj  -
of       of       ADP   IN  4 prep  -
missiles missile  NOUN  NNS 5 pobj  -
to       to       ADP   IN  4 prep  -
Zambia   Zambia   PROPN NNP 7 pobj  GPE
.        .        PUNCT .   2 punct -
"""

ARMS_SALE = """
Kenya    Kenya    PROPN NNP 2 nsubj    GPE
approved approve  VERB  VBD 0 ROOT     -
the      the      DET   DT  5 det      -
arms     arm      NOUN  NNS 5 compound -
sale     sale     NOUN  NN  2 dobj     -
to       to       ADP   IN  5 prep     -
Zambia   Zambia   PROPN NNP 6 pobj     GPE
.        .        PUNCT .   2 punct    -
"""

POLICY = """
Kenya    Kenya    PROPN NNP 2 nsubj GPE
approved approve  VERB  VBD 0 ROOT  -
the      the      DET   DT  4 det   -
policy   policy   NOUN  NN  2 dobj  -
of       of       ADP   IN  4 prep  -
Zambia   Zambia   PROPN NNP 5 pobj  GPE
.        .        PUNCT .   2 punct -
"""


def test_approving_a_sale_to_a_state_is_the_sale() -> None:
    codes = codes_between(SALE_OF, "Kenya", "Zambia")
    assert codes and all(c and c[:2] == "06" for c in codes), codes
    # approving a policy stays an endorsement
    policy = codes_between(POLICY, "Kenya", "Zambia")
    assert policy and all(c and c[:2] == "05" for c in policy), policy


def test_approving_an_arms_sale_keeps_the_pairs_code() -> None:
    codes = codes_between(ARMS_SALE, "Kenya", "Zambia")
    assert codes == {"072"}, codes
