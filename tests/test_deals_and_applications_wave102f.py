"""Deals and requests stated through a noun or an adjective (sentences of our own, parses written by hand):
a trade protocol's "to"-infinitive is the signer's deed, as a contract's is."""

from __future__ import annotations

from hand_docs import facts_with_roots

# "Velmora signed a trade protocol to buy wire from Ostrania."
PROTOCOL = """
Velmora   Velmora   PROPN NNP 2  nsubj  GPE
signed    sign      VERB  VBD 0  ROOT   -
a         a         DET   DT  5  det    -
trade     trade     NOUN  NN  5  compound -
protocol  protocol  NOUN  NN  2  dobj   -
to        to        PART  TO  7  aux    -
buy       buy       VERB  VB  5  acl    -
wire      wire      NOUN  NN  7  dobj   -
from      from      ADP   IN  7  prep   -
Ostrania  Ostrania  PROPN NNP 9  pobj   GPE
.         .         PUNCT .   2  punct  -
"""


def test_a_signed_protocol_to_buy_is_the_signers_purchase_to_come() -> None:
    facts = facts_with_roots(PROTOCOL)
    assert ("Velmora", "sign protocol to buy wire from", "Ostrania", "06") in facts
