"""Mend 109 E (review 108, findings 1 and 6). The state goods come from stays the party to a halt of their
shipment when no buyer is named ("Norway suspended shipments of Danish coffee": a measure against Denmark);
only a buyer after "to" makes the origin no party ("halted the sale of Danish corn to Finland":
rules._goods_mover, _receiver_named). A noun of identity or a name drops the owner only where the word after
"of" is the state, people or name itself ("the language of Norway"); the wording of a thing of a state's
reaches the state ("accepted the language of Norway's proposal": objects.through_noun). The parses are stated
by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

# "Norway suspended shipments of Danish coffee."
_SUSPENDED_SHIPMENTS = """
Norway    Norway    PROPN NNP 2  nsubj  GPE
suspended suspend   VERB  VBD 0  ROOT   -
shipments shipment  NOUN  NNS 2  dobj   -
of        of        ADP   IN  3  prep   -
Danish    danish    ADJ   JJ  6  amod   NORP
coffee    coffee    NOUN  NN  4  pobj   -
.         .         PUNCT .   2  punct  -
"""

# "Norway halted the sale of Danish corn to Finland."
_HALTED_SALE_TO = """
Norway  Norway  PROPN NNP 2  nsubj  GPE
halted  halt    VERB  VBD 0  ROOT   -
the     the     DET   DT  4  det    -
sale    sale    NOUN  NN  2  dobj   -
of      of      ADP   IN  4  prep   -
Danish  danish  ADJ   JJ  7  amod   NORP
corn    corn    NOUN  NN  5  pobj   -
to      to      ADP   IN  4  prep   -
Finland Finland PROPN NNP 8  pobj   GPE
.       .       PUNCT .   2  punct  -
"""

# "Sweden accepted the language of Norway's proposal."
_ACCEPTED_LANGUAGE = """
Sweden   Sweden   PROPN NNP 2  nsubj  GPE
accepted accept   VERB  VBD 0  ROOT   -
the      the      DET   DT  4  det    -
language language NOUN  NN  2  dobj   -
of       of       ADP   IN  4  prep   -
Norway   Norway   PROPN NNP 8  poss   GPE
's       's       PART  POS 6  case   -
proposal proposal NOUN  NN  5  pobj   -
.        .        PUNCT .   2  punct  -
"""

# "Sweden respects the culture of the Danes."
_RESPECTS_CULTURE = """
Sweden   Sweden   PROPN NNP  2  nsubj  GPE
respects respect  VERB  VBZ  0  ROOT   -
the      the      DET   DT   4  det    -
culture  culture  NOUN  NN   2  dobj   -
of       of       ADP   IN   4  prep   -
the      the      DET   DT   7  det    -
Danes    Danes    PROPN NNPS 5  pobj   NORP
.        .        PUNCT .    2  punct  -
"""


def test_a_halt_of_a_states_goods_with_no_buyer_is_a_measure_against_it() -> None:
    assert ("Norway", "suspend shipment of", "Denmark") in read_triples(_SUSPENDED_SHIPMENTS)
    # a buyer named after "to" is the party; where the corn is from is not
    triples = read_triples(_HALTED_SALE_TO)
    assert "Denmark" not in {obj for _, _, obj in triples}
    assert ("Norway", "halt sale to", "Finland") in triples


def test_the_wording_of_a_states_proposal_reaches_the_state() -> None:
    assert ("Sweden", "accept language of", "Norway") in read_triples(_ACCEPTED_LANGUAGE)
    # the people itself after "of": whose culture, no party
    assert "Denmark" not in {obj for _, _, obj in read_triples(_RESPECTS_CULTURE)}
