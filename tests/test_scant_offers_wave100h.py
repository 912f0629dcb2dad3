"""Wave 100 H: what a party "has little (nothing, no more, not much) to offer" it offers next to nothing: the
infinitive after a bare quantity it "has" is denied ("appears to have little new to offer to settle a dispute
with Peru": NOT offer, and "appears" hedges it: may). A thing had with its own noun ("has little time to
respond", "has little choice but to impose") leaves the deed open or done. The parses are stated by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

# "The Chilean government appears to have little new to offer to settle a dispute with Peru."
_LITTLE_NEW_TO_OFFER = """
The         the         DET   DT   3   det    -
Chilean     Chilean     ADJ   JJ   3   amod   NORP
government  government  NOUN  NN   4   nsubj  -
appears     appear      VERB  VBZ  0   ROOT   -
to          to          PART  TO   6   aux    -
have        have        VERB  VB   4   xcomp  -
little      little      ADJ   JJ   8   amod   -
new         new         ADJ   JJ   6   dobj   -
to          to          PART  TO   10  aux    -
offer       offer       VERB  VB   6   xcomp  -
to          to          PART  TO   12  aux    -
settle      settle      VERB  VB   10  xcomp  -
a           a           DET   DT   14  det    -
dispute     dispute     NOUN  NN   12  dobj   -
with        with        ADP   IN   14  prep   -
Peru        Peru        PROPN NNP  15  pobj   GPE
.           .           PUNCT .    4   punct  -
"""

# "The Chilean government appears to have time to offer to settle a dispute with Peru.": a thing had with a
# noun of its own is no quantity of nothing
_TIME_TO_OFFER = """
The         the         DET   DT   3   det    -
Chilean     Chilean     ADJ   JJ   3   amod   NORP
government  government  NOUN  NN   4   nsubj  -
appears     appear      VERB  VBZ  0   ROOT   -
to          to          PART  TO   6   aux    -
have        have        VERB  VB   4   xcomp  -
little      little      ADJ   JJ   8   amod   -
time        time        NOUN  NN   6   dobj   -
to          to          PART  TO   10  aux    -
offer       offer       VERB  VB   6   xcomp  -
to          to          PART  TO   12  aux    -
settle      settle      VERB  VB   10  xcomp  -
a           a           DET   DT   14  det    -
dispute     dispute     NOUN  NN   12  dobj   -
with        with        ADP   IN   14  prep   -
Peru        Peru        PROPN NNP  15  pobj   GPE
.           .           PUNCT .    4   punct  -
"""


def _with_peru(table: str) -> set[tuple[str | None, str | None, bool]]:
    acts = read_modal_acts(table)
    return {(root, modality, negated) for _, _, obj, root, modality, negated in acts if obj == "Peru"}


def test_little_to_offer_is_a_denied_offer() -> None:
    acts = _with_peru(_LITTLE_NEW_TO_OFFER)
    assert acts and all(negated for _, _, negated in acts)
    assert {modality for _, modality, _ in acts} == {"may"}


def test_little_time_to_offer_is_no_denial() -> None:
    acts = _with_peru(_TIME_TO_OFFER)
    assert acts and not any(negated for _, _, negated in acts)
