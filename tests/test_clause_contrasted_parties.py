"""Hand-built parses: a party set against the one the verb acts on ("to Japan, not to China", "rather than to
China") is the one it does not act on: no fact of the verb relates it, where it read as done."""

from __future__ import annotations

from hand_docs import facts, read

NOT_TO = """
Peru   Peru   PROPN NNP 2 nsubj  GPE
sold   sell   VERB  VBD 0 ROOT   -
oil    oil    NOUN  NN  2 dobj   -
to     to     ADP   IN  2 dative -
Japan  Japan  PROPN NNP 4 pobj   GPE
,      ,      PUNCT ,   2 punct  -
not    not    PART  RB  8 neg    -
to     to     ADP   IN  2 prep   -
China  China  PROPN NNP 8 pobj   GPE
.      .      PUNCT .   2 punct  -
"""

RATHER_THAN = """
Peru   Peru   PROPN NNP 2 nsubj  GPE
sold   sell   VERB  VBD 0 ROOT   -
oil    oil    NOUN  NN  2 dobj   -
to     to     ADP   IN  2 dative -
Japan  Japan  PROPN NNP 4 pobj   GPE
rather rather ADV   RB  7 advmod -
than   than   ADP   IN  2 cc     -
to     to     ADP   IN  7 prep   -
China  China  PROPN NNP 8 pobj   GPE
.      .      PUNCT .   2 punct  -
"""


def _objects(table: str) -> set[str]:
    return {o for s, _, o in facts(read(table), "prep")}


def test_a_party_after_not_is_no_partner() -> None:
    # "Peru sold oil to Japan, not to China."
    assert _objects(NOT_TO) == {"Japan"}


def test_a_party_after_rather_than_is_no_partner() -> None:
    # "Peru sold oil to Japan rather than to China."
    assert _objects(RATHER_THAN) == {"Japan"}
