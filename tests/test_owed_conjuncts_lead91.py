"""An act joined to an owed infinitive is owed too: "has to be signed by X and ratified by Y" (hand-built
parse)."""

from __future__ import annotations

from hand_docs import read_modal_acts

OWED = """
The      the    DET   DT  2  det     -
treaty   treaty NOUN  NN  3  nsubj   -
has      have   VERB  VBZ 0  ROOT    -
to       to     PART  TO  6  aux     -
be       be     AUX   VB  6  auxpass -
signed   sign   VERB  VBN 3  xcomp   -
by       by     ADP   IN  6  agent   -
Chile    Chile  PROPN NNP 7  pobj    GPE
and      and    CCONJ CC  6  cc      -
ratified ratify VERB  VBN 6  conj    -
by       by     ADP   IN  10 agent   -
Peru     Peru   PROPN NNP 11 pobj    GPE
.        .      PUNCT .   3  punct   -
"""


def test_a_participle_joined_to_an_owed_one_is_owed_too() -> None:
    acts = {(subject, predicate, modality) for subject, predicate, _, _, modality, _ in read_modal_acts(OWED)}
    assert ("Chile", "sign", "must") in acts
    assert ("Peru", "ratify", "must") in acts
