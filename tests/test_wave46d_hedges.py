"""Wave 46 D: hedges of doubt and need; decisions that are no statements (sentences written for the tests)."""

from __future__ import annotations

from tests.hand_docs import read

# "Ann Marsh doubts Chile will attack Peru."
DOUBTS = """
    Ann     Ann     PROPN NNP 2 compound PERSON
    Marsh   Marsh   PROPN NNP 3 nsubj    I-PERSON
    doubts  doubt   VERB  VBZ 0 ROOT     -
    Chile   Chile   PROPN NNP 6 nsubj    GPE
    will    will    AUX   MD  6 aux      -
    attack  attack  VERB  VB  3 ccomp    -
    Peru    Peru    PROPN NNP 6 dobj     GPE
    .       .       PUNCT .   3 punct    -
"""


def test_a_doubted_deed_may_not_happen_rather_than_being_denied() -> None:
    [attack] = [r for r in read(DOUBTS).relations if r.predicate == "attack"]
    assert (attack.negated, attack.modality) == (True, "may")


def test_a_denied_deed_stays_a_denial() -> None:
    denies = DOUBTS.replace("doubts  doubt ", "denies  deny  ")
    [attack] = [r for r in read(denies).relations if r.predicate == "attack"]
    assert (attack.negated, attack.modality) == (True, "will")


# "It is doubtful that Chile will attack Peru."
DOUBTFUL = """
    It        it        PRON  PRP 2 nsubj  -
    is        be        AUX   VBZ 0 ROOT   -
    doubtful  doubtful  ADJ   JJ  2 acomp  -
    that      that      SCONJ IN  7 mark   -
    Chile     Chile     PROPN NNP 7 nsubj  GPE
    will      will      AUX   MD  7 aux    -
    attack    attack    VERB  VB  2 ccomp  -
    Peru      Peru      PROPN NNP 7 dobj   GPE
    .         .         PUNCT .   2 punct  -
"""


def test_a_clause_judged_doubtful_is_a_possibility_denied() -> None:
    [attack] = [r for r in read(DOUBTFUL).relations if r.predicate == "attack"]
    assert (attack.negated, attack.modality) == (True, "may")

