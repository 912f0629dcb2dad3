"""A quantity is no deal (wave 89 G): "a great deal of investment by Zorvan firms in Chile", "a good deal of",
"a fair deal of" say how much, and name no agreement (057) between anyone. A deal signed stays one. Each
test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

QUANTITY = """
There      there      PRON  EX  2  expl     -
was        be         VERB  VBD 0  ROOT     -
a          a          DET   DT  5  det      -
{adjective} {adjective} ADJ JJ  5  amod     -
deal       deal       NOUN  NN  2  attr     -
of         of         ADP   IN  5  prep     -
investment investment NOUN  NN  6  pobj     -
by         by         ADP   IN  5  prep     -
Acme       Acme       PROPN NNP 8  pobj     ORG
in         in         ADP   IN  5  prep     -
Chile      Chile      PROPN NNP 10 pobj     GPE
.          .          PUNCT .   2  punct    -
"""

SIGNED = """
Acme       Acme       PROPN NNP 2  nsubj    ORG
signed     sign       VERB  VBD 0  ROOT     -
a          a          DET   DT  5  det      -
{adjective} {adjective} ADJ JJ  5  amod     -
deal       deal       NOUN  NN  2  dobj     -
with       with       ADP   IN  2  prep     -
Chile      Chile      PROPN NNP 6  pobj     GPE
.          .          PUNCT .   2  punct    -
"""


def test_a_great_deal_of_is_a_quantity_and_no_deal() -> None:
    for adjective in ("great", "good", "fair"):
        triples = read_triples(QUANTITY.format(adjective=adjective))
        assert not {t for t in triples if "deal" in t[1]}, (adjective, triples)
    # a good deal signed with Chile is a deal
    assert ("Acme", "sign deal with", "Chile") in read_triples(SIGNED.format(adjective="good"))
