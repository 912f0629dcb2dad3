"""Wave 98 G: an order or instruction to a party to do something ("ordered Acme to cut shipments", "Acme was
instructed by Chile to cut shipments") is a demand (CAMEO 10), as the development gold codes "ordered his
staff to delay the aid"; "told X to" stays an appeal (02). cameo.tsv rows order, instruct, direct, command
with the "to-infinitive" sense word (objects.verb_particles). The parses are stated by hand
(tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import roots_between


def _active(verb: str, lemma: str) -> str:
    return f"""
Chile        Chile        PROPN NNP   2  nsubj     GPE
{verb}       {lemma}      VERB  VBD   0  ROOT      -
Acme         Acme         PROPN NNP   2  dobj      ORG
to           to           PART  TO    5  aux       -
cut          cut          VERB  VB    2  xcomp     -
shipments    shipment     NOUN  NNS   5  dobj      -
.            .            PUNCT .     2  punct     -
"""


_INSTRUCTED = """
Acme         Acme         PROPN NNP   3  nsubjpass ORG
was          be           AUX   VBD   3  auxpass   -
instructed   instruct     VERB  VBN   0  ROOT      -
by           by           ADP   IN    3  agent     -
Chile        Chile        PROPN NNP   4  pobj      GPE
to           to           PART  TO    7  aux       -
cut          cut          VERB  VB    3  xcomp     -
shipments    shipment     NOUN  NNS   7  dobj      -
.            .            PUNCT .     3  punct     -
"""


def test_an_order_to_a_party_to_act_is_a_demand() -> None:
    assert roots_between(_active("ordered", "order"), "Chile", "Acme") == {"10"}
    assert roots_between(_active("instructed", "instruct"), "Chile", "Acme") == {"10"}
    assert roots_between(_INSTRUCTED, "Chile", "Acme") == {"10"}
    assert roots_between(_active("told", "tell"), "Chile", "Acme") == {"02"}
