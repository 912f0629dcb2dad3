"""Wave 104 F: "it would not be possible for X to do Y" denies Y with the copula's modal: the for-clause
of a judgement on an "it" is no purpose of the "be" made a possibility (voice.purpose_under_modal), so
subjects.weighed_for_clause reads it. The parse is built by hand (tests/hand_docs.py); the sentence is
ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

NOT_POSSIBLE = """
It          it          PRON  PRP  4   nsubj     -
would       would       AUX   MD   4   aux       -
not         not         PART  RB   4   neg       -
be          be          AUX   VB   0   ROOT      -
possible    possible    ADJ   JJ   4   acomp     -
for         for         SCONJ IN   9   mark      -
Peru        Peru        PROPN NNP  9   nsubj     GPE
to          to          PART  TO   9   aux       -
attack      attack      VERB  VB   4   advcl     -
Chile       Chile       PROPN NNP  9   dobj      GPE
.           .           PUNCT .    4   punct     -
"""


def test_not_possible_for_x_to_denies_with_the_copulas_modal() -> None:
    acts = {(s, p, o, m, n) for s, p, o, _, m, n in read_modal_acts(NOT_POSSIBLE)}
    assert ("Peru", "attack", "Chile", "would", True) in acts
