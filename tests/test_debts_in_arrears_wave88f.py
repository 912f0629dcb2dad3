"""A debtor's standing with its creditor (wave 88 F): "Ruritania is in arrears to the IMF." Being "in"
arrears (words.tsv debt_standing_nouns) relates the subject to the one after "to" as "owes 1 bln dlrs to"
does: "owe to" (predicates.tsv), a standing relation with no event root; "remains in arrears to" is the same
relation. Parses are built by hand as the parser gave them (tests/hand_docs.py); the sentences are ours."""

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
