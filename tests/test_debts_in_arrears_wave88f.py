"""A debtor's standing with its creditor (wave 88 F): "Ruritania is in arrears to the IMF." Being "in"
arrears (words.tsv debt_standing_nouns) relates the subject to the one after "to" as "owes 1 bln dlrs to"
does: "owe to" (predicates.tsv), a standing relation with no event root; "remains in arrears to" is the same
relation, and so is "is some 500 mln dlrs in arrears to", where the parser hangs the standing on the sum.
Parses are built by hand as the parser gave them (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots

ARREARS = """
Ruritania  Ruritania  PROPN NNP 2  nsubj  GPE
is         be         AUX   VBZ 0  ROOT   -
in         in         ADP   IN  2  prep   -
arrears    arrear     NOUN  NNS 3  pobj   -
to         to         ADP   IN  4  prep   -
the        the        DET   DT  7  det    ORG
IMF        IMF        PROPN NNP 5  pobj   I-ORG
.          .          PUNCT .   2  punct  -
"""


def test_being_in_arrears_to_a_creditor_owes_it() -> None:
    assert ("Ruritania", "owe to", "IMF", None) in facts_with_roots(ARREARS)


def test_remaining_in_arrears_is_the_same_debt() -> None:
    remains = ARREARS.replace("is         be         AUX   VBZ", "remains    remain     VERB  VBZ")
    assert ("Ruritania", "owe to", "IMF", None) in facts_with_roots(remains)


SUM = """
Ruritania  Ruritania  PROPN NNP 2  nsubj   GPE
is         be         AUX   VBZ 0  ROOT    -
some       some       DET   DT  6  det     -
500        500        NUM   CD  6  nummod  MONEY
mln        mln        NOUN  NN  6  amod    I-MONEY
dlrs       dlrs       NOUN  NN  2  attr    I-MONEY
in         in         ADP   IN  6  prep    -
arrears    arrear     NOUN  NNS 7  pobj    -
to         to         ADP   IN  8  prep    -
the        the        DET   DT  11 det     ORG
IMF        IMF        PROPN NNP 9  pobj    I-ORG
.          .          PUNCT .   2  punct   -
"""


def test_a_sum_in_arrears_is_the_debtors_standing() -> None:
    # "Ruritania is some 500 mln dlrs in arrears to the IMF": the parser hangs "in arrears" on the sum
    assert ("Ruritania", "owe to", "IMF", None) in facts_with_roots(SUM)
