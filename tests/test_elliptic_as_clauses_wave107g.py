"""Wave 107 G: "as agreed with X" after a clause is an elliptic passive ("as [was] agreed with the
lenders"), whose doer is unnamed: the governing clause's subject is not its doer, and no statement of
accord is read from it (subjects._elliptic_as_clause). With its own subject ("as Peru agreed with X") the
clause keeps its reading. The parses are stated by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

# "Voria repays the loan as agreed with the lenders."
_AS_AGREED = """
Voria    Voria    PROPN NNP 2  nsubj  GPE
repays   repay    VERB  VBZ 0  ROOT   -
the      the      DET   DT  4  det    -
loan     loan     NOUN  NN  2  dobj   -
as       as       SCONJ IN  6  mark   -
agreed   agree    VERB  VBD 2  advcl  -
with     with     ADP   IN  6  prep   -
the      the      DET   DT  9  det    -
lenders  lender   NOUN  NNS 7  pobj   -
.        .        PUNCT .   2  punct  -
"""

# "Voria repays the loan as Ostria agreed with the lenders."
_AS_OSTRIA_AGREED = """
Voria    Voria    PROPN NNP 2  nsubj  GPE
repays   repay    VERB  VBZ 0  ROOT   -
the      the      DET   DT  4  det    -
loan     loan     NOUN  NN  2  dobj   -
as       as       SCONJ IN  7  mark   -
Ostria   Ostria   PROPN NNP 7  nsubj  GPE
agreed   agree    VERB  VBD 2  advcl  -
with     with     ADP   IN  7  prep   -
the      the      DET   DT  10 det    -
lenders  lender   NOUN  NNS 8  pobj   -
.        .        PUNCT .   2  punct  -
"""


def test_as_agreed_is_no_act_of_the_governing_subject() -> None:
    assert not [t for t in read_triples(_AS_AGREED) if t[1].startswith("agree")]


def test_as_with_its_own_subject_keeps_its_doer() -> None:
    assert ("Ostria", "agree with", "banks") in read_triples(_AS_OSTRIA_AGREED)
