"""An acronym in brackets right after a state's name that spells it ("the Central African Republic (CAR)")
is the story's short name of that state: later bare uses of it ("CAR signed a pact") name the state, with
its code, not an organisation the tagger took the letters for (entities/mentions._state_acronyms). The
state is real, as the country table must know it; the sentences are ours, parses written by hand
(tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import read_triples

# "The Central African Republic (CAR) offers the best prospect, analyst Ada Renner said. CAR signed a pact
# with Fiji."
A_STATES_ACRONYM_LATER = """
The       the       DET   DT    4  det      -
Central   Central   PROPN NNP   4  compound GPE
African   African   PROPN NNP   4  compound I-GPE
Republic  Republic  PROPN NNP   8  nsubj    I-GPE
(         (         PUNCT -LRB- 6  punct    -
CAR       CAR       PROPN NNP   4  appos    ORG
)         )         PUNCT -RRB- 4  punct    -
offers    offer     VERB  VBZ   16 ccomp    -
the       the       DET   DT    11 det      -
best      good      ADJ   JJS   11 amod     -
prospect  prospect  NOUN  NN    8  dobj     -
,         ,         PUNCT ,     16 punct    -
analyst   analyst   NOUN  NN    15 compound -
Ada       Ada       PROPN NNP   15 compound PERSON
Renner    Renner    PROPN NNP   16 nsubj    I-PERSON
said      say       VERB  VBD   0  ROOT     -
.         .         PUNCT .     16 punct    -
CAR       CAR       PROPN NNP   19 nsubj    ORG
signed    sign      VERB  VBD   0  ROOT     -
a         a         DET   DT    21 det      -
pact      pact      NOUN  NN    19 dobj     -
with      with      ADP   IN    21 prep     -
Fiji      Fiji      PROPN NNP   22 pobj     GPE
.         .         PUNCT .     19 punct    -
"""


def test_a_states_bracketed_acronym_used_alone_later_is_the_state() -> None:
    triples = read_triples(A_STATES_ACRONYM_LATER)
    assert ("Central African Republic", "sign pact with", "Fiji") in triples, triples
    assert not any("CAR" in (s, o) for s, _, o in triples), triples
