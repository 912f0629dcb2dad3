"""Wave 104 F: "deserve to" chains as "want to" does (words.tsv chain_verbs): "Peru does not deserve to
join the council" denies the joining, never states it (surfaced by task 1's owned things: 'voters "don't
deserve" to know his position' read as knowing the position). The parse is built by hand
(tests/hand_docs.py); the sentence and names are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

NOT_DESERVE = """
Peru        Peru        PROPN NNP  4   nsubj     GPE
does        do          AUX   VBZ  4   aux       -
not         not         PART  RB   4   neg       -
deserve     deserve     VERB  VB   0   ROOT      -
to          to          PART  TO   6   aux       -
join        join        VERB  VB   4   xcomp     -
the         the         DET   DT   10  det       -
Pacific     Pacific     PROPN NNP  10  compound  ORG
Fishing     Fishing     PROPN NNP  10  compound  I-ORG
Council     Council     PROPN NNP  6   dobj      I-ORG
.           .           PUNCT .    4   punct     -
"""


def test_a_denied_deserving_denies_the_act() -> None:
    acts = read_modal_acts(NOT_DESERVE)
    joined = {a for a in acts if a[0] == "Peru" and a[2] == "Pacific Fishing Council"}
    assert joined and all(a[5] for a in joined)
