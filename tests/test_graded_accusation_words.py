"""An accusation word graded by an adverb of degree is a quality: "Mexico called Peru's budget very
responsible" accuses nobody, while "called Peru responsible" still does. Parse by hand
(tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read

# "Mexico called Peru's budget very responsible."
VERY_RESPONSIBLE = """
    Mexico      Mexico      PROPN NNP 2 nsubj  GPE
    called      call        VERB  VBD 0 ROOT   -
    Peru        Peru        PROPN NNP 5 poss   GPE
    's          's          PART  POS 3 case   -
    budget      budget      NOUN  NN  2 dobj   -
    very        very        ADV   RB  7 advmod -
    responsible responsible ADJ   JJ  2 oprd   -
    .           .           PUNCT .   2 punct  -
"""


def _predicates(table: str) -> set[str]:
    return {r.predicate for r in read(table).relations}


def test_a_graded_responsible_accuses_nobody() -> None:
    assert "accuse" not in _predicates(VERY_RESPONSIBLE)


def test_an_ungraded_responsible_accuses() -> None:
    table = VERY_RESPONSIBLE.replace(
        "very        very        ADV   RB  7 advmod -", "wholly      wholly      ADV   RB  7 advmod -"
    )
    assert "accuse" in _predicates(table)
