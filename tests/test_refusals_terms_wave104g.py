"""Wave 104 G: a refusal's terms ("will not negotiate with Bolivia until Peru withdraws from Ecuador") are a
precondition, as the terms of an act to come are: no claim of the act (voice._awaited). The parse is stated
by hand (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

# "Chile will not negotiate with Bolivia until Peru withdraws from Ecuador."
_REFUSED_UNTIL = """
Chile      Chile      PROPN NNP 4  nsubj GPE
will       will       AUX   MD  4  aux   -
not        not        PART  RB  4  neg   -
negotiate  negotiate  VERB  VB  0  ROOT  -
with       with       ADP   IN  4  prep  -
Bolivia    Bolivia    PROPN NNP 5  pobj  GPE
until      until      SCONJ IN  9  mark  -
Peru       Peru       PROPN NNP 9  nsubj GPE
withdraws  withdraw   VERB  VBZ 4  advcl -
from       from       ADP   IN  9  prep  -
Ecuador    Ecuador    PROPN NNP 10 pobj  GPE
.          .          PUNCT .   4  punct -
"""


def _between(table: str, subject: str, obj: str) -> set[tuple[str, str | None, bool]]:
    acts = read_modal_acts(table)
    return {(pred, mod, neg) for subj, pred, o, _, mod, neg in acts if (subj, o) == (subject, obj)}


def test_a_refusals_terms_are_a_precondition() -> None:
    assert _between(_REFUSED_UNTIL, "Peru", "Ecuador") == set()
    assert ("negotiate with", "will", True) in _between(_REFUSED_UNTIL, "Chile", "Bolivia")
